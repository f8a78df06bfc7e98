"""Phone voting from the session console (issue 5 GUI, issue 4 ballots): real server on 127.0.0.1, real HTTP.

The phones are scripted clients (pe_desktop.server.phone_sim) running in an
asyncio loop of their own thread, as real phones run outside the laptop's GUI
thread; the GUI thread only waits on Qt signals and conditions.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import socket
import threading
import urllib.error
import urllib.request
from collections.abc import Coroutine
from typing import Any

import pytest
import segno
from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox

from helpers import pdf_text, projector_data, projector_texts
from pe_desktop.server.phone_sim import SimulatedPhone
from pe_desktop.ui.console.window import SessionConsole
from pe_desktop.ui.dialogs.export_options import ExportOptionsDialog
from pe_desktop.ui.phone.address_dialog import (
    DEFAULT_PORT,
    AddressChoice,
    PhoneAddressDialog,
    machine_addresses,
    offerable,
    order_addresses,
)
from pe_desktop.ui.phone.bridge import QR_SCALE, PhoneVotingBridge, qr_png, server_event

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise")


# ------------------------------------------------------------------ helpers
class PhoneLoop:
    """An asyncio loop in its own thread where the scripted phones live."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="test-phones", daemon=True)
        self.thread.start()

    def run(self, coro: Coroutine[Any, Any, Any], timeout: float = 15.0) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def spawn(self, coro: Coroutine[Any, Any, Any]):
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    def close(self) -> None:
        async def cancel_all() -> None:
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        self.run(cancel_all())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()


class EventStream:
    """The phone's Server-Sent Events, parsed into (event, data) as they arrive."""

    def __init__(self, phones: PhoneLoop, phone: SimulatedPhone, base: str) -> None:
        self.events: list[tuple[str, dict]] = []
        self.connected = threading.Event()
        self.ended = threading.Event()
        self.future = phones.spawn(self._read(phone, base))

    async def _read(self, phone: SimulatedPhone, base: str) -> None:
        buffer = ""
        try:
            async with phone.session.get(f"{base}/api/events") as response:  # the phone's own browser session
                assert response.status == 200
                async for chunk in response.content.iter_any():
                    buffer += chunk.decode()
                    while "\n\n" in buffer:
                        message, buffer = buffer.split("\n\n", 1)
                        if ": connected" in message:
                            self.connected.set()
                        fields = dict(line.split(": ", 1) for line in message.splitlines()
                                      if ": " in line and not line.startswith(":"))
                        if "event" in fields:
                            self.events.append((fields["event"], json.loads(fields["data"])))
        finally:
            self.ended.set()

    def names(self) -> list[str]:
        return [name for name, _ in self.events]


def refused(url: str) -> bool:
    """True when nothing listens at ``url`` any more."""
    try:
        with urllib.request.urlopen(url, timeout=5):
            pass
    except urllib.error.URLError as exc:
        return isinstance(exc.reason, ConnectionRefusedError)
    except ConnectionRefusedError:
        return True
    return False


def qr_modules(png: bytes, border: int = 4) -> list[list[bool]]:
    """Read the dark/light modules back from the PNG (sampling each module's centre)."""
    image = QImage.fromData(png)
    assert not image.isNull()
    side = image.width() // QR_SCALE - 2 * border
    assert image.width() == image.height() == (side + 2 * border) * QR_SCALE
    return [
        [
            image.pixelColor(
                (border + c) * QR_SCALE + QR_SCALE // 2, (border + r) * QR_SCALE + QR_SCALE // 2
            ).lightness()
            < 128
            for c in range(side)
        ]
        for r in range(side)
    ]


# ----------------------------------------------------------------- fixtures
@pytest.fixture
def phones():
    loop = PhoneLoop()
    yield loop
    loop.close()




@pytest.fixture
def running(console) -> PhoneVotingBridge:
    """Phone voting started on 127.0.0.1, any free port."""
    console.phone.bridge.start("127.0.0.1", 0)
    return console.phone.bridge


@pytest.fixture
def phone(phones, running):
    sim = SimulatedPhone(running.join_url)
    phones.run(sim.__aenter__())
    assert phones.run(sim.open_page()) == 200
    yield sim
    phones.run(sim.close())


def group_id(archive, session_id, name="Residents") -> str:
    return next(g.id for g in archive.groups(session_id) if g.name == name)


def confirm(qtbot, console: SessionConsole) -> None:
    box = next(b for b in console.findChildren(QMessageBox) if b.isVisible())
    yes = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=2000)


# ------------------------------------------------------ addresses (no server)
def test_only_addresses_phones_can_use_are_offered():
    assert offerable("0.0.0.0") is None
    assert offerable("::") is None
    assert offerable("fe80::fc:ff:fe00:1%eth0") is None
    assert offerable("224.0.0.1") is None
    assert offerable("laptop.local") is None
    assert offerable("192.168.4.1") == "192.168.4.1"
    assert offerable("fd00:0::2") == "fd00::2"
    assert offerable("127.0.0.1") == "127.0.0.1"


def choose_address(dialog, address: str) -> None:
    """Pick ``address`` in the dialog's list, as from the combo box."""
    dialog.address.setCurrentIndex(next(i for i, c in enumerate(dialog.choices()) if c.address == address))


def test_addresses_are_ordered_hotspot_first_loopback_last():
    choices = [
        AddressChoice("lo", "127.0.0.1", loopback=True),
        AddressChoice("eth1", "10.0.0.5", running=False),
        AddressChoice("wlan0", "fd00::2"),
        AddressChoice("wlan0", "192.168.4.1"),
        AddressChoice("wlan0", "192.168.4.1"),
    ]
    ordered = order_addresses(choices)
    assert [c.address for c in ordered] == ["192.168.4.1", "fd00::2", "10.0.0.5", "127.0.0.1"]
    assert ordered[0].label() == "wlan0 — 192.168.4.1"
    assert ordered[-1].label() == "lo — 127.0.0.1 (this computer only)"
    assert ordered[2].label().endswith("(not connected)")


def test_machine_addresses_never_offer_every_interface_and_end_with_loopback():
    found = machine_addresses()
    assert found[-1].address == "127.0.0.1" and found[-1].loopback
    assert all(c.address not in ("0.0.0.0", "::") for c in found)
    assert all(not c.address.lower().startswith("fe80") for c in found)
    assert [c.loopback for c in found] == sorted(c.loopback for c in found)


def test_dialog_preselects_the_first_network_address_and_filters_what_phones_cannot_use(qtbot):
    listed = [
        AddressChoice("any", "0.0.0.0"),
        AddressChoice("wlan0", "fe80::1%wlan0"),
        AddressChoice("wlan0", "192.168.4.1"),
        AddressChoice("lo", "127.0.0.1", loopback=True),
    ]
    dialog = PhoneAddressDialog(lambda host, port: "unused", list_addresses=lambda: listed)
    qtbot.addWidget(dialog)
    assert [c.address for c in dialog.choices()] == ["192.168.4.1", "127.0.0.1"]
    assert dialog.host() == "192.168.4.1"
    assert dialog.port.value() == DEFAULT_PORT == 8765
    assert dialog.port.minimum() == 0 and dialog.port.specialValueText()
    assert "0.0.0.0" not in [c.address for c in dialog.choices()]  # "any address" is never offered


def test_dialog_without_a_network_says_so(qtbot):
    dialog = PhoneAddressDialog(lambda host, port: "unused",
                                list_addresses=lambda: [AddressChoice("lo", "127.0.0.1", loopback=True)])
    qtbot.addWidget(dialog)
    assert dialog.host() == "127.0.0.1"
    assert "not connected to any network" in dialog.hint.text()


def test_controller_events_map_to_the_servers_names():
    assert server_event("open", {"items": ["continual"], "round": 1}) == (
        "item-opened",
        {"items": ["continual"], "round": 1},
    )
    assert server_event("closed", {"items": ["continual"], "round": 1})[0] == "item-closed"
    assert server_event("pending", {"items": ["continual"], "round": 1})[0] == "item-closed"
    assert server_event("revealed", {"items": ["a"], "round": 2})[0] == "revealed"
    assert server_event("round", {"round": 2}) == ("round-changed", {"round": 2})
    assert server_event("closed", {"round": 1}) == ("session-closed", {"round": 1})
    assert server_event("item", {"item": "continual"}) is None


def test_qr_png_carries_exactly_the_join_url():
    url = "http://192.168.4.1:8765/j/ijmfjnfjesJQW4XC"
    png = qr_png(url)
    assert png.startswith(b"\x89PNG")
    expected = [[bool(v) for v in row] for row in segno.make(url, error="m", micro=False).matrix]
    assert qr_modules(png) == expected
    assert len(expected) * QR_SCALE >= 500  # big enough to stay crisp when the projector scales it down


# ------------------------------------------------------------ the console
def test_start_from_the_console_shows_the_join_screen(qtbot, console, archive, session_id):
    assert console.phone.status_label.text() == "Phone voting: off"
    assert console.phone.tool_button.defaultAction() is console.phone.act_start
    assert not console.phone.act_stop.isEnabled()
    console.phone.act_start.trigger()
    dialog = console.phone.dialog
    assert isinstance(dialog, PhoneAddressDialog) and dialog.isVisible()
    assert all(c.address not in ("0.0.0.0", "::") for c in dialog.choices())
    assert dialog.choices()[-1].address == "127.0.0.1"
    choose_address(dialog, "127.0.0.1")
    dialog.port.setValue(0)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: console.phone.dialog is None, timeout=5000)

    bridge = console.phone.bridge
    assert bridge.running
    url = bridge.join_url
    assert url.startswith("http://127.0.0.1:") and "/j/" in url
    assert dialog.join_url == url
    shown = projector_data(console.projector)
    assert shown["view"] == "join"
    assert shown["join"] == {"url": url, "joined": 0, "qr": True}
    # the address in words is the short one a person can type (the QR code holds the whole link)
    assert bridge.short_url.removeprefix("http://") in projector_texts(console.projector)
    assert qr_modules(bridge.qr_png) == [[bool(v) for v in row] for row in segno.make(url, error="m", micro=False).matrix]
    assert console.phone.status_label.text() == f"Phone voting: {url} — 0 of 300 phones joined"
    assert console.phone.tool_button.defaultAction() is console.phone.act_stop
    assert not console.phone.act_start.isEnabled()
    with urllib.request.urlopen(url, timeout=5) as response:  # the page is really served
        assert response.status == 200


def test_projector_join_screen_screenshot_shows_the_qr_code(qtbot, console, running, tmp_path):
    projector = console.projector
    projector.resize(1280, 720)
    projector.show()
    qtbot.waitExposed(projector)
    console.set_projector_view("join")
    shot = tmp_path / "join.png"
    assert projector.grab().save(str(shot))
    image = QImage(str(shot))
    assert image.width() == 1280 and image.height() == 720
    # the QR code (beside the join text): about half its modules are dark
    qr = projector.join_page.qr
    centre = qr.mapTo(projector, qr.rect().center())
    side = int(image.height() * 0.3)
    left, top = centre.x() - side // 2, centre.y() - side // 2
    dark = sum(image.pixelColor(x, y).lightness() < 128
               for x in range(left, left + side, 4) for y in range(top, top + side, 4))
    total = len(range(left, left + side, 4)) * len(range(top, top + side, 4))
    assert 0.3 < dark / total < 0.7, dark / total
    assert all(image.pixelColor(x, 5).lightness() > 200 for x in range(0, 1280, 40))


def test_a_taken_port_is_reported_and_another_can_be_picked(qtbot, console):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        dialog = console.phone.ask_start()
        choose_address(dialog, "127.0.0.1")
        dialog.port.setValue(port)
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert dialog.error.isVisible()
        assert f"127.0.0.1, port {port}" in dialog.error.text()
        assert not console.phone.bridge.running
        assert console.phone.status_label.text() == "Phone voting: off"

        dialog.port.setValue(0)
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert console.phone.bridge.running
    assert f":{port}/" not in console.phone.bridge.join_url


def test_the_bridge_never_binds_every_interface_or_a_closed_session(qtbot, console, archive, session_id):
    bridge = console.phone.bridge
    for host in ("0.0.0.0", "::", "laptop.local"):
        with pytest.raises(ValueError):
            bridge.start(host, 0)
    assert not bridge.running
    archive.set_status(session_id, "closed")
    with pytest.raises(ValueError, match="closed"):
        bridge.start("127.0.0.1", 0)


def test_a_phone_joining_shows_on_console_and_projector_within_a_second(qtbot, console, running, phone, phones,
                                                                         archive, session_id):
    console.set_projector_view("join")
    with qtbot.waitSignal(running.phoneJoined, timeout=1000) as joined:
        status, data = phones.run(phone.join(group_id(archive, session_id)))
    assert status == 200
    assert joined.args[0]["code"] == data["participant"]
    qtbot.waitUntil(lambda: projector_data(console.projector)["join"]["joined"] == 1, timeout=1000)
    qtbot.waitUntil(lambda: console.phone.status_label.text().endswith("— 1 of 300 phones joined"), timeout=1000)
    assert running.joined_count == 1
    # the participants tab lists the phone
    qtbot.waitUntil(lambda: any(p.channel == "phone" for p in archive.participants(session_id)), timeout=1000)


def test_opening_closing_revealing_drive_the_phones(qtbot, console, running, phone, phones, archive, session_id):
    phones.run(phone.join(group_id(archive, session_id)))
    stream = EventStream(phones, phone, running.server.url)
    assert stream.connected.wait(10)

    console.voting.act_open.trigger()
    qtbot.waitUntil(lambda: "item-opened" in stream.names(), timeout=2000)
    assert stream.events[-1] == ("item-opened", {"items": ["continual"], "round": 1})
    status, state = phones.run(phone.state())
    assert status == 200 and state["open"] == ["continual"]

    console.voting.act_close.trigger()
    qtbot.waitUntil(lambda: "item-closed" in stream.names(), timeout=2000)
    assert phones.run(phone.state())[1]["open"] == []
    console.voting.act_reveal.trigger()
    qtbot.waitUntil(lambda: "revealed" in stream.names(), timeout=2000)
    assert phones.run(phone.state())[1]["revealed"] == ["continual"]
    console.act_next.trigger()  # selecting another item is the facilitator's business: no event
    console.start_round_two()
    qtbot.waitUntil(lambda: "round-changed" in stream.names(), timeout=2000)
    assert stream.events[-1] == ("round-changed", {"round": 2})
    assert stream.names() == ["item-opened", "item-closed", "revealed", "round-changed"]
    assert phones.run(phone.state())[1]["round"] == 2


def test_a_phone_vote_is_saved_and_redrawn_in_the_gui_thread(qtbot, console, running, phone, phones,
                                                             archive, session_id):
    phones.run(phone.join(group_id(archive, session_id)))
    console.voting.act_open.trigger()
    console.controller.refresh_now()
    in_gui_thread: list[bool] = []

    def on_vote(vote: dict) -> None:
        app_thread = QCoreApplication.instance().thread()
        in_gui_thread.append(
            QThread.currentThread() == app_thread and threading.current_thread() is threading.main_thread()
        )

    running.voteReceived.connect(on_vote)
    with qtbot.waitSignal(console.controller.refreshed, timeout=300):  # 200 ms + the 100 ms redraw timer
        status, saved = phones.run(phone.vote("continual", 4))
    assert status == 200 and saved["saved"] is True
    pid = next(p.id for p in archive.participants(session_id) if p.code == phone.code)
    assert archive.rating(session_id, 1, pid, "continual") == (True, 4)
    assert in_gui_thread == [True]
    assert projector_data(console.projector)["rated"] == 1
    model = console.items_panel.items_model
    row = console.controller.instrument.item_keys.index("continual")
    assert model.data(model.index(row, 3)) == "1"  # the console's "Rated" column


def test_stop_closes_the_server(qtbot, console, running):
    url = running.join_url
    console.phone.act_stop.trigger()
    confirm(qtbot, console)
    assert not running.running
    assert refused(url)
    assert projector_data(console.projector).get("join", {"url": None})["url"] is None
    assert console.phone.status_label.text() == "Phone voting: off"
    assert console.phone.act_start.isEnabled()
    # started again: same token (printed QR codes stay valid on the same port), cookies still good
    again = running.start("127.0.0.1", 0)
    assert again.rsplit("/", 1)[1] == url.rsplit("/", 1)[1]


def test_closing_the_console_stops_the_server(qtbot, console, running):
    url = running.join_url
    console.close()
    assert not running.running
    assert refused(url)


def test_a_reopened_console_keeps_the_join_token_and_phones_stay_joined(
    qtbot, console, running, phone, phones, archive, session_id
):
    """A crash or restart mid-session must not turn every phone into a new participant."""
    token = running.join_url.rsplit("/", 1)[1]
    phones.run(phone.join(group_id(archive, session_id)))
    console.close()
    again = SessionConsole(archive, session_id)
    qtbot.addWidget(again)
    url = again.phone.bridge.start("127.0.0.1", 0)
    assert url.rsplit("/", 1)[1] == token
    phone.base = url.split("/j/")[0]
    again.controller.open_items(["continual"])
    status, _ = phones.run(phone.vote("continual", 4))
    assert status == 200
    assert archive.query("select count(*) n from participants where channel = 'phone'")[0]["n"] == 1
    assert archive.query("select value from ratings")[0]["value"] == 4
    again.close()


def test_closing_the_session_tells_the_phones_and_stops(qtbot, console, running, phone, phones, archive, session_id):
    phones.run(phone.join(group_id(archive, session_id)))
    stream = EventStream(phones, phone, running.server.url)
    assert stream.connected.wait(10)
    url = running.join_url
    console.close_session()
    assert not running.running
    assert stream.ended.wait(10)
    assert stream.names()[-1] == "session-closed"
    assert refused(url)
    assert not console.phone.act_start.isEnabled()  # a closed session takes no phone votes


# ---------------------------------------------------------------- ballots
def saved_box(qtbot, console) -> QMessageBox:
    boxes: list[QMessageBox] = []

    def shown() -> bool:
        boxes[:] = [b for b in console.findChildren(QMessageBox) if b.isVisible() and b.text().startswith("Saved")]
        return bool(boxes)

    qtbot.waitUntil(shown, timeout=60_000)
    return boxes[0]


def close_saved_box(qtbot, box: QMessageBox) -> None:
    close = next(b for b in box.buttons() if b.text() == "Close")  # never "Open folder" in a test
    assert any(b.text() == "Open folder" for b in box.buttons())
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_ballots_from_the_console_carry_the_join_url(qtbot, console, running, tmp_path):
    target = tmp_path / "ballots.pdf"
    console.phone.act_print_ballots.trigger()
    options = next(d for d in console.findChildren(ExportOptionsDialog) if d.isVisible())
    assert options.blanks.isVisible()
    options.blanks.setValue(2)
    options.accept()
    files = next(d for d in console.findChildren(QFileDialog) if d.isVisible())
    files.selectFile(str(target))
    files.accept()
    close_saved_box(qtbot, saved_box(qtbot, console))
    text = pdf_text(target)
    assert text.count(running.join_url) == 2  # one per blank ballot


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_ballots_without_phone_voting_have_no_url(qtbot, console, tmp_path):
    target = tmp_path / "paper-only.pdf"
    console.phone.ballots.print_to(target, blanks=1)
    close_saved_box(qtbot, saved_box(qtbot, console))
    assert "http://" not in pdf_text(target)
