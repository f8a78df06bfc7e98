"""The HTTP side of phone voting: routes, checks and headers of docs/design.md §6.

Every request first passes the same gate, cheapest check first, so that a
request breaking any rule is refused before it can touch the archive:

1. ``Host`` must be the address the server is bound to (421 otherwise), which
   defeats DNS-rebinding pages on a participant's phone;
2. a body over 4 KiB is refused before it is read (413);
3. ``/api/`` calls need a valid signed device cookie (403), are counted
   against the device's rate limit (429), need ``X-Requested-With:
   pe-desktop`` (403; the one exception is the event stream, because a
   browser's EventSource cannot send headers and the stream changes nothing),
   and a POST needs a JSON body (415/400);
4. the vote itself is checked against the instrument (422) and, in the
   writer, against the item's state and the session's round (409).

Every response carries a strict Content-Security-Policy and no-sniff /
no-referrer / no-framing headers.
"""

from __future__ import annotations

import asyncio
import hmac
import ipaddress
import json
import logging
from collections.abc import Awaitable, Callable
from concurrent.futures import Executor
from functools import partial
from typing import Any

from aiohttp import web

from pe_desktop.server.assets import Asset
from pe_desktop.server.events import KEEPALIVE_SECONDS, RETRY_MS, EventHub, is_close
from pe_desktop.server.guard import CONTENT_SECURITY_POLICY, SECURITY_HEADERS, request_received  # noqa: F401
from pe_desktop.server.limits import MAX_BODY_BYTES, MAX_STREAMS_PER_DEVICE, RateLimiter
from pe_desktop.server.links import CLIENT_GONE, COOKIE_SAMESITE, PhoneLinkRules, client_gone, read_body, same_origin
from pe_desktop.server.results import PhoneResults, SummaryWriter
from pe_desktop.server.tokens import COOKIE_NAME, CookieSigner, Device
from pe_desktop.server.voting import PhoneVoting, Refused
from pe_desktop.server.writer import CommitFailed, GroupCommitWriter, WriterStopped
from pe_desktop.store import ArchiveError

log = logging.getLogger(__name__)

#: The header every /api/ call must carry (a cross-site form cannot set it).
REQUESTED_WITH = "pe-desktop"

#: How long a phone keeps its device cookie: longer than any workshop day.
COOKIE_MAX_AGE = 24 * 3600

_NOT_FOUND_TEXT = "This link is not valid for the current session. Scan the QR code on the screen again.\n"


class HostCheck:
    """Which ``Host`` header values are this server's own address."""

    def __init__(self, host: str, port: int) -> None:
        self.port = port
        address = ipaddress.ip_address(host)
        self.any_address = address.is_unspecified
        literal = f"[{address.compressed}]" if address.version == 6 else address.compressed
        self.allowed = {f"{literal}:{port}".lower()}
        if port == 80:
            self.allowed.add(literal.lower())

    def __call__(self, value: str | None) -> bool:
        if not value:
            return False
        value = value.strip().lower()
        if value in self.allowed:
            return True
        if not self.any_address:
            return False
        # bound to every interface: accept any IP literal with our port (never a name,
        # which is what a DNS-rebinding page would send)
        host, sep, port = value.rpartition(":")
        if not sep or port != str(self.port):
            return False
        host = host[1:-1] if host.startswith("[") and host.endswith("]") else host
        try:
            ipaddress.ip_address(host)
        except ValueError:
            return False
        return True


def _cookie(request: web.Request) -> str | None:
    """The device cookie's value (a plain scan of the header: cheaper than a full cookie parse per vote)."""
    header = request.headers.get("Cookie")
    if not header:
        return None
    for part in header.split(";"):
        name, _, value = part.strip().partition("=")
        if name == COOKIE_NAME:
            return value
    return None


def _error(status: int, code: str, message: str) -> web.Response:
    response = web.json_response({"error": code, "message": message}, status=status)
    response.headers["Cache-Control"] = "no-store"
    if status == 429:
        response.headers["Retry-After"] = "1"
    return response


def _json(data: dict) -> web.Response:
    response = web.Response(
        body=json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode(),
        content_type="application/json", charset="utf-8",
    )
    response.headers["Cache-Control"] = "no-store"
    return response


class PhoneApp:
    """Builds the aiohttp application for one session and holds its moving parts."""

    def __init__(
        self, voting: PhoneVoting, writer: GroupCommitWriter, token: str, signer: CookieSigner,
        assets: dict[str, Asset], limiter: RateLimiter, readers: Executor,
        on_join: Callable[[dict], None], on_vote: Callable[[dict], None],
        link: PhoneLinkRules | None = None, summary_pdf: SummaryWriter | None = None,
    ) -> None:
        self.voting = voting
        self.writer = writer
        self.token = token
        self.signer = signer
        self.assets = assets
        self.limiter = limiter
        self.readers = readers
        self.hub = EventHub()
        self.host_check: HostCheck | None = None
        self._on_join = on_join
        self._on_vote = on_vote
        self._streams: dict[str, int] = {}
        self._joining: set[str] = set()
        self.link = link or PhoneLinkRules(voting.archive, voting.session_id, None, b"")
        self.results = PhoneResults(voting.archive, voting.session_id, summary_pdf)

    def application(self) -> web.Application:
        app = web.Application(middlewares=[self._gate], client_max_size=MAX_BODY_BYTES)
        app.router.add_get("/j/{token}", self.page)
        app.router.add_get("/static/phone.js", partial(self.asset, "phone.js"))
        app.router.add_get("/static/phone.css", partial(self.asset, "phone.css"))
        app.router.add_get("/favicon.ico", self.no_icon)
        app.router.add_get("/api/state", self.state)
        app.router.add_post("/api/join", self.join)
        app.router.add_post("/api/vote", self.vote)
        app.router.add_get("/api/events", self.events)
        self.link.add_routes(app, self)
        self.results.add_routes(app, self)
        app.on_response_prepare.append(self._headers)
        return app

    # ----------------------------------------------------------------- gate
    @web.middleware
    async def _gate(self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]):
        if self.host_check is None or not self.host_check(request.headers.get("Host")):
            return _error(421, "wrong-host", "this server answers only at its own address")
        if not same_origin(request):
            return _error(403, "wrong-origin", "requests from other sites are refused")
        request_received(request)
        length = request.content_length
        if length is not None and length > MAX_BODY_BYTES:
            return _error(413, "too-large", f"request bodies are limited to {MAX_BODY_BYTES} bytes")
        try:
            return await handler(request)
        except Refused as exc:
            return _error(exc.status, exc.code, exc.message)
        except web.HTTPRequestEntityTooLarge:
            return _error(413, "too-large", f"request bodies are limited to {MAX_BODY_BYTES} bytes")
        except CLIENT_GONE:
            return client_gone(request)
        except web.HTTPException as exc:
            if exc.status >= 500:
                raise
            if request.path.startswith("/api/"):
                return _error(exc.status, "bad-request", exc.reason)
            return web.Response(status=exc.status, text=_NOT_FOUND_TEXT if exc.status == 404 else exc.reason,
                                headers={"Cache-Control": "no-store"})

    async def _headers(self, request: web.Request, response: web.StreamResponse) -> None:
        response.headers.update(SECURITY_HEADERS)

    def _device(self, request: web.Request, need_header: bool = True) -> Device:
        device = self.signer.decode(_cookie(request))
        if device is None:
            raise Refused(403, "no-device", "open the join link from the QR code first")
        if not self.limiter.allow(device.device_id):
            raise Refused(429, "too-many", "too many requests from this phone; wait a moment")
        if need_header and request.headers.get("X-Requested-With") != REQUESTED_WITH:
            raise Refused(403, "bad-header", f"X-Requested-With: {REQUESTED_WITH} is required")
        return device

    async def _body(self, request: web.Request) -> Any:
        if request.content_type != "application/json" or request.headers.get("Content-Encoding"):
            raise Refused(415, "bad-type", "the body must be JSON (Content-Type: application/json)")
        raw = await read_body(request)
        try:
            return json.loads(raw)
        except (ValueError, RecursionError):
            raise Refused(400, "bad-json", "the body is not valid JSON") from None

    async def _read(self, fn: Callable[..., Any], *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self.readers, fn, *args)

    async def _write(self, run: Callable[[], Any], after_commit: Callable[[Any], None]) -> Any:
        try:
            return await self.writer.submit_async(run, after_commit)
        except Refused:
            raise
        except (CommitFailed, WriterStopped, ArchiveError) as exc:
            # nothing of this request was saved, and the phone is told so: it may send it again
            log.warning("voting server: a write was not saved: %s", exc)
            raise Refused(503, "not-saved", "not saved; please try again") from None

    # ---------------------------------------------------------------- pages
    async def page(self, request: web.Request) -> web.StreamResponse:
        if not hmac.compare_digest(request.match_info["token"].encode(), self.token.encode()):
            return web.Response(status=404, text=_NOT_FOUND_TEXT, headers={"Cache-Control": "no-store"})
        asset = self.assets["index.html"]
        response = web.Response(
            body=asset.body, headers={"Content-Type": asset.content_type, "Cache-Control": "no-store"}
        )
        if self.signer.decode(_cookie(request)) is None:
            if not self.link.limits.allow_cookie(request):
                return _error(429, "too-many", "too many new phones from this address; wait a moment")
            self._set_cookie(response, self.signer.new_device())
        return response

    async def asset(self, name: str, request: web.Request) -> web.StreamResponse:
        asset = self.assets[name]
        return web.Response(body=asset.body, headers={"Content-Type": asset.content_type, "Cache-Control": "no-cache"})

    async def no_icon(self, request: web.Request) -> web.StreamResponse:
        """Browsers ask for an icon; answering "none" keeps their consoles (and logs) quiet."""
        return web.Response(status=204, headers={"Cache-Control": "max-age=86400"})

    def _set_cookie(self, response: web.StreamResponse, device: Device) -> None:
        response.set_cookie(
            COOKIE_NAME, self.signer.encode(device), path="/", httponly=True, samesite=COOKIE_SAMESITE, max_age=COOKIE_MAX_AGE,
        )

    # ------------------------------------------------------------------ api
    async def state(self, request: web.Request) -> web.StreamResponse:
        device = self._device(request)
        language = self.voting.check_language(request.query.get("lang"))
        return _json(self.link.add_to_state(
            await self._read(self._state_with_results, language, device.participant_id), device.participant_id))

    def _state_with_results(self, language: str, participant_id: str | None) -> dict:
        return self.results.add_to_state(self.voting.state(language, participant_id))

    async def join(self, request: web.Request) -> web.StreamResponse:
        device = self._device(request)
        group, language = self.voting.check_join(await self._body(request))
        if device.participant_id:
            existing = await self._read(self.voting.participant_exists, device.participant_id)
            if existing:
                return _json({"participant": existing.code, "group": existing.group_id})
        if device.device_id in self._joining:
            raise Refused(409, "busy", "already joining; wait a moment")
        self.link.check_join_rate(request)
        self._joining.add(device.device_id)
        try:
            joined = await self._write(partial(self.link.commit_join, self.voting, group, language), self._on_join)
        finally:
            self._joining.discard(device.device_id)
        response = _json({"participant": joined["code"], "group": joined["group"]})
        self._set_cookie(response, Device(device.device_id, joined["id"]))
        return response

    # the parts the link rules (pe_desktop.server.links) build on
    def device_for(self, request: web.Request, need_header: bool = True) -> Device:
        return self._device(request, need_header)

    async def json_body(self, request: web.Request) -> Any:
        return await self._body(request)

    async def read_in_thread(self, fn: Callable[..., Any], *args: Any) -> Any:
        return await self._read(fn, *args)

    def rejoined(self, device: Device, participant_id: str) -> web.StreamResponse:
        """This phone is now ``participant_id`` (a person who came back with their rejoin code)."""
        response = _json({"rejoined": True})
        self._set_cookie(response, Device(device.device_id, participant_id))
        return response

    async def vote(self, request: web.Request) -> web.StreamResponse:
        device = self._device(request)
        item, value, rnd = self.voting.check_vote(await self._body(request))
        if not device.participant_id:
            raise Refused(403, "not-joined", "join the session first")
        saved = await self._write(
            partial(self.voting.commit_vote, device.participant_id, item, value, rnd), self._on_vote
        )
        return _json({"saved": True, "item": saved["item"], "value": saved["value"], "round": saved["round"]})

    async def events(self, request: web.Request) -> web.StreamResponse:
        device = self._device(request, need_header=False)
        if self.hub.closed:
            raise Refused(503, "stopping", "the voting server is stopping")
        if self._streams.get(device.device_id, 0) >= MAX_STREAMS_PER_DEVICE:
            raise Refused(429, "too-many", "too many open event streams from this phone")
        if request.method == "HEAD":  # the headers a stream would have, and no body
            return web.Response(headers={"Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store"})
        response = web.StreamResponse(headers={
            "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store", "X-Accel-Buffering": "no",
        })
        self._streams[device.device_id] = self._streams.get(device.device_id, 0) + 1
        queue = self.hub.subscribe()
        try:
            await response.prepare(request)
            await response.write(f"retry: {RETRY_MS}\n: connected\n\n".encode())
            while True:
                try:
                    message = await asyncio.wait_for(queue.get(), KEEPALIVE_SECONDS)
                except TimeoutError:
                    message = b": keepalive\n\n"
                if is_close(message):
                    break
                await response.write(message)
        except ConnectionError:
            pass  # the phone went away; it reconnects and refetches the state
        finally:
            self.hub.unsubscribe(queue)
            left = self._streams.get(device.device_id, 1) - 1
            if left > 0:
                self._streams[device.device_id] = left
            else:
                self._streams.pop(device.device_id, None)
        return response
