"""The session's phone link (token, cookie secret, short code) and rejoin codes.

The link is drawn once per session and kept in the archive
(pe_desktop.store.phone_credentials), so the GUI and ``pe-desktop serve``
give out the same QR code and recognise the same phones after any restart.

Short codes and rejoin codes are meant to be read off a screen or a sheet of
paper and typed on a phone, so they use an alphabet without the characters
people confuse: no 0/O, no 1/I/L. The codes themselves are derived in the
store (pe_desktop.store.phone_credentials), where the printed ballots get
them too; this module reads what a phone typed.
"""

from __future__ import annotations

from pe_desktop.server.tokens import new_join_token, new_secret
from pe_desktop.store import Archive
from pe_desktop.store.phone_credentials import (
    ALPHABET,
    REJOIN_CODE_LENGTH,
    SHORT_CODE_LENGTH,
    PhoneLink,
    ensure_phone_link,
    format_rejoin_code,
    new_short_code,
    rejoin_code,
)

__all__ = [
    "ALPHABET", "REJOIN_CODE_LENGTH", "SHORT_CODE_LENGTH", "format_rejoin_code", "is_code", "new_short_code",
    "normalise_code", "rejoin_code", "session_link",
]


def normalise_code(text: str) -> str:
    """What a person typed, as a code: case, spaces and dashes do not matter."""
    return "".join(ch for ch in text.upper() if ch not in " -")


def is_code(text: str, length: int) -> bool:
    return len(text) == length and all(ch in ALPHABET for ch in text)


def _new_link() -> tuple[str, bytes, str]:
    return new_join_token(), new_secret(), new_short_code()


def session_link(archive: Archive, session_id: str, seed: tuple[str, bytes] | None = None) -> PhoneLink:
    """The session's saved phone link, drawn and saved the first time.

    ``seed`` is a token and secret an older version kept elsewhere (the GUI's
    settings): saved as the session's link if it has none yet, so phones of a
    session begun before the link moved into the archive stay who they are.
    """
    if seed is None:
        return ensure_phone_link(archive, session_id, _new_link)
    token, secret = seed
    return ensure_phone_link(archive, session_id, lambda: (token, secret, new_short_code()))
