"""The running session as Qt sees it: one controller shared by every view.

Console, projector and the phone server's bridge all talk to one
:class:`SessionController`. Edits go through it so that each is committed by
the archive first and then pushed on the undo stack; views never write to the
archive themselves. New ratings (from any thread) only mark the controller
dirty; a 10 Hz timer turns that into one ``refreshed`` signal, so charts redraw
on a timer, not per vote.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

from pe_desktop.core.instruments import Instrument
from pe_desktop.store import Archive

REFRESH_MS = 100


class CallbackCommand(QUndoCommand):
    """An undoable edit: ``redo`` commits the change, ``undo`` commits its inverse."""

    def __init__(self, text: str, redo: Callable[[], Any], undo: Callable[[], Any], after: Callable[[], None]) -> None:
        super().__init__(text)
        self._redo, self._undo, self._after = redo, undo, after

    def redo(self) -> None:
        self._redo()
        self._after()

    def undo(self) -> None:
        self._undo()
        self._after()


class SessionController(QObject):
    """State and actions of one session while it is open in the GUI."""

    #: Ratings changed (coalesced by the redraw timer; at most 10 per second).
    refreshed = Signal()
    #: Item states (pending/open/closed/revealed) or the current round changed.
    itemStatesChanged = Signal()
    roundChanged = Signal(int)
    #: Session fields, status, groups or participants changed.
    sessionChanged = Signal()
    participantsChanged = Signal()
    notesChanged = Signal()
    actionsChanged = Signal()
    #: Selected item in the console (the projector follows it).
    currentItemChanged = Signal(str)
    #: Internal: lets any thread report a saved rating; delivered queued.
    _externalRating = Signal()

    def __init__(self, archive: Archive, session_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.session_id = session_id
        self._session = archive.session(session_id)
        # The form in the room's language (the first of a mixed room's): the
        # console's item texts, the tally and the paper grid read it; keys and
        # scale points are the same in every language, so ratings are too.
        room = str(self._session.get("language") or "").split("+")[0]
        self.instrument: Instrument = archive.instrument(session_id).localized(room)
        self.undo_stack = QUndoStack(self)
        self._current_item = self.instrument.item_keys[0]
        self._dirty = True
        self._summaries: dict[int, dict] = {}
        self._state_listeners: list[Callable[[str, dict], None]] = []
        self._externalRating.connect(self.mark_dirty, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    # ---------------------------------------------------------------- state
    @property
    def session(self) -> dict:
        return self._session

    @property
    def round(self) -> int:
        return int(self._session["current_round"])

    @property
    def min_group_size(self) -> int:
        return int(self._session["min_group_size"])

    @property
    def current_item(self) -> str:
        return self._current_item

    def set_current_item(self, key: str) -> None:
        if key in self.instrument.item_keys and key != self._current_item:
            self._current_item = key
            self.currentItemChanged.emit(key)
            self._notify("item", {"item": key})

    def groups(self) -> list[dict]:
        return self.archive.groups(self.session_id)

    def item_states(self, round: int | None = None) -> dict[str, str]:
        return self.archive.item_states(self.session_id, round or self.round)

    def rating_counts(self, round: int | None = None) -> dict[str, int]:
        return self.archive.rating_counts(self.session_id, round or self.round)

    def summary(self, round: int | None = None) -> dict:
        """The §7 summary of a round, cached until the next change."""
        rnd = round or self.round
        if rnd not in self._summaries:
            self._summaries[rnd] = self.archive.summary(self.session_id, rnd)
        return self._summaries[rnd]

    def item_summary(self, key: str, round: int | None = None) -> dict:
        return next(item for item in self.summary(round)["items"] if item["key"] == key)

    # ------------------------------------------------------------- refresh
    def notify_rating_saved(self) -> None:
        """Thread-safe: a rating was committed somewhere (phone server, kiosk...)."""
        self._externalRating.emit()

    @Slot()
    def mark_dirty(self) -> None:
        self._dirty = True

    def refresh_now(self) -> None:
        """Drop caches and emit ``refreshed`` at once (tests, after big edits)."""
        self._dirty = True
        self._tick()

    @Slot()
    def _tick(self) -> None:
        if self._dirty:
            self._dirty = False
            self._summaries.clear()
            self.refreshed.emit()

    def stop(self) -> None:
        """Stop the redraw timer (the console is closing)."""
        self._timer.stop()

    def add_state_listener(self, listener: Callable[[str, dict], None]) -> None:
        """Called with (event, data) when items open/close/reveal or the round changes (the phone server)."""
        self._state_listeners.append(listener)

    def remove_state_listener(self, listener: Callable[[str, dict], None]) -> None:
        if listener in self._state_listeners:
            self._state_listeners.remove(listener)

    def _notify(self, event: str, data: dict) -> None:
        for listener in list(self._state_listeners):
            listener(event, data)

    def _reload_session(self) -> None:
        self._session = self.archive.session(self.session_id)

    # -------------------------------------------------------------- undo
    def push(self, text: str, redo: Callable[[], Any], undo: Callable[[], Any], signal: Signal | None = None) -> None:
        """Run ``redo`` now (it commits) and make it undoable while the session is open."""

        def after() -> None:
            self._reload_session()
            self.mark_dirty()
            if signal is not None:
                signal.emit()

        self.undo_stack.push(CallbackCommand(text, redo, undo, after))

    # ------------------------------------------------------ voting control
    def set_items_state(self, keys: Iterable[str], state: str) -> None:
        """Open, close or reveal items of the current round (not undoable: the room has seen it)."""
        keys = list(keys)
        if self._session["status"] == "draft" and state == "open":
            self.archive.update_session(self.session_id, status="open")
            self._reload_session()
            self.sessionChanged.emit()
        self.archive.set_item_states(self.session_id, self.round, keys, state)
        self.itemStatesChanged.emit()
        self.mark_dirty()
        self._notify(state, {"items": keys, "round": self.round})

    def open_items(self, keys: Iterable[str]) -> None:
        self.set_items_state(keys, "open")

    def close_items(self, keys: Iterable[str]) -> None:
        self.set_items_state(keys, "closed")

    def reveal_items(self, keys: Iterable[str]) -> None:
        self.set_items_state(keys, "revealed")

    def start_round(self, round: int) -> None:
        self.archive.start_round(self.session_id, round)
        self._reload_session()
        self.undo_stack.clear()
        self.roundChanged.emit(round)
        self.itemStatesChanged.emit()
        self.refresh_now()
        self._notify("round", {"round": round})

    def close_session(self) -> None:
        """Close voting everywhere, mark the session closed, back up the archive."""
        states = self.item_states()
        still_open = [key for key, state in states.items() if state == "open"]
        if still_open:
            self.archive.set_item_states(self.session_id, self.round, still_open, "closed")
        self.archive.set_status(self.session_id, "closed")
        self._reload_session()
        self.undo_stack.clear()
        self.sessionChanged.emit()
        self.itemStatesChanged.emit()
        self._notify("closed", {"round": self.round})
