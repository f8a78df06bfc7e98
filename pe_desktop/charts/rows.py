"""Charts with one row per item on the rating scale (power gap, round shift).

They share the frame: item titles down the left, the scale along the bottom,
a faint line per row so the eye can follow it across the room.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from pe_desktop.charts import style
from pe_desktop.charts.base import ChartView, Words
from pe_desktop.core.instruments import Instrument


class ItemRowsChart(ChartView):
    """Frame for per-item rows: ``self.ys[i]`` is the y of item ``i`` (first item on top)."""

    def __init__(
        self, instrument: Instrument, right_margin: float = 1.0, parent: QWidget | None = None,
        words: Words | None = None,
    ) -> None:
        """``right_margin`` (scale units) leaves room for the text each row shows right of the scale."""
        super().__init__(parent, words)
        self.instrument = instrument
        self.scale = instrument.scale
        self.keys = list(instrument.item_keys)
        n = len(self.keys)
        self.ys = np.array([n - 1 - i for i in range(n)], dtype=float)
        guide = pg.PlotDataItem(
            x=np.repeat([[self.scale.min, self.scale.max]], n, axis=0).ravel(),
            y=np.repeat(self.ys, 2), connect="pairs", pen=style.pen(style.GRID, 1),
        )
        guide.setZValue(-10)
        self.plot.addItem(guide)
        self.plot.setXRange(self.scale.min - 0.5, self.scale.max + right_margin, padding=0)
        self.plot.setYRange(-0.6, n - 0.4, padding=0)  # half a row above and below: rows as far apart as can be
        self.set_ticks("left", [(y, instrument.item(k).title) for k, y in zip(self.keys, self.ys, strict=True)])
        self.set_ticks("bottom", [(v, self._tick_text(v)) for v in self.scale.points])
        # The scale's words under the axis, when one is too long for its point ("5 Totalmente"
        # beside "4 En su mayoría" at 720 lines): the axis then shows the numbers only.
        self.scale_key = QLabel(self)
        self.scale_key.setTextFormat(Qt.TextFormat.PlainText)
        self.scale_key.setWordWrap(True)
        self.scale_key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scale_key.setStyleSheet(f"color: {style.INK};")
        self.scale_key.setFont(style.font(self._tick_px))
        self.scale_key.setAccessibleName(self.word("Scale points"))
        self.scale_key.hide()
        chart_layout = self.layout()
        if isinstance(chart_layout, QVBoxLayout):
            chart_layout.insertWidget(1, self.scale_key)
        self._size_axes()
        self.plot.getViewBox().sigResized.connect(self.fit_right_texts)

    def _right_texts(self) -> list[pg.TextItem]:
        """The texts written right of the scale (each chart's own); none here."""
        return []

    def fit_right_texts(self, *_: object) -> None:
        """Room on the right for the row texts at the current size (call after changing them);
        scale labels wrapped to the width each point has."""
        style.fit_right(self.plot, self.scale.min - 0.5, self.scale.max + 0.3, self._right_texts(), self._tick_px)
        low, high = self.plot.getViewBox().viewRange()[0]
        width = self.plot.getViewBox().width()
        ticks = style.scale_ticks(self.scale.points, self.scale.labels, width, high - low, self._tick_px)
        fits = width <= 0 or style.ticks_fit(ticks, width, high - low, self._tick_px)
        if not fits:
            ticks = [(v, str(v)) for v in self.scale.points]
            self.scale_key.setText("   ".join(f"{v} {self.scale.labels[v]}" for v in self.scale.points
                                              if self.scale.labels.get(v)))
        self.scale_key.setVisible(not fits and bool(self.scale.labels))
        self.set_ticks("bottom", ticks)
        style.fit_bottom_axis(self.plot, ticks, self._tick_px)

    def set_instrument(self, instrument: Instrument) -> None:
        """The form in another language (the session's language was edited): titles, scale and words anew."""
        self.instrument, self.scale = instrument, instrument.scale
        self.set_ticks("left", [(y, instrument.item(k).title) for k, y in zip(self.keys, self.ys, strict=True)])
        self._size_axes()
        self._retranslate()
        self.fit_right_texts()

    def _tick_text(self, value: int) -> str:
        label = self.scale.labels.get(value)
        return f"{value}\n{label}" if label else str(value)

    def title(self, key: str) -> str:
        return self.instrument.item(key).title

    def _size_axes(self) -> None:
        metrics = QFontMetrics(style.font(self._tick_px))
        widest = max((metrics.horizontalAdvance(self.title(k)) for k in self.keys), default=0)
        self.plot.getAxis("left").setWidth(widest + self._tick_px)
        lines = 2 if self.scale.labels else 1
        self.plot.getAxis("bottom").setHeight(style.axis_height(self._tick_px, lines))

    def _retranslate(self) -> None:
        self.scale_key.setAccessibleName(self.word("Scale points"))

    def _text_px_changed(self, px: int) -> None:
        self.scale_key.setFont(style.font(px))
        self._size_axes()
        self.fit_right_texts()
