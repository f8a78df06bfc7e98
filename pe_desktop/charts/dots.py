"""Score spread of one item: one dot per rating, coloured and shaped by group, with median and IQR.

The dots are a stacked dot plot over the scale points (the readable form of a
beeswarm on a 1–5 scale). Layout and colours come from
:mod:`pe_desktop.charts.data`, so suppressed groups are already neutral
"other" dots before anything is drawn.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from pe_desktop.charts import data, style
from pe_desktop.charts.base import ChartView, Words
from pe_desktop.charts.style import AGREEMENT
from pe_desktop.core.instruments import Scale
from pe_desktop.core.stats import GroupDef, RatingRow

#: The y range never shrinks below this many dot rows, so three dots are not giant.
MIN_ROWS = 8
#: Largest dot, as a share of the plot height.
MAX_DOT = 0.075


class DotChart(ChartView):
    """One item's distribution. Call :meth:`set_item`; items are built once and updated in place."""

    def __init__(self, scale: Scale, parent: QWidget | None = None, words: Words | None = None) -> None:
        super().__init__(parent, words)
        self.set_name(self.word("Score spread"))
        self.scale = scale
        self.plot.hideAxis("left")
        self.plot.setXRange(scale.min - 0.5, scale.max + 0.5, padding=0)
        self.plot.setYRange(0, MIN_ROWS, padding=0)
        self.plot.showGrid(x=False, y=False)
        self.set_ticks("bottom", [(v, self._tick_text(v)) for v in scale.points])
        self._size_axis()

        self._band = pg.LinearRegionItem(
            values=(scale.min, scale.min), orientation="vertical", movable=False,
            brush=pg.mkBrush(*style.BAND), pen=style.pen(style.BAND_EDGE, 3),
        )
        self._band.setZValue(-10)
        self._median = pg.InfiniteLine(angle=90, movable=False, pen=style.pen(style.INK, 5))
        self._median.setZValue(-5)
        self._median_label = pg.TextItem(color=style.INK, anchor=(0.5, 0.0), fill=style.brush(style.PAPER))
        self._median_label.setFont(style.font(self._tick_px, bold=True))
        self._scatter = pg.ScatterPlotItem(pxMode=True, antialias=True)
        for item in (self._band, self._median, self._scatter, self._median_label):
            self.plot.addItem(item)
        self._set_stats_visible(False)

        self._inputs: tuple[str, str, list[RatingRow], list[GroupDef], dict[str, Any]] | None = None
        self._swarm: data.Swarm | None = None
        self._item: dict[str, Any] = {}
        self.plot.getViewBox().sigResized.connect(self._relayout)

    def _tick_text(self, value: int) -> str:
        label = self.scale.labels.get(value)
        return f"{value}\n{label}" if label else str(value)

    # ----------------------------------------------------------------- update
    def set_item(
        self,
        key: str,
        title: str,
        rows: Sequence[RatingRow],
        groups: Sequence[GroupDef],
        item: Mapping[str, Any],
    ) -> None:
        """Show ``item`` (a core.stats item summary) with the round's ``rows`` (other items' rows are ignored)."""
        self._inputs = (key, title, [r for r in rows if r.item_key == key], list(groups), dict(item))
        self._item = dict(item)
        self._relayout()

    def clear(self) -> None:
        self._inputs = None
        self._swarm = None
        self._item = {}
        self._scatter.setData(x=[], y=[])
        self._set_stats_visible(False)
        self.legend.set_entries([])
        self._publish([], [], "")

    def _viewbox_px(self) -> tuple[float, float]:
        rect = self.plot.getViewBox().boundingRect()
        return max(1.0, rect.width()), max(1.0, rect.height())

    def _fit_ticks(self) -> None:
        """Scale labels wrapped to the width each point has, the axis as tall as they need."""
        width, _ = self._viewbox_px()
        ticks = style.scale_ticks(self.scale.points, self.scale.labels, width, self.scale.max - self.scale.min + 1,
                                  self._tick_px)
        self.set_ticks("bottom", ticks)
        style.fit_bottom_axis(self.plot, ticks, self._tick_px)

    def _relayout(self) -> None:
        """Lay the dots out for the current plot size and copy them into the chart items."""
        self._fit_ticks()
        if self._inputs is None:
            return
        key, title, rows, groups, item = self._inputs
        width, height = self._viewbox_px()
        points = self.scale.max - self.scale.min + 1
        sw = data.swarm(key, rows, groups, item, self.scale.min, self.scale.max, aspect=height / width, max_dot=MAX_DOT)
        self._swarm = sw
        cell_px = width / points * data.STACK_WIDTH / sw.columns
        dot_px = max(4.0, min(cell_px, MAX_DOT * height) * 0.92)
        row_px = dot_px / 0.92
        y_top = max(MIN_ROWS, height / row_px)
        self.plot.setYRange(0, y_top, padding=0)
        self._scatter.setData(
            x=[d.x for d in sw.dots],
            y=[d.y for d in sw.dots],
            brush=[style.brush(d.colour) for d in sw.dots],
            symbol=[style.symbol(d.shape) for d in sw.dots],
            pen=style.pen(style.INK, 1.2),
            size=dot_px,
        )
        median, q1, q3 = item.get("median"), item.get("q1"), item.get("q3")
        if median is not None and q1 is not None and q3 is not None:
            self._band.setRegion((q1, q3))
            self._median.setValue(median)
            self._median_label.setText(self.word("median {0}", mark=True).format(data.fmt(median)))
            self._median_label.setPos(median, y_top)
            self._set_stats_visible(True)
        else:
            self._set_stats_visible(False)
        entries = data.legend_entries(sw.dots)
        self.legend.set_entries([(self._display_label(e.label), e.colour, e.shape) for e in entries])
        self._publish_text(title, sw, entries, item)

    def _set_stats_visible(self, visible: bool) -> None:
        for it in (self._band, self._median, self._median_label):
            it.setVisible(visible)

    def _display_label(self, label: str) -> str:
        return self.word("other") if label == data.OTHER else label

    def _publish_text(
        self, title: str, sw: data.Swarm, entries: list[data.LegendEntry], item: Mapping[str, Any]
    ) -> None:
        labels = [e.label for e in entries]
        header = [self.word("Score"), self.word("Label"), *(self._display_label(x) for x in labels), self.word("All")]
        rows: list[list[str]] = []
        for value in self.scale.points:
            per = [sum(1 for d in sw.dots if d.value == value and d.label == lab) for lab in labels]
            rows.append([str(value), self.scale.labels.get(value, ""), *map(str, per), str(sum(per))])
        if sw.unsure:
            rows.append(["", self.word("Not sure"), *([""] * len(labels)), str(sw.unsure)])
        n = len(sw.dots)
        parts = [self.word("{0}: {1} ratings, {2} not sure.").format(title, n, sw.unsure)]
        if item.get("median") is not None:
            parts.append(
                self.word("Median {0}, IQR {1} to {2}, agreement {3}.").format(
                    data.fmt(item["median"]), data.fmt(item.get("q1")), data.fmt(item.get("q3")),
                    self.word(AGREEMENT.get(str(item.get("agreement")), "–")),
                )
            )
        if entries:
            parts.append(
                self.word("Dots by group: {0}.").format(
                    ", ".join(f"{self._display_label(e.label)} {e.count}" for e in entries)
                )
            )
        self._publish(header, rows, " ".join(parts))

    def _size_axis(self) -> None:
        """Room for two lines of tick text: the number and its label."""
        lines = 2 if self.scale.labels else 1
        self.plot.getAxis("bottom").setHeight(style.axis_height(self._tick_px, lines))

    def _text_px_changed(self, px: int) -> None:
        self._size_axis()
        self._median_label.setFont(style.font(px, bold=True))
        self._relayout()

    def set_scale(self, scale: Scale) -> None:
        """Another language's scale labels (the session's language was edited)."""
        self.scale = scale
        self._relayout()

    def _retranslate(self) -> None:
        self.set_name(self.word("Score spread"))
        self._relayout()

    # ------------------------------------------------------------- what is drawn
    @property
    def swarm(self) -> data.Swarm | None:
        """The dots as laid out for the current plot size (the scatter is drawn from them)."""
        return self._swarm

    @property
    def summary(self) -> dict[str, Any]:
        """The item summary on show (median and middle half drawn from it; empty before the first item)."""
        return dict(self._item)
