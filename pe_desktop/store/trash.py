"""The Trash: sessions, notes and action items a person deleted, kept in the archive until it is emptied.

Why a Trash and not a delete: one keystroke (Delete, Ctrl+Z) must never lose
what a room said (issue 11). Deleting only stamps ``deleted_at``; every read
that lists sessions, notes or actions skips stamped rows, and nothing purges
them on quit. :func:`empty_trash` is the one way they leave the archive, and
it takes a backup first, like the archive's other destructive operations.

Moving to and from the Trash is an ordinary update, so the change log (m007)
records it and a merge carries it to other laptops; emptying is a delete,
which merges as one too. A partnership is never deleted (only combined, which
can be undone), so it has no Trash of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pe_desktop.store.errors import ValidationError

if TYPE_CHECKING:
    from pe_desktop.store.archive import Archive

#: What the Trash holds, in the order it is listed.
TRASH_KINDS = ("session", "note", "action")

_ITEMS = """
SELECT 'session' AS kind, s.id AS id, s.title AS text, p.name AS partnership, s.id AS session_id, s.title AS session_title,
       s.deleted_at
FROM sessions s JOIN partnerships p ON p.id = s.partnership_id WHERE s.deleted_at IS NOT NULL
UNION ALL
SELECT 'note', n.id, n.text, p.name, s.id, s.title, n.deleted_at
FROM notes n JOIN sessions s ON s.id = n.session_id JOIN partnerships p ON p.id = s.partnership_id
WHERE n.deleted_at IS NOT NULL AND s.deleted_at IS NULL
UNION ALL
SELECT 'action', a.id, a.text, p.name, s.id, s.title, a.deleted_at
FROM actions a JOIN sessions s ON s.id = a.session_id JOIN partnerships p ON p.id = s.partnership_id
WHERE a.deleted_at IS NOT NULL AND s.deleted_at IS NULL
ORDER BY 7 DESC, 1, 2
"""

_COUNTS = """
SELECT (SELECT count(*) FROM sessions WHERE deleted_at IS NOT NULL) AS sessions,
       (SELECT count(*) FROM notes WHERE deleted_at IS NOT NULL) AS notes,
       (SELECT count(*) FROM actions WHERE deleted_at IS NOT NULL) AS actions
"""

#: Notes and actions inside a trashed session go with it; the session's other rows by ON DELETE CASCADE.
_PURGE = (
    "DELETE FROM notes WHERE deleted_at IS NOT NULL",
    "DELETE FROM actions WHERE deleted_at IS NOT NULL",
    "DELETE FROM sessions WHERE deleted_at IS NOT NULL",
)


@dataclass(frozen=True)
class TrashItem:
    """One thing in the Trash: a session (``text`` is its title), a note or an action (its text)."""

    kind: str
    id: str
    text: str
    partnership: str
    session_id: str
    session_title: str
    deleted_at: str


@dataclass(frozen=True)
class TrashCounts:
    """How many sessions, notes and action items the Trash holds (notes of a trashed session count apart)."""

    sessions: int
    notes: int
    actions: int

    @property
    def total(self) -> int:
        return self.sessions + self.notes + self.actions


def trash_items(archive: Archive) -> list[TrashItem]:
    """What the Trash holds, the latest deletion first.

    A trashed session is one entry: its notes and actions come back with it,
    so they are not listed apart.
    """
    return [TrashItem(**row) for row in archive.query(_ITEMS)]


def trash_counts(archive: Archive) -> TrashCounts:
    row = archive.query(_COUNTS)[0]
    return TrashCounts(int(row["sessions"]), int(row["notes"]), int(row["actions"]))


def find_trash_item(archive: Archive, ref: str) -> TrashItem:
    """The Trash entry whose id is ``ref`` or starts with it (as ``pe-desktop sessions`` prints ids)."""
    ref = (ref or "").strip()
    found = [item for item in trash_items(archive) if ref and item.id.startswith(ref)]
    exact = [item for item in found if item.id == ref]
    if exact:
        return exact[0]
    if not found:
        raise ValidationError(f"trash: nothing in the Trash has the id {ref!r} (pe-desktop trash lists them)")
    if len(found) > 1:
        raise ValidationError(f"trash: {ref!r} matches {len(found)} items in the Trash; give more of the id")
    return found[0]


def restore_item(archive: Archive, kind: str, item_id: str) -> None:
    """Take one entry out of the Trash."""
    {"session": archive.restore_session, "note": archive.restore_note, "action": archive.restore_action}[kind](item_id)


def trash_item(archive: Archive, kind: str, item_id: str) -> None:
    """Move one entry (back) to the Trash."""
    {"session": archive.delete_session, "note": archive.delete_note, "action": archive.delete_action}[kind](item_id)


def empty_trash(archive: Archive) -> tuple[Path | None, TrashCounts]:
    """Remove everything in the Trash for good, after a backup; returns the backup (None: it was empty) and counts.

    The backup is the way back: File ▸ Restore from backup, or ``pe-desktop restore``.
    """
    counts = trash_counts(archive)
    if counts.total == 0:
        return None, counts
    backup = archive.backup("before-empty-trash")
    with archive.transaction() as conn:
        for statement in _PURGE:
            conn.execute(statement)
    return backup, counts
