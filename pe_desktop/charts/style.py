"""Look of every chart: projector-grade contrast, marker shapes, translated labels.

Colours come from :mod:`pe_desktop.charts.theme` (ink on white). Dots get a
dark outline so light palette colours (Okabe-Ito yellow) still stand out
from the white.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import Symbols
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap

# re-exported: the charts take every colour and font from this one module
from pe_desktop.charts.theme import BAND as BAND
from pe_desktop.charts.theme import BAND_EDGE as BAND_EDGE
from pe_desktop.charts.theme import GRID as GRID
from pe_desktop.charts.theme import INK as INK
from pe_desktop.charts.theme import MUTED as MUTED
from pe_desktop.charts.theme import PAPER as PAPER
from pe_desktop.core.palette import PYQTGRAPH_SYMBOLS

#: core.palette shape names -> pyqtgraph symbol names.
SYMBOLS: dict[str, str] = PYQTGRAPH_SYMBOLS

#: Agreement labels of core.stats in chart words (a chart translates them into its own language).
AGREEMENT = {
    "agree": "agree",
    "mixed": "mixed",
    "split": "split",
    "too few": "too few to tell",
}
_BAND = {"strength": "strength", "watch": "watch", "concern": "concern"}


def symbol(shape: str) -> str:
    """The pyqtgraph symbol for a palette shape name (or a pyqtgraph name; a circle for anything unknown)."""
    if shape in SYMBOLS:
        return SYMBOLS[shape]
    return shape if shape in Symbols else "o"


def tr(text: str) -> str:
    """Translate chart vocabulary (context "charts")."""
    return QCoreApplication.translate("charts", text)


def agreement_text(label: str | None) -> str:
    return tr(AGREEMENT.get(label or "", label or "–"))


def band_text(label: str | None) -> str:
    return tr(_BAND.get(label or "", label or "–"))


def font(px: int, bold: bool = False) -> QFont:
    f = QFont()
    f.setPixelSize(max(8, int(px)))
    f.setBold(bold)
    return f


@lru_cache(maxsize=256)
def brush(colour: str) -> QBrush:
    """Shared brushes, so a redraw with 200 dots does not build 200 QBrush objects."""
    return QBrush(QColor(colour))


@lru_cache(maxsize=64)
def pen(colour: str = INK, width: float = 1.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    p = pg.mkPen(colour, width=width, style=style)
    p.setCosmetic(True)
    return p


@lru_cache(maxsize=128)
def shape_icon(colour: str, shape: str, size: int) -> QPixmap:
    """A legend swatch: the marker drawn exactly as the chart draws it.

    Cached: there are few (colour, shape, size) combinations, and painting on
    a fresh QPixmap leaks references to None in PySide6 6.11 (six per call),
    so it must not happen per update.
    """
    size = max(8, int(size))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(QPointF(size / 2, size / 2))
    painter.scale(size * 0.85, size * 0.85)
    outline = QPen(QColor(INK))
    outline.setCosmetic(True)
    outline.setWidthF(1.5)
    painter.setPen(outline)
    painter.setBrush(QBrush(QColor(colour)))
    painter.drawPath(Symbols[symbol(shape)])
    painter.end()
    return pixmap


def style_plot(plot: pg.PlotItem, tick_px: int) -> None:
    """Axes in ink, large tick labels, no mouse interaction (nobody pans a projector)."""
    plot.hideButtons()
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.getViewBox().setMouseEnabled(False, False)
    plot.disableAutoRange()
    for name in ("left", "bottom", "right", "top"):
        axis = plot.getAxis(name)
        axis.setPen(pen(INK, 1.5))
        axis.setTextPen(pen(INK))
        axis.setStyle(tickFont=font(tick_px), tickTextOffset=max(4, tick_px // 3))


def wrap_words(text: str, width_of: Callable[[str], float], max_width: float) -> str:
    """``text`` with line breaks between words so no line is wider than ``max_width`` (a single
    longer word keeps its own line: it is never cut). Used where Qt cannot wrap, e.g. axis labels."""
    lines: list[str] = []
    for word in text.split():
        if lines and width_of(lines[-1] + " " + word) <= max_width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


def fit_right(plot: pg.PlotItem, left: float, right: float, texts: list[pg.TextItem], px: int) -> None:
    """Widen the x range past ``right`` just enough that the texts written there are not cut off.

    The texts right of the data (counts, shifts, gaps) are drawn at the data's
    right edge; at the projector's back-row size they need more room than a
    fixed margin gives, and how much depends on the window's width.
    """
    width = plot.getViewBox().width()
    metrics = QFontMetrics(font(px))
    needed = max((metrics.horizontalAdvance(t.toPlainText()) for t in texts), default=0) + px
    span = right - left
    target = right + span * 0.25 if width <= 2 * needed or needed <= px else right + needed * span / (width - needed)
    low, high = plot.getViewBox().viewRange()[0]
    if abs(low - left) > 1e-6 or abs(high - target) > 1e-3:  # no range signals per vote when nothing moves
        plot.setXRange(left, target, padding=0)


def scale_ticks(points: range, labels: dict[int, str], plot_px: float, span: float, px: int) -> list[tuple[float, str]]:
    """Bottom-axis ticks "3\\nPartly", each label wrapped to the room its scale point has.

    At the projector's back-row size, "En su mayoría" next to "Totalmente"
    would run into each other on one line; wrapped, they stay apart.
    """
    per_point = plot_px / max(span, 1e-9) * 0.92
    metrics = QFontMetrics(font(px))
    out: list[tuple[float, str]] = []
    for value in points:
        label = labels.get(value)
        if label and plot_px > 0:
            label = wrap_words(label, metrics.horizontalAdvance, per_point)
        out.append((value, f"{value}\n{label}" if label else str(value)))
    return out


def ticks_fit(ticks: list[tuple[float, str]], plot_px: float, span: float, px: int) -> bool:
    """Whether every line of every tick text fits the width its scale point has (a single
    word longer than that, "Totalmente", would run into its neighbour's)."""
    per_point = plot_px / max(span, 1e-9)
    metrics = QFontMetrics(font(px))
    return all(metrics.horizontalAdvance(line) <= per_point for _, text in ticks for line in text.split("\n"))


def axis_height(px: int, lines: int) -> int:
    """Height of a bottom axis with ``lines`` lines of tick text at ``px`` (a line is ~1.17 px; tick and offset)."""
    return int(px * (1.2 * lines + 0.6))


def fit_bottom_axis(plot: pg.PlotItem, ticks: list[tuple[float, str]], px: int) -> None:
    """The bottom axis tall enough for its tallest (wrapped) tick text."""
    lines = max((text.count("\n") + 1 for _, text in ticks), default=1)
    height = axis_height(px, lines)
    axis = plot.getAxis("bottom")
    if axis.height() != height:
        axis.setHeight(height)
