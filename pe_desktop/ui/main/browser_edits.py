"""Create, edit and delete sessions from the main window: the session dialog's form, as ops.

The ops (:mod:`pe_desktop.session.ops.sessions`) commit first, so a refused
value raises before anything reaches an undo stack, and return a
:class:`~pe_desktop.session.change.Change`. The window puts it on its own
undo stack (:func:`command`), or, when the session is open in a console,
on that console's controller, so the console shows the change at once and
its Edit ▸ Undo can take it back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pe_desktop.session import ops
from pe_desktop.session.change import Change
from pe_desktop.ui.dialogs.session_dialog import SessionForm
from pe_desktop.ui.undo import ChangeCommand

if TYPE_CHECKING:
    from pe_desktop.core.instruments import Instrument
    from pe_desktop.store import Archive


def command(archive: Archive, change: Change, after: Callable[[], None]) -> ChangeCommand:
    """The change as a command for the main window's undo stack; ``after`` refreshes the window."""
    return ChangeCommand(archive, change, after)


def create_session(archive: Archive, form: SessionForm, instrument: Instrument) -> tuple[str, Change]:
    """Write a new session (and its partnership when the name is new)."""
    change = ops.create_session(
        archive, instrument, form.title, form.partnership, held_on=form.held_on, location=form.location,
        facilitator=form.facilitator, stage=form.stage, groups=form.new_groups,
        min_group_size=form.min_group_size, rounds=form.rounds, language=form.language or None,
    )
    return str(change.result), change


def session_changes(current: Any, form: SessionForm) -> dict[str, Any]:
    """The fields the dialog changed, as ``Archive.update_session`` takes them."""
    wanted = {
        "title": form.title, "held_on": form.held_on, "location": form.location, "facilitator": form.facilitator,
        "stage": form.stage, "min_group_size": form.min_group_size, "rounds": form.rounds,
    }
    if form.language:
        wanted["language"] = form.language
    return ops.session_changes(current, wanted)


def edit_session(archive: Archive, session_id: str, form: SessionForm) -> Change | None:
    """Save the dialog's changes; ``None`` when nothing changed."""
    changes = session_changes(archive.session(session_id), form)
    return ops.edit_session(archive, session_id, changes, form.new_groups)


def delete_session(archive: Archive, session_id: str) -> Change:
    """Soft-delete a session; undo restores it until the archive is purged."""
    return ops.delete_session(archive, session_id)
