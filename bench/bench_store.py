"""Foundation benchmarks: print figures, each against a same-run baseline.

    uv run python bench/bench_store.py

1. One rating committed through Archive.record_rating vs a bare sqlite3
   upsert + event insert + commit with the same pragmas (goal: ratio <= 1.3).
2. CSV import of 240,000 rows (rows/s), vs parsing the same file with csv alone.
3. summary() of 25 items x 200 participants, vs fetching the same rows bare.
"""

from __future__ import annotations

import csv
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pe_desktop.core.instruments import parse_instrument  # noqa: E402
from pe_desktop.store import Archive  # noqa: E402
from pe_desktop.store.archive import _INSERT_EVENT, _UPSERT_RATING, now_iso  # noqa: E402
from pe_desktop.store.io.csv_import import import_csv  # noqa: E402

N_COMMITS = 1500


def form(items: int) -> str:
    body = "\n".join(
        f'[[items]]\nkey = "item-{i:02d}"\ntitle = "Item {i}"\nquestion = "Question {i}?"\n' for i in range(items)
    )
    es = "\n".join(f'items.item-{i:02d} = {{ title = "Ítem {i}", question = "¿Pregunta {i}?" }}' for i in range(items))
    return (
        f'key = "bench-{items}"\nversion = 1\ntitle = "Bench"\nlanguage = "en"\n'
        '[scale]\nmin = 1\nmax = 5\nlabels = { 1 = "Low", 5 = "High" }\nallow_unsure = true\n'
        f"{body}\n[translations.es]\ntitle = \"Banco\"\n{es}\n"
    )


def setup(folder: Path, items: int, participants: int) -> tuple[Archive, str, list[str], list[str]]:
    inst = parse_instrument(form(items), "bench.toml")
    arch = Archive.open(folder / "bench.sqlite")
    pid = arch.create_partnership("Bench")
    groups = [("Residents", "community"), ("Staff", "institution"), ("Funders", "institution")]
    sid = arch.create_session(inst, "Bench", pid, groups=groups)
    gids = [g["id"] for g in arch.groups(sid)]
    with arch.transaction():
        people = [arch.add_participant(sid, gids[i % 3], "paper")["id"] for i in range(participants)]
    return arch, sid, people, list(inst.item_keys)


def bench_commit(folder: Path) -> None:
    arch, sid, people, keys = setup(folder / "store", 25, 60)
    folder.joinpath("bare").mkdir()
    bare = sqlite3.connect(folder / "bare" / "bare.sqlite", isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON"):
        bare.execute(f"PRAGMA {pragma}")
    bare.executescript(
        """CREATE TABLE ratings (id TEXT PRIMARY KEY, session_id TEXT, round INTEGER, participant_id TEXT,
           item_key TEXT, value INTEGER, source TEXT, recorded_at TEXT, UNIQUE (session_id, round, participant_id, item_key));
           CREATE TABLE rating_events (id TEXT PRIMARY KEY, session_id TEXT, round INTEGER, participant_id TEXT,
           item_key TEXT, value INTEGER, action TEXT, source TEXT, recorded_at TEXT);"""
    )
    jobs = [(people[i % len(people)], keys[(i // len(people)) % len(keys)], 1 + i % 5) for i in range(N_COMMITS)]

    def ours() -> float:
        start = time.perf_counter()
        for person, key, value in jobs:
            arch.record_rating(sid, 1, person, key, value, source="paper")
        return time.perf_counter() - start

    def baseline() -> float:
        start = time.perf_counter()
        for person, key, value in jobs:
            stamp = now_iso()
            bare.execute("BEGIN")
            bare.execute(_UPSERT_RATING, (str(uuid.uuid4()), sid, 1, person, key, value, "paper", stamp))
            bare.execute(_INSERT_EVENT, (str(uuid.uuid4()), sid, 1, person, key, value, "set", "paper", stamp))
            bare.execute("COMMIT")
        return time.perf_counter() - start

    ours_t, base_t = [], []
    for _ in range(3):  # interleave so disk noise hits both alike
        base_t.append(baseline())
        ours_t.append(ours())
    o, b = statistics.median(ours_t), statistics.median(base_t)
    print(f"rating commit: store {o / N_COMMITS * 1e3:.3f} ms/rating, bare sqlite3 {b / N_COMMITS * 1e3:.3f} ms/rating, "
          f"ratio {o / b:.2f} (goal <= 1.3)")
    arch.close()
    bare.close()


def bench_import(folder: Path) -> None:
    arch, sid, _, keys = setup(folder / "import", 25, 0)
    rows = 240_000
    path = folder / "ratings.csv"
    with open(path, "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["participant", "group", "item", "value"])
        for i in range(rows):
            person = i // len(keys)
            writer.writerow([f"P{person:05d}", ("Residents", "Staff", "Funders")[person % 3], keys[i % len(keys)], 1 + i % 5])
    start = time.perf_counter()
    with open(path, newline="") as handle:
        parsed = sum(1 for _ in csv.reader(handle)) - 1
    parse_t = time.perf_counter() - start
    start = time.perf_counter()
    count = import_csv(arch, sid, path)
    import_t = time.perf_counter() - start
    assert count == parsed == rows
    print(f"csv import: {rows} rows in {import_t:.2f} s = {rows / import_t:,.0f} rows/s "
          f"(baseline csv parse alone {rows / parse_t:,.0f} rows/s; ratio {import_t / parse_t:.1f}x)")
    arch.close()


def bench_summary(folder: Path) -> None:
    arch, sid, people, keys = setup(folder / "summary", 25, 200)
    arch.record_ratings(sid, 1, [(p, k, 1 + (i * 7 + j) % 5) for i, p in enumerate(people) for j, k in enumerate(keys)], "paper")
    times, bare_times = [], []
    for _ in range(5):
        start = time.perf_counter()
        arch.conn.execute("SELECT r.participant_id, p.group_id, r.item_key, r.value FROM ratings r JOIN participants p "
                          "ON p.id = r.participant_id WHERE r.session_id = ? AND r.round = 1", (sid,)).fetchall()
        bare_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        summary = arch.summary(sid, 1)
        times.append(time.perf_counter() - start)
    assert len(summary["items"]) == 25 and summary["items"][0]["n"] == 200
    print(f"summary 25 items x 200 participants: {statistics.median(times) * 1e3:.1f} ms "
          f"(baseline: fetching the 5,000 rows {statistics.median(bare_times) * 1e3:.1f} ms)")
    arch.close()


def main() -> None:
    with tempfile.TemporaryDirectory(dir=Path.cwd() if Path.cwd().is_dir() else None) as tmp:
        folder = Path(tmp)
        bench_commit(folder)
        bench_import(folder)
        bench_summary(folder)


if __name__ == "__main__":
    main()
