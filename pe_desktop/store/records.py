"""Typed rows of the archive: what the store's read methods return.

Frozen and slotted, so a record handed to a view cannot be changed behind the
archive's back. Each has ``from_row`` (a mapping from a query, extra columns
ignored, vocabulary columns turned into their enums) and ``as_dict`` (the
columns as plain values, for JSON, CSV and undo). Statistics summaries and
the ``trend``/search JSON objects are not records: they are the JSON contract.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from typing import Any, TypeVar

from pe_desktop.core.vocab import ActionStatus, Channel, ItemState, NoteKind, Position, SessionStatus, Stage

_R = TypeVar("_R", bound="_Record")


def _known(cls: type[Any], row: Mapping[str, Any]) -> dict[str, Any]:
    return {f.name: row[f.name] for f in fields(cls) if f.name in row}


class _Record:
    """``from_row`` and ``as_dict`` for every record."""

    __slots__ = ()

    @classmethod
    def from_row(cls: type[_R], row: Mapping[str, Any]) -> _R:
        return cls(**_known(cls, row))

    def as_dict(self) -> dict[str, Any]:
        """The fields as plain values (enums as their stored strings)."""
        return {key: (str(value) if isinstance(value, str) else value) for key, value in asdict(self).items()}  # type: ignore[call-overload]


@dataclass(frozen=True, slots=True)
class Partnership(_Record):
    id: str
    name: str
    description: str
    created_at: str
    #: sessions not deleted
    session_count: int = 0


@dataclass(frozen=True, slots=True)
class Session(_Record):
    """A session with its partnership's name, its instrument's key and title and its participant count."""

    id: str
    partnership_id: str
    title: str
    held_on: str | None
    location: str
    facilitator: str
    stage: Stage | None
    instrument_id: str
    status: SessionStatus
    min_group_size: int
    rounds: int
    current_round: int
    deleted_at: str | None
    created_at: str
    updated_at: str
    partnership: str = ""
    instrument_key: str = ""
    instrument_title: str = ""
    participants: int = 0
    #: the room's language: a code like "es", or two for a mixed room ("en+es") (schema m009)
    language: str = "en"

    def __post_init__(self) -> None:
        object.__setattr__(self, "status", SessionStatus(self.status))
        object.__setattr__(self, "stage", Stage(self.stage) if self.stage else None)

    @property
    def day(self) -> str:
        """The day it was held, or (undated) the day it was created: how sessions are ordered."""
        return self.held_on or self.created_at[:10]


@dataclass(frozen=True, slots=True)
class Group(_Record):
    id: str
    session_id: str
    name: str
    position: Position
    sort: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "position", Position(self.position))


@dataclass(frozen=True, slots=True)
class Participant(_Record):
    """An anonymous participant, with their group's name and position when they have a group."""

    id: str
    session_id: str
    code: str
    group_id: str | None
    channel: Channel
    language: str | None
    created_at: str
    group_name: str | None = None
    position: Position | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "channel", Channel(self.channel))
        object.__setattr__(self, "position", Position(self.position) if self.position else None)


@dataclass(frozen=True, slots=True)
class Rating(_Record):
    """One stored rating; ``value`` None means "not sure"."""

    session_id: str
    round: int
    participant_id: str
    item_key: str
    value: int | None
    source: str = ""
    recorded_at: str = ""


@dataclass(frozen=True, slots=True)
class ItemStateRow(_Record):
    session_id: str
    round: int
    item_key: str
    state: ItemState
    updated_at: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "state", ItemState(self.state))


@dataclass(frozen=True, slots=True)
class Note(_Record):
    id: str
    session_id: str
    item_key: str | None
    round: int
    kind: NoteKind
    text: str
    created_at: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", NoteKind(self.kind))


@dataclass(frozen=True, slots=True)
class Action(_Record):
    id: str
    session_id: str
    item_key: str | None
    text: str
    owner: str
    due_on: str | None
    status: ActionStatus
    carried_from: str | None
    created_at: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "status", ActionStatus(self.status))


@dataclass(frozen=True, slots=True)
class ParticipantRatings(_Record):
    """A participant and every rating they gave, in (round, item) order (what removing them takes away)."""

    participant: Participant
    ratings: tuple[Rating, ...]


@dataclass(frozen=True, slots=True)
class PhoneState(_Record):
    """What a phone's page needs in one read: the session's state and, when known, the participant's."""

    title: str
    status: SessionStatus
    current_round: int
    deleted: bool
    #: the participant's code and group, None when the id is not a participant of the session
    code: str | None = None
    group_id: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "status", SessionStatus(self.status))


@dataclass(frozen=True, slots=True)
class ArchiveCounts(_Record):
    """How much an archive holds (the main window's status line)."""

    partnerships: int
    sessions: int
    live_sessions: int
    participants: int
    notes: int
    actions: int
    open_actions: int
    groups: int
    last_updated: str | None


@dataclass(frozen=True, slots=True)
class SessionCounts(_Record):
    people: int
    notes: int
    actions: int
    open_actions: int
