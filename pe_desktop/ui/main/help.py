"""Help → How to run a session, and Help → About (with the framework credit).

The help is short and plain on purpose: it is read by a facilitator minutes
before a meeting, often not a technical person. The text is ours (no
participant data), so it may use simple HTML for headings and lists.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def how_to_html() -> str:
    """The "How to run a session" page."""
    steps = [
        (
            _tr("Before the meeting"),
            [
                _tr("Session ▸ New session: choose the form, the partnership, the date and place."),
                _tr(
                    "Add the stakeholder groups (for example Residents, Community organizations, Hospital staff, "
                    "Funders) "
                    "and say for each whether it is on the community or the institution side."
                ),
                _tr(
                    "Keep the minimum group size at 3 unless you have a reason: a smaller group is never shown on "
                    "its own, "
                    "so nobody's rating can be picked out."
                ),
                _tr("If some people will use paper, print ballots (File ▸ Print ballots)."),
            ],
        ),
        (
            _tr("In the room"),
            [
                _tr(
                    "Open the session console (Enter on the session, or Session ▸ Open console). "
                    "Show the projector window on the second screen from the console's View menu."
                ),
                _tr(
                    "People join with their phone, fill in a paper ballot, vote by show of hands (you type the "
                    "counts), "
                    "or take turns on the laptop. Nobody needs a name, an account or a smartphone."
                ),
                _tr(
                    "Open voting for one attribute or all of them. While voting is open the screen only shows how many "
                    "have rated, so early votes do not sway later ones."
                ),
                _tr(
                    "Close voting and reveal: everyone sees the spread of scores, the middle score and how much "
                    "people agree."
                ),
            ],
        ),
        (
            _tr("Discuss"),
            [
                _tr(
                    "Start with the attributes the console lists under “Discuss first”: least agreement, the biggest "
                    "gap "
                    "between community and institution, or the lowest scores."
                ),
                _tr(
                    "Write down notes, quotes and disagreements, and agree on action items with an owner and a due "
                    "date. "
                    "Everything is saved at once; Ctrl+Z undoes a mistake while the session is open."
                ),
                _tr("If you planned two rounds, start round 2 and rate again: the result shows how views moved."),
            ],
        ),
        (
            _tr("After the meeting"),
            [
                _tr("Close the session in the console. The archive is backed up automatically."),
                _tr(
                    "Export the PDF summary for everyone (File ▸ Export summary PDF). Open action items carry "
                    "forward to "
                    "the partnership's next session."
                ),
            ],
        ),
    ]
    parts = [f"<h2>{_tr('How to run a session')}</h2>"]
    for heading, items in steps:
        parts.append(f"<h3>{heading}</h3><ol>")
        parts.extend(f"<li>{item}</li>" for item in items)
        parts.append("</ol>")
    keys = _tr("Keyboard: Ctrl+N new session, Enter opens the selected session, Ctrl+F filters the list, "
               "F1 shows this help.")
    parts.append(f"<p>{keys}</p>")
    return "\n".join(parts)


class HelpDialog(QDialog):
    """A resizable, non-modal help window the facilitator can keep open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("How to run a session"))
        self.setAccessibleName(self.windowTitle())
        self.resize(640, 620)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setHtml(how_to_html())
        self.browser.setAccessibleName(self.tr("Help text"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close help"))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


def about_text(version: str, framework_source: str, stages_source: str) -> tuple[str, str]:
    """(headline, details) for Help ▸ About, as plain text."""
    headline = _tr("pe_desktop %1 — facilitated partnership-equity workshops").replace("%1", version)
    lines = [
        _tr("Participants rate the attributes of a partnership, see the spread of scores, discuss, rate again and "
            "take home a summary. Everything works offline and is kept in a local archive."),
        "",
        _tr("Credit: the default form is the Partnership Equity Framework."),
    ]
    if framework_source:
        lines.append(framework_source)
    if stages_source:
        lines += ["", stages_source]
    lines += ["", _tr("Built with Qt for Python (PySide6), SQLite, sqlite-utils, pyqtgraph and reportlab.")]
    return headline, "\n".join(lines)
