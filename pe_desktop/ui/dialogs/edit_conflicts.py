"""Session ▸ Settle conflicts…: texts edited differently on two laptops, and a choice.

After a merge, a note, action, session or partnership edited on both laptops
from the same version shows the latest edit; the others stay in its history
(:mod:`pe_desktop.store.conflicts`). This dialog lists those records and
their versions; the facilitator keeps one (or, for notes and actions, keeps
both as two records). Picking is a new edit, so it travels in the next merge
and settles the conflict on the other laptop too. Texts are plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pe_desktop.store.archive import Archive
from pe_desktop.store.conflicts import KEEP_BOTH, archive_conflicts, settle_conflict
from pe_desktop.ui.widgets.common import accessible, plain_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConflictsDialog", text)


def record_label(table: str) -> str:
    return {"notes": _tr("Note"), "actions": _tr("Action item"), "sessions": _tr("Session"),
            "partnerships": _tr("Partnership"), "groups": _tr("Group")}.get(table, table)


def version_text(fields: dict) -> str:
    """A version's texts on one line: its fields that have a value."""
    return " · ".join(str(value) for value in fields.values() if value not in (None, ""))


class ConflictsDialog(QDialog):
    """Records with versions to settle; Keep this version / Keep both."""

    settled = Signal()

    def __init__(self, archive: Archive, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.setWindowTitle(self.tr("Settle conflicts"))
        self.setAccessibleName(self.tr("Settle conflicts"))
        layout = QVBoxLayout(self)
        self.intro = plain_label(self.tr("These records were edited differently on two laptops. The latest edit is "
                                         "shown everywhere; choose the version to keep."), self.tr("About conflicts"), self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.records = accessible(QListWidget(self), self.tr("Records to settle"))
        self.versions = accessible(QListWidget(self), self.tr("Versions"))
        layout.addWidget(self.records, 1)
        layout.addWidget(self.versions, 1)
        self.keep = accessible(QPushButton(self.tr("&Keep this version"), self), self.tr("Keep this version"))
        self.keep_both = accessible(QPushButton(self.tr("Keep &both"), self), self.tr("Keep both"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.keep, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.keep_both, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.records.currentRowChanged.connect(lambda _row: self._show_versions())
        self.versions.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.keep.clicked.connect(lambda: self.settle(False))
        self.keep_both.clicked.connect(lambda: self.settle(True))
        self.reload()
        self.resize(620, 480)

    def reload(self) -> None:
        self.conflicts = archive_conflicts(self.archive)
        self.records.clear()
        for conflict in self.conflicts:
            latest = version_text(conflict["versions"][0]["fields"])
            self.records.addItem(QListWidgetItem(f"{record_label(conflict['table'])}: {latest}"))
        if self.conflicts:
            self.records.setCurrentRow(0)
        else:
            self.intro.setText(self.tr("Nothing to settle."))
        self._show_versions()

    def _show_versions(self) -> None:
        self.versions.clear()
        row = self.records.currentRow()
        if 0 <= row < len(self.conflicts):
            for version in self.conflicts[row]["versions"]:
                item = QListWidgetItem(f"{version['recorded_at'][:16].replace('T', ' ')}  {version_text(version['fields'])}")
                item.setData(Qt.ItemDataRole.UserRole, version["event"])
                self.versions.addItem(item)
            self.versions.setCurrentRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.records.currentRow()
        chosen = self.versions.currentItem() is not None
        self.keep.setEnabled(chosen)
        self.keep_both.setEnabled(chosen and 0 <= row < len(self.conflicts) and self.conflicts[row]["table"] in KEEP_BOTH)

    def settle(self, keep_both: bool) -> None:
        """Keep the chosen version (and with ``keep_both`` the others as new records)."""
        conflict = self.conflicts[self.records.currentRow()]
        event = self.versions.currentItem().data(Qt.ItemDataRole.UserRole)
        settle_conflict(self.archive, conflict["table"], conflict["id"], event, keep_both=keep_both)
        self.settled.emit()
        self.reload()
