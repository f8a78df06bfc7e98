"""The discussion countdown the room can see, while the console's timer runs.

Why on the projector: a room that sees the time left paces itself; the
facilitator does not have to announce it. A clock ("4:05", "0:00" once the
time is up) needs no words, so it costs a mixed room no second line; it
sits in the corner strip at the back-row size, only while the timer runs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from pe_desktop.ui.projector.layout import set_role_font

__all__ = ["Countdown", "clock_text"]


def clock_text(seconds: float) -> str:
    """m:ss left, rounded up (0:01 shows until the last second is over); 0:00 once time is up."""
    whole = max(0, int(-(-seconds // 1)))
    return f"{whole // 60}:{whole % 60:02d}"


class Countdown(QLabel):
    """The time left; hidden while no timer runs."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName(self.tr("Discussion time left"))
        self.hide()

    def set_seconds(self, seconds: float) -> None:
        self.setText(clock_text(seconds))

    def resize_text(self, window_height: int) -> None:
        set_role_font(self, "banner", window_height, True)
