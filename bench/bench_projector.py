"""Projector redraw for 25 items x 200 ratings at 1920x1080 (goal: at most 16.7 ms, one frame at 60 Hz).

Scenario: a 25-item form, 200 participants in four groups (one below the
minimum group size, so suppression is exercised), every item rated and
revealed. Measured, each as the median of many runs, in one process:

1. overview: diverging bars of all 25 items, redrawn and painted;
2. item: the dot chart of one item (200 dots), redrawn and painted,
   including the read of the round's ratings from the archive;
3. the same two driven through ``controller.refresh_now()`` (caches dropped,
   ``refreshed`` emitted), which is what the projector does after a new vote.

4. live latency: a rating committed, ``notify_rating_saved()`` called (as the
   phone server does), until the projector has redrawn the new count, with
   the controller's real 100 ms redraw timer running (goal: 200 ms).

Baseline, same run: rendering an empty pyqtgraph PlotWidget of the same size,
i.e. what pyqtgraph and Qt's raster painter cost on this machine at all.

    cd /work/main && uv run python bench/bench_projector.py [--runs 60]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget  # noqa: E402

from pe_desktop.core.instruments import parse_instrument  # noqa: E402
from pe_desktop.store import Archive  # noqa: E402

GOAL_MS = 16.7
LIVE_GOAL_MS = 200
WIDTH, HEIGHT = 1920, 1080
ITEMS = 25
GROUPS = (("Residents", "community"), ("Community organizations", "community"), ("Hospital staff", "institution"),
          ("Funders", "institution"))
SIZES = (90, 60, 48, 2)


def form(items: int) -> str:
    body = "\n".join(
        f'[[items]]\nkey = "item-{i:02d}"\ntitle = "Attribute {i + 1}"\nquestion = "Question {i + 1}?"\n'
        for i in range(items)
    )
    return (
        f'key = "bench-projector"\nversion = 1\ntitle = "Bench"\nlanguage = "en"\n'
        '[scale]\nmin = 1\nmax = 5\nlabels = { 1 = "Not at all", 2 = "A little", 3 = "Partly", 4 = "Mostly", 5 = '
        '"Fully" }\n'
        f"allow_unsure = true\n{body}"
    )


def build(folder: Path) -> tuple[Archive, str]:
    rng = random.Random(7)
    inst = parse_instrument(form(ITEMS), "bench.toml")
    arch = Archive.open(folder / "bench.sqlite")
    pid = arch.create_partnership("Bench")
    sid = arch.create_session(inst, "Bench session", pid, groups=GROUPS, min_group_size=3)
    entries = []
    with arch.transaction():
        for group, size in zip(arch.groups(sid), SIZES, strict=True):
            for _ in range(size):
                person = arch.add_participant(sid, group.id, "paper").id
                for key in inst.item_keys:
                    value = None if rng.random() < 0.04 else rng.randint(1, 5)
                    entries.append((person, key, value))
    arch.record_ratings(sid, 1, entries, "paper")
    arch.set_item_states(sid, 1, inst.item_keys, "revealed")
    return arch, sid


def median_ms(fn: Callable[[], None], runs: int) -> float:
    fn()  # warm-up: first paint builds caches (symbol atlas, fonts)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1e3


def live_latency(app: QApplication, arch: Archive, sid: str, votes: int) -> list[float]:
    """Milliseconds from a committed vote to the projector showing it, through the real redraw timer."""
    from pe_desktop.ui.controller import SessionController
    from pe_desktop.ui.projector.window import ProjectorWindow

    controller = SessionController(arch, sid)
    window = ProjectorWindow(controller)
    window.resize(WIDTH, HEIGHT)
    window.show()
    key = controller.instrument.item_keys[-1]
    controller.set_current_item(key)
    controller.open_items([key])
    group = arch.groups(sid)[0].id
    people = [arch.add_participant(sid, group, "phone").id for _ in range(votes)]
    seen: list[float] = []
    # connected after the projector's own slot, so it runs once the projector has redrawn
    controller.refreshed.connect(lambda: seen.append(time.perf_counter()))
    out = []
    for person in people:
        before = window.rated
        arch.record_rating(sid, 1, person, key, 3, source="phone", require_open=True)
        t0 = time.perf_counter()
        controller.notify_rating_saved()
        seen.clear()
        while not seen:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        assert window.rated == before + 1
        out.append((seen[0] - t0) * 1e3)
    controller.stop()
    window.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=60)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])

    import pyqtgraph as pg

    from pe_desktop.ui.controller import SessionController
    from pe_desktop.ui.projector.window import ProjectorWindow

    with tempfile.TemporaryDirectory() as tmp:
        arch, sid = build(Path(tmp))
        controller = SessionController(arch, sid)
        controller.stop()  # the bench drives redraws itself
        window = ProjectorWindow(controller)
        window.resize(WIDTH, HEIGHT)
        window.show()
        app.processEvents()

        empty = QWidget()  # a plain holder: QGraphicsView overrides render() with another signature
        holder = QVBoxLayout(empty)
        holder.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)  # as the projector's layout
        holder.addWidget(pg.PlotWidget(background="w"))
        empty.resize(WIDTH, HEIGHT)
        empty.show()
        app.processEvents()

        # Render into one preallocated image: every run really paints every pixel
        # (repaint() on an offscreen window may skip work), and no run pays for allocation.
        canvas = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)

        def baseline() -> None:
            empty.render(canvas)

        def redraw() -> None:
            window._redraw()
            window.render(canvas)

        def refresh() -> None:
            controller.refresh_now()
            window.render(canvas)

        base = median_ms(baseline, args.runs)
        window.set_view("overview")
        app.processEvents()
        overview = median_ms(redraw, args.runs)
        overview_full = median_ms(refresh, args.runs)
        window.set_view("item")
        app.processEvents()
        assert window.stack.currentWidget() is window.result_page.widget
        item = median_ms(redraw, args.runs)
        item_full = median_ms(refresh, args.runs)
        dots = len(window.dot_chart.swarm.dots) if window.dot_chart.swarm else 0
        latencies = live_latency(app, arch, sid, args.runs // 2)
        arch.close()

    def line(label: str, ms: float, goal: float | None = None) -> None:
        verdict = (
            f"  ({ms / base:4.1f}x baseline)  goal <= {goal} ms: {'ok' if ms <= goal else 'MISSED'}" if goal else ""
        )
        print(f"  {label:<50} {ms:7.2f} ms{verdict}")

    print(
        f"projector redraw at {WIDTH}x{HEIGHT}, {ITEMS} items x {sum(SIZES)} participants, median of {args.runs} runs:"
    )
    line("baseline: empty pyqtgraph PlotWidget rendered", base)
    line(f"overview ({ITEMS} diverging bars), redraw + paint", overview, GOAL_MS)
    line(f"item dot chart ({dots} dots), redraw + paint", item, GOAL_MS)
    line("overview via refresh_now (caches dropped)", overview_full, GOAL_MS)
    line("item via refresh_now (caches dropped)", item_full, GOAL_MS)
    print(f"  {'live: vote saved -> projector count redrawn':<50} median {statistics.median(latencies):.0f} ms, "
          f"max {max(latencies):.0f} ms over {len(latencies)} votes  goal <= {LIVE_GOAL_MS} ms: "
          f"{'ok' if max(latencies) <= LIVE_GOAL_MS else 'MISSED'}")


if __name__ == "__main__":
    main()
