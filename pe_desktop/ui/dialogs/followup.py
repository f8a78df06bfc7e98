"""Review earlier actions: what became of what the partnership promised last time.

Shown when a new session is created for a partnership whose earlier sessions
left action items open, and from the console (Session ▸ Review earlier
actions…). Each open action is listed with its owner, due date and the
session it was agreed in; the facilitator says, for each, Done, Still open
(carried into this session, linked to where it began) or Dropped, or leaves
it for later. The session layer's review op does the work
(:mod:`pe_desktop.session.ops.notes.review_actions`), all choices in one commit; the
whole review is then one undoable step on the console's undo stack when the session is
open in a console, else on the main window's.
"""

from __future__ import annotations

from collections.abc import Callable
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

from pe_desktop.session import ops
from pe_desktop.session.change import Change
from pe_desktop.ui.widgets.common import accessible, plain_label
from pe_desktop.ui.widgets.messages import show_problem

if TYPE_CHECKING:
    from pe_desktop.store import Archive
    from pe_desktop.ui.console.window import SessionConsole

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
        self, archive: Archive, session_id: str, push: Callable[[Change], object], parent: QWidget | None = None,
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
        change, problems = ops.review_actions(self.archive, self.session_id, self.decisions())
        if change is not None:
            self._push(change)
            self.applied.emit(change)
        self.accept()
        if problems:
            show_problem(self.parentWidget(), self.tr("Review earlier actions"),
                         self.tr("Some choices could not be applied."), "\n".join(problems))


def review_in_console(console: SessionConsole) -> FollowupDialog:
    """Session ▸ Review earlier actions… in the console: undo lives on the console's stack."""
    controller = console.controller

    dialog = FollowupDialog(console.archive, console.session_id, controller.push_change, console)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
