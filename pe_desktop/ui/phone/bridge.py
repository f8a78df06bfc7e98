"""Phone voting in the GUI: the bridge between the voting server and Qt.

The :class:`~pe_desktop.server.VotingServer` runs its own asyncio loop in a
background thread and knows nothing of Qt; the widgets live in the GUI
thread and must never be touched from another one. The bridge sits between
them, owned by the session console:

- server → GUI: the server calls ``on_join`` / ``on_vote`` from its writer
  thread after each commit. The bridge only emits a private signal there,
  delivered queued into the GUI thread; the slots mark the controller dirty
  and note the join. Redraws happen on timers (the controller's 10 Hz one for
  ratings, the bridge's own for the joined count), never per vote, so a room
  voting at once costs a few redraws, not one per phone.
- GUI → phones: the controller's state listener (open / close / reveal /
  round / session closed) is mapped to the server's event names and handed
  to ``server.notify``, which is thread-safe. Phones refetch their state on
  any event.
- the projector's join screen gets the URL, a QR code (segno, PNG) and the
  number of phones joined.

The join token and cookie secret are kept per session in the settings (also
across restarts of the app), so stopping and starting again (another port, a dropped hotspot) keeps the
printed ballots' QR code valid if the address and port are the same, and
every phone stays the same participant.
"""

from __future__ import annotations

import io
import ipaddress
from typing import TYPE_CHECKING

import segno
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot

from pe_desktop.core.vocab import Channel, SessionStatus
from pe_desktop.server import (
    ITEM_CLOSED,
    ITEM_OPENED,
    REVEALED,
    ROUND_CHANGED,
    SESSION_CLOSED,
    VotingServer,
    check_host,
)
from pe_desktop.server.credentials import session_link
from pe_desktop.session.ops import set_phone_cap
from pe_desktop.store.phone_credentials import join_cap
from pe_desktop.ui.controller import SessionController
from pe_desktop.ui.phone.address_dialog import DEFAULT_PORT
from pe_desktop.ui.phone.hotspot import hotspot_qr_text
from pe_desktop.ui.settings import open_settings, phone_credentials

if TYPE_CHECKING:
    from pathlib import Path

    from pe_desktop.store import Archive
    from pe_desktop.ui.projector.window import ProjectorWindow

#: Pixels per QR module in the PNG: a version-3/4 code with its quiet zone is
#: ~800 px across, so the projector only ever scales it down (crisp edges).
QR_SCALE = 20

#: How often the joined count is brought up to date while phones join.
JOIN_REFRESH_MS = 200

#: Controller state events → server event names (docs/design.md §6). "pending" (an item
#: put back) closes voting on the phones too; "item" (the console's selection)
#: is the facilitator's business and not sent.
_ITEM_EVENTS = {"open": ITEM_OPENED, "closed": ITEM_CLOSED, "pending": ITEM_CLOSED, "revealed": REVEALED}


def qr_png(url: str, scale: int = QR_SCALE) -> bytes:
    """The join URL as a black-on-white QR code PNG (error level M, 4-module quiet zone)."""
    buffer = io.BytesIO()
    segno.make(url, error="m", micro=False).save(buffer, kind="png", scale=scale, border=4,
                                                 dark="#000000", light="#ffffff")
    return buffer.getvalue()


def server_event(event: str, data: dict) -> tuple[str, dict] | None:
    """The (event, data) phones get for a controller state event, or None if phones need not know."""
    if event == "closed" and "items" not in data:
        return SESSION_CLOSED, {"round": data.get("round")}
    if event in _ITEM_EVENTS:
        return _ITEM_EVENTS[event], {"items": list(data.get("items", [])), "round": data.get("round")}
    if event == "round":
        return ROUND_CHANGED, {"round": data.get("round")}
    return None



def _write_summary_pdf(archive: Archive, session_id: str, out_path: Path, *, language: str) -> Path:
    """The summary PDF phones download once the session has ended (reportlab loaded only when one is asked for)."""
    from pe_desktop.report import write_summary_pdf

    return write_summary_pdf(archive, session_id, out_path, language=language)

class PhoneVotingBridge(QObject):
    """Owns the session's voting server while phone voting runs; lives in the GUI thread."""

    #: The server started (True) or stopped (False).
    runningChanged = Signal(bool)
    #: Phones joined so far in this session (phone participants in the archive).
    joinedChanged = Signal(int)
    #: A phone joined: {id, code, group, language}; emitted in the GUI thread.
    phoneJoined = Signal(dict)
    #: A phone vote was committed: {participant_id, participant, group, item, value, round}; GUI thread.
    voteReceived = Signal(dict)
    #: The join cap changed, or phones were turned away because it was reached.
    capChanged = Signal()

    # Internal: emitted from the server's writer thread, delivered queued.
    _joinFromServer = Signal(object)
    _voteFromServer = Signal(object)

    def __init__(self, controller: SessionController, projector: ProjectorWindow | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.projector = projector
        self._server: VotingServer | None = None
        # token and secret live in the archive now; one kept by an older version seeds it
        token, secret = phone_credentials(open_settings(), controller.session_id)
        if token and secret:
            session_link(controller.archive, controller.session_id, (token, secret))
        self._join_url: str | None = None
        self._qr: bytes | None = None
        self._joined = 0
        self._joins_pending = False
        self._cap_refused_seen = 0  # the server's cap refusals when the facilitator last set the cap
        self._cap_refused = 0
        self._joinFromServer.connect(self._joined_in_gui, Qt.ConnectionType.QueuedConnection)
        self._voteFromServer.connect(self._voted_in_gui, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self)
        self._timer.setInterval(JOIN_REFRESH_MS)
        self._timer.timeout.connect(self._tick)
        controller.add_state_listener(self._state_event)
        controller.participantsChanged.connect(self._recount)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)  # a quit that skips the console's closeEvent

    # ------------------------------------------------------------ properties
    @property
    def running(self) -> bool:
        return self._server is not None and self._server.running

    @property
    def join_url(self) -> str | None:
        """``http://<ip>:<port>/j/<token>`` while running, else None."""
        return self._join_url if self.running else None

    @property
    def qr_png(self) -> bytes | None:
        return self._qr if self.running else None

    @property
    def joined_count(self) -> int:
        return self._joined

    @property
    def server(self) -> VotingServer | None:
        return self._server

    @property
    def join_cap(self) -> int:
        """The most phones the session takes (kept in the archive; the server reads it on every join)."""
        return join_cap(self.controller.archive, self.controller.session_id)

    @property
    def cap_refused(self) -> int:
        """Phones turned away because the cap was reached, since it was last set (0 while not running)."""
        return max(0, self._cap_refused - self._cap_refused_seen) if self.running else 0

    def set_join_cap(self, cap: int) -> None:
        """Let up to ``cap`` phones join, through the session op; the running server applies it at the next join.

        ValidationError (naming the value) for a number out of range.
        """
        set_phone_cap(self.controller.archive, self.controller.session_id, cap)
        self._cap_refused_seen = self._cap_refused
        self.capChanged.emit()

    # ------------------------------------------------------------- lifecycle
    def start(self, host: str, port: int = DEFAULT_PORT) -> str:
        """Listen on ``host``:``port`` (0 = any free port); returns the join URL.

        OSError if the port is taken or the address is not this computer's;
        ValueError for a name, 0.0.0.0 / :: (the GUI always binds to one
        chosen address), or a closed session. Starting while running restarts.
        """
        address = check_host(host)
        if ipaddress.ip_address(address).is_unspecified:
            raise ValueError(f"host: {host!r} means every network; choose the address phones will use")
        session = self.controller.archive.session(self.controller.session_id)
        if session.status == SessionStatus.CLOSED:
            raise ValueError("session: is closed; phone voting needs a session that is not closed")
        self.stop()
        server = VotingServer(
            self.controller.archive, self.controller.session_id, address, port,
            on_vote=self._vote_from_server, on_join=self._join_from_server, summary_pdf=_write_summary_pdf,
        )
        server.start()  # raises OSError when the port is taken
        self._server = server
        self._join_url = server.join_url
        self._qr = qr_png(self._join_url)
        self._joined = self._count_phones()
        self._cap_refused = self._cap_refused_seen = 0
        self._timer.start()
        self._show_join_info()
        self.runningChanged.emit(True)
        self.joinedChanged.emit(self._joined)
        return self._join_url

    @Slot()
    def stop(self) -> None:
        """Stop the server (votes in flight are saved and answered first). Idempotent."""
        server = self._server
        if server is None:
            return
        self._server = None
        self._timer.stop()
        server.stop()
        server.on_vote = server.on_join = None
        self._join_url = None
        self._qr = None
        self._show_join_info()
        self.runningChanged.emit(False)
        self.capChanged.emit()

    def shutdown(self) -> None:
        """Stop and stop listening to the controller (the console is closing)."""
        self.stop()
        self.controller.remove_state_listener(self._state_event)

    # -------------------------------------------------- server thread → GUI
    def _join_from_server(self, joined: dict) -> None:
        """Runs in the server's writer thread: only emit, never touch Qt objects' state."""
        self._joinFromServer.emit(joined)

    def _vote_from_server(self, vote: dict) -> None:
        """Runs in the server's writer thread: only emit."""
        self._voteFromServer.emit(vote)

    @Slot(object)
    def _joined_in_gui(self, joined: dict) -> None:
        self._joins_pending = True
        self.phoneJoined.emit(joined)

    @Slot(object)
    def _voted_in_gui(self, vote: dict) -> None:
        self.controller.mark_dirty()  # the controller's 10 Hz timer redraws
        self.voteReceived.emit(vote)

    @Slot()
    def _tick(self) -> None:
        """Coalesced: one participants reload and one join-screen update for any number of joins."""
        if self._joins_pending:
            self._joins_pending = False
            self._recount()  # the panels hear of joins from the controller (archive observer)
        server = self._server
        refused = server.joins_refused_by_cap if server is not None else 0
        if refused != self._cap_refused:
            self._cap_refused = refused
            self.capChanged.emit()

    @Slot()
    def _recount(self) -> None:
        count = self._count_phones()
        if count != self._joined:
            self._joined = count
            self._show_join_info()
            self.joinedChanged.emit(count)

    def _count_phones(self) -> int:
        return self.controller.archive.participant_count(self.controller.session_id, Channel.PHONE)

    @property
    def wifi(self) -> tuple[str, str | None]:
        """(hotspot name, Wi-Fi QR text or None) as entered on this laptop."""
        return hotspot_qr_text(open_settings())

    @property
    def short_url(self) -> str | None:
        """``http://<ip>:<port>/K7Q4`` while running: the address a person can type."""
        return self._server.short_url if self._server is not None and self.running else None

    def _show_join_info(self) -> None:
        if self.projector is not None:
            self.projector.set_join_info(self.join_url, self.qr_png, self._joined)
            ssid, text = self.wifi if self.running else ("", None)
            self.projector.set_wifi_info(ssid, text, self.short_url or "")

    # ---------------------------------------------------------- GUI → phones
    def _state_event(self, event: str, data: dict) -> None:
        """Controller state listener (GUI thread): tell the phones; stop once the session is closed."""
        mapped = server_event(event, data)
        if mapped is None or self._server is None:
            return
        name, payload = mapped
        self._server.notify(name, payload)
        if name == SESSION_CLOSED:
            self.stop()
