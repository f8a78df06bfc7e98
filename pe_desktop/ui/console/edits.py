"""Every undoable edit the console makes to a running session.

Why one place: each edit must (1) commit through the archive before anything
is shown, (2) be undoable while the session is open, and (3) refuse bad input
without leaving a broken entry on the undo stack. Panels call these methods
and stay thin.

The first run of an edit happens *before* it is pushed: ``QUndoStack.push``
calls ``redo()`` from C++, where a Python exception cannot reach the caller
and the command would be on the stack anyway. So we do the edit, let a
:class:`ValidationError` propagate to the panel, and only push once it has
committed; the pushed command skips that first ``redo``.

Redo of a creation reuses the same ids (and codes, timestamps), so an
undo/redo pair leaves the archive exactly as before; undo of a removal
restores the participant and all their ratings in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, SignalInstance

from pe_desktop.core.vocab import SessionStatus
from pe_desktop.store.errors import ValidationError
from pe_desktop.store.records import Participant, Rating
from pe_desktop.ui.controller import SessionController

T = TypeVar("T")


def _t(text: str) -> str:
    return QCoreApplication.translate("SessionEdits", text)


class SessionEdits:
    """Undoable, committed edits of one session, through its controller."""

    def __init__(self, controller: SessionController) -> None:
        self.controller = controller
        self.archive = controller.archive
        self.session_id = controller.session_id

    # ------------------------------------------------------------ plumbing
    def _push(self, text: str, do: Callable[[], T], undo: Callable[[], Any], signal: SignalInstance | None = None) -> T:
        """Run ``do`` now (it commits or raises), then make it undoable."""
        result = do()
        first = True

        def redo() -> None:
            nonlocal first
            if first:
                first = False
                return
            do()

        self.controller.push(text, redo, undo, signal)
        return result

    def _check_open(self) -> None:
        if self.controller.session.status == SessionStatus.CLOSED:
            raise ValidationError(_t("session: this session is closed; ratings and participants can no longer change"))

    def _item(self, key: str) -> str:
        return self.controller.instrument.item(key).title

    # -------------------------------------------------------- participants
    def add_participants(
        self, group_id: str | None, channel: str, count: int = 1, language: str | None = None
    ) -> list[Participant]:
        """Create ``count`` participants in one transaction; returns them."""
        self._check_open()
        if count < 1:
            raise ValidationError(f"count: {count!r} must be at least 1")
        created: list[Participant] = []

        def do() -> list[Participant]:
            with self.archive.transaction():
                if created:
                    for part in created:
                        self.archive.add_participant(
                            self.session_id, group_id, channel, language, code=part.code, id=part.id
                        )
                else:
                    fresh = [self.archive.add_participant(self.session_id, group_id, channel, language) for _ in range(count)]
            if not created:
                created.extend(fresh)
            return list(created)

        def undo() -> None:
            with self.archive.transaction():
                for part in created:
                    self.archive.remove_participant(part.id)

        text = _t("Add a participant") if count == 1 else _t("Add %1 participants").replace("%1", str(count))
        return self._push(text, do, undo, self.controller.participantsChanged)

    def remove_participants(self, participant_ids: Iterable[str]) -> None:
        """Remove participants and their ratings; undo brings both back."""
        self._check_open()
        ids = list(participant_ids)
        if not ids:
            return
        snapshot: list[tuple[Participant, tuple[Rating, ...]]] = []
        for pid in ids:
            found = self.archive.participant_with_ratings(self.session_id, pid)
            if found is None:
                raise ValidationError(f"participant: {pid!r} is not in this session")
            snapshot.append((found.participant, found.ratings))

        def do() -> None:
            with self.archive.transaction():
                for pid in ids:
                    self.archive.remove_participant(pid)

        def undo() -> None:
            with self.archive.transaction():
                for part, ratings in snapshot:
                    self.archive.add_participant(
                        self.session_id, part.group_id, part.channel, part.language, code=part.code, id=part.id
                    )
                    batches: dict[tuple[int, str], list[tuple[str, str, int | None]]] = {}
                    for r in ratings:
                        batches.setdefault((r.round, r.source), []).append((part.id, r.item_key, r.value))
                    for (rnd, source), entries in batches.items():
                        self.archive.record_ratings(self.session_id, rnd, entries, source)

        codes = ", ".join(part.code for part, _ in snapshot)
        self._push(_t("Remove %1").replace("%1", codes), do, undo, self.controller.participantsChanged)

    # ------------------------------------------------------------- ratings
    def set_rating(self, participant_id: str, item_key: str, value: int | None, source: str = "paper") -> bool:
        """Save one rating of the current round (None = not sure); False if it was already so."""
        self._check_open()
        rnd = self.controller.round
        self.archive.validate_rating(self.session_id, rnd, item_key, value)
        before = self.archive.rating(self.session_id, rnd, participant_id, item_key)
        if before == (True, value):
            return False

        def do() -> None:
            self.archive.record_rating(self.session_id, rnd, participant_id, item_key, value, source=source)

        undo = self._restore(rnd, participant_id, item_key, before, source)
        self._push(_t("Rating for %1").replace("%1", self._item(item_key)), do, undo)
        return True

    def clear_rating(self, participant_id: str, item_key: str, source: str = "paper") -> bool:
        """Remove one rating of the current round; False if there was none."""
        self._check_open()
        rnd = self.controller.round
        before = self.archive.rating(self.session_id, rnd, participant_id, item_key)
        if not before[0]:
            return False

        def do() -> None:
            self.archive.clear_rating(self.session_id, rnd, participant_id, item_key, source=source)

        undo = self._restore(rnd, participant_id, item_key, before, source)
        self._push(_t("Clear rating for %1").replace("%1", self._item(item_key)), do, undo)
        return True

    def _restore(
        self, rnd: int, participant_id: str, item_key: str, before: tuple[bool, int | None], source: str
    ) -> Callable[[], None]:
        """The undo of a rating edit: put back the earlier value, or remove the rating if there was none."""
        existed, value = before

        def undo() -> None:
            if existed:
                self.archive.record_rating(self.session_id, rnd, participant_id, item_key, value, source=source)
            else:
                self.archive.clear_rating(self.session_id, rnd, participant_id, item_key, source=source)

        return undo

    def save_tally(self, item_key: str, group_id: str | None, counts: dict[int | None, int]) -> bool:
        """Store a show-of-hands tally (replacing the previous one); False if unchanged."""
        self._check_open()
        rnd = self.controller.round
        counts = {value: n for value, n in counts.items() if n}
        before = self.archive.tally(self.session_id, rnd, item_key, group_id)
        if before == counts:
            return False

        def do() -> None:
            self.archive.record_tally(self.session_id, rnd, item_key, group_id, counts)

        def undo() -> None:
            self.archive.record_tally(self.session_id, rnd, item_key, group_id, before)

        self._push(_t("Tally for %1").replace("%1", self._item(item_key)), do, undo, self.controller.participantsChanged)
        return True

    # --------------------------------------------------------------- notes
    def add_note(self, text: str, kind: str = "note", item_key: str | None = None) -> str:
        rnd = self.controller.round
        made: dict[str, str] = {}

        def do() -> str:
            if made:
                return self.archive.add_note(self.session_id, text, kind, item_key, rnd, id=made["id"], created_at=made["at"])
            nid = self.archive.add_note(self.session_id, text, kind, item_key, rnd)
            made.update(id=nid, at=self.archive.note(nid).created_at)
            return nid

        return self._push(_t("Add note"), do, lambda: self.archive.delete_note(made["id"]), self.controller.notesChanged)

    def update_note(self, note_id: str, text: str | None = None, kind: str | None = None) -> None:
        before = self.archive.note(note_id)
        if (text is None or text == before.text) and (kind is None or kind == before.kind):
            return  # nothing changed: no empty step on the undo stack
        self._push(
            _t("Edit note"),
            lambda: self.archive.update_note(note_id, text=text, kind=kind),
            lambda: self.archive.update_note(note_id, text=before.text, kind=before.kind),
            self.controller.notesChanged,
        )

    def delete_note(self, note_id: str) -> None:
        before = self.archive.note(note_id)

        def undo() -> None:
            self.archive.add_note(
                self.session_id, before.text, before.kind, before.item_key, before.round,
                id=before.id, created_at=before.created_at,
            )

        self._push(_t("Delete note"), lambda: self.archive.delete_note(note_id), undo, self.controller.notesChanged)

    # ------------------------------------------------------------- actions
    def add_action(
        self, text: str, owner: str = "", due_on: str | None = None, item_key: str | None = None, status: str = "open"
    ) -> str:
        made: dict[str, str] = {}

        def do() -> str:
            if made:
                return self.archive.add_action(
                    self.session_id, text, owner, due_on, item_key, status, id=made["id"], created_at=made["at"]
                )
            aid = self.archive.add_action(self.session_id, text, owner, due_on, item_key, status)
            made.update(id=aid, at=self.archive.action(aid).created_at)
            return aid

        return self._push(_t("Add action"), do, lambda: self.archive.delete_action(made["id"]), self.controller.actionsChanged)

    def update_action(self, action_id: str, **fields: Any) -> None:
        """Change text/owner/due_on/status/item_key of an action."""
        current = self.archive.action(action_id)
        fields = {k: v for k, v in fields.items() if not hasattr(current, k) or getattr(current, k) != v}
        if not fields:
            return
        before = {k: getattr(current, k) for k in fields if hasattr(current, k)}
        self._push(
            _t("Edit action"),
            lambda: self.archive.update_action(action_id, **fields),
            lambda: self.archive.update_action(action_id, **before),
            self.controller.actionsChanged,
        )

    def delete_action(self, action_id: str) -> None:
        before = self.archive.action(action_id)

        def undo() -> None:
            self.archive.add_action(
                self.session_id, before.text, before.owner, before.due_on, before.item_key, before.status,
                before.carried_from, id=before.id, created_at=before.created_at,
            )

        self._push(_t("Delete action"), lambda: self.archive.delete_action(action_id), undo, self.controller.actionsChanged)
