"""Group colours and marker shapes shared by projector charts and the PDF.

Okabe-Ito colours (distinguishable with colour-vision deficiency) in the
session's group order, each with its own marker shape so groups stay apart
in black-and-white print, where several Okabe-Ito colours turn the same grey.
Suppressed groups are drawn in one neutral grey with a shape no group uses
and labelled "other", so no small group can be picked out and "other" is not
mistaken for the first group on a grey-scale printout.

Plain hex strings and shape names only: the core layer imports no Qt.  Chart
code maps the names to its own symbols (:data:`PYQTGRAPH_SYMBOLS` for
pyqtgraph, ``pe_desktop.report.drawing`` for the PDF).
"""

from __future__ import annotations

__all__ = [
    "DIVERGING_HIGH",
    "DIVERGING_LOW",
    "DIVERGING_MID",
    "GROUP_COLOURS",
    "NEUTRAL",
    "NEUTRAL_SHAPE",
    "OKABE_ITO",
    "OTHER_LABEL",
    "PYQTGRAPH_SYMBOLS",
    "SHAPES",
    "UNSURE",
    "diverging",
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
NEUTRAL = "#999999"
NEUTRAL_SHAPE = "cross"
OTHER_LABEL = "other"
#: Every shape name above as a pyqtgraph ``symbol`` (pyqtgraph's "t" points down).
PYQTGRAPH_SYMBOLS: dict[str, str] = {
    "circle": "o", "square": "s", "triangle": "t1", "diamond": "d", "triangle-down": "t",
    "pentagon": "p", "hexagon": "h", "star": "star", "cross": "x",
}
#: Diverging colours for stacked bars, low (concern) to high (strength), 2 to 11 points.
DIVERGING_LOW = "#B2182B"
DIVERGING_MID = "#F7F7F7"
DIVERGING_HIGH = "#2166AC"
#: "Not sure" answers next to a stacked bar.
UNSURE = "#BBBBBB"


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
