"""Overview of all items: the table the facilitator reads out when closing a session.

One row per item with n, median, IQR, agreement, band and power gap of the
last round, and, when the session ran two rounds, the round-1 median and the
shift between rounds. The numbers are core.stats' own (through the
controller's cached summary), formatted for reading, never recomputed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pe_desktop.core.stats import shift
from pe_desktop.ui.controller import SessionController
from pe_desktop.ui.widgets.common import accessible, agreement_text, band_text, fmt, tr
from pe_desktop.ui.widgets.labels import session_status_text


def overview_rows(controller: SessionController) -> tuple[list[str], list[list[str]]]:
    """(headers, rows) of the overview; two-round columns only when round 2 has ratings."""
    last = controller.round
    summary = controller.summary(last)
    two_rounds = last == 2
    headers = [tr("Overview", "Item"), tr("Overview", "n"), tr("Overview", "Not sure"), tr("Overview", "Median"),
               tr("Overview", "IQR"), tr("Overview", "Agreement"), tr("Overview", "Band"), tr("Overview", "Power gap")]
    if two_rounds:
        headers += [
            tr("Overview", "Median round 1"),
            tr("Overview", "Median shift"),
            tr("Overview", "Agreement shift (rwg)"),
        ]
    rows = []
    for item in summary["items"]:
        row = [
            controller.instrument.item(item["key"]).title,
            str(item["n"]),
            str(item["unsure"]),
            fmt(item["median"]),
            fmt(item["iqr"], 2),
            f"{agreement_text(item['agreement'])} ({fmt(item['rwg'], 2)})",
            band_text(item["band"]),
            fmt(item["power_gap"], 2, signed=True),
        ]
        if two_rounds:
            first = controller.item_summary(item["key"], 1)
            moved = shift(first, item)
            row += [fmt(first["median"]), fmt(moved["median"], 1, signed=True), fmt(moved["rwg"], 2, signed=True)]
        rows.append(row)
    return headers, rows


class OverviewDialog(QDialog):
    """Non-modal table of every item (shown when a session closes, or from the Session menu)."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Overview of all items — %1").replace("%1", controller.session.title))
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.table = accessible(QTableWidget(self), self.tr("Overview of all items"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(980, 420)
        controller.refreshed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        headers, rows = overview_rows(self.controller)
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        status = self.controller.session.status
        self.heading.setText(
            self.tr("Round %1 of %2 · session %3 · discuss first: %4")
            .replace("%1", str(self.controller.round)).replace("%2", str(self.controller.session.rounds))
            .replace("%3", session_status_text(status))
            .replace("%4", ", ".join(self.controller.instrument.item(k).title
                                     for k in self.controller.summary()["discuss_first"][:3]))
        )

    def cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item else ""
