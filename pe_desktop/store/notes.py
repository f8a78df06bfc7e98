"""What the room said and agreed: notes (with quotes and dissent) and action items."""

from __future__ import annotations

from typing import Any

from pe_desktop.store.base import ACTION_STATUSES, NOTE_KINDS, check_date, new_id, now_iso
from pe_desktop.store.errors import ValidationError
from pe_desktop.store.ratings import RatingStore
from pe_desktop.store.records import Action, Note

ACTION_FIELDS = ("text", "owner", "due_on", "status", "item_key")


def _check_action_fields(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(ACTION_FIELDS)
    if unknown:
        raise ValidationError(f"action: unknown field {sorted(unknown)[0]!r}")
    if "status" in fields and fields["status"] not in ACTION_STATUSES:
        raise ValidationError(f"status: {fields['status']!r} is not one of {', '.join(ACTION_STATUSES)}")
    if "due_on" in fields:
        fields["due_on"] = check_date("due_on", fields["due_on"])
    if "text" in fields and not str(fields["text"] or "").strip():
        raise ValidationError("action: text must not be empty")
    return fields


class NoteStore(RatingStore):
    def _check_item(self, session_id: str, item_key: str | None) -> None:
        if item_key is not None and item_key not in self.instrument(session_id).item_keys:
            raise ValidationError(f"item: {item_key!r} is not an item of this session's instrument")

    # --------------------------------------------------------------- notes
    def add_note(
        self, session_id: str, text: str, kind: str = "note", item_key: str | None = None, round: int = 1,
        id: str | None = None, created_at: str | None = None,
    ) -> str:
        if kind not in NOTE_KINDS:
            raise ValidationError(f"kind: {kind!r} is not one of {', '.join(NOTE_KINDS)}")
        if not (text or "").strip():
            raise ValidationError("note: text must not be empty")
        self._check_item(session_id, item_key)
        nid = id or new_id()
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO notes (id, session_id, item_key, round, kind, text, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (nid, session_id, item_key, round, kind, text, created_at or now_iso()),
            )
        return nid

    def note(self, note_id: str) -> Note:
        row = self._one("SELECT * FROM notes WHERE id = ?", [note_id])
        if row is None:
            raise ValidationError(f"note: no note with id {note_id!r}")
        return Note.from_row(row)

    def update_note(self, note_id: str, text: str | None = None, kind: str | None = None) -> Note:
        """Change a note's text and/or kind; returns it as it was (for undo)."""
        previous = self.note(note_id)
        if kind is not None and kind not in NOTE_KINDS:
            raise ValidationError(f"kind: {kind!r} is not one of {', '.join(NOTE_KINDS)}")
        if text is not None and not text.strip():
            raise ValidationError("note: text must not be empty")
        with self.transaction() as conn:
            conn.execute(
                "UPDATE notes SET text = coalesce(?, text), kind = coalesce(?, kind) WHERE id = ?", (text, kind, note_id)
            )
        return previous

    def delete_note(self, note_id: str) -> Note:
        """Move a note to the Trash (schema m010); returns it. Only emptying the Trash removes it for good."""
        previous = self.note(note_id)
        self._mark_trashed("notes", note_id, True)
        return previous

    def restore_note(self, note_id: str) -> None:
        """Take a note out of the Trash."""
        self.note(note_id)
        self._mark_trashed("notes", note_id, False)

    def notes(self, session_id: str, item_key: str | None = None) -> list[Note]:
        """The session's notes, oldest first; notes in the Trash are not among them."""
        if item_key is None:
            rows = self.query(
                "SELECT * FROM notes WHERE session_id = ? AND deleted_at IS NULL ORDER BY created_at", [session_id]
            )
        else:
            rows = self.query(
                "SELECT * FROM notes WHERE session_id = ? AND item_key = ? AND deleted_at IS NULL ORDER BY created_at",
                [session_id, item_key],
            )
        return [Note.from_row(row) for row in rows]

    # ------------------------------------------------------------- actions
    def add_action(
        self, session_id: str, text: str, owner: str = "", due_on: str | None = None, item_key: str | None = None,
        status: str = "open", carried_from: str | None = None, id: str | None = None, created_at: str | None = None,
    ) -> str:
        if not (text or "").strip():
            raise ValidationError("action: text must not be empty")
        if status not in ACTION_STATUSES:
            raise ValidationError(f"status: {status!r} is not one of {', '.join(ACTION_STATUSES)}")
        due_on = check_date("due_on", due_on)
        self._check_item(session_id, item_key)
        aid = id or new_id()
        with self.transaction() as conn:
            conn.execute(
                """INSERT INTO actions (id, session_id, item_key, text, owner, due_on, status, carried_from, created_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (aid, session_id, item_key, text, owner or "", due_on, status, carried_from, created_at or now_iso()),
            )
        return aid

    def action(self, action_id: str) -> Action:
        row = self._one("SELECT * FROM actions WHERE id = ?", [action_id])
        if row is None:
            raise ValidationError(f"action: no action with id {action_id!r}")
        return Action.from_row(row)

    def update_action(self, action_id: str, **fields: Any) -> dict[str, Any]:
        """Change text/owner/due_on/status/item_key; returns previous values (for undo)."""
        current = self.action(action_id)
        fields = _check_action_fields(fields)
        previous = {key: getattr(current, key) for key in fields}
        if fields:
            with self.transaction() as conn:
                conn.execute(
                    f"UPDATE actions SET {', '.join(f'{k} = ?' for k in fields)} WHERE id = ?", [*fields.values(), action_id]
                )
        return previous

    def delete_action(self, action_id: str) -> Action:
        """Move an action item to the Trash (schema m010); returns it. Only emptying the Trash removes it."""
        previous = self.action(action_id)
        self._mark_trashed("actions", action_id, True)
        return previous

    def restore_action(self, action_id: str) -> None:
        """Take an action item out of the Trash."""
        self.action(action_id)
        self._mark_trashed("actions", action_id, False)

    def discard_carried_copy(self, action_id: str) -> None:
        """Remove a copy that a follow-up review carried forward (the undo of that review).

        Why not the Trash: the copy repeats an action that stays in its own
        session, and the review's redo makes it again with the same id.
        """
        with self.transaction() as conn:
            conn.execute("DELETE FROM actions WHERE id = ? AND carried_from IS NOT NULL", (action_id,))

    def actions(self, session_id: str) -> list[Action]:
        """The session's action items, oldest first; those in the Trash are not among them."""
        rows = self.query(
            "SELECT * FROM actions WHERE session_id = ? AND deleted_at IS NULL ORDER BY created_at", [session_id]
        )
        return [Action.from_row(row) for row in rows]

    def carried_copies(self, action_id: str) -> list[Action]:
        """The actions carried forward from this one (at most one, unless merged archives disagree)."""
        rows = self.query("SELECT * FROM actions WHERE carried_from = ? ORDER BY created_at", [action_id])
        return [Action.from_row(row) for row in rows]

    def has_carried_copy(self, action_id: str, session_id: str) -> bool:
        """Whether the action was carried into this session."""
        return any(copy.session_id == session_id for copy in self.carried_copies(action_id))

    def action_origins(self, session_id: str) -> dict[str, tuple[str, str | None] | None]:
        """{action id: (title, held_on) of the session it was carried from} for the session's carried
        actions; None when that session is not in this archive (the link is soft)."""
        rows = self._tuples(
            """SELECT a.id, s.title, s.held_on FROM actions a
               LEFT JOIN actions c ON c.id = a.carried_from
               LEFT JOIN sessions s ON s.id = c.session_id
               WHERE a.session_id = ? AND a.carried_from IS NOT NULL AND a.deleted_at IS NULL""",
            [session_id],
        )
        return {aid: (title, held_on) if title is not None else None for aid, title, held_on in rows}
