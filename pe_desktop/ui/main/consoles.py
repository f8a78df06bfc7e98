"""The session consoles opened from the main window: one per session, brought forward when asked again.

Owned by the main window; the browser closes the console of a session an undo
took away, the session commands route an edit to the console of a running
session (its Edit ▸ Undo takes it back), and the window closes them all before
the archive goes away.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from pe_desktop.session.change import Change
    from pe_desktop.ui.console.window import SessionConsole
    from pe_desktop.ui.main.holder import ArchiveHolder


class Consoles(QObject):
    """Session id → its open console window."""

    #: A console closed (with its session's id): what the browser shows may have changed.
    closed = Signal(str)

    def __init__(self, holder: ArchiveHolder, parent: QWidget) -> None:
        super().__init__(parent)
        self._holder = holder
        self._parent = parent
        self.windows: dict[str, SessionConsole] = {}

    def __contains__(self, session_id: object) -> bool:
        return session_id in self.windows

    def __len__(self) -> int:
        return len(self.windows)

    def get(self, session_id: str) -> SessionConsole | None:
        return self.windows.get(session_id)

    def open(self, session_id: str | None) -> SessionConsole | None:
        """Open (or bring forward) the session console of a session."""
        archive = self._holder.archive
        if archive is None or session_id is None:
            return None
        from PySide6.QtCore import Qt

        from pe_desktop.ui.widgets.messages import show_problem

        console = self.windows.get(session_id)
        if console is not None:
            console.showNormal()
            console.raise_()
            console.activateWindow()
            return console
        try:
            from pe_desktop.ui.console.window import SessionConsole
        except ModuleNotFoundError as exc:
            if exc.name != "pe_desktop.ui.console.window":
                raise
            show_problem(self._parent, self.tr("Session console"),
                         self.tr("The session console is not part of this build."))
            return None
        console = SessionConsole(archive, session_id)
        console.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        console.destroyed.connect(lambda *_: self._closed(session_id))
        self.windows[session_id] = console
        console.show()
        return console

    def _closed(self, session_id: str) -> None:
        self.windows.pop(session_id, None)
        self.closed.emit(session_id)

    def close_all(self) -> bool:
        """Close every session console; False if one of them refused (e.g. the facilitator cancelled)."""
        for sid, console in list(self.windows.items()):
            if not console.close():
                return False
            self.windows.pop(sid, None)
        return True

    def close_gone(self, live: set[str]) -> None:
        """Close the consoles of sessions no longer in the archive (an undo took them away)."""
        for sid, console in list(self.windows.items()):
            if sid not in live:
                console.close()

    def push_change(self, session_id: str, change: Change) -> bool:
        """Put ``change`` on the running session's console undo stack; False if the session has no console.

        Its views reload through the session layer's observer, and its own Edit ▸ Undo takes the change back.
        """
        console = self.windows.get(session_id)
        if console is None:
            return False
        console.controller.push_change(change)
        return True
