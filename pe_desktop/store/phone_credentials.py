"""A session's phone join link, kept in the archive with the session.

The join token (in the QR code), the secret that signs every phone's device
cookie, the short typable code and the facilitator's cap on phones live in
``phone_links`` so that the GUI and ``pe-desktop serve`` alike hand out the
same link after a restart, a crash or ``kill -9``, and every phone stays the
same participant. The server draws the values when it first starts
(pe_desktop.server.credentials); printing ballots before that draws them here
(:func:`new_link_values`, the same shapes), so the rejoin codes printed on
paper are the ones the server accepts later.

A person's rejoin code is derived from the session's secret and their
participant id (nothing more is stored): the phone shows it, the paper
ballot prints it, and ``POST /api/rejoin`` finds the participant by it.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from pe_desktop.store.base import now_iso
from pe_desktop.store.errors import ValidationError
from pe_desktop.store.participants import ParticipantStore as Archive  # what these need of the Archive

#: The most phones a session takes unless the facilitator raises it.
DEFAULT_JOIN_CAP = 300

#: Letters and digits that cannot be mistaken for one another (no 0/O, no 1/I/L): codes are typed from paper.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"

#: Characters of the short join code (``http://10.42.0.1:8080/K7Q4``).
SHORT_CODE_LENGTH = 4

#: Characters of a person's rejoin code (about 40 bits: not guessable under the join rate limit).
REJOIN_CODE_LENGTH = 8

#: Random bytes of a join token (96 bits, URL-safe base64: 16 characters) and of the cookie secret.
TOKEN_BYTES = 12
SECRET_BYTES = 32

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


def new_short_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(SHORT_CODE_LENGTH))


def new_link_values() -> tuple[str, bytes, str]:
    """A fresh join token, cookie secret and short code."""
    return secrets.token_urlsafe(TOKEN_BYTES), secrets.token_bytes(SECRET_BYTES), new_short_code()


def rejoin_code(secret: bytes, participant_id: str) -> str:
    """A person's code for getting back their participant on another phone.

    Derived from the session's secret, so nothing more is stored, and it is
    the same after every restart and on the printed ballot.
    """
    digest = hmac.new(secret, f"rejoin|{participant_id}".encode(), hashlib.sha256).digest()
    number = int.from_bytes(digest[:8], "big")
    chars = []
    for _ in range(REJOIN_CODE_LENGTH):
        number, index = divmod(number, len(ALPHABET))
        chars.append(ALPHABET[index])
    return "".join(chars)


def format_rejoin_code(code: str) -> str:
    """``ABCD-EFGH``: easier to read aloud and to type."""
    return f"{code[:4]}-{code[4:]}"


def rejoin_codes(archive: Archive, session_id: str) -> dict[str, str]:
    """Every participant's rejoin code (``ABCD-EFGH``) by participant code (``P07``), for the printed ballots.

    Draws and saves the session's phone link first if phone voting never
    ran, so the codes on paper printed before the workshop are the ones the
    server accepts once it starts.
    """
    link = ensure_phone_link(archive, session_id, new_link_values)
    return {p.code: format_rejoin_code(rejoin_code(link.secret, str(p.id)))
            for p in archive.participants(session_id)}
