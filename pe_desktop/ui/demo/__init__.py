"""The demo's own room: its title bar, Help ▸ Watch a live session, and the run itself (:mod:`.live`).

``pe-desktop demo`` opens a fresh archive of its own, never the user's; the
main window says so in its title bar, and offers to run a whole workshop by
itself so a newcomer sees the live room before reading anything.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from pe_desktop.ui.demo.live import LiveSession
    from pe_desktop.ui.main.window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("DemoRoom", text)


def demo_title() -> str:
    """The main window's title while it shows the demo archive."""
    return _tr("Demo archive — not your own — Partnership equity")


class DemoRoom(QObject):
    """Attached to the main window while it shows the demo archive at ``path``."""

    def __init__(self, window: MainWindow, path: Path) -> None:
        super().__init__(window)
        self.window = window
        self.path = Path(path)
        self.live: LiveSession | None = None
        self.prompt: QMessageBox | None = None
        self.act_watch = QAction(_tr("&Watch a live session"), self)
        self.act_watch.setToolTip(_tr("A whole workshop runs by itself in the demo archive: phones, paper, "
                                      "a show of hands, the projector, a second round"))
        self.act_watch.setStatusTip(self.act_watch.toolTip())
        self.act_watch.triggered.connect(lambda _checked=False: self.watch())
        help_menu = window.menu.menus["help"]
        existing = help_menu.actions()
        if existing:  # first in Help, where a newcomer looks
            help_menu.insertAction(existing[0], self.act_watch)
            help_menu.insertSeparator(existing[0])
        else:
            help_menu.addAction(self.act_watch)
        window.archiveChanged.connect(self._archive_changed)
        self._archive_changed(str(window.archive.path) if window.archive is not None else "")

    def showing_demo(self) -> bool:
        archive = self.window.archive
        return archive is not None and Path(archive.path).resolve() == self.path.resolve()

    def _archive_changed(self, _path: str = "") -> None:
        """The title says "demo" exactly while the demo archive is shown; the run needs it."""
        showing = self.showing_demo()
        self.act_watch.setEnabled(showing and (self.live is None or not self.live.running))
        if showing:
            self.window.setWindowTitle(demo_title())

    def _finished(self, problems: list) -> None:
        """The run ended: Help may start another; a run that stopped on a problem says what it was."""
        self._archive_changed()
        if problems:
            from pe_desktop.ui.widgets.messages import show_problem

            show_problem(self.window, _tr("Watch a live session"), _tr("The live session stopped early."),
                         "\n".join(str(p) for p in problems[:3]))

    def offer(self) -> QMessageBox:
        """Asked once when the demo opens: watch a live session now?"""
        from pe_desktop.ui.widgets.messages import ask

        self.prompt = ask(
            self.window, _tr("Demo"), _tr("Watch a live session?"), _tr("Watch a live session"), self.watch,
            informative=_tr("This is a demo archive of its own, not yours; it is deleted when you quit. "
                            "In about a minute, people of four groups join by phone, paper and show of hands, "
                            "the projector reveals each item, a second round runs and the session closes. "
                            "You can start it later from Help ▸ Watch a live session."),
            no_text=_tr("Not now"),
        )
        return self.prompt

    def watch(self, step_ms: int | None = None) -> LiveSession | None:
        """Start the live run (one at a time, only in the demo archive)."""
        if not self.showing_demo() or (self.live is not None and self.live.running):
            return None
        from pe_desktop.ui.demo.live import LiveSession

        self.live = LiveSession(self.window, step_ms)
        self.live.finished.connect(self._finished)
        self.act_watch.setEnabled(False)
        try:
            self.live.start()
        except ValueError as exc:
            from pe_desktop.ui.widgets.messages import show_problem

            show_problem(self.window, _tr("Watch a live session"), str(exc))
            self._archive_changed()
            return None
        return self.live
