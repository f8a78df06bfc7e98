"""Create, edit and delete sessions from the main window, each one undoable.

Each function commits the change first (so a refused value raises before
anything reaches an undo stack) and returns an :class:`Edit` whose first
``redo`` does nothing: Qt calls ``redo`` when a command is pushed, and the
work is already on disk. Later redos and undos commit through the archive
like any other action. Deletion is the archive's soft delete, so undo is a
restore until the window closes and purges.

An :class:`Edit` is pushed on the main window's undo stack, or, when the
session is open in a console, through that console's controller, so the
console shows the change at once and its Edit ▸ Undo can take it back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from pe_desktop.ui.dialogs.session_dialog import SessionForm

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoCommand

    from pe_desktop.core.instruments import Instrument
    from pe_desktop.store import Archive


def _tr(text: str) -> str:
    return QCoreApplication.translate("BrowserEdits", text)


@dataclass
class Edit:
    """A committed change, ready for an undo stack; ``redo`` skips its first call."""

    text: str
    redo: Callable[[], Any]
    undo: Callable[[], Any]

    def command(self, after: Callable[[], None]) -> QUndoCommand:
        """For the main window's stack (a CallbackCommand of ui/live.py)."""
        from pe_desktop.ui.controller import CallbackCommand

        return CallbackCommand(self.text, self.redo, self.undo, after)


def _edit(text: str, redo: Callable[[], Any], undo: Callable[[], Any]) -> Edit:
    first = [True]

    def redo_later() -> None:
        if first[0]:
            first[0] = False
            return
        redo()

    return Edit(text, redo_later, undo)


def create_session(archive: Archive, form: SessionForm, instrument: Instrument) -> tuple[str, Edit]:
    """Write a new session (and its partnership when the name is new)."""
    with archive.transaction():
        pid = archive.partnership_id_for(form.partnership)
        sid = archive.create_session(
            instrument, form.title, pid, held_on=form.held_on, location=form.location,
            facilitator=form.facilitator, stage=form.stage, groups=form.new_groups,
            min_group_size=form.min_group_size, rounds=form.rounds, language=form.language or None,
        )
    edit = _edit(
        _tr("New session “%1”").replace("%1", form.title),
        lambda: archive.restore_session(sid), lambda: archive.delete_session(sid),
    )
    return sid, edit


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
    if form.language:
        wanted["language"] = form.language
    return {key: value for key, value in wanted.items() if (current.get(key) or None) != (value or None)}


def edit_session(archive: Archive, session_id: str, form: SessionForm) -> Edit | None:
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

    return _edit(_tr("Edit session “%1”").replace("%1", current["title"]), redo, undo)


def delete_session(archive: Archive, session_id: str) -> Edit:
    """Soft-delete a session; undo restores it until the archive is purged."""
    title = archive.session(session_id)["title"]
    archive.delete_session(session_id)
    return _edit(
        _tr("Delete session “%1”").replace("%1", title),
        lambda: archive.delete_session(session_id), lambda: archive.restore_session(session_id),
    )
