"""The console's undoable edits: each one an op of :mod:`pe_desktop.session.ops`, pushed as a Change.

Why this class still exists: panels call one object bound to their session
and its controller, and stay thin. The rules themselves (commit first,
refuse bad input before anything is written, redo with the same ids, undo of
a removal restores the ratings) live in the ops; the undo stack is the
controller's (:meth:`SessionController.push_change`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pe_desktop.session import ops
from pe_desktop.store.records import Participant
from pe_desktop.ui.controller import SessionController


class SessionEdits:
    """Undoable, committed edits of one session, through its controller."""

    def __init__(self, controller: SessionController) -> None:
        self.controller = controller
        self.archive = controller.archive
        self.session_id = controller.session_id

    # -------------------------------------------------------- participants
    def add_participants(
        self, group_id: str | None, channel: str, count: int = 1, language: str | None = None
    ) -> list[Participant]:
        """Create ``count`` participants in one transaction; returns their records (id, code...)."""
        change = ops.add_participants(self.archive, self.session_id, group_id, channel, count, language)
        self.controller.push_change(change)
        return list(change.result)

    def remove_participants(self, participant_ids: Iterable[str]) -> None:
        """Remove participants and their ratings; undo brings both back."""
        self.controller.push_change(ops.remove_participants(self.archive, self.session_id, participant_ids))

    # ------------------------------------------------------------- ratings
    def set_rating(self, participant_id: str, item_key: str, value: int | None, source: str = "paper") -> bool:
        """Save one rating of the current round (None = not sure); False if it was already so."""
        change = ops.set_rating(self.archive, self.session_id, participant_id, item_key, value, source)
        return self.controller.push_change(change) is not None

    def clear_rating(self, participant_id: str, item_key: str, source: str = "paper") -> bool:
        """Remove one rating of the current round; False if there was none."""
        change = ops.clear_rating(self.archive, self.session_id, participant_id, item_key, source)
        return self.controller.push_change(change) is not None

    def save_tally(self, item_key: str, group_id: str | None, counts: dict[int | None, int]) -> bool:
        """Store a show-of-hands tally (replacing the previous one); False if unchanged."""
        change = ops.save_tally(self.archive, self.session_id, item_key, group_id, counts)
        return self.controller.push_change(change) is not None

    # --------------------------------------------------------------- notes
    def add_note(self, text: str, kind: str = "note", item_key: str | None = None) -> str:
        change = ops.add_note(self.archive, self.session_id, text, kind, item_key)
        self.controller.push_change(change)
        return str(change.result)

    def update_note(self, note_id: str, text: str | None = None, kind: str | None = None) -> None:
        self.controller.push_change(ops.update_note(self.archive, note_id, text, kind))

    def delete_note(self, note_id: str) -> None:
        self.controller.push_change(ops.delete_note(self.archive, note_id))

    # ------------------------------------------------------------- actions
    def add_action(
        self, text: str, owner: str = "", due_on: str | None = None, item_key: str | None = None, status: str = "open"
    ) -> str:
        change = ops.add_action(self.archive, self.session_id, text, owner, due_on, item_key, status)
        self.controller.push_change(change)
        return str(change.result)

    def update_action(self, action_id: str, **fields: Any) -> None:
        """Change text/owner/due_on/status/item_key of an action."""
        self.controller.push_change(ops.update_action(self.archive, action_id, **fields))

    def delete_action(self, action_id: str) -> None:
        self.controller.push_change(ops.delete_action(self.archive, action_id))
