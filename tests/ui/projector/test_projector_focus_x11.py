"""The projector never takes the keyboard, on a real X server (issue 11).

Qt's offscreen platform, which the rest of the suite uses, activates every
window it shows and ignores "show without activating"; so the keyboard
workshop test can only check that the console holds the keyboard at every
key. Here the console and the projector run on Xvfb with Qt's xcb platform,
as on a laptop: after "Show projector" and full screen, the projector must
never have been activated and the console must stay the active window.
Skipped where Xvfb is not installed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from helpers import REPO

CHILD = r"""
import json, sys, tempfile
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from pe_desktop.demo import create_demo
from pe_desktop.store import Archive
from pe_desktop.ui.console.window import SessionConsole

app = QApplication(sys.argv[:1])
archive = Archive.open(Path(tempfile.mkdtemp()) / "archive.sqlite")
console = SessionConsole(archive, create_demo(archive)["ready"])
console.show()
console.activateWindow()
activated, actives = [], []


class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.WindowActivate and watched is console.projector:
            activated.append(True)
        return False


watch = Watch()
app.installEventFilter(watch)
ticks = [0]


def tick():
    ticks[0] += 1
    actives.append(type(QApplication.activeWindow()).__name__)
    if ticks[0] == 5:
        console.show_projector()
    if ticks[0] == 10:
        console.projector.toggle_full_screen()
    if ticks[0] == 25:
        print(json.dumps({"platform": app.platformName(), "projector_activated": bool(activated),
                          "projector_shown": console.projector.isVisible(), "active": sorted(set(actives[5:]))}))
        app.quit()


timer = QTimer()
timer.timeout.connect(tick)
timer.start(100)
app.exec()
"""


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="Xvfb (xvfb-run) is not installed")
def test_the_projector_never_takes_the_keyboard_on_x11(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    result = subprocess.run(["xvfb-run", "-a", sys.executable, "-c", CHILD], capture_output=True, text=True,
                            cwd=REPO, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["platform"] == "xcb" and seen["projector_shown"]
    assert not seen["projector_activated"]
    assert seen["active"] == ["SessionConsole"]  # shown, full screen: the console kept the keyboard throughout
