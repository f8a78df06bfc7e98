"""The laptop's hotspot name and password, kept per laptop (QSettings), for the Wi-Fi QR code.

Entered once in the phone address dialog; the join screen and the paper
ballots then show a QR code that puts a phone on the hotspot in one scan.
The password is the hotspot's, which everyone in the room is meant to get.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from pe_desktop.core.wifi import wifi_qr_text

HOTSPOT_KEY = "phone/hotspot"


def hotspot(settings: QSettings) -> tuple[str, str]:
    """(network name, password) as last entered; ("", "") when never entered."""
    import json

    raw = settings.value(HOTSPOT_KEY, "")
    try:
        data = json.loads(raw) if isinstance(raw, str) and raw else {}
        return str(data.get("ssid", "")), str(data.get("password", ""))
    except (ValueError, AttributeError):
        return "", ""


def remember_hotspot(settings: QSettings, ssid: str, password: str) -> None:
    import json

    settings.setValue(HOTSPOT_KEY, json.dumps({"ssid": ssid, "password": password}))
    settings.sync()


def hotspot_qr_text(settings: QSettings) -> tuple[str, str | None]:
    """(network name, Wi-Fi QR text), the text None when no usable name and password were entered."""
    ssid, password = hotspot(settings)
    if not ssid:
        return "", None
    try:
        return ssid, wifi_qr_text(ssid, password)
    except ValueError:
        return ssid, None
