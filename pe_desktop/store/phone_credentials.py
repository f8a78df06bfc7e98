"""A session's phone join link, kept in the archive with the session.

The join token (in the QR code), the secret that signs every phone's device
cookie, the short typable code and the facilitator's cap on phones live in
``phone_links`` so that the GUI and ``pe-desktop serve`` alike hand out the
same link after a restart, a crash or ``kill -9``, and every phone stays the
same participant. The values themselves are made by the server
(pe_desktop.server.credentials): the store only keeps them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from pe_desktop.store.archive import Archive, now_iso
from pe_desktop.store.errors import ValidationError

#: The most phones a session takes unless the facilitator raises it.
DEFAULT_JOIN_CAP = 300

#: Tries at a fresh short code before giving up (codes are random; clashes are rare).
_TRIES = 20


@dataclass(frozen=True)
class PhoneLink:
    """What a session's phones need to find it again: token, cookie secret, short code, cap."""

    session_id: str
    token: str
    secret: bytes
    short_code: str
    join_cap: int


def _row(archive: Archive, session_id: str) -> PhoneLink | None:
    rows = archive.query(
        "SELECT session_id, token, secret, short_code, join_cap FROM phone_links WHERE session_id = ?", [session_id]
    )
    if not rows:
        return None
    row = rows[0]
    return PhoneLink(row["session_id"], row["token"], bytes(row["secret"]), row["short_code"], row["join_cap"])


def phone_link(archive: Archive, session_id: str) -> PhoneLink | None:
    """The session's saved link, or None when no phone server has run for it yet."""
    return _row(archive, session_id)


def ensure_phone_link(
    archive: Archive, session_id: str, make: Callable[[], tuple[str, bytes, str]],
) -> PhoneLink:
    """The saved link, or a new one from ``make()`` (token, secret, short code), saved first.

    Committed before the server listens, so a link that was ever shown is the
    one every later start uses.
    """
    existing = _row(archive, session_id)
    if existing is not None:
        return existing
    archive.session(session_id)  # a clear error for an unknown session
    for _ in range(_TRIES):
        token, secret, short_code = make()
        try:
            with archive.transaction() as conn:
                conn.execute(
                    "INSERT OR IGNORE INTO phone_links (session_id, token, secret, short_code, created_at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (session_id, token, secret, short_code, now_iso()),
                )
        except sqlite3.IntegrityError:
            continue  # another session already has this short code: draw again
        saved = _row(archive, session_id)
        if saved is not None:
            return saved
    raise ValidationError(f"session {session_id}: could not draw a free short join code")


#: The most the cap may be raised to (far beyond any hotspot or room).
MAX_JOIN_CAP = 100_000


def check_join_cap(cap: object) -> int:
    """``cap`` if it is a whole number of phones from 1 to :data:`MAX_JOIN_CAP`; else a ValidationError."""
    if isinstance(cap, bool) or not isinstance(cap, int) or not 1 <= cap <= MAX_JOIN_CAP:
        raise ValidationError(f"phone limit: {cap!r} must be a whole number from 1 to {MAX_JOIN_CAP}")
    return cap


def set_join_cap(archive: Archive, session_id: str, cap: int) -> None:
    """Let up to ``cap`` phones join the session (the facilitator raises it when the room is bigger)."""
    check_join_cap(cap)
    with archive.transaction() as conn:
        changed = conn.execute("UPDATE phone_links SET join_cap = ? WHERE session_id = ?", (cap, session_id)).rowcount
    if not changed:
        raise ValidationError(f"session {session_id}: has no phone link yet (start phone voting first)")


def join_cap(archive: Archive, session_id: str) -> int:
    """The most phones the session takes now (read on every join: the facilitator may raise it meanwhile)."""
    rows = archive.query("SELECT join_cap FROM phone_links WHERE session_id = ?", [session_id])
    return rows[0]["join_cap"] if rows else DEFAULT_JOIN_CAP


def session_for_short_code(archive: Archive, short_code: str) -> str | None:
    """Which session a short code belongs to (codes are unique in the archive)."""
    rows = archive.query("SELECT session_id FROM phone_links WHERE short_code = ?", [short_code])
    return rows[0]["session_id"] if rows else None
