"""The join link's rules: short code, join limits and cap, rejoin codes, careful body reads.

Kept apart from :mod:`pe_desktop.server.app` (routes and the request gate) so
that the rules of who may join, and how often, read in one place:

- ``GET /<short code>`` (e.g. ``/K7Q4``, any case) redirects to the full join
  link: the short address is what a person types when the camera fails;
- joining adds a participant only within the per-address rate limit and the
  session's cap (which the facilitator sees and can raise, it is kept in the
  archive and read on every join);
- ``me.rejoin`` in the state is the person's rejoin code, which brings their
  participant back on another phone (``POST /api/rejoin``).
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from aiohttp import ClientPayloadError, web
from aiohttp.http_exceptions import HttpProcessingError

from pe_desktop.server.credentials import (
    REJOIN_CODE_LENGTH,
    SHORT_CODE_LENGTH,
    format_rejoin_code,
    is_code,
    normalise_code,
    rejoin_code,
)
from pe_desktop.server.guard import BODY_TIMEOUT, AddressLimits
from pe_desktop.server.voting import PhoneVoting, Refused
from pe_desktop.store import Archive
from pe_desktop.store.phone_credentials import join_cap

if TYPE_CHECKING:
    from pe_desktop.server.host import PhoneHost

#: Lax, not Strict: a phone following a link to the join page from another
#: site (a chat message) still sends its cookie and stays the same person.
#: Cross-site writes stay impossible: /api/ needs a custom header and a same-site Origin.
COOKIE_SAMESITE = "Lax"

#: A request whose client went away mid-way: nobody is left to answer.
CLIENT_GONE = (ConnectionError, ClientPayloadError, HttpProcessingError, asyncio.IncompleteReadError)


def client_gone(request: web.Request) -> web.Response:
    """An answer no one will read; the connection is closed, and nothing is logged as an error."""
    response = web.Response(status=400, text="400 Bad Request\n", headers={"Cache-Control": "no-store"})
    response.force_close()
    return response


async def read_body(request: web.Request) -> bytes:
    """The request body, or 408 when it does not arrive within seconds (a held body holds a file)."""
    try:
        async with asyncio.timeout(BODY_TIMEOUT):  # no task per request, unlike wait_for: this is every vote's path
            return await request.read()
    except TimeoutError:
        raise Refused(408, "too-slow", "the request body did not arrive in time") from None


def same_origin(request: web.Request) -> bool:
    """``Origin``, where a browser sends it, must be this server's own (``Host`` is checked before)."""
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    return origin.lower() == f"http://{request.headers.get('Host', '').strip().lower()}"


class PhoneLinkRules:
    """Short code, join limits and cap, and rejoin codes for one session's server."""

    def __init__(self, archive: Archive, session_id: str, short_code: str | None, secret: bytes,
                 limits: AddressLimits | None = None) -> None:
        self.archive = archive
        self.session_id = session_id
        self.short_code = short_code
        self.secret = secret
        self.limits = limits or AddressLimits()
        #: joins turned away because the session's cap was reached
        self.cap_refused = 0

    def add_routes(self, app: web.Application, phone: PhoneHost) -> None:
        self._phone = phone
        if self.short_code:
            app.router.add_get("/{code:[A-Za-z0-9]{" + str(SHORT_CODE_LENGTH) + "}}", self.short)
        if self.secret:
            app.router.add_post("/api/rejoin", self.rejoin)

    # ---------------------------------------------------------------- short link
    async def short(self, request: web.Request) -> web.StreamResponse:
        code = normalise_code(request.match_info["code"])
        if code != self.short_code:
            raise web.HTTPNotFound()
        return web.Response(status=303, headers={"Location": f"/j/{self._phone.token}", "Cache-Control": "no-store"})

    # --------------------------------------------------------------------- joins
    def check_join_rate(self, request: web.Request) -> None:
        if not self.limits.allow_join(request):
            raise Refused(429, "too-many", "too many new participants from this address; wait a moment")

    def commit_join(self, voting: PhoneVoting, group_id: str, language: str) -> dict:
        """Add a participant unless the session's cap is reached (in the writer thread)."""
        cap = join_cap(self.archive, self.session_id)
        if self.archive.participant_count(self.session_id, "phone") >= cap:
            self.cap_refused += 1
            raise Refused(429, "session-full", f"this session takes at most {cap} phones; ask the facilitator")
        return voting.commit_join(group_id, language)

    # ------------------------------------------------------------------- rejoin
    def add_to_state(self, state: dict[str, Any], participant_id: str | None) -> dict[str, Any]:
        """The state with the person's rejoin code (shown on the phone, for another device)."""
        me = state.get("me")
        if me and participant_id and self.secret:
            me["rejoin"] = format_rejoin_code(rejoin_code(self.secret, participant_id))
        return state

    def find_rejoin(self, text: Any) -> str | None:
        """The participant id a rejoin code belongs to (read in a reader thread)."""
        if not isinstance(text, str) or len(text) > 20:
            return None
        code = normalise_code(text)
        if not is_code(code, REJOIN_CODE_LENGTH):
            return None
        for person in self.archive.participants(self.session_id):
            if rejoin_code(self.secret, person.id) == code:
                return str(person.id)
        return None

    async def rejoin(self, request: web.Request) -> web.StreamResponse:
        phone = self._phone
        device = phone.device_for(request)
        body = await phone.json_body(request)
        if not isinstance(body, dict) or set(body) != {"code"}:
            raise Refused(400, "bad-request", "the body must be {\"code\": ...}")
        self.check_join_rate(request)  # a wrong guess costs like a join
        participant = await phone.read_in_thread(self.find_rejoin, body["code"])
        if participant is None:
            raise Refused(404, "unknown-code", "no participant has this rejoin code; check it and try again")
        return phone.rejoined(device, participant)
