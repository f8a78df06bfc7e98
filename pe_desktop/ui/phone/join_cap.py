"""The phone join limit in the console: a warning when phones are turned away, and "Raise the limit…".

Each session takes at most a set number of phones (300 unless raised; kept
in the archive, pe_desktop.store.phone_credentials), so one client cannot
flood it with participants. A real room can be bigger: when the server has
refused joins because the limit was reached, the console's status bar says so
in a strong colour with a button that opens :class:`JoinCapDialog`. The new
limit is written through the session op (pe_desktop.session.ops.set_phone_cap)
and the running server reads it at the very next join.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pe_desktop.store.errors import ValidationError
from pe_desktop.store.phone_credentials import MAX_JOIN_CAP
from pe_desktop.ui.widgets.common import accessible

#: How much the dialog suggests raising the limit by (a second room's worth of phones).
SUGGESTED_STEP = 50

#: Dark red on pale red: 9.0:1 contrast, legible from across the room.
_WARNING_STYLE = "QLabel { color: #7a1010; background: #fde2e2; font-weight: bold; padding: 2px 6px; }"


class JoinCapDialog(QDialog):
    """Asks for the new limit; ``apply(cap)`` writes it (a ValidationError is shown and the dialog stays)."""

    def __init__(self, joined: int, cap: int, apply: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("joinCapDialog")
        self.setWindowTitle(self.tr("Phone limit"))
        self._apply = apply
        intro = QLabel(self.tr("%1 of %2 phones have joined. Phones beyond the limit are turned away; "
                               "raise it if more people in the room want to vote by phone.")
                       .replace("%1", str(joined)).replace("%2", str(cap)), self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.spin = accessible(QSpinBox(self), self.tr("Most phones that may join"))
        self.spin.setObjectName("joinCapSpin")
        self.spin.setRange(1, MAX_JOIN_CAP)
        self.spin.setValue(min(MAX_JOIN_CAP, max(cap, joined) + SUGGESTED_STEP))
        self.error = QLabel(self)
        self.error.setObjectName("joinCapError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(_WARNING_STYLE)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Phones allowed:"), self.spin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Set limit"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.spin.setFocus()
        self.spin.selectAll()

    def accept(self) -> None:
        try:
            self._apply(self.spin.value())
        except ValidationError as exc:
            self.error.setText(self.tr("Could not set the limit: %1").replace("%1", str(exc)))
            self.error.show()
            return
        super().accept()


class CapBanner(QWidget):
    """Status-bar strip while phone voting runs: a warning once phones are refused, and the raise button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phoneCapBanner")
        self.warning = accessible(QLabel(self), self.tr("Phone limit warning"))
        self.warning.setObjectName("phoneCapWarning")
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setStyleSheet(_WARNING_STYLE)
        self.raise_button = QPushButton(self.tr("Raise the &limit…"), self)
        self.raise_button.setObjectName("phoneCapRaise")
        self.raise_button.setToolTip(self.tr("Let more phones join this session"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.warning)
        layout.addWidget(self.raise_button)

    def show_state(self, running: bool, refused: int, cap: int) -> None:
        """Hidden while phone voting is off; the warning only once phones were turned away."""
        self.setVisible(running)
        if refused:
            self.warning.setText(self.tr("Phone limit reached: %1 phones. Turned away so far: %2")
                                 .replace("%1", str(cap)).replace("%2", str(refused)))
        self.warning.setVisible(running and refused > 0)
