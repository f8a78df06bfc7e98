"""Phone voting into the session console (goal: a phone's vote shows on the console within 200 ms).

Scenario: the session console open with the projector following it, phone
voting started through the console's PhoneVotingBridge on 127.0.0.1, all six
items open. Scripted phones (pe_desktop.server.phone_sim, real HTTP) run in an
asyncio loop of their own thread, as real phones run outside the GUI thread.

Measured:
- one vote: from the phone sending its POST (and from the phone getting its
  200, i.e. after the commit) to the console's item navigator showing the new
  count; the GUI thread only spins its event loop meanwhile;
- a room joining: 60 phones join at once -> the console's status line says
  60 joined (and how many participant-list reloads that cost);
- a room voting: those 60 phones each vote on all six items at once (360
  votes) -> all shown; console redraws, and the longest the GUI thread went
  without running a 10 ms timer (a stall the facilitator would feel);
- the bridge's start() and stop(), which run in the GUI thread.

Baseline, same run: the same single rating committed by a plain thread
through the Archive with controller.notify_rating_saved() (the console's
live path without HTTP, server or bridge).

    cd /work/main && uv run python bench/bench_phone_gui.py [--runs 40] [--phones 60]
"""

from __future__ import annotations

import argparse
import asyncio
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
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from pe_desktop.core.instruments import find_instrument  # noqa: E402
from pe_desktop.server.phone_sim import SimulatedPhone  # noqa: E402
from pe_desktop.store import Archive  # noqa: E402


class PhoneLoop:
    """The phones' own asyncio loop in a background thread."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    def submit(self, coro):
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)


class StallMeter:
    """Longest gap between ticks of a 10 ms timer on the GUI thread."""

    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last, self.worst = time.perf_counter(), 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.worst * 1000


def line(name: str, values: list[float]) -> str:
    values = sorted(values)
    p95 = values[int(0.95 * (len(values) - 1))]
    return f"{name:<56} median {statistics.median(values):7.2f} ms   p95 {p95:7.2f} ms   max {values[-1]:7.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--phones", type=int, default=60)
    args = parser.parse_args()

    app = QApplication.instance() or QApplication(sys.argv)
    from pe_desktop.ui.console.window import SessionConsole

    phones_loop = PhoneLoop()
    with tempfile.TemporaryDirectory() as tmp:
        archive = Archive.open(Path(tmp) / "bench.sqlite")
        pid = archive.create_partnership("Bench")
        sid = archive.create_session(find_instrument("partnership-equity"), "Bench", pid, groups=GROUPS)
        groups = archive.groups(sid)
        console = SessionConsole(archive, sid)
        console.resize(1600, 1000)
        console.show()
        console.projector.show()
        console.act_open_all.trigger()
        bridge = console.phone.bridge
        model = console.items_panel.items_model
        app.processEvents()

        def rated(row: int) -> int:
            return int(model.data(model.index(row, 3)))

        starts, stops = [], []
        for _ in range(5):
            t0 = time.perf_counter()
            bridge.start("127.0.0.1", 0)
            t1 = time.perf_counter()
            bridge.stop()
            stops.append((time.perf_counter() - t1) * 1000)
            starts.append((t1 - t0) * 1000)
        url = bridge.start("127.0.0.1", 0)

        # ---- a room joining at once
        phones = [SimulatedPhone(url, timeout=60) for _ in range(args.phones)]

        async def join_all() -> None:
            for phone in phones:
                await phone.__aenter__()
            await asyncio.gather(*(p.open_page() for p in phones))
            results = await asyncio.gather(*(p.join(groups[i % 4].id) for i, p in enumerate(phones)))
            assert all(status == 200 for status, _ in results), results

        reloads = [0]
        console.controller.participantsChanged.connect(lambda: reloads.__setitem__(0, reloads[0] + 1))
        stall = StallMeter()
        stall.start()
        join_start = time.perf_counter()
        future = phones_loop.submit(join_all())
        joined_at = wait_until(app, lambda: bridge.joined_count == args.phones and console.phone.status_label.text()
                               .endswith(f"— {args.phones} phone(s) joined"))
        future.result(30)
        join_ms = (joined_at - join_start) * 1000
        join_stall = stall.stop()

        # ---- one vote at a time, phone -> console
        from_send, from_ok = [], []
        for i in range(args.runs):
            row = i % 6
            key = model.key(row)
            phone = phones[i % len(phones)]
            person = next(p.id for p in archive.participants(sid) if p.code == phone.code)
            expected = rated(row) + (0 if archive.rating(sid, 1, person, key)[0] else 1)
            stamps: dict[str, float] = {}

            async def vote(phone=phone, key=key, value=1 + i % 5, stamps=stamps) -> None:
                stamps["send"] = time.perf_counter()
                status, _ = await phone.vote(key, value)
                stamps["ok"] = time.perf_counter()
                assert status == 200

            future = phones_loop.submit(vote())
            shown = wait_until(app, lambda row=row, expected=expected: rated(row) >= expected)
            future.result(10)
            from_send.append((shown - stamps["send"]) * 1000)
            from_ok.append(max(0.0, shown - stamps["ok"]) * 1000)

        # ---- baseline: the same rating path without HTTP, server or bridge
        base = []
        people = [p.id for p in archive.participants(sid)]
        for i in range(args.runs):
            row = i % 6
            key = model.key(row)
            person = people[(i + 7) % len(people)]
            expected = rated(row) + (0 if archive.rating(sid, 1, person, key)[0] else 1)
            start: list[float] = []

            def commit(person=person, key=key, value=1 + i % 5, start=start) -> None:
                start.append(time.perf_counter())
                archive.record_rating(sid, 1, person, key, value, source="phone")
                console.controller.notify_rating_saved()

            thread = threading.Thread(target=commit)
            thread.start()
            thread.join()
            shown = wait_until(app, lambda row=row, expected=expected: rated(row) >= expected)
            base.append((shown - start[0]) * 1000)

        # ---- a room voting at once: every phone, every item
        redraws = [0]
        console.controller.refreshed.connect(lambda: redraws.__setitem__(0, redraws[0] + 1))
        keys = console.controller.instrument.item_keys

        async def vote_all() -> None:
            results = await asyncio.gather(*(
                p.vote(key, 1 + (n + k) % 5) for n, p in enumerate(phones) for k, key in enumerate(keys)
            ))
            assert all(status == 200 for status, _ in results), [r for r in results if r[0] != 200][:3]

        stall.start()
        burst_start = time.perf_counter()
        future = phones_loop.submit(vote_all())
        total = len(phones) * len(keys)
        done = wait_until(app, lambda: sum(rated(r) for r in range(6)) >= total)
        future.result(60)
        burst_ms = (done - burst_start) * 1000
        burst_stall = stall.stop()
        burst_redraws = redraws[0]

        async def close_all() -> None:
            for phone in phones:
                await phone.close()

        phones_loop.submit(close_all()).result(30)
        t0 = time.perf_counter()
        console.close()
        close_ms = (time.perf_counter() - t0) * 1000
        archive.close()
    phones_loop.close()

    print(f"phone voting into the console, {args.runs} runs, {args.phones} phones (goal: vote to console <= 200 ms)")
    print(line("phone sends vote -> console navigator shows it", from_send))
    print(line("phone gets 200 (committed) -> console shows it", from_ok))
    print(line("baseline: thread commit + notify -> console shows it", base))
    print(line("bridge.start() on 127.0.0.1 (GUI thread)", starts))
    print(line("bridge.stop() (GUI thread)", stops))
    print(f"{f'{args.phones} phones join at once -> console says so':<56} {join_ms:7.1f} ms, "
          f"{reloads[0]} participant reloads, GUI stall max {join_stall:.1f} ms")
    print(f"{f'{total} votes from {args.phones} phones at once -> all shown':<56} {burst_ms:7.1f} ms, "
          f"{burst_redraws} console redraws, GUI stall max {burst_stall:.1f} ms")
    print(f"{'console close (stops the server)':<56} {close_ms:7.1f} ms")


if __name__ == "__main__":
    main()
