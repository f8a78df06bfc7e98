"""The projector's drawing of each view: what the window puts on the page it shows.

Kept apart from :mod:`.window` (which builds the pages, follows the controller
and sizes the type) so each stays a readable unit. The texts come from the
room's languages (:mod:`.room_text`), the figures from the session layer's
projector view of the item and the controller's round summaries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pe_desktop.core.stats import RatingRow, item_summary
from pe_desktop.session.views import projector_view
from pe_desktop.ui.projector import drawing
from pe_desktop.ui.projector.banner import short_address
from pe_desktop.ui.projector.room_text import RoomText

if TYPE_CHECKING:
    from PySide6.QtGui import QPixmap

    from pe_desktop.charts.bars import DivergingBarsChart
    from pe_desktop.charts.dots import DotChart
    from pe_desktop.charts.gap import PowerGapChart
    from pe_desktop.charts.shift import RoundShiftChart
    from pe_desktop.ui.controller import SessionController
    from pe_desktop.ui.projector.banner import JoinBanner
    from pe_desktop.ui.projector.countdown import Countdown
    from pe_desktop.ui.projector.pages import ChartPage, JoinPage, ResultPage, VotingPage

__all__ = ["PageDrawing"]


class PageDrawing:
    """The projector window's drawing steps, one per view (a mixin of :class:`.window.ProjectorWindow`)."""

    controller: SessionController
    room: RoomText
    voting_page: VotingPage
    result_page: ResultPage
    overview_page: ChartPage
    shift_page: ChartPage
    gap_page: ChartPage
    dot_chart: DotChart
    bars_chart: DivergingBarsChart
    shift_chart: RoundShiftChart
    gap_chart: PowerGapChart
    rated: int
    result_figures: dict[str, Any]
    overview_index: int

    join_page: JoinPage
    join_url: str | None
    wifi_info: tuple[str, str | None, str]
    join_qr: QPixmap | None
    joined: int
    shown_view: str
    banner: JoinBanner
    countdown: Countdown
    _countdown_left: float | None
    _language_override: str | None
    _show_table: bool

    if TYPE_CHECKING:  # the window's own (QWidget's and ProjectorWindow's), declared for the type checker only
        def height(self) -> int: ...

        def width(self) -> int: ...

        def _state(self, key: str) -> str: ...

        def _groups(self) -> list: ...

        def _shown_keys(self, round: int | None = None) -> set[str]: ...

        def _apply_fonts(self) -> None: ...

        def _redraw(self) -> None: ...

    def _language_changed(self, spec: str) -> None:
        """The session's language was edited: every text, chart word and scale box in it at once.

        A window opened in a fixed language (a snapshot's ``--language``) keeps that one.
        """
        if self._language_override:
            return
        self.room = RoomText(self.controller.instrument, spec)
        inst = self.room.main
        self.dot_chart.set_scale(inst.scale)
        for chart in (self.bars_chart, self.shift_chart, self.gap_chart):
            chart.set_instrument(inst)
        for any_chart in (self.dot_chart, self.bars_chart, self.shift_chart, self.gap_chart):
            any_chart.set_words(self.room.chart_word)
        self.voting_page.set_scale(self.room)
        self._apply_fonts()
        self._redraw()

    def _draw_voting(self) -> None:
        key = self.controller.current_item
        page = self.voting_page
        page.title.set_texts(self.room.title(key))
        page.question.set_texts(self.room.question(key))
        # people and show-of-hands votes apart, in the session layer's words (session/views/turnout.py)
        from pe_desktop.session.views.turnout import rated_words, turnout

        counts = turnout(self.controller.archive, self.controller.session_id, self.controller.round, key)
        self.rated = counts.people + counts.hands  # one rating per person and one per hand: no second read
        page.count.set_texts(list(dict.fromkeys(rated_words(counts, code) for code in self.room.languages)))
        state = self._state(key)
        # A mixed room's page is full with two languages; the count says enough.
        page.state.setVisible(not self.room.bilingual)
        page.state.set_texts(self.room.words({"open": "voting_open", "closed": "voting_closed"}.get(state, "voting_soon")))

    def _item_rows(self, key: str) -> list[RatingRow]:
        """The current round's ratings of one item (the whole round would be 25 times the rows)."""
        return self.controller.archive.rating_rows(self.controller.session_id, self.controller.round, key)

    def _draw_result(self) -> None:
        from pe_desktop.session import plain_words

        key = self.controller.current_item
        page = self.result_page
        page.title.set_texts(self.room.title(key))
        page.question.set_texts(self.room.question(key))
        # A mixed room read the question in both languages while voting; after
        # the reveal the chart needs the room more than a second reading does.
        page.question.setVisible(not self.room.bilingual)
        groups = self._groups()
        # The session layer's projector view of the item (one item's rows and figures, the same
        # core.stats function the round summary uses); without a result yet, the item's own rows.
        result = projector_view(self.controller.archive, self.controller.session_id, key,
                                round=self.controller.round).result
        if result is not None:
            rows, item = list(result.rows), result.summary
        else:
            rows = self._item_rows(key)
            scale = self.controller.instrument.scale
            item = item_summary(key, rows, groups, scale.min, scale.max, self.controller.min_group_size)
        self.dot_chart.set_item(key, self.room.main.item(key).title, rows, groups, item)
        per_language = self.room.result(item)
        page.result.set_texts([lines[0] for lines in per_language])
        rnd = self.controller.round if int(self.controller.session.rounds or 1) > 1 else None
        details = []
        for code, lines in zip(self.room.languages, per_language, strict=False):
            counts = plain_words.counts_sentence(int(item.get("n") or 0), int(item.get("unsure") or 0), code, rnd)
            details.append("   ·   ".join([*lines[1:], counts]))
        # The table view (T) of a mixed room: the table's words are in both languages already,
        # and its rows need the room the sentences' second language would take.
        page.detail.set_texts(details[:1] if self._show_table and self.room.bilingual else details)
        self.result_figures = {
            "agreement": item.get("agreement"),
            "band": item.get("band"),
            "polarised": item.get("polarised"),
            "power_gap": item.get("power_gap"),
            "stats_text": page.result.text(),
            "detail_text": page.detail.text(),
        }

    def overview_pages(self) -> int:
        per_page = drawing.rows_per_page(self.height(), self.bars_chart.title_lines())
        n = len(self.controller.instrument.item_keys)
        return max(1, -(-n // per_page))

    def _draw_overview(self) -> None:
        rnd = self.controller.round
        per_page = drawing.rows_per_page(self.height(), self.bars_chart.title_lines())
        pages = self.overview_pages()
        self.overview_index = min(self.overview_index, pages - 1)
        heading = self.room.words("all_items", r=rnd)
        if pages > 1:
            page_words = self.room.words("page", p=self.overview_index + 1, t=pages)
            heading = [f"{h} · {p}" for h, p in zip(heading, page_words, strict=False)]
        self.overview_page.fit_heading(self.room.bilingual, self.height())
        self.overview_page.heading.set_texts(heading)
        self.overview_page.words.hide()
        self.bars_chart.show_rows(self.overview_index * per_page, per_page)
        self.bars_chart.set_items(drawing.item_counts(self.controller), self._shown_keys())

    def _draw_shift(self) -> None:
        self.shift_page.fit_heading(self.room.bilingual, self.height())
        self.shift_page.heading.set_texts(self.room.words("shift_heading"))
        round1 = self.controller.summary(1)["items"]
        round2 = self.controller.summary(2)["items"] if self.controller.round >= 2 else []
        shown = self._shown_keys(2) if round2 else set()
        self.shift_chart.set_rounds(round1, round2, shown)
        pairs = drawing.shift_pairs(round1, round2, shown)
        words = self.room.shift(pairs, drawing.people_per_round(round1), drawing.people_per_round(round2))
        # A mixed room reads the heading and the legend in both languages; the sentences under the
        # heading in two would leave the chart's rows no room at the back-row size (they'd overlap).
        self.shift_page.words.set_texts(words[:1])

    def _draw_gap(self) -> None:
        self.gap_page.fit_heading(self.room.bilingual, self.height())
        self.gap_page.heading.set_texts(self.room.words("gap_heading", r=self.controller.round))
        self.gap_page.words.hide()
        self.gap_chart.set_items(self.controller.summary()["items"], self._shown_keys())

    def _update_join(self) -> None:
        has_phone = self.join_url is not None
        page = self.join_page
        ssid, wifi_text, short_url = self.wifi_info
        page.wifi.set_info(ssid, wifi_text, " / ".join(self.room.words("join_wifi", ssid=ssid)))
        page.step2.setText(" / ".join(self.room.words("join_vote")))
        page.set_qr(self.join_qr if has_phone else None, self.width(), self.height())
        page.url.setVisible(has_phone)
        page.count.setVisible(has_phone)
        if has_phone:
            # the short address when there is one: what a person types when the camera fails
            page.url.set_texts([short_address(short_url or self.join_url or "")])
            page.count.set_texts(self.room.words("joined", n=self.joined))
            page.how.set_texts(self.room.words("join_how"))
        else:
            page.how.set_texts(self.room.words("join_none"))

    def _update_corner(self) -> None:
        """The join banner on every view but the join screen (phone voting on); the countdown when timing."""
        if self.join_url and self.shown_view != "join":
            join = " / ".join(self.room.words("join_word"))
            self.banner.set_join(f"{join}: {short_address(self.wifi_info[2] or self.join_url)}", self.join_qr)
        else:
            self.banner.set_join(None, None)
        if self._countdown_left is None:
            self.countdown.hide()
        else:
            self.countdown.set_seconds(self._countdown_left)
            self.countdown.show()
