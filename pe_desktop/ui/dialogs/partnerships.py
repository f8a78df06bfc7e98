"""Session ▸ Partnerships…: rename a partnership, combine two, undo a combine.

After a merge two laptops' "Riverside Food Coalition" can be two
partnerships of the same name; combining moves every session of one into the
other (:mod:`pe_desktop.store.partnerships_ops`), so trends see them all. A
combine is undoable here and travels in later merges. Names are other
people's text: shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pe_desktop.store.archive import Archive
from pe_desktop.store.errors import ValidationError
from pe_desktop.store.partnerships_ops import combine_partnerships, combines, rename_partnership, undo_combine
from pe_desktop.ui.widgets.common import accessible, plain_label


class PartnershipsDialog(QDialog):
    """The archive's partnerships, with Rename, Combine into… and Undo combine."""

    changed = Signal()

    def __init__(self, archive: Archive, parent: QWidget | None = None, selected: str | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.setWindowTitle(self.tr("Partnerships"))
        self.setAccessibleName(self.tr("Partnerships"))
        layout = QVBoxLayout(self)
        self.list = accessible(QListWidget(self), self.tr("Partnerships"))
        layout.addWidget(self.list, 1)
        rename_row = QHBoxLayout()
        self.name = accessible(QLineEdit(self), self.tr("New name"))
        self.rename_button = accessible(QPushButton(self.tr("&Rename"), self), self.tr("Rename"))
        rename_row.addWidget(self.name, 1)
        rename_row.addWidget(self.rename_button)
        layout.addLayout(rename_row)
        combine_row = QHBoxLayout()
        self.target = accessible(QComboBox(self), self.tr("Combine into"))
        self.combine_button = accessible(QPushButton(self.tr("&Combine into"), self), self.tr("Combine into"))
        combine_row.addWidget(self.combine_button)
        combine_row.addWidget(self.target, 1)
        layout.addLayout(combine_row)
        self.undo_button = accessible(QPushButton(self.tr("&Undo last combine"), self), self.tr("Undo last combine"))
        layout.addWidget(self.undo_button)
        self.message = plain_label("", self.tr("Result"), self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(lambda *_: self._selection_changed())
        self.rename_button.clicked.connect(self.rename)
        self.combine_button.clicked.connect(self.combine)
        self.undo_button.clicked.connect(self.undo)
        self.reload(selected)
        self.resize(520, 420)

    def reload(self, selected: str | None = None) -> None:
        """Fill the list (name and session count) and the Undo button's state."""
        self.partnerships = self.archive.partnerships()
        self.list.clear()
        for row in self.partnerships:
            item = QListWidgetItem(self.tr("%1 (%2 sessions)").replace("%1", row["name"])
                                   .replace("%2", str(row["session_count"])))
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            self.list.addItem(item)
            if row["id"] == selected:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.undo_button.setEnabled(bool(combines(self.archive)))
        self._selection_changed()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _selection_changed(self) -> None:
        current = self.current_id()
        row = next((p for p in self.partnerships if p["id"] == current), None)
        self.name.setText(row["name"] if row else "")
        self.target.clear()
        for other in self.partnerships:
            if other["id"] != current:
                self.target.addItem(f"{other['name']} ({other['id'][:8]})", other["id"])
        self.rename_button.setEnabled(row is not None)
        self.combine_button.setEnabled(row is not None and self.target.count() > 0)

    def _done(self, text: str, selected: str | None) -> None:
        self.message.setText(text)
        self.reload(selected)
        self.changed.emit()

    def rename(self) -> None:
        pid = self.current_id()
        try:
            rename_partnership(self.archive, pid, self.name.text())
        except ValidationError as exc:
            self.message.setText(str(exc))
            return
        self._done(self.tr("Renamed."), pid)

    def combine(self) -> None:
        """Move the selected partnership's sessions into the one chosen in the list beside the button."""
        combined, kept = self.current_id(), self.target.currentData()
        try:
            combine_partnerships(self.archive, kept, combined)
        except ValidationError as exc:
            self.message.setText(str(exc))
            return
        self._done(self.tr("Combined. Undo last combine puts the sessions back."), kept)

    def undo(self) -> None:
        done = combines(self.archive)
        if not done:
            return
        moved = undo_combine(self.archive, done[0]["id"])
        self._done(self.tr("%1 sessions moved back.").replace("%1", str(len(moved))), done[0]["combined_id"])
