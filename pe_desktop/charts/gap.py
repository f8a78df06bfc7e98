"""Power gap per item: a dumbbell from the community-side mean to the institution-side mean.

The gap between how community-positioned and institution-positioned groups
rate an attribute is a first-class result (docs/design.md §1). Only shown groups
enter either mean (same rule as core.stats ``power_gap``), so a suppressed
group cannot be read off a dumbbell end; an item without a defined gap has
no dumbbell.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from pe_desktop.charts import data, style
from pe_desktop.charts.base import Words
from pe_desktop.charts.rows import ItemRowsChart
from pe_desktop.core.instruments import Instrument

COMMUNITY = ("#D55E00", "circle")
INSTITUTION = ("#0072B2", "square")


class PowerGapChart(ItemRowsChart):
    """Dumbbells of all items; :meth:`set_items` takes core.stats item summaries."""

    def __init__(self, instrument: Instrument, parent: QWidget | None = None,
                 words: Words | None = None) -> None:
        super().__init__(instrument, right_margin=1.1, parent=parent, words=words)
        self._lines = pg.PlotDataItem(x=[], y=[], connect="pairs", pen=style.pen(style.INK, 4))
        self._community = pg.ScatterPlotItem(
            pxMode=True, antialias=True, symbol=style.symbol(COMMUNITY[1]), brush=style.brush(COMMUNITY[0]),
            pen=style.pen(style.INK, 1.2),
        )
        self._institution = pg.ScatterPlotItem(
            pxMode=True, antialias=True, symbol=style.symbol(INSTITUTION[1]), brush=style.brush(INSTITUTION[0]),
            pen=style.pen(style.INK, 1.2),
        )
        for item in (self._lines, self._community, self._institution):
            self.plot.addItem(item)
        self._gap_texts: list[pg.TextItem] = []
        for y in self.ys:
            text = pg.TextItem(color=style.INK, anchor=(0.0, 0.5))
            text.setPos(self.scale.max + 0.15, y)
            text.setFont(style.font(self._tick_px))
            self.plot.addItem(text)
            self._gap_texts.append(text)
        self._gap_rows: list[data.GapRow] = []
        self._retranslate()

    def set_items(self, items: Sequence[Mapping[str, Any]], shown: set[str] | None = None) -> None:
        """Draw the gaps of the item summaries; items outside ``shown`` get no dumbbell."""
        by_key = {str(it["key"]): it for it in items}
        ordered = [
            by_key[k] if k in by_key and (shown is None or k in shown) else {"key": k, "power_gap": None, "groups": []}
            for k in self.keys
        ]
        rows = data.power_gap_rows(ordered)
        self._gap_rows = rows
        xs: list[float] = []
        ys: list[float] = []
        cx, cy, ix, iy = [], [], [], []
        for row, y in zip(rows, self.ys, strict=True):
            if row.community is None or row.institution is None:
                continue
            xs += [row.community, row.institution]
            ys += [y, y]
            cx.append(row.community)
            cy.append(y)
            ix.append(row.institution)
            iy.append(y)
        self._lines.setData(x=np.array(xs), y=np.array(ys), connect="pairs")
        size = self._tick_px * 1.3
        self._community.setData(x=cx, y=cy, size=size)
        self._institution.setData(x=ix, y=iy, size=size)
        for text, row in zip(self._gap_texts, rows, strict=True):
            text.setText(self.word("gap {0}", mark=True).format(data.fmt(row.gap)) if row.gap is not None else "")
        self.fit_right_texts()
        self._publish_text(rows)

    def _publish_text(self, rows: list[data.GapRow]) -> None:
        header = [self.word("Item"), self.word("Community mean"), self.word("Institution mean"), self.word("Power gap")]
        table = [[self.title(r.key), data.fmt(r.community), data.fmt(r.institution), data.fmt(r.gap)] for r in rows]
        parts = [
            self.word("{0}: community {1}, institutions {2}, gap {3}").format(
                self.title(r.key), data.fmt(r.community), data.fmt(r.institution), data.fmt(r.gap))
            for r in rows if r.gap is not None
        ]
        if not parts:
            parts = [self.word("no item has both community and institution groups large enough to show")]
        self._publish(header, table, self.word("Power gap, community minus institution mean: ") + "; ".join(parts))

    def _text_px_changed(self, px: int) -> None:
        super()._text_px_changed(px)
        for text in self._gap_texts:
            text.setFont(style.font(px))
        for scatter in (self._community, self._institution):
            scatter.setSize(px * 1.3)

    def _right_texts(self) -> list[pg.TextItem]:
        return self._gap_texts

    def _retranslate(self) -> None:
        super()._retranslate()
        self.set_name(self.word("Power gap"))
        self.legend.set_entries([
            (self.word("Community groups"), *COMMUNITY),
            (self.word("Institution groups"), *INSTITUTION),
        ])

    @property
    def gap_rows(self) -> list[data.GapRow]:
        """Per item (form order), the pooled community and institution means the dumbbells are drawn from."""
        return list(self._gap_rows)
