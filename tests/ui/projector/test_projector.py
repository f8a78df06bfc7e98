"""The projector window, driven through a real SessionController on a real archive."""

from __future__ import annotations

import io
import random

import pytest
import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from helpers import projector_data, projector_texts
from pe_desktop.core.palette import NEUTRAL
from pe_desktop.core.stats import item_summary
from pe_desktop.session import plain_words
from pe_desktop.ui.controller import SessionController
from pe_desktop.ui.projector.window import VIEWS, ProjectorWindow


@pytest.fixture
def projector(qtbot, controller):
    window = ProjectorWindow(controller)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def add_people(archive, session_id: str, sizes: dict[str, int], channel: str = "paper") -> dict[str, list[dict]]:
    groups = {g.name: g.id for g in archive.groups(session_id)}
    return {
        name: [archive.add_participant(session_id, groups[name], channel) for _ in range(n)]
        for name, n in sizes.items()
    }


def rate_all(archive, session_id: str, people: dict[str, list[dict]], keys, seed: int = 1, round: int = 1) -> None:
    rng = random.Random(seed)
    entries = [
        (p.id, key, rng.choice([1, 2, 3, 3, 4, 5, None]))
        for members in people.values() for p in members for key in keys
    ]
    archive.record_ratings(session_id, round, entries, "paper")


def expected_item(archive, session_id: str, key: str, round: int = 1) -> dict:
    """core.stats computed independently of the projector, from the archive's rows."""
    inst = archive.instrument(session_id)
    session = archive.session(session_id)
    return item_summary(key, archive.rating_rows(session_id, round), archive.group_defs(session_id),
                        inst.scale.min, inst.scale.max, session.min_group_size)


def test_opens_on_the_welcome_screen(projector, controller) -> None:
    assert projector.view() == "join"
    assert projector_data(projector)["join"] == {"url": None, "joined": 0, "qr": False}
    assert "Test session" in projector_texts(projector)
    assert projector.join_page.how.isVisible() and not projector.join_page.qr.isVisible()


def test_join_screen_with_phone_address(qtbot, projector) -> None:
    buf = io.BytesIO()
    segno.make("http://127.0.0.1:8765/j/token").save(buf, kind="png", scale=4)
    projector.set_join_info("http://127.0.0.1:8765/j/token", buf.getvalue(), 5)
    assert projector_data(projector)["join"] == {"url": "http://127.0.0.1:8765/j/token", "joined": 5, "qr": True}
    assert projector.join_page.qr.isVisible() and not projector.join_page.qr.pixmap().isNull()
    assert "127.0.0.1:8765/j/token" in projector_texts(projector)  # what a person types: no "http://"
    assert "5 joined" in projector_texts(projector)
    projector.set_join_info(None, None, 0)
    assert not projector.join_page.qr.isVisible() and not projector.join_page.url.isVisible()


def test_open_item_shows_only_how_many_have_rated(qtbot, projector, controller, archive, session_id) -> None:
    key = controller.current_item
    people = add_people(archive, session_id, {"Residents": 3})
    controller.open_items([key])
    assert projector.view() == "item"
    data_now = projector_data(projector)
    assert data_now["mode"] == "voting" and data_now["rated"] == 0 and "dots" not in data_now
    for i, p in enumerate(people["Residents"]):
        archive.record_rating(session_id, 1, p.id, key, 4 if i else None, require_open=True)
    controller.notify_rating_saved()  # as the phone server or kiosk does, from any thread
    qtbot.waitUntil(lambda: projector_data(projector)["rated"] == 3)
    assert "3 have rated" in projector_texts(projector)
    assert projector.stack.currentWidget() is projector.voting_page.widget
    assert not projector.dot_chart.isVisible()
    controller.close_items([key])
    assert projector_data(projector)["mode"] == "voting"
    assert projector.voting_page.state.text() == "Voting is closed"


def test_reveal_draws_exactly_the_core_stats(qtbot, projector, controller, archive, session_id) -> None:
    key = controller.current_item
    people = add_people(archive, session_id, {"Residents": 8, "Organizers": 5, "Funders": 6})
    rate_all(archive, session_id, people, [key], seed=11)
    controller.reveal_items([key])
    drawn = projector_data(projector)
    assert drawn["view"] == "item" and drawn["mode"] == "result"
    expected = expected_item(archive, session_id, key)
    for field in ("n", "unsure", "counts", "median", "q1", "q3", "iqr", "agreement", "band", "power_gap"):
        assert drawn[field] == pytest.approx(expected[field]), field
    assert [e["label"] for e in drawn["legend"]] == ["Residents", "Organizers", "Funders"]
    labels = controller.instrument.scale.labels
    assert drawn["stats_text"] == plain_words.result_lines(expected, labels, "en")[0]  # plain words, no IQR
    assert drawn["polarised"] == expected["polarised"]


def test_charts_are_built_once_and_updated(qtbot, projector, controller, archive, session_id) -> None:
    key = controller.current_item
    people = add_people(archive, session_id, {"Residents": 4})
    controller.reveal_items([key])
    plot_items = list(projector.dot_chart.plot.items)
    for i, p in enumerate(people["Residents"]):
        archive.record_rating(session_id, 1, p.id, key, 1 + i)
        controller.refresh_now()
        assert projector_data(projector)["n"] == i + 1
    assert len(projector.dot_chart.plot.items) == len(plot_items)
    assert all(now is before for now, before in zip(projector.dot_chart.plot.items, plot_items, strict=False))  # updated in place


def test_small_group_never_appears_on_its_own(qtbot, projector, controller, archive, session_id) -> None:
    keys = list(controller.instrument.item_keys)
    # Organizers: 2 people (< 3). Hiding them leaves 2 hidden ratings, so the
    # smallest shown group (Funders, 4) is hidden with them (docs/design.md §5).
    people = add_people(archive, session_id, {"Residents": 5, "Organizers": 2, "Funders": 4})
    entries = [(p.id, k, 1 + (i + j) % 5) for i, members in enumerate(people.values()) for p in members for j, k in enumerate(keys)]
    archive.record_ratings(session_id, 1, entries, "paper")
    controller.reveal_items(keys)
    for key in keys:
        controller.set_current_item(key)
        drawn = projector_data(projector)
        assert drawn["mode"] == "result"
        assert [e["label"] for e in drawn["legend"]] == ["Residents", "other"]
        neutral = [d for d in drawn["dots"] if d["colour"] == NEUTRAL]
        assert len(neutral) == 6 and all(d["label"] == "other" for d in neutral)
        assert {d["colour"] for d in drawn["dots"]} == {"#E69F00", NEUTRAL}
        assert drawn["power_gap"] is None  # no institution group is shown
    for view in VIEWS:
        projector.set_view(view)
        for text in projector_texts(projector):
            assert "Organizers" not in text and "Funders" not in text, (view, text)


def test_group_shown_on_one_item_and_hidden_on_the_next(qtbot, projector, controller, archive, session_id) -> None:
    first, second = controller.instrument.item_keys[:2]
    people = add_people(archive, session_id, {"Residents": 4, "Organizers": 3, "Funders": 3})
    entries = [(p.id, first, 3) for members in people.values() for p in members]
    entries += [(p.id, second, 2) for p in people["Residents"] + people["Funders"] + people["Organizers"][:2]]
    archive.record_ratings(session_id, 1, entries, "paper")
    controller.reveal_items([first, second])
    assert "Organizers" in [label for label, _, _ in projector.dot_chart.legend.entries]
    controller.set_current_item(second)
    assert projector_data(projector)["item"] == second
    assert not any("Organizers" in t or "Funders" in t for t in projector_texts(projector))


def test_no_participant_code_is_ever_shown(qtbot, projector, controller, archive, session_id) -> None:
    keys = list(controller.instrument.item_keys)
    people = add_people(archive, session_id, {"Residents": 4, "Organizers": 3, "Funders": 3})
    rate_all(archive, session_id, people, keys)
    tally = archive.record_tally(session_id, 1, keys[0], None, {3: 2})
    codes = [p.code for members in people.values() for p in members]
    codes += [p.code for p in archive.participants(session_id) if p.id in tally]
    controller.open_items(keys[:1])
    seen = list(projector_texts(projector))
    controller.reveal_items(keys)
    for view in VIEWS:
        projector.set_view(view)
        seen += projector_texts(projector)
    projector.toggle_table()
    seen += projector_texts(projector)
    for code in codes:
        assert not any(code in text for text in seen), code


def test_participant_text_is_plain(qtbot, archive, pe_instrument) -> None:
    pid = archive.create_partnership("P")
    sid = archive.create_session(pe_instrument, "<b>Bold</b> & <i>co</i>", pid,
                                 groups=[("<img src=x>", "community")], min_group_size=1)
    ctl = SessionController(archive, sid)
    window = ProjectorWindow(ctl)
    qtbot.addWidget(window)
    people = add_people(archive, sid, {"<img src=x>": 2})
    rate_all(archive, sid, people, [ctl.current_item])
    ctl.reveal_items([ctl.current_item])
    assert window.join_page.title.text() == "<b>Bold</b> & <i>co</i>"
    assert window.windowTitle().endswith("<b>Bold</b> & <i>co</i>")
    assert "<img src=x>" in [label for label, _, _ in window.dot_chart.legend.entries]
    for label in window.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText or not label.text()
    ctl.stop()


def test_overview_shows_revealed_items_only(qtbot, projector, controller, archive, session_id) -> None:
    keys = list(controller.instrument.item_keys)
    people = add_people(archive, session_id, {"Residents": 6, "Funders": 4})
    rate_all(archive, session_id, people, keys, seed=5)
    controller.open_items(keys)
    controller.reveal_items(keys[:2])
    projector.set_view("overview")
    drawn = projector_data(projector)["overview"]
    for row in drawn:
        if row["key"] in keys[:2]:
            expected = expected_item(archive, session_id, row["key"])
            assert row["shown"]
            assert {str(s["point"]): s["count"] for s in row["segments"]} == expected["counts"]
        else:
            assert not row["shown"] and all(s["width"] == 0 for s in row["segments"])
    controller.close_session()  # a closed session shows everything
    assert all(row["shown"] for row in projector_data(projector)["overview"])


def test_manual_view_holds_until_the_next_item_opens(qtbot, projector, controller, archive, session_id) -> None:
    keys = list(controller.instrument.item_keys)
    changes: list[str] = []
    projector.viewChanged.connect(changes.append)
    controller.open_items(keys[:1])
    projector.set_view("overview")
    controller.refresh_now()
    assert projector.view() == "overview"
    controller.set_current_item(keys[1])
    assert projector.view() == "overview"  # the new current item is not open
    controller.open_items(keys[1:2])
    assert projector.view() == "item"
    assert changes == ["item", "overview", "item"]


def test_round_shift_view(qtbot, projector, controller, archive, session_id) -> None:
    archive.update_session(session_id, rounds=2)
    keys = list(controller.instrument.item_keys)
    people = add_people(archive, session_id, {"Residents": 5, "Funders": 4})
    rate_all(archive, session_id, people, keys, seed=1)
    controller.reveal_items(keys)
    controller.start_round(2)
    rate_all(archive, session_id, people, keys, seed=2, round=2)
    controller.reveal_items(keys[:3])
    projector.set_view("shift")
    drawn = projector_data(projector)["shift"]
    for i, row in enumerate(drawn):
        assert row["median1"] == expected_item(archive, session_id, row["key"], 1)["median"]
        assert row["median2"] == (expected_item(archive, session_id, row["key"], 2)["median"] if i < 3 else None)


def test_power_gap_view(qtbot, projector, controller, archive, session_id) -> None:
    keys = list(controller.instrument.item_keys)
    people = add_people(archive, session_id, {"Residents": 6, "Organizers": 6, "Funders": 6})
    rate_all(archive, session_id, people, keys, seed=9)
    controller.reveal_items(keys)
    projector.set_view("gap")
    drawn = 0
    for row in projector_data(projector)["gap"]:
        gap = expected_item(archive, session_id, row["key"])["power_gap"]
        if gap is None:
            assert row["community"] is None and row["institution"] is None
        else:
            assert row["community"] - row["institution"] == pytest.approx(gap)
            drawn += 1
    assert drawn >= 3


def test_set_view_rejects_unknown_names(projector) -> None:
    with pytest.raises(ValueError, match="'chart'"):
        projector.set_view("chart")


def test_never_takes_the_keyboard_full_screen_and_table(qtbot, projector, controller, archive, session_id) -> None:
    """Issue 11: shown without activation and refusing focus; its keys come through the console, and the
    console keeps the keyboard while it shows (tests/ui/console/test_clicker.py; Qt's offscreen platform
    activates any window shown, so a projector without a console cannot show it)."""
    assert projector.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert projector.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    people = add_people(archive, session_id, {"Residents": 3})
    rate_all(archive, session_id, people, [controller.current_item])
    controller.reveal_items([controller.current_item])
    projector.toggle_full_screen()
    qtbot.waitUntil(projector.isFullScreen)
    projector.toggle_full_screen()
    qtbot.waitUntil(lambda: not projector.isFullScreen())
    projector.toggle_table()
    table = projector.tables["result"]
    qtbot.waitUntil(table.isVisible)
    assert table.rowCount() >= 5 and table.item(0, 1).text() == "Not at all"
    projector.toggle_table()
    qtbot.waitUntil(projector.dot_chart.isVisible)


def test_blank_is_a_plain_black_page_and_b_again_shows_the_view(qtbot, projector) -> None:
    qtbot.keyClick(projector, Qt.Key.Key_B)
    assert projector.is_blank()
    image = projector.picture()
    colours = {image.pixelColor(x, y).name() for x in (5, 640, 1270) for y in (5, 360, 715)}
    assert colours == {"#000000"}
    qtbot.keyClick(projector, Qt.Key.Key_Period)
    assert not projector.is_blank()
    assert projector.picture().pixelColor(640, 5).name() != "#000000"


def test_show_on_screen(qtbot, projector) -> None:
    screen = QGuiApplication.primaryScreen()
    projector.show_on_screen(screen)
    qtbot.waitUntil(projector.isFullScreen)
    assert projector.screen() is screen
    projector.toggle_full_screen()
    qtbot.waitUntil(lambda: not projector.isFullScreen())
    projector.show_on_screen(None)
    assert projector.isVisible() and not projector.isFullScreen()


def test_every_label_and_chart_has_an_accessible_name(projector, controller) -> None:
    controller.reveal_items([controller.current_item])
    for label in projector.findChildren(QLabel):
        assert label.accessibleName(), label.text()
    for chart in (projector.dot_chart, projector.bars_chart, projector.shift_chart, projector.gap_chart):
        assert chart.accessibleName()
    assert projector.dot_chart.accessibleDescription()


def test_importing_the_projector_does_not_load_pyqtgraph() -> None:
    """The console imports this module at start-up; pyqtgraph loads only when a projector is built."""
    import subprocess
    import sys

    code = "import sys, pe_desktop.ui.projector.window; sys.exit('pyqtgraph' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_overview_pages_by_clicker_instead_of_shrinking(qtbot, archive) -> None:
    """22 statements at 1280x720: pages of rows at full size, PageDown/PageUp move through them."""
    from pe_desktop.core.instruments import find_instrument

    inst = find_instrument("partnership-practices")
    sid = archive.create_session(inst, "Practices", archive.create_partnership("P"))
    ctl = SessionController(archive, sid)
    ctl.reveal_items(list(inst.item_keys))
    window = ProjectorWindow(ctl)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.set_view("overview")
    first = projector_data(window)
    page, pages = first["page"]
    assert page == 1 and pages > 1
    seen = list(first["page_keys"])
    for number in range(2, pages + 1):
        qtbot.keyClick(window, Qt.Key.Key_PageDown)
        drawn = projector_data(window)
        assert drawn["page"] == (number, pages)
        seen += drawn["page_keys"]
    assert seen == list(inst.item_keys)  # every item once, in order
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert projector_data(window)["page"] == (pages - 1, pages)
    ctl.stop()


def test_the_picture_is_what_the_room_sees(projector) -> None:
    image = projector.picture()
    assert (image.width(), image.height()) == (projector.width(), projector.height())
