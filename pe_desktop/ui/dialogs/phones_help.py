"""Help ▸ Phones and Wi-Fi: getting phones onto the laptop's network, in plain words.

Phone voting needs no internet, only a network the phones and the laptop
share; usually the laptop's own hotspot. Facilitators meet the limits in the
room (a hotspot that takes 8 devices, a venue Wi-Fi that keeps devices apart),
so this page says what to do before the meeting and what to bring, and that
paper, show of hands and the laptop remain for everyone else. The text is
ours (no participant data), so it may use simple HTML.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("PhonesHelp", text)


def phones_html() -> str:
    """The "Phones and Wi-Fi" page."""
    sections = [
        (_tr("What phones need"), [
            _tr("Phones and this laptop must be on the same Wi-Fi network. No internet is needed: "
                "the votes go straight to the laptop."),
            _tr("The easiest network is the laptop's own hotspot. Turn it on before the meeting, then choose its "
                "address in Session ▸ Start phone voting."),
            _tr("Type the hotspot's name and password once in that window. The join screen and the paper ballots "
                "then show a Wi-Fi code: one scan with the phone's camera joins the network, a second scan opens "
                "the voting page. People can also type the short address shown under the codes."),
        ]),
        (_tr("Turning on a hotspot without internet"), [
            _tr("Windows: Settings ▸ Network and internet ▸ Mobile hotspot. Choose to share over Wi-Fi and turn it "
                "on. If it asks for an internet connection, connect any network first or use a travel router."),
            _tr("macOS: a Mac cannot make a Wi-Fi hotspot without an internet connection to share. "
                "Bring a travel router, or use the venue's Wi-Fi if phones on it can reach each other."),
            _tr("Linux: in the Wi-Fi settings choose “Turn On Wi-Fi Hotspot…”. It works without internet."),
        ]),
        (_tr("How many phones"), [
            _tr("A laptop hotspot takes only a few devices: Windows' Mobile hotspot takes 8. "
                "Others take about 10."),
            _tr("For more people, bring a travel router (a small, cheap Wi-Fi box): connect the laptop and the "
                "phones to it. It needs no internet either."),
            _tr("Venue or guest Wi-Fi often keeps devices apart, so phones cannot reach the laptop. "
                "Try it before the meeting."),
            _tr("A session lets up to 300 phones join, so nobody can flood it; "
                "“pe-desktop serve --max-phones N” raises the limit."),
        ]),
        (_tr("Everyone can take part"), [
            _tr("Phones are one way among several. Paper ballots, show of hands (you type the counts) and taking "
                "turns on the laptop stay open to everyone, and all votes count the same."),
            _tr("Someone whose phone runs out of battery can go on with another phone: their page shows a rejoin "
                "code to type on the new one."),
        ]),
    ]
    parts = [f"<h2>{_tr('Phones and Wi-Fi')}</h2>"]
    for heading, items in sections:
        parts.append(f"<h3>{heading}</h3><ul>")
        parts.extend(f"<li>{item}</li>" for item in items)
        parts.append("</ul>")
    return "\n".join(parts)


class PhonesHelpDialog(QDialog):
    """A resizable, non-modal help window about phones and hotspots."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Phones and Wi-Fi"))
        self.setAccessibleName(self.windowTitle())
        self.resize(640, 620)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setHtml(phones_html())
        self.browser.setAccessibleName(self.tr("Help text"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close help"))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
