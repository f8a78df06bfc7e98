"""The pyqtgraph chart widgets draw exactly the core.stats numbers, in place, as plain text."""

from __future__ import annotations

import random
from itertools import pairwise

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from helpers import chart_drawn, chart_texts
from pe_desktop.charts import data
from pe_desktop.charts.bars import DivergingBarsChart
from pe_desktop.charts.dots import DotChart
from pe_desktop.charts.gap import PowerGapChart
from pe_desktop.charts.shift import RoundShiftChart
from pe_desktop.charts.table import ChartTable
from pe_desktop.charts.trend import TrendChart
from pe_desktop.core.palette import NEUTRAL, OKABE_ITO
from pe_desktop.core.stats import GroupDef, RatingRow, item_summary

GROUPS = [
    GroupDef("g1", "Residents <b>&amp;</b> neighbours", "community"),
    GroupDef("g2", "Organizers", "community"),
    GroupDef("g3", "Funders", "institution"),
]


def random_rows(keys, seed: int = 3, sizes=(7, 2, 4)) -> list[RatingRow]:
    rng = random.Random(seed)
    rows = []
    for g, size in zip(GROUPS, sizes, strict=True):
        for i in range(size):
            for key in keys:
                rows.append(RatingRow(f"{g.id}-{i}", g.id, key, rng.choice([1, 2, 3, 3, 4, 5, None])))
    return rows


@pytest.fixture
def dot_chart(qtbot, pe_instrument):
    chart = DotChart(pe_instrument.scale)
    qtbot.addWidget(chart)
    chart.resize(1200, 600)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def test_dot_chart_draws_the_stats(dot_chart, pe_instrument) -> None:
    key = pe_instrument.item_keys[0]
    rows = random_rows([key])
    item = item_summary(key, rows, GROUPS, 1, 5, 3)
    dot_chart.set_item(key, "Continual", rows, GROUPS, item)
    drawn = chart_drawn(dot_chart)
    for field in ("median", "q1", "q3", "iqr", "n", "unsure", "counts"):
        assert drawn[field] == pytest.approx(item[field]), field
    # Organizers (2 people) are below the minimum of 3, so they are never drawn by name
    hidden = {g.name for g, s in zip(GROUPS, item["groups"], strict=True) if s["suppressed"]}
    assert "Organizers" in hidden
    assert all(d["label"] not in hidden for d in drawn["dots"])
    assert {d["colour"] for d in drawn["dots"] if d["label"] == data.OTHER} <= {NEUTRAL}
    assert [e["label"] for e in drawn["legend"]][-1] == "other"
    assert not any(name in text for text in chart_texts(dot_chart) for name in hidden)


def test_dot_chart_updates_items_in_place(dot_chart, pe_instrument) -> None:
    key = pe_instrument.item_keys[0]
    items = list(dot_chart.plot.items)
    for seed in range(10):
        rows = random_rows([key], seed=seed, sizes=(5 + seed, 3, 4))
        dot_chart.set_item(key, "Continual", rows, GROUPS, item_summary(key, rows, GROUPS, 1, 5, 3))
    assert len(dot_chart.plot.items) == len(items)
    assert all(now is before for now, before in zip(dot_chart.plot.items, items, strict=False))  # the same items, updated
    assert chart_drawn(dot_chart)["n"] == sum(1 for r in rows if r.value is not None)


def test_dot_chart_group_names_are_plain_text(dot_chart, pe_instrument) -> None:
    key = pe_instrument.item_keys[0]
    rows = random_rows([key], sizes=(6, 5, 5))
    item = item_summary(key, rows, GROUPS, 1, 5, 3)
    dot_chart.set_item(key, "Continual", rows, GROUPS, item)
    labels = [lab for lab in dot_chart.legend.findChildren(QLabel) if lab.text()]
    assert GROUPS[0].name in [lab.text() for lab in labels]
    assert all(lab.textFormat() == Qt.TextFormat.PlainText for lab in labels)
    assert chart_drawn(dot_chart)["legend"][0] == {"label": GROUPS[0].name, "colour": OKABE_ITO[0], "shape": "circle"}


def test_dot_chart_text_equivalent(dot_chart, pe_instrument) -> None:
    key = pe_instrument.item_keys[0]
    rows = random_rows([key], sizes=(6, 5, 5))
    item = item_summary(key, rows, GROUPS, 1, 5, 3)
    dot_chart.set_item(key, "Continual", rows, GROUPS, item)
    header, table = dot_chart.table_header(), dot_chart.table_rows()
    assert header[:2] == ["Score", "Label"] and header[-1] == "All"
    assert [int(r[-1]) for r in table[:5]] == [item["counts"][str(v)] for v in range(1, 6)]
    if item["unsure"]:
        assert table[5][1] == "Not sure" and int(table[5][-1]) == item["unsure"]
    description = dot_chart.accessibleDescription()
    assert description == dot_chart.description()
    assert f"{item['n']} ratings" in description and "Median" in description
    assert dot_chart.accessibleName() == "Score spread"


def test_dot_chart_without_ratings_hides_median(dot_chart, pe_instrument) -> None:
    key = pe_instrument.item_keys[0]
    dot_chart.set_item(key, "Continual", [], GROUPS, item_summary(key, [], GROUPS, 1, 5, 3))
    drawn = chart_drawn(dot_chart)
    assert drawn["n"] == 0 and drawn["median"] is None and drawn["legend"] == []


def test_dots_stay_inside_the_plot_when_resized(qtbot, dot_chart, pe_instrument) -> None:
    key = pe_instrument.item_keys[0]
    rows = [RatingRow(f"p{i}", "g1", key, 3) for i in range(200)]
    dot_chart.set_item(key, "Continual", rows, GROUPS, item_summary(key, rows, GROUPS, 1, 5, 3))
    for width, height in ((1900, 700), (800, 300)):
        dot_chart.resize(width, height)
        dot_chart.set_text_px(18)
        qtbot.waitUntil(lambda width=width: dot_chart.plot.getViewBox().width() < width)
        (x0, x1), (y0, y1) = dot_chart.plot.getViewBox().viewRange()
        for d in chart_drawn(dot_chart)["dots"]:
            assert x0 < d["x"] < x1 and y0 < d["y"] < y1


def test_diverging_bars_draw_the_counts(qtbot, pe_instrument) -> None:
    chart = DivergingBarsChart(pe_instrument)
    qtbot.addWidget(chart)
    keys = list(pe_instrument.item_keys)
    rows = random_rows(keys)
    items = [item_summary(k, rows, GROUPS, 1, 5, 3) for k in keys]
    shown = set(keys[:4])
    chart.set_items(items, shown)
    drawn = chart_drawn(chart)
    assert [d["key"] for d in drawn] == keys
    for d, item in zip(drawn, items, strict=True):
        if d["key"] in shown:
            assert d["shown"]
            assert {str(s["point"]): s["count"] for s in d["segments"]} == item["counts"]
            assert sum(s["width"] for s in d["segments"]) == pytest.approx(100 if item["n"] else 0)
            for s in d["segments"]:
                assert s["width"] == pytest.approx(100 * s["count"] / item["n"])
        else:
            assert not d["shown"] and all(s["width"] == 0 for s in d["segments"])
    table = chart.table_rows()
    assert table[5][-1] == "not shown yet"
    assert table[0][-1] == str(items[0]["n"])
    assert "n = " + str(items[0]["n"]) in chart_texts(chart)


def test_power_gap_chart_draws_the_gap(qtbot, pe_instrument) -> None:
    chart = PowerGapChart(pe_instrument)
    qtbot.addWidget(chart)
    keys = list(pe_instrument.item_keys)
    rows = random_rows(keys, sizes=(6, 2, 4))
    items = [item_summary(k, rows, GROUPS, 1, 5, 3) for k in keys]
    chart.set_items(items)
    for d, item in zip(chart_drawn(chart), items, strict=True):
        if item["power_gap"] is None:
            assert d["community"] is None and d["institution"] is None
        else:
            assert d["community"] - d["institution"] == pytest.approx(item["power_gap"])
    assert chart.table_header() == ["Item", "Community mean", "Institution mean", "Power gap"]


def test_round_shift_chart_draws_both_medians(qtbot, pe_instrument) -> None:
    chart = RoundShiftChart(pe_instrument)
    qtbot.addWidget(chart)
    keys = list(pe_instrument.item_keys)
    r1 = [item_summary(k, random_rows(keys, seed=1), GROUPS, 1, 5, 3) for k in keys]
    r2 = [item_summary(k, random_rows(keys, seed=2), GROUPS, 1, 5, 3) for k in keys]
    chart.set_rounds(r1, r2, shown=set(keys[:3]))
    for i, d in enumerate(chart_drawn(chart)):
        assert d["median1"] == r1[i]["median"]
        assert d["median2"] == (r2[i]["median"] if i < 3 else None)
    assert chart.table_rows()[0][3] in (
        "0",
        f"+{data.fmt(r2[0]['median'] - r1[0]['median'])}",
        data.fmt(r2[0]["median"] - r1[0]["median"]),
    )


def test_trend_chart_lines_with_gaps(qtbot, pe_instrument) -> None:
    chart = TrendChart(pe_instrument.scale, {k: pe_instrument.item(k).title for k in pe_instrument.item_keys})
    qtbot.addWidget(chart)
    trend = {
        "sessions": [
            {
                "id": "a",
                "title": "Spring",
                "held_on": "2026-03-01",
                "items": {"continual": {"median": 2.0, "rwg": 0.3, "n": 9}},
            },
            {
                "id": "b",
                "title": "Autumn",
                "held_on": "2026-10-01",
                "items": {
                    "continual": {"median": 3.5, "rwg": 0.6, "n": 9},
                    "bilateral": {"median": 4.0, "rwg": 0.8, "n": 9},
                },
            },
        ]
    }
    chart.set_trend(trend)
    assert chart_drawn(chart) == {"continual": [2.0, 3.5], "bilateral": [None, 4.0]}
    assert [label for label, _, _ in chart.legend.entries] == ["Continual", "Bilateral"]
    assert chart.table_header() == ["Item", "2026-03-01", "2026-10-01"]
    assert chart.table_rows() == [["Continual", "2", "3.5"], ["Bilateral", "–", "4"]]
    items = list(chart.plot.items)
    chart.set_trend(trend)
    assert len(chart.plot.items) == len(items)
    assert all(now is before for now, before in zip(chart.plot.items, items, strict=False))  # same items: lines reused


def test_trend_lines_with_equal_medians_are_drawn_apart_at_their_true_values(qtbot, pe_instrument) -> None:
    keys = list(pe_instrument.item_keys)
    chart = TrendChart(pe_instrument.scale)
    qtbot.addWidget(chart)
    same = {key: {"median": 3.0, "rwg": 0.5, "n": 9} for key in keys}  # every item alike in every session
    chart.set_trend({"sessions": [{"id": s, "title": s, "held_on": f"2026-0{i + 1}-01", "items": same}
                                  for i, s in enumerate("abc")]})
    assert chart_drawn(chart) == {key: [3.0, 3.0, 3.0] for key in keys}  # the true values
    offsets = {key: (line.pos().x(), line.pos().y()) for key, line in chart.lines.items()}
    assert len(set(offsets.values())) == len(keys)  # no two lines in the same place
    ys = sorted(dy for _, dy in offsets.values())
    assert min(b - a for a, b in pairwise(ys)) > 0.02  # a visible gap between neighbours
    assert abs(sum(ys)) < 1e-9 and max(map(abs, ys)) <= 0.15  # centred on the value, never near the next point
    assert chart.table_rows()[0][1:] == ["3", "3", "3"]


def test_trend_dodge_stays_within_its_span_for_many_items() -> None:
    from pe_desktop.charts.trend import DODGE_SPAN, dodge

    assert dodge(0, 1) == (0.0, 0.0)
    spread = [dodge(i, 22) for i in range(22)]
    for axis in (0, 1):
        values = [p[axis] for p in spread]
        assert values == sorted(values) and len(set(values)) == 22
        assert max(values) - min(values) <= DODGE_SPAN + 1e-9


def test_chart_table_sizes_its_columns_to_the_contents_once_filled(qtbot, pe_instrument) -> None:
    from PySide6.QtWidgets import QHeaderView

    chart = TrendChart(pe_instrument.scale, {"continual": "Continual"})
    table = ChartTable(chart)
    qtbot.addWidget(chart)
    qtbot.addWidget(table)
    table.show()
    sessions = [{"id": str(i), "title": f"Session {i}", "held_on": f"20{10 + i // 12}-{1 + i % 12:02d}-01",
                 "items": {"continual": {"median": 1 + i % 5, "rwg": 0.5, "n": 9}}} for i in range(150)]
    chart.set_trend({"sessions": sessions})
    header = table.horizontalHeader()
    assert table.columnCount() == 151
    # not re-measured for every cell set (what made 150 sessions slow), but sized once after filling
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive
    for column in range(table.columnCount()):
        assert table.columnWidth(column) == max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
    chart.titles["continual"] = "Continual, and a much longer title than before"
    chart.set_trend({"sessions": sessions})
    assert table.columnWidth(0) == table.sizeHintForColumn(0) > header.sectionSizeHint(0)


def test_chart_table_follows_the_chart(qtbot, pe_instrument) -> None:
    chart = DivergingBarsChart(pe_instrument)
    table = ChartTable(chart)
    qtbot.addWidget(chart)
    qtbot.addWidget(table)
    table.show()
    keys = list(pe_instrument.item_keys)
    rows = random_rows(keys)
    chart.set_items([item_summary(k, rows, GROUPS, 1, 5, 3) for k in keys])
    assert table.rowCount() == len(keys)
    assert table.item(0, 0).text() == pe_instrument.item(keys[0]).title
    assert table.accessibleDescription() == chart.description()
    assert table.accessibleName() == "All items as a table"
