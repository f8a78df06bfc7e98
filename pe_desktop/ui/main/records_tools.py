"""File ▸ Import ratings…, Session ▸ Partnerships… and Session ▸ Settle conflicts…, from the main window.

Plain functions of the window (not a mixin), so the main window, being
recomposed into parts, only needs three menu entries to reach them
(:mod:`pe_desktop.ui.main.menus`). Each returns the dialog it opened, so a
test can drive it as a person would.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFileDialog

    from pe_desktop.ui.dialogs.edit_conflicts import ConflictsDialog
    from pe_desktop.ui.dialogs.import_ratings import ImportRatingsDialog
    from pe_desktop.ui.dialogs.partnerships import PartnershipsDialog
    from pe_desktop.ui.main.window import MainWindow

#: What File ▸ Import ratings… offers to open.
RATINGS_FILTER = "Ratings (*.csv *.tsv *.txt *.xlsx);;All files (*)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordsTools", text)


def ask_import_ratings(window: MainWindow) -> QFileDialog | None:
    """Choose a ratings file for the selected session (window-modal), then preview it."""
    from PySide6.QtWidgets import QFileDialog

    from pe_desktop.ui.widgets.messages import show_info

    sid = window.selected_session_id()
    if window.archive is None or sid is None:
        show_info(window, _tr("Import ratings"), _tr("Select the session the ratings belong to first."))
        return None
    start = window.settings.value("import/folder", str(Path(window.archive.path).parent))
    dialog = QFileDialog(window, _tr("Import ratings"), str(start), RATINGS_FILTER)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.fileSelected.connect(lambda path: import_ratings_path(window, path, sid))
    dialog.open()
    return dialog


def import_ratings_path(window: MainWindow, path: str | Path, session_id: str | None = None) -> ImportRatingsDialog | None:
    """The preview of ``path`` for the session; Import writes and refreshes the window."""
    from pe_desktop.ui.dialogs.import_ratings import ImportRatingsDialog

    sid = session_id or window.selected_session_id()
    if window.archive is None or sid is None or not path:
        return None
    window.settings.setValue("import/folder", str(Path(path).parent))
    dialog = ImportRatingsDialog(window.archive, sid, path, window)
    dialog.accepted.connect(window.refresh)
    dialog.open()
    return dialog


def show_partnerships(window: MainWindow) -> PartnershipsDialog | None:
    from pe_desktop.ui.dialogs.partnerships import PartnershipsDialog

    if window.archive is None:
        return None
    dialog = PartnershipsDialog(window.archive, window, window.selected_partnership_id())
    dialog.changed.connect(window.refresh)
    dialog.open()
    return dialog


def show_conflicts(window: MainWindow) -> ConflictsDialog | None:
    from pe_desktop.ui.dialogs.edit_conflicts import ConflictsDialog

    if window.archive is None:
        return None
    dialog = ConflictsDialog(window.archive, window)
    dialog.settled.connect(window.refresh)
    dialog.open()
    return dialog
