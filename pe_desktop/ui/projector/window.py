"""The projector window: what the room sees.

Large type, black on white (projects best in a lit room; 18.9:1 contrast),
never a name or participant code. It follows the session controller on its
own: when the facilitator opens the current item the room sees the question,
the scale and how many have rated (no distribution, so early votes do not
sway later ones); when the item is revealed the room sees the spread. The
facilitator can also switch to the join screen, the overview of all items,
the round shift or the power gap.

Redraws happen on the controller's ``refreshed`` signal (coalesced to at
most 10 per second), only for the view on screen; chart items are built
once and updated in place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette, QResizeEvent, QScreen, QShortcut
from PySide6.QtWidgets import QLabel, QLayout, QStackedWidget, QVBoxLayout, QWidget

from pe_desktop.charts.theme import INK, PAPER
from pe_desktop.session.views import ItemResult, ItemView, projector_view, results_visible, shown_items
from pe_desktop.ui.controller import SessionController
from pe_desktop.ui.projector.pages import JoinPage, ResultPage, ScaledText, VotingPage, page_layout

if TYPE_CHECKING:
    from pe_desktop.charts.base import ChartView
    from pe_desktop.charts.table import ChartTable

#: View names accepted by :meth:`ProjectorWindow.set_view`.
VIEWS = ("join", "item", "overview", "shift", "gap")


class ProjectorWindow(QWidget):
    """Full-screen view of a running session for the room."""

    #: The view on screen changed (by :meth:`set_view` or by following the current item); carries its name.
    viewChanged = Signal(str)

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        # Charts are imported here, not at module level: pyqtgraph and numpy
        # load only when a session is opened, not when the main window starts.
        from pe_desktop.charts.bars import DivergingBarsChart
        from pe_desktop.charts.dots import DotChart
        from pe_desktop.charts.gap import PowerGapChart
        from pe_desktop.charts.shift import RoundShiftChart

        self.controller = controller
        self._view = "join"
        self._followed: tuple[str, str, int] | None = None
        self._groups_cache: list | None = None
        self._show_table = False
        self._text = ScaledText()
        self._base_px = 36
        self._set_paper_look()

        inst = controller.instrument
        self.dot_chart = DotChart(inst.scale)
        self.bars_chart = DivergingBarsChart(inst)
        self.shift_chart = RoundShiftChart(inst)
        self.gap_chart = PowerGapChart(inst)
        #: chart view name → its table equivalent (T switches every chart to its table)
        self.tables: dict[str, ChartTable] = {}
        self.join_page = JoinPage(self._text, self)
        #: the Wi-Fi QR code and short address on the join page
        self.join_wifi = self.join_page.wifi
        self.voting_page = VotingPage(self._text, inst.scale, self)
        self.result_page = ResultPage(self._text, self._with_table("result", self.dot_chart), self)
        self._build_pages()
        self._add_shortcuts()

        controller.refreshed.connect(self._redraw)
        controller.itemStatesChanged.connect(self._follow)
        controller.currentItemChanged.connect(self._follow)
        controller.roundChanged.connect(self._follow)
        controller.sessionChanged.connect(self._session_changed)
        controller.participantsChanged.connect(self._drop_group_cache)
        self._session_changed()
        self._apply_fonts()
        self._follow()

    # ------------------------------------------------------------ building
    def _set_paper_look(self) -> None:
        """Black on white (projects best in a lit room), a window-sized start."""
        self.setAccessibleName(self.tr("Projector"))
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(PAPER))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
        self.setPalette(palette)
        self.setStyleSheet(f"QLabel {{ color: {INK}; background: transparent; }}")
        self.resize(1280, 720)

    def _build_pages(self) -> None:
        """One page per view, stacked; :attr:`pages` names them."""
        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # Text changes every vote; the window's size must not follow the labels
        # (it is full screen), so the layout sets no window size constraints.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        outer.addWidget(self.stack)
        #: page name (join, voting, result, overview, shift, gap) → its widget
        self.pages: dict[str, QWidget] = {"join": self.join_page, "voting": self.voting_page,
                                          "result": self.result_page}
        self.pages["overview"], self._overview_heading = self._chart_page("overview", self.bars_chart)
        self.pages["shift"], self._shift_heading = self._chart_page("shift", self.shift_chart)
        self.pages["gap"], self._gap_heading = self._chart_page("gap", self.gap_chart)
        for page in self.pages.values():
            self.stack.addWidget(page)

    def _add_shortcuts(self) -> None:
        for keys, slot, name in (
            (QKeySequence(Qt.Key.Key_F5), self.toggle_full_screen, self.tr("Toggle full screen")),
            (QKeySequence(Qt.Key.Key_Escape), self._leave_full_screen, self.tr("Leave full screen")),
            (QKeySequence(Qt.Key.Key_T), self.toggle_table, self.tr("Show the chart as a table")),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            shortcut.setWhatsThis(name)

    def _with_table(self, name: str, chart: ChartView) -> QWidget:
        """A chart and its table equivalent, one of them shown (T switches)."""
        from pe_desktop.charts.table import ChartTable

        holder = QStackedWidget(self)
        holder.addWidget(chart)
        table = ChartTable(chart)
        holder.addWidget(table)
        self.tables[name] = table
        return holder

    def _chart_page(self, name: str, chart: ChartView) -> tuple[QWidget, QLabel]:
        page = QWidget(self)
        layout = page_layout(page)
        heading = self._text.label(page, self.tr("Heading"), 1.9, bold=True)
        layout.addWidget(heading)
        layout.addWidget(self._with_table(name, chart), 1)
        return page, heading

    # ------------------------------------------------------------ public API
    def view(self) -> str:
        """The view on screen: one of :data:`VIEWS`."""
        return self._view

    def set_view(self, name: str) -> None:
        """Show "join", "item", "overview", "shift" or "gap" (until the current item is opened or revealed)."""
        if name not in VIEWS:
            raise ValueError(f"view: {name!r} is not one of {', '.join(VIEWS)}")
        self._change_view(name)
        self._redraw()

    def set_wifi_info(self, ssid: str, wifi_text: str | None, short_url: str) -> None:
        """The hotspot to join first (name and QR text; None: not entered) and the short address to type."""
        self.join_wifi.set_info(ssid, wifi_text, short_url)
        self._update_join()

    def set_join_info(self, url: str | None, qr_png: bytes | None, joined: int) -> None:
        """What the join screen shows: the phone address and its QR code (None: no phone voting) and the count."""
        self.join_page.set_info(url, qr_png, joined)
        self._update_join()

    def show_on_screen(self, screen: QScreen | None) -> None:
        """Full screen on ``screen``; with None, a normal window on the current screen."""
        if screen is None:
            self.showNormal()
            return
        if self.isFullScreen():
            self.showNormal()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def toggle_table(self) -> None:
        """Show every chart as its table (and back): the text equivalent on the big screen."""
        self._show_table = not self._show_table
        for table in self.tables.values():
            holder = table.parentWidget()
            if isinstance(holder, QStackedWidget):
                holder.setCurrentIndex(1 if self._show_table else 0)
        self._redraw()

    # ------------------------------------------------------------ following
    def _state(self, key: str) -> str:
        return self.controller.item_states().get(key, "pending")

    def _session_closed(self) -> bool:
        return self.controller.session.status == "closed"

    def _shown_keys(self, round: int | None = None) -> set[str]:
        """Items whose results the room may see (the session layer's rule)."""
        return shown_items("projector", self.controller.item_states(round), self._session_closed())

    def _item_mode(self) -> str:
        """"result" once the room may see the current item's spread, else "voting"."""
        key = self.controller.current_item
        return "result" if results_visible("projector", self._state(key), self._session_closed()) else "voting"

    def _follow(self, *_: object) -> None:
        """Switch to the item view when the current item is opened or revealed (once per change)."""
        key = self.controller.current_item
        state = self._state(key)
        marker = (key, state, self.controller.round)
        if marker != self._followed:
            self._followed = marker
            if state in ("open", "revealed"):
                self._change_view("item")
        self._redraw()

    def _change_view(self, name: str) -> None:
        if name != self._view:
            self._view = name
            self.viewChanged.emit(name)

    def _session_changed(self) -> None:
        title = str(self.controller.session.title or "")
        self.setWindowTitle(self.tr("Projector – {0}").format(title))
        self.join_page.title.setText(title)
        self._drop_group_cache()
        self._update_join()
        self._redraw()

    def _drop_group_cache(self) -> None:
        self._groups_cache = None

    def _groups(self) -> list:
        from pe_desktop.charts.data import group_defs

        if self._groups_cache is None:
            self._groups_cache = group_defs(self.controller.groups())
        return self._groups_cache

    # ------------------------------------------------------------ drawing
    def _redraw(self) -> None:
        """Bring the view on screen up to date (other views are drawn when shown)."""
        view = self._view
        if view == "join":
            self._update_join()
            self.stack.setCurrentWidget(self.pages["join"])
        elif view == "item":
            item = projector_view(self.controller.archive, self.controller.session_id, self.controller.current_item)
            if item.result is None:
                self._draw_voting(item)
                self.stack.setCurrentWidget(self.pages["voting"])
            else:
                self._draw_result(item, item.result)
                self.stack.setCurrentWidget(self.pages["result"])
        elif view == "overview":
            self._draw_overview()
            self.stack.setCurrentWidget(self.pages["overview"])
        elif view == "shift":
            self._draw_shift()
            self.stack.setCurrentWidget(self.pages["shift"])
        elif view == "gap":
            self._draw_gap()
            self.stack.setCurrentWidget(self.pages["gap"])

    def _update_join(self) -> None:
        self.join_page.refresh(max(120, int(self.height() * 0.42)))

    def _draw_voting(self, view: ItemView) -> None:
        self.voting_page.show_item(view.item.title, view.item.question, view.rated, view.state)

    def _draw_result(self, view: ItemView, result: ItemResult) -> None:
        """Copy the session layer's projector view of the item onto the result page."""
        from pe_desktop.charts import style
        from pe_desktop.charts.data import fmt

        key, title = view.item.key, view.item.title
        self.result_page.title.setText(title)
        self.result_page.question.setText(view.item.question)
        item = result.summary
        self.dot_chart.set_item(key, title, list(result.rows), self._groups(), item)
        if item.get("median") is None:
            self.result_page.stats.setText(self.tr("No ratings yet"))
        else:
            self.result_page.stats.setText(
                self.tr("Median {0}   ·   IQR {1}–{2}   ·   Agreement: {3}   ·   Band: {4}").format(
                    fmt(item["median"]), fmt(item["q1"], 2), fmt(item["q3"], 2),
                    style.agreement_text(item.get("agreement")), style.band_text(item.get("band")),
                )
            )
        gap = item.get("power_gap")
        if gap is None:
            gap_text = self.tr("Power gap: not shown (needs community and institution groups large enough to show)")
        elif gap < 0:
            gap_text = self.tr("Power gap {0}: community groups rate lower").format(fmt(gap))
        elif gap > 0:
            gap_text = self.tr("Power gap +{0}: community groups rate higher").format(fmt(gap))
        else:
            gap_text = self.tr("Power gap 0: community and institution groups rate alike")
        counts = self.tr("%n ratings", "", int(item.get("n") or 0))
        if item.get("unsure"):
            counts += self.tr(", {0} not sure").format(item["unsure"])
        if view.rounds > 1:
            counts += self.tr(", round {0}").format(view.round)
        self.result_page.detail.setText(f"{gap_text}   ·   {counts}")
        self.result_page.figures = {
            "agreement": item.get("agreement"),
            "band": item.get("band"),
            "power_gap": gap,
            "stats_text": self.result_page.stats.text(),
        }

    def _item_counts(self) -> list[dict[str, Any]]:
        """Counts per scale point, n and "not sure" of every item: all the bars need.

        One GROUP BY instead of the full round summary, so a vote arriving
        while the overview is up costs a few milliseconds, not the statistics
        of every item.
        """
        scale = self.controller.instrument.scale
        items: dict[str, dict[str, Any]] = {
            key: {"key": key, "counts": {str(p): 0 for p in scale.points}, "n": 0, "unsure": 0}
            for key in self.controller.instrument.item_keys
        }
        found = self.controller.archive.value_counts(self.controller.session_id, self.controller.round)
        for key, by_value in found.items():
            item = items.get(key)
            if item is None:
                continue
            for value, n in by_value.items():
                if value is None:
                    item["unsure"] += n
                elif str(value) in item["counts"]:
                    item["counts"][str(value)] += n
                    item["n"] += n
        return list(items.values())

    def _draw_overview(self) -> None:
        rnd = self.controller.round
        self._overview_heading.setText(self.tr("All items, round {0}").format(rnd))
        self.bars_chart.set_items(self._item_counts(), self._shown_keys())

    def _draw_shift(self) -> None:
        self._shift_heading.setText(self.tr("Round 1 to round 2"))
        round2 = self.controller.summary(2)["items"] if self.controller.round >= 2 else []
        self.shift_chart.set_rounds(
            self.controller.summary(1)["items"], round2, self._shown_keys(2) if round2 else set()
        )

    def _draw_gap(self) -> None:
        self._gap_heading.setText(self.tr("Power gap, round {0}").format(self.controller.round))
        self.gap_chart.set_items(self.controller.summary()["items"], self._shown_keys())

    # ------------------------------------------------------------ size
    def _apply_fonts(self) -> None:
        base = self._base_px
        self._text.apply(base)
        for chart in (self.dot_chart, self.bars_chart, self.shift_chart, self.gap_chart):
            chart.set_text_px(int(base * 0.85))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        # Type scales with the screen; on a 4:3 projector the width limits it.
        base = max(14, int(min(self.height() / 28, self.width() / 50)))
        if base != self._base_px:
            self._base_px = base
            self._apply_fonts()
            if self._view == "join":
                self._update_join()

    def _leave_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
