"""The "discuss first" list: which attribute the room should talk about next, and why.

The order is core.stats.discuss_first (least agreement, largest power gap,
lowest median; items with fewer than three ratings last). Each line says
why, in the facilitator's words, so the ranking is never a black box.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from pe_desktop.core.stats import MIN_N_FOR_AGREEMENT
from pe_desktop.ui.controller import SessionController
from pe_desktop.ui.widgets.common import accessible, agreement_text, fmt, tr


def reason(item: dict) -> str:
    """Why an item ranks where it does: agreement, power gap, median (or too few ratings)."""
    if item["n"] < MIN_N_FOR_AGREEMENT:
        return tr("DiscussFirst", "too few ratings yet (%1)").replace("%1", str(item["n"]))
    parts = [
        tr("DiscussFirst", "%1 (rwg %2)")
        .replace("%1", agreement_text(item["agreement"]))
        .replace("%2", fmt(item["rwg"], 2))
    ]
    if item.get("power_gap") is not None:
        parts.append(tr("DiscussFirst", "power gap %1").replace("%1", fmt(item["power_gap"], 1, signed=True)))
    parts.append(tr("DiscussFirst", "median %1").replace("%1", fmt(item["median"])))
    return " · ".join(parts)


class DiscussFirstList(QListWidget):
    """Ranked items; activating one makes it the current item."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.order: list[str] = []
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        accessible(self, self.tr("Discuss first"),
                   self.tr("Items ranked for discussion: least agreement, largest power gap, lowest median"))
        self.itemActivated.connect(self._activate)
        self.itemClicked.connect(self._activate)
        controller.refreshed.connect(self.reload)
        controller.roundChanged.connect(lambda _r: self.reload())
        self.reload()

    def reload(self) -> None:
        summary = self.controller.summary()
        by_key = {item["key"]: item for item in summary["items"]}
        lines = []
        for rank, key in enumerate(summary["discuss_first"], start=1):
            lines.append((key, f"{rank}. {self.controller.instrument.item(key).title} — {reason(by_key[key])}"))
        current = [self.item(i).text() for i in range(self.count())]
        if current == [text for _, text in lines]:
            return
        selected = self.currentItem().data(Qt.ItemDataRole.UserRole) if self.currentItem() else None
        self.blockSignals(True)
        self.clear()
        for key, text in lines:
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, key)
            self.addItem(entry)
            if key == selected:
                self.setCurrentItem(entry)
        self.blockSignals(False)
        self.order = [key for key, _ in lines]

    def _activate(self, entry: QListWidgetItem) -> None:
        self.controller.set_current_item(entry.data(Qt.ItemDataRole.UserRole))
