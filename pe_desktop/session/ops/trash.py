"""The Trash as the facilitator uses it (File ▸ Trash, ``pe-desktop trash``): restore an entry, or empty it.

Restoring is undoable (undo moves the entry back to the Trash). Emptying is
the one operation that removes recorded data for good; it cannot be undone
in the app, but it takes a backup first (the change's ``result`` names it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pe_desktop.session.change import Change, Kind, announce, applied
from pe_desktop.store import trash

if TYPE_CHECKING:
    from pe_desktop.store import Archive

#: What a restore touches, by the kind of entry (the observer's kinds).
_KINDS: dict[str, Kind] = {"session": "session", "note": "notes", "action": "actions"}


def restore_from_trash(archive: Archive, item_id: str) -> Change:
    """Take one entry (session, note or action; its id or the start of it) out of the Trash."""
    item = trash.find_trash_item(archive, item_id)

    def forward(a: Archive) -> None:
        trash.restore_item(a, item.kind, item.id)

    def backward(a: Archive) -> None:
        trash.trash_item(a, item.kind, item.id)

    text = {"session": "Restore session “%1”", "note": "Restore note", "action": "Restore action"}[item.kind]
    args = (item.text,) if item.kind == "session" else ()
    change = Change(_KINDS[item.kind], item.session_id, text, args, ids=(item.id,), also=("partnerships",),
                    result=item)
    return applied(archive, change, forward, backward)


def empty_trash(archive: Archive) -> Change:
    """Remove everything in the Trash for good, after a backup; ``result`` is (backup path or None, counts).

    Not run inside :func:`~pe_desktop.session.change.commit`: the backup must
    be taken before the purge's own transaction begins.
    """
    result = trash.empty_trash(archive)
    change = Change("session", None, "Empty Trash", also=("notes", "actions", "partnerships"), result=result)
    return announce(archive, change, lambda _a: None, None)
