"""View ▸ Trends: one partnership over time, session by session.

The organization's question between meetings is "did anything change?", so
the window puts the median of every item across the partnership's sessions
in one chart (:class:`~pe_desktop.charts.trend.TrendChart`, fed the very
object ``pe-desktop trend --json`` prints) and, beside it, what a median
alone hides: how much the room agreed and how many rated (the "Agreement and
n" table), and the partnership's stage at each session (under each date on
the chart, and in the "Sessions" table). The chart's own text equivalent
(:class:`~pe_desktop.charts.table.ChartTable`) is one tab away.

Every title shown was typed by someone: labels are plain text and table
cells are plain items.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pe_desktop.charts import data as chart_data
from pe_desktop.charts.table import ChartTable
from pe_desktop.charts.trend import TrendChart
from pe_desktop.core.instruments import Scale
from pe_desktop.ui.widgets.common import accessible, agreement_text, plain_label
from pe_desktop.ui.widgets.labels import session_status_text, stage_labels

if TYPE_CHECKING:
    from pe_desktop.store import Archive

#: Tick and legend text in the window (the projector's charts use larger type).
TEXT_PX = 15

#: Ratings on the 1-5 scale of the built-in forms; used only when no session has a form to read.
DEFAULT_SCALE = Scale(1, 5)


def _cell(text: str, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if tip:
        item.setToolTip(tip)
    return item


def _name_headers(table: QTableWidget) -> QTableWidget:
    table.horizontalHeader().setAccessibleName(QCoreApplication.translate("TrendWindow", "Columns"))
    table.verticalHeader().setAccessibleName(QCoreApplication.translate("TrendWindow", "Rows"))
    return table


def _read_only_table(name: str, parent: QWidget) -> QTableWidget:
    table = accessible(QTableWidget(parent), name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    # sized once after filling (resizeColumnsToContents): ResizeToContents would measure every column again
    # for every cell set, which costs a long partnership hundreds of milliseconds
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return _name_headers(table)


class TrendWindow(QWidget):
    """The trend of one partnership in a window of its own (it stays open beside the browser)."""

    def __init__(self, archive: Archive, partnership_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.archive = archive
        self.partnership_id = partnership_id
        self.trend: dict[str, Any] = {"sessions": []}
        #: sessions in the chart's order (by date), as the trend object has them
        self.sessions: list[dict] = []
        self.titles: dict[str, str] = {}
        self.setAccessibleName(self.tr("Trends"))

        self.heading = plain_label("", self.tr("Partnership"), self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = plain_label("", self.tr("What the trend covers"), self)
        self.summary.setWordWrap(True)
        self.message = plain_label("", self.tr("Note about the trend"), self)
        self.message.setWordWrap(True)
        self.message.setObjectName("trendMessage")
        self.message.setStyleSheet("QLabel#trendMessage { background: #FFF1C2; padding: 8px; border-radius: 4px; }")
        self.message.hide()

        self.chart = self._new_chart(DEFAULT_SCALE)
        self.table = _name_headers(ChartTable(self.chart, self))
        self.figures = _read_only_table(self.tr("Agreement and number of ratings per item and session"), self)
        self.session_table = _read_only_table(self.tr("Sessions and stages"), self)
        self.tabs = accessible(QTabWidget(self), self.tr("Trend tables"))
        self.tabs.addTab(self.figures, self.tr("&Agreement and n"))
        self.tabs.addTab(self.table, self.tr("&Medians (the chart as a table)"))
        self.tabs.addTab(self.session_table, self.tr("&Sessions and stages"))

        self.refresh_button = accessible(QPushButton(self.tr("&Refresh"), self), self.tr("Refresh the trend"))
        self.refresh_button.clicked.connect(self.reload)
        self.close_button = accessible(QPushButton(self.tr("Close"), self), self.tr("Close the trend window"))
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)

        self.body = QSplitter(Qt.Orientation.Vertical, self)
        self.body.addWidget(self.chart)
        self.body.addWidget(self.tabs)
        self.body.setStretchFactor(0, 3)
        self.body.setStretchFactor(1, 2)
        self.body.setChildrenCollapsible(False)
        self.body.setSizes([430, 230])

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)
        self.resize(1000, 760)
        self.reload()

    # ----------------------------------------------------------------- data
    def reload(self) -> None:
        """Read the trend again (a session may have been rated or added since)."""
        from pe_desktop.store.trends import partnership_trend

        self.trend = partnership_trend(self.archive, self.partnership_id)
        order = chart_data.trend_data(self.trend).session_ids
        by_id = {s["id"]: s for s in self.trend["sessions"]}
        self.sessions = [by_id[sid] for sid in order]
        self.titles, scale, forms = self._item_titles()
        if (scale.min, scale.max) != (self.chart.scale.min, self.chart.scale.max):
            self._replace_chart(scale)
        self.chart.titles = dict(self.titles)
        self.chart.set_trend(self.trend)
        self.chart.set_ticks("bottom", [(float(i), label) for i, label in enumerate(self.axis_labels())])
        self._fit_axis()
        self._fill_figures()
        self._fill_sessions()
        self._describe(forms)

    def _item_titles(self) -> tuple[dict[str, str], Scale, set[str]]:
        """Item titles from each session's own form snapshot (newest wins), one scale wide enough for all."""
        titles: dict[str, str] = {}
        low: int | None = None
        high: int | None = None
        forms: set[str] = set()
        for session in self.sessions:
            instrument = self.archive.instrument(session["id"])
            forms.add(instrument.key)
            low = instrument.scale.min if low is None else min(low, instrument.scale.min)
            high = instrument.scale.max if high is None else max(high, instrument.scale.max)
            for item in instrument.items:
                titles[item.key] = item.title
        scale = DEFAULT_SCALE if low is None or high is None else Scale(low, high)
        return titles, scale, forms

    def _new_chart(self, scale: Scale) -> TrendChart:
        chart = TrendChart(scale, self.titles, self)
        chart.setMinimumHeight(260)
        chart.set_text_px(TEXT_PX)
        return chart

    def _fit_axis(self) -> None:
        """Room under the axis for two lines (date, stage) when a session has a stage."""
        lines = 2 if any(session["stage"] for session in self.sessions) else 1
        self.chart.plot.getAxis("bottom").setHeight(int(TEXT_PX * 1.35 * lines) + TEXT_PX // 3 + 12)

    def _replace_chart(self, scale: Scale) -> None:
        """The chart fixes its axis to a scale when built: a form with another scale needs a new one."""
        old = self.chart
        self.chart = self._new_chart(scale)
        self.body.replaceWidget(0, self.chart)
        old.deleteLater()
        index = self.tabs.indexOf(self.table)
        label = self.tabs.tabText(index)
        self.tabs.removeTab(index)
        self.table.deleteLater()
        self.table = _name_headers(ChartTable(self.chart, self))
        self.tabs.insertTab(index, self.table, label)

    def axis_labels(self) -> list[str]:
        """Under each point: the date (or title when undated) and the stage the partnership was in."""
        stages = stage_labels()
        labels = []
        for session in self.sessions:
            when = session["held_on"] or session["title"]
            stage = stages.get(session["stage"] or "", "")
            labels.append(f"{when}\n{stage}" if stage else when)
        return labels

    def column_labels(self) -> list[str]:
        """Table headers: title, date and stage of each session."""
        stages = stage_labels()
        out = []
        for session in self.sessions:
            parts = [session["title"], session["held_on"] or self.tr("no date")]
            if session["stage"]:
                parts.append(stages.get(session["stage"], session["stage"]))
            out.append("\n".join(parts))
        return out

    def _fill_figures(self) -> None:
        keys = list(chart_data.trend_data(self.trend).series)
        self.figures.clear()
        self.figures.setColumnCount(len(self.sessions) + 1)
        self.figures.setRowCount(len(keys))
        self.figures.setHorizontalHeaderLabels([self.tr("Item"), *self.column_labels()])
        for row, key in enumerate(keys):
            self.figures.setItem(row, 0, _cell(self.titles.get(key, key)))
            for col, session in enumerate(self.sessions, start=1):
                point = session["items"].get(key)
                self.figures.setItem(row, col, _cell(*self.figure_text(point)))
        self.figures.resizeColumnsToContents()
        self.figures.resizeRowsToContents()

    def figure_text(self, point: Mapping[str, Any] | None) -> tuple[str, str]:
        """A cell of the Agreement and n table: "median 3 · agree · n 24", and a longer tooltip."""
        if point is None:
            return "", self.tr("This item was not in the session's form")
        n = int(point.get("n") or 0)
        if n == 0:
            return self.tr("no ratings"), self.tr("Nobody rated this item in this session")
        median = chart_data.fmt(point.get("median"))
        agreement = agreement_text(point.get("agreement"))
        text = self.tr("median %1 · %2 · n %3").replace("%1", median).replace("%2", agreement).replace("%3", str(n))
        tip = self.tr("Median %1, agreement (rwg) %2, %3 ratings").replace("%1", median).replace(
            "%2", chart_data.fmt(point.get("rwg"), 2)).replace("%3", str(n))
        return text, tip

    def _fill_sessions(self) -> None:
        stages = stage_labels()
        headers = [self.tr("Date"), self.tr("Session"), self.tr("Stage"), self.tr("Status"), self.tr("Round shown"),
                   self.tr("Form"), self.tr("Most ratings on an item")]
        self.session_table.clear()
        self.session_table.setColumnCount(len(headers))
        self.session_table.setHorizontalHeaderLabels(headers)
        self.session_table.setRowCount(len(self.sessions))
        for row, session in enumerate(self.sessions):
            most = max((int(p.get("n") or 0) for p in session["items"].values()), default=0)
            texts = [
                session["held_on"] or self.tr("no date"), session["title"],
                stages.get(session["stage"] or "", "—"), session_status_text(session["status"]), str(session["round"]),
                session["instrument"], str(most),
            ]
            for col, text in enumerate(texts):
                self.session_table.setItem(row, col, _cell(text))
        self.session_table.resizeColumnsToContents()

    def rated_sessions(self) -> list[dict]:
        return [s for s in self.sessions if any(int(p.get("n") or 0) for p in s["items"].values())]

    def _describe(self, forms: set[str]) -> None:
        name = self.trend.get("partnership", "")
        self.heading.setText(name)
        self.setWindowTitle(self.tr("Trends — %1").replace("%1", name))
        count = len(self.sessions)
        rated = self.rated_sessions()
        if count:
            dated = [s["held_on"] for s in self.sessions if s["held_on"]]
            span = self.tr(", from %1 to %2").replace("%1", dated[0]).replace("%2", dated[-1]) if len(dated) > 1 else ""
            sessions = self.tr("1 session") if count == 1 else self.tr("%1 sessions").replace("%1", str(count))
            self.summary.setText(
                self.tr("Median of each item, session by session (%1%2). Each session shows its last rated round.")
                .replace("%1", sessions).replace("%2", span)
            )
        else:
            self.summary.setText("")
        message = self.empty_message(count, len(rated), forms)
        self.message.setText(message)
        self.message.setVisible(bool(message))
        self.body.setVisible(count > 0)

    def empty_message(self, count: int, rated: int, forms: set[str]) -> str:
        """Why the chart shows little or nothing yet (empty string when it shows a trend)."""
        if count == 0:
            return self.tr("This partnership has no sessions yet. Its trend appears here once its sessions are rated.")
        if rated == 0:
            return self.tr("No session of this partnership has ratings yet, so there is nothing to draw.")
        if rated == 1:
            return self.tr("Only one session has ratings so far: a trend needs two. Its figures are shown as a "
                           "single point; the lines appear after the next session.")
        if len(forms) > 1:
            return self.tr("These sessions used different forms (%1). Items are compared by their key; an item "
                           "missing from a form is a gap in its line.").replace("%1", ", ".join(sorted(forms)))
        return ""
