"""The hotspot's Wi-Fi QR code in the GUI (issue 13): entered once in the phone address
dialog, kept on this laptop, shown on the projector's join screen and on the ballots;
the Phones help page; the phone link kept in the archive, not in the settings."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from pe_desktop.core.wifi import wifi_qr_text
from pe_desktop.report import write_ballots_pdf
from pe_desktop.server.credentials import session_link
from pe_desktop.ui.main.window import MainWindow
from pe_desktop.ui.phone.hotspot import hotspot
from pe_desktop.ui.settings import open_settings


def decode(image: QImage) -> list[str]:
    import zxingcpp

    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    rows = np.frombuffer(gray.constBits(), dtype=np.uint8, count=gray.bytesPerLine() * gray.height())
    pixels = rows.reshape(gray.height(), gray.bytesPerLine())[:, :gray.width()]
    return sorted(code.text for code in zxingcpp.read_barcodes(np.ascontiguousarray(pixels)))


def start_with_hotspot(qtbot, console, ssid: str, password: str) -> None:
    console.phone.act_start.trigger()
    dialog = console.phone.dialog
    # pick the address as from the combo box (the dialog has no test-only method for it)
    dialog.address.setCurrentIndex(next(i for i, c in enumerate(dialog.choices()) if c.address == "127.0.0.1"))
    dialog.port.setValue(0)
    dialog.wifi_name.setText(ssid)
    dialog.wifi_password.setText(password)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)


def test_the_hotspot_is_kept_and_the_join_screen_shows_both_codes(qtbot, console):
    start_with_hotspot(qtbot, console, "Taller Sur", "clave;secreta")
    qtbot.waitUntil(lambda: console.phone.dialog is None, timeout=5000)
    assert hotspot(open_settings()) == ("Taller Sur", "clave;secreta")
    bridge = console.phone.bridge
    projector = console.projector
    projector.resize(1600, 900)
    projector.show()
    qtbot.waitExposed(projector)
    assert projector.join_wifi.ssid == "Taller Sur"
    # the address in words is the short one, the one a person can type
    assert projector.join_url_label.text() == bridge.short_url.removeprefix("http://")
    shot = projector.grab().toImage()
    assert decode(shot) == sorted([bridge.join_url, wifi_qr_text("Taller Sur", "clave;secreta")])


def test_a_bad_hotspot_password_is_refused_with_the_field_named(qtbot, console):
    start_with_hotspot(qtbot, console, "Taller", "short")
    dialog = console.phone.dialog
    assert dialog is not None and not console.phone.bridge.running
    assert "Wi-Fi password" in dialog.error.text()
    dialog.wifi_password.setText("")  # an open network needs none
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: console.phone.bridge.running, timeout=5000)


def test_ballots_carry_the_wifi_code(tmp_path, archive, session_id):
    from helpers import pdf_text

    target = tmp_path / "ballots.pdf"
    write_ballots_pdf(archive, session_id, target, blanks=1, join_url="http://10.42.0.1:8765/j/abcdefghijkl",
                      wifi=("Taller Sur", wifi_qr_text("Taller Sur", "clave;secreta")))
    assert "Taller Sur" in pdf_text(target)


def test_the_phone_link_lives_in_the_archive(qtbot, console, archive, session_id):
    console.phone.bridge.start("127.0.0.1", 0)
    link = session_link(archive, session_id)
    assert console.phone.bridge.join_url.endswith(f"/j/{link.token}")
    assert console.phone.bridge.server.secret == link.secret
    assert console.phone.bridge.short_url.endswith(f"/{link.short_code}")


def test_help_has_a_phones_page(qtbot, archive):
    window = MainWindow(archive, open_settings())
    qtbot.addWidget(window)
    dialog = window.menu.show_phones_help()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    for words in ("Mobile hotspot takes 8", "travel router", "Paper ballots", "without internet", "Linux", "macOS"):
        assert words in text
    assert window.menu.act_phones_help in window.menu.menus["help"].actions()
