"""The archive's fixed vocabularies, as enums. No Qt here.

Each is a :class:`enum.StrEnum`, so a member *is* the string the archive
stores (``SessionStatus.CLOSED == "closed"``) and goes into SQL, JSON and CSV
unchanged. How a value reads on screen is in ``pe_desktop.ui.widgets.labels``.
"""

from __future__ import annotations

from enum import StrEnum


class SessionStatus(StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"


class Position(StrEnum):
    """Where a stakeholder group stands (docs/design.md §4)."""

    COMMUNITY = "community"
    INSTITUTION = "institution"
    OTHER = "other"


class Channel(StrEnum):
    """How a participant's ratings came in."""

    PHONE = "phone"
    PAPER = "paper"
    LAPTOP = "laptop"
    TALLY = "tally"
    IMPORT = "import"


class Stage(StrEnum):
    """The four stages of partnership development."""

    ADVISE = "advise"
    ACCLIMATE = "acclimate"
    ACTIVATE = "activate"
    ACCELERATE = "accelerate"


class ItemState(StrEnum):
    """Where an item of a round stands; ``pending`` when never touched."""

    PENDING = "pending"
    OPEN = "open"
    CLOSED = "closed"
    REVEALED = "revealed"


class NoteKind(StrEnum):
    NOTE = "note"
    QUOTE = "quote"
    DISSENT = "dissent"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


def values(enum: type[StrEnum]) -> tuple[str, ...]:
    """The stored strings of an enum, in declaration order."""
    return tuple(member.value for member in enum)
