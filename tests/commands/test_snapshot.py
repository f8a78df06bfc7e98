"""``pe-desktop snapshot``: the projector as a PNG, offscreen, with the projector's own rules."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from PySide6.QtGui import QImage

from helpers import REPO, run_cli
from pe_desktop.store import Archive


def make_session(archive_path, tmp_path, reveal: bool) -> str:
    made = run_cli("new", "--instrument", "partnership-equity", "--title", "Snap", "--language", "es",
                   "--group", "Residents:community", "--group", "Funders:institution", "--json",
                   archive=archive_path, check=True)
    sid = json.loads(made.stdout)["id"]
    csv = tmp_path / "r.csv"
    rows = [f"R{i},Residents,continual,{v}" for i, v in enumerate([1, 1, 2, 5, 5])]
    rows += [f"F{i},Funders,continual,{v}" for i, v in enumerate([4, 4, 5])]
    csv.write_text("participant,group,item,value\n" + "\n".join(rows) + "\n", encoding="utf-8")
    run_cli("import", sid, str(csv), archive=archive_path, check=True)
    if reveal:
        with Archive.open(archive_path) as archive:
            archive.set_item_states(sid, 1, ["continual"], "revealed")
    return sid


def snapshot(archive_path, *args: str):
    """The command as a user runs it: no display at all (the offscreen platform is its own choice)."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    cmd = [sys.executable, "-m", "pe_desktop", "snapshot", *args, "--archive", str(archive_path)]
    return subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, timeout=120, env=env)


def test_every_view_is_written_at_the_asked_size(archive_path, tmp_path) -> None:
    sid = make_session(archive_path, tmp_path, reveal=True)
    for view, size in (("join", "1280x720"), ("item", "1920x1080"), ("overview", "1280x720"), ("gap", "1920x1080")):
        out = tmp_path / f"{view}.png"
        result = snapshot(archive_path, sid[:8], "--view", view, "--size", size, "--png", str(out))
        assert result.returncode == 0, result.stderr
        image = QImage(str(out))
        assert f"{image.width()}x{image.height()}" == size, view


def test_an_unrevealed_item_shows_no_spread(archive_path, tmp_path) -> None:
    """Same rules as the room: before the reveal the picture is the voting screen, not the dots."""
    sid = make_session(archive_path, tmp_path, reveal=False)
    hidden, shown = tmp_path / "hidden.png", tmp_path / "shown.png"
    assert snapshot(archive_path, sid, "--view", "item", "--png", str(hidden)).returncode == 0
    with Archive.open(archive_path) as archive:
        archive.set_item_states(sid, 1, ["continual"], "revealed")
    assert snapshot(archive_path, sid, "--view", "item", "--png", str(shown)).returncode == 0
    assert QImage(str(hidden)) != QImage(str(shown))


def test_bad_input_is_named_and_nothing_is_written(archive_path, tmp_path) -> None:
    sid = make_session(archive_path, tmp_path, reveal=True)
    out = tmp_path / "x.png"
    for args, message in (
        (("--view", "item", "--size", "12x5"), "--size: '12x5'"),
        (("--view", "item", "--item", "nope"), "--item: 'nope'"),
        (("--view", "item", "--language", "fr"), "--language: 'fr'"),
        (("--view", "shift", "--round", "2"), "--round: this session has one round"),
    ):
        result = snapshot(archive_path, sid, *args, "--png", str(out))
        assert result.returncode == 2 and message in result.stderr, result.stderr
        assert not out.exists()
