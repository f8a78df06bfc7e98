"""Paper-ballot entry: participants × items, typed straight from the keyboard.

A facilitator types a pile of paper ballots during a coffee break, so the
grid behaves like a data-entry form, not a spreadsheet: a digit on the scale
saves that rating at once and moves on (right, then to the next ballot);
N or ? (or 0 when 0 is not on the scale) saves "not sure"; Enter moves on
and Shift+Enter back; Tab leaves the grid (one Tab stop); Delete clears;
anything else is refused in place with a message saying what is allowed, and
nothing is stored. Scales with two-digit values (0–10) wait for the second
digit or Enter. Each saved cell is one committed, undoable edit.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pe_desktop.core.vocab import SessionStatus
from pe_desktop.session.views.history import RecordHistory, rating_history
from pe_desktop.store.errors import ValidationError
from pe_desktop.store.records import Participant
from pe_desktop.ui.ballots.paper_grid_model import PaperGridModel
from pe_desktop.ui.console.edits import SessionEdits
from pe_desktop.ui.controller import SessionController
from pe_desktop.ui.widgets.common import ERROR_COLOUR, OK_COLOUR, accessible, compact_combo, fill_groups, plain_label
from pe_desktop.ui.widgets.history_action import history_action

#: Keys that mean "not sure" on a paper ballot (plus 0 when 0 is not a scale point).
UNSURE_KEYS = ("n", "N", "?")


class PaperGridView(QTableView):
    """The grid itself: turns key presses into ratings (see the module docstring)."""

    #: (text, is_error) for the message line under the grid.
    message = Signal(str, bool)

    def __init__(self, model: PaperGridModel, edits: SessionEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid_model = model
        self.edits = edits
        self.scale = model.controller.instrument.scale
        self.pending = ""
        self.setModel(model)
        self.setTabKeyNavigation(False)  # Tab leaves the grid; Enter and digits move on
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(70)
        # Long item titles ("Materially Beneficial") wrap instead of being cut off.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value))
        header.setMinimumHeight(header.fontMetrics().lineSpacing() * 2 + 10)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setStyleSheet("QTableView { font-size: 13pt; } QTableView::item:focus { border: 3px solid #0B4F9C; }")
        accessible(self, self.tr("Paper ballots"), self.keys_help())

    # ------------------------------------------------------------ helpers
    def keys_help(self) -> str:
        scale = self.scale
        unsure = self.tr(", N or ? for not sure") if scale.allow_unsure else ""
        text = self.tr("Type %1–%2%3; Enter moves on (Shift+Enter back); Delete clears; Tab leaves the grid.")
        return text.replace("%1", str(scale.min)).replace("%2", str(scale.max)).replace("%3", unsure)

    def _valid_texts(self) -> list[str]:
        return [str(v) for v in self.scale.points]

    def _is_unsure_key(self, text: str) -> bool:
        return text in UNSURE_KEYS or (text == "0" and 0 not in self.scale.points)

    def _cell(self) -> tuple[int, int] | None:
        index = self.currentIndex()
        if not index.isValid():
            if self.grid_model.rowCount() == 0:
                return None
            self.setCurrentIndex(self.grid_model.index(0, 0))
            index = self.currentIndex()
        return index.row(), index.column()

    def move_next(self) -> None:
        """Right, then the first item of the next ballot."""
        cell = self._cell()
        if cell is None:
            return
        row, col = cell
        if col + 1 < self.grid_model.columnCount():
            col += 1
        elif row + 1 < self.grid_model.rowCount():
            row, col = row + 1, 0
        self.setCurrentIndex(self.grid_model.index(row, col))

    def move_previous(self) -> None:
        cell = self._cell()
        if cell is None:
            return
        row, col = cell
        if col > 0:
            col -= 1
        elif row > 0:
            row, col = row - 1, self.grid_model.columnCount() - 1
        self.setCurrentIndex(self.grid_model.index(row, col))

    # ------------------------------------------------------------- saving
    def _save(self, value: int | None) -> bool:
        cell = self._cell()
        if cell is None:
            self.message.emit(self.tr("Add paper ballots first."), True)
            return False
        row, col = cell
        part = self.grid_model.participant(row)
        key = self.grid_model.item_key(col)
        try:
            self.edits.set_rating(part.id, key, value, source="paper")
        except ValidationError as exc:
            self.message.emit(str(exc), True)
            return False
        self.grid_model.refresh_values()
        shown = self.tr("not sure") if value is None else str(value)
        self.message.emit(
            self.tr("Saved %1, %2: %3").replace("%1", part.code).replace("%2", self.grid_model.items[col].title).replace("%3", shown),
            False,
        )
        return True

    def _clear(self) -> None:
        cell = self._cell()
        if cell is None:
            return
        row, col = cell
        part = self.grid_model.participant(row)
        try:
            if self.edits.clear_rating(part.id, self.grid_model.item_key(col), source="paper"):
                self.grid_model.refresh_values()
                self.message.emit(
                    self.tr("Cleared %1, %2").replace("%1", part.code).replace("%2", self.grid_model.items[col].title), False
                )
        except ValidationError as exc:
            self.message.emit(str(exc), True)

    def _flush_pending(self) -> bool:
        """Save a buffered value (e.g. "1" on a 0–10 scale) when Enter/Tab confirms it."""
        if not self.pending:
            return True
        text, self.pending = self.pending, ""
        if text in self._valid_texts():
            return self._save(int(text))
        self.message.emit(self._refusal(text), True)
        return False

    def _refusal(self, text: str) -> str:
        return self.tr("“%1” is not on this ballot. %2").replace("%1", text).replace("%2", self.keys_help())

    def _type_char(self, char: str) -> None:
        text = self.pending + char
        valid = self._valid_texts()
        longer = [v for v in valid if v.startswith(text) and v != text]
        if text not in valid and not longer:
            self.pending = ""
            self.message.emit(self._refusal(text), True)
            return
        if longer:
            self.pending = text
            self.message.emit(
                self.tr("%1… — type the next digit, or Enter to save %1").replace("%1", text) if text in valid
                else self.tr("%1… — type the next digit").replace("%1", text),
                False,
            )
            return
        self.pending = ""
        if self._save(int(text)):
            self.move_next()

    # ------------------------------------------------------------- events
    def event(self, event: QEvent) -> bool:
        # Tab and Shift+Tab leave the grid (one Tab stop, issue 11); a buffered digit is saved first.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        ):
            self._flush_pending()
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        text = event.text()
        if mods & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
        ):
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if mods & Qt.KeyboardModifier.ShiftModifier:
                self.pending = ""
                self.move_previous()
            elif self._flush_pending():
                self.move_next()
            event.accept()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.pending = ""
            self._clear()
            event.accept()
            return
        if text and text.isprintable() and text != " ":
            event.accept()
            if not self.pending and self._is_unsure_key(text):
                if not self.scale.allow_unsure:
                    self.message.emit(self._refusal(text), True)
                elif self._save(None):
                    self.move_next()
                return
            if text.isdigit() or text == "-":
                self._type_char(text)
                return
            self.pending = ""
            self.message.emit(self._refusal(text), True)
            return
        self.pending = ""
        super().keyPressEvent(event)


class PaperGrid(QWidget):
    """The paper-ballot tab: the grid, its message line and "add paper ballots"."""

    def __init__(self, controller: SessionController, edits: SessionEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.edits = edits
        self.model = PaperGridModel(controller, self)
        self.view = PaperGridView(self.model, edits, self)
        history_action(self.view, self._cell_history)

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.msg = QLabel(self)
        self.msg.setObjectName("gridMessage")
        self.msg.setTextFormat(Qt.TextFormat.PlainText)
        self.msg.setWordWrap(True)
        self.msg.setMinimumHeight(self.msg.fontMetrics().height() * 2)
        accessible(self.msg, self.tr("Paper ballot message"))

        self.count = accessible(QSpinBox(self), self.tr("Number of paper ballots to add"))
        self.count.setRange(1, 500)
        self.count.setValue(1)
        self.group = compact_combo(self, self.tr("Group of the new paper ballots"))
        self.add_button = accessible(QPushButton(self.tr("Add paper ballots"), self), self.tr("Add paper ballots"),
                                     self.tr("Creates that many paper participants in the chosen group"))
        self.add_button.clicked.connect(self.add_ballots)

        add_row = QHBoxLayout()
        add_row.addWidget(plain_label(self.tr("Add"), parent=self))
        add_row.addWidget(self.count)
        add_row.addWidget(plain_label(self.tr("ballots from"), parent=self))
        add_row.addWidget(self.group, 1)
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)

        # Tab order as read: the Add row, then the grid (which Tab leaves again).
        QWidget.setTabOrder(self.count, self.group)
        QWidget.setTabOrder(self.group, self.add_button)
        QWidget.setTabOrder(self.add_button, self.view)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(add_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.msg)

        self.view.message.connect(self.show_message)
        controller.refreshed.connect(self.model.refresh_values)
        controller.participantsChanged.connect(self._reload)
        controller.roundChanged.connect(lambda _round: self._reload())
        controller.sessionChanged.connect(self._update_heading)
        fill_groups(self.group, controller.groups(), self.tr("No group"))
        self._update_heading()

    def _cell_history(self) -> RecordHistory | None:
        """Every change of the rating in the current cell (its History… entry)."""
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return rating_history(self.controller.archive, self.controller.session_id, self.controller.round,
                              self.model.participant(index.row()).id, self.model.item_key(index.column()))

    def _update_heading(self) -> None:
        closed = self.controller.session.status == SessionStatus.CLOSED
        text = self.tr("Round %1 · %2").replace("%1", str(self.controller.round)).replace("%2", self.view.keys_help())
        if closed:
            text = self.tr("This session is closed; ballots can be read but not changed.")
        self.heading.setText(text)
        self.add_button.setEnabled(not closed)

    def _reload(self) -> None:
        """Rebuild rows, keeping the cursor on the same ballot and item."""
        index = self.view.currentIndex()
        pid = self.model.participant(index.row()).id if index.isValid() and index.row() < self.model.rowCount() else None
        col = index.column() if index.isValid() else 0
        self.model.reload()
        self._update_heading()
        for row, part in enumerate(self.model.participants):
            if part.id == pid:
                self.view.setCurrentIndex(self.model.index(row, col))
                break

    def show_message(self, text: str, error: bool) -> None:
        self.msg.setStyleSheet(
            f"color: {ERROR_COLOUR if error else OK_COLOUR}; font-weight: {'bold' if error else 'normal'};"
        )
        self.msg.setText(text)

    def add_ballots(self) -> list[Participant]:
        """Create N paper participants in the chosen group and put the cursor on the first one."""
        try:
            created = self.edits.add_participants(self.group.currentData(), "paper", self.count.value())
        except ValidationError as exc:
            self.show_message(str(exc), True)
            return []
        self.model.reload()
        first = created[0].id
        for row, part in enumerate(self.model.participants):
            if part.id == first:
                self.view.setCurrentIndex(self.model.index(row, 0))
                break
        self.view.setFocus()
        codes = f"{created[0].code}–{created[-1].code}" if len(created) > 1 else created[0].code
        self.show_message(self.tr("Added %1. Type the ballots in.").replace("%1", codes), False)
        return created

    def select(self, participant_id: str, item_key: str) -> None:
        """Put the cursor on one cell (used by the console and tests)."""
        for row, part in enumerate(self.model.participants):
            if part.id == participant_id:
                col = self.controller.instrument.item_keys.index(item_key)
                self.view.setCurrentIndex(self.model.index(row, col))
                return
