"""The item navigator: every attribute with its voting state and how many rated.

The facilitator's map of the session. Moving through the rows (arrows, Home,
End) only chooses a row; Enter or a click makes it the current item, which
the projector and the other panels follow — so looking ahead never changes
what the room sees or what F6/F8 act on (issue 11). The current item is
marked "▶" and bold. State is written as words and tinted, so it does not
rely on colour alone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from pe_desktop.core.vocab import ItemState
from pe_desktop.ui.controller import SessionController
from pe_desktop.ui.widgets.common import STATE_BACKGROUND, accessible, state_text

Index = QModelIndex | QPersistentModelIndex


class ItemsModel(QAbstractTableModel):
    """Rows = items of the instrument; columns = #, item, state, rated."""

    COLUMNS = ("#", "Item", "State", "Rated")

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.items = controller.instrument.items
        self.states: dict[str, ItemState] = {}
        self.counts: dict[str, int] = {}
        self.refresh()

    def refresh(self) -> None:
        """Re-read states and counts; repaint only if something changed."""
        states = self.controller.item_states()
        counts = self.controller.rating_counts()
        if states == self.states and counts == self.counts:
            return
        self.states, self.counts = states, counts
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, len(self.COLUMNS) - 1))

    def mark_current(self) -> None:
        """The current item changed: repaint the "▶" marks."""
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, len(self.COLUMNS) - 1))

    def key(self, row: int) -> str:
        return self.items[row].key

    def row_of(self, key: str) -> int:
        return self.controller.instrument.item_keys.index(key)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        state = self.states.get(item.key, "pending")
        col = index.column()
        current = item.key == self.controller.current_item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == 0:
                return f"▶ {index.row() + 1}" if current else str(index.row() + 1)
            if col == 1:
                return item.title
            if col == 2:
                return state_text(state)
            return str(self.counts.get(item.key, 0))
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.question
        if role == Qt.ItemDataRole.BackgroundRole and STATE_BACKGROUND.get(state):
            return QColor(STATE_BACKGROUND[state])
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 3):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and (current or (state == ItemState.OPEN and col == 2)):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("#"), self.tr("Item"), self.tr("State"), self.tr("Rated")][section]
        return None


class ItemNavigator(QTableView):
    """The navigator view: arrows choose a row, Enter or a click makes it current (see the module docstring)."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.items_model = ItemsModel(controller, self)
        self.setModel(self.items_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.setWordWrap(False)
        self.setAlternatingRowColors(False)
        accessible(
            self, self.tr("Items"),
            self.tr("Attributes of the instrument with their voting state and how many rated. "
                    "Arrows choose an item; Enter shows it."),
        )
        self.activated.connect(self._make_current)
        self.clicked.connect(self._make_current)
        controller.currentItemChanged.connect(self.show_item)
        controller.currentItemChanged.connect(lambda _key: self.items_model.mark_current())
        controller.itemStatesChanged.connect(self.items_model.refresh)
        controller.refreshed.connect(self.items_model.refresh)
        controller.roundChanged.connect(lambda _r: self.items_model.refresh())
        self.show_item(controller.current_item)

    def chosen_item(self) -> str | None:
        """The item of the chosen row (not yet current until Enter), or None."""
        index = self.currentIndex()
        return self.items_model.key(index.row()) if index.isValid() else None

    def show_chosen(self) -> None:
        """Make the chosen row the current item (what Enter does)."""
        key = self.chosen_item()
        if key is not None:
            self.controller.set_current_item(key)

    def _make_current(self, index: QModelIndex) -> None:
        if index.isValid():
            self.controller.set_current_item(self.items_model.key(index.row()))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter (or Space) makes the chosen row current; the event is not passed on to the window."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            self.show_chosen()
            event.accept()
            return
        super().keyPressEvent(event)

    def show_item(self, key: str) -> None:
        row = self.items_model.row_of(key)
        if self.currentIndex().row() != row:
            self.selectionModel().setCurrentIndex(
                self.items_model.index(row, 1),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
