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
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from pe_desktop.charts.theme import INK, MUTED
from pe_desktop.ui.projector.layout import set_role_font

__all__ = ["RoomLabel", "ScaleBox", "plain_label"]


def _grow_to_text(widget: QWidget) -> None:
    """At least as tall as the wrapped text needs at the width it got.

    Qt's box layouts size a row of wrapping labels from their one-line hint,
    so a label that wraps to two lines inside a row would be cut in half;
    asking the widget's own layout for the height at its width, and making
    that the minimum, lets the page make room instead.
    """
    layout = widget.layout()
    if layout is None:
        return
    need = layout.totalHeightForWidth(widget.width())
    if need > 0 and need != widget.minimumHeight():
        widget.setMinimumHeight(need)


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
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def set_texts(self, texts: Sequence[str]) -> None:
        """First text big, second (if any) smaller below it."""
        self.main.setText(texts[0] if texts else "")
        second = texts[1] if len(texts) > 1 else ""
        self.second.setText(second)
        if bool(second) != self.second.isVisibleTo(self):
            self.second.setVisible(bool(second))
            # Its height anew: the layout gives it its hint, and the resize that follows
            # grows it to the wrapped text at its real width (see _grow_to_text).
            self.setMinimumHeight(0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        _grow_to_text(self)

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
        layout.setContentsMargins(4, 6, 4, 6)
        layout.setSpacing(2)
        self.number = plain_label(self, name)
        self.number.setText(number)
        layout.addWidget(self.number)
        # One label per language straight in the box (no nested block), so the
        # box's own layout knows every wrapped line's height.
        self.texts: list[QLabel] = []
        for i, text in enumerate(labels):
            label = plain_label(self, name)
            label.setText(text)
            if i:
                label.setStyleSheet(f"QLabel {{ color: {MUTED}; }}")
            layout.addWidget(label)
            self.texts.append(label)
        layout.addStretch(1)
        # Equal widths whatever the words: the scale reads as evenly spaced points.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        _grow_to_text(self)

    def resize_text(self, window_height: int) -> None:
        set_role_font(self.number, "scale", window_height, True)
        for i, label in enumerate(self.texts):
            set_role_font(label, "scale2" if i else "scale", window_height)
