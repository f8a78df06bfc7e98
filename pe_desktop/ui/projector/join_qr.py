"""The join screen's Wi-Fi QR code and short address (issue 13).

Phones first have to be on the laptop's hotspot. A standard Wi-Fi QR code
(``WIFI:T:WPA;S:…;P:…;;``), which the camera apps of current iOS and Android
read as "join this network", sits next to the voting QR code, with the
network's name in words and the short address to type when a camera fails.
"""

from __future__ import annotations

import io

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

#: Pixels per QR module before scaling to the screen (scaled with FastTransformation: crisp).
QR_SCALE = 8


def qr_png(text: str, scale: int = QR_SCALE) -> bytes:
    """``text`` as a black-on-white QR code PNG (error level M, 4-module quiet zone)."""
    buffer = io.BytesIO()
    segno.make(text, error="m", micro=False).save(buffer, kind="png", scale=scale, border=4,
                                                  dark="#000000", light="#ffffff")
    return buffer.getvalue()


class JoinWifi(QWidget):
    """Step 1 of joining: the hotspot's QR code and name; and the short address to type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("joinWifi")
        self._pixmap: QPixmap | None = None
        self._ssid = ""
        self._short_url = ""
        self.qr = QLabel(self)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setAccessibleName(self.tr("QR code to join the Wi-Fi network"))
        self.caption = QLabel(self)
        #: the short address, placed by the projector under the voting code's address (shown without Wi-Fi too)
        self.short = QLabel(parent)
        for label in (self.caption, self.short):
            label.setTextFormat(Qt.TextFormat.PlainText)  # the network name is typed by a person: data
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        self.caption.setAccessibleName(self.tr("Wi-Fi network to join"))
        self.short.setAccessibleName(self.tr("Short address to type"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.caption)
        self.set_info("", None, "")

    @property
    def ssid(self) -> str:
        return self._ssid

    def set_info(self, ssid: str, wifi_text: str | None, short_url: str, caption: str = "", short_text: str = "") -> None:
        """Show the network ``ssid`` with its QR code (``wifi_text``; None: not entered) and ``short_url``.

        ``caption`` ("1. Join the Wi-Fi …") and ``short_text`` ("Or type: …")
        are already in the room's language (the projector's plain words).
        """
        self._ssid = ssid if wifi_text else ""
        self._short_url = short_url
        self._pixmap = None
        if wifi_text:
            pixmap = QPixmap()
            if pixmap.loadFromData(qr_png(wifi_text)):
                self._pixmap = pixmap
        self.qr.setVisible(self._pixmap is not None)
        self.caption.setVisible(bool(self._ssid))
        self.caption.setText(caption)
        self.short.setVisible(bool(short_url))
        self.short.setText(short_text)
        self.setVisible(bool(self._ssid))

    def apply_font(self, font: QFont, side: int) -> None:
        """Follow the projector's type size; ``side`` is the voting QR code's side in pixels.

        The Wi-Fi code and its two lines of text stand as tall as the voting
        code beside them, so the code itself is smaller by those lines: never
        squeezed by the layout, which would cut its quiet zone and make it unreadable.
        """
        self.caption.setFont(font)
        self.short.setFont(font)
        if self._pixmap is not None:
            lines = QFontMetrics(font).lineSpacing() * 2
            own = max(100, side - lines)
            self.qr.setFixedSize(own, own)
            self.qr.setPixmap(self._pixmap.scaled(own, own, Qt.AspectRatioMode.KeepAspectRatio,
                                                  Qt.TransformationMode.FastTransformation))
