"""What a summary PDF shows, gathered from the archive before any drawing.

Why a separate step: every privacy decision (which group is suppressed on
which item, what merges into "other") is made here, once, on plain data, and
the layout code only draws what it is given.  A test can then check that a
small group never gets its own figures without reading a PDF, and the layout
cannot leak what it never receives: suppressed groups reach it as a name and
a flag, with no numbers attached.

Statistics come from :mod:`pe_desktop.core.stats` (the same functions the
projector and ``summary --json`` use), so the PDF never disagrees with them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from pe_desktop.core.instruments import Instrument, Item
from pe_desktop.core.palette import group_style
from pe_desktop.core.stats import GroupDef, RatingRow, shift, suppressed_group_ids
from pe_desktop.core.vocab import Channel
from pe_desktop.session.views import OTHER_MARK, ItemResult, Turnout, report_view, turnout

__all__ = [
    "ArchiveReader",
    "GroupInfo",
    "ItemData",
    "PeopleRow",
    "RoundData",
    "SessionData",
    "gather",
]


# What the report reads of the store's records (pe_desktop.store.records), spelled
# out so the report layer stays independent of the store (docs/design.md §3).
class Session(Protocol):
    @property
    def title(self) -> str: ...
    @property
    def partnership(self) -> str: ...
    @property
    def held_on(self) -> str | None: ...
    @property
    def location(self) -> str: ...
    @property
    def facilitator(self) -> str: ...
    @property
    def stage(self) -> str | None: ...
    @property
    def rounds(self) -> int: ...
    @property
    def min_group_size(self) -> int: ...


class Participant(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def code(self) -> str: ...
    @property
    def group_id(self) -> str | None: ...
    @property
    def group_name(self) -> str | None: ...
    @property
    def channel(self) -> str: ...


class Note(Protocol):
    @property
    def item_key(self) -> str | None: ...
    @property
    def kind(self) -> str: ...
    @property
    def round(self) -> int: ...
    @property
    def text(self) -> str: ...


class Action(Protocol):
    @property
    def item_key(self) -> str | None: ...
    @property
    def text(self) -> str: ...
    @property
    def owner(self) -> str: ...
    @property
    def due_on(self) -> str | None: ...
    @property
    def status(self) -> str: ...
    @property
    def carried_from(self) -> str | None: ...

__all__ = [
    "Action",
    "ArchiveReader",
    "GroupInfo",
    "ItemData",
    "Note",
    "Participant",
    "PeopleRow",
    "RoundData",
    "Session",
    "SessionData",
    "gather",
]


class ArchiveReader(Protocol):
    """The read-only part of :class:`pe_desktop.store.Archive` the report uses.

    Spelled out so the report layer depends on a handful of reads, not on the
    store package (docs/design.md §3: report imports core only).
    """

    def session(self, session_id: str) -> Session: ...
    def instrument(self, session_id: str) -> Instrument: ...
    def group_defs(self, session_id: str) -> list[GroupDef]: ...
    def groups(self, session_id: str) -> Sequence[object]: ...
    def item_states(self, session_id: str, round: int) -> Mapping[str, str]: ...  # noqa: A002
    def participants(self, session_id: str) -> Sequence[Participant]: ...
    def rating_rows(self, session_id: str, round: int) -> list[RatingRow]: ...  # noqa: A002
    def notes(self, session_id: str, item_key: str | None = None) -> Sequence[Note]: ...
    def actions(self, session_id: str) -> Sequence[Action]: ...
    def rated_rounds(self, session_id: str) -> list[int]: ...
    def tally_people(self, session_id: str) -> dict[str | None, int]: ...


#: Marker key of the merged "other" ratings in :attr:`RoundData.dots`.
OTHER = -1


@dataclass(frozen=True)
class GroupInfo:
    """A session group with the colour and shape it has everywhere (session order)."""

    id: str
    name: str
    position: str
    index: int
    colour: str
    shape: str


@dataclass(frozen=True)
class PeopleRow:
    """One line of the cover's participant table; ``group`` None is the merged "other"."""

    group: GroupInfo | None
    count: int


@dataclass
class RoundData:
    """One item in one round.

    ``summary`` is the §7 item object (suppressed groups carry no figures).
    ``dots`` is one (value, marker) per rating, value None for "not sure",
    marker the group's index or :data:`OTHER` for suppressed groups and
    people in no group; sorted by value, then group order, "other" last.
    """

    round: int
    summary: dict[str, Any]
    dots: list[tuple[int | None, int]]


@dataclass
class ItemData:
    """Everything the item's section shows."""

    number: int
    item: Item
    rounds: list[RoundData]
    shift: dict[str, float | None] | None
    notes: list[Note]
    actions: list[Action]

    @property
    def final(self) -> RoundData:
        """The last round rated: the result the session ended with."""
        return self.rounds[-1]


@dataclass
class SessionData:
    """The whole summary, ready to lay out."""

    session: Session
    instrument: Instrument
    groups: list[GroupInfo]
    people: list[PeopleRow]
    people_total: int
    #: people per channel; "tally" holds show-of-hands votes, not people
    channels: list[tuple[str, int]]
    rounds: list[int]
    items: list[ItemData]
    discuss_first: list[str]
    general_notes: list[Note] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    #: people and show-of-hands votes, counted apart (pe_desktop.session.views.turnout)
    turnout: Turnout = field(default_factory=Turnout)

    @property
    def min_group_size(self) -> int:
        return int(self.session.min_group_size)

    @property
    def final_round(self) -> int:
        return self.rounds[-1]


def _rounds_rated(archive: ArchiveReader, session_id: str) -> list[int]:
    """Rounds that hold ratings; [1] for a session nobody has rated yet."""
    return archive.rated_rounds(session_id) or [1]


def _people(archive: ArchiveReader, session_id: str, participants: Sequence[Participant],
            rounds: Sequence[int]) -> tuple[Counter, Counter]:
    """(people per group id, people per channel): participants who rated, show-of-hands votes left out.

    A tally participant stands for one hand raised on one item, so it is
    never a person: show-of-hands votes are counted apart (:attr:`SessionData.turnout`,
    the session layer's count, the same the windows and the projector show).
    """
    raters = {row.participant_id for rnd in rounds for row in archive.rating_rows(session_id, rnd)}
    by_group: Counter = Counter()
    by_channel: Counter = Counter()
    for p in participants:
        if p.channel == Channel.TALLY or p.id not in raters:
            continue
        by_group[p.group_id] += 1
        by_channel[str(p.channel)] += 1
    return by_group, by_channel


def _people_rows(groups: list[GroupInfo], by_group: Counter, min_group_size: int) -> list[PeopleRow]:
    """The cover's group lines, with groups below the minimum merged into one "other" line.

    Uses the same rule as the figures (:func:`suppressed_group_ids`), so the
    merged line can never be subtracted back into one small group's count.
    """
    known = {g.id for g in groups}
    unassigned = sum(n for gid, n in by_group.items() if gid not in known)
    hidden = suppressed_group_ids([(g.id, by_group[g.id]) for g in groups], min_group_size, unassigned=unassigned)
    rows = [PeopleRow(g, by_group[g.id]) for g in groups if g.id not in hidden]
    other = unassigned + sum(by_group[g.id] for g in groups if g.id in hidden)
    if other:
        rows.append(PeopleRow(None, other))
    return rows


def _dots(result: ItemResult) -> list[tuple[int | None, int]]:
    """The item's ratings as (value, marker) in the session layer's stacking order ("other" last in a value)."""
    return [(value, mark.order if mark.shown else OTHER) for value, mark in result.dots]


def group_infos(defs: Sequence[GroupDef]) -> list[GroupInfo]:
    """Session groups with their colour and shape (by position in the session's order)."""
    infos = []
    for index, g in enumerate(defs):
        colour, shape = group_style(index)
        infos.append(GroupInfo(g.id, g.name, g.position, index, colour, shape))
    return infos


def marker_style(groups: Sequence[GroupInfo], marker: int) -> tuple[str, str]:
    """(colour, shape) for a marker key of :attr:`RoundData.dots`."""
    if marker == OTHER:
        return OTHER_MARK.colour, OTHER_MARK.shape
    g = groups[marker]
    return g.colour, g.shape


def gather(archive: ArchiveReader, session_id: str, language: str = "en") -> SessionData:
    """Read one session and compute everything its summary PDF shows.

    ``language`` picks the instrument's translation (the form's own text if
    it has none).  Item order is the instrument's.
    """
    session = archive.session(session_id)
    rounds = _rounds_rated(archive, session_id)
    # every figure, suppression and "other" mapping comes from the session layer's report view
    view = report_view(archive, session_id, rounds, language)  # type: ignore[arg-type]  # a real Archive
    instrument = view.instrument
    groups = group_infos(view.groups)
    min_size = int(session.min_group_size)
    participants = archive.participants(session_id)
    by_group, by_channel = _people(archive, session_id, participants, rounds)
    counts = turnout(archive, session_id)  # type: ignore[arg-type]  # a real Archive
    by_channel[Channel.TALLY.value] = counts.hands

    notes = archive.notes(session_id)
    actions = list(archive.actions(session_id))
    items: list[ItemData] = []
    for number, item in enumerate(instrument.items, start=1):
        round_data = [RoundData(r.round, r.result.summary, _dots(r.result)) for r in view.items[item.key]]
        items.append(
            ItemData(
                number=number,
                item=item,
                rounds=round_data,
                shift=shift(round_data[0].summary, round_data[-1].summary) if len(round_data) > 1 else None,
                notes=[n for n in notes if n.item_key == item.key],
                actions=[a for a in actions if a.item_key == item.key],
            )
        )
    channel_order = ("phone", "paper", "laptop", "tally", "import")
    channels = [(c, by_channel[c]) for c in channel_order if by_channel[c]]
    channels += [(c, n) for c, n in sorted(by_channel.items()) if c not in channel_order and n]
    return SessionData(
        session=session,
        instrument=instrument,
        groups=groups,
        people=_people_rows(groups, by_group, min_size),
        people_total=counts.people,
        channels=channels,
        rounds=rounds,
        items=items,
        discuss_first=view.summaries[rounds[-1]]["discuss_first"],
        general_notes=[n for n in notes if n.item_key is None],
        actions=actions,
        turnout=counts,
    )
