"""The join banner: a small QR code and the short address, on every view while phone voting runs.

Why: people arrive late. Without the banner the facilitator has to switch the
room back to the join screen (and lose the result on screen) for each one.
The banner sits in a corner strip, never over a chart; its address is in
the minimum back-row size, since someone has to type it from the back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from pe_desktop.ui.projector.layout import min_cap_px, set_role_font
from pe_desktop.ui.projector.widgets import plain_label

__all__ = ["JoinBanner", "short_address"]


def short_address(url: str) -> str:
    """What a person types: the address without "http://" (the phone's browser adds it)."""
    for prefix in ("http://", "https://"):
        if url.startswith(prefix):
            return url[len(prefix):]
    return url


class JoinBanner(QWidget):
    """QR + "Join: address", hidden when phone voting is off."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("How to join by phone"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        self.qr = QLabel(self)
        self.qr.setAccessibleName(self.tr("QR code to join by phone"))
        self.address = plain_label(self, self.tr("Address to join by phone"), wrap=False)
        self.address.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout.addStretch(1)
        layout.addWidget(self.qr)
        layout.addWidget(self.address, 0)
        self._pixmap: QPixmap | None = None
        self._height = 1080
        self.hide()

    def set_join(self, text: str | None, qr: QPixmap | None) -> None:
        """Show ``text`` (already "Join: …" in the room's language) and the QR; None hides the banner."""
        self._pixmap = qr
        self.address.setText(text or "")
        self.setVisible(bool(text))
        self._place_qr()

    def resize_text(self, window_height: int) -> None:
        self._height = window_height
        set_role_font(self.address, "banner", window_height)
        self._place_qr()

    def _place_qr(self) -> None:
        if self._pixmap is None:
            self.qr.hide()
            return
        side = int(min_cap_px(self._height) * 3.5)
        self.qr.setPixmap(self._pixmap.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.FastTransformation))
        self.qr.show()
