"""The join screen's Wi-Fi QR code (issue 13).

Phones first have to be on the laptop's hotspot. A standard Wi-Fi QR code
(``WIFI:T:WPA;S:…;P:…;;``), which the camera apps of current iOS and Android
read as "join this network", sits next to the voting QR code, with the
network's name in words. The address shown in words beside the codes is the
short one, the one a person can type when a camera fails.
"""

from __future__ import annotations

import io

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPixmap
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
    """Step 1 of joining: the hotspot's QR code with the network's name under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("joinWifi")
        self._pixmap: QPixmap | None = None
        self._wifi_text: str | None = None
        self._ssid = ""
        self.qr = QLabel(self)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setAccessibleName(self.tr("QR code to join the Wi-Fi network"))
        self.caption = QLabel(self)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)  # the network name is typed by a person: data
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        self.caption.setAccessibleName(self.tr("Wi-Fi network to join"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.caption)
        self.set_info("", None, "")

    @property
    def ssid(self) -> str:
        return self._ssid

    def set_info(self, ssid: str, wifi_text: str | None, caption: str) -> None:
        """Show the network ``ssid`` with its QR code (``wifi_text``; None: not entered).

        ``caption`` ("1. Join the Wi-Fi …") is already in the room's language.
        """
        self._ssid = ssid if wifi_text else ""
        if wifi_text != self._wifi_text:  # the join screen redraws on every phone that joins: encode once
            self._wifi_text = wifi_text
            self._pixmap = None
            if wifi_text:
                pixmap = QPixmap()
                if pixmap.loadFromData(qr_png(wifi_text)):
                    self._pixmap = pixmap
        self.caption.setText(caption)
        self.setVisible(bool(self._ssid) and self._pixmap is not None)

    def apply_size(self, side: int, font: QFont) -> None:
        """The code ``side`` pixels square, as big as the voting code beside it, and the caption in ``font``.

        The code's size is fixed, never left to the layout: a squeezed code
        loses its quiet zone and no camera reads it.
        """
        self.caption.setFont(font)
        if self._pixmap is not None:
            self.qr.setFixedSize(side, side)
            self.qr.setPixmap(self._pixmap.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                                  Qt.TransformationMode.FastTransformation))
        # the page's layout hears of the new size now, not after the next event loop turn
        self.updateGeometry()
