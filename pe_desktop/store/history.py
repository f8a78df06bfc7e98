"""Append-only logs of every record a person edits, so merges converge (issue 12).

Ratings have had their log since the start (``rating_events``). Schema m007
adds ``record_events``: one row per insert, update or delete of a
partnership, session, group, participant, note or action, written by
triggers, so every writer (the Archive, the phone server, an import, a tool
like Datasette) logs without knowing it. ``data`` is the row as JSON (NULL
for a deletion), ``base`` the event it superseded on this laptop, ``seq`` one
more than the base's. The current row of a record is its *latest* event by
(recorded_at, seq, id): the same order on every laptop, and an edit always
sorts after the one it replaced (its time is never earlier, its seq higher).

A merge takes the union of both logs and recomputes the rows from it
(:mod:`pe_desktop.store.converge`), so A+B = B+A and merging twice = once;
nothing is overwritten silently: every superseded version stays in the log.
Two events with the same base are edits made on two laptops from the same
version: if their texts differ, a person can settle them
(:mod:`pe_desktop.store.conflicts`).

While a merge rewrites rows from the log, a row in ``event_log_paused``
silences the triggers (inside the merge's transaction only).
"""

from __future__ import annotations

import sqlite3
from typing import Any

#: Logged tables, parents before children, with the column that names the session.
LOGGED_TABLES: dict[str, str | None] = {
    "partnerships": None,
    "partnership_combines": None,
    "sessions": "id",
    "groups": "session_id",
    "participants": "session_id",
    "notes": "session_id",
    "actions": "session_id",
}

#: The order events are read in: the last one is the current version.
EVENT_ORDER = "recorded_at DESC, seq DESC, id DESC"

_TABLES = """
CREATE TABLE IF NOT EXISTS partnership_combines (
    id TEXT PRIMARY KEY,
    kept_id TEXT NOT NULL,
    combined_id TEXT NOT NULL,
    session_ids TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL,
    undone_at TEXT
);
CREATE INDEX IF NOT EXISTS partnership_combines_combined ON partnership_combines(combined_id);
CREATE TABLE IF NOT EXISTS record_events (
    id TEXT PRIMARY KEY,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    session_id TEXT,
    data TEXT,
    base TEXT,
    seq INTEGER NOT NULL DEFAULT 1,
    recorded_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS record_events_record ON record_events(table_name, record_id, recorded_at, seq, id);
CREATE INDEX IF NOT EXISTS record_events_session ON record_events(session_id);
CREATE INDEX IF NOT EXISTS record_events_base ON record_events(base);
CREATE TABLE IF NOT EXISTS event_log_paused (paused INTEGER NOT NULL);
"""

_NOW = "strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'"


def columns(conn: sqlite3.Connection, table: str, schema: str = "main") -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA "{schema}".table_info("{table}")')]


def row_json(table_columns: list[str], alias: str) -> str:
    """SQL for a row as a JSON object (the form ``record_events.data`` holds)."""
    return "json_object(" + ", ".join(f"'{c}', {alias}.\"{c}\"" for c in table_columns) + ")"


def _trigger(table: str, when: str, row: str, data: str, session: str | None) -> str:
    session_sql = f'{row}."{session}"' if session else "NULL"
    return f"""
CREATE TRIGGER IF NOT EXISTS "{table}_log_{when.lower()}" AFTER {when} ON "{table}"
WHEN NOT EXISTS (SELECT 1 FROM event_log_paused)
BEGIN
    INSERT INTO record_events (id, table_name, record_id, session_id, data, base, seq, recorded_at)
    SELECT lower(hex(randomblob(16))), '{table}', {row}.id, {session_sql}, {data}, b.id, coalesce(b.seq, 0) + 1,
           max({_NOW}, coalesce(b.recorded_at, ''))
    FROM (SELECT 1) AS one LEFT JOIN (
        SELECT id, seq, recorded_at FROM record_events
        WHERE table_name = '{table}' AND record_id = {row}.id ORDER BY {EVENT_ORDER} LIMIT 1
    ) AS b ON 1;
END;
"""


def install(conn: sqlite3.Connection) -> None:
    """Create the log and its triggers, and log every existing row once (schema m007)."""
    conn.executescript(_TABLES)
    for table in LOGGED_TABLES:
        install_triggers(conn, table)
    backfill(conn)


def install_triggers(conn: sqlite3.Connection, table: str) -> None:
    """(Re)create one table's log triggers with its current columns (a migration that adds a column calls it)."""
    session = LOGGED_TABLES[table]
    for when in ("insert", "update", "delete"):
        conn.execute(f'DROP TRIGGER IF EXISTS "{table}_log_{when}"')
    cols = columns(conn, table)
    # One statement each, not executescript: that would commit the migration's transaction half-way.
    conn.execute(_trigger(table, "INSERT", "NEW", row_json(cols, "NEW"), session))
    conn.execute(_trigger(table, "UPDATE", "NEW", row_json(cols, "NEW"), session))
    conn.execute(_trigger(table, "DELETE", "OLD", "NULL", session))


def backfill(conn: sqlite3.Connection, schema: str = "main") -> int:
    """Log each row that has no event yet, as it is now; returns how many.

    Run once by the migration (every existing record gets its first version)
    and after merging a file written before m007, whose rows have no log.
    """
    added = 0
    for table, session in LOGGED_TABLES.items():
        cols = columns(conn, table)
        stamp = _stamp(cols, session)
        session_sql = f't."{session}"' if session else "NULL"
        added += conn.execute(
            f"""INSERT INTO record_events (id, table_name, record_id, session_id, data, base, seq, recorded_at)
                SELECT lower(hex(randomblob(16))), '{table}', t.id, {session_sql}, {row_json(cols, "t")}, NULL, 1,
                    {stamp}
                FROM "{table}" t
                WHERE NOT EXISTS (SELECT 1 FROM record_events e WHERE e.table_name = '{table}' AND e.record_id =
                    t.id)"""
        ).rowcount
    return added


def _stamp(cols: list[str], session: str | None) -> str:
    """When a row without a log was last written, as well as its columns tell."""
    if "updated_at" in cols:
        return "coalesce(t.updated_at, t.created_at)"
    if "created_at" in cols:
        return "t.created_at"
    if session:  # groups: as old as their session
        return f'coalesce((SELECT s.created_at FROM sessions s WHERE s.id = t."{session}"), {_NOW})'
    return _NOW


def pause(conn: sqlite3.Connection) -> None:
    """Silence the triggers until :func:`resume` (call inside a transaction)."""
    conn.execute("INSERT INTO main.event_log_paused (paused) VALUES (1)")


def resume(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM main.event_log_paused")


def record_history(conn: sqlite3.Connection, table: str, record_id: str) -> list[dict[str, Any]]:
    """Every version of one record, oldest first: what the GUI shows as its history."""
    rows = conn.execute(
        f"""SELECT id, data, base, seq, recorded_at FROM record_events
            WHERE table_name = ? AND record_id = ? ORDER BY {EVENT_ORDER.replace('DESC', 'ASC')}""",
        (table, record_id),
    ).fetchall()
    return [dict(zip(("id", "data", "base", "seq", "recorded_at"), row, strict=True)) for row in rows]


def rating_history(
    conn: sqlite3.Connection, session_id: str, round: int, participant_id: str, item_key: str,  # noqa: A002
) -> list[dict[str, Any]]:
    """Every logged change of one rating (``rating_events``), oldest first: set to a value, or deleted."""
    rows = conn.execute(
        """SELECT id, value, action, source, recorded_at FROM rating_events
           WHERE session_id = ? AND round = ? AND participant_id = ? AND item_key = ?
           ORDER BY recorded_at, id""",
        (session_id, round, participant_id, item_key),
    ).fetchall()
    return [dict(zip(("id", "value", "action", "source", "recorded_at"), row, strict=True)) for row in rows]


def log_problems(conn: sqlite3.Connection) -> list[str]:
    """Logged rows that are not their latest event (``check``); records a merge could not apply are skipped."""
    problems: list[str] = []
    for table in LOGGED_TABLES:
        cols = columns(conn, table)
        for rid, has_event in conn.execute(
            f"""SELECT t.id, e.id IS NOT NULL FROM "{table}" t
                LEFT JOIN record_events e ON e.id = (SELECT x.id FROM record_events x WHERE x.table_name = '{table}'
                     AND x.record_id = t.id ORDER BY {EVENT_ORDER} LIMIT 1)
                WHERE (e.id IS NULL OR e.data IS NOT {row_json(cols, 't')})
                  AND NOT EXISTS (SELECT 1 FROM merge_conflicts c WHERE c.table_name = '{table}' AND c.record_id = t.id)
                ORDER BY t.id"""
        ):
            problems.append(f"{table} {rid}: " + ("is not its last version logged in record_events" if has_event
                                                  else "has no version logged in record_events"))
    return problems
