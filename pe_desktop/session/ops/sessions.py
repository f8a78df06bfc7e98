"""Sessions as the main window edits them: create, edit (fields and new groups), delete, restore.

Deletion moves the session to the Trash (:mod:`pe_desktop.store.trash`), so
its undo is a restore, and nothing purges it on quit. Undoing a creation
moves the new session to the Trash too; once anything has been recorded in
it, that undo ends (its guard says so, and the UI drops the step).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from pe_desktop.session.change import Change, Kind, UndoRisk, announce, applied, commit
from pe_desktop.session.ops._common import has_content
from pe_desktop.session.records import field
from pe_desktop.store.session_reads import drop_group_if_unused

if TYPE_CHECKING:
    from pe_desktop.core.instruments import Instrument
    from pe_desktop.store import Archive

#: Session fields the session dialog edits, as ``Archive.update_session`` takes them.
EDITABLE = ("title", "held_on", "location", "facilitator", "stage", "min_group_size", "rounds")


def create_session(
    archive: Archive, instrument: Instrument, title: str, partnership: str, *, held_on: str | None = None,
    location: str = "", facilitator: str = "", stage: str | None = None, groups: Sequence[tuple[str, str]] = (),
    min_group_size: int = 3, rounds: int = 1, language: str | None = None,
) -> Change:
    """A new session (and its partnership when the name is new), in one transaction; ``result`` is its id.

    ``language`` is the room's language ("es", "en+es"); None: the form's own.
    """
    made: list[str] = []

    def forward(a: Archive) -> None:
        pid = a.partnership_id_for(partnership)
        made.append(a.create_session(
            instrument, title, pid, held_on=held_on, location=location, facilitator=facilitator, stage=stage,
            groups=groups, min_group_size=min_group_size, rounds=rounds, language=language,
        ))

    commit(archive, forward)
    sid = made[0]

    def restore(a: Archive) -> None:
        a.restore_session(sid)

    def remove(a: Archive) -> None:
        a.delete_session(sid)

    def guard(a: Archive) -> UndoRisk | None:
        if not has_content(a, sid):
            return None
        return UndoRisk("“%1” now holds what was recorded in it, so its creation can no longer be undone. "
                        "To remove it, delete it: it goes to the Trash.", (title,), ends=True)

    change = Change("session", sid, "New session “%1”", (title,), ids=(sid,), also=("partnerships",), result=sid,
                    guard=guard)
    return announce(archive, change, restore, remove)


def session_changes(current: object, wanted: dict[str, Any]) -> dict[str, Any]:
    """The fields of ``wanted`` that differ from the session record (empty and None count as equal)."""
    return {key: value for key, value in wanted.items() if (field(current, key) or None) != (value or None)}


def edit_session(
    archive: Archive, session_id: str, changes: dict[str, Any], new_groups: Sequence[tuple[str, str]] = (),
) -> Change | None:
    """Change session fields and add groups in one transaction; None when there is nothing to do."""
    if not changes and not new_groups:
        return None
    title = str(field(archive.session(session_id), "title"))
    previous: dict[str, Any] = {}
    added: list[tuple[str, str, str]] = []

    def first(a: Archive) -> None:
        if changes:
            previous.update(a.update_session(session_id, **changes))
        for name, position in new_groups:
            added.append((a.add_group(session_id, name, position), name, position))

    def forward(a: Archive) -> None:
        if changes:
            a.update_session(session_id, **changes)
        for gid, name, position in added:
            a.add_group(session_id, name, position, id=gid)

    def backward(a: Archive) -> None:
        if previous:
            a.update_session(session_id, **previous)
        for gid, _, _ in added:
            drop_group_if_unused(a, gid)

    commit(archive, first)
    also: tuple[Kind, ...] = ("groups",) if new_groups else ()
    change = Change("session", session_id, "Edit session “%1”", (title,), ids=(session_id,), also=also)
    return announce(archive, change, forward, backward)


def delete_session(archive: Archive, session_id: str) -> Change:
    """Move a session to the Trash; undo (or File ▸ Trash ▸ Restore) brings it back."""
    title = str(field(archive.session(session_id), "title"))

    def forward(a: Archive) -> None:
        a.delete_session(session_id)

    def backward(a: Archive) -> None:
        a.restore_session(session_id)

    return applied(archive, Change("session", session_id, "Delete session “%1”", (title,), ids=(session_id,)),
                   forward, backward)


def restore_session(archive: Archive, session_id: str) -> Change:
    """Bring a session back from the Trash; undo moves it there again."""

    def forward(a: Archive) -> None:
        a.restore_session(session_id)

    def backward(a: Archive) -> None:
        a.delete_session(session_id)

    title = str(field(archive.session(session_id), "title"))
    return applied(archive, Change("session", session_id, "Restore session “%1”", (title,), ids=(session_id,)),
                   forward, backward)
