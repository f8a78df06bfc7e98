"""A discussion timer the facilitator (and the room, over their shoulder) can read.

Counts down from a configurable number of minutes; after zero it keeps
counting as overtime in red rather than stopping, because a discussion that
runs over is information, not an error. Time is measured from a monotonic
clock, not by counting ticks, so a busy event loop cannot make it drift.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from pe_desktop.ui.widgets.common import ERROR_COLOUR, accessible, scaled_font

TICK_MS = 200


def clock_text(seconds: float) -> str:
    """m:ss for the remaining time, +m:ss for overtime."""
    if seconds >= 0:
        whole = int(-(-seconds // 1))  # round up: 0:01 shows until the last second is over
        return f"{whole // 60}:{whole % 60:02d}"
    whole = int(-seconds)
    return f"+{whole // 60}:{whole % 60:02d}"


class DiscussTimer(QWidget):
    """Start/pause/reset countdown with a big display."""

    #: Emitted once when the time runs out.
    expired = Signal()
    #: Seconds left while the timer runs (negative in overtime), None when it stops: the projector's countdown.
    runningTime = Signal(object)

    def __init__(self, parent: QWidget | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._elapsed_before = 0.0
        self._started_at: float | None = None
        self._expired = False

        self.display = QLabel(self)
        self.display.setObjectName("timerDisplay")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setFont(scaled_font(self, 3.2, bold=True))
        accessible(self.display, self.tr("Discussion time left"))

        self.minutes = accessible(QSpinBox(self), self.tr("Discussion minutes"))
        self.minutes.setRange(1, 120)
        self.minutes.setValue(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.valueChanged.connect(self._minutes_changed)

        self.start_button = accessible(QPushButton(self.tr("Start"), self), self.tr("Start or pause the timer"))
        self.start_button.clicked.connect(self.toggle)
        self.reset_button = accessible(QPushButton(self.tr("Reset"), self), self.tr("Reset the timer"))
        self.reset_button.clicked.connect(self.reset)

        row = QHBoxLayout()
        row.addWidget(self.minutes)
        row.addWidget(self.start_button)
        row.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.display)
        layout.addLayout(row)

        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._update)
        self._update()

    # -------------------------------------------------------------- state
    @property
    def running(self) -> bool:
        return self._started_at is not None

    def elapsed(self) -> float:
        extra = self._clock() - self._started_at if self._started_at is not None else 0.0
        return self._elapsed_before + extra

    def remaining(self) -> float:
        """Seconds left; negative once overtime."""
        return self.minutes.value() * 60 - self.elapsed()

    # ------------------------------------------------------------ actions
    def start(self) -> None:
        if self._started_at is None:
            self._started_at = self._clock()
            self._ticker.start()
        self._update()

    def pause(self) -> None:
        if self._started_at is not None:
            self._elapsed_before = self.elapsed()
            self._started_at = None
            self._ticker.stop()
        self._update()

    def toggle(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def reset(self) -> None:
        self._ticker.stop()
        self._started_at = None
        self._elapsed_before = 0.0
        self._expired = False
        self._update()

    def _minutes_changed(self, _value: int) -> None:
        self._expired = False
        self._update()

    def _update(self) -> None:
        left = self.remaining()
        self.display.setText(clock_text(left))
        over = left < 0
        self.display.setStyleSheet(f"color: {ERROR_COLOUR};" if over else "color: #111111;")
        self.start_button.setText(self.tr("Pause") if self.running else self.tr("Start"))
        self.minutes.setEnabled(not self.running)
        self.runningTime.emit(left if self.running else None)
        if left <= 0 and self.running and not self._expired:
            self._expired = True
            self.expired.emit()
