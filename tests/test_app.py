"""Starting the GUI: first run, the demo, a refused archive, a light cold start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from helpers import titles
from pe_desktop.app import FIRST_RUN_ENV, run_gui, start_main_window
from pe_desktop.demo import DEMO_PARTNERSHIP
from pe_desktop.store import Archive
from pe_desktop.ui.main.window import MainWindow

REPO = Path(__file__).resolve().parent.parent


def started(qtbot, path: Path, demo: bool) -> MainWindow:
    window = start_main_window(path, demo)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.archive is not None or window.browser.empty_label.text().endswith("untouched"))
    return window


def visible_box(qtbot, window, contains: str) -> QMessageBox:
    boxes: list[QMessageBox] = []

    def shown() -> bool:
        boxes[:] = [b for b in window.findChildren(QMessageBox) if b.isVisible() and contains in b.text()]
        return bool(boxes)

    qtbot.waitUntil(shown)
    return boxes[0]


def press(qtbot, box: QMessageBox, text: str) -> None:
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == text), Qt.MouseButton.LeftButton)


def test_demo_creates_the_example_in_a_new_archive(qtbot, tmp_path):
    path = tmp_path / "demo.sqlite"
    window = started(qtbot, path, demo=True)
    assert titles(window) == ["Autumn check-in", "Spring check-in"]
    assert window.browser.model.item(0, 0).text() == DEMO_PARTNERSHIP
    assert not [b for b in window.findChildren(QMessageBox) if b.isVisible()]  # no first-run question for the demo
    window.close()
    with Archive.open(path) as archive:
        statuses = sorted(s.status for s in archive.sessions())
    assert statuses == ["closed", "draft"]


def test_demo_opens_an_archive_with_sessions_as_it_is(qtbot, tmp_path, pe_instrument):
    path = tmp_path / "mine.sqlite"
    with Archive.open(path) as archive:
        archive.create_session(pe_instrument, "Our own session", archive.create_partnership("Ours"))
    window = started(qtbot, path, demo=True)
    assert titles(window) == ["Our own session"]
    window.close()


def test_first_run_offers_the_example(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv(FIRST_RUN_ENV, raising=False)
    path = tmp_path / "first.sqlite"
    window = started(qtbot, path, demo=False)
    assert path.exists()
    box = visible_box(qtbot, window, "Load an example session?")
    press(qtbot, box, "Load example")
    qtbot.waitUntil(lambda: titles(window) == ["Autumn check-in", "Spring check-in"])
    assert window.browser.selected_session_id() is not None
    window.close()


def test_first_run_can_start_empty(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv(FIRST_RUN_ENV, raising=False)
    window = started(qtbot, tmp_path / "first.sqlite", demo=False)
    press(qtbot, visible_box(qtbot, window, "Load an example session?"), "Start empty")
    assert titles(window) == []
    assert "no sessions yet" in window.browser.empty_label.text()
    window.close()


@pytest.mark.parametrize(("choice", "expected"), [("empty", []), ("demo", ["Autumn check-in", "Spring check-in"])])
def test_first_run_question_can_be_answered_by_the_environment(qtbot, tmp_path, monkeypatch, choice, expected):
    monkeypatch.setenv(FIRST_RUN_ENV, choice)
    window = started(qtbot, tmp_path / "quiet.sqlite", demo=False)
    assert titles(window) == expected
    assert not [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    window.close()


def test_an_existing_archive_is_not_a_first_run(qtbot, archive_path, monkeypatch):
    monkeypatch.delenv(FIRST_RUN_ENV, raising=False)
    Archive.open(archive_path).close()
    window = started(qtbot, archive_path, demo=False)
    assert window.archive is not None
    assert not [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    window.close()


def test_a_damaged_archive_is_explained_and_the_window_stays_usable(qtbot, tmp_path):
    bad = tmp_path / "archive.sqlite"
    bad.write_bytes(b"this is not a database at all" * 10)
    before = bad.read_bytes()
    window = started(qtbot, bad, demo=False)
    assert window.archive is None
    box = visible_box(qtbot, window, "not an SQLite database")
    assert "Open archive" in box.informativeText()
    box.close()
    assert "left untouched" in window.browser.empty_label.text()
    assert bad.read_bytes() == before
    assert window.menu.act_open_archive.isEnabled() and not window.menu.act_new_session.isEnabled()
    assert window.new_archive_path(tmp_path / "fresh.sqlite")
    assert window.archive is not None and window.menu.act_new_session.isEnabled()
    window.close()


def test_run_gui_runs_until_the_window_is_closed(qtbot, tmp_path):
    path = tmp_path / "run.sqlite"
    app = QApplication.instance()
    closed: list[str] = []

    def close_when_ready() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible() and widget.archive is not None:
                closed.append(str(widget.archive.path))
                widget.close()
                return
        QTimer.singleShot(20, close_when_ready)

    QTimer.singleShot(0, close_when_ready)
    safety = QTimer()
    safety.setSingleShot(True)
    safety.timeout.connect(lambda: app.exit(99))
    safety.start(60_000)
    code = run_gui(path, demo=True)
    safety.stop()
    assert code == 0
    assert closed == [str(path)]
    with Archive.open(path) as archive:
        assert len(archive.sessions()) == 2


def test_the_start_path_imports_no_heavy_library():
    """What runs before the first paint must not import numpy, charts, PDFs, the server or the store."""
    code = """
import json, sys
from pe_desktop.app import build_app
from pe_desktop.ui.main.window import MainWindow
from pe_desktop.ui.settings import open_settings
app = build_app()
window = MainWindow(None, open_settings())
window.show()
app.processEvents()
heavy = ["numpy", "pyqtgraph", "reportlab", "aiohttp", "segno", "sqlite_utils", "pe_desktop.store",
         "pe_desktop.ui.controller", "pe_desktop.ui.console.window"]
print(json.dumps([name for name in heavy if name in sys.modules]))
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, env=env,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


def test_a_window_that_never_paints_still_opens_its_archive(qtbot, tmp_path):
    from PySide6.QtWidgets import QWidget

    from pe_desktop.app import after_first_paint

    hidden = QWidget()  # never shown, so never painted
    qtbot.addWidget(hidden)
    calls: list[int] = []
    after_first_paint(hidden, lambda: calls.append(1))
    qtbot.waitUntil(lambda: calls == [1], timeout=5_000)
    shown = QWidget()
    qtbot.addWidget(shown)
    after_first_paint(shown, lambda: calls.append(2))
    shown.show()
    qtbot.waitUntil(lambda: calls == [1, 2])
    shown.repaint()  # painted again, synchronously
    QApplication.processEvents()
    assert calls == [1, 2]


def test_the_command_opens_the_demo_and_ctrl_c_closes_it_cleanly(tmp_path):
    """`pe-desktop demo` as a person runs it; Ctrl+C in the terminal saves the layout and closes the archive."""
    import signal
    import sqlite3
    import time

    path = tmp_path / "demo.sqlite"
    settings = tmp_path / "settings"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PE_DESKTOP_SETTINGS_DIR": str(settings)}
    # as a context manager, so the pipes are closed (not left to the garbage collector)
    with subprocess.Popen([sys.executable, "-m", "pe_desktop", "demo", "--archive", str(path)], cwd=REPO, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        try:
            deadline = time.monotonic() + 60
            sessions = 0
            while time.monotonic() < deadline and sessions < 2 and proc.poll() is None:
                try:
                    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
                    sessions = conn.execute("SELECT count(*) FROM sessions").fetchone()[0]
                    conn.close()
                except sqlite3.Error:
                    sessions = 0
                time.sleep(0.05)  # polling another process, with a deadline
            assert sessions == 2, proc.stderr.read() if proc.poll() is not None else "demo not written in time"
            proc.send_signal(signal.SIGINT)
            assert proc.wait(timeout=30) == 0
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        assert "Traceback" not in proc.stderr.read()
    wal = Path(str(path) + "-wal")
    # closed properly: everything checkpointed into the archive (the test's own reader may leave an empty WAL)
    assert not wal.exists() or wal.stat().st_size == 0
    assert "geometry" in (settings / "pe-desktop.ini").read_text()
