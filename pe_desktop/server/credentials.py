"""The session's phone link (token, cookie secret, short code) and rejoin codes.

The link is drawn once per session and kept in the archive
(pe_desktop.store.phone_credentials), so the GUI and ``pe-desktop serve``
give out the same QR code and recognise the same phones after any restart.

Short codes and rejoin codes are meant to be read off a screen or a sheet of
paper and typed on a phone, so they use an alphabet without the characters
people confuse: no 0/O, no 1/I/L.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from pe_desktop.server.tokens import new_join_token, new_secret
from pe_desktop.store import Archive
from pe_desktop.store.phone_credentials import PhoneLink, ensure_phone_link

#: Letters and digits that cannot be mistaken for one another.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"

#: Characters of the short join code (``http://10.42.0.1:8080/K7Q4``).
SHORT_CODE_LENGTH = 4

#: Characters of a person's rejoin code (about 40 bits: not guessable under the join rate limit).
REJOIN_CODE_LENGTH = 8


def new_short_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(SHORT_CODE_LENGTH))


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


def rejoin_code(secret: bytes, participant_id: str) -> str:
    """A person's code for getting back their participant on another phone.

    Derived from the session's secret, so nothing more is stored, and it is
    the same after every restart and on the printed slip.
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
