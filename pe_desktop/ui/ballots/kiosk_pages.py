"""The laptop kiosk's question page and thank-you page, and the kiosk's look.

Widgets with public parts (the kiosk window fills their texts in the voter's
language and reacts to their buttons); kept apart from
:mod:`pe_desktop.ui.ballots.kiosk`, which is about the ballot's flow.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pe_desktop.core.instruments import Scale


class KioskItemPage(QWidget):
    """One question: progress, title and question, a big button per answer, Back / Next."""

    #: An answer button was pressed (its value; None = not sure).
    chosen = Signal(object)

    def __init__(self, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = QLabel(self)
        self.progress.setObjectName("kioskProgress")
        self.item_title = QLabel(self)
        self.item_title.setObjectName("kioskTitle")
        self.item_title.setTextFormat(Qt.TextFormat.PlainText)
        self.item_title.setWordWrap(True)
        self.item_question = QLabel(self)
        self.item_question.setObjectName("kioskQuestion")
        self.item_question.setTextFormat(Qt.TextFormat.PlainText)
        self.item_question.setWordWrap(True)
        scale_row = self._build_scale(scale)
        self.hint = QLabel(self)
        self.hint.setObjectName("kioskHint")
        self.feedback = QLabel(self)
        self.feedback.setObjectName("kioskHint")
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("kioskNav")
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("kioskNav")
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.feedback)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addWidget(self.item_title)
        layout.addWidget(self.item_question)
        layout.addSpacing(32)
        layout.addLayout(scale_row)
        layout.addWidget(self.hint)
        layout.addStretch(2)
        layout.addLayout(nav)

    def _build_scale(self, scale: Scale) -> QHBoxLayout:
        """One checkable button per answer (and "not sure"), only one checked at a time."""
        self.scale_group = QButtonGroup(self)
        self.scale_group.setExclusive(True)
        self.scale_buttons: dict[int | None, QPushButton] = {}
        scale_row = QHBoxLayout()
        scale_row.setSpacing(16)
        for value in scale.answers:
            button = QPushButton(self)
            button.setObjectName("kioskUnsure" if value is None else "kioskScale")
            button.setCheckable(True)
            button.clicked.connect(lambda _checked=False, value=value: self.chosen.emit(value))
            self.scale_group.addButton(button)
            scale_row.addWidget(button, 1)
            self.scale_buttons[value] = button
        return scale_row


class KioskThanksPage(QWidget):
    """Thank you, and pass the laptop on (cleared after a few seconds for the next person)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName("kioskThanks")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel(self)
        self.text.setObjectName("kioskQuestion")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addStretch(1)


KIOSK_STYLE = """
#kiosk { background: #FFFFFF; }
#kiosk QLabel { color: #111111; font-size: 20pt; }
#kiosk QLabel#kioskTitle { font-size: 40pt; font-weight: bold; }
#kiosk QLabel#kioskWelcome { font-size: 32pt; font-weight: bold; }
#kiosk QLabel#kioskQuestion { font-size: 28pt; }
#kiosk QLabel#kioskProgress { font-size: 18pt; color: #333333; }
#kiosk QLabel#kioskHint { font-size: 16pt; color: #333333; }
#kiosk QLabel#kioskThanks { font-size: 60pt; font-weight: bold; color: #1B5E20; }
#kiosk QPushButton {
    font-size: 24pt; color: #111111; background: #F2F2F2;
    border: 3px solid #1A1A1A; border-radius: 14px; padding: 18px 28px; min-height: 90px;
}
#kiosk QPushButton:focus { border: 6px solid #0B4F9C; }
#kiosk QPushButton:checked { background: #0B4F9C; color: #FFFFFF; }
#kiosk QPushButton:disabled { color: #8A8A8A; border-color: #BBBBBB; }
#kiosk QPushButton#kioskGroup { font-size: 28pt; min-height: 110px; }
#kiosk QPushButton#kioskScale { font-size: 24pt; min-height: 140px; padding: 18px 8px; }
#kiosk QPushButton#kioskUnsure { font-size: 22pt; min-height: 140px; padding: 18px 8px; border-style: dashed; }
#kiosk QPushButton#kioskLanguage { font-size: 16pt; min-height: 40px; padding: 6px 18px; }
"""
