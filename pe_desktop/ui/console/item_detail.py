"""The current item as the facilitator sees it: question, prompts, live count, figures.

This is also the text equivalent of the projector's chart (accessibility):
the same numbers core.stats computes, as a table a screen reader can read.
While voting is open it shows only how many have rated, like the projector,
so the facilitator is not tempted to steer the room; once voting is closed
or revealed it shows median, IQR, agreement, band, power gap, whether the
room is split into camps (in words: a flag a colour alone would hide from
some) and the groups (small groups hidden exactly as on the projector).
"What the figures mean" (:mod:`.glossary`) explains each figure in plain
words. What to show is the session layer's decision
(:func:`pe_desktop.session.views.console_view`); the texts are in the
session's language, and follow it when it is edited.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pe_desktop.session.views import console_view
from pe_desktop.ui.console.glossary import Glossary, glossary_entries
from pe_desktop.ui.controller import SessionController
from pe_desktop.ui.widgets.common import (
    accessible,
    agreement_text,
    band_text,
    fmt,
    plain_label,
    scaled_font,
    state_text,
)
from pe_desktop.ui.widgets.labels import position_labels
from pe_desktop.ui.widgets.turnout import turnout_label


def _table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = accessible(QTableWidget(0, len(headers), parent), name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeRowsToContents()
    height = (
        table.horizontalHeader().height() + sum(table.rowHeight(r) for r in range(len(rows))) + 2 * table.frameWidth()
    )
    table.setFixedHeight(height)


class ItemDetail(QWidget):
    """Question, prompts and the figures of the current item in the current round."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.title = plain_label(parent=self)
        self.title.setFont(scaled_font(self, 1.8, bold=True))
        self.question = plain_label(parent=self)
        self.question.setFont(scaled_font(self, 1.2))
        self.question.setWordWrap(True)
        self.prompts = plain_label(parent=self)
        self.prompts.setWordWrap(True)
        self.prompts.setStyleSheet("color: #333333;")
        self.status = plain_label(parent=self)
        self.status.setObjectName("itemStatus")
        self.status.setFont(scaled_font(self, 1.3, bold=True))
        self.status.setWordWrap(True)
        self.figures = _table(
            self,
            self.tr("Figures of the current item"),
            [
                self.tr("n"),
                self.tr("Not sure"),
                self.tr("Median"),
                self.tr("IQR"),
                self.tr("Agreement"),
                self.tr("Band"),
                self.tr("Power gap"),
            ],
        )
        self.groups = _table(self, self.tr("Groups of the current item"),
                             [self.tr("Group"), self.tr("Position"), self.tr("n"), self.tr("Median"), self.tr("Mean")])
        self._explain_headers()
        self.camps = plain_label(parent=self)
        self.camps.setWordWrap(True)
        self.camps.setToolTip(glossary_entries()[4][1])
        self.shift = plain_label(parent=self)
        self.shift.setWordWrap(True)
        self.glossary = Glossary(self)
        accessible(self.camps, self.tr("Split into camps"))
        accessible(self.title, self.tr("Current item"))
        accessible(self.question, self.tr("Question"))
        accessible(self.prompts, self.tr("Discussion prompts"))
        accessible(self.status, self.tr("Voting state and count"))
        accessible(self.shift, self.tr("Shift between rounds"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.question)
        layout.addWidget(self.prompts)
        layout.addWidget(self.status)
        layout.addWidget(self.figures)
        layout.addWidget(self.camps)
        layout.addWidget(self.groups)
        layout.addWidget(self.shift)
        layout.addWidget(self.glossary)

        self._follow(controller)
        self.reload()

    def _follow(self, controller: SessionController) -> None:
        """Reload on every change the current item's view depends on (its language included)."""
        controller.currentItemChanged.connect(lambda _key: self.reload())
        controller.refreshed.connect(self.reload)
        controller.itemStatesChanged.connect(self.reload)
        controller.roundChanged.connect(lambda _r: self.reload())
        controller.languageChanged.connect(lambda _language: self.reload())

    def _explain_headers(self) -> None:
        """Each figure's meaning (the glossary's) as its column header's tooltip: where the facilitator looks."""
        meanings = glossary_entries()
        for column, entry in ((0, 0), (2, 1), (3, 2), (4, 3), (5, 5), (6, 6)):
            header = self.figures.horizontalHeaderItem(column)
            if header is not None:
                header.setToolTip(meanings[entry][1])

    def reload(self) -> None:
        """Copy the session layer's console view of the current item (it decides what is shown)."""
        c = self.controller
        language = str(c.session.language or "").split("+")[0] or None  # the room's (first) language
        view = console_view(c.archive, c.session_id, c.current_item, language)
        item = view.item
        self.title.setText(item.title)
        self.question.setText(item.question)
        self.prompts.setText("\n".join(f"• {p}" for p in item.prompts))
        self.prompts.setVisible(bool(item.prompts))
        self.status.setText(
            self.tr("Round %1 · %2 · %3").replace("%1", str(view.round)).replace("%2", state_text(view.state))
            .replace("%3", turnout_label(view.counts))  # people and show-of-hands votes apart
        )
        result = view.result
        self.figures.setVisible(result is not None)
        self.camps.setVisible(result is not None)
        self.groups.setVisible(result is not None)
        self.shift.setVisible(view.shift is not None)
        if result is None:
            return
        s = result.summary
        iqr = f"{fmt(s['iqr'], 2)} ({fmt(s['q1'], 2)}–{fmt(s['q3'], 2)})" if s["iqr"] is not None else "–"
        _fill(self.figures, [[str(s["n"]), str(s["unsure"]), fmt(s["median"]), iqr,
                              f"{agreement_text(s['agreement'])} ({fmt(s['rwg'], 2)})", band_text(s["band"]),
                              fmt(s["power_gap"], 2, signed=True)]])
        self.camps.setText(self._camps_text(s.get("polarised")))
        rows = []
        positions = position_labels()
        for g in s["groups"]:
            position = positions.get(g["position"], g["position"])
            if g["suppressed"]:
                rows.append([g["name"], position, self.tr("hidden (small group)"), "", ""])
            else:
                rows.append([g["name"], position, str(g["n"]), fmt(g["median"]), fmt(g["mean"], 2)])
        _fill(self.groups, rows)
        if view.shift is not None:
            moved = view.shift
            self.shift.setText(
                self.tr("Since round 1: median %1, agreement (rwg) %2")
                .replace("%1", fmt(moved["median"], 1, signed=True))
                .replace("%2", fmt(moved["rwg"], 2, signed=True))
            )

    def _camps_text(self, polarised: bool | None) -> str:
        """The polarisation flag in words (core.polarisation: van der Eijk's A below 0)."""
        if polarised is None:
            return self.tr("Split into camps: too few ratings to tell.")
        if polarised:
            return self.tr("Split into camps: yes. The ratings are massed at both ends of the scale, "
                           "not merely scattered: ask each side what they see.")
        return self.tr("Split into camps: no.")
