"""Adding and removing participants (console, paper grid, kiosk, phones)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from pe_desktop.session.change import Change, UndoRisk, announce, applied, commit
from pe_desktop.session.ops._common import check_not_closed
from pe_desktop.session.records import as_dict, field
from pe_desktop.store.errors import ValidationError
from pe_desktop.store.records import Participant
from pe_desktop.store.session_reads import participant_ratings

if TYPE_CHECKING:
    from pe_desktop.store import Archive

CHANNELS = ("phone", "paper", "laptop", "tally", "import")


def add_participants(
    archive: Archive, session_id: str, group_id: str | None, channel: str, count: int = 1, language: str | None = None,
) -> Change:
    """Create ``count`` participants in one transaction; ``result`` is [{'id', 'code'}].

    Redo re-creates them with the same ids and codes.
    """
    check_not_closed(archive, session_id)
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise ValidationError(f"count: {count!r} must be at least 1")
    if channel not in CHANNELS:
        raise ValidationError(f"channel: {channel!r} is not one of {', '.join(CHANNELS)}")
    if group_id is not None and not any(field(g, "id") == group_id for g in archive.groups(session_id)):
        raise ValidationError(f"group: {group_id!r} is not a group of this session")
    created: list[Participant] = []

    def forward(a: Archive) -> None:
        if created:
            for part in created:
                a.add_participant(session_id, group_id, channel, language, code=part.code, id=part.id)
        else:
            created.extend(a.add_participant(session_id, group_id, channel, language) for _ in range(count))

    def backward(a: Archive) -> None:
        for part in created:
            a.remove_participant(part.id)

    def guard(a: Archive) -> UndoRisk | None:
        """Undoing removes the participants with their ratings: ask once any rating was recorded for them."""
        rated = sum(1 for part in created if participant_ratings(a, part.id))
        return UndoRisk("Undo removes %1 participant(s) together with the ratings recorded for them.",
                        (str(rated),)) if rated else None

    commit(archive, forward)
    text = "Add a participant" if count == 1 else "Add %1 participants"
    args = () if count == 1 else (str(count),)
    change = Change("participants", session_id, text, args, ids=tuple(p.id for p in created), result=list(created),
                    guard=guard)
    return announce(archive, change, forward, backward)


def _snapshot(archive: Archive, session_id: str, participant_id: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    found = [p for p in archive.participants(session_id) if field(p, "id") == participant_id]
    if not found:
        raise ValidationError(f"participant: {participant_id!r} is not in this session")
    ratings = participant_ratings(archive, participant_id)
    return as_dict(found[0]), [as_dict(r) for r in ratings]


def remove_participants(archive: Archive, session_id: str, participant_ids: Iterable[str]) -> Change | None:
    """Remove participants and their ratings; undo brings both back. None when the list is empty."""
    check_not_closed(archive, session_id)
    ids = list(participant_ids)
    if not ids:
        return None
    snapshot = [_snapshot(archive, session_id, pid) for pid in ids]

    def forward(a: Archive) -> None:
        for pid in ids:
            a.remove_participant(pid)

    def backward(a: Archive) -> None:
        for part, ratings in snapshot:
            a.add_participant(
                session_id, part["group_id"], part["channel"], part["language"], code=part["code"], id=part["id"]
            )
            batches: dict[tuple[int, str], list[tuple[str, str, int | None]]] = {}
            for r in ratings:
                batches.setdefault((int(r["round"]), str(r["source"])), []).append(
                    (part["id"], r["item_key"], r["value"])
                )
            for (rnd, source), entries in batches.items():
                a.record_ratings(session_id, rnd, entries, source)

    codes = ", ".join(str(part["code"]) for part, _ in snapshot)
    change = Change("participants", session_id, "Remove %1", (codes,), ids=tuple(ids), also=("ratings",))
    return applied(archive, change, forward, backward)


def join(archive: Archive, session_id: str, group_id: str, language: str | None) -> Change:
    """A phone joins: one participant on the phone channel (not undoable: the phone holds its id)."""
    check_not_closed(archive, session_id)
    made: list[Participant] = []

    def forward(a: Archive) -> None:
        made.append(a.add_participant(session_id, group_id, "phone", language=language))

    commit(archive, forward)
    return announce(archive, Change("participants", session_id, "Join", ids=(made[0].id,), result=made[0]), forward, None)
