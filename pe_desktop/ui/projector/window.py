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
from PySide6.QtGui import QColor, QFont, QKeySequence, QPalette, QPixmap, QResizeEvent, QScreen, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from pe_desktop.charts.theme import INK, PAPER
from pe_desktop.session.views import ItemResult, ItemView, projector_view, results_visible, shown_items
from pe_desktop.ui.controller import SessionController
from pe_desktop.ui.projector.join_qr import JoinWifi

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
        self._join_url: str | None = None
        self._join_qr: QPixmap | None = None
        self._joined = 0
        self._groups_cache: list | None = None
        self._show_table = False
        self._fonts: list[tuple[QLabel, float, bool]] = []
        self._base_px = 36
        self._rated = 0
        self._result_figures: dict[str, Any] = {}

        self.setAccessibleName(self.tr("Projector"))
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(PAPER))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
        self.setPalette(palette)
        self.setStyleSheet(f"QLabel {{ color: {INK}; background: transparent; }}")
        self.resize(1280, 720)

        inst = controller.instrument
        self._stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # Text changes every vote; the window's size must not follow the labels
        # (it is full screen), so the layout sets no window size constraints.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        outer.addWidget(self._stack)

        self.dot_chart = DotChart(inst.scale)
        self.bars_chart = DivergingBarsChart(inst)
        self.shift_chart = RoundShiftChart(inst)
        self.gap_chart = PowerGapChart(inst)
        self._tables: dict[str, ChartTable] = {}

        self._pages: dict[str, QWidget] = {}
        self._build_join()
        self._build_voting()
        self._build_result()
        self._pages["overview"], self._overview_heading = self._chart_page("overview", self.bars_chart)
        self._pages["shift"], self._shift_heading = self._chart_page("shift", self.shift_chart)
        self._pages["gap"], self._gap_heading = self._chart_page("gap", self.gap_chart)
        for page in self._pages.values():
            self._stack.addWidget(page)

        for keys, slot, name in (
            (QKeySequence(Qt.Key.Key_F5), self.toggle_full_screen, self.tr("Toggle full screen")),
            (QKeySequence(Qt.Key.Key_Escape), self._leave_full_screen, self.tr("Leave full screen")),
            (QKeySequence(Qt.Key.Key_T), self.toggle_table, self.tr("Show the chart as a table")),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            shortcut.setWhatsThis(name)

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
    def _label(self, name: str, factor: float, bold: bool = False, wrap: bool = True) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(wrap)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAccessibleName(name)
        self._fonts.append((label, factor, bold))
        return label

    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(16)
        return page, layout

    def _build_join(self) -> None:
        page, layout = self._page()
        self._join_title = self._label(self.tr("Session title"), 2.2, bold=True)
        self._join_qr_label = QLabel(page)
        self._join_qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._join_qr_label.setAccessibleName(self.tr("QR code to join by phone"))
        self._join_url_label = self._label(self.tr("Address to join by phone"), 1.4, bold=True, wrap=False)
        self._join_url_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._join_count = self._label(self.tr("Number of people joined"), 1.4)
        self._join_text = self._label(self.tr("How to take part"), 1.2)
        layout.addStretch(1)
        layout.addWidget(self._join_title)
        self.join_wifi = JoinWifi(page)  # the Wi-Fi QR code beside the voting one
        codes = QHBoxLayout()
        codes.addStretch(1)
        codes.addWidget(self.join_wifi)
        codes.addWidget(self._join_qr_label)
        codes.addStretch(1)
        layout.addLayout(codes)
        layout.addWidget(self._join_url_label)
        layout.addWidget(self.join_wifi.short)
        layout.addWidget(self._join_count)
        layout.addSpacing(12)
        layout.addWidget(self._join_text)
        layout.addStretch(1)
        self._pages["join"] = page

    def _build_voting(self) -> None:
        page, layout = self._page()
        self._vote_title = self._label(self.tr("Item"), 2.4, bold=True)
        self._vote_question = self._label(self.tr("Question"), 1.6)
        self._vote_count = self._label(self.tr("How many have rated"), 3.2, bold=True)
        self._vote_state = self._label(self.tr("Voting status"), 1.2)
        scale_row = QHBoxLayout()
        scale_row.setSpacing(16)
        self._scale_labels: list[QLabel] = []
        scale = self.controller.instrument.scale
        for value in scale.answers:
            number, text = (str(value), scale.labels.get(value, "")) if value is not None else ("?", self.tr("Not sure"))
            box = self._label(self.tr("Scale point {0}").format(number), 1.0, bold=False)
            box.setText(f"{number}\n{text}".strip())
            box.setStyleSheet(f"QLabel {{ border: 3px solid {INK}; border-radius: 8px; padding: 8px; color: {INK}; }}")
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            scale_row.addWidget(box)
            self._scale_labels.append(box)
        layout.addStretch(1)
        layout.addWidget(self._vote_title)
        layout.addWidget(self._vote_question)
        layout.addSpacing(16)
        layout.addLayout(scale_row)
        layout.addStretch(1)
        layout.addWidget(self._vote_count)
        layout.addWidget(self._vote_state)
        layout.addStretch(1)
        self._pages["voting"] = page

    def _build_result(self) -> None:
        page, layout = self._page()
        self._res_title = self._label(self.tr("Item"), 1.9, bold=True)
        self._res_question = self._label(self.tr("Question"), 1.1)
        self._res_stats = self._label(self.tr("Result figures"), 1.25, bold=True)
        self._res_detail = self._label(self.tr("More figures"), 1.0)
        layout.addWidget(self._res_title)
        layout.addWidget(self._res_question)
        layout.addWidget(self._with_table("result", self.dot_chart), 1)
        layout.addWidget(self._res_stats)
        layout.addWidget(self._res_detail)
        self._pages["result"] = page

    def _with_table(self, name: str, chart: ChartView) -> QWidget:
        """A chart and its table equivalent, one of them shown (T switches)."""
        from pe_desktop.charts.table import ChartTable

        holder = QStackedWidget(self)
        holder.addWidget(chart)
        table = ChartTable(chart)
        holder.addWidget(table)
        self._tables[name] = table
        return holder

    def _chart_page(self, name: str, chart: ChartView) -> tuple[QWidget, QLabel]:
        page, layout = self._page()
        heading = self._label(self.tr("Heading"), 1.9, bold=True)
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
        self._join_url = url or None
        self._joined = int(joined)
        self._join_qr = None
        if qr_png:
            pixmap = QPixmap()
            if pixmap.loadFromData(qr_png):
                self._join_qr = pixmap
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
        for table in self._tables.values():
            holder = table.parentWidget()
            if isinstance(holder, QStackedWidget):
                holder.setCurrentIndex(1 if self._show_table else 0)
        self._redraw()

    def chart_data(self) -> dict[str, Any]:
        """The numbers currently on screen, read back from the widgets and chart items (for tests)."""
        key = self.controller.current_item
        out: dict[str, Any] = {"view": self._view, "round": self.controller.round}
        if self._view == "join":
            out["join"] = {"url": self._join_url, "joined": self._joined, "qr": self._join_qr is not None}
        elif self._view == "item":
            mode = self._item_mode()
            out.update(item=key, state=self._state(key), mode=mode)
            if mode == "voting":
                out["rated"] = self._rated
            else:
                out.update(self.dot_chart.drawn())
                out.update(self._result_figures)
        elif self._view == "overview":
            out["overview"] = self.bars_chart.drawn()
        elif self._view == "shift":
            out["shift"] = self.shift_chart.drawn()
        elif self._view == "gap":
            out["gap"] = self.gap_chart.drawn()
        return out

    def texts(self) -> list[str]:
        """Every string the window can put on screen or give to assistive technology, on any page."""
        out = [self.windowTitle()]
        for label in self.findChildren(QLabel):
            out += [label.text(), label.accessibleName(), label.accessibleDescription()]
        for chart in (self.dot_chart, self.bars_chart, self.shift_chart, self.gap_chart):
            out += chart.texts()
        for table in self._tables.values():
            out += [table.accessibleDescription()]
            for r in range(table.rowCount()):
                for c in range(table.columnCount()):
                    item = table.item(r, c)
                    if item is not None:
                        out.append(item.text())
        return [t for t in out if t]

    # ------------------------------------------------------------ following
    def _state(self, key: str) -> str:
        return self.controller.item_states().get(key, "pending")

    def _session_closed(self) -> bool:
        return self.controller.session.get("status") == "closed"

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
        title = str(self.controller.session.get("title") or "")
        self.setWindowTitle(self.tr("Projector – {0}").format(title))
        self._join_title.setText(title)
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
            self._stack.setCurrentWidget(self._pages["join"])
        elif view == "item":
            item = projector_view(self.controller.archive, self.controller.session_id, self.controller.current_item)
            if item.result is None:
                self._draw_voting(item)
                self._stack.setCurrentWidget(self._pages["voting"])
            else:
                self._draw_result(item, item.result)
                self._stack.setCurrentWidget(self._pages["result"])
        elif view == "overview":
            self._draw_overview()
            self._stack.setCurrentWidget(self._pages["overview"])
        elif view == "shift":
            self._draw_shift()
            self._stack.setCurrentWidget(self._pages["shift"])
        elif view == "gap":
            self._draw_gap()
            self._stack.setCurrentWidget(self._pages["gap"])

    def _update_join(self) -> None:
        has_phone = self._join_url is not None
        self._join_qr_label.setVisible(has_phone and self._join_qr is not None)
        self._join_url_label.setVisible(has_phone)
        self._join_count.setVisible(has_phone)
        if has_phone:
            self._join_url_label.setText(self._join_url or "")
            self._join_count.setText(self.tr("%n joined", "", self._joined))
            self._join_text.setText(
                self.tr("Scan the code or type the address into your phone's browser. "
                        "Paper ballots and this laptop work too.")
            )
            if self._join_qr is not None:
                side = max(120, int(self.height() * 0.42))
                self._join_qr_label.setPixmap(
                    self._join_qr.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation)
                )
                self.join_wifi.apply_font(self._join_url_label.font(), side)
        else:
            self._join_text.setText(
                self.tr("Welcome. Vote on a paper ballot, by show of hands, or on this laptop. "
                        "No name is shown, ever.")
            )

    def _draw_voting(self, view: ItemView) -> None:
        self._vote_title.setText(view.item.title)
        self._vote_question.setText(view.item.question)
        self._rated = view.rated
        self._vote_count.setText(self.tr("%n have rated", "", self._rated))
        self._vote_state.setText(
            {
                "open": self.tr("Voting is open"),
                "closed": self.tr("Voting is closed"),
            }.get(view.state, self.tr("Voting opens soon"))
        )

    def _draw_result(self, view: ItemView, result: ItemResult) -> None:
        """Copy the session layer's projector view of the item onto the result page."""
        from pe_desktop.charts import style
        from pe_desktop.charts.data import fmt

        key, title = view.item.key, view.item.title
        self._res_title.setText(title)
        self._res_question.setText(view.item.question)
        item = result.summary
        self.dot_chart.set_item(key, title, list(result.rows), self._groups(), item)
        if item.get("median") is None:
            self._res_stats.setText(self.tr("No ratings yet"))
        else:
            self._res_stats.setText(
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
        self._res_detail.setText(f"{gap_text}   ·   {counts}")
        self._result_figures = {
            "agreement": item.get("agreement"),
            "band": item.get("band"),
            "power_gap": gap,
            "stats_text": self._res_stats.text(),
        }

    def _item_counts(self) -> list[dict[str, Any]]:
        """Counts per scale point, n and "not sure" of every item: all the bars need.

        One GROUP BY instead of the full round summary, so a vote arriving
        while the overview is up costs a few milliseconds, not the statistics
        of every item.
        """
        scale = self.controller.instrument.scale
        items = {
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
        self.shift_chart.set_rounds(self.controller.summary(1)["items"], round2, self._shown_keys(2) if round2 else set())

    def _draw_gap(self) -> None:
        self._gap_heading.setText(self.tr("Power gap, round {0}").format(self.controller.round))
        self.gap_chart.set_items(self.controller.summary()["items"], self._shown_keys())

    # ------------------------------------------------------------ size
    def _apply_fonts(self) -> None:
        base = self._base_px
        for label, factor, bold in self._fonts:
            font = QFont(label.font())
            font.setPixelSize(max(10, int(base * factor)))
            font.setBold(bold)
            label.setFont(font)
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
