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

Nothing recorded is lost to one keystroke (issue 11): a change whose undo
could take away what a room recorded carries a ``guard``. :func:`undo_risk`
asks it, at the moment of the undo, whether undoing *now* would remove a
session, rating, note or action that has been recorded; the UI asks the
person before it undoes (or, when the risk ``ends`` the undo, refuses and
drops the step). The decision is here, Qt-free, so every window and the
tests share one rule.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal

from pe_desktop.session.observer import publish

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
        out = self.text
        for number, arg in enumerate(self.args, start=1):
            out = out.replace(f"%{number}", arg)
        return out


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
        out = self.text
        for number, arg in enumerate(self.args, start=1):
            out = out.replace(f"%{number}", arg)
        return out

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
