"""The item navigator: every attribute with its voting state and how many rated.

The facilitator's map of the session. Selecting a row makes it the current
item, which the projector and the other panels follow. State is written as
words and tinted, so it does not rely on colour alone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
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
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == 0:
                return str(index.row() + 1)
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
        if role == Qt.ItemDataRole.FontRole and state == ItemState.OPEN and col == 2:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("#"), self.tr("Item"), self.tr("State"), self.tr("Rated")][section]
        return None


class ItemNavigator(QTableView):
    """The navigator view; keeps its selection and the controller's current item in step."""

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
            self, self.tr("Items"), self.tr("Attributes of the instrument with their voting state and how many rated")
        )
        self.selectionModel().currentRowChanged.connect(self._row_changed)
        controller.currentItemChanged.connect(self.show_item)
        controller.itemStatesChanged.connect(self.items_model.refresh)
        controller.refreshed.connect(self.items_model.refresh)
        controller.roundChanged.connect(lambda _r: self.items_model.refresh())
        self.show_item(controller.current_item)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.controller.set_current_item(self.items_model.key(current.row()))

    def show_item(self, key: str) -> None:
        row = self.items_model.row_of(key)
        if self.currentIndex().row() != row:
            self.selectionModel().setCurrentIndex(
                self.items_model.index(row, 1),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
