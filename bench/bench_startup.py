"""Start-up benchmark: process start → main window painted, against a bare QMainWindow.

    uv run python bench/bench_startup.py [--runs N]

Each measurement is a fresh Python process running the real command
(``pe-desktop --archive PATH`` through ``cli.main``, as the desktop icon
does), timed from just before the process is spawned to the first Paint
event of the main window, reported by the child as a wall-clock timestamp.
Baseline, in the same run and interleaved with ours: a process that imports
PySide6, builds a QApplication and paints an empty QMainWindow. Goal: ours
within 1.3x of the baseline.

Also printed, for honesty: the time until the browser is filled with the
archive's sessions and painted again (the archive is opened right after the
first paint; see pe_desktop/app.py). The OS file cache is warm after the
first runs, so these are warm-cache process starts; one discarded warm-up
run of each comes first.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

WATCH = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication


class Watch(QObject):
    \"\"\"App-wide filter: report the main window's first paint, then its first paint with the archive shown.\"\"\"

    def __init__(self, window_class):
        super().__init__()
        self.window_class = window_class
        self.first = False

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.metaObject().className() == self.window_class:
            if not self.first:
                self.first = True
                print(f"painted {time.time():.6f}", flush=True)
            if getattr(watched, "archive", True) is not None:
                print(f"filled {time.time():.6f}", flush=True)
                QApplication.instance().removeEventFilter(self)
                QTimer.singleShot(0, watched.close)
        return False
"""

BARE = WATCH + r"""
from PySide6.QtWidgets import QMainWindow

app = QApplication(sys.argv[:1])
watch = Watch("QMainWindow")
app.installEventFilter(watch)
window = QMainWindow()
window.resize(1200, 760)
window.show()
app.exec()
"""

# The same, but the program also touches PySide6's Qt namespace once, as every real PySide6 program does
# (Qt.AlignmentFlag, Qt.TextFormat...): building its enums is a fixed cost of the binding, shown for reference.
BARE_QT = BARE.replace("window = QMainWindow()", "from PySide6.QtCore import Qt\n_ = Qt.AlignmentFlag\nwindow = QMainWindow()")

# The real command: `pe-desktop --archive PATH` through cli.main, as the desktop icon runs it.
OURS = WATCH + r"""
app = QApplication(sys.argv[:1])  # cli -> run_gui -> build_app reuses it
watch = Watch("MainWindow")
app.installEventFilter(watch)
from pe_desktop.cli import main

sys.exit(main(["--archive", sys.argv[1]]))
"""


def run_child(code: str, args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Spawn one child; returns {'painted': s, 'filled': s} relative to the spawn."""
    start = time.time()
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env,
                            cwd=REPO, timeout=120)
    if result.returncode != 0:
        raise SystemExit(f"child failed ({result.returncode}):\n{result.stderr}")
    times = {}
    for line in result.stdout.splitlines():
        name, _, stamp = line.partition(" ")
        if name in ("painted", "filled"):
            times[name] = float(stamp) - start
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="pe-bench-startup-") as tmp:
        env = {**os.environ, "PE_DESKTOP_SETTINGS_DIR": str(Path(tmp) / "settings"), "PE_DESKTOP_FIRST_RUN": "empty"}
        if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
        archive = Path(tmp) / "archive.sqlite"
        sys.path.insert(0, str(REPO))
        from pe_desktop.demo import create_demo
        from pe_desktop.store import Archive

        with Archive.open(archive) as opened:
            create_demo(opened)

        bare, bare_qt, ours, filled = [], [], [], []
        for code, extra in ((BARE, []), (BARE_QT, []), (OURS, [str(archive)])):
            run_child(code, extra, env)  # warm-up (file cache, .pyc)
        for _ in range(args.runs):
            bare.append(run_child(BARE, [], env)["painted"])
            bare_qt.append(run_child(BARE_QT, [], env)["painted"])
            result = run_child(OURS, [str(archive)], env)
            ours.append(result["painted"])
            filled.append(result["filled"])

    platform = env.get("QT_QPA_PLATFORM") or "default (DISPLAY)"
    print(f"start-up, {args.runs} runs each, interleaved; Qt platform: {platform}")
    print(f"  bare QMainWindow painted : median {statistics.median(bare) * 1000:7.1f} ms   min {min(bare) * 1000:7.1f} ms")
    print(f"  bare + Qt namespace      : median {statistics.median(bare_qt) * 1000:7.1f} ms   min {min(bare_qt) * 1000:7.1f} ms")
    print(f"  pe_desktop main window   : median {statistics.median(ours) * 1000:7.1f} ms   min {min(ours) * 1000:7.1f} ms")
    print(f"  ... browser filled+painted: median {statistics.median(filled) * 1000:7.1f} ms   min {min(filled) * 1000:7.1f} ms")
    ratio = statistics.median(ours) / statistics.median(bare)
    ratio_filled = statistics.median(filled) / statistics.median(bare)
    print(f"  ratio main window / bare : {ratio:.2f}x (goal <= 1.30x){'  OK' if ratio <= 1.3 else '  OVER'}")
    print(f"  ratio filled / bare      : {ratio_filled:.2f}x (for information)")
    print(f"  ratio main window / (bare + Qt namespace): {statistics.median(ours) / statistics.median(bare_qt):.2f}x"
          " (for information)")


if __name__ == "__main__":
    main()
