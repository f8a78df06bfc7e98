""""Watch a live session": the demo runs a whole workshop by itself, through the real channels.

A newcomer sees what a room does without reading anything: a new session
opens in its console, phone voting starts on this laptop (127.0.0.1, the
same server and address dialog's ``start`` the facilitator uses), the
projector shows the join screen, simulated phones of the four demo groups
join and vote over HTTP from a worker thread (:mod:`pe_desktop.session.demo_room`),
paper ballots are typed in and one group's show of hands is tallied through
the console's own edits (the session ops of the ballot rooms), and each item
is opened, closed and revealed with the console's voting actions. A second
round runs on every item at once, the projector shows what moved, and the
session is closed (backup, overview) like any other.

The pace: ``step_ms`` between steps (``PE_DESKTOP_DEMO_STEP_MS``, default
:data:`DEFAULT_STEP_MS`, about a minute in all); a test runs it in seconds.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from pe_desktop.demo import DEMO_GROUPS, DEMO_PARTNERSHIP
from pe_desktop.session import ops
from pe_desktop.session.demo_room import PhoneCrowd, Ratings, hands_per_group, room_people
from pe_desktop.store.errors import ArchiveError

if TYPE_CHECKING:
    from pe_desktop.ui.console.window import SessionConsole
    from pe_desktop.ui.main.window import MainWindow

#: Milliseconds between two steps of the script: 32 steps and 8 phone rounds make about a minute.
DEFAULT_STEP_MS = 1000
STEP_ENV = "PE_DESKTOP_DEMO_STEP_MS"


def step_ms_from_env() -> int:
    """The pace asked for in ``PE_DESKTOP_DEMO_STEP_MS`` (a whole number of ms), else the default."""
    raw = os.environ.get(STEP_ENV, "").strip()
    return int(raw) if raw.isdigit() else DEFAULT_STEP_MS


class LiveSession(QObject):
    """Drives one simulated workshop in the demo archive; ``finished`` when the session is closed."""

    #: What is happening now, in the facilitator's language (shown in the console's status bar).
    step = Signal(str)
    #: The session was closed (or the run stopped); carries the problems met (empty when all went well).
    finished = Signal(list)
    #: Internal: the crowd's thread finished a job (delivered queued in the GUI thread).
    _crowdDone = Signal(str, list)

    def __init__(self, window: MainWindow, step_ms: int | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.step_ms = step_ms_from_env() if step_ms is None else max(0, step_ms)
        self.session_id: str | None = None
        self.console: SessionConsole | None = None
        self.problems: list[str] = []
        self._crowd: PhoneCrowd | None = None
        self._ratings = Ratings()
        self._script: list[tuple[str, Callable[[], bool]]] = []
        self._paper: list[tuple[int, str]] = []  # (number in room_people(), participant id)
        self._groups: list[str] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._next)
        self._crowdDone.connect(self._crowd_done)

    @property
    def running(self) -> bool:
        return bool(self._script) or self._timer.isActive()

    # ------------------------------------------------------------ start
    def start(self) -> str:
        """Create the session, open its console and start the script; returns the session id."""
        archive = self.window.archive
        if archive is None:
            raise ValueError("archive: none is open; the live session runs in the demo archive")
        from pe_desktop.core.instruments import find_instrument
        from pe_desktop.ui.language import effective_language
        from pe_desktop.ui.settings import open_settings

        change = ops.create_session(
            archive, find_instrument("partnership-equity"), self.tr("Live session"), DEMO_PARTNERSHIP,
            held_on=date.today().isoformat(), location="Eastside Library, Room B", facilitator="Ana Ruiz",
            stage="activate", groups=DEMO_GROUPS, min_group_size=3, rounds=2,
            language=effective_language(open_settings()),  # a Spanish facilitator's demo room speaks Spanish
        )
        self.session_id = str(change.result)
        self.window.browser.refresh()
        self.window.browser.select_id(self.session_id)
        self.console = self.window.consoles.open(self.session_id)
        if self.console is None:
            raise ValueError("session: its console could not be opened")
        self.window.consoles.closed.connect(self._console_closed)
        self._script = self._build_script()
        self._timer.start(0)
        return self.session_id

    def _console_closed(self, session_id: str) -> None:
        """The facilitator closed the console mid-run: stop there (once; a finished run has let go of it)."""
        if session_id == self.session_id and self.console is not None:
            self.console = None  # already gone: nothing of it may be touched
            self.stop()
            self.finished.emit(self.problems)

    def stop(self, *_args: object) -> None:
        """Stop the run (the console was closed, the window quits); what was saved stays saved."""
        self._script.clear()
        self._timer.stop()
        if self._crowd is not None:
            self._crowd.stop()
            self._crowd = None
        if self.console is not None:
            self.console = None
            self.finished.emit(self.problems)

    # ----------------------------------------------------------- script
    def _build_script(self) -> list[tuple[str, Callable[[], bool]]]:
        """(caption, step) in order; a step returns True when it waits for the phones to finish."""
        assert self.console is not None
        keys = self.console.controller.instrument.item_keys
        tr = self.tr
        script: list[tuple[str, Callable[[], bool]]] = [
            (tr("Phone voting starts; the projector shows how to join"), self._start_phones),
            (tr("People join from their phones; paper ballots are handed out"), self._join),
        ]
        for key in keys:
            title = self.console.controller.instrument.item(key).title
            script += [
                (tr("Voting opens on “%1”").replace("%1", title), partial(self._open, key)),
                (tr("Phones vote; paper ballots and a show of hands are entered"), partial(self._vote, (key,), 1)),
                (tr("Voting closes on “%1”").replace("%1", title), partial(self._set_state, key, "closed")),
                (tr("The room sees the results of “%1”").replace("%1", title),
                 partial(self._set_state, key, "revealed")),
            ]
        script += [
            (tr("Round 2: everyone rates every item again"), self._do(lambda c: c.start_round_two())),
            (tr("Voting opens on every item"), self._do(lambda c: c.controller.open_items(keys))),
            (tr("Phones vote; paper ballots and a show of hands are entered"), lambda: self._vote(keys, 2)),
            (tr("Voting closes; the results are revealed"), self._do(self._reveal_round)),
            (tr("The projector shows what moved between the rounds"),
             self._do(lambda c: c.set_projector_view("shift"))),
            (tr("The session is closed: a backup is made and the overview shown"), self._close),
        ]
        return script

    def _do(self, action: Callable[[SessionConsole], object]) -> Callable[[], bool]:
        def step() -> bool:
            assert self.console is not None
            action(self.console)
            return False

        return step

    def _next(self) -> None:
        if not self._script or self.console is None:
            return
        caption, step = self._script.pop(0)
        self.step.emit(caption)
        self.console.statusBar().showMessage(self.tr("Demo: %1").replace("%1", caption))
        try:
            waits = step()
        except (OSError, ValueError, ArchiveError) as exc:  # the server could not start, an op refused: stop
            self.problems.append(f"{caption}: {exc}")
            self.stop()
            return
        if not waits:
            self._after_step()

    def _after_step(self) -> None:
        if self._script:
            self._timer.start(self.step_ms)
        else:
            self.stop()

    def _crowd_done(self, _kind: str, problems: list) -> None:
        self.problems += [str(p) for p in problems]
        self._after_step()

    # ------------------------------------------------------------ steps
    def _start_phones(self) -> bool:
        console = self.console
        assert console is not None
        url = console.phone.bridge.start("127.0.0.1", 0)
        console.phone.update_state()
        console.set_projector_view("join")
        self._place_windows(console)
        self._groups = [g.id for g in console.controller.groups()]
        people = room_people()
        phones = [(n, p, self._groups[p.group_index]) for n, p in enumerate(people) if p.channel == "phone"]
        self._crowd = PhoneCrowd(url, phones, self._ratings, seconds=self.step_ms * 2 / 1000)
        return False

    def _join(self) -> bool:
        console = self.console
        assert console is not None and self._crowd is not None
        people = room_people()
        for index, group_id in enumerate(self._groups):
            numbers = [n for n, p in enumerate(people) if p.channel == "paper" and p.group_index == index]
            if numbers:
                made = console.edits.add_participants(group_id, "paper", len(numbers))
                self._paper += list(zip(numbers, (m.id for m in made), strict=True))
        self._crowd.join(self._crowdDone.emit)
        return True

    def _set_state(self, key: str, state: str) -> bool:
        assert self.console is not None
        self.console.controller.set_items_state([key], state)
        return False

    def _open(self, key: str) -> bool:
        assert self.console is not None
        self.console.controller.set_current_item(key)
        self.console.controller.open_items([key])
        return False

    def _vote(self, keys: tuple[str, ...] | list[str], round: int) -> bool:
        """Phones vote in their thread while the facilitator types the paper ballots and the tally here."""
        console = self.console
        assert console is not None and self._crowd is not None
        self._crowd.vote(list(keys), round, self._crowdDone.emit)
        people = room_people()
        console.tabs.setCurrentWidget(console.paper_grid)
        for key in keys:
            for number, participant_id in self._paper:
                position = people[number].position
                console.edits.set_rating(participant_id, key, self._ratings.value(number, position, key, round))
            for index, _hands in hands_per_group().items():
                console.edits.save_tally(key, self._groups[index], self._ratings.hands(index, key, round))
        console.tabs.setCurrentIndex(0)
        return True

    def _reveal_round(self, console: SessionConsole) -> None:
        keys = list(console.controller.instrument.item_keys)
        console.controller.close_items(keys)
        console.controller.reveal_items(keys)

    def _close(self) -> bool:
        assert self.console is not None
        if self._crowd is not None:
            self._crowd.stop()
            self._crowd = None
        self.console.phone.stop()
        self.console.close_session()
        self.console.set_projector_view("overview")
        return False

    def _place_windows(self, console: SessionConsole) -> None:
        """A second screen gets the projector full screen; on one screen it floats, 16:9, over the console's
        right-hand side, leaving the items, the current item and the notes in view."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            console.show_projector()
            return
        area = (console.screen() or screens[0]).availableGeometry()
        console.showNormal()
        console.setGeometry(area)
        width = area.width() * 11 // 20
        console.projector.show_on_screen(None)
        console.projector.setGeometry(area.right() - width, area.y() + area.height() // 12, width, width * 9 // 16)
