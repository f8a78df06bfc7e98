"""The right-hand pane of the main window: what the selected row is about.

A facilitator picks the right session by its details (date, place, groups)
before opening it in front of a room, so they are shown in full, with the
main actions as large buttons. Every value shown was typed by someone, so
every label is plain text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pe_desktop.ui.browser_model import status_text
from pe_desktop.ui.labels import position_labels, stage_labels


def _plain(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setAccessibleName(name)
    return label


class DetailsPane(QWidget):
    """Details of a session or a partnership, plus Open / Edit / Delete buttons."""

    openRequested = Signal()
    editRequested = Signal()
    deleteRequested = Signal()
    newRequested = Signal()
    #: The partnership's trend window was asked for.
    trendRequested = Signal()

    FIELDS = ("partnership", "held_on", "location", "facilitator", "stage", "instrument", "status", "rounds",
              "groups", "participants", "min_group_size", "notes", "actions")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Details"))
        self.heading = _plain(name=self.tr("Selected title"))
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = _plain(name=self.tr("Summary"))

        captions = {
            "partnership": self.tr("Partnership:"), "held_on": self.tr("Date:"), "location": self.tr("Place:"),
            "facilitator": self.tr("Facilitator:"), "stage": self.tr("Stage:"), "instrument": self.tr("Form:"),
            "status": self.tr("Status:"), "rounds": self.tr("Rounds:"), "groups": self.tr("Groups:"),
            "participants": self.tr("Participants:"), "min_group_size": self.tr("Minimum group size:"),
            "notes": self.tr("Notes:"), "actions": self.tr("Action items:"),
        }
        self._form = QFormLayout()
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.values: dict[str, QLabel] = {}
        for key in self.FIELDS:
            caption = QLabel(captions[key])
            value = _plain(name=captions[key].rstrip(":"))
            caption.setBuddy(value)
            self.values[key] = value
            self._form.addRow(caption, value)

        self.open_button = QPushButton(self.tr("Open session console"))
        self.open_button.setAccessibleName(self.tr("Open session console"))
        self.open_button.setDefault(False)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit session"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete session"))
        self.new_button = QPushButton(self.tr("New session…"))
        self.new_button.setAccessibleName(self.tr("New session"))
        self.open_button.clicked.connect(self.openRequested)
        self.edit_button.clicked.connect(self.editRequested)
        self.delete_button.clicked.connect(self.deleteRequested)
        self.new_button.clicked.connect(self.newRequested)
        self.trend_button = QPushButton(self.tr("Show trends…"))
        self.trend_button.setAccessibleName(self.tr("Show the partnership's trends"))
        self.trend_button.setToolTip(self.tr("Each item's median, agreement and number of ratings, session by session"))
        self.trend_button.clicked.connect(self.trendRequested)
        self.trend_button.hide()
        buttons = QHBoxLayout()
        for button in (self.open_button, self.edit_button, self.delete_button, self.trend_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(self._form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.show_nothing(self.tr("Choose a session on the left, or create a new one."))

    # ----------------------------------------------------------------- show
    def _set_rows_visible(self, keys: Sequence[str]) -> None:
        for key in self.FIELDS:
            self._form.setRowVisible(self.values[key], key in keys)

    def show_nothing(self, message: str) -> None:
        self.heading.setText("")
        self.heading.hide()
        self.summary.setText(message)
        self._set_rows_visible(())
        for button in (self.open_button, self.edit_button, self.delete_button, self.trend_button):
            button.hide()

    def show_partnership(self, partnership: Mapping, session_count: int) -> None:
        self.heading.setText(partnership["name"])
        self.heading.show()
        description = partnership.get("description") or ""
        count = self.tr("1 session") if session_count == 1 else self.tr("%1 sessions").replace("%1", str(session_count))
        self.summary.setText(f"{description}\n\n{count}" if description else count)
        self._set_rows_visible(())
        for button in (self.open_button, self.edit_button, self.delete_button):
            button.hide()
        self.trend_button.show()

    def show_session(
        self, session: Mapping, groups: Sequence[Mapping], participants: int, notes: int, open_actions: int,
        actions: int,
    ) -> None:
        """``session`` is an ``Archive.session()`` row."""
        self.heading.setText(session["title"])
        self.heading.show()
        self.summary.setText("")
        positions = position_labels()
        stage = session.get("stage")
        rounds = int(session.get("rounds") or 1)
        current = int(session.get("current_round") or 1)
        texts = {
            "partnership": session.get("partnership") or "",
            "held_on": session.get("held_on") or self.tr("no date"),
            "location": session.get("location") or "—",
            "facilitator": session.get("facilitator") or "—",
            "stage": stage_labels().get(stage, "—") if stage else "—",
            "instrument": session.get("instrument_title") or session.get("instrument_key") or "",
            "status": status_text(session["status"]),
            "rounds": (self.tr("1 round") if rounds == 1 else self.tr("2 rounds (now in round %1)").replace("%1", str(current))),
            "groups": "\n".join(f"{g['name']} ({positions.get(g['position'], g['position'])})" for g in groups)
            or self.tr("none yet"),
            "participants": str(participants),
            "min_group_size": str(session.get("min_group_size") or ""),
            "notes": str(notes),
            "actions": self.tr("%1 open of %2").replace("%1", str(open_actions)).replace("%2", str(actions)),
        }
        for key, text in texts.items():
            self.values[key].setText(text)
        self._set_rows_visible(self.FIELDS)
        for button in (self.open_button, self.edit_button, self.delete_button):
            button.show()
        self.trend_button.hide()
        self.open_button.setText(
            self.tr("Review closed session") if session["status"] == "closed" else self.tr("Open session console")
        )
        self.open_button.setAccessibleName(self.open_button.text())
