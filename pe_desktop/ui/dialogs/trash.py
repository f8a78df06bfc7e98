"""File ▸ Trash…: what was deleted (sessions, notes, action items), to restore or to empty for good.

Deleting never loses anything at once (issue 11): a deleted session, note or
action waits in the Trash, in the archive file, across closing and
reopening the app. Restore brings the selected entries back, each as one
undoable step on the main window's Edit ▸ Undo. Empty Trash is the only way
they leave the archive: it asks first, takes a backup, and cannot be undone
here (the backup can be restored). Texts typed by participants are shown as
plain text.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pe_desktop.session import ops
from pe_desktop.store.errors import ArchiveError
from pe_desktop.store.trash import TrashItem, trash_items
from pe_desktop.ui.undo import ChangeCommand
from pe_desktop.ui.widgets.common import accessible, plain_label
from pe_desktop.ui.widgets.messages import ask, show_info, show_problem
from pe_desktop.ui.widgets.plain_text import plain_tooltip

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QMessageBox

    from pe_desktop.store import Archive

COLUMNS = 5


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrashDialog", text)


def kind_name(kind: str) -> str:
    return {"session": _tr("Session"), "note": _tr("Note"), "action": _tr("Action item")}.get(kind, kind)


def deleted_text(stamp: str) -> str:
    """When it was deleted, in this computer's time zone."""
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


class TrashDialog(QDialog):
    """The Trash's entries, latest deletion first, with Restore and Empty Trash…."""

    def __init__(self, archive: Archive, undo_stack: QUndoStack, after: Callable[[], None],
                 consoles_open: Callable[[], int] = lambda: 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self._undo_stack = undo_stack
        self._after = after
        self._consoles_open = consoles_open
        self.items: list[TrashItem] = []
        self.setWindowTitle(self.tr("Trash"))
        self.setAccessibleName(self.tr("Trash"))
        self.intro = plain_label("", self.tr("About the Trash"), self)
        self.intro.setWordWrap(True)
        self.table = accessible(QTableWidget(0, COLUMNS, self), self.tr("Deleted sessions, notes and action items"))
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Title or text"), self.tr("Partnership"),
                                              self.tr("Session"), self.tr("Deleted")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setTabKeyNavigation(False)  # one Tab stop: arrows move inside, Tab goes on to the buttons
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self.restore_selected())

        self.buttons = QDialogButtonBox(self)
        self.restore_button: QPushButton = self.buttons.addButton(self.tr("&Restore"),
                                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.empty_button: QPushButton = self.buttons.addButton(self.tr("&Empty Trash…"),
                                                                QDialogButtonBox.ButtonRole.DestructiveRole)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        accessible(self.restore_button, self.tr("Restore the selected entries"))
        accessible(self.empty_button, self.tr("Empty the Trash"))
        accessible(close, close.text().replace("&", ""))
        for button in (self.restore_button, self.empty_button, close):
            button.setAutoDefault(False)  # Enter restores (the table's activation), never empties
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button.clicked.connect(self.ask_empty)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(860, 420)
        self.reload()

    # ------------------------------------------------------------ contents
    def reload(self) -> None:
        """Read the Trash again (after a restore, an undo, an emptying)."""
        self.items = trash_items(self.archive)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            texts = (kind_name(item.kind), item.text, item.partnership,
                     "" if item.kind == "session" else item.session_title, deleted_text(item.deleted_at))
            for col, text in enumerate(texts):
                cell = QTableWidgetItem(text)  # plain text: what participants typed is data, never markup
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                cell.setToolTip(plain_tooltip(text))
                self.table.setItem(row, col, cell)
        if self.items:
            self.intro.setText(self.tr("Deleted sessions, notes and action items wait here until you empty the "
                                       "Trash. Select what to bring back and press Restore."))
            self.table.selectRow(0)
        else:
            self.intro.setText(self.tr("The Trash is empty. What you delete waits here until you empty the Trash."))
        self.table.setVisible(bool(self.items))
        self._update_buttons()

    def rows(self) -> list[list[str]]:
        """What the table shows, row by row."""
        return [[_text(self.table.item(r, c)) for c in range(COLUMNS)] for r in range(self.table.rowCount())]

    def selected(self) -> list[TrashItem]:
        return [self.items[index.row()] for index in sorted(self.table.selectionModel().selectedRows())]

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.selected()))
        self.empty_button.setEnabled(bool(self.items))

    # ------------------------------------------------------------- actions
    def restore_selected(self) -> None:
        """Bring the selected entries back; each is a step of Edit ▸ Undo."""
        for item in self.selected():
            try:
                change = ops.restore_from_trash(self.archive, item.id)
            except ArchiveError as exc:
                show_problem(self, self.tr("Not restored"), str(exc))
                break
            self._undo_stack.push(ChangeCommand(self.archive, change, self._refresh))
        self._refresh()

    def _refresh(self) -> None:
        self._after()
        self.reload()

    def ask_empty(self) -> QMessageBox | None:
        if not self.items:
            return None
        if self._consoles_open():
            return show_problem(self, self.tr("Empty Trash"),
                                self.tr("Close the session consoles first: their Edit ▸ Undo may still need "
                                        "what is in the Trash."))
        return ask(
            self, self.tr("Empty Trash"),
            self.tr("Remove the %1 entries in the Trash for good?").replace("%1", str(len(self.items))),
            self.tr("Empty Trash"), self._empty,
            informative=self.tr("A backup of the archive is taken first: File ▸ Restore from backup can bring "
                                "them back. Edit ▸ Undo cannot."),
            destructive=True,
        )

    def _empty(self) -> QMessageBox:
        change = ops.empty_trash(self.archive)
        backup, _counts = change.result
        self._undo_stack.clear()  # earlier steps may name what is gone now
        self._refresh()
        return show_info(self, self.tr("Empty Trash"), self.tr("The Trash is empty."),
                         self.tr("A backup was taken first: %1").replace("%1", str(backup)))


def _text(cell: QTableWidgetItem | None) -> str:
    return cell.text() if cell is not None else ""


def open_trash(parent: QWidget, archive: Archive | None, undo_stack: QUndoStack, after: Callable[[], None],
               consoles_open: Callable[[], int] = lambda: 0) -> TrashDialog | None:
    """Show the Trash of the open archive (None when no archive is open)."""
    if archive is None:
        return None
    dialog = TrashDialog(archive, undo_stack, after, consoles_open, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    undo_stack.indexChanged.connect(dialog.reload)  # an undo of a restore puts the entry back in the list
    dialog.finished.connect(lambda _result: undo_stack.indexChanged.disconnect(dialog.reload))
    dialog.open()
    return dialog
