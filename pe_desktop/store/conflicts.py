"""Conflicts a person can settle: the same text edited differently on two laptops.

In the log (:mod:`pe_desktop.store.history`) each edit names the version it
replaced (``base``). A *head* is a version no later edit replaced. On one
laptop a record has one head; after a merge it has one per laptop that
edited it from the same version. When the heads' texts differ, the merge
kept the latest (a deterministic choice, the same on every laptop), and the
facilitator is shown all of them: they can pick one (a new edit that
replaces every head, so the conflict is gone here and, after the next merge,
everywhere) or, for a note or an action, keep both (the other text becomes a
new note or action).
"""

from __future__ import annotations

import json
import sqlite3

from pe_desktop.store.archive import Archive, new_id
from pe_desktop.store.errors import ValidationError
from pe_desktop.store.history import EVENT_ORDER, LOGGED_TABLES

#: The fields a person wrote, per table: heads that differ only elsewhere
#: (a status, a time stamp) are not a conflict.
TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    "partnerships": ("name", "description"),
    "sessions": ("title", "held_on", "location", "facilitator", "stage"),
    "groups": ("name",),
    "notes": ("text", "kind"),
    "actions": ("text", "owner", "due_on"),
}

#: Tables whose conflicts can be settled by keeping both versions as two records.
KEEP_BOTH = ("notes", "actions")


def _heads(conn: sqlite3.Connection, where: str, params: tuple = ()) -> dict[tuple[str, str], list[dict]]:
    heads: dict[tuple[str, str], list[dict]] = {}
    for table, rid, eid, data, seq, stamp, session in conn.execute(
        f"""SELECT e.table_name, e.record_id, e.id, e.data, e.seq, e.recorded_at, e.session_id FROM main.record_events e
            WHERE e.data IS NOT NULL AND NOT EXISTS (SELECT 1 FROM main.record_events x WHERE x.base = e.id) {where}
            ORDER BY e.table_name, e.record_id, {EVENT_ORDER}""",
        params,
    ):
        heads.setdefault((table, rid), []).append(
            {"event": eid, "data": json.loads(data), "seq": seq, "recorded_at": stamp, "session_id": session})
    return heads


def edit_conflicts(conn: sqlite3.Connection, touched_only: bool = False, session_id: str | None = None) -> list[dict]:
    """Records whose heads' texts differ: table, id, session_id and versions (current first).

    ``touched_only``: only records a merge running on ``conn`` just brought events for.
    """
    where, params = "", ()
    if touched_only:
        where = ("AND EXISTS (SELECT 1 FROM temp.touched_records t "
                 "WHERE t.table_name = e.table_name AND t.record_id = e.record_id)")
    elif session_id is not None:
        where, params = "AND e.session_id = ?", (session_id,)
    found = []
    for (table, rid), heads in _heads(conn, where, params).items():
        fields = TEXT_FIELDS.get(table)
        if not fields or len({tuple(h["data"].get(f) for f in fields) for h in heads}) < 2:
            continue
        if conn.execute(f'SELECT 1 FROM main."{table}" WHERE id = ?', (rid,)).fetchone() is None:
            continue  # deleted since: nothing to settle
        versions = [{"event": h["event"], "recorded_at": h["recorded_at"],
                     "fields": {f: h["data"].get(f) for f in fields}} for h in heads]
        found.append({"table": table, "id": rid, "session_id": heads[0]["session_id"], "versions": versions})
    return found


def settle_conflict(archive: Archive, table: str, record_id: str, event_id: str, keep_both: bool = False) -> list[str]:
    """Keep version ``event_id`` of the record (a new edit replacing every head).

    With ``keep_both`` (notes and actions), every other version's text becomes a
    new record beside it. Returns the ids of records created.
    """
    if table not in TEXT_FIELDS:
        raise ValidationError(f"table {table!r}: has no conflicts to settle")
    if keep_both and table not in KEEP_BOTH:
        raise ValidationError(f"{table}: both versions can be kept only for notes and actions; pick one")
    created: list[str] = []
    with archive.transaction() as conn:
        heads = _heads(conn, "AND e.table_name = ? AND e.record_id = ?", (table, record_id)).get((table, record_id), [])
        chosen = next((h for h in heads if h["event"] == event_id), None)
        if chosen is None:
            raise ValidationError(f"{table} {record_id}: {event_id!r} is not one of its open versions")
        fields = TEXT_FIELDS[table]
        sets = ", ".join(f'"{f}" = ?' for f in fields)
        conn.execute(f'UPDATE "{table}" SET {sets} WHERE id = ?', [chosen["data"].get(f) for f in fields] + [record_id])
        latest = conn.execute(
            f"SELECT id, data, recorded_at FROM record_events WHERE table_name = ? AND record_id = ? ORDER BY {EVENT_ORDER} LIMIT 1",
            (table, record_id),
        ).fetchone()
        for head in heads:  # every other head is replaced by the same version: one head again
            if head["event"] != latest[0] and not _is_base(conn, head["event"]):
                conn.execute(
                    """INSERT INTO record_events (id, table_name, record_id, session_id, data, base, seq, recorded_at)
                       VALUES (lower(hex(randomblob(16))), ?, ?, ?, ?, ?, ?, ?)""",
                    (table, record_id, head["session_id"], latest[1], head["event"], head["seq"] + 1, latest[2]),
                )
        if keep_both:
            created = _copies(conn, table, record_id, [h for h in heads if h["event"] != event_id], fields)
    return created


def _is_base(conn: sqlite3.Connection, event_id: str) -> bool:
    return conn.execute("SELECT 1 FROM record_events WHERE base = ?", (event_id,)).fetchone() is not None


def _copies(conn: sqlite3.Connection, table: str, record_id: str, others: list[dict], fields: tuple[str, ...]) -> list[str]:
    """New records beside ``record_id``, one per other distinct text (logged by the triggers)."""
    row = conn.execute(f'SELECT * FROM "{table}" WHERE id = ?', (record_id,))
    names = [d[0] for d in row.description]
    current = dict(zip(names, row.fetchone()))
    seen = {tuple(current[f] for f in fields)}
    created = []
    for other in others:
        texts = tuple(other["data"].get(f) for f in fields)
        if texts in seen:
            continue
        seen.add(texts)
        copy = {**current, **dict(zip(fields, texts)), "id": new_id()}
        if "carried_from" in copy:
            copy["carried_from"] = None
        conn.execute(
            f'INSERT INTO "{table}" ({", ".join(chr(34) + n + chr(34) for n in names)}) VALUES ({", ".join("?" * len(names))})',
            [copy[n] for n in names],
        )
        created.append(copy["id"])
    return created


def open_conflict_count(conn: sqlite3.Connection) -> int:
    """How many records have versions to settle (for a status line)."""
    return len(edit_conflicts(conn))


__all__ = ["KEEP_BOTH", "LOGGED_TABLES", "TEXT_FIELDS", "archive_conflicts", "edit_conflicts", "open_conflict_count", "settle_conflict"]


def archive_conflicts(archive: Archive) -> list[dict]:
    """:func:`edit_conflicts` of a whole open archive (under its lock, as the phone server may be writing)."""
    with archive._lock:
        return edit_conflicts(archive.conn)
