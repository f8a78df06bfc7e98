"""Join tokens and signed device cookies (docs/design.md §6).

The join token is the secret in the QR code: whoever is in the room can read
it off the projector, so it only proves "this phone saw the join screen".
The device cookie is what identifies a phone afterwards. It is signed with a
per-server secret instead of being looked up in a table, so that:

- the server keeps no unbounded device table (a flood of page loads costs no
  memory);
- after the GUI restarts the server with the same token and secret (e.g. after
  a crash), every phone is still the same participant, and a changed vote
  replaces the earlier one instead of counting twice.

Cookie value: ``<device>.<participant id or "-">.<signature>``, all in the
URL-safe base64 alphabet plus ``-`` (cookie-safe without quoting).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

#: Name of the HttpOnly device cookie.
COOKIE_NAME = "pe_device"

#: Bytes of randomness in a join token: 96 bits (the rule is at least 64).
TOKEN_BYTES = 12

_DEVICE_BYTES = 16
_SIG_BYTES = 16
_MAX_COOKIE = 200
_PART = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{11,64}$")
_NO_PARTICIPANT = "-"
#: Cookies already verified (each phone sends the same one with every request).
_CACHE_SIZE = 4096


def new_join_token() -> str:
    """A fresh random join token (96 bits, URL-safe, 16 characters)."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def new_secret() -> bytes:
    """A fresh key for signing device cookies."""
    return secrets.token_bytes(32)


def check_join_token(token: str) -> str:
    """Return ``token`` if it is shaped like one with at least 64 bits; else ValueError."""
    if not isinstance(token, str) or not _TOKEN.match(token):
        raise ValueError("join token: must be 11 to 64 URL-safe characters (at least 64 random bits)")
    return token


@dataclass(frozen=True)
class Device:
    """A phone as its cookie describes it."""

    device_id: str
    participant_id: str | None = None


class CookieSigner:
    """Issues and verifies device cookies for one session."""

    def __init__(self, session_id: str, secret: bytes) -> None:
        if len(secret) < 16:
            raise ValueError("cookie secret: must be at least 16 bytes")
        self._session = session_id
        self._secret = secret
        self._verified: dict[str, Device] = {}

    def _sign(self, device_id: str, participant: str) -> str:
        msg = f"{self._session}|{device_id}|{participant}".encode()
        digest = hmac.new(self._secret, msg, hashlib.sha256).digest()[:_SIG_BYTES]
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()

    def new_device(self) -> Device:
        return Device(secrets.token_urlsafe(_DEVICE_BYTES))

    def encode(self, device: Device) -> str:
        participant = device.participant_id or _NO_PARTICIPANT
        return f"{device.device_id}.{participant}.{self._sign(device.device_id, participant)}"

    def decode(self, value: str | None) -> Device | None:
        """The device a cookie names, or None if it is missing, malformed or not ours."""
        if not value or len(value) > _MAX_COOKIE:
            return None
        known = self._verified.get(value)
        if known is not None:
            return known
        parts = value.split(".")
        if len(parts) != 3 or not all(_PART.match(p) for p in parts):
            return None
        device_id, participant, signature = parts
        if not hmac.compare_digest(signature, self._sign(device_id, participant)):
            return None
        device = Device(device_id, None if participant == _NO_PARTICIPANT else participant)
        if len(self._verified) >= _CACHE_SIZE:
            self._verified.clear()  # a whole room is a few hundred phones; this only bounds a flood
        self._verified[value] = device
        return device
