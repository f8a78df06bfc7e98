"""Merging another archive or a session file into this one, so that both converge.

Records are matched by id (UUIDs, the same on every laptop). Ratings,
partnerships, sessions, groups, participants, notes and actions are not
copied row by row: their append-only logs (``rating_events`` and
``record_events``, :mod:`pe_desktop.store.history`) are united and the rows
recomputed from the latest events (:mod:`pe_desktop.store.converge`). So
whatever order laptops exchange files in, once each has merged the other's
they hold the same content; merging twice changes nothing; a rating
corrected on the other laptop arrives, and a session edited on both keeps
the latest edit, the other staying in the log. Edits of the same text made
on two laptops from the same version are listed for a person to settle
(:mod:`pe_desktop.store.conflicts`).

What cannot converge is kept in ``merge_conflicts`` (table, id, reason, their
row and ours as JSON), never lost: a new record that clashes with a different
record of ours on a unique key (the same participant code in the same
session, say) or that depends on a record that was itself not taken.

Before anything is written a backup of our archive is taken, and the whole
merge is one transaction: an error or a cancel leaves the archive as it was.
A file that is not ours, is damaged or was written by a newer version is
refused before it is opened for reading (``connection.probe``); the other
file is only ever opened read-only. A file written before the logs existed
(schema < 7) is merged as before, and its new rows get their first event.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pe_desktop.store.archive import Archive, now_iso
from pe_desktop.store import converge, history
from pe_desktop.store.conflicts import edit_conflicts
from pe_desktop.store.connection import probe
from pe_desktop.store.errors import ArchiveError
from pe_desktop.store.schema import SCHEMA_VERSION
from pe_desktop.store.partnerships_ops import rehome_sessions
from pe_desktop.store.io.session_file import common_columns, connect_attached, quote, table_columns

#: The tables merged, parents before children. Everything else (search
#: indexes, which triggers rebuild; migration records; the other file's own
#: merge_conflicts) is not copied.
MERGE_TABLES = (
    "partnerships",
    "partnership_combines",
    "instruments",
    "sessions",
    "groups",
    "participants",
    "ratings",
    "rating_events",
    "item_states",
    "notes",
    "actions",
    "record_events",
)

#: Page cache of the merge's connection (negative = KiB): records have random
#: UUID keys, so every insert lands on a random index page; with SQLite's
#: default 2 MiB a big merge re-reads the same pages over and over.
MERGE_CACHE_KIB = -131072

_MAX_ROWID = 2**63 - 1
_BROKEN_RULE = "breaks a rule of our schema (a required or allowed value)"

#: How many conflicts a report lists one by one (all are counted and stored).
REPORT_CONFLICTS = 1000

#: progress(done, total, table) after each chunk; return False to cancel.
ProgressCallback = Callable[[int, int, str], "bool | None"]


class MergeCancelled(ArchiveError):
    """The progress callback asked to stop; nothing was merged."""


@dataclass
class TableCounts:
    inserted: int = 0
    unchanged: int = 0
    conflicts: int = 0
    updated: int = 0
    deleted: int = 0


@dataclass
class MergeReport:
    """What a merge did; ``conflicts`` lists up to :data:`REPORT_CONFLICTS` of them."""

    source: Path
    backup: Path | None
    tables: dict[str, TableCounts] = field(default_factory=dict)
    sessions_added: list[dict] = field(default_factory=list)
    conflicts: list[dict] = field(default_factory=list)
    conflict_count: int = 0
    new_conflicts: int = 0
    #: their new partnerships named like one of ours (a different id): shown
    #: so a person can decide; never joined automatically.
    same_name_partnerships: list[dict] = field(default_factory=list)
    #: texts edited differently on two laptops from the same version, for a person to settle
    edit_conflicts: list[dict] = field(default_factory=list)

    @property
    def inserted(self) -> int:
        return sum(t.inserted for t in self.tables.values())

    @property
    def updated(self) -> int:
        return sum(t.updated + t.deleted for t in self.tables.values())

    @property
    def changed(self) -> bool:
        return self.inserted > 0 or self.updated > 0 or self.new_conflicts > 0

    def to_dict(self) -> dict:
        return {
            "source": str(self.source),
            "backup": str(self.backup) if self.backup else None,
            "tables": {name: vars(counts) for name, counts in self.tables.items()},
            "sessions_added": self.sessions_added,
            "conflict_count": self.conflict_count,
            "new_conflicts": self.new_conflicts,
            "conflicts": self.conflicts,
            "same_name_partnerships": self.same_name_partnerships,
            "edit_conflicts": self.edit_conflicts,
        }


@dataclass(frozen=True)
class _TablePlan:
    """The SQL that merges one table, built from our schema (so it follows migrations)."""

    name: str
    insert: str
    conflicts: str


def _primary_key(conn: sqlite3.Connection, table: str) -> list[str]:
    rows = [r for r in conn.execute(f"PRAGMA main.table_info({quote(table)})") if r[5]]
    return [r[1] for r in sorted(rows, key=lambda r: r[5])]


def _unique_keys(conn: sqlite3.Connection, table: str) -> list[list[str]]:
    keys = []
    for _, name, unique, origin, *_ in conn.execute(f"PRAGMA main.index_list({quote(table)})"):
        if unique and origin != "pk":
            keys.append([r[2] for r in conn.execute(f"PRAGMA main.index_info({quote(name)})")])
    return keys


def _foreign_keys(conn: sqlite3.Connection, table: str) -> list[tuple[str, str, str]]:
    """(column, parent table, parent column) of each single-column foreign key."""
    return [(r[3], r[2], r[4]) for r in conn.execute(f"PRAGMA main.foreign_key_list({quote(table)})")]


def _match(a: str, b: str, columns: list[str]) -> str:
    return " AND ".join(f"{a}.{quote(c)} = {b}.{quote(c)}" for c in columns)


def _json(alias: str, columns: list[str]) -> str:
    return "json_object(" + ", ".join(f"'{c}', {alias}.{quote(c)}" for c in columns) + ")"


def _plan(conn: sqlite3.Connection, table: str, same_id_resolved: bool = False) -> _TablePlan | None:
    columns = common_columns(conn, table, "main", "other")
    pk = _primary_key(conn, table)
    if not columns or not set(pk) <= set(columns):
        return None
    t = quote(table)
    col_list = ", ".join(quote(c) for c in columns)
    uniques = [key for key in _unique_keys(conn, table) if set(key) <= set(columns)]
    fks = [fk for fk in _foreign_keys(conn, table) if fk[0] in columns]
    clash = [f"EXISTS (SELECT 1 FROM main.{t} n WHERE {_match('n', 'o', key)})" for key in uniques]
    missing = [
        (col, f"(o.{quote(col)} IS NOT NULL AND NOT EXISTS "
              f"(SELECT 1 FROM main.{quote(parent)} p WHERE p.{quote(to)} = o.{quote(col)}))", parent)
        for col, parent, to in fks
    ]
    in_range = "o.rowid BETWEEN :lo AND :hi"
    # OR IGNORE skips a row whose id or unique key we already hold (SQLite
    # looks those up anyway to insert); the conflict pass below finds them.
    # A row whose parent we lack is filtered here: a foreign key error would
    # abort the whole merge instead of skipping the row.
    insert = (
        f"INSERT OR IGNORE INTO main.{t} ({col_list}) SELECT {', '.join('o.' + quote(c) for c in columns)} "
        f"FROM other.{t} o WHERE {in_range}"
        + "".join(f" AND NOT {m}" for _, m, _ in missing)
    )
    record_id = " || '/' || ".join(f"o.{quote(c)}" for c in pk)
    same = " AND ".join(f"m.{quote(c)} IS o.{quote(c)}" for c in columns)
    reason = [f"WHEN m.{quote(pk[0])} IS NOT NULL THEN 'different content from ours'"]
    ours = [f"WHEN m.{quote(pk[0])} IS NOT NULL THEN {_json('m', columns)}"]
    for key, test in zip(uniques, clash):
        label = ", ".join(key)
        reason.append(f"WHEN {test} THEN 'same ({label}) as another record of ours'")
        ours.append(
            f"WHEN {test} THEN (SELECT {_json('n', columns)} FROM main.{t} n WHERE {_match('n', 'o', key)})"
        )
    for col, test, parent in missing:
        reason.append(f"WHEN {test} THEN 'its {col} is not in our {parent} (that record was not taken)'")
    conflicts = (
        f"SELECT {record_id}, CASE {' '.join(reason)} ELSE {_BROKEN_RULE!r} END, {_json('o', columns)}, "
        f"CASE {' '.join(ours)} ELSE NULL END "
        f"FROM other.{t} o LEFT JOIN main.{t} m ON {_match('m', 'o', pk)} "
        f"WHERE {in_range} AND (m.{quote(pk[0])} IS NULL" + ("" if same_id_resolved else f" OR NOT ({same})") + ")"
    )
    return _TablePlan(table, insert, conflicts)


def _check_source(archive: Archive, other: Path) -> None:
    if not other.exists():
        raise ArchiveError(f"{other}: no such file; nothing was merged")
    if other.is_dir():
        raise ArchiveError(f"{other}: is a folder, not an archive file; nothing was merged")
    if other.resolve() == Path(archive.path).resolve():
        raise ArchiveError(f"{other}: is this archive itself; nothing was merged")
    if probe(other, SCHEMA_VERSION) == 0:
        if Path(str(other) + "-wal").exists():
            raise ArchiveError(
                f"{other}: is open in pe_desktop or was not closed cleanly (it has a -wal file); "
                "open and close it with pe_desktop, then merge again; nothing was merged"
            )
        raise ArchiveError(f"{other}: an empty file, not a pe_desktop archive; nothing was merged")


def merge_archive(
    archive: Archive,
    other_path: str | Path,
    progress: ProgressCallback | None = None,
    chunk_rows: int = 20_000,
) -> MergeReport:
    """Merge a session file or a whole archive into ``archive``; see the module doc.

    Runs on a connection of its own, so a GUI thread can keep reading the
    archive meanwhile (writes wait until the merge commits). ``progress``
    is called from the calling thread.
    """
    other = Path(other_path).expanduser()
    _check_source(archive, other)
    report = MergeReport(source=other, backup=archive.backup("before-merge"))
    conn = connect_attached(Path(archive.path), other, "other")
    conn.execute(f"PRAGMA cache_size = {MERGE_CACHE_KIB}")
    try:
        _merge(conn, report, progress, chunk_rows)
    except sqlite3.Error as exc:
        raise ArchiveError(f"{other}: could not be merged ({exc}); nothing was changed") from exc
    finally:
        conn.close()
    return report


#: Tables copied after the records they hang on are converged (their sessions must exist).
_SECOND_STAGE = ("rating_events", "item_states")


@dataclass
class _Run:
    """One merge's moving parts, shared by its steps."""

    conn: sqlite3.Connection
    report: MergeReport
    progress: ProgressCallback | None
    chunk_rows: int
    total: int = 0
    done: int = 0
    source: str = ""
    stamp: str = ""


def _merge(conn: sqlite3.Connection, report: MergeReport, progress: ProgressCallback | None, chunk_rows: int) -> None:
    logged = bool(table_columns(conn, "other", "record_events"))
    derived = {"ratings", *(history.LOGGED_TABLES if logged else ())}
    plans = [
        plan for table in MERGE_TABLES
        if table not in derived and table_columns(conn, "other", table)
        and (plan := _plan(conn, table, same_id_resolved=table == "item_states"))
    ]
    run = _Run(conn, report, progress, chunk_rows, source=str(report.source), stamp=now_iso())
    run.total = sum(conn.execute(f"SELECT count(*) FROM other.{quote(plan.name)}").fetchone()[0] for plan in plans)
    conn.execute("BEGIN IMMEDIATE")
    try:
        history.pause(conn)  # rows written from the log are not new edits
        converge.note_new_events(conn, logged)
        new_sessions = _new_sessions(conn)
        report.same_name_partnerships = _same_name_partnerships(conn)
        _tell(progress, 0, run.total, "")
        for plan in plans:
            if plan.name not in _SECOND_STAGE:
                _copy(run, plan)
        applied = converge.Applied()
        if logged:
            converge.apply_records(conn, applied)
        else:
            history.backfill(conn)  # their rows came without a log: each gets its first version
        for plan in plans:
            if plan.name in _SECOND_STAGE:
                _copy(run, plan)
        converge.apply_ratings(conn, applied)
        converge.apply_item_states(conn)
        _count(run, applied)
        report.edit_conflicts = edit_conflicts(conn, touched_only=True)
        history.resume(conn)
        rehome_sessions(conn)  # a session of a partnership combined here joins the one it was combined into
        report.sessions_added = [s for s in new_sessions if _exists(conn, "sessions", s["id"])]
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    _tell(progress, run.total, run.total, "")


def _copy(run: _Run, plan: _TablePlan) -> None:
    """Copy one table's new rows in chunks of rowids; what cannot be taken goes to merge_conflicts."""
    conn, report = run.conn, run.report
    counts = report.tables.setdefault(plan.name, TableCounts())
    table = f"other.{quote(plan.name)}"
    lo = conn.execute(f"SELECT min(rowid) FROM {table}").fetchone()[0]
    while lo is not None:  # chunks of rowids, jumping over any gap
        bounds = {"lo": lo, "hi": min(lo + run.chunk_rows - 1, _MAX_ROWID)}
        lo = conn.execute(f"SELECT min(rowid) FROM {table} WHERE rowid > :hi", bounds).fetchone()[0]
        rows = conn.execute(f"SELECT count(*) FROM {table} o WHERE o.rowid BETWEEN :lo AND :hi", bounds).fetchone()[0]
        inserted = conn.execute(plan.insert, bounds).rowcount
        # every row taken: none can differ from ours, so skip the second pass
        found = conn.execute(plan.conflicts, bounds).fetchall() if inserted < rows else []
        _keep_conflicts(run, [(plan.name, rid, why, theirs, ours) for rid, why, theirs, ours in found])
        counts.inserted += inserted
        counts.unchanged += rows - inserted - len(found)
        run.done += rows
        _tell(run.progress, run.done, run.total, plan.name)


def _keep_conflicts(run: _Run, found: list[tuple[str, str, str, str | None, str | None]]) -> None:
    conn, report = run.conn, run.report
    before = conn.total_changes
    conn.executemany(
        """INSERT OR IGNORE INTO main.merge_conflicts
           (table_name, record_id, reason, theirs, ours, source, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?)""",
        [(table, rid, why, theirs or "null", ours, run.source, run.stamp) for table, rid, why, theirs, ours in found],
    )
    report.new_conflicts += conn.total_changes - before
    report.conflict_count += len(found)
    for table, rid, why, _, _ in found:
        report.tables.setdefault(table, TableCounts()).conflicts += 1
        if len(report.conflicts) < REPORT_CONFLICTS:
            report.conflicts.append({"table": table, "id": rid, "reason": why})


def _count(run: _Run, applied: converge.Applied) -> None:
    """Rows the convergence wrote, and the versions it could not apply."""
    for table in applied.inserted:
        counts = run.report.tables.setdefault(table, TableCounts())
        counts.inserted += applied.inserted[table]
        counts.updated += applied.updated.get(table, 0)
        counts.deleted += applied.deleted.get(table, 0)
    _keep_conflicts(run, applied.unapplied)
    for table in applied.inserted:  # their rows we already had as they are
        counts = run.report.tables[table]
        theirs = run.conn.execute(f"SELECT count(*) FROM other.{quote(table)}").fetchone()[0]
        counts.unchanged = max(theirs - counts.inserted - counts.updated - counts.conflicts, 0)


def _tell(progress: ProgressCallback | None, done: int, total: int, table: str) -> None:
    if progress is not None and progress(done, total, table) is False:
        raise MergeCancelled("merge cancelled; nothing was changed")


def _exists(conn: sqlite3.Connection, table: str, record_id: str) -> bool:
    return conn.execute(f"SELECT 1 FROM main.{quote(table)} WHERE id = ?", (record_id,)).fetchone() is not None


def _new_sessions(conn: sqlite3.Connection) -> list[dict]:
    if not table_columns(conn, "other", "sessions"):
        return []
    rows = conn.execute(
        """SELECT o.id, o.title, o.held_on FROM other.sessions o
           WHERE NOT EXISTS (SELECT 1 FROM main.sessions m WHERE m.id = o.id)
           ORDER BY coalesce(o.held_on, substr(o.created_at, 1, 10)), o.created_at"""
    ).fetchall()
    return [{"id": i, "title": t, "held_on": h} for i, t, h in rows]


def _same_name_partnerships(conn: sqlite3.Connection) -> list[dict]:
    if not table_columns(conn, "other", "partnerships"):
        return []
    rows = conn.execute(
        """SELECT o.id, o.name, m.id FROM other.partnerships o JOIN main.partnerships m
           ON lower(trim(m.name)) = lower(trim(o.name)) AND m.id <> o.id
           WHERE NOT EXISTS (SELECT 1 FROM main.partnerships x WHERE x.id = o.id)"""
    ).fetchall()
    return [{"name": name, "their_id": theirs, "our_id": ours} for theirs, name, ours in rows]
