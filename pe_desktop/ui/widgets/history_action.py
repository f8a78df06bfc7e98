"""The "History…" context-menu entry of a record (a session, note, action or rating cell; issue 12).

Kept apart from the dialog (:mod:`pe_desktop.ui.dialogs.record_history`) so
the windows that carry the entry, the main window's browser among them,
import neither the dialog nor the session layer's views until the entry is
used: the main window's first paint stays free of the archive's modules.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from pe_desktop.session.views.history import RecordHistory


def history_action(widget: QWidget, read: Callable[[], RecordHistory | None]) -> QAction:
    """A "History…" entry in ``widget``'s context menu; ``read()`` gives the selected record's history or None."""
    action = QAction(QCoreApplication.translate("RecordHistoryDialog", "&History…"), widget)
    action.setObjectName("historyAction")
    action.setToolTip(QCoreApplication.translate("RecordHistoryDialog", "Every version of this record, oldest first"))

    def show(_checked: bool = False) -> None:
        from pe_desktop.ui.dialogs.record_history import open_history

        open_history(widget, read())

    action.triggered.connect(show)
    if widget.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu:
        widget.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    widget.addAction(action)
    return action
