"""A chart's text equivalent as a table widget that follows the chart.

Screen-reader users and anyone who prefers numbers get exactly what the
chart shows: the chart publishes its table with every update and this widget
redraws from it. Cells are plain items, so group names stay data.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from pe_desktop.charts.base import ChartView


class ChartTable(QTableWidget):
    """Read-only table of ``chart.table_header()`` / ``chart.table_rows()``, updated on ``chart.updated``."""

    def __init__(self, chart: ChartView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chart = chart
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        # Sized once per refresh (see refresh), not per cell: ResizeToContents
        # measured every column again for each cell set, which with a trend of
        # 150 sessions (150 columns) made one refresh take seconds.
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setAccessibleName(self.tr("{0} as a table").format(chart.accessibleName()))
        self._dirty = True
        chart.updated.connect(self._chart_updated)
        self.refresh()

    def _chart_updated(self) -> None:
        """Rebuild now if on screen; otherwise when shown (a hidden table costs nothing per vote)."""
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self._dirty:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Fill the cells from the chart, then size the columns to their contents once."""
        self._dirty = False
        header = self._chart.table_header()
        rows = self._chart.table_rows()
        self.setUpdatesEnabled(False)
        try:
            self.setColumnCount(len(header))
            # A mixed room's "Score / Puntaje" on two lines: the columns stay as narrow as one language's.
            self.setHorizontalHeaderLabels([text.replace(" / ", "\n") for text in header])
            self.setRowCount(len(rows))
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    item = QTableWidgetItem(text)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    self.setItem(r, c, item)
            self.resizeColumnsToContents()
        finally:
            self.setUpdatesEnabled(True)
        self.setAccessibleDescription(self._chart.description())
