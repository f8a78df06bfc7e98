"""File ▸ Import ratings…: a preview of how the file was understood, before anything is written.

The file is read and checked whole by :func:`pe_desktop.store.io.csv_import.plan_import`
(encoding, delimiter, one row per rating or one per person, every value); the
dialog shows each column and what it was taken for, the first rows, and how
many ratings and participants would be written. Only *Import* writes, in one
transaction. A file that cannot be imported shows why (file, line, column,
value, hint) and *Import* stays off. Cells come from other people's files,
so everything is shown as plain text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pe_desktop.store.archive import Archive
from pe_desktop.store.errors import ValidationError
from pe_desktop.store.io.csv_import import ImportPlan, plan_import, write_import
from pe_desktop.ui.widgets.common import accessible, plain_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportRatingsDialog", text)


def role_text(role: str, instrument_titles: dict[str, str]) -> str:
    """What a column was taken for, in words."""
    if role.startswith("item:"):
        return _tr("ratings of “%1”").replace("%1", instrument_titles.get(role[5:], role[5:]))
    return {
        "participant": _tr("participant code"), "group": _tr("group"), "item": _tr("item"),
        "value": _tr("rating"), "round": _tr("round"), "ignored": _tr("ignored"),
    }.get(role, role)


def _table(parent: QWidget, name: str, header: list[str], rows: list[list[str]]) -> QTableWidget:
    table = accessible(QTableWidget(len(rows), len(header), parent), name)
    table.setHorizontalHeaderLabels(header)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    for r, row in enumerate(rows):
        for c, text in enumerate(row[: len(header)]):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()
    return table


class ImportRatingsDialog(QDialog):
    """Preview, then import, one ratings file into one session."""

    def __init__(self, archive: Archive, session_id: str, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive, self.session_id, self.path = archive, session_id, Path(path)
        self.imported = 0
        self.setWindowTitle(self.tr("Import ratings"))
        self.setAccessibleName(self.tr("Import ratings"))
        layout = QVBoxLayout(self)
        self.plan: ImportPlan | None = None
        try:
            self.plan = plan_import(archive, session_id, self.path)
            problem = ""
        except ValidationError as exc:
            problem = str(exc)
        self.summary = plain_label(self._summary_text(problem), self.tr("What the file holds"), self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        if self.plan is not None:
            titles = {item.key: item.title for item in archive.instrument(session_id).items}
            self.columns = _table(self, self.tr("How each column was understood"), [self.tr("Column"), self.tr("Taken as")],
                                  [[c.header or self.tr("(no name)"), role_text(c.role, titles)] for c in self.plan.columns])
            self.preview = _table(self, self.tr("First rows"), [c.header for c in self.plan.columns], self.plan.preview)
            layout.addWidget(plain_label(self.tr("How each column was understood:"), "", self))
            layout.addWidget(self.columns)
            layout.addWidget(plain_label(self.tr("First rows of the file:"), "", self))
            layout.addWidget(self.preview, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        accessible(self.import_button, self.tr("Import"))
        self.import_button.setEnabled(self.plan is not None)
        buttons.accepted.connect(self.do_import)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 520)

    def _summary_text(self, problem: str) -> str:
        if self.plan is None:
            return self.tr("This file cannot be imported; nothing was written:\n%1").replace("%1", problem)
        layout = self.tr("one row per person, one column per item") if self.plan.layout == "wide" \
            else self.tr("one row per rating")
        return (self.tr("%1: %2 ratings of %3 participants (%4; read as %5). Nothing is written until you press Import.")
                .replace("%1", self.path.name).replace("%2", str(len(self.plan.ratings)))
                .replace("%3", str(self.plan.participants)).replace("%4", layout).replace("%5", self.plan.encoding))

    def do_import(self) -> None:
        """Write every rating of the plan in one transaction, then close."""
        if self.plan is None:
            return
        try:
            self.imported = write_import(self.archive, self.session_id, self.plan)
        except ValidationError as exc:
            self.summary.setText(str(exc))
            self.import_button.setEnabled(False)
            return
        self.accept()
