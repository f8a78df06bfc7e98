"""Create, edit and delete sessions from the main window, each one undoable.

Each function commits the change first (so a refused value raises before
anything reaches the undo stack) and returns an undo command whose first
``redo`` does nothing: Qt calls ``redo`` when a command is pushed, and the
work is already on disk. Later redos and undos commit through the archive
like any other action. Deletion is the archive's soft delete, so undo is a
restore until the window closes and purges.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from pe_desktop.ui.session_dialog import SessionForm

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoCommand

    from pe_desktop.core.instruments import Instrument
    from pe_desktop.store import Archive


def _tr(text: str) -> str:
    return QCoreApplication.translate("BrowserEdits", text)


def _command(text: str, redo: Callable[[], Any], undo: Callable[[], Any], after: Callable[[], None]) -> QUndoCommand:
    """A CallbackCommand (ui/live.py) whose first redo is skipped: it already ran."""
    from pe_desktop.ui.live import CallbackCommand

    first = [True]

    def redo_later() -> None:
        if first[0]:
            first[0] = False
            return
        redo()

    return CallbackCommand(text, redo_later, undo, after)


def create_session(
    archive: Archive, form: SessionForm, instrument: Instrument, after: Callable[[], None]
) -> tuple[str, QUndoCommand]:
    """Write a new session (and its partnership when the name is new)."""
    with archive.transaction():
        pid = archive.partnership_id_for(form.partnership)
        sid = archive.create_session(
            instrument, form.title, pid, held_on=form.held_on, location=form.location,
            facilitator=form.facilitator, stage=form.stage, groups=form.new_groups,
            min_group_size=form.min_group_size, rounds=form.rounds,
        )
    command = _command(
        _tr("New session “%1”").replace("%1", form.title),
        lambda: archive.restore_session(sid), lambda: archive.delete_session(sid), after,
    )
    return sid, command


def _drop_group_if_unused(archive: Archive, group_id: str) -> None:
    """Undo of a group added while editing. The archive has no delete_group; a
    group somebody already joined stays, since their ratings point at it."""
    with archive.transaction() as conn:
        conn.execute(
            "DELETE FROM groups WHERE id = ? AND NOT EXISTS (SELECT 1 FROM participants WHERE group_id = ?)",
            (group_id, group_id),
        )


def session_changes(current: dict, form: SessionForm) -> dict[str, Any]:
    """The fields the dialog changed, as ``Archive.update_session`` takes them."""
    wanted = {
        "title": form.title, "held_on": form.held_on, "location": form.location, "facilitator": form.facilitator,
        "stage": form.stage, "min_group_size": form.min_group_size, "rounds": form.rounds,
    }
    return {key: value for key, value in wanted.items() if (current.get(key) or None) != (value or None)}


def edit_session(
    archive: Archive, session_id: str, form: SessionForm, after: Callable[[], None]
) -> QUndoCommand | None:
    """Save the dialog's changes; ``None`` when nothing changed."""
    current = archive.session(session_id)
    changes = session_changes(current, form)
    if not changes and not form.new_groups:
        return None
    added: list[tuple[str, str, str]] = []
    with archive.transaction():
        previous = archive.update_session(session_id, **changes) if changes else {}
        for name, position in form.new_groups:
            added.append((archive.add_group(session_id, name, position), name, position))

    def redo() -> None:
        with archive.transaction():
            if changes:
                archive.update_session(session_id, **changes)
            for gid, name, position in added:
                archive.add_group(session_id, name, position, id=gid)

    def undo() -> None:
        with archive.transaction():
            if previous:
                archive.update_session(session_id, **previous)
            for gid, _, _ in added:
                _drop_group_if_unused(archive, gid)

    return _command(_tr("Edit session “%1”").replace("%1", current["title"]), redo, undo, after)


def delete_session(archive: Archive, session_id: str, after: Callable[[], None]) -> QUndoCommand:
    """Soft-delete a session; undo restores it until the archive is purged."""
    title = archive.session(session_id)["title"]
    archive.delete_session(session_id)
    return _command(
        _tr("Delete session “%1”").replace("%1", title),
        lambda: archive.delete_session(session_id), lambda: archive.restore_session(session_id), after,
    )
