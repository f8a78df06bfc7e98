"""Notes and action items of a session, and the review of earlier sessions' actions.

Deleting a note or an action moves it to the Trash (schema m010), and so
does undoing its creation: redo and undo take it out again, with its id and
``created_at``, so an undo/redo pair leaves the rows as they were and no
keystroke loses what the room said. Undoing the creation of a note or action
recorded while the session was live is asked about first (its guard).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pe_desktop.session.change import Change, Guard, UndoRisk, announce, applied, commit
from pe_desktop.session.ops._common import current_round, is_live
from pe_desktop.session.records import as_dict
from pe_desktop.store.errors import ArchiveError
from pe_desktop.store.session_reads import carried_into

if TYPE_CHECKING:
    from pe_desktop.store import Archive


def _live_guard(archive: Archive, session_id: str, text: str) -> Guard | None:
    """Ask before undoing what was written while the room was live; None when the session was not running."""
    if not is_live(archive, session_id):
        return None
    risk = UndoRisk(text)
    return lambda _archive: risk


# ------------------------------------------------------------------ notes
def add_note(archive: Archive, session_id: str, text: str, kind: str = "note", item_key: str | None = None) -> Change:
    """A note of the current round; ``result`` and ``ids[0]`` are its id."""
    rnd = current_round(archive, session_id)
    made: dict[str, str] = {}

    def forward(a: Archive) -> None:
        if made:
            a.restore_note(made["id"])
        else:
            made.update(id=a.add_note(session_id, text, kind, item_key, rnd))

    def backward(a: Archive) -> None:
        a.delete_note(made["id"])

    guard = _live_guard(archive, session_id, "Undo moves a note recorded during the live session to the Trash.")
    commit(archive, forward)
    change = Change("notes", session_id, "Add note", ids=(made["id"],), result=made["id"], guard=guard)
    return announce(archive, change, forward, backward)


def update_note(archive: Archive, note_id: str, text: str | None = None, kind: str | None = None) -> Change | None:
    """Change a note's text or kind; None when nothing changed (no empty undo step)."""
    before = as_dict(archive.note(note_id))
    if (text is None or text == before["text"]) and (kind is None or kind == before["kind"]):
        return None

    def forward(a: Archive) -> None:
        a.update_note(note_id, text=text, kind=kind)

    def backward(a: Archive) -> None:
        a.update_note(note_id, text=before["text"], kind=before["kind"])

    return applied(archive, Change("notes", before["session_id"], "Edit note", ids=(note_id,)), forward, backward)


def delete_note(archive: Archive, note_id: str) -> Change:
    """Move a note to the Trash; undo takes it out again."""
    before = as_dict(archive.note(note_id))

    def forward(a: Archive) -> None:
        a.delete_note(note_id)

    def backward(a: Archive) -> None:
        a.restore_note(note_id)

    return applied(archive, Change("notes", before["session_id"], "Delete note", ids=(note_id,)), forward, backward)


# ---------------------------------------------------------------- actions
def _restore_action(a: Archive, row: Mapping[str, Any]) -> None:
    a.add_action(row["session_id"], row["text"], row["owner"], row["due_on"], row["item_key"], row["status"],
                 row["carried_from"], id=row["id"], created_at=row["created_at"])


def add_action(
    archive: Archive, session_id: str, text: str, owner: str = "", due_on: str | None = None,
    item_key: str | None = None, status: str = "open",
) -> Change:
    """An action item; ``result`` and ``ids[0]`` are its id."""
    made: dict[str, str] = {}

    def forward(a: Archive) -> None:
        if made:
            a.restore_action(made["id"])
        else:
            made.update(id=a.add_action(session_id, text, owner, due_on, item_key, status))

    def backward(a: Archive) -> None:
        a.delete_action(made["id"])

    guard = _live_guard(archive, session_id, "Undo moves an action item recorded during the live session to the Trash.")
    commit(archive, forward)
    change = Change("actions", session_id, "Add action", ids=(made["id"],), result=made["id"], guard=guard)
    return announce(archive, change, forward, backward)


def update_action(archive: Archive, action_id: str, **fields: Any) -> Change | None:
    """Change text/owner/due_on/status/item_key of an action; None when nothing changed."""
    current = as_dict(archive.action(action_id))
    fields = {k: v for k, v in fields.items() if k not in current or current[k] != v}
    if not fields:
        return None
    before = {k: current[k] for k in fields if k in current}

    def forward(a: Archive) -> None:
        a.update_action(action_id, **fields)

    def backward(a: Archive) -> None:
        a.update_action(action_id, **before)

    return applied(
        archive, Change("actions", current["session_id"], "Edit action", ids=(action_id,)), forward, backward
    )


def delete_action(archive: Archive, action_id: str) -> Change:
    """Move an action item to the Trash; undo takes it out again."""
    before = as_dict(archive.action(action_id))

    def forward(a: Archive) -> None:
        a.delete_action(action_id)

    def backward(a: Archive) -> None:
        a.restore_action(action_id)

    return applied(
        archive, Change("actions", before["session_id"], "Delete action", ids=(action_id,)), forward, backward
    )


# --------------------------------------------------------------- follow-up
@dataclass(frozen=True)
class Reviewed:
    """One applied review choice: enough to undo and redo it exactly."""

    action_id: str
    outcome: str
    previous_status: str
    #: the carried copy as written (None when the action was closed)
    copy: dict[str, Any] | None


def _review_one(archive: Archive, session_id: str, action_id: str, outcome: str) -> Reviewed | None:
    from pe_desktop.store.followup import review_action

    before = as_dict(archive.action(action_id))
    if outcome == "open" and carried_into(archive, action_id, session_id):
        return None  # already carried here: nothing to do, nothing to undo
    copy_id = review_action(archive, action_id, outcome, session_id)
    copy = as_dict(archive.action(copy_id)) if copy_id else None
    return Reviewed(action_id, outcome, str(before["status"]), copy)


def review_actions(
    archive: Archive, session_id: str, decisions: Mapping[str, str | None],
) -> tuple[Change | None, list[str]]:
    """Apply each review decision (None = decide later) in one transaction; returns the change and the refusals.

    A decision the store refuses (the action changed meanwhile, say) is
    reported and skipped (its savepoint rolled back); the others still apply.
    """
    applied_steps: list[Reviewed] = []
    problems: list[str] = []
    with archive.transaction():
        for action_id, outcome in decisions.items():
            if outcome is None:
                continue
            try:
                with archive.transaction():
                    step = _review_one(archive, session_id, action_id, outcome)
            except ArchiveError as exc:
                problems.append(str(exc))
                continue
            if step is not None:
                applied_steps.append(step)
    if not applied_steps:
        return None, problems

    def forward(a: Archive) -> None:
        for step in applied_steps:
            if step.copy is not None:
                _restore_action(a, step.copy)
            else:
                a.update_action(step.action_id, status=step.outcome)

    def backward(a: Archive) -> None:
        for step in reversed(applied_steps):
            if step.copy is not None:
                a.discard_carried_copy(step.copy["id"])
            else:
                a.update_action(step.action_id, status=step.previous_status)

    n = len(applied_steps)
    text = "Review of 1 earlier action" if n == 1 else "Review of %1 earlier actions"
    change = Change("actions", session_id, text, () if n == 1 else (str(n),),
                    ids=tuple(s.action_id for s in applied_steps), result=applied_steps,
                    guard=lambda a: _edited_copies(a, applied_steps))
    return announce(archive, change, forward, backward), problems


def _edited_copies(archive: Archive, steps: list[Reviewed]) -> UndoRisk | None:
    """Undoing a review removes the copies it carried forward: ask once someone has edited one of them."""
    copies = [step.copy for step in steps if step.copy is not None]
    edited = sum(1 for copy in copies if _current(archive, copy["id"]) != copy)
    return UndoRisk("Undo removes %1 carried action item(s) edited since the review.", (str(edited),)) if edited else None


def _current(archive: Archive, action_id: str) -> dict[str, Any] | None:
    try:
        return as_dict(archive.action(action_id))
    except ArchiveError:
        return None

