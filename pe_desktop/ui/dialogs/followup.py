"""Review earlier actions: what became of what the partnership promised last time.

Shown when a new session is created for a partnership whose earlier sessions
left action items open, and from the console (Session ▸ Review earlier
actions…). Each open action is listed with its owner, due date and the
session it was agreed in; the facilitator says, for each, Done, Still open
(carried into this session, linked to where it began) or Dropped, or leaves
it for later. The store's follow-up functions do the work
(:mod:`pe_desktop.store.followup`), one commit per choice; the whole review
is then one undoable step on the console's undo stack when the session is
open in a console, else on the main window's.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pe_desktop.store.errors import ArchiveError
from pe_desktop.ui.main.browser_edits import Edit, _edit
from pe_desktop.ui.widgets.common import accessible, plain_label
from pe_desktop.ui.widgets.messages import show_problem

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from pe_desktop.store import Archive
    from pe_desktop.ui.controller import SessionController

#: Combo box choices: (outcome for review_action or None = decide later, label).
LATER = None


def _tr(text: str) -> str:
    return QCoreApplication.translate("FollowupDialog", text)


def choices() -> list[tuple[str | None, str]]:
    return [
        (LATER, _tr("Decide later")),
        ("done", _tr("Done")),
        ("open", _tr("Still open: carry forward")),
        ("dropped", _tr("Dropped")),
    ]


@dataclass(frozen=True)
class Reviewed:
    """One applied choice: enough to undo and redo it exactly."""

    action_id: str
    outcome: str
    previous_status: str
    #: the carried copy as written (None when the action was closed)
    copy: dict | None


def _copy_in(archive: Archive, action_id: str, session_id: str) -> bool:
    rows = archive.query("SELECT 1 FROM actions WHERE carried_from = ? AND session_id = ?", [action_id, session_id])
    return bool(rows)


def apply_review(archive: Archive, session_id: str, decisions: Mapping[str, str | None]) -> tuple[Edit | None, list[str]]:
    """Apply each decision (one commit each); returns the undoable step and the refusals.

    A decision the store refuses (the action changed meanwhile, say) is
    reported and skipped; the others still apply.
    """
    from pe_desktop.store.followup import review_action

    applied: list[Reviewed] = []
    problems: list[str] = []
    for action_id, outcome in decisions.items():
        if outcome is LATER:
            continue
        try:
            before = archive.action(action_id)
            if outcome == "open" and _copy_in(archive, action_id, session_id):
                continue  # already carried here: nothing to do, nothing to undo
            copy_id = review_action(archive, action_id, outcome, session_id)
        except ArchiveError as exc:
            problems.append(str(exc))
            continue
        copy = archive.action(copy_id) if copy_id else None
        applied.append(Reviewed(action_id, outcome, before["status"], copy))
    if not applied:
        return None, problems

    def redo() -> None:
        for step in applied:
            if step.copy is not None:
                c = step.copy
                archive.add_action(c["session_id"], c["text"], c["owner"], c["due_on"], c["item_key"], c["status"],
                                   c["carried_from"], id=c["id"], created_at=c["created_at"])
            else:
                archive.update_action(step.action_id, status=step.outcome)

    def undo() -> None:
        for step in reversed(applied):
            if step.copy is not None:
                archive.delete_action(step.copy["id"])
            else:
                archive.update_action(step.action_id, status=step.previous_status)

    text = _tr("Review of 1 earlier action") if len(applied) == 1 else \
        _tr("Review of %1 earlier actions").replace("%1", str(len(applied)))
    return _edit(text, redo, undo), problems


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


class FollowupDialog(QDialog):
    """The open actions of earlier sessions, each with a Done / Still open / Dropped choice."""

    #: Emitted with the undoable step once the choices are applied.
    applied = Signal(object)

    COLUMNS = 5

    def __init__(
        self, archive: Archive, session_id: str, push: Callable[[Edit], None], parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from pe_desktop.store.followup import actions_to_review

        self.archive = archive
        self.session_id = session_id
        self._push = push
        self.session = archive.session(session_id)
        self.rows: list[dict] = actions_to_review(archive, session_id)
        self.boxes: dict[str, QComboBox] = {}
        self.setWindowTitle(self.tr("Review earlier actions"))
        self.setAccessibleName(self.tr("Review earlier actions"))

        count = len(self.rows)
        self._build_heading(count)

        self.table = self._build_table(count)

        self.buttons = QDialogButtonBox(self)
        self.apply_button: QPushButton = self.buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button: QPushButton = self.buttons.addButton(
            self.tr("Decide later") if count else self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        accessible(self.apply_button, self.tr("Apply the choices"))
        accessible(self.later_button, self.later_button.text())
        self.apply_button.setVisible(bool(count))
        self.apply_button.setEnabled(False)
        self.apply_button.setDefault(bool(count))
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        if count:
            self.resize(960, 420)
        else:
            self.resize(560, self.minimumSizeHint().height())

    def _build_heading(self, count: int) -> None:
        """The bold heading and what to do (or that there is nothing to review)."""
        heading = self.tr("Action items still open from earlier sessions of “%1”") if count else \
            self.tr("Nothing to review for “%1”")
        self.heading = plain_label(heading.replace("%1", self.session["partnership"]), self.tr("Heading"), self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        if count:
            explain = self.tr(
                "Before “%1” starts, say what became of each one. Done and Dropped close it in the session where it "
                "was agreed. Still open carries it into this session, linked to where it began. Decide later leaves "
                "it for the next review."
            ).replace("%1", self.session["title"])
        else:
            explain = self.tr("No earlier session of this partnership has an open action item waiting for review.")
        self.explain = plain_label(explain, self.tr("What to do"), self)
        self.explain.setWordWrap(True)

    def _build_table(self, count: int) -> QTableWidget:
        """One row per open action item, with its choice of outcome in the last column."""
        self.table = accessible(QTableWidget(count, self.COLUMNS, self), self.tr("Open action items"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Agreed in"), self.tr("What became of it")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setAccessibleName(self.tr("Columns"))
        self.table.verticalHeader().setAccessibleName(self.tr("Rows"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.COLUMNS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for row, action in enumerate(self.rows):
            self._fill_row(row, action)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(count))
        return self.table

    def _fill_row(self, row: int, action: dict) -> None:
        due = action["due_on"] or ""
        if due and due < date.today().isoformat():
            due = self.tr("%1 (overdue)").replace("%1", due)
        began = action["began_in_title"]
        if action["began_on"]:
            began = f"{began} ({action['began_on']})"
        if action["carried_from"] and action["session_title"] != action["began_in_title"]:
            began += "\n" + self.tr("last carried to “%1”").replace("%1", action["session_title"])
        for col, text in enumerate((action["text"], action["owner"] or "—", due or "—", began)):
            self.table.setItem(row, col, _cell(text))
        holder = QWidget(self.table)  # keeps the combo box its own height in a tall row
        box = accessible(QComboBox(holder), self.tr("What became of “%1”").replace("%1", action["text"]))
        for outcome, label in choices():
            box.addItem(label, outcome)
        box.currentIndexChanged.connect(self._update_apply)
        cell = QVBoxLayout(holder)
        cell.setContentsMargins(6, 2, 6, 2)
        cell.addWidget(box, 0, Qt.AlignmentFlag.AlignVCenter)
        self.table.setCellWidget(row, self.COLUMNS - 1, holder)
        self.boxes[action["id"]] = box

    # ------------------------------------------------------------ choices
    def set_choice(self, action_id: str, outcome: str | None) -> None:
        box = self.boxes[action_id]
        box.setCurrentIndex(box.findData(outcome))

    def decisions(self) -> dict[str, str | None]:
        return {action_id: box.currentData() for action_id, box in self.boxes.items()}

    def _update_apply(self, *_: object) -> None:
        self.apply_button.setEnabled(any(outcome is not LATER for outcome in self.decisions().values()))

    def apply(self) -> None:
        """Commit every choice made, hand the undoable step over, and close."""
        edit, problems = apply_review(self.archive, self.session_id, self.decisions())
        if edit is not None:
            self._push(edit)
            self.applied.emit(edit)
        self.accept()
        if problems:
            show_problem(self.parentWidget(), self.tr("Review earlier actions"),
                         self.tr("Some choices could not be applied."), "\n".join(problems))


def review_in_console(controller: SessionController, console: QWidget) -> FollowupDialog:
    """Session ▸ Review earlier actions… in the console: undo lives on the console's stack (the controller's)."""

    def push(edit: Edit) -> None:
        controller.push(edit.text, edit.redo, edit.undo, controller.actionsChanged)

    dialog = FollowupDialog(controller.archive, controller.session_id, push, console)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
