"""The phone join limit in the console (issue 13): real server on 127.0.0.1, real phones over HTTP, real widgets.

The facilitator sees "2 of 2 phones joined", a warning once a phone is turned
away at the limit, and raises it with the console's "Raise the limit…" button;
the running server lets the next phone in at once.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QSpinBox

from pe_desktop.server.phone_sim import SimulatedPhone
from pe_desktop.session.ops import set_phone_cap
from pe_desktop.store.errors import ValidationError
from pe_desktop.store.phone_credentials import join_cap
from pe_desktop.ui.console.window import SessionConsole
from pe_desktop.ui.phone.join_cap import JoinCapDialog

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise")


class Phones:
    """Scripted phones in an asyncio loop of their own thread, as real phones live outside the GUI thread."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="test-phones", daemon=True)
        self.thread.start()
        self.made: list[SimulatedPhone] = []

    def run(self, coro: Coroutine[Any, Any, Any]) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(20)

    def join(self, join_url: str, group: str) -> tuple[int, Any]:
        phone = SimulatedPhone(join_url)
        self.made.append(phone)
        self.run(phone.__aenter__())
        assert self.run(phone.open_page()) == 200
        return self.run(phone.join(group))

    def close(self) -> None:
        for phone in self.made:
            self.run(phone.close())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()


@pytest.fixture
def phones():
    made = Phones()
    yield made
    made.close()




def _visible(console: SessionConsole, kind: type, name: str) -> Any:
    return next(w for w in console.findChildren(kind, name) if w.isVisible())


def test_refused_phone_is_shown_and_raising_the_limit_lets_it_in(qtbot, console, archive, session_id, phones):
    bridge = console.phone.bridge
    bridge.start("127.0.0.1", 0)
    set_phone_cap(archive, session_id, 2)
    group = archive.groups(session_id)[0].id
    status = console.findChild(QLabel, "phoneVotingStatus")
    assert [phones.join(bridge.join_url, group)[0] for _ in range(2)] == [200, 200]
    qtbot.waitUntil(lambda: "2 of 2 phones joined" in status.text(), timeout=5000)
    assert not console.findChild(QLabel, "phoneCapWarning").isVisible()

    code, body = phones.join(bridge.join_url, group)
    assert code == 429 and body["error"] == "session-full"
    qtbot.waitUntil(lambda: console.findChild(QLabel, "phoneCapWarning").isVisible(), timeout=5000)
    warning = console.findChild(QLabel, "phoneCapWarning").text()
    assert warning == "Phone limit reached: 2 phones. Turned away so far: 1"

    qtbot.mouseClick(_visible(console, QPushButton, "phoneCapRaise"), Qt.MouseButton.LeftButton)
    dialog = console.findChild(JoinCapDialog, "joinCapDialog")
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    spin = dialog.findChild(QSpinBox, "joinCapSpin")
    spin.selectAll()
    qtbot.keyClicks(spin, "5")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)

    assert join_cap(archive, session_id) == 5
    assert not console.findChild(QLabel, "phoneCapWarning").isVisible()
    assert "2 of 5 phones joined" in status.text()
    code, body = phones.join(bridge.join_url, group)
    assert code == 200 and body["participant"]
    qtbot.waitUntil(lambda: "3 of 5 phones joined" in status.text(), timeout=5000)


def test_a_limit_out_of_range_is_refused_naming_it_and_nothing_changes(qtbot, console, archive, session_id):
    console.phone.bridge.start("127.0.0.1", 0)
    before = join_cap(archive, session_id)
    with pytest.raises(ValidationError, match="phone limit: 0 must be a whole number from 1"):
        set_phone_cap(archive, session_id, 0)
    assert join_cap(archive, session_id) == before == 300


def test_the_limit_button_is_only_there_while_phone_voting_runs(qtbot, console):
    button = console.findChild(QPushButton, "phoneCapRaise")
    assert not button.isVisible()
    console.phone.bridge.start("127.0.0.1", 0)
    qtbot.waitUntil(button.isVisible, timeout=2000)
    assert "0 of 300 phones joined" in console.findChild(QLabel, "phoneVotingStatus").text()
    console.phone.bridge.stop()
    qtbot.waitUntil(lambda: not button.isVisible(), timeout=2000)
