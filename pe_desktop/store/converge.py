"""After a merge took the union of both logs: current rows recomputed from the latest events.

Run by :mod:`pe_desktop.store.merge` inside its transaction, with the log's
triggers paused (:func:`pe_desktop.store.history.pause`). Only records and
rating keys that received events we lacked are recomputed, so merging the
same file again does nothing.

- A logged record (:data:`~pe_desktop.store.history.LOGGED_TABLES`) becomes
  its latest event's row, or is deleted when that event is a deletion.
- A rating becomes its key's latest ``rating_events`` entry by
  (recorded_at, id). Its row id, never referenced, is the smaller of the
  two laptops' ids, so both end with the same one.
- An item's state becomes the later of the two (updated_at, then state).

A latest version that cannot be applied (its parent is gone, or it clashes
with another record on a unique key) is stored in ``merge_conflicts`` and
left for a person; ``check`` does not count it as a problem.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from pe_desktop.store.history import EVENT_ORDER, LOGGED_TABLES, columns, row_json

_KEY = ("session_id", "round", "participant_id", "item_key")


@dataclass
class Applied:
    """What recomputing did per table: rows inserted, updated, deleted; versions not applied."""

    inserted: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    unapplied: list[tuple[str, str, str, str | None, str | None]] = field(default_factory=list)


def note_new_events(conn: sqlite3.Connection, logged: bool) -> None:
    """Before the union: which records and rating keys get events we lack (temp tables)."""
    conn.execute("DROP TABLE IF EXISTS temp.touched_records")
    conn.execute("DROP TABLE IF EXISTS temp.touched_ratings")
    source = (
        """SELECT DISTINCT o.table_name, o.record_id FROM other.record_events o
           WHERE NOT EXISTS (SELECT 1 FROM main.record_events m WHERE m.id = o.id)"""
        if logged else "SELECT '' AS table_name, '' AS record_id WHERE 0"
    )
    conn.execute(f"CREATE TEMP TABLE touched_records AS {source}")
    conn.execute(
        """CREATE TEMP TABLE touched_ratings AS
           SELECT DISTINCT o.session_id, o.round, o.participant_id, o.item_key FROM other.rating_events o
           WHERE NOT EXISTS (SELECT 1 FROM main.rating_events m WHERE m.id = o.id)"""
    )


def _match(a: str, b: str, cols: tuple[str, ...] | list[str]) -> str:
    return " AND ".join(f'{a}."{c}" = {b}."{c}"' for c in cols)


def _unique_keys(conn: sqlite3.Connection, table: str) -> list[list[str]]:
    keys = []
    for _, name, unique, origin, *_ in conn.execute(f'PRAGMA main.index_list("{table}")'):
        if unique and origin != "pk":
            keys.append([r[2] for r in conn.execute(f'PRAGMA main.index_info("{name}")')])
    return keys


def _foreign_keys(conn: sqlite3.Connection, table: str) -> list[tuple[str, str, str]]:
    return [(r[3], r[2], r[4]) for r in conn.execute(f'PRAGMA main.foreign_key_list("{table}")')]


def _candidates(conn: sqlite3.Connection, table: str, cols: list[str]) -> str:
    """SELECT of the touched records of ``table`` whose row is not their latest version, where it can be applied."""
    value = {c: f"json_extract(e.data, '$.{c}')" for c in cols}
    guards = [f'({value[col]} IS NULL OR EXISTS (SELECT 1 FROM main."{parent}" p WHERE p."{to}" = {value[col]}))'
              for col, parent, to in _foreign_keys(conn, table)]
    for key in _unique_keys(conn, table):
        same = " AND ".join(f'n."{c}" IS {value[c]}' for c in key)
        guards.append(f'NOT EXISTS (SELECT 1 FROM main."{table}" n WHERE {same} AND n.id <> l.record_id)')
    return (
        f'SELECT {", ".join(value[c] for c in cols)} '
        f"FROM temp.latest_records l JOIN main.record_events e ON e.id = l.event_id "
        f"LEFT JOIN main.\"{table}\" m ON m.id = l.record_id "
        f"WHERE l.table_name = '{table}' AND e.data IS NOT NULL "
        f"AND (m.id IS NULL OR {row_json(cols, 'm')} IS NOT e.data) "
        + "".join(f" AND {g}" for g in guards)
    )


def _upsert(conn: sqlite3.Connection, table: str) -> int:
    """Write the latest versions of ``table``'s touched records; one by one if one breaks a rule."""
    cols = columns(conn, table)
    names = ", ".join(f'"{c}"' for c in cols)
    sets = ", ".join(f'"{c}" = excluded."{c}"' for c in cols if c != "id")
    select = _candidates(conn, table, cols)
    try:
        return conn.execute(f'INSERT INTO main."{table}" ({names}) {select} ON CONFLICT (id) DO UPDATE SET {sets}').rowcount
    except sqlite3.IntegrityError:  # a version our schema refuses (a CHECK): leave that one, write the rest
        written = 0
        one = f'INSERT INTO main."{table}" ({names}) VALUES ({", ".join("?" * len(cols))}) ON CONFLICT (id) DO UPDATE SET {sets}'
        for row in conn.execute(select).fetchall():
            try:
                written += conn.execute(one, row).rowcount
            except sqlite3.IntegrityError:
                continue
        return written


def why_not_applied(conn: sqlite3.Connection, table: str, data: dict) -> str:
    """Why a version could not be written: its parent is missing, a unique key clashes, or a rule."""
    for col, parent, to in _foreign_keys(conn, table):
        if data.get(col) is not None and conn.execute(
                f'SELECT 1 FROM main."{parent}" WHERE "{to}" = ?', (data[col],)).fetchone() is None:
            return f"its {col} is not in our {parent} (that record was not taken)"
    for key in _unique_keys(conn, table):
        same = " AND ".join(f'"{c}" IS ?' for c in key)
        if conn.execute(f'SELECT 1 FROM main."{table}" WHERE {same} AND id <> ?',
                        [data.get(c) for c in key] + [data.get("id")]).fetchone():
            return f"same ({', '.join(key)}) as another record of ours"
    return "breaks a rule of our schema (a required or allowed value)"


def apply_records(conn: sqlite3.Connection, applied: Applied) -> None:
    """Logged records touched by the merge become their latest version."""
    conn.execute("DROP TABLE IF EXISTS temp.latest_records")
    conn.execute(
        f"""CREATE TEMP TABLE latest_records AS
            SELECT t.table_name, t.record_id,
                   (SELECT e.id FROM main.record_events e WHERE e.table_name = t.table_name
                    AND e.record_id = t.record_id ORDER BY {EVENT_ORDER} LIMIT 1) AS event_id,
                   0 AS had_row
            FROM temp.touched_records t"""
    )
    for table in LOGGED_TABLES:
        conn.execute(
            f"""UPDATE temp.latest_records SET had_row = 1 WHERE table_name = ?
                AND EXISTS (SELECT 1 FROM main."{table}" m WHERE m.id = latest_records.record_id)""", (table,))
    for table in LOGGED_TABLES:
        changed = _upsert(conn, table)
        added = conn.execute(
            f"""SELECT count(*) FROM temp.latest_records l JOIN main."{table}" m ON m.id = l.record_id
                WHERE l.table_name = ? AND l.had_row = 0""", (table,)).fetchone()[0]
        applied.inserted[table], applied.updated[table] = added, max(changed - added, 0)
    for table in reversed(LOGGED_TABLES):
        applied.deleted[table] = conn.execute(
            f"""DELETE FROM main."{table}" WHERE id IN (
                SELECT l.record_id FROM temp.latest_records l JOIN main.record_events e ON e.id = l.event_id
                WHERE l.table_name = ? AND e.data IS NULL)""", (table,)).rowcount
    for table in LOGGED_TABLES:
        cols = columns(conn, table)
        applied.unapplied += [
            (table, rid, why_not_applied(conn, table, json.loads(data)), data, ours)
            for rid, data, ours in conn.execute(
                f"""SELECT l.record_id, e.data, CASE WHEN m.id IS NOT NULL THEN {row_json(cols, 'm')} END
                    FROM temp.latest_records l JOIN main.record_events e ON e.id = l.event_id
                    LEFT JOIN main."{table}" m ON m.id = l.record_id
                    WHERE l.table_name = ? AND e.data IS NOT NULL AND (m.id IS NULL OR {row_json(cols, 'm')} IS NOT e.data)""",
                (table,)).fetchall()
        ]


def apply_ratings(conn: sqlite3.Connection, applied: Applied) -> None:
    """Ratings whose key got new events become the key's latest event (or go, if it is a deletion)."""
    conn.execute("DROP TABLE IF EXISTS temp.latest_ratings")
    conn.execute(
        f"""CREATE TEMP TABLE latest_ratings AS
            SELECT k.*, (SELECT e.id FROM main.rating_events e WHERE {_match('e', 'k', _KEY)}
                         ORDER BY e.recorded_at DESC, e.id DESC LIMIT 1) AS event_id
            FROM temp.touched_ratings k"""
    )
    applied.deleted["ratings"] = conn.execute(
        f"""DELETE FROM main.ratings WHERE rowid IN (
            SELECT r.rowid FROM temp.latest_ratings l JOIN main.rating_events e ON e.id = l.event_id
            JOIN main.ratings r ON {_match('r', 'l', _KEY)} WHERE e.action = 'delete')"""
    ).rowcount
    before = conn.execute("SELECT count(*) FROM temp.latest_ratings l JOIN main.ratings r ON " + _match("r", "l", _KEY)).fetchone()[0]
    changed = conn.execute(
        f"""INSERT INTO main.ratings (id, session_id, round, participant_id, item_key, value, source, recorded_at)
            SELECT coalesce(min(m.id, t.id), m.id, t.id, e.id), l.session_id, l.round, l.participant_id, l.item_key,
                   e.value, e.source, e.recorded_at
            FROM temp.latest_ratings l JOIN main.rating_events e ON e.id = l.event_id
            JOIN main.participants p ON p.id = l.participant_id AND p.session_id = l.session_id
            LEFT JOIN main.ratings m ON {_match('m', 'l', _KEY)}
            LEFT JOIN other.ratings t ON {_match('t', 'l', _KEY)}
            WHERE e.action = 'set' AND (m.id IS NULL OR m.value IS NOT e.value OR m.source IS NOT e.source
                  OR m.recorded_at IS NOT e.recorded_at OR t.id < m.id)
            ON CONFLICT (session_id, round, participant_id, item_key) DO UPDATE SET
                id = excluded.id, value = excluded.value, source = excluded.source, recorded_at = excluded.recorded_at"""
    ).rowcount
    after = conn.execute("SELECT count(*) FROM temp.latest_ratings l JOIN main.ratings r ON " + _match("r", "l", _KEY)).fetchone()[0]
    applied.inserted["ratings"] = after - before
    applied.updated["ratings"] = changed - (after - before)
    rating = "'id', {0}.id, 'session_id', {0}.session_id, 'round', {0}.round, 'participant_id', {0}.participant_id, " \
             "'item_key', {0}.item_key, 'value', {0}.value, 'source', {0}.source, 'recorded_at', {0}.recorded_at"
    applied.unapplied += [
        ("ratings", rid, "its participant_id is not in our participants (that record was not taken)", theirs, None)
        for rid, theirs in conn.execute(
            f"""SELECT coalesce(t.id, e.id), CASE WHEN t.id IS NOT NULL THEN json_object({rating.format('t')}) ELSE json_object({rating.format('e')}) END
                FROM temp.latest_ratings l JOIN main.rating_events e ON e.id = l.event_id
                LEFT JOIN other.ratings t ON {_match('t', 'l', _KEY)}
                WHERE e.action = 'set' AND NOT EXISTS (SELECT 1 FROM main.participants p
                      WHERE p.id = l.participant_id AND p.session_id = l.session_id)"""
        ).fetchall()
    ]


def apply_item_states(conn: sqlite3.Connection) -> int:
    """Each item's state becomes the later of ours and theirs: (updated_at, then state) decides."""
    return conn.execute(
        """UPDATE main.item_states SET state = o.state, updated_at = o.updated_at FROM other.item_states o
           WHERE o.session_id = item_states.session_id AND o.round = item_states.round
             AND o.item_key = item_states.item_key
             AND (o.updated_at > item_states.updated_at
                  OR (o.updated_at = item_states.updated_at AND o.state > item_states.state))"""
    ).rowcount
