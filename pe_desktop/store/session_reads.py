"""Small reads and one clean-up the session layer's ops and views need.

Kept in the store because all SQL lives here (DESIGN §3); functions rather
than :class:`~pe_desktop.store.archive.Archive` methods so they sit apart
from the typed-records work on the archive class.
"""

from __future__ import annotations

from typing import Any

from pe_desktop.store.archive import Archive


def participant_ratings(archive: Archive, participant_id: str) -> list[dict[str, Any]]:
    """Every rating of one participant (all rounds) with its source: what undoing a removal restores."""
    return archive.query(
        "SELECT round, item_key, value, source FROM ratings WHERE participant_id = ? ORDER BY round, item_key",
        [participant_id],
    )


def participant(archive: Archive, session_id: str, participant_id: str) -> dict[str, Any] | None:
    """One participant of a session, or None (a phone's stored id may belong to another session)."""
    rows = archive.query("SELECT * FROM participants WHERE id = ? AND session_id = ?", [participant_id, session_id])
    return rows[0] if rows else None


def participant_votes(archive: Archive, session_id: str, round: int, participant_id: str) -> dict[str, int | None]:
    """{item_key: value} one participant gave in a round (the phone shows its own choices)."""
    rows = archive.query(
        "SELECT item_key, value FROM ratings WHERE session_id = ? AND round = ? AND participant_id = ?",
        [session_id, round, participant_id],
    )
    return {r["item_key"]: r["value"] for r in rows}


def session_if_any(archive: Archive, session_id: str) -> dict[str, Any] | None:
    """The session's own row including soft-deleted ones, or None when it is gone for good."""
    rows = archive.query(
        "SELECT title, status, current_round, rounds, min_group_size, deleted_at FROM sessions WHERE id = ?",
        [session_id],
    )
    return rows[0] if rows else None


def drop_group_if_unused(archive: Archive, group_id: str) -> None:
    """Undo of adding a group: remove it unless somebody joined it meanwhile (their ratings point at it)."""
    with archive.transaction() as conn:
        conn.execute(
            "DELETE FROM groups WHERE id = ? AND NOT EXISTS (SELECT 1 FROM participants WHERE group_id = ?)",
            (group_id, group_id),
        )


def carried_into(archive: Archive, action_id: str, session_id: str) -> bool:
    """Whether ``action_id`` already has a carried copy in ``session_id``."""
    rows = archive.query("SELECT 1 FROM actions WHERE carried_from = ? AND session_id = ?", [action_id, session_id])
    return bool(rows)
