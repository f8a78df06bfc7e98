"""Trend across sessions: each item's median, session by session.

Input is the object ``pe-desktop trend --json`` prints
(``{"sessions": [{"id", "title", "held_on", "items": {key: {"median", "rwg", "n"}}}]}``),
so the organization sees whether an attribute improved over the years. An
item missing from a session is a gap in its line, never a zero.

Medians are whole or half points, so two items often have the same median
in every session, and their lines would be drawn one exactly over the other:
the room would see one line where there are two. Each item's line is
therefore shifted a little (:func:`dodge`, at most 0.15 of a session and of a
scale point) by moving the line item, not its data, so the table, the
description and :attr:`TrendChart.trend` keep the true values.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from pe_desktop.charts import data, style
from pe_desktop.charts.base import ChartView, Words
from pe_desktop.core.instruments import Scale
from pe_desktop.core.palette import group_style, line_colour

#: Largest gap between neighbouring items' lines, in sessions (x) and in scale points (y).
DODGE_STEP = (0.06, 0.05)
#: Largest distance between the first and the last item's line, in both directions.
DODGE_SPAN = 0.3


def dodge(index: int, count: int) -> tuple[float, float]:
    """Where the ``index``-th of ``count`` lines is drawn, relative to its true place.

    Centred on zero and evenly spaced, so the lines together still sit on
    their values; the spacing shrinks with many items (22 in one form) to
    stay within :data:`DODGE_SPAN`.
    """
    if count < 2:
        return 0.0, 0.0
    centred = index - (count - 1) / 2
    step_x, step_y = (min(step, DODGE_SPAN / (count - 1)) for step in DODGE_STEP)
    return centred * step_x, centred * step_y


class TrendChart(ChartView):
    """Median per item over sessions; lines are created when the set of items changes, then updated."""

    def __init__(self, scale: Scale, titles: Mapping[str, str] | None = None, parent: QWidget | None = None,
                 words: Words | None = None) -> None:
        super().__init__(parent, words)
        self.set_name(self.word("Trend across sessions"))
        self.scale = scale
        self.titles = dict(titles or {})
        self._lines: dict[str, pg.PlotDataItem] = {}
        self._trend = data.TrendData((), (), {})
        self.plot.setYRange(scale.min - 0.3, scale.max + 0.3, padding=0)
        self.plot.setXRange(-0.5, 0.5, padding=0)
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.set_ticks("left", [(v, str(v)) for v in scale.points])

    def title(self, key: str) -> str:
        return self.titles.get(key, key)

    def set_trend(self, trend: Mapping[str, Any]) -> None:
        """Draw a ``trend --json`` object."""
        td = data.trend_data(trend)
        self._trend = td
        keys = list(td.series)
        if keys != list(self._lines):
            for line in self._lines.values():
                self.plot.removeItem(line)
            self._lines = {}
            for i, key in enumerate(keys):
                colour, shape = group_style(i)
                line = pg.PlotDataItem(
                    x=[], y=[], pen=style.pen(line_colour(colour), 4), symbol=style.symbol(shape), symbolBrush=style.brush(colour),
                    symbolPen=style.pen(style.INK, 1.2), symbolSize=self._tick_px, connect="finite", antialias=True,
                )
                line.setPos(*dodge(i, len(keys)))
                self.plot.addItem(line)
                self._lines[key] = line
            self.legend.set_entries([(self.title(k), *group_style(i)) for i, k in enumerate(keys)])
        xs = np.arange(len(td.session_ids), dtype=float)
        for key, line in self._lines.items():
            ys = np.array([np.nan if v is None else v for v in td.series[key]], dtype=float)
            line.setData(x=xs, y=ys, connect="finite")
        self.plot.setXRange(-0.5, max(0.5, len(xs) - 0.5), padding=0)
        self.set_ticks("bottom", [(float(i), label) for i, label in enumerate(td.session_labels)])
        self._publish_text(td)

    def _publish_text(self, td: data.TrendData) -> None:
        header = [self.word("Item"), *td.session_labels]
        rows = [[self.title(k), *(data.fmt(v) for v in values)] for k, values in td.series.items()]
        parts = []
        for k, values in td.series.items():
            known = [v for v in values if v is not None]
            if known:
                parts.append(
                    self.word("{0}: median {1} first, {2} last").format(
                        self.title(k), data.fmt(known[0]), data.fmt(known[-1])
                    )
                )
        description = self.word("Median per item over {0} sessions. ").format(len(td.session_ids)) + "; ".join(parts)
        self._publish(header, rows, description)

    def _text_px_changed(self, px: int) -> None:
        for line in self._lines.values():
            line.setSymbolSize(px)

    @property
    def trend(self) -> data.TrendData:
        """The sessions and each item's true medians (None: a gap) the lines are drawn from."""
        return self._trend

    @property
    def lines(self) -> dict[str, pg.PlotDataItem]:
        """Each item's line, by item key; its ``pos()`` is how far it is shifted from its true place (:func:`dodge`)."""
        return dict(self._lines)
