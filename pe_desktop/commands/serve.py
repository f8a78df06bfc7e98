"""``pe-desktop serve SESSION``: phone voting without the GUI (docs/design.md §9, §6).

Opens every item of the session's current round (round 1 for a session that
has not moved on), prints the join URL on a line of its own, and serves until
Ctrl-C or SIGTERM; then it stops cleanly: votes in flight are saved and
answered, and the items it opened are closed again. Listens on 127.0.0.1
unless ``--host`` names another address; 0.0.0.0 (every interface) only when
asked for by name, and then with a warning.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from typing import TYPE_CHECKING

from pe_desktop.commands.common import AddCommand, CommandError, find_session, open_archive
from pe_desktop.core.vocab import SessionStatus
from pe_desktop.store.errors import ValidationError

if TYPE_CHECKING:
    from pe_desktop.server import VotingServer

DEFAULT_HOST = "127.0.0.1"


def register(add: AddCommand) -> None:
    cmd = add("serve", run_serve, "phone voting without the GUI; prints the join URL")
    cmd.add_argument("session", help="session id (or a unique prefix of it)")
    cmd.add_argument("--host", metavar="H", default=None,
                     help=f"IP address to listen on, e.g. the hotspot's (default {DEFAULT_HOST})")
    cmd.add_argument("--port", metavar="P", type=int, default=0, help="port to listen on (default: any free port)")
    cmd.add_argument("--max-phones", metavar="N", type=int, default=None,
                     help="let up to N phones join the session (kept with the session; default 300)")


def _checked_host(value: str | None) -> str:
    from pe_desktop.server import check_host

    try:
        return check_host(value or DEFAULT_HOST)
    except ValueError:
        raise CommandError(
            f"--host: {value!r} is not an IP address (give the address to listen on, e.g. 192.168.4.1)"
        ) from None


def _wait(server: VotingServer, stop: threading.Event) -> None:
    """Serve until stopped, telling the facilitator when phones are turned away."""
    told = 0
    while not stop.wait(1.0):
        refused = server.joins_refused
        if refused > told:
            told = refused
            print(f"{refused} joins turned away so far ({server.phone_count} phones in, cap {server.join_cap}); "
                  "to let more in, restart with --max-phones N", file=sys.stderr, flush=True)


def run_serve(args: argparse.Namespace) -> int:
    from pe_desktop.report import write_summary_pdf
    from pe_desktop.server import VotingServer, is_any_address

    host = _checked_host(args.host)
    if not 0 <= args.port <= 65535:
        raise CommandError(f"--port: {args.port} is not a port number (0..65535; 0 = any free port)")
    if is_any_address(host):
        print(
            f"pe-desktop: warning: --host {host} listens on every network this computer is connected to; "
            "phones must use this computer's own address in the join URL below",
            file=sys.stderr, flush=True,
        )
    with open_archive(args) as archive:
        sid = find_session(archive, args.session)
        session = archive.session(sid)
        if session.status == SessionStatus.CLOSED:
            raise CommandError(f"session {sid}: is closed; phone voting needs an open session")
        if session.deleted_at is not None:
            raise CommandError(f"session {sid}: is deleted")
        rnd = session.current_round
        items = archive.instrument(sid).item_keys
        # the session's saved link: the same after a restart; phones may download the summary once it has ended
        server = VotingServer(archive, sid, host, args.port, summary_pdf=write_summary_pdf)
        if args.max_phones is not None:
            try:
                server.set_join_cap(args.max_phones)
            except ValidationError as exc:
                raise CommandError(f"--max-phones: {exc}") from None
        stop = threading.Event()
        previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            try:
                server.start()  # before touching the archive: a port in use changes nothing
            except OSError as exc:
                raise CommandError(f"--port {args.port}: cannot listen on {host} ({exc.strerror or exc})") from None
            if session.status == SessionStatus.DRAFT:
                archive.set_status(sid, SessionStatus.OPEN)
            archive.set_item_states(sid, rnd, items, "open")
            print(f"Phone voting for {session.title!r}, round {rnd}: {len(items)} items open.", flush=True)
            print("Open this address on a phone (or put it in a QR code):", flush=True)
            print(server.join_url, flush=True)
            print(f"Or type: {server.short_url}", flush=True)
            print(f"Up to {server.join_cap} phones may join (--max-phones to change). Press Ctrl-C to stop.", flush=True)
            _wait(server, stop)
            server.stop()
            archive.set_item_states(sid, rnd, items, "closed")
            print(
                f"Stopped: {server.joined_count} phones joined; {server.votes_saved} votes saved.",
                file=sys.stderr,
                flush=True,
            )
        finally:
            server.stop()
            for sig, handler in previous.items():
                signal.signal(sig, handler)
    return 0
