"""Projector text blocks: one text in one or two languages, sized by role, wrapped, never clipped.

Why a widget per block: a bilingual room sees every title, question and
scale label twice (the second language under the first, smaller but still
above the back-row minimum), and each block must re-size itself when the
window does. Text is participant- or form-entered data, so labels are plain
text, never markup.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from pe_desktop.charts.theme import INK, MUTED
from pe_desktop.ui.projector.layout import set_role_font

__all__ = ["RoomLabel", "ScaleBox", "plain_label"]


def plain_label(parent: QWidget, name: str, wrap: bool = True) -> QLabel:
    """A centred plain-text label that wraps (participant text is data, not markup)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setAccessibleName(name)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


class RoomLabel(QWidget):
    """A text in the main language and, for a mixed room, under it the second language."""

    def __init__(self, parent: QWidget, name: str, role: str, bold: bool = False,
                 second_role: str | None = None) -> None:
        super().__init__(parent)
        self.role, self.bold = role, bold
        self.second_role = second_role or role
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.main = plain_label(self, name)
        self.second = plain_label(self, name)
        self.second.setStyleSheet(f"QLabel {{ color: {MUTED}; }}")
        layout.addWidget(self.main)
        layout.addWidget(self.second)
        self.second.hide()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_texts(self, texts: Sequence[str]) -> None:
        """First text big, second (if any) smaller below it."""
        self.main.setText(texts[0] if texts else "")
        second = texts[1] if len(texts) > 1 else ""
        self.second.setText(second)
        self.second.setVisible(bool(second))

    def text(self) -> str:
        return "\n".join(t for t in (self.main.text(), self.second.text() if self.second.isVisibleTo(self) else "") if t)

    def resize_text(self, window_height: int) -> None:
        set_role_font(self.main, self.role, window_height, self.bold)
        set_role_font(self.second, self.second_role, window_height, False)


class ScaleBox(QFrame):
    """One scale point while voting: its number and its label in each room language, in a frame."""

    def __init__(self, parent: QWidget, name: str, number: str, labels: Sequence[str]) -> None:
        super().__init__(parent)
        self.setObjectName("scaleBox")
        self.setStyleSheet(f"QFrame#scaleBox {{ border: 3px solid {INK}; border-radius: 8px; }}")
        self.setAccessibleName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(2)
        self.number = plain_label(self, name)
        self.number.setText(number)
        self.text = RoomLabel(self, name, "scale", second_role="scale2")
        self.text.set_texts(list(labels))
        layout.addWidget(self.number)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def resize_text(self, window_height: int) -> None:
        set_role_font(self.number, "scale", window_height, True)
        self.text.resize_text(window_height)
