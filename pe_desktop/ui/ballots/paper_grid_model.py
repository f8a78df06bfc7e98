"""The paper-ballot grid's table model: the paper participants' ratings in the current round.

Rows are ballots, columns are items; a cell shows the value, "?" for "not
sure", or nothing. The model only reads (through the session controller);
typing into the grid is :class:`~pe_desktop.ui.ballots.paper_grid.PaperGridView`'s job.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from pe_desktop.core.vocab import Channel
from pe_desktop.store.records import Participant
from pe_desktop.ui.controller import SessionController

UNSURE_MARK = "?"
Index = QModelIndex | QPersistentModelIndex


class PaperGridModel(QAbstractTableModel):
    """Ratings of the paper participants in the current round; rows = ballots, columns = items."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.archive = controller.archive
        self.items = controller.instrument.items
        self.participants: list[Participant] = []
        self.values: dict[tuple[str, str], int | None] = {}
        self.reload()

    # --------------------------------------------------------------- data
    def reload(self) -> None:
        """Re-read ballots and ratings (participants were added or removed, or the round changed)."""
        self.beginResetModel()
        self.participants = self.archive.participants(self.controller.session_id, Channel.PAPER)
        self.values = self._read_values()
        self.endResetModel()

    def refresh_values(self) -> None:
        """Re-read ratings only; repaint the cells that changed (keeps the cursor where it is)."""
        values = self._read_values()
        if values == self.values:
            return
        changed = {k for k in values.keys() | self.values.keys() if values.get(k, 0) != self.values.get(k, 0)}
        self.values = values
        rows = {p.id: i for i, p in enumerate(self.participants)}
        cols = {item.key: j for j, item in enumerate(self.items)}
        for pid, key in changed:
            if pid in rows and key in cols:
                index = self.index(rows[pid], cols[key])
                self.dataChanged.emit(index, index)

    def _read_values(self) -> dict[tuple[str, str], int | None]:
        return self.archive.channel_values(self.controller.session_id, self.controller.round, Channel.PAPER)

    def participant(self, row: int) -> Participant:
        return self.participants[row]

    def item_key(self, column: int) -> str:
        return self.items[column].key

    def has_value(self, row: int, column: int) -> bool:
        return (self.participants[row].id, self.items[column].key) in self.values

    def value(self, row: int, column: int) -> int | None:
        return self.values.get((self.participants[row].id, self.items[column].key))

    def row_label(self, row: int) -> str:
        part = self.participants[row]
        return f"{part.code} · {part.group_name}" if part.group_name else part.code

    # -------------------------------------------------------------- Qt API
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.participants)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        present = self.has_value(row, col)
        value = self.value(row, col)
        if role == Qt.ItemDataRole.DisplayRole:
            if not present:
                return ""
            return UNSURE_MARK if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            scale = self.controller.instrument.scale
            what = self.tr("empty") if not present else scale.label(value) if value is not None else self.tr("Not sure")
            if present and value is not None and scale.label(value) != str(value):
                what = f"{value} ({scale.label(value)})"
            return f"{self.row_label(row)}, {self.items[col].title}: {what}"
        if role == Qt.ItemDataRole.BackgroundRole and present and value is None:
            return QColor("#EEEEEE")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.items):
                item = self.items[section]
                return item.question if role == Qt.ItemDataRole.ToolTipRole else item.title
            return None
        if 0 <= section < len(self.participants):
            return self.row_label(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
