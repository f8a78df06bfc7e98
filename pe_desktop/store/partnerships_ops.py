"""Combine and rename partnerships, undoably, in a way that travels in merges (issue 12).

Two laptops that each created "Riverside Food Coalition" hold two
partnerships of that name after a merge (ids differ), and the trend then
sees half the sessions each. Combining moves every session of one into the
other and hides the emptied one; a ``partnership_combines`` row records what
moved, so the combine can be undone. Both the moves (session edits) and the
combine row are in the log (:mod:`pe_desktop.store.history`), so they travel
in later merges; a session that arrives later still pointing at a combined
partnership is moved on arrival (:func:`rehome_sessions`, run after a merge).
"""

from __future__ import annotations

import json
import sqlite3

from pe_desktop.store.archive import Archive, new_id, now_iso
from pe_desktop.store.errors import ValidationError


def find_partnerships(archive: Archive, ref: str) -> list[dict]:
    """Visible partnerships whose id starts with ``ref`` or whose name is ``ref`` (case-insensitive)."""
    return [p for p in archive.partnerships()
            if p["id"] == ref or (len(ref) >= 4 and p["id"].startswith(ref)) or p["name"].casefold() == ref.strip().casefold()]


def rename_partnership(archive: Archive, pid: str, name: str) -> None:
    """Give a partnership a new name (logged: the old name stays in its history)."""
    archive.update_partnership(pid, name=name)


def combine_partnerships(archive: Archive, kept_id: str, combined_id: str) -> str:
    """Move every session of ``combined_id`` into ``kept_id`` and hide it; returns the combine's id."""
    if kept_id == combined_id:
        raise ValidationError("partnerships: a partnership cannot be combined with itself")
    kept, combined = archive.partnership(kept_id), archive.partnership(combined_id)
    visible = {p["id"] for p in archive.partnerships()}
    for row in (kept, combined):
        if row["id"] not in visible:
            raise ValidationError(f"partnership {row['name']!r}: is already combined into another one")
    combine_id = new_id()
    with archive.transaction() as conn:
        sessions = [sid for (sid,) in conn.execute(
            "SELECT id FROM sessions WHERE partnership_id = ? ORDER BY id", (combined_id,))]
        conn.execute("UPDATE sessions SET partnership_id = ? WHERE partnership_id = ?", (kept_id, combined_id))
        conn.execute(
            """INSERT INTO partnership_combines (id, kept_id, combined_id, session_ids, created_at)
               VALUES (?, ?, ?, ?, ?)""",
            (combine_id, kept_id, combined_id, json.dumps(sessions), now_iso()),
        )
    return combine_id


def undo_combine(archive: Archive, combine_id: str) -> list[str]:
    """Undo a combine: its sessions (those still in the kept partnership) move back; returns them."""
    rows = archive.query("SELECT * FROM partnership_combines WHERE id = ?", [combine_id])
    if not rows or rows[0]["undone_at"]:
        raise ValidationError(f"combine {combine_id!r}: no such combine to undo")
    combine = rows[0]
    moved = []
    with archive.transaction() as conn:
        for sid in json.loads(combine["session_ids"]):
            if conn.execute("UPDATE sessions SET partnership_id = ? WHERE id = ? AND partnership_id = ?",
                            (combine["combined_id"], sid, combine["kept_id"])).rowcount:
                moved.append(sid)
        conn.execute("UPDATE partnership_combines SET undone_at = ? WHERE id = ?", (now_iso(), combine_id))
    return moved


def combines(archive: Archive) -> list[dict]:
    """Combines in force, newest first, with both names (for an Undo list)."""
    return archive.query(
        """SELECT c.id, c.kept_id, k.name AS kept_name, c.combined_id, o.name AS combined_name, c.session_ids, c.created_at
           FROM partnership_combines c JOIN partnerships k ON k.id = c.kept_id JOIN partnerships o ON o.id = c.combined_id
           WHERE c.undone_at IS NULL ORDER BY c.created_at DESC"""
    )


def rehome_sessions(conn: sqlite3.Connection) -> int:
    """Sessions pointing at a combined partnership move to the one it was combined into (after a merge)."""
    return conn.execute(
        """UPDATE sessions SET partnership_id = (
               SELECT c.kept_id FROM partnership_combines c WHERE c.combined_id = sessions.partnership_id
               AND c.undone_at IS NULL ORDER BY c.created_at, c.id LIMIT 1)
           WHERE partnership_id IN (SELECT combined_id FROM partnership_combines WHERE undone_at IS NULL)"""
    ).rowcount
