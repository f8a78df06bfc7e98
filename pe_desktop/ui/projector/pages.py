"""The projector's pages (join, voting, result, chart views), built once, filled by the window.

Why apart from the window: the window decides *what* to show (following the
controller, suppression, paging); these classes only hold the widgets of one
page and size their text by role (:mod:`.layout`), so each view is a small
readable unit. Every text block is a :class:`.widgets.RoomLabel`, so a mixed
room gets every title, question and scale label in both languages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from pe_desktop.ui.projector.join_qr import JoinWifi
from pe_desktop.ui.projector.layout import font_for, min_cap_px, role_px
from pe_desktop.ui.projector.widgets import RoomLabel, ScaleBox

if TYPE_CHECKING:
    from pe_desktop.charts.base import ChartView
    from pe_desktop.charts.table import ChartTable
    from pe_desktop.ui.projector.room_text import RoomText

__all__ = ["ChartPage", "JoinPage", "ResultPage", "VotingPage", "with_table"]


def _page(parent: QWidget) -> tuple[QWidget, QVBoxLayout]:
    page = QWidget(parent)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(32, 24, 32, 16)
    layout.setSpacing(12)
    return page, layout


def with_table(parent: QWidget, chart: ChartView) -> tuple[QStackedWidget, ChartTable]:
    """A chart and its table equivalent, one of them shown (T switches)."""
    from pe_desktop.charts.table import ChartTable

    holder = QStackedWidget(parent)
    # The chart takes the room the words leave: words are never squeezed (cut), the chart shrinks.
    holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
    holder.addWidget(chart)
    table = ChartTable(chart)
    holder.addWidget(table)
    return holder, table


class JoinPage:
    """Title, QR code, address, how many joined, how to take part."""

    def __init__(self, parent: QWidget) -> None:
        self.widget, layout = _page(parent)
        self.title = RoomLabel(self.widget, parent.tr("Session title"), "title", bold=True)
        self.qr = QLabel(self.widget)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setAccessibleName(parent.tr("QR code to join by phone"))
        self.url = RoomLabel(self.widget, parent.tr("Address to join by phone"), "question", bold=True)
        self.url.main.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.count = RoomLabel(self.widget, parent.tr("Number of people joined"), "question")
        self.how = RoomLabel(self.widget, parent.tr("How to take part"), "body")
        self._qr_pixmap: QPixmap | None = None
        # The QR beside the words, not above them: a bilingual room's texts and
        # a QR stacked would not fit a 720-line projector without cutting one.
        row = QHBoxLayout()
        row.setSpacing(32)
        self.wifi = JoinWifi(self.widget)  # step 1, the hotspot's QR code, beside the voting one
        words = QVBoxLayout()
        for widget in (self.url, self.count, self.how):
            # the words take the width the codes leave (they wrap); the codes are never squeezed
            widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            words.addWidget(widget)
        # with the Wi-Fi code beside it, the voting code is step 2 and says so under it
        self.step2 = QLabel(self.widget)
        self.step2.setTextFormat(Qt.TextFormat.PlainText)
        self.step2.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.step2.setWordWrap(True)
        self.step2.setAccessibleName(parent.tr("Second step of joining"))
        vote = QVBoxLayout()
        vote.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        vote.addWidget(self.step2)
        vote.addStretch(1)
        row.addWidget(self.wifi, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(vote, 0)
        row.addLayout(words, 1)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addSpacing(16)
        layout.addLayout(row)
        layout.addStretch(1)
        self.blocks = [self.title, self.url, self.count, self.how]

    def set_qr(self, pixmap: QPixmap | None, width: int, height: int) -> None:
        """The voting code (and the Wi-Fi code beside it, when shown) as big as the window allows.

        Both codes get the same fixed side, so the layout never squeezes one
        (a squeezed code loses its quiet zone); with two codes each takes a
        quarter of the width at most, leaving the words their half.
        """
        self._qr_pixmap = pixmap
        self.qr.setVisible(pixmap is not None)
        if pixmap is None:
            self.wifi.hide()
            self.step2.hide()
            return
        two = not self.wifi.isHidden()
        side = max(120, int(min(height * (0.42 if two else 0.45), width * (0.24 if two else 0.4))))
        self.qr.setFixedSize(side, side)
        self.qr.setPixmap(pixmap.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                        Qt.TransformationMode.FastTransformation))
        self.wifi.apply_size(side, self.how.main.font())
        self.step2.setFont(self.how.main.font())
        self.step2.setVisible(two)


class VotingPage:
    """While voting: the question, the scale, how many have rated (never the spread)."""

    def __init__(self, parent: QWidget, room: RoomText) -> None:
        self.widget, layout = _page(parent)
        self.title = RoomLabel(self.widget, parent.tr("Item"), "title", bold=True, second_role="title2")
        self.question = RoomLabel(self.widget, parent.tr("Question"), "question", second_role="question2")
        self.count = RoomLabel(self.widget, parent.tr("How many have rated"), "display", bold=True, second_role="question")
        self.state = RoomLabel(self.widget, parent.tr("Voting status"), "body")
        self._row = QHBoxLayout()
        self._row.setSpacing(8)
        self._parent = parent
        self.scale_boxes: list[ScaleBox] = []
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.question)
        layout.addSpacing(8)
        layout.addLayout(self._row)
        layout.addStretch(1)
        layout.addWidget(self.count)
        layout.addWidget(self.state)
        layout.addStretch(1)
        self.blocks: list[RoomLabel | ScaleBox] = []
        self.set_scale(room)

    def set_scale(self, room: RoomText) -> None:
        """One box per scale point with its label in each room language (again when the language is edited)."""
        for box in self.scale_boxes:
            self._row.removeWidget(box)
            box.deleteLater()
        self.scale_boxes = []
        parent: QWidget = self._parent
        for value in room.main.scale.answers:
            number = str(value) if value is not None else "?"
            name = parent.tr("Scale point {0}").format(number)
            box = ScaleBox(self.widget, name, number, room.scale_label(value))
            self._row.addWidget(box, 1)
            box.setVisible(True)  # now, not on the layout's next turn (the page may be on screen)
            self.scale_boxes.append(box)
        self.blocks = [self.title, self.question, self.count, self.state, *self.scale_boxes]


class ResultPage:
    """After the reveal: title, question, the dots, and the result in plain words."""

    def __init__(self, parent: QWidget, chart: ChartView) -> None:
        self.widget, layout = _page(parent)
        self.title = RoomLabel(self.widget, parent.tr("Item"), "title", bold=True, second_role="title2")
        self.question = RoomLabel(self.widget, parent.tr("Question"), "question", second_role="question2")
        self.result = RoomLabel(self.widget, parent.tr("Result in words"), "result", bold=True, second_role="body")
        self.detail = RoomLabel(self.widget, parent.tr("Power gap and number of ratings"), "body")
        self.holder, self.table = with_table(self.widget, chart)
        layout.addWidget(self.title)
        layout.addWidget(self.question)
        layout.addWidget(self.holder, 1)
        layout.addWidget(self.result)
        layout.addWidget(self.detail)
        self.blocks = [self.title, self.question, self.result, self.detail]


class ChartPage:
    """A heading, a line of words under it, and a chart (overview, round shift, power gap)."""

    def __init__(self, parent: QWidget, chart: ChartView) -> None:
        self.widget, layout = _page(parent)
        self.heading = RoomLabel(self.widget, parent.tr("Heading"), "title", bold=True, second_role="title2")
        self.words = RoomLabel(self.widget, parent.tr("What the chart shows, in words"), "body")
        self.holder, self.table = with_table(self.widget, chart)
        layout.addWidget(self.heading)
        layout.addWidget(self.words)
        layout.addWidget(self.holder, 1)
        self.blocks = [self.heading, self.words]

    def fit_heading(self, bilingual: bool, window_height: int) -> None:
        """A mixed room's heading one size down (still above the minimum): its two lines
        would otherwise take the room a chart's rows need to stay apart at 720 lines."""
        roles = ("title2", "question2") if bilingual else ("title", "title2")
        if (self.heading.role, self.heading.second_role) != roles:
            self.heading.role, self.heading.second_role = roles
            self.heading.resize_text(window_height)


def size_table(table: ChartTable, window_height: int) -> None:
    """The table equivalent (T) at the back-row size, rows tall enough for it."""
    font = font_for("scale", window_height)
    table.setFont(font)
    table.horizontalHeader().setFont(font_for("scale", window_height, bold=True))
    table.verticalHeader().setDefaultSectionSize(int(role_px("scale", window_height) * 1.3))  # a line and air
    table.setWordWrap(True)
    table.resizeColumnsToContents()


def corner_gap(window_height: int) -> int:
    """Space between the corner strip (countdown, join banner) and the page."""
    return int(min_cap_px(window_height) / 2)
