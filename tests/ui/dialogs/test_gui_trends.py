"""View ▸ Trends: a partnership's sessions over time, in a window of its own."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QWidget

from helpers import chart_drawn
from pe_desktop.store.trends import partnership_trend


def medians_by_item(trend: dict) -> dict[str, list[float | None]]:
    """What the chart should draw: each item's median, sessions in date order."""
    sessions = sorted(trend["sessions"], key=lambda s: s["held_on"])
    keys = list(sessions[0]["items"])
    return {key: [s["items"][key]["median"] for s in sessions] for key in keys}


def rate_session(archive, instrument, sid: str, people: int, low: int, seed: int) -> None:
    rng = random.Random(seed)
    group = archive.groups(sid)[0].id
    ids = [archive.add_participant(sid, group, "paper").id for _ in range(people)]
    archive.record_ratings(sid, 1, [(p, k, rng.randint(low, 5)) for p in ids for k in instrument.item_keys], "paper")


def test_trend_window_draws_the_partnerships_medians(window, qtbot, archive, demo_ids):
    window.browser.select_id(demo_ids["partnership"])
    assert window.menu.act_trends.isEnabled()
    window.menu.act_trends.trigger()
    trend_window = window.tools.trend_windows[demo_ids["partnership"]]
    qtbot.waitExposed(trend_window)

    trend = partnership_trend(archive, demo_ids["partnership"])
    assert chart_drawn(trend_window.chart) == medians_by_item(trend)
    # the closed session's points are its last rated round's summary (round 2)
    summary = {item["key"]: item for item in archive.summary(demo_ids["closed"], 2)["items"]}
    drawn = chart_drawn(trend_window.chart)
    for key, item in summary.items():
        assert drawn[key][0] == pytest.approx(item["median"])
        assert drawn[key][1] is None  # the ready session has no ratings: a gap, not a zero

    # agreement and n are in the first tab, stage under each date and in the sessions table
    table = trend_window.figures
    cells = [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
             for r in range(table.rowCount())]
    continual = next(row for row in cells if row[0] == "Continual")
    expected = summary["continual"]
    assert f"n {expected['n']}" in continual[1] and expected["agreement"] in continual[1]
    assert continual[2] == "no ratings"
    assert trend_window.axis_labels()[0].endswith("Acclimate")
    assert trend_window.axis_labels()[1].endswith("Activate")
    stages = [trend_window.session_table.item(r, 2).text() for r in range(trend_window.session_table.rowCount())]
    assert stages == ["Acclimate", "Activate"]
    # only the closed session is rated: the window says why there is no line yet
    assert trend_window.message.isVisible() and "Only one session" in trend_window.message.text()
    assert trend_window.heading.text() == "Eastside Health Partnership"


def test_table_equivalent_matches_the_chart(window, qtbot, archive, demo_ids):
    trend_window = window.tools.show_trends(demo_ids["partnership"])
    trend_window.tabs.setCurrentWidget(trend_window.table)
    table = trend_window.table
    qtbot.waitUntil(lambda: table.rowCount() == 6)
    header = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert header == trend_window.chart.table_header()
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    assert rows == trend_window.chart.table_rows()
    assert rows[0][0] == "Continual"


def test_details_button_and_a_selected_session_open_the_partnerships_trend(window, qtbot, demo_ids):
    window.browser.select_id(demo_ids["partnership"])
    assert window.details.trend_button.isVisible()
    qtbot.mouseClick(window.details.trend_button, Qt.MouseButton.LeftButton)
    first = window.tools.trend_windows[demo_ids["partnership"]]
    qtbot.waitExposed(first)
    # a session selected: its partnership's trend (the same window, brought forward)
    window.browser.select_id(demo_ids["closed"])
    assert not window.details.trend_button.isVisible()
    window.menu.act_trends.trigger()
    assert window.tools.trend_windows[demo_ids["partnership"]] is first
    first.close()
    qtbot.waitUntil(lambda: demo_ids["partnership"] not in window.tools.trend_windows)


def test_two_rated_sessions_draw_lines_and_refresh_picks_up_new_ratings(window, qtbot, archive, demo_ids):
    instrument = archive.instrument(demo_ids["ready"])
    rate_session(archive, instrument, demo_ids["ready"], people=10, low=3, seed=7)
    trend_window = window.tools.show_trends(demo_ids["partnership"])
    assert not trend_window.message.isVisible()
    assert chart_drawn(trend_window.chart) == medians_by_item(partnership_trend(archive, demo_ids["partnership"]))
    assert all(value is not None for values in chart_drawn(trend_window.chart).values() for value in values)

    later = archive.create_session(instrument, "Winter check-in", demo_ids["partnership"], held_on="2099-01-15",
                                   stage="accelerate", groups=[("Residents", "community")])
    rate_session(archive, instrument, later, people=8, low=4, seed=8)
    qtbot.mouseClick(trend_window.refresh_button, Qt.MouseButton.LeftButton)
    trend = partnership_trend(archive, demo_ids["partnership"])
    assert len(trend["sessions"]) == 3
    assert chart_drawn(trend_window.chart) == medians_by_item(trend)
    assert trend_window.axis_labels()[-1] == "2099-01-15\nAccelerate"
    assert "3 sessions" in trend_window.summary.text()


def test_a_partnership_without_sessions_says_so(window, qtbot, archive):
    pid = archive.create_partnership("Brand new partnership")
    window.browser.refresh()
    window.browser.select_id(pid)
    trend_window = window.tools.show_trends()
    qtbot.waitExposed(trend_window)
    assert trend_window.heading.text() == "Brand new partnership"
    assert "no sessions yet" in trend_window.message.text()
    assert trend_window.message.isVisible() and not trend_window.body.isVisible()
    assert chart_drawn(trend_window.chart) == {}


def test_titles_are_plain_text_and_every_control_is_named(window, qtbot, archive, pe_instrument):
    pid = archive.create_partnership("<b>Bold</b> partners")
    sid = archive.create_session(pe_instrument, "<i>Tagged</i> session", pid, held_on="2026-01-01",
                                 groups=[("Residents", "community")])
    rate_session(archive, pe_instrument, sid, people=4, low=1, seed=3)
    trend_window = window.tools.show_trends(pid)
    qtbot.waitExposed(trend_window)
    assert trend_window.heading.textFormat() == Qt.TextFormat.PlainText
    assert trend_window.heading.text() == "<b>Bold</b> partners"
    assert trend_window.figures.horizontalHeaderItem(1).text().startswith("<i>Tagged</i> session")
    unnamed = [
        type(w).__name__ for w in trend_window.findChildren(QWidget)
        if isinstance(w, (QAbstractButton, QAbstractItemView)) and not w.objectName().startswith("qt_")
        and w.isVisibleTo(trend_window) and not w.accessibleName() and not isinstance(w.parent(), QAbstractItemView)
    ]
    assert unnamed == []


def test_trend_window_screenshot(window, qtbot, demo_ids, tmp_path):
    trend_window = window.tools.show_trends(demo_ids["partnership"])
    trend_window.resize(1000, 760)
    qtbot.waitExposed(trend_window)
    target = tmp_path / "trend.png"
    assert trend_window.grab().save(str(target))
    assert target.stat().st_size > 10_000  # a chart, a legend and a table, not a blank window
