"""One channel for "the archive changed", from any thread.

Why: the phone server's writer thread, the kiosk, the paper grid and the
console all change the same archive, and the projector, the console panels
and the phones must all hear of it. Before, each path told the views in its
own way (a Qt signal here, a callback there). Now every op publishes the
:class:`~pe_desktop.session.change.Change` it committed to the archive's
:class:`ArchiveObserver`; whoever cares subscribes once.

Delivery is synchronous, in the thread that committed, right after the op's
own commit. Subscribers must therefore be quick and must not touch a GUI:
the Qt controller only re-emits a signal (queued when it comes from another
thread) and coalesces redraws to its 10 Hz timer. When an op runs inside an
outer transaction (the phone server's group commit), a subscriber that reads
the archive blocks on the archive's lock until that transaction ends, so it
never sees a write that is later rolled back; at worst it redraws once for
nothing.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pe_desktop.session.change import Change
    from pe_desktop.store import Archive

log = logging.getLogger(__name__)

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
