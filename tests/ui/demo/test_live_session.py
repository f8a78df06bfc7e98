"""Help ▸ Watch a live session: a whole workshop runs by itself through the real channels."""

from __future__ import annotations

from pathlib import Path

from pe_desktop.app import DEMO_LIVE_ENV, start_main_window
from pe_desktop.store import Archive
from pe_desktop.ui.demo import DemoRoom, demo_title


def _demo_window(qtbot, path: Path):
    window = start_main_window(path, demo=True, scratch=True)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.archive is not None and window.findChild(DemoRoom) is not None)
    return window


def test_the_demo_says_whose_archive_it_is_and_offers_the_live_session(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv(DEMO_LIVE_ENV, raising=False)
    window = _demo_window(qtbot, tmp_path / "demo.sqlite")
    assert window.windowTitle() == demo_title()
    room = window.findChild(DemoRoom)
    help_menu = window.menu.menus["help"]
    assert room.act_watch in help_menu.actions() and room.act_watch.isEnabled()
    qtbot.waitUntil(lambda: room.prompt is not None and room.prompt.isVisible())
    assert "Watch a live session" in room.prompt.text()
    window.close()


def test_the_live_session_runs_every_channel_reveals_runs_round_two_and_closes(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv(DEMO_LIVE_ENV, "no")
    path = tmp_path / "demo.sqlite"
    window = _demo_window(qtbot, path)
    room = window.findChild(DemoRoom)
    live = room.watch(step_ms=0)
    assert live is not None and not room.act_watch.isEnabled()
    console = live.console
    with qtbot.waitSignal(live.finished, timeout=120_000) as finished:
        pass
    assert finished.args == [[]]
    assert console.projector.isVisible()
    sid = live.session_id
    with Archive.open(path) as archive:
        session = archive.session(sid)
        assert session.status == "closed" and session.current_round == 2
        channel = {p.id: p.channel for p in archive.participants(sid)}
        for rnd in (1, 2):
            assert {channel[r.participant_id] for r in archive.rating_rows(sid, rnd)} == {"phone", "paper", "tally"}
        for rnd in (1, 2):
            assert set(archive.item_states(sid, rnd).values()) == {"revealed"}
            assert len(archive.rating_rows(sid, rnd)) > 0
    qtbot.waitUntil(lambda: room.act_watch.isEnabled())
    window.consoles.close_all()
    window.close()


def test_closing_the_console_mid_run_stops_it_and_keeps_what_was_saved(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv(DEMO_LIVE_ENV, "no")
    path = tmp_path / "demo.sqlite"
    window = _demo_window(qtbot, path)
    room = window.findChild(DemoRoom)
    live = room.watch(step_ms=20)
    console = live.console
    qtbot.waitUntil(lambda: console.controller.item_states().get("continual") == "revealed", timeout=60_000)
    ended: list[list] = []
    live.finished.connect(ended.append)
    console.close()
    qtbot.waitUntil(lambda: ended == [[]])
    assert not live.running and room.act_watch.isEnabled()
    with Archive.open(path) as archive:
        assert archive.session(live.session_id).status == "open"  # nothing was closed behind the facilitator
        assert archive.item_states(live.session_id, 1)["continual"] == "revealed"
    window.close()
