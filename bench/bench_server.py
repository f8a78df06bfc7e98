"""Phone voting throughput: 200 phones voting on 25 items, over real HTTP on 127.0.0.1.

    uv run python bench/bench_server.py [--phones 200] [--items 25]

Prints, from one run on this machine:
- baseline A: the store alone, one ``record_rating`` (one fsync'd transaction) per vote;
- baseline B: the store through the server's group-commit writer, no HTTP;
- the server over HTTP, as shipped (group commit) and with one transaction per
  vote (``max_batch=1``), under three loads:
  ``paced`` (the room sends 1,500 votes/s in all: the latency a phone sees at the goal's rate),
  ``room`` (every phone keeps one vote in flight, the next sent the moment the last is confirmed),
  ``burst`` (every vote of every phone at once: the most the server takes, and the worst queueing);
  each with votes/s, p50/p95/p99 latency, and lost votes (acknowledged with 200 but
  not in the archive's rating log; must be 0).

The server runs in this process, as it does inside the GUI; the phones run in a
child process with a lean hand-written HTTP client (six keep-alive connections
each, like a phone browser), so the figures are the server's, not the client's.
The machine is shared, so figures move between runs; compare rows of one run.
Goal: >= 1,500 votes/s, p95 <= 100 ms at 1,500 votes/s, 0 lost.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing as mp
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pe_desktop.core.instruments import Instrument, parse_instrument  # noqa: E402
from pe_desktop.server import VotingServer  # noqa: E402
from pe_desktop.server.writer import GroupCommitWriter  # noqa: E402
from pe_desktop.store import Archive  # noqa: E402

#: The load of the "paced" run: the goal's throughput.
PACED_RATE = 1500

GROUPS = [("Residents", "community"), ("Community groups", "community"), ("Hospital", "institution"),
          ("Funders", "institution")]


def form(items: int) -> Instrument:
    lines = ['key = "bench"', "version = 1", 'title = "Bench"', 'source = "bench"', 'language = "en"',
             "[scale]", "min = 1", "max = 5", "allow_unsure = true"]
    for n in range(items):
        lines += ["[[items]]", f'key = "item-{n:02d}"', f'title = "Item {n}"', f'question = "Question {n}?"']
    return parse_instrument("\n".join(lines), "bench.toml")


def new_session(archive: Archive, instrument: Instrument, title: str) -> str:
    pid = archive.partnership_id_for("Bench")
    sid = archive.create_session(instrument, title, pid, groups=GROUPS)
    archive.set_status(sid, "open")
    archive.set_item_states(sid, 1, instrument.item_keys, "open")
    return sid


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


# --------------------------------------------------------------- baselines
def baseline_store(archive: Archive, instrument: Instrument, votes: int) -> float:
    sid = new_session(archive, instrument, "baseline store")
    groups = [g.id for g in archive.groups(sid)]
    people = [archive.add_participant(sid, groups[i % 4], "phone").id for i in range(votes // len(instrument.items) + 1)]
    plan = [(people[i // len(instrument.items)], instrument.item_keys[i % len(instrument.items)]) for i in range(votes)]
    start = time.perf_counter()
    for participant, key in plan:
        archive.record_rating(sid, 1, participant, key, 3, source="phone", require_open=True)
    return votes / (time.perf_counter() - start)


def baseline_writer(archive: Archive, instrument: Instrument, phones: int) -> tuple[float, int]:
    sid = new_session(archive, instrument, "baseline writer")
    groups = [g.id for g in archive.groups(sid)]
    people = [archive.add_participant(sid, groups[i % 4], "phone").id for i in range(phones)]
    writer = GroupCommitWriter(archive)
    writer.start()
    start = time.perf_counter()
    futures = [
        writer.submit(lambda p=p, k=k: archive.record_rating(sid, 1, p, k, 3, source="phone", require_open=True))
        for p in people for k in instrument.item_keys
    ]
    for future in futures:
        future.result()
    elapsed = time.perf_counter() - start
    writer.stop()
    return len(futures) / elapsed, writer.commits


# ------------------------------------------------------------------ phones
class RawPhone:
    """A lean phone for load: hand-written HTTP/1.1 over keep-alive connections.

    The bench must measure the server, not the client; aiohttp's client costs
    more CPU per request than the server does, and both share two cores here.
    It sends exactly what the phone page sends (cookie, header, JSON body).
    """

    def __init__(self, host: str, port: int, connections: int = 6) -> None:
        self.host, self.port = host, port
        self.cookie = ""
        self.code = ""
        self._pool: asyncio.Queue = asyncio.Queue()
        self._connections = connections
        self._opened = 0

    async def _connection(self):
        if self._pool.empty() and self._opened < self._connections:
            self._opened += 1
            return await asyncio.open_connection(self.host, self.port)
        return await self._pool.get()

    async def request(self, method: str, path: str, body: bytes = b"") -> tuple[int, bytes, dict]:
        reader, writer = await self._connection()
        head = (f"{method} {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\nX-Requested-With: pe-desktop\r\n"
                f"Cookie: {self.cookie}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n")
        writer.write(head.encode() + body)
        raw = await reader.readuntil(b"\r\n\r\n")
        lines = raw.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        headers = {}
        for line in lines[1:]:
            if ":" in line:
                name, value = line.split(":", 1)
                headers.setdefault(name.strip().lower(), value.strip())
        payload = await reader.readexactly(int(headers.get("content-length", "0")))
        self._pool.put_nowait((reader, writer))
        return status, payload, headers

    async def start(self, token: str, group: str) -> None:
        _, _, headers = await self.request("GET", f"/j/{token}")
        self.cookie = headers["set-cookie"].split(";", 1)[0]
        status, payload, headers = await self.request(
            "POST", "/api/join", json.dumps({"group": group, "language": "en"}).encode()
        )
        assert status == 200, payload
        self.cookie = headers["set-cookie"].split(";", 1)[0]
        self.code = json.loads(payload)["participant"]

    async def vote(self, key: str, value: int | None) -> int:
        status, _, _ = await self.request(
            "POST", "/api/vote", json.dumps({"item": key, "value": value, "round": 1}).encode()
        )
        return status

    async def close(self) -> None:
        while not self._pool.empty():
            _, writer = self._pool.get_nowait()
            writer.close()


def phones_process(join_url: str, group_ids: list[str], keys: list[str], phones: int, mode: str, out) -> None:
    """Child process: ``phones`` phones join, then vote on every item.

    ``paced``: the room together sends PACED_RATE votes/s, each phone tapping at
    a steady pace (the latency a phone sees at that load);
    ``room``: every phone has one vote in flight at a time, the next sent as soon
    as the last is confirmed (faster than anyone taps);
    ``burst``: every phone sends all its votes at once (six connections each):
    the most the server can take, and the worst queueing.
    """
    parts = urlsplit(join_url)
    token = parts.path.rsplit("/", 1)[1]

    async def main():
        rng = random.Random(7)
        devices = [RawPhone(parts.hostname, parts.port) for _ in range(phones)]
        await asyncio.gather(*(d.start(token, group_ids[i % len(group_ids)]) for i, d in enumerate(devices)))
        results = []

        async def cast(device, key, value):
            t0 = time.perf_counter()
            try:
                status = await device.vote(key, value)
            except Exception:  # a failed request counts as not acknowledged
                status = 0
            results.append((device.code, key, value, status, time.perf_counter() - t0))

        async def one_by_one(device):
            for key in keys:
                await cast(device, key, rng.choice([1, 2, 3, 4, 5, None]))

        async def paced(device, offset):
            interval = phones / PACED_RATE
            tasks = []
            for n, key in enumerate(keys):
                delay = start + offset + n * interval - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
                tasks.append(asyncio.ensure_future(cast(device, key, rng.choice([1, 2, 3, 4, 5, None]))))
            await asyncio.gather(*tasks)

        start = time.perf_counter()
        if mode == "paced":
            await asyncio.gather(*(paced(d, rng.random() * phones / PACED_RATE) for d in devices))
        elif mode == "burst":
            await asyncio.gather(*(cast(d, k, rng.choice([1, 2, 3, 4, 5, None])) for d in devices for k in keys))
        else:
            await asyncio.gather(*(one_by_one(d) for d in devices))
        wall = time.perf_counter() - start
        for device in devices:
            await device.close()
        return results, wall

    out.send(asyncio.run(main()))
    out.close()


def http_run(archive: Archive, instrument: Instrument, phones: int, max_batch: int, mode: str, label: str) -> dict:
    sid = new_session(archive, instrument, label)
    server = VotingServer(archive, sid, "127.0.0.1", max_batch=max_batch)
    server.start()
    try:
        receive, send = mp.get_context("spawn").Pipe(duplex=False)
        child = mp.get_context("spawn").Process(
            target=phones_process,
            args=(server.join_url, [g.id for g in archive.groups(sid)], list(instrument.item_keys), phones, mode, send),
        )
        child.start()
        results, wall = receive.recv()
        child.join()
        stats = server.stats
    finally:
        server.stop()
    acked = [r for r in results if r[3] == 200]
    ids = {p.code: p.id for p in archive.participants(sid)}
    events = Counter(
        (e["participant_id"], e["item_key"], e["value"])
        for e in archive.query("SELECT participant_id, item_key, value FROM rating_events WHERE session_id = ?", [sid])
    )
    wanted = Counter((ids[c], k, v) for c, k, v, _, _ in acked)
    lost = sum(max(0, n - events[key]) for key, n in wanted.items())
    latencies = [r[4] * 1000 for r in acked]
    return {
        "label": label, "votes": len(results), "acked": len(acked), "refused": len(results) - len(acked),
        "rate": len(acked) / wall, "wall": wall, "p50": statistics.median(latencies), "p95": pct(latencies, 95),
        "p99": pct(latencies, 99), "lost": lost, "commits": stats["commits"], "writes": stats["writes"],
        "slowest": stats["slowest_batch"] * 1000,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=200)
    parser.add_argument("--items", type=int, default=25)
    args = parser.parse_args()
    instrument = form(args.items)
    total = args.phones * args.items
    runs = []
    with tempfile.TemporaryDirectory() as folder:
        archive = Archive.open(Path(folder) / "bench.sqlite")
        try:
            store_rate = baseline_store(archive, instrument, min(total, 1000))
            writer_rate, writer_commits = baseline_writer(archive, instrument, args.phones)
            for mode in ("paced", "room", "burst"):
                runs.append(http_run(archive, instrument, args.phones, 256, mode, f"{mode:<5} group commit (shipped)"))
                runs.append(http_run(archive, instrument, args.phones, 1, mode, f"{mode:<5} one transaction per vote"))
        finally:
            archive.close()
    print(f"phone voting bench: {args.phones} phones x {args.items} items = {total} votes, "
          f"synchronous=FULL, {mp.cpu_count()} CPUs")
    print(f"  baseline A: store, one record_rating per vote       {store_rate:7.0f} votes/s")
    print(f"  baseline B: store via group-commit writer, no HTTP  {writer_rate:7.0f} votes/s "
          f"({total / writer_commits:.0f} votes per commit)")
    print(f"  over HTTP (paced = the room sends {PACED_RATE} votes/s in all; room = one vote in flight per phone;")
    print("             burst = every vote of every phone at once):")
    for run in runs:
        print(f"    {run['label']:<36} {run['rate']:7.0f} votes/s  p50 {run['p50']:7.1f} ms  p95 {run['p95']:7.1f} ms  "
              f"p99 {run['p99']:7.1f} ms  acked {run['acked']}/{run['votes']}  lost {run['lost']}  "
              f"{run['writes'] / max(1, run['commits']):5.1f} writes/commit  slowest commit {run['slowest']:5.0f} ms")
    paced, burst = runs[0], runs[4]
    ok = (paced["rate"] >= 0.97 * PACED_RATE and paced["p95"] <= 100 and burst["rate"] >= 1500
          and all(r["lost"] == 0 and r["refused"] == 0 for r in runs))
    print(f"  goal (group commit: >= 1500 votes/s at most; p95 <= 100 ms at 1500 votes/s; 0 lost): "
          f"{'met' if ok else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
