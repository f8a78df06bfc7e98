"""A whole workshop with the keyboard only (issue 11), counting the keys of each step.

From the main window: a new session (session dialog), its console, the
projector shown, voting opened, participants on every channel (a paper
ballot row, a show-of-hands tally, a laptop-kiosk ballot), the results
revealed, a note, an action item, round 2, closing, and the PDF summary
through the export dialog and the file dialog. Every key goes to the widget
that has the keyboard (QApplication.focusWidget(), or the open menu or
modal dialog), never to a widget picked by the test; a control is reached
with Tab or its shortcut, counted like any other key.

The projector must never be the active window: an application-wide event
filter notes the active window at every key press. (Qt's offscreen
platform, unlike a window manager, activates every window it shows whatever
its flags; the projector then hands activation straight back to the
console, before any key is pressed.)

Run with ``-s`` to see the keystrokes per step.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from pe_desktop.ui.console.window import SessionConsole
from pe_desktop.ui.dialogs.followup import FollowupDialog
from pe_desktop.ui.projector.window import ProjectorWindow

# A menu opened with Alt+letter grabs the keyboard; the offscreen platform cannot, real screens can.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")

NoMod = Qt.KeyboardModifier.NoModifier
Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier
Alt = Qt.KeyboardModifier.AltModifier


class KeyWatch(QObject):
    """Notes the active window whenever a key reaches any widget (once or more per key)."""

    def __init__(self) -> None:
        super().__init__()
        self.active_at_keys: list[QWidget | None] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # a shortcut (F6, Alt+B) ends at ShortcutOverride; other keys reach the widget as KeyPress
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(watched, QWidget):
            self.active_at_keys.append(QApplication.activeWindow())
        return False


class Keyboard:
    """Presses keys on whatever has the keyboard, counting them per step."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.steps: dict[str, int] = {}
        self.step = ""

    def start(self, name: str) -> None:
        self.step = name
        self.steps[name] = 0

    def target(self) -> QWidget:
        widget = QApplication.activePopupWidget() or QApplication.focusWidget() or QApplication.activeWindow()
        assert widget is not None, "nothing has the keyboard"
        return widget

    def press(self, key: Qt.Key, mods: Qt.KeyboardModifier = NoMod) -> None:
        QApplication.processEvents()  # as between a person's keys: what the windows were told has arrived
        self.steps[self.step] += 1
        self.qtbot.keyClick(self.target(), key, mods)

    def type(self, text: str) -> None:
        for char in text:
            QApplication.processEvents()
            self.steps[self.step] += 1
            self.qtbot.keyClicks(self.target(), char)

    def tab_to(self, widget: QWidget, limit: int = 40) -> None:
        """Tab until ``widget`` has the keyboard (each Tab counted)."""
        for _ in range(limit):
            if QApplication.focusWidget() is widget:
                return
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(f"{widget.accessibleName()!r} not reached with {limit} Tabs")

    def wait_window(self, kind: type, timeout: int = 5000) -> QWidget:
        found: list[QWidget] = []

        def active() -> bool:
            window = QApplication.activeWindow()  # has the keyboard, not only shown
            found[:] = [window] if isinstance(window, kind) and window.isVisible() else []
            return bool(found)

        self.qtbot.waitUntil(active, timeout=timeout)
        return found[0]


def back_to(qtbot, window: QWidget) -> None:
    """A window closed: the window manager gives the keyboard back to ``window`` (Qt's offscreen platform
    does not, so the test does what the window manager would; no key is pressed)."""
    QApplication.processEvents()
    if QApplication.activeWindow() is not window:
        window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def press_enter_in_file_dialog(keys: Keyboard, counted: list[int]) -> None:
    """The platform file dialog runs its own event loop: press Enter once it is up (the name is filled in)."""
    dialog = QApplication.activeModalWidget()
    if isinstance(dialog, QFileDialog):
        counted.append(1)
        keys.qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Return)
    else:
        QTimer.singleShot(20, lambda: press_enter_in_file_dialog(keys, counted))


def test_a_whole_workshop_by_keyboard(qtbot, window, archive, tmp_path: Path) -> None:
    watch = KeyWatch()
    QApplication.instance().installEventFilter(watch)
    keys = Keyboard(qtbot)
    window.settings.setValue("export/folder", str(tmp_path))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    try:
        console = run_workshop(qtbot, keys, window, archive, tmp_path)
    finally:
        QApplication.instance().removeEventFilter(watch)
    print("\nkeystrokes per step:")
    for name, count in keys.steps.items():
        print(f"  {name}: {count}")
    print(f"  total: {sum(keys.steps.values())}")
    assert not any(isinstance(w, ProjectorWindow) for w in watch.active_at_keys)
    assert len(watch.active_at_keys) >= sum(keys.steps.values())
    assert console is not None


def run_workshop(qtbot, keys: Keyboard, window, archive, tmp_path: Path) -> SessionConsole:
    # 1. create the session: Ctrl+N, a title, Enter (the partnership's groups are offered)
    keys.start("create session")
    keys.press(Qt.Key.Key_N, Ctrl)
    dialog = keys.wait_window(QDialog)
    assert QApplication.focusWidget() is dialog.title
    keys.type("Evening workshop")
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    followup = keys.wait_window(FollowupDialog)  # the partnership's open action items are offered for review
    keys.press(Qt.Key.Key_Escape)  # later
    qtbot.waitUntil(lambda: not followup.isVisible(), timeout=3000)
    back_to(qtbot, window)
    sid = next(s.id for s in archive.sessions() if s.title == "Evening workshop")

    # 2. its console (the new session is selected), the projector shown from the View menu
    keys.start("open console, show projector")
    keys.press(Qt.Key.Key_Return, Ctrl)
    console = keys.wait_window(SessionConsole)
    assert console.session_id == sid
    keys.press(Qt.Key.Key_V, Alt)
    keys.press(Qt.Key.Key_W)
    qtbot.waitUntil(lambda: console.projector.isVisible() and QApplication.activeWindow() is console, timeout=3000)

    # 3. open voting on every item
    keys.start("open voting")
    keys.press(Qt.Key.Key_F6, Shift)
    assert set(archive.item_states(sid, 1).values()) == {"open"}

    # 4. participants on every channel
    keys.start("paper ballot")
    keys.press(Qt.Key.Key_B, Alt)
    assert console.tabs.currentWidget() is console.paper_grid
    keys.tab_to(console.paper_grid.add_button)
    keys.press(Qt.Key.Key_Space)
    assert QApplication.focusWidget() is console.paper_grid.view
    keys.type("453421")
    paper = [p for p in archive.participants(sid) if p.channel == "paper"]
    assert len(paper) == 1 and len([r for r in archive.rating_rows(sid, 1) if r.participant_id == paper[0].id]) == 6

    keys.start("tally")
    keys.press(Qt.Key.Key_T, Alt)
    tally = console.tally
    keys.tab_to(tally.spins[4])
    keys.type("3")
    keys.press(Qt.Key.Key_Tab)
    keys.type("2")
    keys.tab_to(tally.save_button)
    keys.press(Qt.Key.Key_Space)
    assert len([p for p in archive.participants(sid) if p.channel == "tally"]) == 5

    keys.start("laptop kiosk ballot")
    keys.press(Qt.Key.Key_K, Ctrl)
    kiosk = console.kiosk
    assert kiosk is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is kiosk, timeout=3000)
    keys.press(Qt.Key.Key_Return)  # the first group
    for digit in "534243":
        keys.type(digit)
        keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.thanks_page, timeout=3000)
    keys.press(Qt.Key.Key_Q, Ctrl | Shift)
    back_to(qtbot, console)
    assert len([p for p in archive.participants(sid) if p.channel == "laptop"]) == 1

    # 5. reveal the current item, then the next one with the clicker key and F8
    keys.start("reveal")
    keys.press(Qt.Key.Key_F8)
    assert archive.item_states(sid, 1)["continual"] == "revealed"

    # 6. a note on the current item
    keys.start("note")
    keys.press(Qt.Key.Key_I, Alt)
    keys.tab_to(console.notes_panel.text)
    keys.type("Funders rate lower")
    keys.press(Qt.Key.Key_Return)
    assert [n.text for n in archive.notes(sid)] == ["Funders rate lower"]

    # 7. an action item
    keys.start("action")
    keys.press(Qt.Key.Key_A, Alt)
    panel = console.actions_panel
    keys.tab_to(panel.text)
    keys.type("Share minutes")
    keys.press(Qt.Key.Key_Return)
    assert [a.text for a in archive.actions(sid)] == ["Share minutes"]

    # 8. round 2 (Session menu, then the question's yes button)
    keys.start("round 2")
    keys.press(Qt.Key.Key_S, Alt)
    keys.press(Qt.Key.Key_2)
    box = keys.wait_window(QMessageBox)
    keys.press(Qt.Key.Key_Tab, Shift)
    keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: console.controller.round == 2 and not box.isVisible(), timeout=3000)
    back_to(qtbot, console)

    # 9. close the session (the overview opens; Escape closes it)
    keys.start("close session")
    keys.press(Qt.Key.Key_S, Alt)
    keys.press(Qt.Key.Key_S)
    keys.wait_window(QMessageBox)
    keys.press(Qt.Key.Key_Tab, Shift)
    keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: archive.session(sid).status == "closed", timeout=5000)
    overview = keys.wait_window(QDialog)
    keys.press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not overview.isVisible(), timeout=3000)
    back_to(qtbot, console)

    # 10. the PDF summary from the main window: close the console, export dialog, file dialog, saved box
    keys.start("export PDF")
    keys.press(Qt.Key.Key_S, Alt)
    keys.press(Qt.Key.Key_W)  # Session ▸ Close window
    qtbot.waitUntil(lambda: not console.isVisible(), timeout=3000)
    back_to(qtbot, window)
    keys.press(Qt.Key.Key_E, Ctrl | Shift)
    keys.wait_window(QDialog)  # the export options (paper size, language)
    counted: list[int] = []
    QTimer.singleShot(0, lambda: press_enter_in_file_dialog(keys, counted))
    keys.press(Qt.Key.Key_Return)  # accept the options; the file dialog opens and Enter saves
    qtbot.waitUntil(lambda: bool(counted), timeout=10_000)
    keys.steps["export PDF"] += len(counted)
    saved = keys.wait_window(QMessageBox, timeout=60_000)
    keys.press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not saved.isVisible(), timeout=3000)
    pdfs = list(tmp_path.glob("*.pdf"))
    assert len(pdfs) == 1 and pdfs[0].read_bytes().startswith(b"%PDF")
    return console
