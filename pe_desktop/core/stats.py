"""Statistics for one item, one round, exactly as docs/design.md §5 defines them.

Why exact arithmetic: ratings are small integers, so every figure here except
``sd`` is a rational number.  We compute those figures with
:class:`fractions.Fraction` and convert to ``float`` only at the end.  That
makes the threshold decisions (``agreement`` at rwg 0.70 / 0.50, ``band`` at
75 % / 50 % of the scale) exact, with no float fuzz and no tolerance to tune:
a session whose rwg is mathematically 0.70 is labelled ``agree`` on every
machine.  It also makes every result independent of the order of the rows,
and the returned floats are the correctly rounded values of the exact ones.

``polarised`` (in every item object and ``summary --json``): True when the
ratings form camps at both ends rather than a scatter, by van der Eijk's
agreement A < 0 (A = 1: all the same answer; 0: uniform; −1: all at the two
ends), computed exactly by :mod:`pe_desktop.core.polarisation` from the
counts per scale point; None with fewer than 3 numeric ratings.

Standard library only, so the core imports fast and never pulls in Qt.
Numbers are returned unrounded; rounding is for display.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from pe_desktop.core.polarisation import polarised

__all__ = [
    "GroupDef",
    "RatingRow",
    "describe",
    "suppressed_group_ids",
    "item_summary",
    "shift",
    "discuss_first",
    "session_summary",
]

#: rwg at or above this is labelled ``agree``.
AGREE_RWG = Fraction(7, 10)
#: rwg at or above this (and below :data:`AGREE_RWG`) is labelled ``mixed``.
MIXED_RWG = Fraction(1, 2)
#: Fewer numeric ratings than this and the agreement label is ``too few``.
MIN_N_FOR_AGREEMENT = 3


@dataclass(frozen=True)
class GroupDef:
    """A stakeholder group of a session; a list of them is in session order."""

    id: str
    name: str
    position: str  # 'community' | 'institution' | 'other'


@dataclass(frozen=True)
class RatingRow:
    """One participant's rating of one item; ``value`` None means "not sure"."""

    participant_id: str
    group_id: str | None
    item_key: str
    value: int | None


# ---------------------------------------------------------------------------
# one set of ratings


def _check_scale(scale_min: int, scale_max: int) -> None:
    """Refuse a degenerate scale: rwg divides by (A² − 1), which is 0 for A = 1."""
    if scale_max <= scale_min:
        raise ValueError(f"scale max {scale_max} must be greater than scale min {scale_min}")


def _numeric(values: Sequence[int | None], scale_min: int, scale_max: int) -> list[int]:
    """The numeric ratings, sorted; a value off the scale is a bug upstream, so raise."""
    xs: list[int] = []
    for v in values:
        if v is None:
            continue
        if isinstance(v, bool) or not isinstance(v, int):
            raise ValueError(f"rating {v!r} is not an integer")
        if not scale_min <= v <= scale_max:
            raise ValueError(f"rating {v} is outside the scale {scale_min}..{scale_max}")
        xs.append(v)
    xs.sort()
    return xs


def _quantile(xs: Sequence[int], p: Fraction) -> Fraction:
    """Linear-interpolation quantile of sorted ``xs`` (numpy default, R type 7), exactly."""
    h = (len(xs) - 1) * p
    lo = math.floor(h)
    if lo + 1 >= len(xs):
        return Fraction(xs[lo])
    return xs[lo] + (h - lo) * (xs[lo + 1] - xs[lo])


def _median(xs: Sequence[int]) -> Fraction:
    """Median of sorted, non-empty ``xs``, exactly."""
    mid = len(xs) // 2
    if len(xs) % 2:
        return Fraction(xs[mid])
    return Fraction(xs[mid - 1] + xs[mid], 2)


def _variance(xs: Sequence[int]) -> Fraction:
    """Sample variance (n − 1 denominator) of ``xs`` (n ≥ 2), exactly."""
    n = len(xs)
    s = sum(xs)
    ss = sum(x * x for x in xs)
    return Fraction(n * ss - s * s, n * (n - 1))


def _rwg(variance: Fraction, scale_min: int, scale_max: int) -> Fraction:
    """Within-group agreement against a uniform null, clipped to [0, 1], exactly."""
    a = scale_max - scale_min + 1
    r = 1 - variance / Fraction(a * a - 1, 12)
    return min(Fraction(1), max(Fraction(0), r))


def _agreement(n: int, rwg: Fraction | None) -> str:
    """Agreement label; 'too few' wins whenever n < 3 so small rooms aren't over-read."""
    if n < MIN_N_FOR_AGREEMENT or rwg is None:
        return "too few"
    if rwg >= AGREE_RWG:
        return "agree"
    if rwg >= MIXED_RWG:
        return "mixed"
    return "split"


def _band(median: Fraction | None, scale_min: int, scale_max: int) -> str | None:
    """Band of the median; thresholds as exact fractions (on 1–5: ≥ 4, ≥ 3, < 3)."""
    if median is None:
        return None
    span = scale_max - scale_min
    if median >= scale_min + Fraction(3, 4) * span:
        return "strength"
    if median >= scale_min + Fraction(1, 2) * span:
        return "watch"
    return "concern"


def _f(x: Fraction | None) -> float | None:
    return None if x is None else float(x)


def describe(values: Sequence[int | None], scale_min: int, scale_max: int) -> dict[str, Any]:
    """All docs/design.md §5 figures of one item's ratings (None = not sure), in docs/design.md §9 key order.

    Undefined figures are None: with no numeric rating everything but ``n``,
    ``unsure``, ``counts``, ``agreement`` is None; ``sd`` and ``rwg`` need two;
    ``polarised`` needs three.
    """
    _check_scale(scale_min, scale_max)
    xs = _numeric(values, scale_min, scale_max)
    n = len(xs)
    counts = {str(k): 0 for k in range(scale_min, scale_max + 1)}
    for x in xs:
        counts[str(x)] += 1
    out: dict[str, Any] = {
        "n": n,
        "unsure": len(values) - n,
        "counts": counts,
    }
    if n == 0:
        median = None
        out.update(mean=None, median=None, sd=None, q1=None, q3=None, iqr=None, min=None, max=None)
        rwg = None
    else:
        median = _median(xs)
        q1 = _quantile(xs, Fraction(1, 4))
        q3 = _quantile(xs, Fraction(3, 4))
        variance = _variance(xs) if n >= 2 else None
        rwg = _rwg(variance, scale_min, scale_max) if variance is not None else None
        out.update(
            mean=float(Fraction(sum(xs), n)),
            median=float(median),
            sd=math.sqrt(float(variance)) if variance is not None else None,
            q1=float(q1),
            q3=float(q3),
            iqr=float(q3 - q1),
            min=xs[0],
            max=xs[-1],
        )
    out["rwg"] = _f(rwg)
    out["agreement"] = _agreement(n, rwg)
    out["band"] = _band(median, scale_min, scale_max)
    out["polarised"] = polarised([counts[str(k)] for k in range(scale_min, scale_max + 1)])
    return out


# ---------------------------------------------------------------------------
# groups: suppression and power gap


def suppressed_group_ids(
    n_by_group: Sequence[tuple[str, int]],
    min_group_size: int,
    *,
    unassigned: int = 0,
) -> set[str]:
    """Ids of the groups whose figures must not be shown (docs/design.md §5).

    A group with fewer than ``min_group_size`` ratings would reveal a person's
    rating, so it is hidden.  Hiding it is not enough: overall n minus the
    shown groups' n would give the hidden ratings back.  So while the hidden
    ratings together number more than 0 but fewer than ``min_group_size``,
    the smallest still-shown group (ties: the later one in ``n_by_group``,
    which is in session group order) is hidden too.

    ``unassigned`` counts ratings that belong to no group (no group, or a
    group not defined in the session).  They are never shown per group, so
    they count as hidden from the start; without them subtraction could
    recover them.  A group with n == 0 is always hidden (nothing to show).
    """
    hidden_ids: set[str] = set()
    hidden = unassigned
    for gid, n in n_by_group:
        if n == 0 or n < min_group_size:
            hidden_ids.add(gid)
            hidden += n
    while 0 < hidden < min_group_size:
        shown = [(n, i, gid) for i, (gid, n) in enumerate(n_by_group) if gid not in hidden_ids]
        if not shown:
            break
        # smallest n; among equals the largest index (the later group)
        n, _, gid = max(shown, key=lambda t: (-t[0], t[1]))
        hidden_ids.add(gid)
        hidden += n
    return hidden_ids


def _pooled_mean(values: Sequence[int]) -> Fraction | None:
    return Fraction(sum(values), len(values)) if values else None


def item_summary(
    key: str,
    rows: Sequence[RatingRow],
    groups: Sequence[GroupDef],
    scale_min: int,
    scale_max: int,
    min_group_size: int,
) -> dict[str, Any]:
    """One docs/design.md §9 item object: ``key``, the :func:`describe` figures, ``groups``, ``power_gap``.

    Only rows with ``item_key == key`` are used, so callers may pass all of a
    round's rows.  Rows whose group is None or not in ``groups`` count in the
    overall figures but in no group, and count as hidden for suppression.

    A group's n for the suppression rule is its number of *numeric* ratings:
    "not sure" answers are not in any figure a group shows (n, mean, median,
    sd are all of numeric ratings), so they cannot be recovered by
    subtraction, and counting them would let a group of two numeric ratings
    plus one "not sure" show a mean that reveals individual ratings.
    """
    item_rows = [r for r in rows if r.item_key == key]
    out: dict[str, Any] = {"key": key}
    out.update(describe([r.value for r in item_rows], scale_min, scale_max))
    by_group, unassigned = _numeric_by_group(item_rows, groups)
    hidden = suppressed_group_ids(
        [(g.id, len(by_group[g.id])) for g in groups], min_group_size, unassigned=unassigned
    )
    out["groups"] = [_group_figures(g, by_group[g.id], g.id in hidden, scale_min, scale_max) for g in groups]
    out["power_gap"] = _power_gap(groups, by_group, hidden)
    return out


def _numeric_by_group(item_rows: Sequence[RatingRow], groups: Sequence[GroupDef]) -> tuple[dict[str, list[int]], int]:
    """Each group's numeric ratings, and how many numeric ratings belong to no known group."""
    by_group: dict[str, list[int]] = {g.id: [] for g in groups}
    unassigned = 0
    for r in item_rows:
        if r.value is None:
            continue
        if r.group_id is not None and r.group_id in by_group:
            by_group[r.group_id].append(r.value)
        else:
            unassigned += 1
    return by_group, unassigned


def _group_figures(
    group: GroupDef, values: list[int], suppressed: bool, scale_min: int, scale_max: int
) -> dict[str, Any]:
    """One group's entry: a suppressed group carries no figures at all, not even n."""
    if suppressed:
        return {"name": group.name, "position": group.position, "suppressed": True}
    d = describe(values, scale_min, scale_max)
    return {
        "name": group.name,
        "position": group.position,
        "suppressed": False,
        "n": d["n"],
        "mean": d["mean"],
        "median": d["median"],
        "sd": d["sd"],
    }


def _power_gap(groups: Sequence[GroupDef], by_group: dict[str, list[int]], hidden: set[str]) -> float | None:
    """Pooled mean of the shown community groups minus that of the shown institution groups."""
    sides: dict[str, list[int]] = {"community": [], "institution": []}
    has_side = {"community": False, "institution": False}
    for g in groups:
        if g.id not in hidden and g.position in sides:
            sides[g.position].extend(by_group[g.id])
            has_side[g.position] = True
    community = _pooled_mean(sides["community"])
    institution = _pooled_mean(sides["institution"])
    if has_side["community"] and has_side["institution"] and community is not None and institution is not None:
        return float(community - institution)
    return None


# ---------------------------------------------------------------------------
# across rounds and items


def _diff(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else b - a


def shift(round1: Mapping[str, Any], round2: Mapping[str, Any]) -> dict[str, float | None]:
    """Round 2 minus round 1 for median and rwg; None where either is undefined."""
    return {
        "median": _diff(round1.get("median"), round2.get("median")),
        "rwg": _diff(round1.get("rwg"), round2.get("rwg")),
    }


def discuss_first(items: Sequence[dict[str, Any]]) -> list[str]:
    """Item keys in the order the room should discuss them (docs/design.md §5).

    Least agreement first, then the largest power gap (None counts as 0),
    then the lowest median, then instrument order (``items`` is in
    instrument order).  Items with n < 3 go last, in instrument order: their
    rwg is too unstable to rank on.
    """
    enough: list[tuple[tuple[float, float, float, int], str]] = []
    few: list[str] = []
    for i, item in enumerate(items):
        if item["n"] < MIN_N_FOR_AGREEMENT:
            few.append(item["key"])
            continue
        rwg = item.get("rwg")
        gap = item.get("power_gap")
        median = item.get("median")
        sort_key = (
            math.inf if rwg is None else rwg,
            -abs(gap) if gap is not None else 0.0,
            math.inf if median is None else median,
            i,
        )
        enough.append((sort_key, item["key"]))
    enough.sort(key=lambda t: t[0])
    return [k for _, k in enough] + few


def session_summary(
    session_id: str,
    instrument_key: str,
    item_keys: Sequence[str],
    rows: Sequence[RatingRow],
    groups: Sequence[GroupDef],
    scale_min: int,
    scale_max: int,
    min_group_size: int,
    round: int,  # noqa: A002 - the docs/design.md §9 field name
) -> dict[str, Any]:
    """The exact object ``pe-desktop summary --json`` prints (docs/design.md §9); JSON-serialisable.

    ``rows`` are the ratings of this round; rows for items not in
    ``item_keys`` are ignored.
    """
    items = [
        item_summary(k, rows, groups, scale_min, scale_max, min_group_size) for k in item_keys
    ]
    return {
        "session": session_id,
        "instrument": instrument_key,
        "round": round,
        "min_group_size": min_group_size,
        "items": items,
        "discuss_first": discuss_first(items),
    }
