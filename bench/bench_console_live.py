"""Live path into the session console (goal: a saved rating shows within 200 ms).

Scenario: the session console open on a session with 60 participants in four
groups, all six items open for voting, the projector window alive (hidden)
and following the controller as in a real session. A background thread plays
the phone server: it commits one rating through the Archive and calls
``controller.notify_rating_saved()``. We measure, on the GUI thread, the time
from that commit to the moment the console's item navigator shows the new
count (which is when every view connected to ``refreshed`` has redrawn, since
they all run in the same slot pass).

Also measured: a burst of 200 ratings from the thread as fast as it can (how
many redraws the console does for them: the controller coalesces them), and
the cost of one paper-grid keystroke (key press to committed, undoable rating
and repainted cell), the facilitator's typing path.

Baseline, same run: a bare cross-thread queued signal into an idle event loop
(what Qt itself costs to get the news to the GUI thread).

    cd /work/main && uv run python bench/bench_console_live.py [--runs 40]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchlib import GROUPS, wait_until  # noqa: E402
from PySide6.QtCore import QObject, Qt, Signal  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from pe_desktop.core.instruments import find_instrument  # noqa: E402
from pe_desktop.store import Archive  # noqa: E402


class Ping(QObject):
    fired = Signal()


def baseline(app: QApplication, runs: int) -> list[float]:
    """A queued signal from a thread into the GUI thread: Qt's own floor."""
    ping = Ping()
    got: list[float] = []
    ping.fired.connect(lambda: got.append(time.perf_counter()), Qt.ConnectionType.QueuedConnection)
    out = []
    for _ in range(runs):
        start: list[float] = []
        before = len(got)
        thread = threading.Thread(target=lambda start=start: (start.append(time.perf_counter()), ping.fired.emit()))
        thread.start()
        thread.join()
        wait_until(app, lambda before=before: len(got) > before)
        out.append((got[-1] - start[0]) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()

    app = QApplication.instance() or QApplication(sys.argv)
    from pe_desktop.ui.console.window import SessionConsole

    with tempfile.TemporaryDirectory() as tmp:
        archive = Archive.open(Path(tmp) / "bench.sqlite")
        pid = archive.create_partnership("Bench")
        sid = archive.create_session(find_instrument("partnership-equity"), "Bench", pid, groups=GROUPS)
        groups = archive.groups(sid)
        people = [archive.add_participant(sid, groups[i % 4].id, "phone").id for i in range(60)]
        console = SessionConsole(archive, sid)
        console.resize(1600, 1000)
        console.show()
        console.act_open_all.trigger()
        model = console.items_panel.items_model
        app.processEvents()

        def rated(row: int) -> int:
            return int(model.data(model.index(row, 3)))

        # ---- one rating from the "phone server" thread to the console
        latencies = []
        for i in range(args.runs):
            row = i % 6
            key = model.key(row)
            person = people[i % len(people)]
            expected = rated(row) + (0 if archive.rating(sid, 1, person, key)[0] else 1)
            start: list[float] = []

            def vote(person: str = person, key: str = key, value: int = 1 + i % 5, start: list[float] = start) -> None:
                archive.record_rating(sid, 1, person, key, value, source="phone")
                start.append(time.perf_counter())
                console.controller.notify_rating_saved()

            thread = threading.Thread(target=vote)
            thread.start()
            thread.join()
            shown = wait_until(app, lambda row=row, expected=expected: rated(row) >= expected)
            latencies.append((shown - start[0]) * 1000)

        # ---- a burst of 200 ratings: how many redraws does the console do?
        redraws = [0]
        console.controller.refreshed.connect(lambda: redraws.__setitem__(0, redraws[0] + 1))
        before = redraws[0]
        burst_start = time.perf_counter()

        def burst() -> None:
            for i in range(200):
                archive.record_rating(
                    sid, 1, people[i % 60], model.key((i // 60 + i) % 6), 1 + (i * 7) % 5, source="phone"
                )
                console.controller.notify_rating_saved()

        thread = threading.Thread(target=burst)
        thread.start()
        while thread.is_alive():
            app.processEvents()
        thread.join()
        total = sum(archive.rating_counts(sid, 1).values())
        done = wait_until(app, lambda: sum(rated(r) for r in range(6)) == total)
        burst_ms = (done - burst_start) * 1000
        burst_redraws = redraws[0] - before

        # ---- the facilitator's typing path: one paper-grid keystroke
        console.tabs.setCurrentWidget(console.paper_grid)
        console.paper_grid.count.setValue(20)
        console.paper_grid.add_ballots()
        view = console.paper_grid.view
        keystrokes = []
        for i in range(min(args.runs, 120)):
            start_key = time.perf_counter()
            QTest.keyClick(view, str(1 + i % 5))
            app.processEvents()
            keystrokes.append((time.perf_counter() - start_key) * 1000)

        floor = baseline(app, args.runs)
        console.close()
        archive.close()

    def line(name: str, values: list[float]) -> str:
        values = sorted(values)
        p95 = values[int(0.95 * (len(values) - 1))]
        return f"{name:<52} median {statistics.median(values):7.2f} ms   p95 {p95:7.2f} ms   max {values[-1]:7.2f} ms"

    print(f"console live path, {args.runs} runs (goal: rating to console <= 200 ms)")
    print(line("rating committed -> console navigator shows it", latencies))
    print(line("baseline: bare queued signal thread -> GUI", floor))
    print(line("paper grid keystroke -> committed + repainted", keystrokes))
    print(f"{'burst of 200 thread ratings -> all shown':<52} {burst_ms:7.1f} ms with {burst_redraws} console redraws")


if __name__ == "__main__":
    main()
