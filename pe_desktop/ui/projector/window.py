"""The projector window: what the room sees.

Large type, black on white (projects best in a lit room; 18.9:1 contrast),
never a name or participant code. It follows the session controller on its
own: when the facilitator opens the current item the room sees the question,
the scale and how many have rated (no distribution, so early votes do not
sway later ones); when the item is revealed the room sees the spread. The
facilitator can also switch to the join screen, the overview of all items,
the round shift or the power gap.

Everything the room reads is in the session's language (two for a mixed
room, :mod:`.room_text`), in plain words (:mod:`pe_desktop.session.plain_words`),
and at least the back-row size (:mod:`.layout`: a 34 px cap height at 1080
lines, in proportion at other sizes). While phone voting runs, every view
carries a small join banner; while the discussion timer runs, a countdown.

Redraws happen on the controller's ``refreshed`` signal (coalesced to at
most 10 per second), only for the view on screen; chart items are built
once and updated in place; ``redrawn`` tells the console's preview.

The window never takes the keyboard: shown without activation, refusing
focus; its keys, the console's shared shortcuts and blanking: :mod:`.keys`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QPixmap, QResizeEvent, QScreen
from PySide6.QtWidgets import QHBoxLayout, QLayout, QStackedWidget, QVBoxLayout, QWidget

from pe_desktop.session.views import results_visible, shown_items
from pe_desktop.ui.controller import SessionController
from pe_desktop.ui.projector.banner import JoinBanner
from pe_desktop.ui.projector.countdown import Countdown
from pe_desktop.ui.projector.keys import ProjectorKeys
from pe_desktop.ui.projector.layout import paint_on_paper, role_px
from pe_desktop.ui.projector.page_drawing import PageDrawing
from pe_desktop.ui.projector.pages import ChartPage, JoinPage, ResultPage, VotingPage, corner_gap, size_table
from pe_desktop.ui.projector.room_text import RoomText

if TYPE_CHECKING:
    from pe_desktop.charts.table import ChartTable
    from pe_desktop.ui.projector.join_qr import JoinWifi

#: View names accepted by :meth:`ProjectorWindow.set_view`.
VIEWS = ("join", "item", "overview", "shift", "gap")


class ProjectorWindow(PageDrawing, QWidget):
    """Full-screen view of a running session for the room."""

    #: The view on screen changed (by :meth:`set_view` or by following the current item); carries its name.
    viewChanged = Signal(str)
    #: The view on screen was brought up to date, or blanked or unblanked (the console's preview follows).
    redrawn = Signal()

    def __init__(self, controller: SessionController, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Charts are imported here, not at module level: pyqtgraph and numpy
        # load only when a session is opened, not when the main window starts.
        from pe_desktop.charts.bars import DivergingBarsChart
        from pe_desktop.charts.dots import DotChart
        from pe_desktop.charts.gap import PowerGapChart
        from pe_desktop.charts.shift import RoundShiftChart

        self.controller = controller
        self.shown_view = "join"
        self._followed: tuple[str, str, int] | None = None
        self.join_url: str | None = None
        self.join_qr: QPixmap | None = None
        self._join_png: bytes | None = None
        self.joined = 0
        #: the hotspot's name, its Wi-Fi QR text (None: not entered) and the short address (issue 13)
        self.wifi_info: tuple[str, str | None, str] = ("", None, "")
        self._groups_cache: list | None = None
        self._show_table = False
        self._height = 0
        self.rated = 0
        self.result_figures: dict[str, Any] = {}
        self.overview_index = 0
        #: Pages whose fonts changed while hidden (their layouts must be redone when shown).
        self._stale_layouts: set[str] = set()
        self._countdown_left: float | None = None
        #: "en", "es" or "en+es": fixed for this window (the snapshot command passes its own).
        self._language_override = language
        self.room = RoomText(controller.instrument, language or controller.session.language)

        self.setAccessibleName(self.tr("Projector"))
        paint_on_paper(self)
        self.resize(1280, 720)

        inst = self.room.main
        words = self.room.chart_word  # the charts speak the room's language, not the menus'
        self.dot_chart = DotChart(inst.scale, words=words)
        self.bars_chart = DivergingBarsChart(inst, words=words)
        self.shift_chart = RoundShiftChart(inst, words=words)
        self.gap_chart = PowerGapChart(inst, words=words)
        self._build_pages()
        self.keys = ProjectorKeys(self, self.toggle_full_screen, self._leave_full_screen, self.toggle_table,
                                  self.save_picture)

        controller.refreshed.connect(self._redraw)
        controller.itemStatesChanged.connect(self._follow)
        controller.currentItemChanged.connect(self._follow)
        controller.roundChanged.connect(self._follow)
        controller.sessionChanged.connect(self._session_changed)
        controller.languageChanged.connect(self._language_changed)
        controller.participantsChanged.connect(self._drop_group_cache)
        self._session_changed()
        self._apply_fonts()
        self._follow()

    # ------------------------------------------------------------ building
    def _build_pages(self) -> None:
        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        # Text changes every vote; the window's size must not follow the labels
        # (it is full screen), so the layout sets no window size constraints.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        # The corner strip under the page: countdown left, join banner right; it
        # takes no room while both are hidden, and never covers a chart.
        outer.addWidget(self.stack, 1)
        self._corner = QHBoxLayout()
        self.countdown = Countdown(self)
        self.banner = JoinBanner(self)
        self._corner.addWidget(self.countdown, 0)
        self._corner.addStretch(1)
        self._corner.addWidget(self.banner, 0)
        outer.addLayout(self._corner)

        self.join_page = JoinPage(self)
        self.voting_page = VotingPage(self, self.room)
        self.result_page = ResultPage(self, self.dot_chart)
        self.overview_page = ChartPage(self, self.bars_chart)
        self.shift_page = ChartPage(self, self.shift_chart)
        self.gap_page = ChartPage(self, self.gap_chart)
        self._pages: dict[str, QWidget] = {
            "join": self.join_page.widget, "voting": self.voting_page.widget, "result": self.result_page.widget,
            "overview": self.overview_page.widget, "shift": self.shift_page.widget, "gap": self.gap_page.widget,
        }
        self.tables: dict[str, ChartTable] = {
            "result": self.result_page.table, "overview": self.overview_page.table,
            "shift": self.shift_page.table, "gap": self.gap_page.table,
        }
        for page in self._pages.values():
            self.stack.addWidget(page)
        # Names the tests and the console have always used.
        self._join_title = self.join_page.title.main
        self.join_qr_label = self.join_page.qr
        self.join_url_label = self.join_page.url.main
        self._join_text = self.join_page.how.main
        self._vote_state = self.voting_page.state.main

    # ------------------------------------------------------------ public API
    def view(self) -> str:
        """The view on screen: one of :data:`VIEWS`."""
        return self.shown_view

    def set_view(self, name: str) -> None:
        """Show "join", "item", "overview", "shift" or "gap" (until the current item is opened or revealed)."""
        if name not in VIEWS:
            raise ValueError(f"view: {name!r} is not one of {', '.join(VIEWS)}")
        self._change_view(name)
        self._redraw()

    def set_wifi_info(self, ssid: str, wifi_text: str | None, short_url: str) -> None:
        """The hotspot to join first (name and QR text; None: not entered) and the short address to type."""
        self.wifi_info = (ssid, wifi_text, short_url)
        self._update_join()

    @property
    def join_wifi(self) -> JoinWifi:
        """The Wi-Fi QR code and short address on the join page."""
        return self.join_page.wifi

    def set_join_info(self, url: str | None, qr_png: bytes | None, joined: int) -> None:
        """What the join screen shows: the phone address and its QR code (None: no phone voting) and the count."""
        self.join_url = url or None
        self.joined = int(joined)
        if qr_png != self._join_png:  # the count changes with every phone that joins; the code seldom does
            self._join_png = qr_png
            self.join_qr = None
            if qr_png:
                pixmap = QPixmap()
                if pixmap.loadFromData(qr_png):
                    self.join_qr = pixmap
        self._update_join()
        self._update_corner()

    def show_on_screen(self, screen: QScreen | None) -> None:
        """Full screen on ``screen`` (None: a normal window on the current one), never taking the keyboard."""
        if screen is None:
            self.set_full_screen(False)
            return
        if self.isFullScreen():
            self.set_full_screen(False)
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.set_full_screen(True)

    def set_full_screen(self, full: bool) -> None:
        """Shown full screen or as a normal window, never activated (showFullScreen() would ask to be)."""
        state = self.windowState() & ~(Qt.WindowState.WindowMinimized | Qt.WindowState.WindowFullScreen)
        self.setWindowState(state | Qt.WindowState.WindowFullScreen if full else state)
        self.setVisible(True)

    def is_blank(self) -> bool:
        """Whether the room sees the plain black page (B or .)."""
        return not self.keys.cover.isHidden()

    def set_blank(self, blank: bool) -> None:
        """Blank the projector (a plain black page) or show the view again."""
        self.keys.cover.set_blank(blank)
        self.redrawn.emit()

    def toggle_full_screen(self) -> None:
        self.set_full_screen(not self.isFullScreen())

    def toggle_table(self) -> None:
        """Show every chart as its table (and back): the text equivalent on the big screen."""
        self._show_table = not self._show_table
        for table in self.tables.values():
            holder = table.parentWidget()
            if isinstance(holder, QStackedWidget):
                holder.setCurrentIndex(1 if self._show_table else 0)
        self._redraw()

    def set_countdown(self, seconds_left: float | None) -> None:
        """The discussion time left for the room to see (negative: time is up); None hides it."""
        self._countdown_left = seconds_left
        self._update_corner()

    def next_page(self) -> None:
        """PageDown (a presenter's clicker): the overview's next page of items."""
        if self.shown_view == "overview" and self.overview_index + 1 < self.overview_pages():
            self.overview_index += 1
            self._redraw()

    def previous_page(self) -> None:
        """PageUp: the overview's previous page."""
        if self.shown_view == "overview" and self.overview_index > 0:
            self.overview_index -= 1
            self._redraw()

    def languages(self) -> tuple[str, ...]:
        """The room's languages on screen, main first."""
        return self.room.languages

    def picture(self) -> QImage:
        """What the room sees now, as an image the size of the window (for "Save picture…")."""
        return self.grab().toImage()

    def save_picture(self) -> None:
        """"Save picture…": what the room sees now, as a PNG the facilitator pastes into slides and reports."""
        from pe_desktop.ui.projector.picture import save_picture_dialog

        image = self.picture()  # before the file dialog covers anything
        save_picture_dialog(self.window() if self.isVisible() else self.parentWidget() or self, image)

    # ------------------------------------------------------------ following
    def _state(self, key: str) -> str:
        return self.controller.item_states().get(key, "pending")

    def _session_closed(self) -> bool:
        return self.controller.session.status == "closed"

    def _shown_keys(self, round: int | None = None) -> set[str]:
        """Items whose results the room may see (the session layer's rule)."""
        return shown_items("projector", self.controller.item_states(round), self._session_closed())

    def item_mode(self) -> str:
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
        if name != self.shown_view:
            self.shown_view = name
            self.viewChanged.emit(name)

    def _session_changed(self) -> None:
        title = str(self.controller.session.title or "")
        self.setWindowTitle(self.tr("Projector – {0}").format(title))
        self.join_page.title.set_texts([title])
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
        view = self.shown_view
        self._update_corner()
        if view == "join":
            self._update_join()
            self._show_page("join")
        elif view == "item":
            if self.item_mode() == "voting":
                self._draw_voting()
                self._show_page("voting")
            else:
                self._draw_result()
                self._show_page("result")
        elif view == "overview":
            self._draw_overview()
            self._show_page("overview")
        elif view == "shift":
            self._draw_shift()
            self._show_page("shift")
        elif view == "gap":
            self._draw_gap()
            self._show_page("gap")
        self.redrawn.emit()

    def _show_page(self, name: str) -> None:
        """Bring a page up; its layouts are redone, since fonts set while it was hidden did not reach them."""
        page = self._pages[name]
        if self.stack.currentWidget() is not page or name in self._stale_layouts:
            for layout in page.findChildren(QLayout):
                layout.invalidate()
            self._stale_layouts.discard(name)
        self.stack.setCurrentWidget(page)

    # ------------------------------------------------------------ size
    def _apply_fonts(self) -> None:
        """Every text at its role's size for this window height (never below the back-row minimum)."""
        height = self.height()
        self._height = height
        for page in (self.join_page, self.voting_page, self.result_page, self.overview_page, self.shift_page,
                     self.gap_page):
            for block in page.blocks:
                block.resize_text(height)
        self.banner.resize_text(height)
        self.countdown.resize_text(height)
        self._corner.setContentsMargins(48, 0, 48, corner_gap(height))
        px = role_px("scale", height)
        for chart in (self.dot_chart, self.bars_chart, self.shift_chart, self.gap_chart):
            chart.set_text_px(px)
        # Long item titles wrap on the overview's axis instead of pushing the bars off screen.
        self.bars_chart.set_title_width(int(self.width() * 0.4))
        for table in self.tables.values():
            size_table(table, height)
        self._stale_layouts = set(self._pages)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """On its own (no console), PageDown / PageUp page through a long overview and B or . blank."""
        if event.key() in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self.next_page() if event.key() == Qt.Key.Key_PageDown else self.previous_page()
        elif event.key() in (Qt.Key.Key_B, Qt.Key.Key_Period):
            self.set_blank(not self.is_blank())
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.height() != self._height:
            self._apply_fonts()
            if self.shown_view == "join":
                self._update_join()
        if self.shown_view == "overview":
            self._redraw()

    def _leave_full_screen(self) -> None:
        if self.isFullScreen():
            self.set_full_screen(False)
