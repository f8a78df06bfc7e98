"""The numbers every chart draws, computed without Qt.

Why a separate, Qt-free module: the projector, the console and the PDF report
must place the same dots, paint the same groups grey and stack the same bar
segments, and tests must be able to check those numbers against
:mod:`pe_desktop.core.stats` without a display. Everything here is plain data
in, plain data out; the pyqtgraph widgets only copy these numbers into chart
items.

Which groups may be drawn in their own colour, and how dots stack, is not
decided here: :mod:`pe_desktop.session.views.marks` decides it once for the
projector, the console, the phone page and the PDF (a suppressed group is
drawn in the neutral colour and labelled :data:`OTHER`). This module lays
the marks it is given out on a chart.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pe_desktop.core.palette import diverging
from pe_desktop.core.stats import GroupDef, RatingRow, shift
from pe_desktop.session.views.marks import OTHER, GroupMark, group_defs, group_marks, stacked

__all__ = [
    "OTHER",
    "BarSegment",
    "Dot",
    "GapRow",
    "GroupStyle",
    "LegendEntry",
    "ShiftRow",
    "Swarm",
    "TrendData",
    "bar_segments",
    "fmt",
    "group_defs",
    "group_styles",
    "legend_entries",
    "power_gap_rows",
    "shift_rows",
    "swarm",
    "swarm_columns",
    "trend_data",
]

#: Share of a scale point's width that one stack of dots may use.
STACK_WIDTH = 0.8


#: How one group's ratings are drawn on one item (decided by the session layer's views).
GroupStyle = GroupMark
#: Mark per group id for one item's summary (see :func:`pe_desktop.session.views.marks.group_marks`).
group_styles = group_marks


@dataclass(frozen=True)
class Dot:
    """One numeric rating as drawn: ``x`` in scale units, ``y`` in dot rows (0 = bottom row)."""

    x: float
    y: float
    value: int
    colour: str
    shape: str
    label: str
    order: int = 0  # legend order of the dot's group (session order; OTHER last)


@dataclass(frozen=True)
class Swarm:
    """The dots of one item with the grid they were laid out on."""

    dots: tuple[Dot, ...]
    columns: int  # dots side by side per scale point
    rows: int  # height of the tallest stack, in dots
    unsure: int  # "not sure" ratings (drawn as no dot)

    @property
    def counts(self) -> dict[int, int]:
        """Dots per scale value (what the chart shows, for checking against the stats)."""
        return dict(Counter(d.value for d in self.dots))


@dataclass(frozen=True)
class LegendEntry:
    label: str
    colour: str
    shape: str
    count: int


@dataclass(frozen=True)
class BarSegment:
    """One scale point's share of one item's bar, in percent of the item's numeric ratings.

    Bars diverge from 0: points below the middle of the scale extend left
    (negative), points above extend right, the middle point of an odd scale
    straddles 0.
    """

    row: int
    key: str
    point: int
    left: float
    width: float
    count: int
    colour: str


@dataclass(frozen=True)
class GapRow:
    """Pooled means of the shown community-side and institution-side groups of one item."""

    key: str
    community: float | None
    institution: float | None
    gap: float | None


@dataclass(frozen=True)
class ShiftRow:
    key: str
    median1: float | None
    median2: float | None
    median_shift: float | None
    rwg1: float | None
    rwg2: float | None
    rwg_shift: float | None
    n1: int
    n2: int


@dataclass(frozen=True)
class TrendData:
    """Per-item medians across sessions, oldest first; None where an item has no median."""

    session_ids: tuple[str, ...]
    session_labels: tuple[str, ...]
    series: dict[str, tuple[float | None, ...]]


# --------------------------------------------------------------------------
# formatting


def fmt(value: float | None, digits: int = 1) -> str:
    """A figure for display: at most ``digits`` decimals, no trailing zeros, '–' when undefined."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    text = f"{value:.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.replace("-", "−")


def swarm_columns(largest_stack: int, points: int, aspect: float, max_dot: float = 0.1, fill: float = 0.8) -> int:
    """How many dots to put side by side per scale point so the tallest stack fits.

    ``aspect`` is the plot's height / width in pixels. A dot cell is at most
    ``max_dot`` of the height (a handful of dots should not be giant) and,
    with ``c`` columns, at most ``STACK_WIDTH / (points * c)`` of the width.
    The tallest stack, ``ceil(largest_stack / c)`` cells, must fit in
    ``fill`` of the height. The smallest such ``c`` keeps stacks upright
    (a histogram the room can read) and dots as large as they may be.
    """
    if largest_stack <= 1 or points <= 0 or aspect <= 0:
        return 1
    for c in range(1, largest_stack + 1):
        cell = min(STACK_WIDTH / (points * c), max_dot * aspect)  # in plot widths
        if math.ceil(largest_stack / c) * cell <= fill * aspect + 1e-12:
            return c
    return largest_stack


def swarm(
    key: str,
    rows: Sequence[RatingRow],
    groups: Sequence[GroupDef],
    item: Mapping[str, Any],
    scale_min: int,
    scale_max: int,
    aspect: float = 0.5,
    max_dot: float = 0.1,
) -> Swarm:
    """Lay out one dot per numeric rating of ``key``: a stacked dot plot (beeswarm on a discrete scale).

    Dots of a scale value are sorted by legend order (so each group forms a
    block and "other" sits on top), filled bottom-up in rows of ``columns``
    dots, and each row is centred on the value.
    """
    marks = group_marks(groups, item)
    by_value: dict[int, list[GroupMark]] = {v: [] for v in range(scale_min, scale_max + 1)}
    unsure = 0
    for value, mark in stacked(key, rows, marks):
        if value is None:
            unsure += 1
        else:
            by_value.setdefault(value, []).append(mark)
    largest = max((len(v) for v in by_value.values()), default=0)
    points = scale_max - scale_min + 1
    columns = swarm_columns(largest, points, aspect, max_dot)
    cell = STACK_WIDTH / columns
    dots: list[Dot] = []
    for value in sorted(by_value):
        stack = by_value[value]  # already in stacking order: groups in session order, "other" on top
        for start in range(0, len(stack), columns):
            row_styles = stack[start : start + columns]
            row = start // columns
            width = len(row_styles)
            for j, style in enumerate(row_styles):
                x = value + (j - (width - 1) / 2) * cell
                dots.append(Dot(x, row + 0.5, value, style.colour, style.shape, style.label, style.order))
    rows_needed = math.ceil(largest / columns) if largest else 0
    return Swarm(tuple(dots), columns, rows_needed, unsure)


def legend_entries(dots: Sequence[Dot]) -> list[LegendEntry]:
    """Legend of the dots actually drawn: shown groups in session order, OTHER last.

    Built from the dots, not from the group list, so a suppressed group can
    never get a legend line of its own.
    """
    seen: dict[tuple[str, str, str], list[int]] = {}
    for d in dots:
        k = (d.label, d.colour, d.shape)
        if k in seen:
            seen[k][0] += 1
        else:
            seen[k] = [1, d.order]
    ordered = sorted(seen.items(), key=lambda kv: (kv[0][0] == OTHER, kv[1][1]))
    return [LegendEntry(label, colour, shape, n) for (label, colour, shape), (n, _) in ordered]


# --------------------------------------------------------------------------
# all items


def bar_segments(items: Sequence[Mapping[str, Any]], scale_min: int, scale_max: int) -> list[BarSegment]:
    """Diverging stacked bar segments (percent of numeric ratings) for each item summary, in order.

    An item with no numeric rating gets segments of width 0, so every item
    keeps its row. "Not sure" is not part of a bar; tables list it.
    """
    points = list(range(scale_min, scale_max + 1))
    colours = diverging(len(points))
    middle = (scale_min + scale_max) / 2
    segments: list[BarSegment] = []
    for row, item in enumerate(items):
        counts = {p: int((item.get("counts") or {}).get(str(p), 0)) for p in points}
        n = sum(counts.values())
        share = {p: (100.0 * counts[p] / n if n else 0.0) for p in points}
        half = share[int(middle)] / 2 if middle == int(middle) else 0.0
        placed: dict[int, tuple[float, float]] = {}
        if middle == int(middle):
            placed[int(middle)] = (-half, share[int(middle)])
        cursor = -half
        for p in reversed([p for p in points if p < middle]):
            cursor -= share[p]
            placed[p] = (cursor, share[p])
        cursor = half
        for p in [p for p in points if p > middle]:
            placed[p] = (cursor, share[p])
            cursor += share[p]
        for i, p in enumerate(points):
            left, width = placed[p]
            segments.append(BarSegment(row, str(item["key"]), p, left, width, counts[p], colours[i]))
    return segments


def _pooled(groups: Sequence[Mapping[str, Any]], position: str) -> float | None:
    """Mean of all ratings of the shown groups on one side, from their n and mean."""
    total = 0.0
    n = 0
    for g in groups:
        if g.get("suppressed") is False and g.get("position") == position and g.get("n") and g.get("mean") is not None:
            total += g["mean"] * g["n"]
            n += g["n"]
    return total / n if n else None


def power_gap_rows(items: Sequence[Mapping[str, Any]]) -> list[GapRow]:
    """Dumbbell ends per item: community-side and institution-side means, and the §6 power gap.

    Only shown groups enter the pooled means, exactly as for ``power_gap``;
    when the summary has no gap both ends are dropped, so a dumbbell is drawn
    only when a gap is defined.
    """
    out = []
    for item in items:
        gap = item.get("power_gap")
        groups = item.get("groups") or []
        if gap is None:
            out.append(GapRow(str(item["key"]), None, None, None))
        else:
            out.append(GapRow(str(item["key"]), _pooled(groups, "community"), _pooled(groups, "institution"), gap))
    return out


def shift_rows(round1: Sequence[Mapping[str, Any]], round2: Sequence[Mapping[str, Any]]) -> list[ShiftRow]:
    """Round 1 vs round 2 per item (matched by key, in round 1 order), using core.stats.shift."""
    second = {str(item["key"]): item for item in round2}
    out = []
    for a in round1:
        b = second.get(str(a["key"]), {"n": 0, "median": None, "rwg": None})
        d = shift(a, b)
        out.append(
            ShiftRow(
                str(a["key"]), a.get("median"), b.get("median"), d["median"],
                a.get("rwg"), b.get("rwg"), d["rwg"], int(a.get("n") or 0), int(b.get("n") or 0),
            )
        )
    return out


def trend_data(trend: Mapping[str, Any]) -> TrendData:
    """Series per item from ``pe-desktop trend --json`` output (sessions oldest first).

    Sessions are sorted by ``held_on`` (undated last, in input order) so a
    line always runs forward in time; an item missing from a session, or
    without a median there, is a gap (None), not a zero.
    """
    sessions = list(trend.get("sessions") or [])
    order = sorted(range(len(sessions)), key=lambda i: (sessions[i].get("held_on") is None, sessions[i].get("held_on") or "", i))
    sessions = [sessions[i] for i in order]
    keys: list[str] = []
    for s in sessions:
        for k in (s.get("items") or {}):
            if k not in keys:
                keys.append(k)
    series = {
        k: tuple(((s.get("items") or {}).get(k) or {}).get("median") for s in sessions) for k in keys
    }
    labels = tuple(str(s.get("held_on") or s.get("title") or "") for s in sessions)
    return TrendData(tuple(str(s.get("id", "")) for s in sessions), labels, series)
