"""VotingServer: phone voting for one session, in a background thread.

The GUI (and ``pe-desktop serve``) owns one of these while a session is open:

    server = VotingServer(archive, session_id, "192.168.4.1")
    server.on_vote = lambda vote: ...      # writer thread, after the commit
    server.start()                          # returns once listening
    show_qr(server.join_url)
    server.notify("item-opened", {"item": "continual"})
    server.stop()

The server runs its own asyncio loop in a daemon thread, so it works the same
under Qt's event loop, in a terminal, or in a test; it never imports Qt. The
callbacks run in the server's writer thread: the GUI turns them into queued
Qt signals and redraws on a timer.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from aiohttp import web
from aiohttp.http_exceptions import HttpProcessingError

from pe_desktop.server.app import HostCheck, PhoneApp
from pe_desktop.server.assets import load_assets
from pe_desktop.server.credentials import session_link
from pe_desktop.server.events import format_event
from pe_desktop.server.guard import ConnectionGuard, GuardedSite, ResourceLog
from pe_desktop.server.limits import DEFAULT_BURST, DEFAULT_RATE, RateLimiter
from pe_desktop.server.links import PhoneLinkRules
from pe_desktop.server.results import SummaryWriter
from pe_desktop.server.tokens import CookieSigner, check_join_token
from pe_desktop.server.voting import PhoneVoting
from pe_desktop.server.writer import DEFAULT_MAX_BATCH, GroupCommitWriter
from pe_desktop.store import Archive
from pe_desktop.store.phone_credentials import join_cap, set_join_cap

log = logging.getLogger(__name__)

#: Pending connections the kernel may queue: a whole room scanning the QR code at once.
LISTEN_BACKLOG = 1024

#: Idle keep-alive connections are closed after this long (phones reconnect freely).
KEEPALIVE_TIMEOUT = 75.0

#: How long stop() lets requests in flight finish before closing their connections.
SHUTDOWN_GRACE = 5.0

VoteCallback = Callable[[dict], None]


class _ClientGarbageFilter(logging.Filter):
    """A malformed request is the phone's fault and already answered with 400: not worth an error in the log."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, HttpProcessingError)


http_log = logging.getLogger("pe_desktop.server.http")
http_log.addFilter(_ClientGarbageFilter())


def check_host(host: str) -> str:
    """``host`` must be an IP address literal: phones treat short names as web searches."""
    try:
        return ipaddress.ip_address(host.strip("[]")).compressed
    except ValueError:
        raise ValueError(
            f"host: {host!r} is not an IP address (the server binds to one address, never a name)"
        ) from None


def is_any_address(host: str) -> bool:
    """True for 0.0.0.0 / :: (every interface), which the facilitator must choose explicitly."""
    return ipaddress.ip_address(host.strip("[]")).is_unspecified


class VotingServer:
    """Local-network voting for one session (docs/design.md §6).

    ``token`` and ``secret`` default to the session's saved link (drawn and
    saved in the archive the first time), so after any restart the printed QR
    code and every phone's cookie stay valid.
    """

    def __init__(
        self, archive: Archive, session_id: str, host: str, port: int = 0, *,
        token: str | None = None, secret: bytes | None = None,
        rate: float = DEFAULT_RATE, burst: int = DEFAULT_BURST, max_batch: int = DEFAULT_MAX_BATCH,
        on_vote: VoteCallback | None = None, on_join: VoteCallback | None = None,
        summary_pdf: SummaryWriter | None = None,
    ) -> None:
        self.archive = archive
        self.session_id = session_id
        self.host = check_host(host)
        if is_any_address(self.host):
            log.warning("voting server: listening on every network interface (%s), as asked", self.host)
        if not isinstance(port, int) or not 0 <= port <= 65535:
            raise ValueError(f"port: {port!r} must be 0..65535 (0 = any free port)")
        self._requested_port = port
        link = session_link(archive, session_id)  # kept in the archive: the same link after any restart
        self.token = check_join_token(token) if token is not None else link.token
        self.secret = secret if secret is not None else link.secret
        self.short_code = link.short_code
        #: called after a vote is committed: {participant_id, participant, group, item, value, round}
        self.on_vote = on_vote
        #: called after a phone joined: {id, code, group, language}
        self.on_join = on_join
        #: writes the summary PDF phones may download once the session has ended (None: no PDF offered)
        self.summary_pdf = summary_pdf
        self._voting = PhoneVoting(archive, session_id)  # fails early on an unknown session
        self._rate, self._burst, self._max_batch = rate, burst, max_batch
        self._joined: set[str] = set()
        self._votes_saved = 0
        self._joined_lock = threading.Lock()
        self._port: int | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop_event: asyncio.Event | None = None
        self._phone_app: PhoneApp | None = None
        self._writer: GroupCommitWriter | None = None
        self._rules: PhoneLinkRules | None = None
        self.guard = ConnectionGuard()
        self.resource_log = ResourceLog()

    # ------------------------------------------------------------ properties
    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("the voting server is not running")
        return self._port

    @property
    def url(self) -> str:
        address = ipaddress.ip_address(self.host)
        literal = f"[{address.compressed}]" if address.version == 6 else address.compressed
        return f"http://{literal}:{self.port}"

    @property
    def join_url(self) -> str:
        """What the QR code carries: ``http://<ip>:<port>/j/<token>``."""
        return f"{self.url}/j/{self.token}"

    @property
    def short_url(self) -> str:
        """The address a person can type: ``http://<ip>:<port>/K7Q4`` (no 0/O/1/I/L)."""
        return f"{self.url}/{self.short_code}"

    @property
    def join_cap(self) -> int:
        """The most phones this session takes (kept in the archive)."""
        return join_cap(self.archive, self.session_id)

    def set_join_cap(self, cap: int) -> None:
        """Let more (or fewer) phones join; takes effect at the next join (ValidationError on a bad number)."""
        set_join_cap(self.archive, self.session_id, cap)

    @property
    def phone_count(self) -> int:
        """Phone participants of the session (all servers, all restarts): what the cap counts."""
        return self.archive.participant_count(self.session_id, "phone")

    @property
    def joins_refused(self) -> int:
        """Joins turned away since start: by the session's cap, or by the per-address limit."""
        rules = self._rules
        return 0 if rules is None else rules.cap_refused + rules.limits.refused

    @property
    def joins_refused_by_cap(self) -> int:
        """Joins turned away since start because the session's cap was reached (the GUI offers to raise it)."""
        rules = self._rules
        return 0 if rules is None else rules.cap_refused

    @property
    def joined_count(self) -> int:
        """Phones that joined through this server since it started."""
        with self._joined_lock:
            return len(self._joined)

    @property
    def votes_saved(self) -> int:
        """Votes committed through this server since it started (changed votes count again)."""
        return self._votes_saved

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive() and self._port is not None

    @property
    def stats(self) -> dict[str, float]:
        """Writer figures (for benches and the log): commits, writes done, slowest batch in seconds."""
        writer = self._writer
        if writer is None:
            return {"commits": 0, "writes": 0, "slowest_batch": 0.0}
        return {"commits": writer.commits, "writes": writer.jobs_done, "slowest_batch": writer.slowest_batch}

    # ------------------------------------------------------------- lifecycle
    def start(self, timeout: float = 15.0) -> None:
        """Bind and start serving; returns once listening (raises OSError if the port is taken)."""
        if self._thread is not None:
            raise RuntimeError("the voting server was already started")
        assets = load_assets()
        ready = threading.Event()
        failure: list[BaseException] = []
        self._writer = GroupCommitWriter(self.archive, self._max_batch)
        self._thread = threading.Thread(
            target=self._thread_main, args=(assets, ready, failure), name="pe-voting-server", daemon=True
        )
        self._writer.start()
        self._thread.start()
        if not ready.wait(timeout):
            raise TimeoutError(f"the voting server did not start within {timeout} s")
        if failure:
            self._thread.join(timeout)
            self._writer.stop()
            self._thread = None
            raise failure[0]
        log.info("voting server: listening at %s", self.url)

    def stop(self, timeout: float = 30.0) -> None:
        """Close every stream, let requests in flight finish, save queued votes, stop. Idempotent."""
        thread, loop, stop_event = self._thread, self._loop, self._stop_event
        if thread is None or loop is None or stop_event is None:
            return
        if thread.is_alive():
            with contextlib.suppress(RuntimeError):  # the loop already ended
                loop.call_soon_threadsafe(stop_event.set)
            thread.join(timeout)
        if self._writer is not None:
            self._writer.stop(timeout)
        self._port = None

    def __enter__(self) -> VotingServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def notify(self, event: str, data: dict[str, Any] | None = None) -> bool:
        """Tell every phone that something changed (thread-safe; call from any thread).

        ``event`` is e.g. ``"item-opened"``, ``"item-closed"``, ``"revealed"``,
        ``"round-changed"``; ``data`` a small JSON-safe dict. Phones fetch the
        state again on any event. Returns False when the server is not running.
        """
        data = dict(data or {})
        format_event(0, event, data)  # raises now, in the caller's thread, on a bad name or data
        loop, app = self._loop, self._phone_app
        if loop is None or app is None or not self.running:
            return False
        try:
            loop.call_soon_threadsafe(app.hub.publish, event, data)
        except RuntimeError:
            return False
        return True

    # ---------------------------------------------------------------- thread
    def _after_join(self, joined: dict) -> None:
        with self._joined_lock:
            self._joined.add(joined["id"])
        callback = self.on_join
        if callback is not None:
            callback(dict(joined))

    def _after_vote(self, vote: dict) -> None:
        self._votes_saved += 1  # only the writer thread counts
        callback = self.on_vote
        if callback is not None:
            callback(dict(vote))

    def _thread_main(self, assets: dict, ready: threading.Event, failure: list[BaseException]) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._serve(assets, ready, failure))
        except BaseException as exc:  # report start-up failures to start()
            if not ready.is_set():
                failure.append(exc)
                ready.set()
            else:
                log.exception("voting server: stopped by an error")
        finally:
            try:
                loop.run_until_complete(loop.shutdown_asyncgens())
            finally:
                loop.close()

    async def _serve(self, assets: dict, ready: threading.Event, failure: list[BaseException]) -> None:
        assert self._writer is not None
        self._stop_event = asyncio.Event()
        readers = ThreadPoolExecutor(max_workers=2, thread_name_prefix="pe-voting-read")
        phone_app = PhoneApp(
            self._voting, self._writer, self.token, CookieSigner(self.session_id, self.secret), assets,
            RateLimiter(self._rate, self._burst), readers, self._after_join, self._after_vote,
            PhoneLinkRules(self.archive, self.session_id, self.short_code, self.secret),
            summary_pdf=self.summary_pdf,
        )
        self._rules = phone_app.link
        asyncio.get_running_loop().set_exception_handler(self.resource_log)
        runner = web.AppRunner(
            phone_app.application(), access_log=None, keepalive_timeout=KEEPALIVE_TIMEOUT,
            shutdown_timeout=SHUTDOWN_GRACE, auto_decompress=False, logger=http_log,
        )
        await runner.setup()
        try:
            site = GuardedSite(runner, self.host, self._requested_port, self.guard, backlog=LISTEN_BACKLOG)
            await site.start()
            port = runner.addresses[0][1]
            phone_app.host_check = HostCheck(self.host, port)
            self._phone_app = phone_app
            self._port = port
            ready.set()
            await self._stop_event.wait()
            phone_app.hub.close_all()
        finally:
            await runner.cleanup()
            readers.shutdown(wait=True)
            phone_app.results.close()
