"""The running session as Qt sees it: a thin adaptor over the Qt-free session layer.

Console, projector and the phone server's bridge all talk to one
:class:`SessionController`. Writes are ops of :mod:`pe_desktop.session.ops`:
each commits and returns a :class:`~pe_desktop.session.change.Change`, which
:meth:`SessionController.push_change` puts on the undo stack; views never
write to the archive themselves.

The controller hears of every committed change, whoever made it (the phone
server's writer thread, the kiosk, the paper grid), through the archive's
observer (:mod:`pe_desktop.session.change`). A change made in the GUI
thread re-emits its signal at once; one from another thread is queued to
the GUI thread and coalesced with the others: ratings only mark the
controller dirty, and a 10 Hz timer turns that into one ``refreshed``
signal, so charts redraw on a timer, not per vote.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot

from pe_desktop.core.instruments import Instrument
from pe_desktop.core.vocab import ItemState
from pe_desktop.session import ops
from pe_desktop.session.change import Change, Kind, subscribe
from pe_desktop.store import Archive
from pe_desktop.store.records import Group, Session
from pe_desktop.ui.undo import ChangeCommand, SafeUndoStack

REFRESH_MS = 100

#: Change events that carry the items they touched to the state listeners (the phone bridge).
_STATE_EVENTS = frozenset({"open", "closed", "revealed", "pending"})


def _subscribe_weakly(archive: Archive, controller: SessionController) -> Callable[[], None]:
    """Subscribe ``controller`` to the archive's observer without keeping it alive; unsubscribed when it goes."""
    ref = weakref.ref(controller)

    def observed(change: Change) -> None:
        alive = ref()
        if alive is not None:
            alive._observed(change)

    unsubscribe = subscribe(archive, observed)
    controller.destroyed.connect(lambda *_: unsubscribe())
    return unsubscribe


class SessionController(QObject):
    """State of one session while it is open in the GUI, and the Qt face of its ops."""

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
    #: The session's language was edited ("es", "en+es"): the projector and the console's
    #: item texts speak it from now on (emitted after ``sessionChanged``).
    languageChanged = Signal(str)
    #: Selected item in the console (the projector follows it).
    currentItemChanged = Signal(str)
    #: Internal: a change committed in another thread, delivered queued to this one.
    _changedElsewhere = Signal(object)
    #: Internal: lets any thread ask for a redraw; delivered queued.
    _externalRating = Signal()

    def __init__(self, archive: Archive, session_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.session_id = session_id
        self._session = archive.session(session_id)
        # The form in the room's language (the first of a mixed room's): the
        # console's item texts, the tally and the paper grid read it; keys and
        # scale points are the same in every language, so ratings are too.
        self.instrument: Instrument = self._room_form()
        self.undo_stack = SafeUndoStack(self)  # asks before an undo would remove recorded data
        self._current_item = self.instrument.item_keys[0]
        self._dirty = True
        self._participants_pending = False
        self._summaries: dict[int, dict] = {}
        self._state_listeners: list[Callable[[str, dict], None]] = []
        self._changedElsewhere.connect(self._queued_change, Qt.ConnectionType.QueuedConnection)
        self._externalRating.connect(self.mark_dirty, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = _subscribe_weakly(archive, self)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    # ---------------------------------------------------------------- state
    @property
    def session(self) -> Session:
        return self._session

    @property
    def round(self) -> int:
        return int(self._session.current_round)

    @property
    def min_group_size(self) -> int:
        return int(self._session.min_group_size)

    @property
    def current_item(self) -> str:
        return self._current_item

    def set_current_item(self, key: str) -> None:
        if key in self.instrument.item_keys and key != self._current_item:
            self._current_item = key
            self.currentItemChanged.emit(key)
            self._notify("item", {"item": key})

    def groups(self) -> list[Group]:
        return self.archive.groups(self.session_id)

    def item_states(self, round: int | None = None) -> dict[str, ItemState]:
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
        """Thread-safe: ask for a redraw (changes made through ops are heard without this)."""
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
        if self._participants_pending:
            self._participants_pending = False
            self.participantsChanged.emit()
        if self._dirty:
            self._dirty = False
            self._summaries.clear()
            self.refreshed.emit()

    def stop(self) -> None:
        """Stop the redraw timer (the console is closing); changes are still heard until the controller goes."""
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

    def _room_form(self) -> Instrument:
        """The session's form in the room's (first) language."""
        room = str(self._session.language or "").split("+")[0]
        return self.archive.instrument(self.session_id).localized(room)

    def _reload_session(self) -> bool:
        """Read the session again; True when its language changed (the form is then re-read in it)."""
        before = self._session.language
        self._session = self.archive.session(self.session_id)
        if self._session.language == before:
            return False
        self.instrument = self._room_form()
        return True

    # ------------------------------------------------------ observed changes
    def _observed(self, change: Change) -> None:
        """Observer callback, in the committing thread: act now in the GUI thread, else queue."""
        if change.session_id != self.session_id:
            return
        if QThread.currentThread() is self.thread():
            self._apply(change)
        else:
            self._changedElsewhere.emit(change)

    @Slot(object)
    def _queued_change(self, change: Change) -> None:
        """A change from another thread (phones): ratings and joins wait for the next tick."""
        if set(change.kinds) <= {"ratings", "participants"}:
            self._dirty = True
            self._participants_pending |= "participants" in change.kinds
        else:
            self._apply(change)

    def _apply(self, change: Change) -> None:
        kinds: tuple[Kind, ...] = change.kinds
        self._dirty = True
        language_changed = bool({"session", "round", "items", "groups"} & set(kinds)) and self._reload_session()
        if "session" in kinds or "groups" in kinds:
            self.sessionChanged.emit()
        if language_changed:
            self.languageChanged.emit(str(self._session.language or ""))
        if "round" in kinds and change.round is not None:
            self.roundChanged.emit(change.round)
        if "items" in kinds or "round" in kinds:
            self.itemStatesChanged.emit()
        for kind, signal in (("participants", self.participantsChanged), ("notes", self.notesChanged),
                             ("actions", self.actionsChanged)):
            if kind in kinds:
                signal.emit()
        if change.event in _STATE_EVENTS:
            self._notify(change.event, {"items": list(change.items), "round": change.round})
        elif change.event == "round":
            self._notify("round", {"round": change.round})
        elif change.event == "closed-session":
            self._notify("closed", {"round": change.round})

    # -------------------------------------------------------------- undo
    def push_change(self, change: Change | None) -> Change | None:
        """Make a committed change undoable while the session is open (None: nothing to push)."""
        if change is not None and change.undoable:
            self.undo_stack.push(ChangeCommand(self.archive, change))
        return change

    # ------------------------------------------------------ voting control
    def set_items_state(self, keys: Iterable[str], state: str) -> None:
        """Open, close or reveal items of the current round (not undoable: the room has seen it)."""
        ops.set_item_states(self.archive, self.session_id, keys, state)

    def open_items(self, keys: Iterable[str]) -> None:
        self.set_items_state(keys, "open")

    def close_items(self, keys: Iterable[str]) -> None:
        self.set_items_state(keys, "closed")

    def reveal_items(self, keys: Iterable[str]) -> None:
        self.set_items_state(keys, "revealed")

    def start_round(self, round: int) -> None:
        self.undo_stack.clear()
        ops.start_round(self.archive, self.session_id, round)
        self.refresh_now()

    def close_session(self) -> None:
        """Close voting everywhere, mark the session closed, back up the archive."""
        self.undo_stack.clear()
        ops.close_session(self.archive, self.session_id)
