"""Benchmark: the archive over years of use (issue 6).

Builds (once, cached under /tmp) an archive of 5,000 sessions with about
3 million ratings and as many rating events, plus a second archive of 1,000
sessions as if from another laptop, then prints:

- opening the archive: ``Archive.open`` + the archive browser's queries
  (``partnerships()``, ``sessions()``); goal <= 300 ms;
- a partnership's trend (a typical one and the largest); goal <= 100 ms;
- a full-text search, and the ``item_summary`` view as Datasette reads it;
- merging the 1,000-session archive into a copy of the big one, and merging
  it again (nothing new);
- peak memory (``resource.getrusage``).

Each figure comes with a same-run baseline: what the bare SQLite work costs
without our code around it. Run:

    cd /work/main && uv run python bench/bench_archive.py [--sessions N] [--rebuild]

The build runs in a child process so its memory does not count in the peak.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchlib import timed  # noqa: E402

from pe_desktop.core.instruments import find_instrument  # noqa: E402
from pe_desktop.store import Archive  # noqa: E402
from pe_desktop.store.schema import SCHEMA_VERSION  # noqa: E402

CACHE = Path(os.environ.get("PE_BENCH_DIR", "/tmp/pe-desktop-bench"))
PARTICIPANTS = 50  # per session; x 6 items x 2 rounds = 600 ratings a session
GROUPS = (("Residents", "community"), ("Community organizations", "community"),
          ("Hospital staff", "institution"), ("Funders", "institution"))
WORDS = ("budget", "meeting", "residents", "trust", "grant", "evening", "library", "decision", "voice", "money",
         "council", "hospital", "youth", "housing", "transport", "childcare", "translation", "table", "power", "plan")
NAMESPACE = uuid.UUID("6f1c2a8e-0000-4000-8000-0000000000be")


def partnership_row(i: int) -> tuple:
    """The same partnership row in every archive built here, so merges match it by id."""
    return (str(uuid.uuid5(NAMESPACE, f"partnership-{i}")), f"Partnership {i:03d}", "", "2020-01-01T00:00:00.000000Z")


def plan_sessions(count: int, partnerships: int, largest: int, first: int, rng: random.Random) -> list[int]:
    """Which partnership each session belongs to: partnership ``first`` gets ``largest`` sessions."""
    owners = [first] * min(largest, count)
    owners += [first + 1 + rng.randrange(partnerships - 1) for _ in range(count - len(owners))]
    rng.shuffle(owners)
    return owners


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()


def build(path: Path, sessions: int, partnerships: int, largest: int, first_partnership: int, seed: int) -> None:
    """Write an archive fast: executemany in big transactions, not per-rating calls."""
    rng = random.Random(seed)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    with Archive.open(path) as arch:
        instrument_id = arch.snapshot_instrument(find_instrument("partnership-equity"))
    items = find_instrument("partnership-equity").item_keys
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = MEMORY")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -1000000")
    owners = plan_sessions(sessions, partnerships, largest, first_partnership, rng)
    used = sorted(set(owners))
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO partnerships VALUES (?, ?, ?, ?)", [partnership_row(i) for i in used])
    batch = {name: [] for name in ("sessions", "groups", "participants", "ratings", "rating_events",
                                   "item_states", "notes", "actions")}

    def flush() -> None:
        sql = {
            "sessions": """INSERT INTO sessions (id, partnership_id, title, held_on, location, facilitator, stage,
                           instrument_id, status, min_group_size, rounds, current_round, created_at, updated_at)
                           VALUES (?, ?, ?, ?, '', 'Bench', ?, ?, 'closed', 3, 2, 2, ?, ?)""",
            "groups": "INSERT INTO groups (id, session_id, name, position, sort) VALUES (?, ?, ?, ?, ?)",
            "participants": """INSERT INTO participants (id, session_id, code, group_id, channel, language, created_at)
                               VALUES (?, ?, ?, ?, 'paper', 'en', ?)""",
            "ratings": """INSERT INTO ratings (id, session_id, round, participant_id, item_key, value, source,
                recorded_at)
                          VALUES (?, ?, ?, ?, ?, ?, 'paper', ?)""",
            "rating_events": """INSERT INTO rating_events (id, session_id, round, participant_id, item_key, value,
                action,
                                source, recorded_at) VALUES (?, ?, ?, ?, ?, ?, 'set', 'paper', ?)""",
            "item_states": "INSERT INTO item_states (session_id, round, item_key, state, updated_at) VALUES (?, ?, "
            "?, 'revealed', ?)",
            "notes": "INSERT INTO notes (id, session_id, item_key, round, kind, text, created_at) VALUES (?, ?, ?, "
            "1, ?, ?, ?)",
            "actions": """INSERT INTO actions (id, session_id, item_key, text, owner, due_on, status, carried_from,
                created_at)
                          VALUES (?, ?, ?, ?, ?, NULL, ?, NULL, ?)""",
        }
        for name, rows in batch.items():
            conn.executemany(sql[name], rows)
            rows.clear()

    day0 = 18000  # days since 1970: spread sessions over about 14 years
    for n, owner in enumerate(owners):
        sid = str(uuid.uuid4())
        held = time.strftime("%Y-%m-%d", time.gmtime((day0 + rng.randrange(5000)) * 86400))
        stamp = held + "T18:00:00.000000Z"
        batch["sessions"].append(
            (
                sid,
                partnership_row(owner)[0],
                f"Session {n} {_text(rng, 2)}",
                held,
                rng.choice(("advise", "acclimate", "activate", "accelerate")),
                instrument_id,
                stamp,
                stamp,
            )
        )
        group_ids = [str(uuid.uuid4()) for _ in GROUPS]
        batch["groups"] += [
            (gid, sid, name, position, k)
            for k, (gid, (name, position)) in enumerate(zip(group_ids, GROUPS, strict=True))
        ]
        people = [str(uuid.uuid4()) for _ in range(PARTICIPANTS)]
        batch["participants"] += [(pid, sid, f"P{k + 1:02d}", group_ids[k % 4], stamp) for k, pid in enumerate(people)]
        for rnd in (1, 2):
            for pid in people:
                for key in items:
                    value = None if rng.random() < 0.05 else rng.randint(1, 5)
                    batch["ratings"].append((str(uuid.uuid4()), sid, rnd, pid, key, value, stamp))
                    batch["rating_events"].append((str(uuid.uuid4()), sid, rnd, pid, key, value, stamp))
            batch["item_states"] += [(sid, rnd, key, stamp) for key in items]
        batch["notes"] += [(str(uuid.uuid4()), sid, rng.choice(items), kind, _text(rng, 12), stamp)
                           for kind in ("note", "quote", "dissent")]
        batch["actions"] += [(str(uuid.uuid4()), sid, None, _text(rng, 8), rng.choice(WORDS).capitalize(),
                              rng.choice(("open", "done")), stamp) for _ in range(2)]
        if len(batch["ratings"]) >= 200_000:
            flush()
            conn.execute("COMMIT")
            conn.execute("BEGIN")
    flush()
    conn.execute("COMMIT")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()


def cached(sessions: int, rebuild: bool) -> tuple[Path, Path, str]:
    """The big archive, the 1,000-session one, and the largest partnership's name; built when missing."""
    CACHE.mkdir(parents=True, exist_ok=True)
    key = {"sessions": sessions, "schema": SCHEMA_VERSION, "participants": PARTICIPANTS, "layout": 2}
    stamp = CACHE / "built.json"
    base, other = CACHE / f"base-{sessions}.sqlite", CACHE / "other-1000.sqlite"
    if rebuild or not stamp.exists() or json.loads(stamp.read_text()) != key or not base.exists() or not other.exists():
        stamp.unlink(missing_ok=True)
        started = time.perf_counter()
        subprocess.run([sys.executable, __file__, "--build-only", "--sessions", str(sessions)], check=True)
        print(f"built the archives in {time.perf_counter() - started:.0f} s (cached in {CACHE})")
        stamp.write_text(json.dumps(key))
    return base, other, partnership_row(0)[1]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def row(label: str, first: float, median: float, baseline: float | None = None, goal: float | None = None) -> None:
    text = f"{label:<46} first {first:8.1f} ms   median {median:8.1f} ms"
    if baseline is not None:
        text += f"   (baseline {baseline:7.1f} ms)"
    if goal is not None:
        text += f"   goal <= {goal:.0f} ms: {'ok' if median <= goal else 'MISSED'}"
    print(text)


def bench_open(base: Path, repeat: int) -> None:
    def ours() -> None:
        arch = Archive.open(base)
        arch.partnerships()
        arch.sessions()
        arch.conn.close()  # skip close()'s checkpoint: it is not part of opening

    def bare() -> None:
        conn = sqlite3.connect(base)
        conn.execute("SELECT count(*) FROM sessions").fetchone()
        conn.close()

    base_first, base_median = timed(bare, repeat)
    first, median = timed(ours, repeat)
    row("open + partnerships() + sessions()", first, median, base_median, goal=300)


def bench_trend(base: Path, largest: str, repeat: int) -> None:
    from pe_desktop.store.trends import partnership_trend

    arch = Archive.open(base)
    sizes = arch.query("SELECT p.name, count(*) AS n FROM sessions s JOIN partnerships p ON p.id = s.partnership_id "
                       "GROUP BY p.id ORDER BY n")
    typical = sizes[len(sizes) // 2]
    for name, label in ((typical["name"], f"trend, typical partnership ({typical['n']} sessions)"),
                        (largest, f"trend, largest partnership ({sizes[-1]['n']} sessions)")):
        ids = [r["id"] for r in arch.query(
            "SELECT s.id FROM sessions s JOIN partnerships p ON p.id = s.partnership_id WHERE p.name = ?", [name])]

        def bare(ids=ids) -> None:
            with arch._lock:
                for sid in ids:
                    arch.conn.execute("SELECT item_key, value FROM ratings WHERE session_id = ? AND round = 2",
                                      (sid,)).fetchall()

        _, base_median = timed(bare, repeat)
        first, median = timed(lambda name=name: partnership_trend(arch, name), repeat)
        row(label, first, median, base_median, goal=100)
    arch.conn.close()


def bench_search(base: Path, repeat: int) -> None:
    from pe_desktop.store.search import search

    arch = Archive.open(base)

    def bare() -> None:
        arch.conn.execute("SELECT rowid FROM notes_fts WHERE notes_fts MATCH 'budg* AND trus*' LIMIT 50").fetchall()

    _, base_median = timed(bare, repeat)
    first, median = timed(lambda: search(arch, "budg trus"), repeat)
    row("search 'budg trus' (50 hits)", first, median, base_median)
    arch.conn.close()


def bench_views(base: Path, repeat: int) -> None:
    """The open-data view as Datasette uses it: one session, and the first page of all."""
    conn = sqlite3.connect(f"{base.resolve().as_uri()}?mode=ro", uri=True)
    sid = conn.execute("SELECT id FROM sessions ORDER BY id LIMIT 1 OFFSET 17").fetchone()[0]

    def bare() -> None:
        conn.execute("SELECT item_key, value FROM ratings WHERE session_id = ?", (sid,)).fetchall()

    _, base_median = timed(bare, repeat)
    first, median = timed(lambda: conn.execute("SELECT * FROM item_summary WHERE session_id = ?", (sid,)).fetchall(),
                          repeat)
    row("item_summary view, one session", first, median, base_median)
    first, median = timed(lambda: conn.execute("SELECT * FROM item_summary LIMIT 101").fetchall(), 3)
    row("item_summary view, first 101 rows", first, median)
    conn.close()


def bench_merge(base: Path, other: Path) -> None:
    from pe_desktop.store.merge import MERGE_TABLES, merge_archive

    work = CACHE / "work.sqlite"
    for leftover in (work, Path(f"{work}-wal"), Path(f"{work}-shm")):
        leftover.unlink(missing_ok=True)
    shutil.rmtree(CACHE / "work.sqlite.backups", ignore_errors=True)
    shutil.copyfile(base, work)
    try:
        # baseline: copy the same rows with bare INSERT ... SELECT and no checks, then roll back
        conn = sqlite3.connect(work, isolation_level=None)
        conn.execute("ATTACH DATABASE ? AS other", (str(other),))
        started = time.perf_counter()
        conn.execute("BEGIN")
        for table in MERGE_TABLES:
            conn.execute(f"INSERT OR IGNORE INTO main.{table} SELECT * FROM other.{table}")
        baseline = (time.perf_counter() - started) * 1000
        conn.execute("ROLLBACK")
        conn.close()

        arch = Archive.open(work)
        marks: list[float] = []
        started = time.perf_counter()
        report = merge_archive(arch, other, progress=lambda done, total, table: marks.append(time.perf_counter()))
        total = (time.perf_counter() - started) * 1000
        before_rows = (marks[0] - started) * 1000
        print(f"{'merge 1,000 sessions (' + str(report.inserted) + ' records)':<46} total {total:8.0f} ms"
              f"   of which backup + setup {before_rows:6.0f} ms   (baseline bare INSERT..SELECT {baseline:6.0f} ms)")
        assert len(report.sessions_added) == 1000 and report.conflict_count == 0
        started = time.perf_counter()
        again = merge_archive(arch, other)
        print(f"{'merge the same file again (nothing new)':<46} total {(time.perf_counter() - started) * 1000:8.0f} ms")
        assert not again.changed
        arch.close()
    finally:
        for leftover in (work, Path(f"{work}-wal"), Path(f"{work}-shm")):
            leftover.unlink(missing_ok=True)
        shutil.rmtree(CACHE / "work.sqlite.backups", ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--skip-merge", action="store_true")
    parser.add_argument("--build-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build_only:
        CACHE.mkdir(parents=True, exist_ok=True)
        build(CACHE / f"base-{args.sessions}.sqlite", args.sessions, 250, 100, 0, seed=1)
        build(CACHE / "other-1000.sqlite", 1000, 50, 0, 225, seed=2)  # 24 partnerships shared, 25 new
        return 0
    base, other, largest = cached(args.sessions, args.rebuild)
    at_start = peak_mb()
    conn = sqlite3.connect(base)
    ratings = conn.execute("SELECT count(*) FROM ratings").fetchone()[0]
    events = conn.execute("SELECT count(*) FROM rating_events").fetchone()[0]
    conn.close()
    print(f"archive: {args.sessions} sessions, {ratings:,} ratings, {events:,} rating events, "
          f"{base.stat().st_size / 2**20:,.0f} MiB; SQLite {sqlite3.sqlite_version}")
    bench_open(base, args.repeat)
    bench_trend(base, largest, args.repeat)
    bench_search(base, args.repeat)
    bench_views(base, args.repeat)
    after_reads = peak_mb()
    if not args.skip_merge:
        bench_merge(base, other)
    print(f"peak memory: {peak_mb():.0f} MiB (after imports {at_start:.0f} MiB, "
          f"after open/trend/search/views {after_reads:.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
