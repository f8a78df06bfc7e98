"""Participants of the session: code, group, channel; add and remove (undoable).

Phone participants join by themselves; here the facilitator adds the people
who vote on paper or on the laptop, and removes mistakes. Tally votes are
anonymous participants too, but listing forty "T" rows would bury the
people, so they are summed up in one line instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pe_desktop.core.vocab import Channel, SessionStatus
from pe_desktop.session.views.turnout import turnout
from pe_desktop.store.errors import ValidationError
from pe_desktop.store.records import Participant
from pe_desktop.ui.console.edits import SessionEdits
from pe_desktop.ui.controller import SessionController
from pe_desktop.ui.widgets.common import ERROR_COLOUR, OK_COLOUR, accessible, channel_text, compact_combo, fill_groups
from pe_desktop.ui.widgets.turnout import turnout_label

#: Channels the facilitator adds by hand (phones join themselves; tallies come from the tally tab).
ADDABLE_CHANNELS = ("paper", "laptop")


class ParticipantsPanel(QWidget):
    """Table of participants with an add row and a remove button."""

    def __init__(self, controller: SessionController, edits: SessionEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.edits = edits
        self.rows: list[Participant] = []

        self.table = accessible(QTableWidget(0, 5, self), self.tr("Participants"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Group"), self.tr("Channel"), self.tr("Language"), self.tr("Rated this round")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.group = compact_combo(self, self.tr("Group of the new participant"))
        self.channel = accessible(QComboBox(self), self.tr("Channel of the new participant"))
        for channel in ADDABLE_CHANNELS:
            self.channel.addItem(channel_text(channel), channel)
        self.add_button = accessible(QPushButton(self.tr("Add participant"), self), self.tr("Add participant"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = accessible(
            QPushButton(self.tr("Remove selected"), self), self.tr("Remove selected participants"),
            self.tr("Removes the selected participants and their ratings (Undo brings them back)"),
        )
        self.remove_button.clicked.connect(self.remove_selected)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.msg = QLabel(self)
        self.msg.setTextFormat(Qt.TextFormat.PlainText)
        self.msg.setWordWrap(True)

        add_row = QHBoxLayout()
        add_row.addWidget(QLabel(self.tr("New participant in"), self))
        add_row.addWidget(self.group, 1)
        add_row.addWidget(QLabel(self.tr("voting by"), self))
        add_row.addWidget(self.channel)
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        add_row.addWidget(self.remove_button)

        layout = QVBoxLayout(self)
        layout.addLayout(add_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.msg)

        controller.participantsChanged.connect(self.reload)
        controller.refreshed.connect(self.reload)
        controller.roundChanged.connect(lambda _r: self.reload())
        controller.sessionChanged.connect(self._update_buttons)
        fill_groups(self.group, controller.groups(), self.tr("No group"))
        self.reload()

    def reload(self) -> None:
        """Rebuild the table, keeping the selection."""
        selected = set(self.selected_ids())
        archive, sid = self.controller.archive, self.controller.session_id
        everyone = archive.participants(sid)
        rated = archive.rated_per_participant(sid, self.controller.round)
        self.rows = [p for p in everyone if p.channel != Channel.TALLY]
        self.table.setRowCount(len(self.rows))
        for row, part in enumerate(self.rows):
            texts = (
                part.code, part.group_name or self.tr("No group"), channel_text(part.channel),
                part.language or "", str(rated.get(part.id, 0)),
            )
            for col, text in enumerate(texts):
                cell = self.table.item(row, col)
                if cell is None:
                    cell = QTableWidgetItem()
                    self.table.setItem(row, col, cell)
                if cell.text() != text:
                    cell.setText(text)
                cell.setData(Qt.ItemDataRole.UserRole, part.id)
        if selected:
            self.table.blockSignals(True)
            self.table.clearSelection()
            for row, part in enumerate(self.rows):
                if part.id in selected:
                    self.table.selectRow(row)
            self.table.blockSignals(False)
        # people who rated and show-of-hands votes counted apart, in the words every window uses
        listed = self.tr("%1 on the list").replace("%1", str(len(self.rows)))
        self.summary.setText(f"{turnout_label(turnout(archive, sid))} · {listed}")
        self._update_buttons()

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.rows[r].id for r in rows if r < len(self.rows)]

    def _update_buttons(self) -> None:
        open_ = self.controller.session.status != SessionStatus.CLOSED
        self.add_button.setEnabled(open_)
        self.remove_button.setEnabled(open_ and bool(self.selected_ids()))

    def _message(self, text: str, error: bool) -> None:
        self.msg.setStyleSheet(f"color: {ERROR_COLOUR if error else OK_COLOUR};")
        self.msg.setText(text)

    def add(self) -> Participant | None:
        try:
            part = self.edits.add_participants(self.group.currentData(), self.channel.currentData(), 1)[0]
        except ValidationError as exc:
            self._message(str(exc), True)
            return None
        self._message(self.tr("Added %1").replace("%1", part.code), False)
        return part

    def remove_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        codes = [p.code for p in self.rows if p.id in ids]
        try:
            self.edits.remove_participants(ids)
        except ValidationError as exc:
            self._message(str(exc), True)
            return
        self._message(self.tr("Removed %1 (Undo brings them back)").replace("%1", ", ".join(codes)), False)
