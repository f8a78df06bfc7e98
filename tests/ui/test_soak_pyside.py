"""Guard against the PySide6 6.12.0 trap: a reference to True/None leaked per signal emit.

On Python 3.11, PySide6 6.12.0 leaks one reference to ``True``/``None`` on
every signal emission and every call of a Qt method returning void; the
projector emits and redraws all session long, and the process aborted after
about 125 chart updates. pyproject.toml pins 6.11.3; this test fails if a
PySide6 with that bug comes back.

The heavy part runs in a child process, so an abort (SIGABRT in Qt or the
interpreter) is a failed test with the child's output, not a crashed test
run. The child prints the reference counts of ``True``, ``None`` and
``False`` around each phase as JSON.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from helpers import REPO

EMITS = 100_000
VOID_CALLS = 100_000
CHART_UPDATES = 3_000
#: Allowed drift of a refcount over a phase (other live objects come and go); the bug drifts by the loop count.
MAX_DRIFT = 1000

CHILD = textwrap.dedent(
    """
    import json, os, random, sys
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QObject, QTimer, Signal
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QWidget

    EMITS, VOID_CALLS, CHART_UPDATES = (int(x) for x in sys.argv[1:4])
    app = QApplication([])

    def counts():
        return {"True": sys.getrefcount(True), "None": sys.getrefcount(None), "False": sys.getrefcount(False)}

    class Emitter(QObject):
        flag = Signal(bool)
        value = Signal(object)
        bare = Signal()

    received = [0]
    def on_flag(v):
        received[0] += 1
    def on_value(v):
        received[0] += 1
    def on_bare():
        received[0] += 1

    emitter = Emitter()
    emitter.flag.connect(on_flag)
    emitter.value.connect(on_value)
    emitter.bare.connect(on_bare)
    phases = {}

    before = counts()
    for i in range(EMITS):
        emitter.flag.emit(True)
        emitter.value.emit(None)
        emitter.bare.emit()
    phases["emits"] = [before, counts()]
    assert received[0] == 3 * EMITS, received

    widget = QWidget()
    timer = QTimer()
    before = counts()
    for i in range(VOID_CALLS):
        widget.setVisible(False)
        timer.stop()
        widget.setEnabled(True)
    phases["void_calls"] = [before, counts()]

    from pe_desktop.charts.bars import DivergingBarsChart
    from pe_desktop.charts.dots import DotChart
    from pe_desktop.core.instruments import find_instrument
    from pe_desktop.core.stats import GroupDef, RatingRow, item_summary

    inst = find_instrument("partnership-equity")
    groups = [GroupDef("a", "Residents", "community"), GroupDef("b", "Small", "community"),
              GroupDef("c", "Funders", "institution")]
    dots = DotChart(inst.scale)
    bars = DivergingBarsChart(inst)
    for chart in (dots, bars):
        chart.resize(1280, 720)
        chart.show()
    app.processEvents()
    canvas = QImage(1280, 720, QImage.Format.Format_ARGB32_Premultiplied)
    rng = random.Random(6)
    key = inst.item_keys[0]
    people = [(f"p{i}", "abc"[i % 3] if i % 7 else "b") for i in range(60)]

    def update(i):
        rows = [RatingRow(pid, gid, key, rng.choice([1, 2, 3, 4, 5, None])) for pid, gid in people[: 10 + i % 50]]
        item = item_summary(key, rows, groups, 1, 5, 3)
        dots.set_item(key, "Continual", rows, groups, item)
        bars.set_items([dict(item, key=k) for k in inst.item_keys])
        if i % 10 == 0:
            dots.render(canvas)
            bars.render(canvas)
            app.processEvents()

    for i in range(200):  # warm-up: caches, first paints
        update(i)
    before = counts()
    for i in range(CHART_UPDATES):
        update(i)
    phases["chart_updates"] = [before, counts()]
    print(json.dumps({"python": list(sys.version_info[:2]), "phases": phases}))
    """
)


def run_child(*counts: int) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    return subprocess.run(
        [sys.executable, "-c", CHILD, *map(str, counts)],
        capture_output=True, text=True, cwd=REPO, env=env, timeout=600,
    )


def test_no_refcount_drift_and_no_abort_under_heavy_signalling() -> None:
    result = run_child(EMITS, VOID_CALLS, CHART_UPDATES)
    assert result.returncode == 0, (
        f"child exited with {result.returncode}:\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}"
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert set(report["phases"]) == {"emits", "void_calls", "chart_updates"}
    if sys.version_info >= (3, 12):
        return  # True/None are immortal from 3.12: refcounts say nothing there; surviving is the check
    for phase, (before, after) in report["phases"].items():
        for name in ("True", "None", "False"):
            drift = after[name] - before[name]
            assert abs(drift) < MAX_DRIFT, f"{phase}: refcount of {name} drifted by {drift}"
