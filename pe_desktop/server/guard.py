"""Keeping the phone server available when one client misbehaves (issue 13).

A phone on the hotspot is not trusted. Before this module, one client could
hold a thousand half-sent requests open, fill the laptop's open files and
lock every other phone out, or mint participants without end. Here:

- every connection must send a request within :data:`FIRST_BYTE_DEADLINE`
  seconds of opening (aiohttp's keep-alive timeout closes idle ones later), and a request's
  head must arrive within :data:`REQUEST_DEADLINE` seconds of its first
  byte, or the connection is dropped (slow headers); the handlers time out
  body reads themselves (:data:`BODY_TIMEOUT`, 408);
- one address holds at most :data:`MAX_CONNECTIONS_PER_ADDRESS` connections;
  more are closed as soon as they are accepted, so they cost no file for long;
- running out of files is logged once a minute, never per connection, and
  the loop simply waits before accepting again;
- aiohttp's own error answers (bad request line, oversized header ...) carry
  the security headers and a fixed text: nothing of the request is echoed.

The laptop itself (a connection from the server's own address) is not
capped: it is the facilitator's machine, which holds the archive anyway.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import time
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

from aiohttp import web
from aiohttp.web_protocol import RequestHandler

from pe_desktop.server.limits import RateLimiter

log = logging.getLogger(__name__)

#: Seconds a request's head may take to arrive, from its first byte.
REQUEST_DEADLINE = 10.0

#: Seconds a new connection may stay silent (a phone sends at once; a busy
#: browser or a slow network may take a while, so longer than a head's deadline).
FIRST_BYTE_DEADLINE = 30.0

#: Seconds a handler waits for a request body (a phone sends 40 bytes at once).
BODY_TIMEOUT = 5.0

#: Connections one address may hold open (a phone browser uses six, plus a few tabs' event streams).
MAX_CONNECTIONS_PER_ADDRESS = 32

#: New participants one address may add at once, then one per :data:`JOIN_INTERVAL` seconds.
JOIN_BURST = 5
JOIN_INTERVAL = 10.0

#: New device cookies one address may be given at once, then one a second.
COOKIE_BURST = 30

#: Seconds between two "out of files" log lines.
RESOURCE_LOG_INTERVAL = 60.0

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
#: Headers of every answer, aiohttp's own errors included.
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Server": "pe-desktop",
}

_RESOURCE_ERRORS = frozenset({errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM})


def _host(address: Any) -> str:
    return str(address[0]) if isinstance(address, tuple) and address else ""


def is_local(request: web.Request) -> bool:
    """True when the request comes from the laptop itself (its own address)."""
    transport = request.transport
    if transport is None:
        return False
    return _host(transport.get_extra_info("peername")) == _host(transport.get_extra_info("sockname"))


class AddressLimits:
    """Per-address join and cookie rate limits (the laptop itself is not limited)."""

    def __init__(self, join_burst: int = JOIN_BURST, join_interval: float = JOIN_INTERVAL) -> None:
        self._joins = RateLimiter(1.0 / join_interval, join_burst)
        self._cookies = RateLimiter(1.0, COOKIE_BURST)
        #: joins refused by the per-address limit (for the facilitator's count)
        self.refused = 0

    def allow_join(self, request: web.Request) -> bool:
        if is_local(request) or self._joins.allow(request.remote or ""):
            return True
        self.refused += 1
        return False

    def allow_cookie(self, request: web.Request) -> bool:
        return is_local(request) or self._cookies.allow(request.remote or "")


def request_received(request: web.Request) -> None:
    """The request's head is in and its handler runs: the server's own work is not timed.

    (A body is read with :data:`BODY_TIMEOUT`; a slow commit under load must
    not cost the phone its answer.)
    """
    mark = getattr(request.transport, "request_received", None)
    if mark is not None:
        mark()


class _WatchedTransport:
    """The real transport, telling its connection when an answer starts going out."""

    def __init__(self, transport: asyncio.Transport, on_write: Callable[[], None],
                 on_received: Callable[[], None]) -> None:
        self._transport = transport
        self._on_write = on_write
        self.request_received = on_received

    def write(self, data: Any) -> None:
        self._on_write()
        self._transport.write(data)

    def writelines(self, data: Any) -> None:
        self._on_write()
        self._transport.writelines(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


class _GuardedConnection(asyncio.Protocol):
    """Wraps aiohttp's protocol for one connection: address cap and request deadline."""

    def __init__(self, guard: ConnectionGuard, inner: asyncio.Protocol) -> None:
        self._guard = guard
        self._inner = inner
        self._host = ""
        self._admitted = False
        self._transport: asyncio.Transport | None = None
        self._deadline: asyncio.TimerHandle | None = None
        self._handling = False  # a request's head is in: from here on the time is the server's, not the client's
        self._tail = b""  # the last bytes of an unfinished request head (its end may straddle two reads)

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._host = _host(transport.get_extra_info("peername"))
        local = self._host == _host(transport.get_extra_info("sockname"))
        if not self._guard.admit(self._host, local):
            transport.abort()
            return
        self._admitted = True
        self._transport = transport
        self._arm(self._guard.first_byte_deadline)
        self._inner.connection_made(_WatchedTransport(transport, self._answered, self._received))  # type: ignore[arg-type]

    def _arm(self, seconds: float | None = None) -> None:
        if self._deadline is None and not self._handling:
            self._deadline = asyncio.get_running_loop().call_later(seconds or self._guard.deadline, self._expire)

    def _received(self) -> None:
        self._handling = True
        self._disarm()

    def _answered(self) -> None:
        self._handling = False
        self._disarm()

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _expire(self) -> None:
        self._deadline = None
        self._guard.expired += 1
        if self._transport is not None:
            self._transport.abort()

    def data_received(self, data: bytes) -> None:
        if not self._handling:
            if self._tail == b"" and self._deadline is not None:
                self._disarm()  # the first byte of a head: its own, shorter deadline starts
            self._arm()
            seen = self._tail + data
            if b"\r\n\r\n" in seen:  # the head is complete (a body is the handler's, with its own timeout)
                self._tail = b""
                self._received()
            else:
                self._tail = seen[-3:]
        self._inner.data_received(data)

    def eof_received(self) -> bool | None:
        return self._inner.eof_received()

    def pause_writing(self) -> None:
        self._inner.pause_writing()

    def resume_writing(self) -> None:
        self._inner.resume_writing()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        if self._admitted:
            self._admitted = False
            self._guard.release(self._host)
            self._inner.connection_lost(exc)


class ConnectionGuard:
    """Per-address connection counts and the request deadline, shared by every connection."""

    def __init__(self, per_address: int = MAX_CONNECTIONS_PER_ADDRESS, deadline: float = REQUEST_DEADLINE,
                 first_byte_deadline: float = FIRST_BYTE_DEADLINE) -> None:
        self.per_address = per_address
        self.deadline = deadline
        self.first_byte_deadline = first_byte_deadline
        self._open: dict[str, int] = {}
        #: connections closed at once because their address had too many
        self.refused = 0
        #: connections dropped for taking too long to send a request
        self.expired = 0

    def admit(self, host: str, local: bool) -> bool:
        count = self._open.get(host, 0)
        if count >= self.per_address and not local:
            self.refused += 1
            return False
        self._open[host] = count + 1
        return True

    def release(self, host: str) -> None:
        left = self._open.get(host, 1) - 1
        if left > 0:
            self._open[host] = left
        else:
            self._open.pop(host, None)

    def wrap(self, factory: Callable[[], asyncio.Protocol]) -> Callable[[], asyncio.Protocol]:
        """A protocol factory for ``loop.create_server`` that guards every connection ``factory`` makes."""

        def make() -> asyncio.Protocol:
            inner = factory()
            _quiet_errors(inner)
            return _GuardedConnection(self, inner)

        return make


class _QuietErrors(RequestHandler):
    """aiohttp's protocol, with its own error answers made safe: security headers, a fixed text.

    aiohttp builds those answers (bad request line, oversized header, a
    handler's crash) outside the application, so no middleware or
    ``on_response_prepare`` sees them, and its 400s repeat request bytes.
    """

    __slots__ = ()

    def handle_error(self, request: Any, status: int = 500, exc: BaseException | None = None,
                     message: str | None = None) -> web.StreamResponse:
        super().handle_error(request, status, exc, None)  # logs as aiohttp does; refuses if an answer began
        try:
            phrase = HTTPStatus(status).phrase
        except ValueError:
            phrase = "Error"
        response = web.Response(status=status, text=f"{status} {phrase}\n",
                                headers={**SECURITY_HEADERS, "Cache-Control": "no-store"})
        response.force_close()
        return response


def _quiet_errors(handler: asyncio.Protocol) -> None:
    if type(handler) is RequestHandler:
        handler.__class__ = _QuietErrors  # same layout (no new slots): only handle_error differs


class ResourceLog:
    """An asyncio exception handler: "out of files" once a minute, dropped clients not at all."""

    def __init__(self, interval: float = RESOURCE_LOG_INTERVAL, clock: Callable[[], float] = time.monotonic) -> None:
        self._interval = interval
        self._clock = clock
        self._last: float | None = None
        #: resource errors seen (logged or not)
        self.resource_errors = 0

    def __call__(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        if isinstance(exc, OSError) and exc.errno in _RESOURCE_ERRORS:
            self.resource_errors += 1
            now = self._clock()
            if self._last is None or now - self._last >= self._interval:
                self._last = now
                log.warning("voting server: out of open files or memory (%s); new connections wait until some close",
                            exc.strerror or exc)
            return
        if isinstance(exc, (ConnectionResetError, BrokenPipeError, ConnectionAbortedError)):
            return  # a phone that went away is not an error
        loop.default_exception_handler(context)


class GuardedSite(web.BaseSite):
    """Like aiohttp's TCPSite, with every connection passing the :class:`ConnectionGuard`."""

    def __init__(self, runner: web.BaseRunner, host: str, port: int, guard: ConnectionGuard, backlog: int) -> None:
        super().__init__(runner, backlog=backlog)
        self._host = host
        self._port = port
        self._guard = guard

    @property
    def name(self) -> str:
        return f"http://{self._host}:{self._port}"

    async def start(self) -> None:
        await super().start()
        loop = asyncio.get_running_loop()
        server = self._runner.server
        assert server is not None
        self._server = await loop.create_server(
            self._guard.wrap(server), self._host, self._port, backlog=self._backlog, reuse_address=True,
        )
