"""Overview of all items: diverging stacked bars, one row per item.

Low scores extend left of the centre line and high scores right, so the room
sees at a glance which attributes lean to concern and which to strength.
One BarGraphItem per scale point, built once; updates only move the bars.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from pe_desktop.charts import data, style
from pe_desktop.charts.base import ChartView, Words
from pe_desktop.core.instruments import Instrument
from pe_desktop.core.palette import MARK_OUTLINE, diverging

BAR_HEIGHT = 0.7
#: Where the per-item count is written, right of the +100 % edge.
COUNT_X = 104.0


class DivergingBarsChart(ChartView):
    """All items of an instrument as diverging stacked bars (percent of numeric ratings)."""

    def __init__(self, instrument: Instrument, parent: QWidget | None = None,
                 words: Words | None = None) -> None:
        super().__init__(parent, words)
        self.set_name(self.word("All items"))
        self.instrument = instrument
        self.scale = instrument.scale
        self._keys = list(instrument.item_keys)
        n_items = len(self._keys)
        self._ys = np.array([n_items - 1 - i for i in range(n_items)], dtype=float)
        points = list(self.scale.points)
        self._colours = diverging(len(points))
        zeros = np.zeros(n_items)
        self._bars: dict[int, pg.BarGraphItem] = {}
        for point, colour in zip(points, self._colours, strict=True):
            bar = pg.BarGraphItem(
                x0=zeros, width=zeros, y=self._ys, height=BAR_HEIGHT,
                brush=style.brush(colour), pen=style.pen(MARK_OUTLINE, 1.5),
            )
            self._bars[point] = bar
            self.plot.addItem(bar)
        self._centre = pg.InfiniteLine(pos=0, angle=90, movable=False, pen=style.pen(style.INK, 2))
        self.plot.addItem(self._centre)
        self._counts: list[pg.TextItem] = []
        for y in self._ys:
            text = pg.TextItem(color=style.INK, anchor=(0.0, 0.5))
            text.setPos(COUNT_X, y)
            text.setFont(style.font(self._tick_px))
            self.plot.addItem(text)
            self._counts.append(text)
        self.plot.setXRange(-112, 128, padding=0)
        self.plot.getViewBox().sigResized.connect(self._fit_counts)
        self.plot.setYRange(-0.6, n_items - 0.4, padding=0)
        self._first_row, self._row_count = 0, n_items
        self._title_width = 0
        self._label_ticks()
        self.set_ticks("bottom", [(x, f"{abs(x)} %") for x in (-100, -50, 0, 50, 100)])
        self.legend.set_entries(
            [(self._point_label(p), c, "square") for p, c in zip(points, self._colours, strict=True)]
        )
        self._segments: list[data.BarSegment] = []
        self._shown: list[bool] = [False] * n_items
        self._size_axis()

    def _size_axis(self) -> None:
        """The left axis as wide as the longest (wrapped) item title."""
        metrics = QFontMetrics(style.font(self._tick_px))
        widest = 0
        for _y, text in self._ticks.get("left", []):
            widest = max([widest, *(metrics.horizontalAdvance(line) for line in text.split("\n"))])
        self.plot.getAxis("left").setWidth(widest + self._tick_px)

    def _label_ticks(self) -> None:
        titles = [self.instrument.item(k).title for k in self._keys]
        if self._title_width > 0:
            titles = [style.wrap_words(t, QFontMetrics(style.font(self._tick_px)).horizontalAdvance, self._title_width)
                      for t in titles]
        self.set_ticks("left", list(zip(self._ys, titles, strict=False)))

    def set_title_width(self, pixels: int) -> None:
        """Wrap item titles to this width (0: one line each), so a long title never runs off the screen."""
        if pixels != self._title_width:
            self._title_width = max(0, int(pixels))
            self._label_ticks()
            self._size_axis()

    def title_lines(self) -> int:
        """The most lines any (wrapped) item title takes: the projector's rows per page depend on it."""
        return max((text.count("\n") + 1 for _, text in self.ticks.get("left", [])), default=1)

    def show_rows(self, first: int, count: int) -> None:
        """Show only rows ``first`` .. ``first + count - 1`` (a page of a long form), at full size."""
        n_items = len(self._keys)
        self._first_row = max(0, min(first, max(0, n_items - 1)))
        self._row_count = max(1, count)
        top = n_items - 1 - self._first_row
        bottom = top - self._row_count + 1
        self.plot.setYRange(bottom - 0.6, top + 0.4, padding=0)

    def visible_keys(self) -> list[str]:
        """Item keys of the rows on show (the current page)."""
        return self._keys[self._first_row : self._first_row + self._row_count]

    def _point_label(self, point: int) -> str:
        label = self.scale.labels.get(point)
        return f"{point} {label}" if label else str(point)

    def set_items(self, items: Sequence[Mapping[str, Any]], shown: set[str] | None = None) -> None:
        """Draw the item summaries (instrument order); items not in ``shown`` keep an empty row.

        ``shown`` lets the projector leave out items whose results have not
        been revealed yet (None shows all).
        """
        by_key = {str(it["key"]): it for it in items}
        ordered: list[Mapping[str, Any]] = []
        for key in self._keys:
            it = by_key.get(key)
            if it is None or (shown is not None and key not in shown):
                ordered.append({"key": key, "counts": {}, "n": 0, "unsure": 0, "hidden": True})
            else:
                ordered.append(it)
        segments = data.bar_segments(ordered, self.scale.min, self.scale.max)
        self._segments = segments
        self._shown = [not it.get("hidden") for it in ordered]
        for point, bar in self._bars.items():
            mine = [s for s in segments if s.point == point]
            bar.setOpts(
                x0=np.array([s.left for s in mine]), width=np.array([s.width for s in mine]), y=self._ys,
                height=BAR_HEIGHT,
            )
        for text, it, shown_row in zip(self._counts, ordered, self._shown, strict=True):
            text.setText(self.word("n = {0}", mark=True).format(it.get("n", 0)) if shown_row
                         else self.word("not shown yet", mark=True))
        self._fit_counts()
        self._publish_text(ordered)

    def _publish_text(self, ordered: list[Mapping[str, Any]]) -> None:
        points = list(self.scale.points)
        header = [self.word("Item"), *(self._point_label(p) for p in points), self.word("Not sure"), self.word("n")]
        rows = []
        parts = []
        for it, shown in zip(ordered, self._shown, strict=True):
            title = self.instrument.item(str(it["key"])).title
            if not shown:
                rows.append([title, *([""] * len(points)), "", self.word("not shown yet")])
                continue
            mine = [s for s in self._segments if s.key == it["key"]]
            rows.append(
                [
                    title,
                    *(f"{s.count} ({data.fmt(s.width, 0)} %)" for s in mine),
                    str(it.get("unsure", 0)),
                    str(it.get("n", 0)),
                ]
            )
            low = sum(s.width for s in mine if s.point < (self.scale.min + self.scale.max) / 2)
            high = sum(s.width for s in mine if s.point > (self.scale.min + self.scale.max) / 2)
            parts.append(
                self.word("{0}: {1} % low, {2} % high, n {3}").format(
                    title, data.fmt(low, 0), data.fmt(high, 0), it.get("n", 0)
                )
            )
        description = self.word("Share of ratings per scale point for each item. ") + "; ".join(parts)
        self._publish(header, rows, description)

    def _fit_counts(self, *_: object) -> None:
        style.fit_right(self.plot, -112, COUNT_X - 1, self._counts, self._tick_px)

    def _text_px_changed(self, px: int) -> None:
        self._label_ticks()
        self._size_axis()
        self._fit_counts()
        for text in self._counts:
            text.setFont(style.font(px))

    def set_instrument(self, instrument: Instrument) -> None:
        """The form in another language (the session's language was edited): titles and legend anew."""
        self.instrument, self.scale = instrument, instrument.scale
        self._label_ticks()
        self._size_axis()
        self._retranslate()

    def _retranslate(self) -> None:
        self.set_name(self.word("All items"))
        self.legend.set_entries([(self._point_label(p), c, "square")
                                 for p, c in zip(self.scale.points, self._colours, strict=True)])

    # ------------------------------------------------------------- what is drawn
    @property
    def segments(self) -> list[data.BarSegment]:
        """Every bar segment as drawn (item row, scale point, left edge, width in %, count)."""
        return list(self._segments)

    @property
    def shown_rows(self) -> list[bool]:
        """Per item (form order), whether its bars are shown or its row waits for the reveal."""
        return list(self._shown)
