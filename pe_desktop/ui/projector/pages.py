"""The projector's pages that hold only text: the join screen and the item while voting runs, and the result's labels.

Each page is a widget with public labels (tests and assistive technology read
them as they are); the projector window decides which page is on screen and
what it says. Type on the projector scales with the screen: every label is
made through :class:`ScaledText`, which sets their sizes when the window is
resized.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from pe_desktop.charts.theme import INK
from pe_desktop.core.instruments import Scale
from pe_desktop.ui.projector.join_qr import JoinWifi


class ScaledText:
    """The projector's labels, each with its size relative to the base size, so type follows the screen."""

    def __init__(self) -> None:
        self._labels: list[tuple[QLabel, float, bool]] = []

    def label(self, parent: QWidget, name: str, factor: float, bold: bool = False, wrap: bool = True) -> QLabel:
        """A centred plain-text label (participants' words are never markup) ``factor`` times the base size."""
        label = QLabel(parent)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(wrap)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAccessibleName(name)
        self._labels.append((label, factor, bold))
        return label

    def apply(self, base_px: int) -> None:
        for label, factor, bold in self._labels:
            font = QFont(label.font())
            font.setPixelSize(max(10, int(base_px * factor)))
            font.setBold(bold)
            label.setFont(font)


def page_layout(page: QWidget) -> QVBoxLayout:
    """The margins and spacing every projector page has."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(48, 32, 48, 32)
    layout.setSpacing(16)
    return layout


class JoinPage(QWidget):
    """How to take part: the session's title, the phone address and its QR code while phone voting runs."""

    def __init__(self, text: ScaledText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = page_layout(self)
        self.title = text.label(self, self.tr("Session title"), 2.2, bold=True)
        self.qr_label = QLabel(self)
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_label.setAccessibleName(self.tr("QR code to join by phone"))
        self.url_label = text.label(self, self.tr("Address to join by phone"), 1.4, bold=True, wrap=False)
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.count_label = text.label(self, self.tr("Number of people joined"), 1.4)
        self.how_label = text.label(self, self.tr("How to take part"), 1.2)
        layout.addStretch(1)
        layout.addWidget(self.title)
        self.wifi = JoinWifi(self)  # the Wi-Fi QR code beside the voting one
        codes = QHBoxLayout()
        codes.addStretch(1)
        codes.addWidget(self.wifi)
        codes.addWidget(self.qr_label)
        codes.addStretch(1)
        layout.addLayout(codes)
        layout.addWidget(self.url_label)
        layout.addWidget(self.wifi.short)
        layout.addWidget(self.count_label)
        layout.addSpacing(12)
        layout.addWidget(self.how_label)
        layout.addStretch(1)
        #: the phone address (None: no phone voting), its QR code and how many phones joined
        self.url: str | None = None
        self.qr: QPixmap | None = None
        self.joined = 0

    def set_info(self, url: str | None, qr_png: bytes | None, joined: int) -> None:
        self.url = url or None
        self.joined = int(joined)
        self.qr = None
        if qr_png:
            pixmap = QPixmap()
            if pixmap.loadFromData(qr_png):
                self.qr = pixmap

    def refresh(self, qr_side: int) -> None:
        """Show the address, QR code (``qr_side`` pixels) and count, or how else to vote when phones are off."""
        has_phone = self.url is not None
        self.qr_label.setVisible(has_phone and self.qr is not None)
        self.url_label.setVisible(has_phone)
        self.count_label.setVisible(has_phone)
        if not has_phone:
            self.how_label.setText(
                self.tr("Welcome. Vote on a paper ballot, by show of hands, or on this laptop. "
                        "No name is shown, ever.")
            )
            return
        self.url_label.setText(self.url or "")
        self.count_label.setText(self.tr("%n joined", "", self.joined))
        self.how_label.setText(
            self.tr("Scan the code or type the address into your phone's browser. "
                    "Paper ballots and this laptop work too.")
        )
        if self.qr is not None:
            self.qr_label.setPixmap(self.qr.scaled(qr_side, qr_side, Qt.AspectRatioMode.KeepAspectRatio,
                                                   Qt.TransformationMode.FastTransformation))
            self.wifi.apply_font(self.url_label.font(), qr_side)


class VotingPage(QWidget):
    """The current item while voting runs: its question, the scale, and only how many have rated.

    No distribution, so early votes do not sway later ones.
    """

    def __init__(self, text: ScaledText, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = page_layout(self)
        self.title = text.label(self, self.tr("Item"), 2.4, bold=True)
        self.question = text.label(self, self.tr("Question"), 1.6)
        self.count_label = text.label(self, self.tr("How many have rated"), 3.2, bold=True)
        self.state_label = text.label(self, self.tr("Voting status"), 1.2)
        scale_row = QHBoxLayout()
        scale_row.setSpacing(16)
        self.scale_labels: list[QLabel] = []
        for value in scale.answers:
            if value is None:
                number, words = "?", self.tr("Not sure")
            else:
                number, words = str(value), scale.labels.get(value, "")
            box = text.label(self, self.tr("Scale point {0}").format(number), 1.0, bold=False)
            box.setText(f"{number}\n{words}".strip())
            box.setStyleSheet(f"QLabel {{ border: 3px solid {INK}; border-radius: 8px; padding: 8px; color: {INK}; }}")
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            scale_row.addWidget(box)
            self.scale_labels.append(box)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.question)
        layout.addSpacing(16)
        layout.addLayout(scale_row)
        layout.addStretch(1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.state_label)
        layout.addStretch(1)
        #: how many have rated the item shown
        self.rated = 0

    def show_item(self, title: str, question: str, rated: int, state: str) -> None:
        self.title.setText(title)
        self.question.setText(question)
        self.rated = int(rated)
        self.count_label.setText(self.tr("%n have rated", "", self.rated))
        self.state_label.setText({
            "open": self.tr("Voting is open"),
            "closed": self.tr("Voting is closed"),
        }.get(state, self.tr("Voting opens soon")))


class ResultPage(QWidget):
    """A revealed item: its question, the dot chart (or its table) and the figures under it."""

    def __init__(self, text: ScaledText, chart: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = page_layout(self)
        self.title = text.label(self, self.tr("Item"), 1.9, bold=True)
        self.question = text.label(self, self.tr("Question"), 1.1)
        self.stats = text.label(self, self.tr("Result figures"), 1.25, bold=True)
        self.detail = text.label(self, self.tr("More figures"), 1.0)
        layout.addWidget(self.title)
        layout.addWidget(self.question)
        layout.addWidget(chart, 1)
        layout.addWidget(self.stats)
        layout.addWidget(self.detail)
        #: the figures shown, as values (agreement, band, power_gap, stats_text), for whoever reads the page
        self.figures: dict[str, Any] = {}
