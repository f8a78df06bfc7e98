"""Group colours and marker shapes shared by projector charts and the PDF.

Okabe-Ito colours (distinguishable with colour-vision deficiency) in the
session's group order, each with its own marker shape so groups stay apart
in black-and-white print, where several Okabe-Ito colours turn the same grey.
Suppressed groups are drawn in one neutral grey with a shape no group uses
and labelled "other", so no small group can be picked out and "other" is not
mistaken for the first group on a grey-scale printout.

Marks that hold (WCAG 1.4.11: a mark needs 3:1 against its background, text
4.5:1): several Okabe-Ito colours are too light on white (yellow 1.32:1,
orange 2.25:1, sky blue 2.31:1), so every filled mark is drawn with a
:data:`MARK_OUTLINE` edge (the outline is the mark's boundary), and a line
drawn in a group colour uses :func:`line_colour`, the same hue darkened to
3:1. The neutral greys and the middle of the diverging bars are dark enough
on their own. :func:`contrast_ratio` is WCAG's formula, so tests check every
colour against every chart background.

Plain hex strings and shape names only: the core layer imports no Qt.  Chart
code maps the names to its own symbols (:data:`PYQTGRAPH_SYMBOLS` for
pyqtgraph, ``pe_desktop.report.drawing`` for the PDF).
"""

from __future__ import annotations

__all__ = [
    "DIVERGING_HIGH",
    "DIVERGING_LOW",
    "DIVERGING_MID",
    "MARK_CONTRAST",
    "MARK_OUTLINE",
    "TEXT_CONTRAST",
    "GROUP_COLOURS",
    "NEUTRAL",
    "NEUTRAL_SHAPE",
    "OKABE_ITO",
    "OTHER_LABEL",
    "PYQTGRAPH_SYMBOLS",
    "SHAPES",
    "UNSURE",
    "contrast_ratio",
    "darker",
    "diverging",
    "line_colour",
    "group_style",
    "other_style",
]

#: Okabe-Ito, without black (black is for text and axes), in the order groups get them.
OKABE_ITO: tuple[str, ...] = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7")
GROUP_COLOURS = OKABE_ITO
#: Filled marker shapes in the order groups get them.  One more shape than
#: colours, so (colour, shape) pairs do not repeat before 56 groups.
SHAPES: tuple[str, ...] = (
    "circle", "square", "triangle", "diamond", "triangle-down", "pentagon", "hexagon", "star",
)
#: Ratings of suppressed groups (and of people in no group): one grey, one shape, one label.
#: 4.5:1 on white (the old #999999 was 2.85:1).
NEUTRAL = "#767676"
NEUTRAL_SHAPE = "cross"
OTHER_LABEL = "other"
#: Every shape name above as a pyqtgraph ``symbol`` (pyqtgraph's "t" points down).
PYQTGRAPH_SYMBOLS: dict[str, str] = {
    "circle": "o", "square": "s", "triangle": "t1", "diamond": "d", "triangle-down": "t",
    "pentagon": "p", "hexagon": "h", "star": "star", "cross": "x",
}
#: Diverging colours for stacked bars, low (concern) to high (strength), 2 to 11 points.
DIVERGING_LOW = "#B2182B"
#: The middle point ("3 Partly" on 1–5): a mid grey at 3.4:1 on white, not the
#: near-white #F7F7F7 (1.07:1) that vanished on a projector.
DIVERGING_MID = "#8C8C8C"
DIVERGING_HIGH = "#2166AC"
#: "Not sure" answers next to a stacked bar.
UNSURE = "#6E6E6E"
#: Edge of every filled mark (dots, bar segments, legend swatches): near-black.
MARK_OUTLINE = "#111111"
#: WCAG 2.1 minimum contrast of a graphical object (1.4.11) and of normal text (1.4.3).
MARK_CONTRAST = 3.0
TEXT_CONTRAST = 4.5


def group_style(index: int) -> tuple[str, str]:
    """(colour, shape) of the group at ``index`` in session order.

    The index is the group's place among *all* the session's groups, not
    among the shown ones, so a group keeps its look on every item and every
    screen even when another group is suppressed on one item.
    """
    return OKABE_ITO[index % len(OKABE_ITO)], SHAPES[index % len(SHAPES)]


def other_style() -> tuple[str, str]:
    """(colour, shape) of the merged "other" ratings."""
    return NEUTRAL, NEUTRAL_SHAPE


def _mix(a: str, b: str, t: float) -> str:
    ca = [int(a[i : i + 2], 16) for i in (1, 3, 5)]
    cb = [int(b[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * t):02X}" for x, y in zip(ca, cb, strict=True))


def diverging(points: int) -> list[str]:
    """One colour per scale point, red through near-white to blue.

    Lightness runs dark-light-dark, so in grey-scale print the two ends look
    alike; charts therefore keep low values on the left and high on the right
    and label the ends, rather than relying on the hue.
    """
    if points < 2:
        return [DIVERGING_MID] * points
    colours = []
    for i in range(points):
        t = i / (points - 1)
        colours.append(
            _mix(DIVERGING_LOW, DIVERGING_MID, t * 2) if t <= 0.5 else _mix(DIVERGING_MID, DIVERGING_HIGH, t * 2 - 1)
        )
    return colours


def _channels(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _luminance(colour: str) -> float:
    """WCAG relative luminance of an sRGB hex colour."""
    def lin(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = _channels(colour)
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio of two hex colours, 1 to 21."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def darker(colour: str, background: str, target: float = MARK_CONTRAST) -> str:
    """``colour`` darkened in 2 % steps (same hue) until it has ``target`` contrast on ``background``."""
    r, g, b = _channels(colour)
    for step in range(51):
        k = 1 - step * 0.02
        candidate = "#" + "".join(f"{round(c * k):02X}" for c in (r, g, b))
        if contrast_ratio(candidate, background) >= target:
            return candidate
    return "#000000"


def line_colour(colour: str, background: str = "#FFFFFF") -> str:
    """The colour a line in ``colour`` is drawn in: itself when it holds 3:1, else a darker variant."""
    if contrast_ratio(colour, background) >= MARK_CONTRAST:
        return colour
    return darker(colour, background)
