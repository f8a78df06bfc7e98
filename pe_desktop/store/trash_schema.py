"""Schema m010, the Trash of notes and actions: kept apart from :mod:`.trash` because the schema imports it.

(:mod:`.trash` reads through the Archive, which itself opens through the
schema; the migration needs neither.)
"""

from __future__ import annotations

import sqlite3


def migrate(conn: sqlite3.Connection) -> None:
    """Schema m010: ``deleted_at`` on notes and actions, their logs, and views that skip the Trash."""
    from pe_desktop.store import history

    for table in ("notes", "actions"):
        conn.execute(f"ALTER TABLE {table} ADD COLUMN deleted_at TEXT")
        history.install_triggers(conn, table)
        conn.execute(f"UPDATE {table} SET deleted_at = deleted_at")
    conn.execute("DROP VIEW partnership_sessions")
    conn.execute("DROP VIEW action_items")
    conn.execute(_PARTNERSHIP_SESSIONS)
    conn.execute(_ACTION_ITEMS)


_PARTNERSHIP_SESSIONS = """CREATE VIEW partnership_sessions AS
SELECT p.id AS partnership_id, p.name AS partnership,
       row_number() OVER (
           PARTITION BY p.id ORDER BY coalesce(s.held_on, substr(s.created_at, 1, 10)), s.created_at
       ) AS session_number,
       s.id AS session_id, s.title, s.held_on, s.stage, s.status, s.location, s.facilitator,
       i.key AS instrument_key, i.version AS instrument_version, s.rounds,
       (SELECT count(*) FROM participants pa WHERE pa.session_id = s.id) AS participants,
       (SELECT count(*) FROM ratings r WHERE r.session_id = s.id) AS ratings,
       (SELECT count(*) FROM notes n WHERE n.session_id = s.id AND n.deleted_at IS NULL) AS notes,
       (SELECT count(*) FROM actions a WHERE a.session_id = s.id AND a.deleted_at IS NULL) AS actions,
       (SELECT count(*) FROM actions a WHERE a.session_id = s.id AND a.status = 'open' AND a.deleted_at IS NULL)
           AS open_actions
FROM sessions s
JOIN partnerships p ON p.id = s.partnership_id
JOIN instruments i ON i.id = s.instrument_id
WHERE s.deleted_at IS NULL"""

_ACTION_ITEMS = """CREATE VIEW action_items AS
SELECT p.name AS partnership, s.title AS session_title, s.held_on, a.id AS action_id, a.session_id,
       a.item_key, a.text, a.owner, a.due_on, a.status, a.carried_from,
       (SELECT count(*) FROM actions c WHERE c.carried_from = a.id AND c.deleted_at IS NULL) > 0 AS carried_forward,
       a.created_at
FROM actions a
JOIN sessions s ON s.id = a.session_id
JOIN partnerships p ON p.id = s.partnership_id
WHERE s.deleted_at IS NULL AND a.deleted_at IS NULL"""
