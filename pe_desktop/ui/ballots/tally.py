"""Tally entry: counts per scale point for one item and one group.

For rooms that vote by show of hands or dot stickers. The facilitator counts
and types the numbers; they are stored as anonymous tally participants
(Archive.record_tally), so tallies mix with every other channel in the same
statistics. A new tally for the same item, group and round replaces the old
one, and the panel always shows what is stored now.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pe_desktop.core.vocab import SessionStatus
from pe_desktop.store.errors import ValidationError
from pe_desktop.ui.console.edits import SessionEdits
from pe_desktop.ui.controller import SessionController
from pe_desktop.ui.widgets.common import (
    ERROR_COLOUR,
    OK_COLOUR,
    accessible,
    compact_combo,
    fill_groups,
    scaled_font,
    widen_list,
)

if TYPE_CHECKING:
    from pe_desktop.core.instruments import Scale

MAX_COUNT = 9999


class TallyPanel(QWidget):
    """Item + group + one count box per scale point (and not sure)."""

    def __init__(self, controller: SessionController, edits: SessionEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.edits = edits
        inst = controller.instrument
        scale = inst.scale

        self.item = compact_combo(self, self.tr("Item to tally"), chars=20)
        for it in inst.items:
            self.item.addItem(it.title, it.key)
        widen_list(self.item)
        self.group = compact_combo(self, self.tr("Group to tally"), chars=20)
        fill_groups(self.group, controller.groups(), self.tr("No group / everyone"))
        self._loaded: dict[int | None, int] = {}

        grid = self._build_spins(scale)

        self.total = QLabel(self)
        self.stored = QLabel(self)
        self.stored.setWordWrap(True)
        self.save_button = accessible(QPushButton(self.tr("Save tally"), self), self.tr("Save tally"),
                                      self.tr("Replaces the stored tally for this item and group"))
        self.save_button.clicked.connect(self.save)
        self.msg = QLabel(self)
        self.msg.setTextFormat(Qt.TextFormat.PlainText)
        self.msg.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Item"), self.item)
        form.addRow(self.tr("Group"), self.group)
        buttons = QHBoxLayout()
        buttons.addWidget(self.total)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        self.hint = QLabel(self.tr("Count hands or dots for one item and one group, then save. "
                                   "Saving again replaces the earlier count."), self)
        self.hint.setWordWrap(True)  # one long line would set the console's minimum width (worse in Spanish)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(self.stored)
        layout.addWidget(self.msg)
        layout.addStretch(1)

        self.item.currentIndexChanged.connect(self.load)
        self.group.currentIndexChanged.connect(self.load)
        controller.currentItemChanged.connect(self._follow_item)
        controller.participantsChanged.connect(self._stored_changed)
        controller.roundChanged.connect(lambda _r: self.load())
        controller.sessionChanged.connect(self._update_enabled)
        self._follow_item(controller.current_item)
        self.load()

    def _build_spins(self, scale: Scale) -> QGridLayout:
        """One count box per answer (with its label above), in a row."""
        self.spins: dict[int | None, QSpinBox] = {}
        grid = QGridLayout()
        for col, value in enumerate(scale.answers):
            label_text = str(value) if value is not None else self.tr("Not sure")
            sub = scale.labels.get(value, "") if value is not None else ""
            head = QLabel(label_text if not sub else f"{label_text}\n{sub}", self)
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            head.setWordWrap(True)
            spin = QSpinBox(self)
            spin.setRange(0, MAX_COUNT)
            spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
            spin.setMinimumWidth(70)
            spin.setFont(scaled_font(spin, 1.5, bold=True))
            name = self.tr("Count for %1").replace("%1", label_text if not sub else f"{label_text} ({sub})")
            accessible(spin, name)
            head.setBuddy(spin)
            spin.valueChanged.connect(self._update_total)
            spin.lineEdit().returnPressed.connect(self.save)
            grid.addWidget(head, 0, col)
            grid.addWidget(spin, 1, col)
            self.spins[value] = spin
        return grid

    # ------------------------------------------------------------- reading
    def item_key(self) -> str:
        return self.item.currentData()

    def group_id(self) -> str | None:
        return self.group.currentData()

    def counts(self) -> dict[int | None, int]:
        return {value: spin.value() for value, spin in self.spins.items()}

    def stored_counts(self) -> dict[int | None, int]:
        return self.controller.archive.tally(
            self.controller.session_id, self.controller.round, self.item_key(), self.group_id()
        )

    def _follow_item(self, key: str) -> None:
        index = self.item.findData(key)
        if index >= 0:
            self.item.setCurrentIndex(index)

    def load(self) -> None:
        """Fill the boxes with what is stored for the chosen item and group."""
        stored = self.stored_counts()
        self._loaded = {value: stored.get(value, 0) for value in self.spins}
        for value, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(stored.get(value, 0))
            spin.blockSignals(False)
        self._update_total()
        self._show_stored()
        self._update_enabled()

    def _stored_changed(self) -> None:
        """After an undo/redo (or any participant change): follow the archive unless counts are being typed."""
        if self.counts() == self._loaded:
            self.load()
        else:
            self._show_stored()

    def _show_stored(self) -> None:
        stored = self.stored_counts()
        if not stored:
            self.stored.setText(self.tr("Stored now: no tally for this item and group in round %1.").replace(
                "%1", str(self.controller.round)))
            return
        parts = [f"{value if value is not None else self.tr('not sure')}: {n}" for value, n in
                 sorted(stored.items(), key=lambda kv: (kv[0] is None, kv[0] or 0))]
        self.stored.setText(self.tr("Stored now (round %1): %2 — %3 votes").replace("%1", str(self.controller.round))
                            .replace("%2", ", ".join(parts)).replace("%3", str(sum(stored.values()))))

    def _update_total(self) -> None:
        self.total.setText(self.tr("Total: %1").replace("%1", str(sum(self.counts().values()))))

    def _update_enabled(self) -> None:
        self.save_button.setEnabled(self.controller.session.status != SessionStatus.CLOSED)

    # ------------------------------------------------------------- writing
    def save(self) -> bool:
        """Store the counts (replacing the earlier tally); False if refused or unchanged."""
        try:
            changed = self.edits.save_tally(self.item_key(), self.group_id(), self.counts())
        except ValidationError as exc:
            self.msg.setStyleSheet(f"color: {ERROR_COLOUR};")
            self.msg.setText(str(exc))
            return False
        self.load()
        self.msg.setStyleSheet(f"color: {OK_COLOUR};")
        self.msg.setText(
            self.tr("Saved the tally for %1, %2.")
            .replace("%1", self.item.currentText())
            .replace("%2", self.group.currentText())
            if changed
            else self.tr("Nothing changed.")
        )
        return changed
