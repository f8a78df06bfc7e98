"""Round shift: per item an arrow from the round 1 median to the round 2 median.

After the discussion the room re-rates; the arrow shows which way each
attribute moved and the text beside it says by how much, and whether
agreement grew (rwg change).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QWidget

from pe_desktop.charts import data, style
from pe_desktop.charts.base import Words
from pe_desktop.charts.rows import ItemRowsChart
from pe_desktop.core.instruments import Instrument

ROUND1 = ("#FFFFFF", "circle")
ROUND2 = ("#0072B2", "circle")


def _head(direction: int) -> QPainterPath:
    """An arrow head whose tip is at the point (pyqtgraph centres other symbols on it)."""
    path = QPainterPath()
    path.moveTo(0, 0)
    path.lineTo(-0.9 * direction, -0.45)
    path.lineTo(-0.9 * direction, 0.45)
    path.closeSubpath()
    return path


HEAD_RIGHT = _head(1)
HEAD_LEFT = _head(-1)


class RoundShiftChart(ItemRowsChart):
    """Arrows of all items; :meth:`set_rounds` takes the item summaries of rounds 1 and 2."""

    def __init__(self, instrument: Instrument, parent: QWidget | None = None,
                 words: Words | None = None) -> None:
        super().__init__(instrument, right_margin=2.2, parent=parent, words=words)
        self._lines = pg.PlotDataItem(x=[], y=[], connect="pairs", pen=style.pen(ROUND2[0], 5))
        self._heads = pg.ScatterPlotItem(
            pxMode=True, antialias=True, brush=style.brush(ROUND2[0]), pen=style.pen(ROUND2[0], 1)
        )
        self._first = pg.ScatterPlotItem(
            pxMode=True, antialias=True, symbol="o", brush=style.brush(ROUND1[0]), pen=style.pen(style.INK, 3),
        )
        for item in (self._lines, self._heads, self._first):
            self.plot.addItem(item)
        self._texts: list[pg.TextItem] = []
        for y in self.ys:
            text = pg.TextItem(color=style.INK, anchor=(0.0, 0.5))
            text.setPos(self.scale.max + 0.15, y)
            text.setFont(style.font(self._tick_px))
            self.plot.addItem(text)
            self._texts.append(text)
        self._shift_rows: list[data.ShiftRow] = []
        self._retranslate()

    def set_rounds(
        self, round1: Sequence[Mapping[str, Any]], round2: Sequence[Mapping[str, Any]], shown: set[str] | None = None,
    ) -> None:
        """Draw the shift per item; round 2 results of items outside ``shown`` are left out."""
        second = [it for it in round2 if shown is None or str(it["key"]) in shown]
        by_key = {str(it["key"]): it for it in round1}
        first = [by_key.get(k, {"key": k, "n": 0, "median": None, "rwg": None}) for k in self.keys]
        rows = data.shift_rows(first, second)
        self._shift_rows = rows
        fx: list[float] = []
        fy: list[float] = []
        lx: list[float] = []
        ly: list[float] = []
        hx: list[float] = []
        hy: list[float] = []
        hs: list[QPainterPath | str] = []  # arrow heads, or "o" where nothing moved
        for row, y in zip(rows, self.ys, strict=True):
            if row.median1 is not None:
                fx.append(row.median1)
                fy.append(y)
            if row.median1 is not None and row.median2 is not None:
                lx += [row.median1, row.median2]
                ly += [y, y]
                hx.append(row.median2)
                hy.append(y)
                if row.median2 > row.median1:
                    hs.append(HEAD_RIGHT)
                elif row.median2 < row.median1:
                    hs.append(HEAD_LEFT)
                else:
                    hs.append("o")
            elif row.median2 is not None:
                hx.append(row.median2)
                hy.append(y)
                hs.append("o")
        self._lines.setData(x=np.array(lx), y=np.array(ly), connect="pairs")
        size = self._tick_px * 1.3
        self._first.setData(x=fx, y=fy, size=size)
        self._heads.setData(x=hx, y=hy, symbol=hs, size=size * 1.4)
        for text, row in zip(self._texts, rows, strict=True):
            text.setText(self._shift_text(row))
        self.fit_right_texts()
        self._publish_text(rows)

    @staticmethod
    def _signed(value: float | None, digits: int = 1) -> str:
        if value is None:
            return "–"
        return ("+" if value > 0 else "") + data.fmt(value, digits)

    def _shift_text(self, row: data.ShiftRow) -> str:
        """What moved, in words the room reads (no rwg on the big screen; the table keeps the figures)."""
        if row.median_shift is None:
            return ""
        if row.median_shift > 0:
            text = self.word("up {0}", mark=True).format(data.fmt(row.median_shift))
        elif row.median_shift < 0:
            text = self.word("down {0}", mark=True).format(data.fmt(-row.median_shift))
        else:
            text = self.word("no change", mark=True)
        return text

    def _publish_text(self, rows: list[data.ShiftRow]) -> None:
        header = [
            self.word("Item"), self.word("Median round 1"), self.word("Median round 2"), self.word("Median shift"),
            self.word("Agreement (rwg) round 1"), self.word("Agreement (rwg) round 2"), self.word("Agreement shift"),
        ]
        table = [
            [self.title(r.key), data.fmt(r.median1), data.fmt(r.median2), self._signed(r.median_shift),
             data.fmt(r.rwg1, 2), data.fmt(r.rwg2, 2), self._signed(r.rwg_shift, 2)]
            for r in rows
        ]
        parts = [
            self.word("{0}: median {1} to {2}").format(self.title(r.key), data.fmt(r.median1), data.fmt(r.median2))
            for r in rows if r.median_shift is not None
        ]
        if not parts:
            parts = [self.word("no item has results in both rounds yet")]
        self._publish(header, table, self.word("Shift between rounds: ") + "; ".join(parts))

    def _text_px_changed(self, px: int) -> None:
        super()._text_px_changed(px)
        for text in self._texts:
            text.setFont(style.font(px))
        self._first.setSize(px * 1.3)
        self._heads.setSize(px * 1.3 * 1.4)

    def _right_texts(self) -> list[pg.TextItem]:
        return self._texts

    def _retranslate(self) -> None:
        super()._retranslate()
        self.set_name(self.word("Round shift"))
        # "Round 1", not "Round 1 median": the marks say where; short enough for a mixed room's
        # two languages on one line at the back-row size.
        self.legend.set_entries([(self.word("Round 1"), *ROUND1), (self.word("Round 2"), ROUND2[0], "t2")])

    @property
    def shift_rows(self) -> list[data.ShiftRow]:
        """Per item (form order), the round 1 and round 2 medians and agreement the arrows are drawn from."""
        return list(self._shift_rows)
