"""The Qt-free chart numbers (pe_desktop.charts.data) against core.stats.

Every chart draws what these helpers return, so the anonymity rule and the
figures are checked here without a display; the widget tests then check that
the widgets draw exactly these numbers.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pe_desktop.charts import data
from pe_desktop.core.palette import NEUTRAL, NEUTRAL_SHAPE, OKABE_ITO, diverging, group_style
from pe_desktop.core.stats import GroupDef, RatingRow, item_summary, shift

GROUPS = [
    GroupDef("g-res", "Residents", "community"),
    GroupDef("g-org", "Organizers", "community"),
    GroupDef("g-fun", "Funders", "institution"),
]


def rows_for(key: str, spec: dict[str, list[int | None]]) -> list[RatingRow]:
    out = []
    for gid, values in spec.items():
        for i, v in enumerate(values):
            out.append(RatingRow(f"{gid}-{i}", gid, key, v))
    return out


def test_module_imports_no_qt() -> None:
    code = (
        "import sys, pe_desktop.charts.data, pe_desktop.charts;"
        "bad=[m for m in sys.modules if m.split('.')[0] in ('PySide6','shiboken6','pyqtgraph')];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_swarm_counts_equal_stats_counts() -> None:
    rows = rows_for("k", {"g-res": [1, 2, 2, 3, None], "g-org": [5, 5, 4], "g-fun": [3, 3, 3, 2]})
    item = item_summary("k", rows, GROUPS, 1, 5, 3)
    sw = data.swarm("k", rows, GROUPS, item, 1, 5)
    assert {str(v): n for v, n in sw.counts.items()} == {k: n for k, n in item["counts"].items() if n}
    assert len(sw.dots) == item["n"]
    assert sw.unsure == item["unsure"] == 1


def test_suppressed_group_is_neutral_other_everywhere() -> None:
    # Organizers have 2 ratings (< 3): hidden; then hidden total 2 < 3, so the
    # smallest shown group (Funders, 3) is hidden too (docs/design.md §5).
    rows = rows_for("k", {"g-res": [1, 2, 3, 4, 5], "g-org": [5, 5], "g-fun": [3, 3, 3]})
    item = item_summary("k", rows, GROUPS, 1, 5, 3)
    assert [g["suppressed"] for g in item["groups"]] == [False, True, True]
    styles = data.group_styles(GROUPS, item)
    assert styles["g-res"].colour == OKABE_ITO[0] and styles["g-res"].label == "Residents"
    for gid in ("g-org", "g-fun"):
        assert (styles[gid].colour, styles[gid].shape, styles[gid].label) == (NEUTRAL, NEUTRAL_SHAPE, data.OTHER)
    sw = data.swarm("k", rows, GROUPS, item, 1, 5)
    labels = {d.label for d in sw.dots}
    assert labels == {"Residents", data.OTHER}
    assert {d.colour for d in sw.dots if d.label == data.OTHER} == {NEUTRAL}
    legend = data.legend_entries(sw.dots)
    assert [e.label for e in legend] == ["Residents", data.OTHER]
    assert [e.count for e in legend] == [5, 5]


def test_group_keeps_its_colour_when_an_earlier_group_is_hidden() -> None:
    rows = rows_for("k", {"g-res": [1], "g-org": [2, 2, 2], "g-fun": [3, 3, 3, 3]})
    item = item_summary("k", rows, GROUPS, 1, 5, 1)
    styles = data.group_styles(GROUPS, item)
    assert (styles["g-org"].colour, styles["g-org"].shape) == group_style(1)
    assert (styles["g-fun"].colour, styles["g-fun"].shape) == group_style(2)


def test_mismatched_summary_counts_as_suppressed() -> None:
    """If the summary's group list does not line up with the session's, nothing is shown by name."""
    item = {"groups": [{"name": "Someone else", "suppressed": False}]}
    assert data.group_styles(GROUPS, item)["g-res"].label == data.OTHER


def test_ratings_without_group_are_other() -> None:
    rows = [RatingRow("a", None, "k", 3), RatingRow("b", "not-in-session", "k", 4)] + rows_for(
        "k", {"g-res": [1, 1, 1]}
    )
    item = item_summary("k", rows, GROUPS, 1, 5, 1)
    sw = data.swarm("k", rows, GROUPS, item, 1, 5)
    assert sorted(d.label for d in sw.dots) == sorted([data.OTHER, data.OTHER, "Residents", "Residents", "Residents"])


def test_swarm_stacks_upright_and_wraps_when_tall() -> None:
    rows = rows_for("k", {"g-res": [3] * 6})
    item = item_summary("k", rows, GROUPS, 1, 5, 3)
    sw = data.swarm("k", rows, GROUPS, item, 1, 5, aspect=0.5)
    assert sw.columns == 1 and sw.rows == 6
    assert [d.y for d in sw.dots] == [0.5, 1.5, 2.5, 3.5, 4.5, 5.5]
    assert all(d.x == 3 for d in sw.dots)
    many = rows_for("k", {"g-res": [3] * 200})
    item = item_summary("k", many, GROUPS, 1, 5, 3)
    wide = data.swarm("k", many, GROUPS, item, 1, 5, aspect=0.5)
    assert wide.columns > 1
    assert all(abs(d.x - 3) <= data.STACK_WIDTH / 2 for d in wide.dots)


@pytest.mark.parametrize(
    "largest, points, aspect", [(1, 5, 0.5), (10, 5, 0.5), (200, 5, 0.5), (200, 11, 0.3), (50, 2, 1.0)]
)
def test_swarm_columns_fit_the_height(largest: int, points: int, aspect: float) -> None:
    c = data.swarm_columns(largest, points, aspect)
    cell = min(data.STACK_WIDTH / (points * c), 0.1 * aspect)
    assert -(-largest // c) * cell <= 0.8 * aspect + 1e-9 or c == largest
    if c > 1:  # one column fewer would not fit
        cell_prev = min(data.STACK_WIDTH / (points * (c - 1)), 0.1 * aspect)
        assert -(-largest // (c - 1)) * cell_prev > 0.8 * aspect


ratings = st.lists(
    st.tuples(st.sampled_from(["g-res", "g-org", "g-fun", None]), st.one_of(st.none(), st.integers(1, 5))),
    max_size=80,
)


@settings(max_examples=150, deadline=None)
@given(ratings, st.integers(1, 6), st.floats(0.2, 1.5))
def test_swarm_properties(spec: list[tuple[str | None, int | None]], k: int, aspect: float) -> None:
    rows = [RatingRow(f"p{i}", gid, "k", v) for i, (gid, v) in enumerate(spec)]
    item = item_summary("k", rows, GROUPS, 1, 5, k)
    sw = data.swarm("k", rows, GROUPS, item, 1, 5, aspect=aspect)
    # one dot per numeric rating, at its value
    assert {str(v): n for v, n in sw.counts.items()} == {key: n for key, n in item["counts"].items() if n}
    assert all(abs(d.x - d.value) <= data.STACK_WIDTH / 2 + 1e-9 for d in sw.dots)
    # no two dots on the same spot
    assert len({(round(d.x, 9), round(d.y, 9)) for d in sw.dots}) == len(sw.dots)
    # a suppressed group is never drawn under its name or in a colour of its own
    hidden = {g.name for g, s in zip(GROUPS, item["groups"], strict=True) if s["suppressed"]}
    shown_colours = {group_style(i)[0] for i, s in enumerate(item["groups"]) if not s["suppressed"]}
    for d in sw.dots:
        assert d.label not in hidden
        assert d.colour in shown_colours | {NEUTRAL}
    for e in data.legend_entries(sw.dots):
        assert e.label not in hidden
    # "other" never holds fewer than k ratings unless it is empty (docs/design.md §5 complement rule)
    others = sum(1 for d in sw.dots if d.label == data.OTHER)
    assert others == 0 or others >= k or all(s["suppressed"] for s in item["groups"])


def test_bar_segments_diverge_and_sum_to_100() -> None:
    rows = rows_for("a", {"g-res": [1, 2, 3, 3, 4, 5, 5, 5, None]}) + rows_for("b", {"g-res": [2, 2]})
    items = [item_summary(k, rows, GROUPS, 1, 5, 3) for k in ("a", "b", "c")]
    segs = data.bar_segments(items, 1, 5)
    assert len(segs) == 15
    a = {s.point: s for s in segs if s.key == "a"}
    assert [a[p].count for p in range(1, 6)] == [1, 1, 2, 1, 3]
    assert sum(s.width for s in a.values()) == pytest.approx(100)
    assert a[3].left == pytest.approx(-12.5) and a[3].width == pytest.approx(25)  # middle straddles 0
    assert a[2].left + a[2].width == pytest.approx(a[3].left)
    assert a[1].left + a[1].width == pytest.approx(a[2].left)
    assert a[4].left == pytest.approx(12.5) and a[5].left == pytest.approx(a[4].left + a[4].width)
    assert [s.colour for s in segs if s.key == "a"] == diverging(5)
    b = {s.point: s for s in segs if s.key == "b"}
    assert b[2].width == pytest.approx(100) and b[2].left == pytest.approx(-100)
    assert all(s.width == 0 for s in segs if s.key == "c")


def test_bar_segments_even_scale_has_no_middle() -> None:
    items = [{"key": "x", "counts": {"1": 1, "2": 1, "3": 1, "4": 1}}]
    segs = {s.point: s for s in data.bar_segments(items, 1, 4)}
    assert segs[2].left + segs[2].width == pytest.approx(0)
    assert segs[3].left == pytest.approx(0)
    assert segs[1].left == pytest.approx(-50)


def test_power_gap_rows_match_stats() -> None:
    rows = rows_for("a", {"g-res": [1, 2, 2, 1], "g-org": [3, 3, 4], "g-fun": [5, 4, 4, 5]})
    rows += rows_for("b", {"g-res": [1, 2, 2], "g-org": [3], "g-fun": [5, 5, 5]})
    items = [item_summary(k, rows, GROUPS, 1, 5, 3) for k in ("a", "b")]
    gaps = data.power_gap_rows(items)
    assert gaps[0].community == pytest.approx((1 + 2 + 2 + 1 + 3 + 3 + 4) / 7)
    assert gaps[0].institution == pytest.approx(4.5)
    assert gaps[0].community - gaps[0].institution == pytest.approx(items[0]["power_gap"])
    assert gaps[0].gap == items[0]["power_gap"]
    # item b: Organizers (1) hidden, then Residents (3) hidden as the smallest; no community side left
    assert items[1]["power_gap"] is None
    assert (gaps[1].community, gaps[1].institution, gaps[1].gap) == (None, None, None)


def test_shift_rows_use_core_shift() -> None:
    r1 = rows_for("a", {"g-res": [1, 2, 3]}) + rows_for("b", {"g-res": [4, 4, 4]})
    r2 = rows_for("a", {"g-res": [3, 3, 4]})
    s1 = [item_summary(k, r1, GROUPS, 1, 5, 3) for k in ("a", "b")]
    s2 = [item_summary(k, r2, GROUPS, 1, 5, 3) for k in ("a", "b")]
    rows = data.shift_rows(s1, s2)
    assert rows[0].median1 == 2 and rows[0].median2 == 3
    assert rows[0].median_shift == shift(s1[0], s2[0])["median"] == 1
    assert rows[0].rwg_shift == pytest.approx(shift(s1[0], s2[0])["rwg"])
    assert rows[1].median2 is None and rows[1].median_shift is None
    assert (rows[0].n1, rows[0].n2) == (3, 3)


def test_trend_data_sorted_by_date_with_gaps() -> None:
    trend = {
        "sessions": [
            {
                "id": "s2",
                "title": "Autumn",
                "held_on": "2026-10-01",
                "items": {"a": {"median": 3.0, "rwg": 0.5, "n": 9}},
            },
            {
                "id": "s1",
                "title": "Spring",
                "held_on": "2026-03-01",
                "items": {"a": {"median": 2.0, "rwg": 0.4, "n": 8}, "b": {"median": 4.0, "rwg": 0.9, "n": 8}},
            },
            {"id": "s3", "title": "Undated", "held_on": None, "items": {"b": {"median": None, "rwg": None, "n": 0}}},
        ]
    }
    td = data.trend_data(trend)
    assert td.session_ids == ("s1", "s2", "s3")
    assert td.session_labels == ("2026-03-01", "2026-10-01", "Undated")
    assert td.series == {"a": (2.0, 3.0, None), "b": (4.0, None, None)}


@pytest.mark.parametrize(
    "value, digits, text",
    [(None, 1, "–"), (3.0, 1, "3"), (2.75, 2, "2.75"), (-1.25, 1, "−1.2"), (-0.04, 1, "0"), (0.5, 1, "0.5")],
)
def test_fmt(value: float | None, digits: int, text: str) -> None:
    assert data.fmt(value, digits) == text


def _luminance(hex_colour: str) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


@pytest.mark.parametrize("text", ["INK", "MUTED"])
def test_projector_text_contrast_is_at_least_7_to_1(text: str) -> None:
    from pe_desktop.charts import theme

    fg, bg = _luminance(getattr(theme, text)), _luminance(theme.PAPER)
    assert (max(fg, bg) + 0.05) / (min(fg, bg) + 0.05) >= 7.0
