"""Vector charts for the PDF, drawn with reportlab.graphics (no screenshots, no Qt).

Why vectors: the summary is printed, photocopied and projected again; vector
marks stay sharp at any size and keep the file small.  Every mark has a dark
outline, so pale colours (Okabe-Ito yellow) show on white paper, and every
group has its own shape (:mod:`pe_desktop.core.palette`), so groups stay
apart when the page is printed in black and white.

Labels inside drawings are reportlab ``String`` objects, which are drawn as
plain text (never parsed as markup), so group names print as typed.

This module has the charts (dot plot, diverging bars); the markers and their
legend are in :mod:`pe_desktop.report.shapes`, the ballots' drawings in
:mod:`pe_desktop.report.ballot_drawing`; both are re-exported here, as before.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from pe_desktop.core.palette import contrast_ratio, diverging
from pe_desktop.report.ballot_drawing import qr_drawing, scale_boxes, tick_boxes
from pe_desktop.report.fonts import BOLD, REGULAR
from pe_desktop.report.shapes import (
    GRID,
    INK,
    IQR_FILL,
    hex_colour,
    marker,
    marker_drawing,
    marker_legend,
    new_drawing,
    outline,
    stroke_width,
    wrap_text,
)

__all__ = [
    "DotPlot",
    "bar_extent",
    "bar_legend",
    "diverging_bar",
    "dot_plot",
    "marker",
    "marker_drawing",
    "marker_legend",
    "qr_drawing",
    "scale_boxes",
    "tick_boxes",
]


class DotPlot(Flowable):
    """A dot chart: axes and labels as a Drawing, the dots as PDF form XObjects.

    Why forms: a room of 200 rated twice on 22 items is almost 9,000 marks.
    As graphics shapes each mark is validated, styled and written point by
    point; as a form each distinct (shape, colour, size) is written once per
    document and every dot is one "place the form here" instruction.  That
    keeps a 200-person summary well under a second and the file small.
    """

    def __init__(self, background: Drawing, dots: list[tuple[float, float, str, str]], size: float) -> None:
        super().__init__()
        self.background = background
        self.dots = dots
        self.size = size
        self.width, self.height = background.width, background.height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        renderPDF.draw(self.background, canvas, 0, 0)
        forms: dict[tuple[str, str], str] = {}
        for x, y, colour, shape in self.dots:
            name = forms.get((shape, colour))
            if name is None:
                name = forms[(shape, colour)] = _marker_form(canvas, shape, colour, self.size)
            canvas.saveState()
            canvas.translate(x, y)
            canvas.doForm(name)
            canvas.restoreState()


def _marker_form(canvas: Canvas, shape: str, colour: str, size: float) -> str:
    """The name of a form drawing one marker centred on (0, 0), defined on first use."""
    name = f"pe-marker-{shape}-{colour.lstrip('#')}-{size:.2f}"
    if canvas.hasForm(name):
        return name
    r = size / 2
    canvas.beginForm(name, -size, -size, size, size)
    canvas.setFillColor(hex_colour(colour))
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(stroke_width(size))
    points = outline(shape, 0.0, 0.0, r)
    if points is None:
        canvas.circle(0, 0, r * 0.92, stroke=1, fill=1)
    else:
        path = canvas.beginPath()
        path.moveTo(points[0], points[1])
        for i in range(2, len(points), 2):
            path.lineTo(points[i], points[i + 1])
        path.close()
        canvas.drawPath(path, stroke=1, fill=1)
    canvas.endForm()
    return name


def _dot_size(tallest: int, band: float, max_dots_height: float) -> tuple[float, int]:
    """The dots' size (10 pt, shrinking to 3 pt) and how many fit side by side in a band."""
    size = 10.0
    while size > 3.0:
        per_row = max(1, int(band * 0.88 // size))
        if math.ceil(tallest / per_row) * size <= max_dots_height:
            break
        size -= 0.5
    return size, max(1, int(band * 0.88 // size))


def _axis(d: Drawing, x0: float, band: float, points: int, axis_y: float, unsure_x: float | None) -> None:
    """The axis with a tick between answers, and the "not sure" column's own stretch of axis."""
    d.add(Line(x0, axis_y, x0 + points * band, axis_y, strokeColor=INK, strokeWidth=0.8))
    for k in range(points + 1):
        x = x0 + k * band
        d.add(Line(x, axis_y, x, axis_y - 2.5, strokeColor=INK, strokeWidth=0.6))
    if unsure_x is not None:
        left = unsure_x - band / 2
        d.add(Line(left, axis_y, left + band, axis_y, strokeColor=INK, strokeWidth=0.8))
        d.add(Line(left - 0.2 * band, axis_y - 2, left - 0.2 * band, d.height - 2,
                   strokeColor=GRID, strokeWidth=0.5, strokeDashArray=[1.5, 1.5]))


def _scale_labels(
    d: Drawing, x_of: Callable[[float], float], scale_min: int, scale_max: int, labels: Mapping[int, str],
    band: float, label_h: float, unsure_x: float | None, unsure_label: str | None,
) -> None:
    """Each scale point's number and (wrapped) label under the axis, and the "not sure" column's label."""
    label_size = 6.5
    for value in range(scale_min, scale_max + 1):
        cx = x_of(value)
        d.add(String(cx, label_h - 8.5, str(value), fontName=BOLD, fontSize=8, textAnchor="middle", fillColor=INK))
        for i, line in enumerate(wrap_text(labels.get(value, ""), REGULAR, label_size, band * 0.96, 2)):
            d.add(String(cx, label_h - 8.5 - (i + 1) * (label_size + 1), line, fontName=REGULAR,
                         fontSize=label_size, textAnchor="middle", fillColor=INK))
    if unsure_x is not None and unsure_label is not None:
        for i, line in enumerate(wrap_text(unsure_label, BOLD, 7, band * 0.96, 2)):
            d.add(String(unsure_x, label_h - 8.5 - i * 8, line, fontName=BOLD, fontSize=7,
                         textAnchor="middle", fillColor=INK))


def _middle_and_median(
    d: Drawing, x_of: Callable[[float], float], stat_y: float, axis_y: float, median: float | None,
    q1: float | None, q3: float | None,
) -> None:
    """Under the axis: a thick bar over the middle half and a triangle at the median (with a dashed line up)."""
    if q1 is not None and q3 is not None:
        left, right = x_of(q1), x_of(q3)
        if right - left < 1.5:
            left, right = left - 0.75, right + 0.75
        d.add(Rect(left, stat_y - 2, right - left, 4, fillColor=IQR_FILL, strokeColor=None))
    if median is not None:
        mx = x_of(median)
        d.add(Polygon([mx - 4, stat_y - 4.5, mx + 4, stat_y - 4.5, mx, stat_y + 3.5],
                      fillColor=colors.black, strokeColor=colors.white, strokeWidth=0.6))
        d.add(Line(mx, axis_y + 1, mx, d.height - 2, strokeColor=INK, strokeWidth=0.7, strokeDashArray=[3, 2]))


def dot_plot(
    dots: Sequence[tuple[int | None, str, str]],
    scale_min: int,
    scale_max: int,
    labels: Mapping[int, str],
    unsure_label: str | None,
    median: float | None,
    q1: float | None,
    q3: float | None,
    width: float,
    max_dots_height: float = 110.0,
) -> DotPlot:
    """One mark per rating, stacked above the answer it gave.

    ``dots`` are (value, colour, shape) in drawing order (value None = not
    sure, drawn in its own column at the right when ``unsure_label`` is
    given).  Under the axis: a thick bar over the middle half (``q1``–``q3``)
    and a triangle at the median, the same marks as on the projector.  Dots
    shrink (down to 3 pt) so that a room of 200 still fits the height.
    """
    points = scale_max - scale_min + 1
    extra = 1.4 if unsure_label is not None else 0.0
    margin = 4.0
    band = (width - 2 * margin) / (points + extra)
    x0 = margin

    def x_of(value: float) -> float:
        return x0 + (value - scale_min + 0.5) * band

    columns: Counter = Counter(value for value, _, _ in dots if value is not None or unsure_label is not None)
    size, per_row = _dot_size(max(columns.values(), default=0), band, max_dots_height)
    dots_height = max(size * 2, math.ceil(max(columns.values(), default=0) / per_row) * size)

    label_h = 8.5 + 2 * (6.5 + 1) + 2.5  # two label lines and their descenders
    stat_h = 11.0
    axis_y = label_h + stat_h
    d = new_drawing(width, axis_y + 3 + dots_height + 2)
    unsure_x = x0 + (points + 0.4) * band + band / 2 if unsure_label is not None else None
    _axis(d, x0, band, points, axis_y, unsure_x)
    _scale_labels(d, x_of, scale_min, scale_max, labels, band, label_h, unsure_x, unsure_label)
    _middle_and_median(d, x_of, label_h + stat_h / 2, axis_y, median, q1, q3)

    # the dots, filled row by row from the axis up, centred in their band
    placed: Counter = Counter()
    marks: list[tuple[float, float, str, str]] = []
    for value, colour, shape in dots:
        if value is None and unsure_x is None:
            continue
        cx_band = unsure_x if value is None else x_of(value)
        k = placed[value]
        placed[value] += 1
        row, col = divmod(k, per_row)
        in_row = min(per_row, columns[value] - row * per_row)
        cx = cx_band + (col - (in_row - 1) / 2) * size  # type: ignore[operator]
        cy = axis_y + 3 + row * size + size / 2
        marks.append((cx, cy, colour, shape))
    return DotPlot(d, marks, round(size * 0.9, 2))


def diverging_bar(
    counts: Mapping[int, int], scale_min: int, scale_max: int, width: float, extent: float, height: float = 14.0
) -> Drawing:
    """One item's ratings as a bar centred on the middle of the scale.

    Answers below the middle extend left of the centre line, answers above
    it right; the middle answer of an odd scale straddles the line.
    ``extent`` is the largest one-sided share of any bar on the chart (0–1),
    so all bars share one scale.  Counts are printed inside segments wide
    enough to hold them.
    """
    d = new_drawing(width, height)
    total = sum(counts.get(v, 0) for v in range(scale_min, scale_max + 1))
    centre = width / 2
    # the centre line goes first: it shows above and below the bar, and the
    # middle answer's segment (with its count) covers it inside the bar
    d.add(Line(centre, 0, centre, height, strokeColor=INK, strokeWidth=0.8))
    if total == 0:
        return d
    palette = diverging(scale_max - scale_min + 1)
    unit = (width / 2 - 2) / max(extent, 1e-9) / total
    mid = (scale_min + scale_max) / 2
    below: float = sum(counts.get(v, 0) for v in range(scale_min, scale_max + 1) if v < mid)
    below += counts.get(int(mid), 0) / 2 if mid == int(mid) else 0
    x = centre - below * unit
    pad = 2.5
    bar_h = height - 2 * pad
    for i, value in enumerate(range(scale_min, scale_max + 1)):
        n = counts.get(value, 0)
        if not n:
            continue
        w = n * unit
        colour = palette[i]
        d.add(Rect(x, pad, w, bar_h, fillColor=hex_colour(colour), strokeColor=INK, strokeWidth=0.35))
        text = str(n)
        if stringWidth(text, BOLD, 7) + 2 <= w:
            ink = colors.white if contrast_ratio(colour, "#FFFFFF") > contrast_ratio(colour, "#000000") else colors.black
            d.add(String(x + w / 2, pad + bar_h / 2 - 2.5, text, fontName=BOLD, fontSize=7, textAnchor="middle",
                         fillColor=ink))
        x += w
    return d


def bar_extent(all_counts: Sequence[Mapping[int, int]], scale_min: int, scale_max: int) -> float:
    """The largest one-sided share over all bars, for :func:`diverging_bar`'s ``extent``."""
    mid = (scale_min + scale_max) / 2
    best = 0.0
    for counts in all_counts:
        total = sum(counts.get(v, 0) for v in range(scale_min, scale_max + 1))
        if not total:
            continue
        half = counts.get(int(mid), 0) / 2 if mid == int(mid) else 0
        low = sum(counts.get(v, 0) for v in range(scale_min, scale_max + 1) if v < mid) + half
        high = sum(counts.get(v, 0) for v in range(scale_min, scale_max + 1) if v > mid) + half
        best = max(best, low / total, high / total)
    return best or 1.0


def bar_legend(labels: Sequence[str], width: float, font_size: float = 7.0) -> Drawing:
    """The stacked bars' key: one swatch per scale point, low to high, left to right."""
    palette = diverging(len(labels))
    cell = width / max(1, len(labels))
    d = new_drawing(width, 2 * (font_size + 1) + 12)
    for i, label in enumerate(labels):
        x = i * cell
        d.add(Rect(x + 1, 2 * (font_size + 1) + 2, cell - 2, 8, fillColor=hex_colour(palette[i]), strokeColor=INK,
                   strokeWidth=0.4))
        for j, line in enumerate(wrap_text(label, REGULAR, font_size, cell - 4, 2)):
            d.add(String(x + cell / 2, (font_size + 1) * (1 - j) + 1, line, fontName=REGULAR, fontSize=font_size,
                         textAnchor="middle", fillColor=INK))
    return d
