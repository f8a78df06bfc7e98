"""Every write a user can make, as ``op(archive, ...) -> Change``.

Each op checks its input first (a :class:`~pe_desktop.store.errors.ValidationError`
names the field and value, and nothing is written), then commits one
transaction, publishes the change to the archive's observer and returns it.
Ops that could leave nothing to change return None instead of an empty step.
"""

from __future__ import annotations

from pe_desktop.session.ops.notes import (
    Reviewed,
    add_action,
    add_note,
    delete_action,
    delete_note,
    review_actions,
    update_action,
    update_note,
)
from pe_desktop.session.ops.participants import add_participants, join, remove_participants
from pe_desktop.session.ops.ratings import clear_rating, kiosk_rating, record_vote, save_tally, set_rating
from pe_desktop.session.ops.sessions import (
    create_session,
    delete_session,
    edit_session,
    restore_session,
    session_changes,
)
from pe_desktop.session.ops.trash import empty_trash, restore_from_trash
from pe_desktop.session.ops.voting import close_session, set_item_states, set_phone_cap, start_round

__all__ = [
    "Reviewed", "add_action", "add_note", "add_participants", "clear_rating", "close_session", "create_session",
    "delete_action", "delete_note", "delete_session", "edit_session", "empty_trash", "join", "kiosk_rating",
    "record_vote", "remove_participants", "restore_from_trash", "restore_session", "review_actions", "save_tally",
    "session_changes", "set_item_states", "set_phone_cap", "set_rating", "start_round", "update_action", "update_note",
]
