"""Checks and small reads shared by the ops (Qt-free)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pe_desktop.session.records import field, text
from pe_desktop.store.errors import ValidationError

if TYPE_CHECKING:
    from pe_desktop.store import Archive


def session_record(archive: Archive, session_id: str) -> Any:
    """The session's record (a dict today, a dataclass after the store's typed-records change)."""
    return archive.session(session_id)


def current_round(archive: Archive, session_id: str) -> int:
    return int(field(session_record(archive, session_id), "current_round"))


def check_not_closed(archive: Archive, session_id: str) -> None:
    """Ratings and participants of a closed session stay as they were when it closed."""
    if text(field(session_record(archive, session_id), "status")) == "closed":
        raise ValidationError("session: this session is closed; ratings and participants can no longer change")


def item_title(archive: Archive, session_id: str, item_key: str) -> str:
    return archive.instrument(session_id).item(item_key).title


def is_live(archive: Archive, session_id: str) -> bool:
    """Whether the session is running in front of a room: what is recorded now was said there."""
    return text(field(session_record(archive, session_id), "status")) == "open"


def has_content(archive: Archive, session_id: str) -> bool:
    """Whether anything was recorded in the session: a participant (and so maybe ratings), a note or an action."""
    counts = archive.session_counts(session_id)
    return bool(field(counts, "people") or field(counts, "notes") or field(counts, "actions"))
