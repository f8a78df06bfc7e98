"""Ratings: paper and console entries, show-of-hands tallies, kiosk ballots, phone votes.

Undoable ones (paper grid, tally) put back exactly the value that was there
before, or remove the rating when there was none. Votes from phones and the
kiosk are not undoable by the facilitator (the person who voted can change
their vote), but they go through the same ops so the observer hears of them.
A rating or tally entered while the session is live (open in front of the
room) carries a guard: undoing it is asked about first (issue 11).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pe_desktop.session.change import Change, Guard, Kind, UndoRisk, announce, applied, commit
from pe_desktop.session.ops._common import check_not_closed, current_round, is_live, item_title

if TYPE_CHECKING:
    from pe_desktop.session.change import Step
    from pe_desktop.store import Archive
    from pe_desktop.store.records import Participant


def _put_back(session_id: str, rnd: int, participant_id: str, item_key: str,
              before: tuple[bool, int | None], source: str) -> Step:
    """The undo of a rating edit: the earlier value, or no rating when there was none."""
    existed, value = before

    def backward(a: Archive) -> None:
        if existed:
            a.record_rating(session_id, rnd, participant_id, item_key, value, source=source)
        else:
            a.clear_rating(session_id, rnd, participant_id, item_key, source=source)

    return backward


def _live_guard(archive: Archive, session_id: str, text: str, title: str) -> Guard | None:
    """Ask before undoing what was entered while the room was live; None when the session was not running."""
    if not is_live(archive, session_id):
        return None
    risk = UndoRisk(text, (title,))
    return lambda _archive: risk


def set_rating(
    archive: Archive, session_id: str, participant_id: str, item_key: str, value: int | None, source: str = "paper",
) -> Change | None:
    """Save one rating of the current round (None value = not sure); None when it was already so."""
    check_not_closed(archive, session_id)
    rnd = current_round(archive, session_id)
    archive.validate_rating(session_id, rnd, item_key, value)
    before = archive.rating(session_id, rnd, participant_id, item_key)
    if before == (True, value):
        return None

    def forward(a: Archive) -> None:
        a.record_rating(session_id, rnd, participant_id, item_key, value, source=source)

    title = item_title(archive, session_id, item_key)
    guard = _live_guard(archive, session_id, "Undo takes back a rating for “%1” recorded during the live session.", title)
    change = Change("ratings", session_id, "Rating for %1", (title,), ids=(participant_id,), items=(item_key,),
                    round=rnd, guard=guard)
    return applied(archive, change, forward, _put_back(session_id, rnd, participant_id, item_key, before, source))


def clear_rating(
    archive: Archive, session_id: str, participant_id: str, item_key: str, source: str = "paper"
) -> Change | None:
    """Remove one rating of the current round; None when there was none."""
    check_not_closed(archive, session_id)
    rnd = current_round(archive, session_id)
    before = archive.rating(session_id, rnd, participant_id, item_key)
    if not before[0]:
        return None

    def forward(a: Archive) -> None:
        a.clear_rating(session_id, rnd, participant_id, item_key, source=source)

    change = Change("ratings", session_id, "Clear rating for %1", (item_title(archive, session_id, item_key),),
                    ids=(participant_id,), items=(item_key,), round=rnd)
    return applied(archive, change, forward, _put_back(session_id, rnd, participant_id, item_key, before, source))


def save_tally(
    archive: Archive, session_id: str, item_key: str, group_id: str | None, counts: dict[int | None, int],
) -> Change | None:
    """Store a show-of-hands tally of the current round (replacing the previous one); None if unchanged."""
    check_not_closed(archive, session_id)
    rnd = current_round(archive, session_id)
    counts = {value: n for value, n in counts.items() if n}
    before = archive.tally(session_id, rnd, item_key, group_id)
    if before == counts:
        return None

    def forward(a: Archive) -> None:
        a.record_tally(session_id, rnd, item_key, group_id, counts)

    def backward(a: Archive) -> None:
        a.record_tally(session_id, rnd, item_key, group_id, before)

    title = item_title(archive, session_id, item_key)
    guard = _live_guard(archive, session_id, "Undo takes back show-of-hands votes for “%1” recorded during the live "
                        "session.", title)
    change = Change("ratings", session_id, "Tally for %1", (title,), items=(item_key,), round=rnd,
                    also=("participants",), guard=guard)
    return applied(archive, change, forward, backward)


def record_vote(
    archive: Archive, session_id: str, participant_id: str, item_key: str, value: int | None, round: int,
    source: str = "phone",
) -> Change:
    """One vote of a phone (or kiosk) for an item that must be open for voting in ``round``.

    The store checks again inside the write that the item is open, so a vote
    racing the facilitator's "close" is refused, never half-saved.
    """

    def forward(a: Archive) -> None:
        a.record_rating(session_id, round, participant_id, item_key, value, source=source, require_open=True)

    forward(archive)  # one store call, itself one transaction: no extra savepoint on the phones' hot path
    change = Change("ratings", session_id, "Vote", ids=(participant_id,), items=(item_key,), round=round)
    return announce(archive, change, forward, None)


def kiosk_rating(
    archive: Archive, session_id: str, participant: Participant | None, group_id: str | None, language: str | None,
    item_key: str, value: int | None,
) -> Change:
    """One rating on the passed-around laptop; the person's participant is made with their first rating.

    ``result`` is the participant ({'id', 'code'}), new or the one given.
    Both writes are one transaction: no participant without their rating.
    """
    rnd = current_round(archive, session_id)
    archive.validate_rating(session_id, rnd, item_key, value)
    made: list[Participant] = [participant] if participant is not None else []

    def forward(a: Archive) -> None:
        if not made:
            made.append(a.add_participant(session_id, group_id, "laptop", language))
        a.record_rating(session_id, rnd, made[0].id, item_key, value, source="laptop")

    try:
        commit(archive, forward)
    except Exception:
        del made[int(participant is not None):]  # rolled back: the new participant does not exist
        raise
    also: tuple[Kind, ...] = ("participants",) if participant is None else ()
    change = Change("ratings", session_id, "Vote", ids=(made[0].id,), items=(item_key,), round=rnd,
                    also=also, result=made[0])
    return announce(archive, change, forward, None)
