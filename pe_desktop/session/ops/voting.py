"""What the facilitator does to the room: open, close and reveal items, start round 2, close the session.

None of these is undoable: the room has seen it happen, and phones have
already been told. Each still returns a :class:`Change` so the observer
tells the projector, the console and the phones.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from pe_desktop.session.change import Change, Kind, applied
from pe_desktop.session.ops._common import current_round, session_record
from pe_desktop.session.records import field, text
from pe_desktop.store.errors import ValidationError
from pe_desktop.store.phone_credentials import check_join_cap, set_join_cap

if TYPE_CHECKING:
    from pe_desktop.store import Archive

ITEM_STATES = ("pending", "open", "closed", "revealed")


def set_item_states(archive: Archive, session_id: str, keys: Iterable[str], state: str) -> Change:
    """Open, close or reveal items of the current round; opening the first item opens a draft session."""
    keys = list(keys)
    if state not in ITEM_STATES:
        raise ValidationError(f"state: {state!r} is not one of {', '.join(ITEM_STATES)}")
    known = archive.instrument(session_id).item_keys
    for key in keys:
        if key not in known:
            raise ValidationError(f"item: {key!r} is not an item of this session's instrument")
    rnd = current_round(archive, session_id)
    opens_session = state == "open" and text(field(session_record(archive, session_id), "status")) == "draft"

    def forward(a: Archive) -> None:
        if opens_session:
            a.update_session(session_id, status="open")
        a.set_item_states(session_id, rnd, keys, state)

    also: tuple[Kind, ...] = ("session",) if opens_session else ()
    return applied(archive, Change("items", session_id, "Item state %1", (state,), items=tuple(keys), round=rnd,
                                         also=also, event=state),
                   forward, None)


def start_round(archive: Archive, session_id: str, round: int) -> Change:
    """Move the session to ``round`` (1 or 2)."""
    if round not in (1, 2):
        raise ValidationError(f"round: {round!r} must be 1 or 2")

    def forward(a: Archive) -> None:
        a.start_round(session_id, round)

    return applied(archive, Change("round", session_id, "Round %1", (str(round),), round=round, also=("items",),
                                         event="round"),
                   forward, None)


def close_session(archive: Archive, session_id: str) -> Change:
    """Close voting on every open item, mark the session closed, then back up the archive."""
    rnd = current_round(archive, session_id)
    still_open = [key for key, state in archive.item_states(session_id, rnd).items() if state == "open"]

    def forward(a: Archive) -> None:
        if still_open:
            a.set_item_states(session_id, rnd, still_open, "closed")
        a.update_session(session_id, status="closed")

    change = applied(archive, Change("session", session_id, "Close session", items=tuple(still_open), round=rnd,
                                     also=("items",), event="closed-session"), forward, None)
    archive.backup("session-closed")
    return change


def set_phone_cap(archive: Archive, session_id: str, cap: int) -> Change:
    """Let up to ``cap`` phones join the session (the facilitator raises it when the room is bigger).

    The running server reads the cap from the archive on every join, so the
    new one applies to the very next phone. Not undoable: phones may already
    have joined under it. Needs the session's phone link (phone voting started once).
    """
    check_join_cap(cap)

    def forward(a: Archive) -> None:
        set_join_cap(a, session_id, cap)

    return applied(archive, Change("session", session_id, "Phone limit %1", (str(cap),), event="phone-cap"),
                   forward, None)
