"""Vector charts for the PDF, drawn with reportlab.graphics (no screenshots, no Qt).

Why vectors: the summary is printed, photocopied and projected again; vector
marks stay sharp at any size and keep the file small.  Every mark has a dark
outline, so pale colours (Okabe-Ito yellow) show on white paper, and every
group has its own shape (:mod:`pe_desktop.core.palette`), so groups stay
apart when the page is printed in black and white.

Labels inside drawings are reportlab ``String`` objects, which are drawn as
plain text (never parsed as markup), so group names print as typed.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence

import segno
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, Shape, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from pe_desktop.core.palette import contrast_ratio, diverging
from pe_desktop.report.fonts import BOLD, REGULAR
from pe_desktop.report.text import ellipsize

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

INK = colors.HexColor("#222222")
GRID = colors.HexColor("#BBBBBB")
IQR_FILL = colors.HexColor("#555555")


def _drawing(width: float, height: float) -> Drawing:
    """A Drawing whose initial font is ours, so the PDF never references an unembedded Helvetica."""
    d = Drawing(width, height)
    d.initialFontName = REGULAR
    return d


def _hex(colour: str) -> colors.Color:
    return colors.HexColor(colour)


def _regular(cx: float, cy: float, r: float, sides: int, start: float = 90.0) -> list[float]:
    points: list[float] = []
    for k in range(sides):
        a = math.radians(start + 360.0 * k / sides)
        points += [cx + r * math.cos(a), cy + r * math.sin(a)]
    return points


def _star(cx: float, cy: float, r: float) -> list[float]:
    points: list[float] = []
    for k in range(10):
        a = math.radians(90 + 36 * k)
        rr = r if k % 2 == 0 else r * 0.45
        points += [cx + rr * math.cos(a), cy + rr * math.sin(a)]
    return points


def _cross(cx: float, cy: float, r: float) -> list[float]:
    """An X as one polygon (a filled shape like the others, with an outline)."""
    t = r * 0.3  # half the arm thickness, measured along the axes
    e = r * 0.9
    return [
        cx - e, cy - e + t, cx - t, cy, cx - e, cy + e - t, cx - e + t, cy + e, cx, cy + t, cx + e - t, cy + e,
        cx + e, cy + e - t, cx + t, cy, cx + e, cy - e + t, cx + e - t, cy - e, cx, cy - t, cx - e + t, cy - e,
    ]


def _outline(shape: str, cx: float, cy: float, r: float) -> list[float] | None:
    """The polygon of a marker shape as flat x, y points; None for a circle.

    One geometry for both renderers (graphics shapes in legends, form
    XObjects in dot charts), so a group's mark is the same everywhere.
    Sizes are balanced so no shape looks much heavier than another.
    """
    if shape == "circle":
        return None
    if shape == "square":
        e = r * 0.8
        return [cx - e, cy - e, cx + e, cy - e, cx + e, cy + e, cx - e, cy + e]
    if shape == "triangle":
        return [cx - r, cy - r * 0.8, cx + r, cy - r * 0.8, cx, cy + r]
    if shape == "triangle-down":
        return [cx - r, cy + r * 0.8, cx + r, cy + r * 0.8, cx, cy - r]
    if shape == "diamond":
        return [cx, cy + r, cx + r, cy, cx, cy - r, cx - r, cy]
    if shape == "pentagon":
        return _regular(cx, cy, r, 5)
    if shape == "hexagon":
        return _regular(cx, cy, r * 0.95, 6, 0.0)
    if shape == "star":
        return _star(cx, cy, r * 1.1)
    if shape == "cross":
        return _cross(cx, cy, r)
    raise ValueError(f"shape: {shape!r} is not a known marker shape")


def _stroke_width(size: float) -> float:
    return max(0.3, size * 0.07)


def marker(shape: str, cx: float, cy: float, size: float, fill: str) -> Shape:
    """One filled, outlined marker of about ``size`` points across, centred on (cx, cy).

    Shape names are those of :mod:`pe_desktop.core.palette`.
    """
    points = _outline(shape, cx, cy, size / 2)
    m: Shape = Circle(cx, cy, size / 2 * 0.92) if points is None else Polygon(points)
    m.fillColor = _hex(fill)
    m.strokeColor = INK
    m.strokeWidth = _stroke_width(size)
    return m


def marker_drawing(shape: str, colour: str, size: float = 8.0) -> Drawing:
    """A lone marker, for legends inside tables."""
    d = _drawing(size + 2, size + 2)
    d.add(marker(shape, (size + 2) / 2, (size + 2) / 2, size, colour))
    return d


def marker_legend(entries: Sequence[tuple[str, str, str]], width: float, font_size: float = 7.5) -> Drawing:
    """A legend of (label, colour, shape) entries, flowing left to right in rows."""
    size = font_size + 1.5
    gap = 10.0
    max_label = max(40.0, width / 2 - size - gap)
    rows: list[list[tuple[float, str, str, str]]] = [[]]
    x = 0.0
    for label, colour, shape in entries:
        text = ellipsize(label, REGULAR, font_size, max_label)
        w = size + 3 + stringWidth(text, REGULAR, font_size)
        if x and x + w > width:
            rows.append([])
            x = 0.0
        rows[-1].append((x, text, colour, shape))
        x += w + gap
    line = font_size + 4
    d = _drawing(width, line * len(rows))
    for i, row in enumerate(rows):
        y = line * (len(rows) - i - 1) + line / 2
        for x0, text, colour, shape in row:
            d.add(marker(shape, x0 + size / 2, y, size, colour))
            d.add(String(x0 + size + 3, y - font_size * 0.35, text, fontName=REGULAR, fontSize=font_size, fillColor=INK))
    return d


def _wrap(text: str, font: str, size: float, width: float, lines: int) -> list[str]:
    """Greedy word wrap into at most ``lines`` lines, the last one ellipsized."""
    words = text.split()
    out: list[str] = []
    current = ""
    for i, word in enumerate(words):
        trial = f"{current} {word}".strip()
        if stringWidth(trial, font, size) <= width or not current:
            current = trial
            continue
        out.append(current)
        current = word
        if len(out) == lines - 1:
            current = " ".join(words[i:])
            break
    if current:
        out.append(current)
    return [ellipsize(line, font, size, width) for line in out[:lines]]


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
    canvas.setFillColor(_hex(colour))
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(_stroke_width(size))
    points = _outline(shape, 0.0, 0.0, r)
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
    tallest = max(columns.values(), default=0)
    size = 10.0
    while size > 3.0:
        per_row = max(1, int(band * 0.88 // size))
        if math.ceil(tallest / per_row) * size <= max_dots_height:
            break
        size -= 0.5
    per_row = max(1, int(band * 0.88 // size))
    dots_height = max(size * 2, math.ceil(tallest / per_row) * size)

    label_size = 6.5
    label_h = 8.5 + 2 * (label_size + 1) + 2.5  # two label lines and their descenders
    stat_h = 11.0
    axis_y = label_h + stat_h
    height = axis_y + 3 + dots_height + 2
    d = _drawing(width, height)

    unsure_x = x0 + (points + 0.4) * band + band / 2 if unsure_label is not None else None
    # axis and ticks
    d.add(Line(x0, axis_y, x0 + points * band, axis_y, strokeColor=INK, strokeWidth=0.8))
    for k in range(points + 1):
        x = x0 + k * band
        d.add(Line(x, axis_y, x, axis_y - 2.5, strokeColor=INK, strokeWidth=0.6))
    if unsure_x is not None:
        left = unsure_x - band / 2
        d.add(Line(left, axis_y, left + band, axis_y, strokeColor=INK, strokeWidth=0.8))
        d.add(Line(left - 0.2 * band, axis_y - 2, left - 0.2 * band, height - 2,
                   strokeColor=GRID, strokeWidth=0.5, strokeDashArray=[1.5, 1.5]))

    # scale points and their labels
    for value in range(scale_min, scale_max + 1):
        cx = x_of(value)
        d.add(String(cx, label_h - 8.5, str(value), fontName=BOLD, fontSize=8, textAnchor="middle", fillColor=INK))
        for i, line in enumerate(_wrap(labels.get(value, ""), REGULAR, label_size, band * 0.96, 2)):
            d.add(String(cx, label_h - 8.5 - (i + 1) * (label_size + 1), line, fontName=REGULAR,
                         fontSize=label_size, textAnchor="middle", fillColor=INK))
    if unsure_x is not None and unsure_label is not None:
        for i, line in enumerate(_wrap(unsure_label, BOLD, 7, band * 0.96, 2)):
            d.add(String(unsure_x, label_h - 8.5 - i * 8, line, fontName=BOLD, fontSize=7,
                         textAnchor="middle", fillColor=INK))

    # middle half and median under the axis
    stat_y = label_h + stat_h / 2
    if q1 is not None and q3 is not None:
        left, right = x_of(q1), x_of(q3)
        if right - left < 1.5:
            left, right = left - 0.75, right + 0.75
        d.add(Rect(left, stat_y - 2, right - left, 4, fillColor=IQR_FILL, strokeColor=None))
    if median is not None:
        mx = x_of(median)
        d.add(Polygon([mx - 4, stat_y - 4.5, mx + 4, stat_y - 4.5, mx, stat_y + 3.5],
                      fillColor=colors.black, strokeColor=colors.white, strokeWidth=0.6))
        d.add(Line(mx, axis_y + 1, mx, height - 2, strokeColor=INK, strokeWidth=0.7, strokeDashArray=[3, 2]))

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
    d = _drawing(width, height)
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
    below = sum(counts.get(v, 0) for v in range(scale_min, scale_max + 1) if v < mid)
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
        d.add(Rect(x, pad, w, bar_h, fillColor=_hex(colour), strokeColor=INK, strokeWidth=0.35))
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
    d = _drawing(width, 2 * (font_size + 1) + 12)
    for i, label in enumerate(labels):
        x = i * cell
        d.add(Rect(x + 1, 2 * (font_size + 1) + 2, cell - 2, 8, fillColor=_hex(palette[i]), strokeColor=INK, strokeWidth=0.4))
        for j, line in enumerate(_wrap(label, REGULAR, font_size, cell - 4, 2)):
            d.add(String(x + cell / 2, (font_size + 1) * (1 - j) + 1, line, fontName=REGULAR, fontSize=font_size,
                         textAnchor="middle", fillColor=INK))
    return d


def qr_drawing(data: str, size: float) -> Drawing:
    """A QR code of ``data`` as vector squares, ``size`` points across (quiet zone included).

    Dark modules of a row are merged into runs, so a code is a few hundred
    rectangles rather than thousands.
    """
    qr = segno.make(data, error="m", micro=False)
    rows = [list(row) for row in qr.matrix]
    border = 4
    modules = len(rows) + 2 * border
    m = size / modules
    d = _drawing(size, size)
    d.add(Rect(0, 0, size, size, fillColor=colors.white, strokeColor=None))
    group = Group()
    for r, row in enumerate(rows):
        y = size - (r + border + 1) * m
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                group.add(Rect((start + border) * m, y, (c - start) * m, m, fillColor=colors.black,
                               strokeColor=colors.black, strokeWidth=0.01))
            else:
                c += 1
    d.add(group)
    return d


def tick_boxes(labels: Sequence[str], width: float, font_size: float = 12.0) -> Drawing:
    """Empty boxes to tick, each followed by its label, flowing in rows (group and round choices)."""
    box = font_size * 1.15
    gap = font_size * 1.5
    max_label = max(60.0, width - box - 6)
    rows: list[list[tuple[float, str]]] = [[]]
    x = 0.0
    for label in labels:
        text = ellipsize(label, REGULAR, font_size, max_label)
        w = box + 5 + stringWidth(text, REGULAR, font_size)
        if x and x + w > width:
            rows.append([])
            x = 0.0
        rows[-1].append((x, text))
        x += w + gap
    line = box + 6
    d = _drawing(width, line * len(rows))
    for i, row in enumerate(rows):
        y = line * (len(rows) - i - 1) + 3
        for x0, text in row:
            d.add(Rect(x0 + 0.5, y, box, box, fillColor=colors.white, strokeColor=colors.black, strokeWidth=1.2))
            d.add(String(x0 + box + 5, y + box / 2 - font_size * 0.35, text, fontName=REGULAR, fontSize=font_size,
                         fillColor=colors.black))
    return d


def scale_boxes(choices: Sequence[tuple[str, str]], width: float, box: float = 28.0,
                number_size: float = 14.0, label_size: float = 9.5) -> Drawing:
    """One answer row of a paper ballot: per choice a number, a large box to tick, its label.

    ``choices`` are (number, label) pairs, e.g. ("1", "Not at all"), and
    ("", "Not sure") last; the "not sure" box is set apart by a gap so it is
    not read as the next point of the scale.
    """
    n = len(choices)
    unsure_gap = 0.35 if n > 1 and choices[-1][0] == "" else 0.0
    cell = width / (n + unsure_gap)
    label_lines = max([len(_wrap(label, BOLD, label_size, cell - 4, 3)) for _, label in choices] + [1])
    height = number_size + 4 + box + 4 + label_lines * (label_size + 1.5)
    d = _drawing(width, height)
    for i, (number, label) in enumerate(choices):
        x = cell * (i + (unsure_gap if number == "" else 0.0))
        cx = x + cell / 2
        top = height
        if number:
            d.add(String(cx, top - number_size, number, fontName=BOLD, fontSize=number_size, textAnchor="middle",
                         fillColor=colors.black))
        side = min(box, cell - 6)
        y_box = top - number_size - 4 - side
        d.add(Rect(cx - side / 2, y_box, side, side, fillColor=colors.white, strokeColor=colors.black, strokeWidth=1.4))
        for j, line in enumerate(_wrap(label, BOLD if not number else REGULAR, label_size, cell - 4, label_lines)):
            d.add(String(cx, y_box - 4 - (j + 1) * (label_size + 1.5) + 2, line,
                         fontName=BOLD if not number else REGULAR, fontSize=label_size, textAnchor="middle",
                         fillColor=colors.black))
    return d
