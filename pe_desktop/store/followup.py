"""Action follow-up: a new session reviews what earlier sessions promised.

The rule that keeps the review list honest: an action is *waiting for review*
when it is ``open`` and nothing has been carried forward from it. Reviewing
it ends that, one of three ways:

- done / dropped: the old action's status changes (:func:`mark_action`);
- still open: a copy is made in the new session with ``carried_from``
  pointing at it (:func:`carry_forward`); the old one keeps its status, so
  the old session's record still says what was open when it closed.

A chain of carried copies (A → B → C) is walked back with
:func:`action_trail` to find where an action began. ``carried_from`` is a
soft link (no foreign key, see schema m002): it may name an action of a
session that is not (yet) in this archive.

The review rows are dicts, not :class:`~pe_desktop.store.records.Action`
records: each is an action's columns joined with facts about its sessions
(``session_title``, ``depth``, ``began_in_title`` ...), read as they come.
"""

from __future__ import annotations

from typing import Any

from pe_desktop.core.vocab import ActionStatus
from pe_desktop.store.archive import Archive
from pe_desktop.store.errors import ValidationError
from pe_desktop.store.sessions import SESSION_ORDER

REVIEW_OUTCOMES = ("done", "open", "dropped")

#: Longest chain of carried copies followed; guards against a cycle that a
#: hand-edited archive could contain.
MAX_TRAIL = 1000

_TRAIL = f"""
WITH RECURSIVE trail(id, carried_from, depth) AS (
    SELECT id, carried_from, 0 FROM actions WHERE id = :start
    UNION ALL
    SELECT a.id, a.carried_from, t.depth + 1 FROM actions a JOIN trail t ON a.id = t.carried_from
    WHERE t.depth < {MAX_TRAIL}
)
SELECT a.*, t.depth, s.title AS session_title, s.held_on AS session_held_on
FROM trail t JOIN actions a ON a.id = t.id JOIN sessions s ON s.id = a.session_id
ORDER BY t.depth DESC
"""

_TO_REVIEW = f"""
SELECT a.*, s.title AS session_title, s.held_on AS session_held_on
FROM actions a JOIN sessions s ON s.id = a.session_id
WHERE s.partnership_id = :partnership AND s.deleted_at IS NULL AND s.id <> :session
  AND a.status = 'open' AND a.deleted_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM actions c WHERE c.carried_from = a.id)
  AND (coalesce(s.held_on, substr(s.created_at, 1, 10)), s.created_at) < (:day, :created)
ORDER BY {SESSION_ORDER}, a.created_at
"""


def actions_to_review(archive: Archive, session_id: str) -> list[dict[str, Any]]:
    """Open actions of the partnership's earlier sessions that wait for review here.

    Earlier = held before this session (undated sessions count from the day
    they were created). Each row is the action plus ``session_title``,
    ``session_held_on`` and, for a carried action, ``began_in_session_id``,
    ``began_in_title`` and ``began_on`` (where the chain started).
    """
    session = archive.session(session_id)
    rows = archive.query(
        _TO_REVIEW,
        {"partnership": session.partnership_id, "session": session_id, "day": session.day, "created": session.created_at},
    )
    for row in rows:
        origin = action_trail(archive, row["id"])[0] if row["carried_from"] else row
        row["began_in_session_id"] = origin["session_id"]
        row["began_in_title"] = origin["session_title"]
        row["began_on"] = origin["session_held_on"]
    return rows


def action_trail(archive: Archive, action_id: str) -> list[dict[str, Any]]:
    """The action and every action it was carried from, oldest first.

    Stops at a link to an action not in this archive (the trail then begins
    with the oldest action present). Each row carries ``session_title``,
    ``session_held_on`` and ``depth`` (0 = the given action).
    """
    rows = archive.query(_TRAIL, {"start": action_id})
    if not rows:
        raise ValidationError(f"action: no action with id {action_id!r}")
    return rows


def carry_forward(archive: Archive, action_id: str, new_session_id: str) -> str:
    """Copy an open action into a later session of its partnership; returns the copy's id.

    The copy keeps text, owner, due date and (when the new session's
    instrument has it) the item; ``carried_from`` links it to the original.
    Carrying the same action into the same session again returns the
    existing copy, so a double click does no harm.
    """
    with archive.transaction():
        action = archive.action(action_id)
        old = archive.session(action.session_id)
        new = archive.session(new_session_id)
        if new.id == old.id:
            raise ValidationError(f"session: action {action_id!r} already belongs to session {new_session_id!r}")
        if new.partnership_id != old.partnership_id:
            raise ValidationError(
                f"session: {new.title!r} is in another partnership than the action's session {old.title!r}"
            )
        copies = archive.carried_copies(action_id)
        for copy in copies:
            if copy.session_id == new_session_id:
                return copy.id
        if copies:
            raise ValidationError(f"action {action_id!r}: already carried forward to session {copies[0].session_id!r}")
        if action.status != ActionStatus.OPEN:
            raise ValidationError(f"action {action_id!r}: status is {action.status.value!r}; only open actions carry forward")
        item_key = action.item_key if action.item_key in archive.instrument(new_session_id).item_keys else None
        return archive.add_action(
            new_session_id, action.text, action.owner, action.due_on, item_key,
            status="open", carried_from=action_id,
        )


def mark_action(archive: Archive, action_id: str, status: str) -> dict[str, Any]:
    """Close a reviewed action as ``done`` or ``dropped``; returns previous values (for undo)."""
    if status not in ("done", "dropped"):
        raise ValidationError(f"status: {status!r} must be 'done' or 'dropped' (carry forward to keep it open)")
    return archive.update_action(action_id, status=status)


def review_action(archive: Archive, action_id: str, outcome: str, new_session_id: str) -> str | None:
    """Apply one review outcome: ``done``/``dropped`` close it, ``open`` carries it forward.

    Returns the id of the carried copy, or None when the action was closed.
    """
    if outcome not in REVIEW_OUTCOMES:
        raise ValidationError(f"outcome: {outcome!r} is not one of {', '.join(REVIEW_OUTCOMES)}")
    if outcome == "open":
        return carry_forward(archive, action_id, new_session_id)
    mark_action(archive, action_id, outcome)
    return None
