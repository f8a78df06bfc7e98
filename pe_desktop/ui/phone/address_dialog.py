"""Session ▸ Start phone voting…: which network address the phones use.

Phones reach the laptop over its Wi-Fi hotspot or the room's network, so
the server must listen on *that* interface's address, and the QR code must
carry it (docs/design.md §6). A laptop often has several addresses (hotspot, wired,
VPN, IPv6), and only the facilitator knows which network the room is on, so
we list them and ask instead of guessing. Never offered: 0.0.0.0 / :: (every
interface at once, which also exposes the session on networks nobody meant)
and IPv6 link-local addresses (they need a scope id that phones cannot type
or put in a URL). 127.0.0.1 is always listed, last, for trying the page on
this computer only.

If the chosen port is taken, the error is shown in the dialog and the
facilitator picks again; the dialog closes only once the server listens.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtNetwork import QNetworkInterface
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pe_desktop.core.wifi import check_wifi
from pe_desktop.ui.phone.hotspot import hotspot, remember_hotspot
from pe_desktop.ui.settings import open_settings
from pe_desktop.ui.widgets.common import ERROR_COLOUR, accessible, tr

#: The port offered first: easy to read off the screen and rarely taken.
DEFAULT_PORT = 8765

LOOPBACK = "127.0.0.1"

#: Start(host, port) -> join URL; raises OSError (port taken, address gone) or ValueError.
StartFn = Callable[[str, int], str]


@dataclass(frozen=True)
class AddressChoice:
    """One address the server could listen on."""

    interface: str
    address: str
    loopback: bool = False
    running: bool = True

    @property
    def ipv6(self) -> bool:
        return ipaddress.ip_address(self.address).version == 6

    def label(self) -> str:
        """"wlan0 — 192.168.4.1" (loopback: "… (this computer only)")."""
        text = f"{self.interface} — {self.address}"
        if self.loopback:
            text += " " + tr("PhoneAddressDialog", "(this computer only)")
        elif not self.running:
            text += " " + tr("PhoneAddressDialog", "(not connected)")
        return text


def offerable(address: str) -> str | None:
    """The compressed address if phones could use it, else None.

    Refused: not an IP address, the unspecified address (0.0.0.0, ::),
    multicast, and IPv6 link-local (``fe80::…%wlan0`` cannot go in a URL
    a phone opens). A scope suffix is dropped from any other address.
    """
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0].strip("[]"))
    except ValueError:
        return None
    if ip.is_unspecified or ip.is_multicast or (ip.version == 6 and ip.is_link_local):
        return None
    return ip.compressed


def order_addresses(choices: Iterable[AddressChoice]) -> list[AddressChoice]:
    """Likeliest first: running non-loopback IPv4, then IPv6, then not running; loopback last; no duplicates."""
    seen: set[str] = set()
    unique = []
    for choice in choices:
        if choice.address not in seen:
            seen.add(choice.address)
            unique.append(choice)
    return sorted(unique, key=lambda c: (c.loopback, not c.running, c.ipv6))


def machine_addresses() -> list[AddressChoice]:
    """This computer's usable addresses (QNetworkInterface), in :func:`order_addresses` order.

    Interfaces that are down are left out (nothing can reach them); IPv6
    loopback is left out (127.0.0.1 says the same); 127.0.0.1 is always there.
    """
    flags = QNetworkInterface.InterfaceFlag
    found: list[AddressChoice] = []
    for interface in QNetworkInterface.allInterfaces():
        iflags = interface.flags()
        if not iflags & flags.IsUp:
            continue
        name = interface.humanReadableName() or interface.name()
        for entry in interface.addressEntries():
            address = offerable(entry.ip().toString())
            if address is None:
                continue
            ip = ipaddress.ip_address(address)
            if ip.is_loopback and ip.version == 6:
                continue
            found.append(AddressChoice(name, address, loopback=ip.is_loopback,
                                       running=bool(iflags & flags.IsRunning)))
    if not any(c.address == LOOPBACK for c in found):
        found.append(AddressChoice("lo", LOOPBACK, loopback=True))
    return order_addresses(found)


class PhoneAddressDialog(QDialog):
    """Pick the address and port, then start; stays open with the error if starting fails."""

    def __init__(self, start: StartFn, parent: QWidget | None = None,
                 list_addresses: Callable[[], list[AddressChoice]] = machine_addresses) -> None:
        super().__init__(parent)
        self._start = start
        self._list_addresses = list_addresses
        self.join_url: str | None = None
        self.setObjectName("phoneAddressDialog")
        title = self.tr("Start phone voting")
        self.setWindowTitle(title)
        self.setAccessibleName(title)

        intro = QLabel(self.tr(
            "Choose the network the phones are on, usually this laptop's Wi-Fi hotspot. "
            "Phones must be connected to that network; they need no internet."), self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)

        form = self._build_form()

        self.hint = QLabel(self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        accessible(self.hint, self.tr("Network hint"))
        self.error = QLabel(self)
        self.error.setObjectName("phoneAddressError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        accessible(self.error, self.tr("Why phone voting did not start"))
        self.error.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.start_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(self.tr("&Start"))
        self.start_button.setAccessibleName(self.tr("Start phone voting"))
        self.buttons.accepted.connect(self.try_start)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.refresh()

    def _build_form(self) -> QFormLayout:
        """Address (with Refresh), port, and the hotspot's name and password."""
        self.address = accessible(QComboBox(self), self.tr("Network address"),
                                  self.tr("The address phones open; it goes into the QR code"))
        self.refresh_button = accessible(QPushButton(self.tr("&Refresh"), self), self.tr("Refresh the list of addresses"),
                                         self.tr("List the addresses again, e.g. after turning on the hotspot"))
        self.refresh_button.clicked.connect(self.refresh)
        address_row = QHBoxLayout()
        address_row.addWidget(self.address, 1)
        address_row.addWidget(self.refresh_button)

        self.port = accessible(QSpinBox(self), self.tr("Port"), self.tr("0 lets the computer pick any free port"))
        self.port.setRange(0, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setSpecialValueText(self.tr("any free port"))

        form = QFormLayout()
        label = QLabel(self.tr("&Address:"), self)
        label.setBuddy(self.address)
        form.addRow(label, address_row)
        label = QLabel(self.tr("&Port:"), self)
        label.setBuddy(self.port)
        form.addRow(label, self.port)
        self._add_hotspot_rows(form)
        return form

    # ------------------------------------------------------------ choices
    def choices(self) -> list[AddressChoice]:
        return [self.address.itemData(i) for i in range(self.address.count())]

    def refresh(self) -> None:
        """List the addresses again, keeping the selection if it is still there."""
        previous = self.host()
        self.address.clear()
        for choice in self._list_addresses():
            if offerable(choice.address) is None:
                continue  # never offer 0.0.0.0 or link-local, whatever the lister returns
            self.address.addItem(choice.label(), choice)
        index = next((i for i, c in enumerate(self.choices()) if c.address == previous), -1)
        if index < 0:
            index = next((i for i, c in enumerate(self.choices()) if not c.loopback), 0)
        self.address.setCurrentIndex(index)
        if any(not c.loopback for c in self.choices()):
            self.hint.setText(self.tr("Not sure which? The hotspot's address often starts with 192.168. or 10."))
        else:
            self.hint.setText(self.tr(
                "This computer is not connected to any network, so only this computer can open the page. "
                "Turn on the Wi-Fi hotspot, then press Refresh."))
        self.start_button.setEnabled(self.address.count() > 0)

    def host(self) -> str | None:
        choice = self.address.currentData()
        return choice.address if isinstance(choice, AddressChoice) else None

    # ------------------------------------------------------------ hotspot
    def _add_hotspot_rows(self, form: QFormLayout) -> None:
        """The hotspot's name and password, for the Wi-Fi QR code (kept on this laptop)."""
        ssid, password = hotspot(open_settings())
        self.wifi_name = accessible(QLineEdit(ssid, self), self.tr("Wi-Fi name"),
                                    self.tr("The hotspot's network name; with the password it makes a Wi-Fi QR code"))
        self.wifi_password = accessible(QLineEdit(password, self), self.tr("Wi-Fi password"),
                                        self.tr("Shown in the Wi-Fi QR code on the screen and the ballots"))
        self.wifi_name.setPlaceholderText(self.tr("optional"))
        for text, field in ((self.tr("&Wi-Fi name:"), self.wifi_name), (self.tr("Wi-Fi pass&word:"), self.wifi_password)):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)

    def _keep_hotspot(self) -> bool:
        """Check and keep the hotspot's name and password; False (with the reason shown) when they cannot work."""
        ssid, password = self.wifi_name.text().strip(), self.wifi_password.text()
        if ssid:
            try:
                check_wifi(ssid, password)
            except ValueError as exc:
                self.error.setText(str(exc))
                self.error.show()
                self.wifi_name.setFocus()
                return False
        remember_hotspot(open_settings(), ssid, password)
        return True

    # ------------------------------------------------------------- start
    def try_start(self) -> None:
        """Start the server; on failure show why and stay open so another port or address can be tried."""
        host = self.host()
        if host is None:
            return
        port = self.port.value()
        if not self._keep_hotspot():
            return
        try:
            self.join_url = self._start(host, port)
        except (OSError, ValueError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc) or exc.__class__.__name__
            shown_port = str(port) if port else self.tr("any free port")
            self.error.setText(
                self.tr("Could not listen on %1, port %2: %3. Choose another port (0 = any free port) "
                        "or another address.").replace("%1", host).replace("%2", shown_port).replace("%3", reason)
            )
            self.error.show()
            self.port.setFocus()
            return
        self.error.hide()
        self.accept()
