"""Tests for pe_desktop.core.stats against docs/design.md §5 and docs/design.md §9.

Expected figures are computed independently with numpy (np.percentile's
default linear method, np.std with ddof=1, np.median), so these tests do not
share code, or arithmetic, with the implementation (which is exact, with
fractions).
"""

from __future__ import annotations

import json
import math
import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pe_desktop.core.stats import (
    GroupDef,
    RatingRow,
    describe,
    discuss_first,
    item_summary,
    session_summary,
    shift,
    suppressed_group_ids,
)

DESCRIBE_KEYS = [
    "n", "unsure", "counts", "mean", "median", "sd", "q1", "q3", "iqr",
    "min", "max", "rwg", "agreement", "band", "polarised",
]
ITEM_KEYS = ["key", *DESCRIBE_KEYS, "groups", "power_gap"]
SHOWN_GROUP_KEYS = ["name", "position", "suppressed", "n", "mean", "median", "sd"]
SUPPRESSED_GROUP_KEYS = ["name", "position", "suppressed"]
SUMMARY_KEYS = ["session", "instrument", "round", "min_group_size", "items", "discuss_first"]
FLOAT_KEYS = ["mean", "median", "sd", "q1", "q3", "iqr", "rwg"]
EPS = 1e-12


# ---------------------------------------------------------------------------
# independent reference


def reference(values, lo, hi):
    """docs/design.md §6 figures by numpy; thresholds compared with a tolerance in the favourable direction."""
    xs = np.array([v for v in values if v is not None], dtype=float)
    n = len(xs)
    a = hi - lo + 1
    out = {
        "n": n,
        "unsure": sum(v is None for v in values),
        "counts": {str(k): int((xs == k).sum()) for k in range(lo, hi + 1)},
    }
    if n == 0:
        out.update(mean=None, median=None, sd=None, q1=None, q3=None, iqr=None,
                   min=None, max=None, rwg=None, agreement="too few", band=None)
        return out
    q1, q3 = np.percentile(xs, [25, 75])
    sd = float(np.std(xs, ddof=1)) if n >= 2 else None
    rwg = None if sd is None else min(1.0, max(0.0, 1 - sd**2 / ((a * a - 1) / 12)))
    median = float(np.median(xs))
    if n < 3:
        agreement = "too few"
    elif rwg >= 0.70 - EPS:
        agreement = "agree"
    elif rwg >= 0.50 - EPS:
        agreement = "mixed"
    else:
        agreement = "split"
    if median >= lo + 0.75 * (hi - lo) - EPS:
        band = "strength"
    elif median >= lo + 0.5 * (hi - lo) - EPS:
        band = "watch"
    else:
        band = "concern"
    out.update(mean=float(xs.mean()), median=median, sd=sd, q1=float(q1), q3=float(q3),
               iqr=float(q3 - q1), min=int(xs.min()), max=int(xs.max()), rwg=rwg,
               agreement=agreement, band=band)
    return out


def assert_matches_reference(got, values, lo, hi):
    exp = reference(values, lo, hi)
    assert list(got) == DESCRIBE_KEYS
    for k in DESCRIBE_KEYS:
        if k == "polarised":
            continue  # its own reference: tests/core/test_polarisation.py
        if k in FLOAT_KEYS:
            if exp[k] is None:
                assert got[k] is None, k
            else:
                assert isinstance(got[k], float), k
                assert got[k] == pytest.approx(exp[k], abs=1e-9), k
        else:
            assert got[k] == exp[k], k
    if got["min"] is not None:
        assert type(got["min"]) is int and type(got["max"]) is int


# ---------------------------------------------------------------------------
# describe: constructed cases


def test_every_rating_not_sure():
    d = describe([None, None, None], 1, 5)
    assert_matches_reference(d, [None, None, None], 1, 5)
    assert d["n"] == 0 and d["unsure"] == 3
    assert d["counts"] == {"1": 0, "2": 0, "3": 0, "4": 0, "5": 0}
    for k in ["mean", "median", "sd", "q1", "q3", "iqr", "min", "max", "rwg", "band"]:
        assert d[k] is None, k
    assert d["agreement"] == "too few"


def test_no_ratings_at_all():
    d = describe([], 1, 5)
    assert d["n"] == 0 and d["unsure"] == 0 and d["band"] is None


def test_one_rating():
    d = describe([4, None], 1, 5)
    assert_matches_reference(d, [4, None], 1, 5)
    assert d["mean"] == d["median"] == d["q1"] == d["q3"] == 4.0
    assert d["iqr"] == 0.0 and d["min"] == d["max"] == 4
    assert d["sd"] is None and d["rwg"] is None
    assert d["agreement"] == "too few" and d["band"] == "strength"


def test_two_ratings():
    d = describe([2, 5], 1, 5)
    assert_matches_reference(d, [2, 5], 1, 5)
    assert d["sd"] is not None and d["rwg"] is not None
    assert d["agreement"] == "too few"  # n < 3 takes precedence over rwg
    assert d["median"] == 3.5 and d["band"] == "watch"


def test_identical_ratings_agree():
    d = describe([3, 3, 3, 3], 1, 5)
    assert_matches_reference(d, [3, 3, 3, 3], 1, 5)
    assert d["sd"] == 0.0 and d["rwg"] == 1.0 and d["agreement"] == "agree"


def test_split_between_ends_clips_rwg_to_zero():
    values = [1, 1, 5, 5]
    d = describe(values, 1, 5)
    assert_matches_reference(d, values, 1, 5)
    # unclipped it would be 1 - (16/3) / 2 < 0
    assert 1 - np.var(values, ddof=1) / 2 < 0
    assert d["rwg"] == 0.0 and d["agreement"] == "split"


def test_hand_computed_case():
    """The docs/design.md §7 example: counts 0,3,4,3,2 plus one "not sure", worked by hand."""
    values = [2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5, None]
    d = describe(values, 1, 5)
    assert d["n"] == 12 and d["unsure"] == 1
    assert list(d["counts"].items()) == [("1", 0), ("2", 3), ("3", 4), ("4", 3), ("5", 2)]
    assert d["mean"] == pytest.approx(40 / 12)
    assert d["median"] == 3.0
    assert d["q1"] == 2.75  # h = 11 * 0.25 = 2.75 -> x[2] + 0.75 (x[3] - x[2]) = 2 + 0.75
    assert d["q3"] == 4.0   # h = 8.25 -> x[8] = x[9] = 4
    assert d["iqr"] == 1.25
    # var = (12 * 146 - 40**2) / (12 * 11) = 152 / 132
    assert d["sd"] == pytest.approx(math.sqrt(152 / 132))
    assert d["rwg"] == pytest.approx(1 - (152 / 132) / 2)  # 0.4242...
    assert d["min"] == 2 and d["max"] == 5
    assert d["agreement"] == "split" and d["band"] == "watch"
    assert_matches_reference(d, values, 1, 5)


def test_rwg_threshold_exact_despite_float_fuzz():
    """On 1..3, (1,2,2,2,2) has rwg exactly 0.7; naive floats give 0.6999999999999998."""
    values = [1, 2, 2, 2, 2]
    naive = 1 - np.std(values, ddof=1) ** 2 / ((3 * 3 - 1) / 12)
    assert naive < 0.7  # the trap this test is about
    d = describe(values, 1, 3)
    assert d["rwg"] == 0.7 and d["agreement"] == "agree"
    d = describe([2, 2, 3], 1, 3)  # rwg exactly 0.5
    assert d["rwg"] == 0.5 and d["agreement"] == "mixed"


def test_band_thresholds_on_other_scales():
    # 1..5: strength >= 4, watch >= 3
    assert describe([4, 4, 4], 1, 5)["band"] == "strength"
    assert describe([3, 4], 1, 5)["band"] == "watch"       # median 3.5
    assert describe([2, 3], 1, 5)["band"] == "concern"     # median 2.5
    # 0..10: strength >= 7.5, watch >= 5
    assert describe([7, 8], 0, 10)["band"] == "strength"   # median 7.5
    assert describe([5], 0, 10)["band"] == "watch"
    assert describe([4, 5], 0, 10)["band"] == "concern"


def test_counts_cover_every_scale_point_in_order():
    d = describe([7], 3, 7)
    assert list(d["counts"]) == ["3", "4", "5", "6", "7"]
    assert d["counts"]["7"] == 1


@pytest.mark.parametrize("bad", [0, 6, 2.5, True])
def test_value_off_the_scale_is_refused(bad):
    with pytest.raises(ValueError):
        describe([3, bad], 1, 5)


def test_degenerate_scale_is_refused():
    with pytest.raises(ValueError):
        describe([1], 1, 1)


# ---------------------------------------------------------------------------
# suppression


def test_group_below_minimum_forces_a_second_group_hidden():
    # B (2) is too small; hiding only B lets overall - A - C recover B's 2 ratings,
    # so the smallest shown group, C (4), is hidden too.
    assert suppressed_group_ids([("A", 5), ("B", 2), ("C", 4)], 3) == {"B", "C"}


def test_complementary_suppression_tie_hides_the_later_group():
    assert suppressed_group_ids([("A", 4), ("B", 2), ("C", 4), ("D", 5)], 3) == {"B", "C"}
    assert suppressed_group_ids([("C", 4), ("B", 2), ("A", 4), ("D", 5)], 3) == {"B", "A"}


def test_no_complementary_suppression_when_hidden_total_is_large_enough():
    assert suppressed_group_ids([("A", 5), ("B", 2), ("C", 1), ("D", 4)], 3) == {"B", "C"}
    assert suppressed_group_ids([("A", 5), ("B", 3)], 3) == set()


def test_empty_group_is_hidden_but_holds_nothing():
    assert suppressed_group_ids([("A", 5), ("B", 0), ("C", 4)], 3) == {"B"}
    assert suppressed_group_ids([("A", 5), ("B", 0)], 0) == {"B"}


def test_unassigned_ratings_count_as_hidden():
    assert suppressed_group_ids([("A", 5), ("B", 4)], 3, unassigned=1) == {"B"}
    assert suppressed_group_ids([("A", 5), ("B", 4)], 3, unassigned=3) == set()


def test_everything_hidden_when_nothing_is_big_enough():
    assert suppressed_group_ids([("A", 1), ("B", 1)], 3) == {"A", "B"}


# ---------------------------------------------------------------------------
# item_summary: groups and power gap

GROUPS = [
    GroupDef("g-res", "Residents", "community"),
    GroupDef("g-org", "Community orgs", "community"),
    GroupDef("g-inst", "City", "institution"),
    GroupDef("g-fund", "Funders", "institution"),
]


def make_rows(spec, key="continual"):
    """spec: list of (group_id, values); one participant per value."""
    rows = []
    for gid, values in spec:
        for v in values:
            rows.append(RatingRow(f"p{len(rows)}", gid, key, v))
    return rows


def test_item_summary_shape_and_group_figures():
    rows = make_rows([("g-res", [2, 3, 3, 4]), ("g-org", [1, 2]), ("g-inst", [4, 5, 5]),
                      ("g-fund", [5, 5, 4, 4, 3])])
    s = item_summary("continual", rows, GROUPS, 1, 5, 3)
    assert list(s) == ITEM_KEYS
    assert s["key"] == "continual"
    all_values = [2, 3, 3, 4, 1, 2, 4, 5, 5, 5, 5, 4, 4, 3]
    assert {k: s[k] for k in DESCRIBE_KEYS} == describe(all_values, 1, 5)
    # g-org (2) hidden, then the smallest shown group, g-inst (3), too
    res, org, inst, fund = s["groups"]
    assert org == {"name": "Community orgs", "position": "community", "suppressed": True}
    assert inst == {"name": "City", "position": "institution", "suppressed": True}
    for g in (org, inst):
        assert list(g) == SUPPRESSED_GROUP_KEYS
    assert list(res) == SHOWN_GROUP_KEYS and res["suppressed"] is False
    assert res["n"] == 4
    assert res["mean"] == pytest.approx(np.mean([2, 3, 3, 4]))
    assert res["median"] == pytest.approx(np.median([2, 3, 3, 4]))
    assert res["sd"] == pytest.approx(np.std([2, 3, 3, 4], ddof=1))
    assert fund["n"] == 5
    # power gap from shown groups only: Residents vs Funders
    assert s["power_gap"] == pytest.approx(np.mean([2, 3, 3, 4]) - np.mean([5, 5, 4, 4, 3]))


def test_power_gap_pools_ratings_not_group_means():
    rows = make_rows([("g-res", [1, 1, 1]), ("g-org", [4, 4, 4, 4, 4, 4]),
                      ("g-inst", [5, 5, 5]), ("g-fund", [5, 5, 5])])
    s = item_summary("continual", rows, GROUPS, 1, 5, 3)
    assert s["power_gap"] == pytest.approx(np.mean([1, 1, 1, 4, 4, 4, 4, 4, 4]) - 5)
    assert s["power_gap"] != pytest.approx(np.mean([1, 4]) - 5)


def test_power_gap_null_when_community_group_suppressed():
    groups = [GroupDef("c", "Residents", "community"), GroupDef("i", "City", "institution"),
              GroupDef("o", "Others", "other")]
    rows = make_rows([("c", [1, 2]), ("i", [4, 5, 5, 4]), ("o", [3, 3, 3, 3])])
    s = item_summary("continual", rows, groups, 1, 5, 3)
    c, i, o = s["groups"]
    assert c["suppressed"] is True
    assert s["power_gap"] is None


def test_power_gap_null_without_institution_group():
    groups = [GroupDef("c", "Residents", "community"), GroupDef("o", "Others", "other")]
    s = item_summary("continual", make_rows([("c", [1, 2, 3]), ("o", [3, 3, 3])]), groups, 1, 5, 3)
    assert s["power_gap"] is None


def test_not_sure_does_not_count_towards_group_size():
    """Decision: a group's n for suppression is its number of numeric ratings."""
    groups = [GroupDef("a", "A", "community"), GroupDef("b", "B", "institution")]
    rows = make_rows([("a", [2, 4, None]), ("b", [3, 3, 4, 5, 5])])
    s = item_summary("continual", rows, groups, 1, 5, 3)
    a, b = s["groups"]
    assert a == {"name": "A", "position": "community", "suppressed": True}
    # hiding A (2 numeric ratings) alone would let n=7 minus B's n recover them
    assert b["suppressed"] is True
    assert s["n"] == 7 and s["unsure"] == 1


def test_rows_without_a_known_group_count_overall_only():
    groups = [GroupDef("a", "A", "community"), GroupDef("b", "B", "institution")]
    rows = make_rows([("a", [2, 3, 4]), ("b", [3, 3, 4, 5]), (None, [1]), ("ghost", [1, 2, 3])])
    s = item_summary("continual", rows, groups, 1, 5, 3)
    assert s["n"] == 11
    a, b = s["groups"]
    assert a["n"] == 3 and b["n"] == 4  # the 4 unassigned ratings are hidden enough
    rows = make_rows([("a", [2, 3, 4]), ("b", [3, 3, 4, 5]), (None, [1])])
    s = item_summary("continual", rows, groups, 1, 5, 3)
    # one unassigned rating: hiding A keeps it from being recovered as n - sum(shown n)
    assert [g["suppressed"] for g in s["groups"]] == [True, False]


def test_item_summary_uses_only_its_own_item():
    rows = make_rows([("g-res", [1, 1, 1])], key="a") + make_rows([("g-res", [5, 5, 5])], key="b")
    assert item_summary("a", rows, GROUPS, 1, 5, 3)["mean"] == 1.0
    assert item_summary("b", rows, GROUPS, 1, 5, 3)["mean"] == 5.0
    assert item_summary("c", rows, GROUPS, 1, 5, 3)["n"] == 0


# ---------------------------------------------------------------------------
# shift and discuss_first


def test_shift():
    r1 = describe([1, 2, 5, 5], 1, 5)
    r2 = describe([4, 4, 5, 4], 1, 5)
    out = shift(r1, r2)
    assert set(out) == {"median", "rwg"}
    assert out["median"] == pytest.approx(4.0 - 3.5)
    assert out["rwg"] == pytest.approx(r2["rwg"] - r1["rwg"])
    assert out["rwg"] > 0


def test_shift_undefined():
    assert shift(describe([None], 1, 5), describe([3, 4], 1, 5)) == {"median": None, "rwg": None}
    assert shift(describe([3], 1, 5), describe([3, 4], 1, 5)) == {"median": 0.5, "rwg": None}


def _item(key, n=5, rwg=0.5, power_gap=None, median=3.0):
    return {"key": key, "n": n, "rwg": rwg, "power_gap": power_gap, "median": median}


def test_discuss_first_order():
    items = [
        _item("few-low", n=2, rwg=0.0),         # n < 3: last despite lowest rwg
        _item("agree", rwg=0.9),
        _item("split", rwg=0.1),
        _item("mid-nogap", rwg=0.5),            # None gap counts as 0
        _item("mid-gap-neg", rwg=0.5, power_gap=-1.5),
        _item("mid-gap-pos", rwg=0.5, power_gap=1.0),
        _item("mid-zero-gap", rwg=0.5, power_gap=0.0, median=2.0),
        _item("few-none", n=0, rwg=None, median=None),
        _item("mid-nogap-twin", rwg=0.5),       # full tie with mid-nogap: instrument order
    ]
    assert discuss_first(items) == [
        "split",
        "mid-gap-neg", "mid-gap-pos",
        "mid-zero-gap",                         # gap 0 == None, lower median first
        "mid-nogap", "mid-nogap-twin",
        "agree",
        "few-low", "few-none",
    ]


def test_discuss_first_from_real_summaries():
    rows = (make_rows([("g-res", [1, 5, 1, 5])], key="x")
            + make_rows([("g-res", [3, 3, 3, 4])], key="y")
            + make_rows([("g-res", [1, 1])], key="z"))
    items = [item_summary(k, rows, GROUPS, 1, 5, 3) for k in ["z", "y", "x"]]
    assert discuss_first(items) == ["x", "y", "z"]
    assert discuss_first([]) == []


# ---------------------------------------------------------------------------
# session_summary


def test_session_summary_shape_matches_section_7():
    rows = make_rows([("g-res", [2, 3, 3, 4, None]), ("g-fund", [5, 4])], key="continual")
    rows += make_rows([("g-res", [4, 4, 4]), ("g-inst", [2, 2, 3])], key="bounded")
    out = session_summary("s-1", "partnership-equity", ["continual", "bounded", "empty"],
                          rows, GROUPS, 1, 5, 3, 1)
    assert list(out) == SUMMARY_KEYS
    assert out["session"] == "s-1" and out["instrument"] == "partnership-equity"
    assert out["round"] == 1 and out["min_group_size"] == 3
    assert [i["key"] for i in out["items"]] == ["continual", "bounded", "empty"]
    for item in out["items"]:
        assert list(item) == ITEM_KEYS
        assert len(item["groups"]) == len(GROUPS)
        for g in item["groups"]:
            assert list(g) == (SHOWN_GROUP_KEYS if not g["suppressed"] else SUPPRESSED_GROUP_KEYS)
    assert sorted(out["discuss_first"]) == sorted(["continual", "bounded", "empty"])
    assert out["discuss_first"][-1] == "empty"
    text = json.dumps(out, allow_nan=False)
    assert json.loads(text) == out
    bounded = out["items"][1]
    assert bounded["power_gap"] == pytest.approx(4 - np.mean([2, 2, 3]))


# ---------------------------------------------------------------------------
# properties

scales = st.tuples(st.integers(-3, 3), st.integers(1, 10)).map(lambda t: (t[0], t[0] + t[1]))


@st.composite
def values_on_a_scale(draw):
    lo, hi = draw(scales)
    values = draw(st.lists(st.one_of(st.none(), st.integers(lo, hi)), max_size=40))
    return lo, hi, values


@settings(max_examples=300, deadline=None)
@given(values_on_a_scale())
def test_describe_matches_numpy(case):
    lo, hi, values = case
    d = describe(values, lo, hi)
    assert_matches_reference(d, values, lo, hi)
    assert d["rwg"] is None or 0.0 <= d["rwg"] <= 1.0
    assert (d["rwg"] is None) == (d["n"] < 2)
    assert sum(d["counts"].values()) == d["n"]
    assert d["n"] + d["unsure"] == len(values)
    json.dumps(d, allow_nan=False)


@st.composite
def sessions(draw):
    n_groups = draw(st.integers(0, 5))
    positions = ["community", "institution", "other"]
    groups = [GroupDef(f"g{i}", f"Group {i}", draw(st.sampled_from(positions)))
              for i in range(n_groups)]
    group_ids = [g.id for g in groups] + [None, "unknown"]
    n_people = draw(st.integers(0, 30))
    rows = []
    for p in range(n_people):
        gid = draw(st.sampled_from(group_ids)) if draw(st.integers(0, 9)) == 0 or not groups \
            else draw(st.sampled_from([g.id for g in groups]))
        for key in ("a", "b"):
            rows.append(RatingRow(f"p{p}", gid, key, draw(st.one_of(st.none(), st.integers(1, 5)))))
    k = draw(st.integers(1, 5))
    return groups, rows, k


@settings(max_examples=200, deadline=None)
@given(sessions(), st.randoms(use_true_random=False))
def test_independent_of_row_order(session, rnd):
    groups, rows, k = session
    shuffled = list(rows)
    rnd.shuffle(shuffled)
    a = session_summary("s", "i", ["a", "b"], rows, groups, 1, 5, k, 1)
    b = session_summary("s", "i", ["a", "b"], shuffled, groups, 1, 5, k, 1)
    assert a == b


@settings(max_examples=300, deadline=None)
@given(sessions())
def test_no_recovery_by_subtraction(session):
    groups, rows, k = session
    for key in ("a", "b"):
        s = item_summary(key, rows, groups, 1, 5, k)
        shown = [g for g in s["groups"] if not g["suppressed"]]
        without_shown_group = s["n"] - sum(g["n"] for g in shown)
        assert without_shown_group == 0 or without_shown_group >= k or not shown
        for g in shown:
            assert g["n"] >= k and g["n"] >= 1
        assert s["rwg"] is None or 0.0 <= s["rwg"] <= 1.0
        assert sum(s["counts"].values()) == s["n"]
        community = [g for g in shown if g["position"] == "community"]
        institution = [g for g in shown if g["position"] == "institution"]
        assert (s["power_gap"] is None) == (not community or not institution)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.integers(0, 8), max_size=8), st.integers(1, 5), st.integers(0, 4))
def test_suppression_hidden_total(sizes, k, unassigned):
    n_by_group = [(f"g{i}", n) for i, n in enumerate(sizes)]
    hidden = suppressed_group_ids(n_by_group, k, unassigned=unassigned)
    assert hidden <= {gid for gid, _ in n_by_group}
    total = unassigned + sum(n for gid, n in n_by_group if gid in hidden)
    all_hidden = len(hidden) == len(n_by_group)
    assert total == 0 or total >= k or all_hidden
    # every group below the minimum (and every empty group) is hidden
    assert {gid for gid, n in n_by_group if n < k or n == 0} <= hidden
    # and without unassigned ratings, the plain API agrees with the docs/design.md §6 property
    plain = suppressed_group_ids(n_by_group, k)
    plain_total = sum(n for gid, n in n_by_group if gid in plain)
    assert plain_total == 0 or plain_total >= k or len(plain) == len(n_by_group)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 8), max_size=8), st.integers(1, 5))
def test_complementary_suppression_is_minimal(sizes, k):
    """At most one extra group is hidden, and it is the smallest shown (later on ties)."""
    n_by_group = [(f"g{i}", n) for i, n in enumerate(sizes)]
    hidden = suppressed_group_ids(n_by_group, k)
    small = {gid for gid, n in n_by_group if n < k or n == 0}
    extra = hidden - small
    assert len(extra) <= 1
    if extra:
        (gid,) = extra
        idx = int(gid[1:])
        candidates = [(n, i) for i, (g, n) in enumerate(n_by_group) if g not in small]
        assert (sizes[idx], idx) == min(candidates, key=lambda t: (t[0], -t[1]))


def test_shuffle_helper_sanity():
    # guard: the property above really permutes (random with a fixed seed)
    rows = make_rows([("g-res", [1, 2, 3, 4, 5])])
    shuffled = list(rows)
    random.Random(1).shuffle(shuffled)
    assert shuffled != rows
    assert item_summary("continual", rows, GROUPS, 1, 5, 3) == item_summary(
        "continual", shuffled, GROUPS, 1, 5, 3)
