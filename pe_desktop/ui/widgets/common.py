"""Small helpers shared by the session console's panels.

Why a module of its own: every panel needs the same few things — give a
control an accessible name, show participant text as plain text, ask a
yes/no question without blocking the event loop, format a figure for a
facilitator who reads it at a glance — and they must behave the same
everywhere in the console.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QWidget

from pe_desktop.core.instruments import Instrument
from pe_desktop.ui.widgets import labels

if TYPE_CHECKING:
    from pe_desktop.store.records import Group

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


def compact_combo(parent: QWidget, name: str, chars: int = 12) -> QComboBox:
    """A combo box that never widens its window, whatever its entries.

    Group names and item titles are typed by people and can be long
    ("Organizaciones comunitarias del barrio noreste"); a combo box sized to
    its longest entry pushed the session console past a 1280-pixel screen.
    This one asks for room for ``chars`` characters and shows what fits when
    closed; :func:`fill_groups` / :func:`widen_list` let the open list show
    every entry whole.
    """
    combo = accessible(QComboBox(parent), name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


def widen_list(combo: QComboBox) -> None:
    """Let the open list of a :func:`compact_combo` be as wide as its longest entry.

    Measured from the texts (the list's own size hints count only rows it has
    laid out, which a list never opened has not), plus room for the item
    margins, the frame and a scroll bar.
    """
    view = combo.view()
    metrics = view.fontMetrics()
    longest = max((metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0)
    padding = 2 * metrics.averageCharWidth() + 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
    view.setMinimumWidth(longest + padding)


def fill_groups(combo: QComboBox, groups: Iterable[Group], none_text: str) -> None:
    """The session's groups (name shown, id as data), then ``none_text`` for "no group" (None).

    The panels that add people or tallies all offer the same choice, in the
    session's group order, with the "no group" choice last.
    """
    combo.clear()
    for group in groups:
        combo.addItem(group.name, group.id)
    combo.addItem(none_text, None)
    widen_list(combo)


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


#: Statistics labels → their English text; translated in context "Console".
_AGREEMENTS = {"agree": "agree", "mixed": "mixed", "split": "split", "too few": "too few"}
_BANDS = {"strength": "strength", "watch": "watch", "concern": "concern"}


def state_text(state: str) -> str:
    """What an item state means to a facilitator (:func:`labels.item_state_text`)."""
    return labels.item_state_text(state)


def agreement_text(label: str | None) -> str:
    return tr("Console", _AGREEMENTS[label]) if label in _AGREEMENTS else label or "–"


def band_text(label: str | None) -> str:
    return tr("Console", _BANDS[label]) if label in _BANDS else "–"


def channel_text(channel: str) -> str:
    return labels.channel_text(channel)


def kind_text(kind: str) -> str:
    return labels.note_kind_text(kind)


def status_text(status: str) -> str:
    """An action item's status (:func:`labels.action_status_text`)."""
    return labels.action_status_text(status)
