"""The standard Wi-Fi QR code text: one scan puts a phone on the laptop's hotspot.

``WIFI:T:WPA;S:<name>;P:<password>;;`` is what the camera apps of current
iOS and Android read as "join this network". The name and password are
typed by the facilitator, so ``\\ ; , : "`` in them are escaped with a
backslash, as the format asks; otherwise a password with a ``;`` would end
the field early and the phone would join nothing.
"""

from __future__ import annotations

#: Characters the format gives a meaning, escaped with a backslash in a name or password.
SPECIAL = '\\;,:"'

#: The longest Wi-Fi network name (802.11: 32 bytes) and WPA passphrase (63 characters).
MAX_SSID_BYTES = 32
MAX_PASSWORD = 63


def escape(text: str) -> str:
    return "".join("\\" + ch if ch in SPECIAL else ch for ch in text)


def check_wifi(ssid: str, password: str) -> tuple[str, str]:
    """(name, password) ready for a QR code; ValueError naming the field otherwise."""
    if not ssid or len(ssid.encode("utf-8")) > MAX_SSID_BYTES:
        raise ValueError(f"Wi-Fi name: {ssid!r} must be 1 to {MAX_SSID_BYTES} bytes (as the hotspot shows it)")
    if password and not 8 <= len(password) <= MAX_PASSWORD:
        raise ValueError(f"Wi-Fi password: must be 8 to {MAX_PASSWORD} characters, or empty for an open network")
    return ssid, password


def wifi_qr_text(ssid: str, password: str) -> str:
    """The QR code's text: WPA with a password, an open network without one."""
    ssid, password = check_wifi(ssid, password)
    if not password:
        return f"WIFI:T:nopass;S:{escape(ssid)};;"
    return f"WIFI:T:WPA;S:{escape(ssid)};P:{escape(password)};;"
