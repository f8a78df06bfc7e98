"""File ▸ Merge archive…: what a merge brought in, told plainly.

The merge itself is :func:`pe_desktop.store.merge.merge_archive` (run in a
worker thread by the main window). Afterwards the organization needs to know
three things: which sessions arrived, how many records of each kind were new
or already here, and where the two archives disagreed (ours kept, theirs set
aside in ``merge_conflicts``). Conflicts and titles come from other people's
files, so everything here is plain text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pe_desktop.ui.widgets.common import accessible, plain_label

if TYPE_CHECKING:
    from pe_desktop.store.merge import MergeReport


def _tr(text: str) -> str:
    return QCoreApplication.translate("MergeDialog", text)


def table_label(table: str) -> str:
    """How a merged table reads to someone who never saw the schema."""
    return {
        "partnerships": _tr("Partnerships"), "instruments": _tr("Forms"), "sessions": _tr("Sessions"),
        "groups": _tr("Groups"), "participants": _tr("Participants"), "ratings": _tr("Ratings"),
        "rating_events": _tr("Rating history"), "item_states": _tr("Item states"), "notes": _tr("Notes"),
        "actions": _tr("Action items"), "record_events": _tr("Edit history"),
        "partnership_combines": _tr("Partnership combines"),
    }.get(table, table)


def conflict_lines(report: MergeReport) -> list[str]:
    """One line per listed conflict: what kind of record, its id, and why theirs was not taken."""
    lines = [f"{table_label(c['table'])} {c['id']}: {c['reason']}" for c in report.conflicts]
    if report.conflict_count > len(report.conflicts):
        lines.append(_tr("… and %1 more (all are in the table merge_conflicts)")
                     .replace("%1", str(report.conflict_count - len(report.conflicts))))
    return lines


def summary_text(report: MergeReport) -> str:
    """The report's headline and what follows from it."""
    name = report.source.name
    if not report.changed:
        return _tr("Nothing new in “%1”: everything in it was already in this archive.").replace("%1", name)
    added = len(report.sessions_added)
    if report.inserted == 0 and report.new_conflicts == 0:
        head = _tr("Merged “%1”: their later edits of %5 records were taken; every earlier version stays in the history.")
    elif report.inserted == 0:
        head = _tr("Merged “%1”: nothing new to add, but %4 records differ from yours (yours were kept).") \
            if report.new_conflicts != 1 else _tr("Merged “%1”: nothing new to add, but 1 record differs from yours "
                                                 "(yours was kept).")
    elif added == 0:
        head = _tr("Merged “%1”: no new sessions, %2 new records.")
    elif added == 1:
        head = _tr("Merged “%1”: 1 session added (%2 new records).")
    else:
        head = _tr("Merged “%1”: %3 sessions added (%2 new records).")
    return (head.replace("%1", name).replace("%2", str(report.inserted)).replace("%3", str(added))
            .replace("%4", str(report.new_conflicts)).replace("%5", str(report.updated)))


class MergeReportDialog(QDialog):
    """Sessions added, records per table, conflicts and namesakes of one merge."""

    #: the person wants to settle the texts edited on both laptops / combine the namesakes
    settleRequested = Signal()
    combineRequested = Signal()

    def __init__(self, report: MergeReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Merge report"))
        self.setAccessibleName(self.tr("Merge report"))
        layout = QVBoxLayout(self)

        self.headline = plain_label(summary_text(report), self.tr("What the merge did"), self)
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        layout.addWidget(self.headline)

        sessions = [f"• {s['title']} ({s['held_on'] or self.tr('no date')})" for s in report.sessions_added]
        self.sessions = plain_label("\n".join(sessions), self.tr("Sessions added"), self)
        self.sessions.setWordWrap(True)
        self.sessions.setVisible(bool(sessions))
        layout.addWidget(self.sessions)

        self.table = accessible(QTableWidget(len(report.tables), 4, self), self.tr("Records per table"))
        self.table.setHorizontalHeaderLabels([self.tr("Records"), self.tr("Added"), self.tr("Already here"),
                                              self.tr("Differed (ours kept)")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setAccessibleName(self.tr("Columns"))
        self.table.verticalHeader().setAccessibleName(self.tr("Rows"))
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, (name, counts) in enumerate(report.tables.items()):
            for col, text in enumerate((table_label(name), str(counts.inserted), str(counts.unchanged),
                                        str(counts.conflicts))):
                cell = QTableWidgetItem(text)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if col:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, cell)
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(header.sizeHint().height() + self.table.verticalHeader().defaultSectionSize()
                                  * len(report.tables) + frame)
        layout.addWidget(self.table)

        notes = []
        if report.conflict_count == 1:
            notes.append(self.tr("1 record differs between the two archives. Yours was kept; theirs is saved in the "
                                 "table merge_conflicts, so nothing is lost:"))
        elif report.conflict_count:
            notes.append(self.tr("%1 records differ between the two archives. Yours were kept; theirs are saved "
                                 "in the table merge_conflicts, so nothing is lost:")
                         .replace("%1", str(report.conflict_count)))
        self.conflict_note = plain_label("\n".join(notes), self.tr("About conflicts"), self)
        self.conflict_note.setWordWrap(True)
        self.conflict_note.setVisible(bool(notes))
        layout.addWidget(self.conflict_note)
        self.conflicts = accessible(QPlainTextEdit(self), self.tr("Conflicts"))
        self.conflicts.setReadOnly(True)
        self.conflicts.setPlainText("\n".join(conflict_lines(report)))
        self.conflicts.setVisible(bool(report.conflicts))
        layout.addWidget(self.conflicts, 1)
        if not report.conflicts:
            layout.addStretch(1)

        extra = [
            self.tr("Their partnership “%1” has the same name as one of yours but is a different partnership; "
                    "both are kept.").replace("%1", p["name"])
            for p in report.same_name_partnerships
        ]
        if report.backup is not None:
            extra.append(self.tr("Your archive was backed up before the merge: %1").replace("%1", str(report.backup)))
        self.details = plain_label("\n".join(extra), self.tr("Details"), self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self._offer_follow_ups(report, layout, buttons)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        accessible(close, close.text().replace("&", ""))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 600 if report.conflicts else 460)

    def _offer_follow_ups(self, report: MergeReport, layout: QVBoxLayout, buttons: QDialogButtonBox) -> None:
        """Settle conflicts… when texts were edited on both laptops; Combine partnerships… for namesakes."""
        self.edits_note = plain_label(
            self.tr("%1 records were edited differently on the two laptops; the latest edit is shown. "
                    "You can keep one version or both.").replace("%1", str(len(report.edit_conflicts))),
            self.tr("Records to settle"), self)
        self.edits_note.setWordWrap(True)
        self.edits_note.setVisible(bool(report.edit_conflicts))
        layout.addWidget(self.edits_note)
        self.settle_button = accessible(QPushButton(self.tr("&Settle conflicts…"), self), self.tr("Settle conflicts"))
        self.settle_button.clicked.connect(self.settleRequested)
        self.combine_button = accessible(QPushButton(self.tr("&Combine partnerships…"), self),
                                         self.tr("Combine partnerships"))
        self.combine_button.clicked.connect(self.combineRequested)
        buttons.addButton(self.settle_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.combine_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.settle_button.setVisible(bool(report.edit_conflicts))  # after addButton, which shows them
        self.combine_button.setVisible(bool(report.same_name_partnerships))

    def rows(self) -> list[list[str]]:
        """The records table as shown (for tests and screen readers)."""
        return [[self.table.item(r, c).text() for c in range(4)] for r in range(self.table.rowCount())]
