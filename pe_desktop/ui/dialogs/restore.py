"""File ▸ Restore from backup…: pick a backup by date and what it holds.

Backups are taken when a session closes and before a merge, an upgrade or a
restore (:mod:`pe_desktop.store.backup`). People choose one by when it was
taken and how many sessions it holds, so the list shows those (local time,
read without changing the file, :func:`pe_desktop.store.restore.backup_catalog`),
with a backup that cannot be read marked and not restorable. Restoring asks
first and says what happens to the archive as it is now (it is backed up, so
the restore can itself be undone); the main window does the rest.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
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

from pe_desktop.ui.widgets.common import accessible, plain_label
from pe_desktop.ui.widgets.messages import ask
from pe_desktop.ui.widgets.plain_text import plain_tooltip

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from pe_desktop.store.restore import BackupEntry

COLUMNS = 5


def _tr(text: str) -> str:
    return QCoreApplication.translate("RestoreDialog", text)


def reason_text(reason: str) -> str:
    """Why a backup was taken, as a person would say it."""
    if reason.startswith("before-migration"):
        return _tr("Before an upgrade")
    return {
        "session-closed": _tr("A session closed"), "before-merge": _tr("Before a merge"),
        "before-restore": _tr("Before a restore"), "manual": _tr("Made by hand"),
        "before-empty-trash": _tr("Before emptying the Trash"),
    }.get(reason, reason.replace("-", " "))


def when_text(entry: BackupEntry) -> str:
    """The time it was taken, in this computer's time zone."""
    return entry.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")


class RestoreDialog(QDialog):
    """The archive's backups, newest first; Restore… asks, then emits :attr:`restoreRequested`."""

    #: The backup to restore (confirmed by the person).
    restoreRequested = Signal(Path)

    def __init__(self, archive_path: Path, current_sessions: int, open_consoles: int = 0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from pe_desktop.store.backup import backup_dir
        from pe_desktop.store.restore import backup_catalog

        self.archive_path = Path(archive_path)
        self.open_consoles = open_consoles
        self.entries: list[BackupEntry] = backup_catalog(self.archive_path)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setAccessibleName(self.tr("Restore from backup"))

        now = self.tr("The archive “%1” holds %2 sessions now.") if current_sessions != 1 else \
            self.tr("The archive “%1” holds 1 session now.")
        if self.entries:
            intro = now + " " + self.tr("Choose the backup to go back to:")
        else:
            intro = now + " " + self.tr("It has no backups yet. A backup is taken when a session closes, and before "
                                        "a merge, an upgrade or a restore.")
        self.intro = plain_label(intro.replace("%1", self.archive_path.name).replace("%2", str(current_sessions)),
                                 self.tr("About the backups"), self)
        self.intro.setWordWrap(True)

        self.table = self._build_table()

        self.folder = plain_label(self.tr("Backups are kept in %1").replace("%1", str(backup_dir(self.archive_path))),
                                  self.tr("Backup folder"), self)
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(self)
        self.restore_button: QPushButton = self.buttons.addButton(self.tr("Restore…"),
                                                                  QDialogButtonBox.ButtonRole.ActionRole)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        accessible(self.restore_button, self.tr("Restore the chosen backup"))
        accessible(close, close.text().replace("&", ""))
        self.restore_button.clicked.connect(self.ask_restore)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.folder)
        layout.addWidget(self.buttons)
        self.resize(760, 440 if self.entries else 200)
        if self.entries:
            self.table.selectRow(0)
        self._update_buttons()

    def _build_table(self) -> QTableWidget:
        """One row per backup: when, why, sessions, size, and what is wrong with it (if anything)."""
        self.table = accessible(QTableWidget(len(self.entries), COLUMNS, self), self.tr("Backups"))
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Sessions"), self.tr("Size"),
                                              self.tr("Problem")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setAccessibleName(self.tr("Columns"))
        self.table.verticalHeader().setAccessibleName(self.tr("Rows"))
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for col in range(COLUMNS - 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        locale = QLocale()
        for row, entry in enumerate(self.entries):
            sessions = "—" if entry.session_count is None else str(entry.session_count)
            size = locale.formattedDataSize(entry.size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
            texts = (when_text(entry), reason_text(entry.reason), sessions, size, entry.problem or "")
            for col, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                cell.setToolTip(plain_tooltip(str(entry.path) if col == 0 else text))
                if col in (2, 3):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, cell)
        self.table.resizeRowsToContents()
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self.ask_restore())
        self.table.setVisible(bool(self.entries))
        return self.table

    def selected(self) -> BackupEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def select(self, path: Path) -> None:
        for row, entry in enumerate(self.entries):
            if entry.path == path:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        entry = self.selected()
        self.restore_button.setEnabled(entry is not None and entry.problem is None)
        self.restore_button.setVisible(bool(self.entries))

    def rows(self) -> list[list[str]]:
        return [[_text(self.table.item(r, c)) for c in range(COLUMNS)] for r in range(self.table.rowCount())]

    def ask_restore(self) -> QMessageBox | None:
        entry = self.selected()
        if entry is None or entry.problem is not None:
            return None
        sessions = self.tr("1 session") if entry.session_count == 1 else \
            self.tr("%1 sessions").replace("%1", str(entry.session_count))
        informative = self.tr(
            "The archive goes back to how it was then (%1). Everything recorded since is set aside, not lost: the "
            "archive as it is now is backed up first (“Before a restore”), so you can restore that backup to undo "
            "this."
        ).replace("%1", sessions)
        if self.open_consoles:
            informative += " " + self.tr("The open session consoles are closed first.")
        return ask(
            self, self.tr("Restore from backup"),
            self.tr("Restore the backup taken %1?").replace("%1", when_text(entry)),
            self.tr("Restore"), lambda: self._confirmed(entry.path), informative=informative, destructive=True,
        )

    def _confirmed(self, path: Path) -> None:
        self.accept()
        self.restoreRequested.emit(path)


def _text(cell: QTableWidgetItem | None) -> str:
    """A cell's text; "" for a cell never filled."""
    return cell.text() if cell is not None else ""
