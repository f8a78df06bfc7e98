"""Small helpers shared by the session console's panels.

Why a module of its own: every panel needs the same few things — give a
control an accessible name, show participant text as plain text, ask a
yes/no question without blocking the event loop, format a figure for a
facilitator who reads it at a glance — and they must behave the same
everywhere in the console.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from pe_desktop.core.instruments import Instrument

W = TypeVar("W", bound=QWidget)

#: Colours with at least 4.5:1 contrast on white (WCAG AA), used for state and messages.
ERROR_COLOUR = "#A40000"
OK_COLOUR = "#1B5E20"
STATE_BACKGROUND = {"pending": None, "open": "#D8F0D8", "closed": "#FFF1C2", "revealed": "#D6E6F7"}


def tr(context: str, text: str, n: int = -1) -> str:
    """Translate outside a QObject method (plural forms with ``n``)."""
    return QCoreApplication.translate(context, text, None, n)


def accessible(widget: W, name: str, description: str = "") -> W:
    """Give ``widget`` the name a screen reader announces; returns it for chaining."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
        if not widget.toolTip():
            widget.setToolTip(description)
    return widget


def plain_label(text: str = "", name: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that never interprets markup: participant text is data."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    if name:
        label.setAccessibleName(name)
    return label


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """``widget``'s font made ``factor`` times larger (point size, never pixel size)."""
    font = QFont(widget.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    font.setBold(bold)
    return font


def ask(
    parent: QWidget, title: str, text: str, yes_text: str, on_yes: Callable[[], None], informative: str = ""
) -> QMessageBox:
    """Ask a yes/no question window-modally and call ``on_yes`` if confirmed.

    Uses ``open()`` rather than ``exec()`` so the event loop keeps running:
    live ratings keep arriving while the facilitator reads the question, and
    tests can click the real button.
    """
    box = QMessageBox(parent)
    box.setObjectName("confirmBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    yes.setAccessibleName(yes_text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)

    def done() -> None:
        if box.clickedButton() is yes:
            on_yes()

    box.finished.connect(done)
    box.open()
    return box


def show_error(parent: QWidget, title: str, text: str) -> QMessageBox:
    """Tell the facilitator an edit was refused (nothing was changed)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def item_title(instrument: Instrument, key: str | None) -> str:
    """The item's title, or a dash for "no item" (a note about the whole session)."""
    if key is None:
        return tr("Console", "Whole session")
    try:
        return instrument.item(key).title
    except KeyError:
        return key


def fmt(value: float | None, digits: int = 1, signed: bool = False) -> str:
    """A figure for the console: few digits, no trailing zeros, a real minus sign, dash if undefined."""
    if value is None:
        return "–"
    text = f"{value:+.{digits}f}" if signed else f"{value:.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("+0", "-0"):
        text = "0"
    return text.replace("-", "−")


def state_text(state: str) -> str:
    """What an item state means to a facilitator."""
    return {
        "pending": tr("Console", "Not started"),
        "open": tr("Console", "Voting open"),
        "closed": tr("Console", "Voting closed"),
        "revealed": tr("Console", "Revealed"),
    }.get(state, state)


def agreement_text(label: str | None) -> str:
    return {
        "agree": tr("Console", "agree"),
        "mixed": tr("Console", "mixed"),
        "split": tr("Console", "split"),
        "too few": tr("Console", "too few"),
    }.get(label or "", label or "–")


def band_text(label: str | None) -> str:
    return {
        "strength": tr("Console", "strength"),
        "watch": tr("Console", "watch"),
        "concern": tr("Console", "concern"),
    }.get(label or "", "–")


def channel_text(channel: str) -> str:
    return {
        "phone": tr("Console", "Phone"),
        "paper": tr("Console", "Paper"),
        "laptop": tr("Console", "Laptop"),
        "tally": tr("Console", "Tally"),
        "import": tr("Console", "Imported"),
    }.get(channel, channel)


def kind_text(kind: str) -> str:
    return {"note": tr("Console", "Note"), "quote": tr("Console", "Quote"), "dissent": tr("Console", "Dissent")}.get(
        kind, kind
    )


def status_text(status: str) -> str:
    return {"open": tr("Console", "Open"), "done": tr("Console", "Done"), "dropped": tr("Console", "Dropped")}.get(
        status, status
    )
