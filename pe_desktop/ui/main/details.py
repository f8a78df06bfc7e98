"""The right-hand pane of the main window: what the selected row is about.

A facilitator picks the right session by its details (date, place, groups)
before opening it in front of a room, so they are shown in full, with the
main actions as large buttons. Every value shown was typed by someone, so
every label that shows one is plain text.

The pane is part of the main window's first paint, when it shows only a
line of ours and the New session button. Its labels for people's words
(plain text, selectable) and the detail rows are made by :meth:`DetailsPane.complete`,
right after that paint or before anything of the archive is shown, so that
nothing before the paint touches PySide6's ``Qt`` namespace, whose enums
cost a noticeable part of a cold start (see :mod:`pe_desktop.ui.main.window`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pe_desktop.core.vocab import SessionStatus
from pe_desktop.ui.widgets.labels import session_status_text

if TYPE_CHECKING:
    from pe_desktop.session.views.turnout import Turnout
    from pe_desktop.store.records import Group, Partnership, Session


def _make_plain(label: QLabel) -> QLabel:
    """Show the label's text as typed (never markup), selectable for copying."""
    from PySide6.QtCore import Qt

    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _wrapped(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
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
        self.heading = _wrapped(name=self.tr("Selected title"))
        self.heading.hide()
        self.summary = _wrapped(name=self.tr("Summary"))
        #: the detail rows' values, made by complete()
        self.values: dict[str, QLabel] = {}

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
        buttons = QHBoxLayout()
        for button in (self.open_button, self.edit_button, self.delete_button, self.trend_button):
            button.hide()
            buttons.addWidget(button)
        buttons.addStretch(1)
        new_row = QHBoxLayout()  # the button at its own width, on the left
        new_row.addWidget(self.new_button)
        new_row.addStretch(1)

        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.heading)
        self._layout.addWidget(self.summary)
        # (complete() puts the detail rows here)
        self._layout.addLayout(buttons)
        self._layout.addStretch(1)
        self._layout.addLayout(new_row)
        self.summary.setText(self.tr("Choose a session on the left, or create a new one."))

    def complete(self) -> None:
        """Make the detail rows and turn the labels into plain text (once; before any record is shown)."""
        if self.values:
            return
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QFont
        from PySide6.QtWidgets import QFormLayout

        _make_plain(self.heading)
        _make_plain(self.summary)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        captions = {
            "partnership": self.tr("Partnership:"), "held_on": self.tr("Date:"), "location": self.tr("Place:"),
            "facilitator": self.tr("Facilitator:"), "stage": self.tr("Stage:"), "instrument": self.tr("Form:"),
            "status": self.tr("Status:"), "rounds": self.tr("Rounds:"), "groups": self.tr("Groups:"),
            "participants": self.tr("Participants:"), "min_group_size": self.tr("Minimum group size:"),
            "notes": self.tr("Notes:"), "actions": self.tr("Action items:"),
        }
        self._form = QFormLayout()
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self._layout.insertLayout(self._layout.indexOf(self.summary) + 1, self._form)
        for key in self.FIELDS:
            caption = QLabel(captions[key])
            value = _make_plain(_wrapped(name=captions[key].rstrip(":")))
            caption.setBuddy(value)
            self.values[key] = value
            self._form.addRow(caption, value)
            self._form.setRowVisible(value, False)

    # ----------------------------------------------------------------- show
    def _set_rows_visible(self, keys: Sequence[str]) -> None:
        for key, value in self.values.items():
            self._form.setRowVisible(value, key in keys)

    def show_nothing(self, message: str) -> None:
        self.complete()
        self.heading.setText("")
        self.heading.hide()
        self.summary.setText(message)
        self._set_rows_visible(())
        for button in (self.open_button, self.edit_button, self.delete_button, self.trend_button):
            button.hide()

    def show_partnership(self, partnership: Partnership, session_count: int) -> None:
        self.complete()
        self.heading.setText(partnership.name)
        self.heading.show()
        description = partnership.description or ""
        count = self.tr("1 session") if session_count == 1 else self.tr("%1 sessions").replace("%1", str(session_count))
        self.summary.setText(f"{description}\n\n{count}" if description else count)
        self._set_rows_visible(())
        for button in (self.open_button, self.edit_button, self.delete_button):
            button.hide()
        self.trend_button.show()

    def show_session(
        self, session: Session, groups: Sequence[Group], participants: Turnout, notes: int, open_actions: int,
        actions: int,
    ) -> None:
        """``session`` is an ``Archive.session()`` record; ``participants`` its turnout (people and hands apart)."""
        from pe_desktop.ui.widgets.labels import position_labels, stage_labels
        from pe_desktop.ui.widgets.turnout import turnout_label

        self.complete()
        self.heading.setText(session.title)
        self.heading.show()
        self.summary.setText("")
        positions = position_labels()
        stage = session.stage
        rounds = int(session.rounds or 1)
        current = int(session.current_round or 1)
        texts = {
            "partnership": session.partnership or "",
            "held_on": session.held_on or self.tr("no date"),
            "location": session.location or "—",
            "facilitator": session.facilitator or "—",
            "stage": stage_labels().get(stage, "—") if stage else "—",
            "instrument": session.instrument_title or session.instrument_key or "",
            "status": session_status_text(session.status),
            "rounds": (self.tr("1 round") if rounds == 1 else self.tr("2 rounds (now in round %1)").replace("%1", str(current))),
            "groups": "\n".join(f"{g.name} ({positions.get(g.position, g.position)})" for g in groups)
            or self.tr("none yet"),
            "participants": turnout_label(participants),
            "min_group_size": str(session.min_group_size or ""),
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
            self.tr("Review closed session") if session.status == SessionStatus.CLOSED else self.tr("Open session console")
        )
        self.open_button.setAccessibleName(self.open_button.text())
