"""Marks and small pieces shared by the PDF's drawings: group markers, their legend, text wrapping.

Every mark has a dark outline, so pale colours (Okabe-Ito yellow) show on
white paper, and every group has its own shape (:mod:`pe_desktop.core.palette`),
so groups stay apart when the page is printed in black and white. Labels are
reportlab ``String`` objects, drawn as plain text (never parsed as markup).
See :mod:`pe_desktop.report.drawing` for the charts built from them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Polygon, Shape, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from pe_desktop.report.fonts import REGULAR
from pe_desktop.report.text import ellipsize

INK = colors.HexColor("#222222")
GRID = colors.HexColor("#BBBBBB")
IQR_FILL = colors.HexColor("#555555")


def new_drawing(width: float, height: float) -> Drawing:
    """A Drawing whose initial font is ours, so the PDF never references an unembedded Helvetica."""
    d = Drawing(width, height)
    d.initialFontName = REGULAR
    return d


def hex_colour(colour: str) -> colors.Color:
    return colors.HexColor(colour)


def luminance(colour: str) -> float:
    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


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


def outline(shape: str, cx: float, cy: float, r: float) -> list[float] | None:
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


def stroke_width(size: float) -> float:
    return max(0.3, size * 0.07)


def marker(shape: str, cx: float, cy: float, size: float, fill: str) -> Shape:
    """One filled, outlined marker of about ``size`` points across, centred on (cx, cy).

    Shape names are those of :mod:`pe_desktop.core.palette`.
    """
    points = outline(shape, cx, cy, size / 2)
    m: Shape = Circle(cx, cy, size / 2 * 0.92) if points is None else Polygon(points)
    m.fillColor = hex_colour(fill)
    m.strokeColor = INK
    m.strokeWidth = stroke_width(size)
    return m


def marker_drawing(shape: str, colour: str, size: float = 8.0) -> Drawing:
    """A lone marker, for legends inside tables."""
    d = new_drawing(size + 2, size + 2)
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
    d = new_drawing(width, line * len(rows))
    for i, row in enumerate(rows):
        y = line * (len(rows) - i - 1) + line / 2
        for x0, text, colour, shape in row:
            d.add(marker(shape, x0 + size / 2, y, size, colour))
            d.add(String(x0 + size + 3, y - font_size * 0.35, text, fontName=REGULAR, fontSize=font_size,
                         fillColor=INK))
    return d


def wrap_text(text: str, font: str, size: float, width: float, lines: int) -> list[str]:
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
