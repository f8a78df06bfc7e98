"""What one user action changed, and how to take it back.

Every op of :mod:`pe_desktop.session.ops` returns a :class:`Change` after it
has committed. The UI's undo stack holds nothing else: undo is
``change.undo(archive)``, redo is ``change.redo(archive)``, and each commits
one transaction and returns the change it made (so the observer and the
caller see exactly what happened).

Why undo lives here and not in the widgets: the guarantees are data rules,
not UI rules. Redo of a creation reuses the same ids, codes and timestamps,
so an undo/redo pair leaves the archive's rows as they were; undo of a
removal restores the participant and all their ratings in one transaction.
Only the audit trail (``rating_events``, ``recorded_at``, ``updated_at``)
remembers that the undo happened, which is what an audit trail is for.

``text`` is the English undo-menu text with ``%1``-style placeholders and
``args`` the values to put in; the Qt adaptor translates ``text`` before
substituting (this layer has no Qt and so no translator).

Who hears of it: one channel for "the archive changed", from any thread.
The phone server's writer thread, the kiosk, the paper grid and the console
all change the same archive, and the projector, the console panels and the
phones must all hear of it. Every op (and every undo and redo) publishes the
Change it committed to the archive's :class:`ArchiveObserver`; whoever cares
subscribes once (:func:`subscribe`).

Delivery is synchronous, in the thread that committed, right after the op's
own commit. Subscribers must therefore be quick and must not touch a GUI:
the Qt controller only re-emits a signal (queued when it comes from another
thread) and coalesces redraws to its 10 Hz timer. When an op runs inside an
outer transaction (the phone server's group commit), a subscriber that reads
the archive blocks on the archive's lock until that transaction ends, so it
never sees a write that is later rolled back; at worst it redraws once for
nothing.

Nothing recorded is lost to one keystroke (issue 11): a change whose undo
could take away what a room recorded carries a ``guard``. :func:`undo_risk`
asks it, at the moment of the undo, whether undoing *now* would remove a
session, rating, note or action that has been recorded; the UI asks the
person before it undoes (or, when the risk ``ends`` the undo, refuses and
drops the step). The decision is here, Qt-free, so every window and the
tests share one rule.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from pe_desktop.store import Archive

#: What a change touched; the observer's subscribers pick what they redraw by it.
Kind = Literal[
    "participants", "ratings", "notes", "actions", "session", "items", "round", "groups", "partnerships",
]
KINDS: tuple[Kind, ...] = (
    "participants", "ratings", "notes", "actions", "session", "items", "round", "groups", "partnerships",
)

#: Commits one direction of a change inside the transaction :func:`reversible` opens.
Step = Callable[["Archive"], None]


def fill(text: str, args: tuple[str, ...]) -> str:
    """``text`` with ``%1``, ``%2``… replaced by ``args`` (the Qt adaptor translates ``text`` first)."""
    for number, arg in enumerate(args, start=1):
        text = text.replace(f"%{number}", arg)
    return text


@dataclass(frozen=True)
class UndoRisk:
    """What undoing a change now would take away from the archive.

    ``text`` is an English template (``%1``...) the Qt adaptor translates;
    ``ends`` means the undo is over (the step is dropped, nothing is
    changed) rather than asked about.
    """

    text: str
    args: tuple[str, ...] = ()
    ends: bool = False

    @property
    def description(self) -> str:
        return fill(self.text, self.args)


#: Reads the archive at undo time: the risk of undoing now, or None when nothing recorded would go.
Guard = Callable[["Archive"], "UndoRisk | None"]


@dataclass(frozen=True)
class Change:
    """A committed change: what it touched, a description, and its inverse.

    ``kind`` names what changed, ``ids`` the rows (participant, note, action,
    session ids...), ``items`` and ``round`` the instrument items and round
    for ratings and item states. ``undo`` and ``redo`` are None for changes
    that cannot be taken back (the room has already seen an item opened).
    ``result`` carries what the op made for its caller (new ids and codes).
    """

    kind: Kind
    session_id: str | None
    text: str
    args: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    round: int | None = None
    also: tuple[Kind, ...] = ()
    #: Short machine name of what happened, for listeners that forward it (phones): "open", "round"...
    event: str = ""
    undo: Callable[[Archive], Change] | None = field(default=None, compare=False, repr=False)
    redo: Callable[[Archive], Change] | None = field(default=None, compare=False, repr=False)
    result: Any = field(default=None, compare=False)
    #: Whether undoing would remove recorded data (see :func:`undo_risk`); None: it never would.
    guard: Guard | None = field(default=None, compare=False, repr=False)

    @property
    def description(self) -> str:
        """The English undo-menu text with its arguments filled in."""
        return fill(self.text, self.args)

    @property
    def kinds(self) -> tuple[Kind, ...]:
        """Every kind of thing this change touched (``kind`` first)."""
        return (self.kind, *(k for k in self.also if k != self.kind))

    @property
    def undoable(self) -> bool:
        return self.undo is not None and self.redo is not None


def undo_risk(archive: Archive, change: Change) -> UndoRisk | None:
    """Whether undoing ``change`` now would remove recorded data; None when it can be undone without asking."""
    if change.guard is None or not change.undoable:
        return None
    return change.guard(archive)


def guarded(change: Change, guard: Guard) -> Change:
    """``change`` with ``guard`` deciding whether its undo must be asked about (see :func:`undo_risk`)."""
    return replace(change, guard=guard)


def commit(archive: Archive, step: Step) -> None:
    """Run ``step`` as one transaction: all of it is on disk, or none."""
    with archive.transaction():
        step(archive)


def reversible(change: Change, forward: Step, backward: Step) -> Change:
    """``change`` (already committed by ``forward``) with undo/redo that commit ``backward``/``forward``.

    Undo returns the inverse change (its undo is this change's redo), so a
    stack can go back and forth any number of times.
    """
    def undo(archive: Archive) -> Change:
        commit(archive, backward)
        # the inverse's undo is this change's redo, which puts things back: nothing to guard
        inverse = reversible(replace(change, undo=None, redo=None, guard=None), backward, forward)
        publish(archive, inverse)
        return inverse

    def redo(archive: Archive) -> Change:
        commit(archive, forward)
        again = reversible(replace(change, undo=None, redo=None), forward, backward)
        publish(archive, again)
        return again

    return replace(change, undo=undo, redo=redo)


def announce(archive: Archive, change: Change, forward: Step, backward: Step | None) -> Change:
    """After ``forward`` has committed: make ``change`` undoable (when ``backward`` is given) and publish it."""
    done = change if backward is None else reversible(change, forward, backward)
    publish(archive, done)
    return done


def applied(archive: Archive, change: Change, forward: Step, backward: Step | None) -> Change:
    """Commit ``forward`` now, publish, and return the change (undoable when ``backward`` is given)."""
    commit(archive, forward)
    return announce(archive, change, forward, backward)


log = logging.getLogger(__name__)

#: Called with every committed change of one archive (in the committing thread).
Subscriber = Callable[["Change"], None]


class ArchiveObserver:
    """Subscribers of one open archive; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subscribers: list[Subscriber] = []

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Call ``subscriber(change)`` after every committed change; returns the unsubscribe function."""
        with self._lock:
            self._subscribers.append(subscriber)

        def unsubscribe() -> None:
            with self._lock:
                if subscriber in self._subscribers:
                    self._subscribers.remove(subscriber)

        return unsubscribe

    def publish(self, change: Change) -> None:
        """Tell every subscriber (in this thread); one failing subscriber does not stop the others."""
        with self._lock:
            subscribers = list(self._subscribers)
        for subscriber in subscribers:
            try:
                subscriber(change)
            except Exception:  # a listener's bug must not undo a committed change's notice to the rest
                log.exception("archive observer: a subscriber failed on %s", change.kind)

    @property
    def subscriber_count(self) -> int:
        with self._lock:
            return len(self._subscribers)


_observers: weakref.WeakKeyDictionary[Archive, ArchiveObserver] = weakref.WeakKeyDictionary()
_registry_lock = threading.Lock()


def observer_for(archive: Archive) -> ArchiveObserver:
    """The observer of ``archive`` (one per open archive object, made on first use)."""
    with _registry_lock:
        found = _observers.get(archive)
        if found is None:
            found = _observers[archive] = ArchiveObserver()
        return found


def publish(archive: Archive, change: Change) -> None:
    """Announce a committed change of ``archive`` to its subscribers."""
    observer_for(archive).publish(change)


def subscribe(archive: Archive, subscriber: Subscriber) -> Callable[[], None]:
    """Shorthand for ``observer_for(archive).subscribe(subscriber)``."""
    return observer_for(archive).subscribe(subscriber)
