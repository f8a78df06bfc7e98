"""Notes, quotes and dissent recorded against the current item.

The record of the discussion is as important as the numbers: what people
said, word for word when it matters (quote), and who disagreed (dissent).
The panel follows the item selected in the navigator, so the facilitator
never has to pick the item twice. Add, edit and delete are undoable.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pe_desktop.session.views.history import note_history
from pe_desktop.store.archive import NOTE_KINDS
from pe_desktop.store.errors import ValidationError
from pe_desktop.store.records import Note
from pe_desktop.ui.console.edits import SessionEdits
from pe_desktop.ui.controller import SessionController
from pe_desktop.ui.widgets.common import ERROR_COLOUR, accessible, item_title, kind_text
from pe_desktop.ui.widgets.history_action import history_action


class NotesPanel(QWidget):
    """List of notes for the current item (or all), with a one-line editor."""

    def __init__(self, controller: SessionController, edits: SessionEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.edits = edits
        self.editing: str | None = None
        self.notes: list[Note] = []

        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.show_all = accessible(QCheckBox(self.tr("All items"), self), self.tr("Show notes of all items"))
        self.show_all.toggled.connect(self.reload)
        self.list = accessible(QListWidget(self), self.tr("Notes"))
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        history_action(self.list, lambda: note_history(controller.archive, nid) if (nid := self.selected_id()) else None)

        self.kind = accessible(QComboBox(self), self.tr("Kind of note"))
        for kind in NOTE_KINDS:
            self.kind.addItem(kind_text(kind), kind)
        self.text = accessible(QLineEdit(self), self.tr("Note text"))
        self.text.setPlaceholderText(self.tr("What was said… (Enter saves)"))
        self.text.returnPressed.connect(self.submit)
        self.add_button = accessible(QPushButton(self.tr("Add note"), self), self.tr("Add note"))
        self.add_button.clicked.connect(self.submit)
        self.cancel_button = accessible(QPushButton(self.tr("Cancel edit"), self), self.tr("Cancel edit"))
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.cancel_button.hide()
        self.edit_button = accessible(QPushButton(self.tr("Edit"), self), self.tr("Edit selected note"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = accessible(QPushButton(self.tr("Delete"), self), self.tr("Delete selected note"))
        self.delete_button.clicked.connect(self.delete_selected)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        self.msg = QLabel(self)
        self.msg.setTextFormat(Qt.TextFormat.PlainText)
        self.msg.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.msg.hide()

        self._lay_out()

        controller.notesChanged.connect(self.reload)
        controller.currentItemChanged.connect(lambda _key: self.reload())
        self.reload()

    def _lay_out(self) -> None:
        """Heading and filter, the list, edit/delete, then the entry row and messages."""
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.show_all)
        entry = QHBoxLayout()
        entry.addWidget(self.kind)
        entry.addWidget(self.text, 1)
        entry.addWidget(self.add_button)
        entry.addWidget(self.cancel_button)
        manage = QHBoxLayout()
        manage.addStretch(1)
        manage.addWidget(self.edit_button)
        manage.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(manage)
        layout.addLayout(entry)
        layout.addWidget(self.msg)

    # ------------------------------------------------------------- display
    def reload(self) -> None:
        key = self.controller.current_item
        selected = self.selected_id()
        archive, sid = self.controller.archive, self.controller.session_id
        self.notes = archive.notes(sid) if self.show_all.isChecked() else archive.notes(sid, key)
        self.heading.setText(
            self.tr("Notes on all items") if self.show_all.isChecked()
            else self.tr("Notes on %1").replace("%1", item_title(self.controller.instrument, key))
        )
        self.list.blockSignals(True)
        self.list.clear()
        for note in self.notes:
            prefix = f"[{kind_text(note.kind)}, {self.tr('round')} {note.round}]"
            if self.show_all.isChecked():
                prefix += f" {item_title(self.controller.instrument, note.item_key)}:"
            entry = QListWidgetItem(f"{prefix} {note.text}")
            entry.setData(Qt.ItemDataRole.UserRole, note.id)
            self.list.addItem(entry)
            if note.id == selected:
                entry.setSelected(True)
                self.list.setCurrentItem(entry)
        self.list.blockSignals(False)
        if self.editing and not any(n.id == self.editing for n in self.notes):
            self.cancel_edit()
        self._update_buttons()

    def selected_id(self) -> str | None:
        items = self.list.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _error(self, text: str) -> None:
        self.msg.setText(text)
        self.msg.setVisible(bool(text))

    # --------------------------------------------------------------- edits
    def submit(self) -> str | None:
        """Add a note to the current item, or save the one being edited."""
        text = self.text.text().strip()
        kind = self.kind.currentData()
        try:
            if self.editing:
                note_id = self.editing
                self.edits.update_note(note_id, text=text, kind=kind)
                self.cancel_edit()
            else:
                note_id = self.edits.add_note(text, kind, self.controller.current_item)
                self.text.clear()
        except ValidationError as exc:
            self._error(str(exc))
            return None
        self._error("")
        return note_id

    def edit_selected(self) -> None:
        note_id = self.selected_id()
        note = next((n for n in self.notes if n.id == note_id), None)
        if note is None:
            return
        self.editing = note_id
        self.text.setText(note.text)
        self.kind.setCurrentIndex(self.kind.findData(note.kind))
        self.add_button.setText(self.tr("Save changes"))
        self.add_button.setAccessibleName(self.tr("Save changes"))
        self.cancel_button.show()
        self.text.setFocus()

    def cancel_edit(self) -> None:
        self.editing = None
        self.text.clear()
        self.add_button.setText(self.tr("Add note"))
        self.add_button.setAccessibleName(self.tr("Add note"))
        self.cancel_button.hide()

    def delete_selected(self) -> None:
        note_id = self.selected_id()
        if note_id is None:
            return
        try:
            self.edits.delete_note(note_id)
        except ValidationError as exc:
            self._error(str(exc))
