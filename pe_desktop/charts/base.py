"""What every chart widget shares: a plot, a legend row, and a text equivalent.

Each chart publishes, with every update, the same content as a table (header
+ rows of display strings) and a one-paragraph description. The description
becomes the widget's accessible description, so a screen reader user gets the
chart's content, and :class:`pe_desktop.charts.table.ChartTable` shows the
table on demand. Charts build their pyqtgraph items once and only call
``setData``/``setOpts`` on them afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QSizePolicy, QVBoxLayout, QWidget

from pe_desktop.charts import style

#: Chart vocabulary in a language: (source text, drawn beside a mark in the plot) -> text.
Words = Callable[[str, bool], str]


def _facilitators_words(text: str, mark: bool = False) -> str:
    """The facilitator's language (Qt's installed translator), for the console's and trend's charts."""
    return QCoreApplication.translate("charts", text)


class LegendRow(QWidget):
    """A row of marker swatches with plain-text labels (group names are participant data).

    Label widgets are pooled: an entry's swatch and text are updated in place
    and spare pairs hidden, never created and destroyed per update. (Why: the
    legend changes whenever a group crosses the suppression threshold, which
    can be every vote; creating and destroying parented QLabels per update
    leaks references to None in PySide6 6.11, see tests/test_soak_pyside.py.)
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self._layout.addStretch(1)
        self._layout.addStretch(1)
        self._entries: tuple[tuple[str, str, str], ...] = ()
        self._pairs: list[tuple[QLabel, QLabel]] = []
        self._px = 20
        self.setAccessibleName(self.tr("Legend"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)  # wrapped labels grow it

    def set_entries(self, entries: Sequence[tuple[str, str, str]]) -> None:
        """(label, colour, shape) per line; widgets are touched only when the legend changes."""
        entries = tuple(entries)
        if entries == self._entries:
            return
        self._entries = entries
        self._refresh()

    def set_text_px(self, px: int) -> None:
        if px != self._px:
            self._px = px
            for _icon, text in self._pairs:
                text.setFont(style.font(px))
                text.setContentsMargins(0, 0, px, 0)
            self._refresh()

    @property
    def entries(self) -> tuple[tuple[str, str, str], ...]:
        """(label, colour, shape) of each line on show: what the swatches and labels are drawn from."""
        return self._entries

    def _pair(self) -> tuple[QLabel, QLabel]:
        icon = QLabel(self)
        icon.setAccessibleName(self.tr("Marker"))
        text = QLabel(self)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)  # a long label wraps rather than being cut off on a narrow screen
        text.setFont(style.font(self._px))
        text.setContentsMargins(0, 0, self._px, 0)
        text.setStyleSheet(f"color: {style.INK};")
        at = self._layout.count() - 1  # before the closing stretch
        self._layout.insertWidget(at, icon)
        self._layout.insertWidget(at + 1, text)
        return icon, text

    def _refresh(self) -> None:
        while len(self._pairs) < len(self._entries):
            self._pairs.append(self._pair())
        for i, (icon, text) in enumerate(self._pairs):
            if i < len(self._entries):
                label, colour, shape = self._entries[i]
                icon.setPixmap(style.shape_icon(colour, shape, int(self._px * 1.2)))
                text.setText(label)
                text.setAccessibleName(label)
                icon.setVisible(True)
                text.setVisible(True)
            else:
                text.setText("")
                text.setAccessibleName(self.tr("Unused"))
                icon.setVisible(False)
                text.setVisible(False)
        self.setAccessibleDescription(", ".join(e[0] for e in self._entries))


class ChartView(QWidget):
    """A pyqtgraph plot on white with a legend row and a published text equivalent."""

    #: Emitted after each update, once the table and description are current.
    updated = Signal()

    def __init__(self, parent: QWidget | None = None, words: Words | None = None) -> None:
        """``words`` translates the chart's vocabulary (context "charts"): by default the
        facilitator's language; the projector passes the room's (one language or two)."""
        super().__init__(parent)
        self._words: Words = words or _facilitators_words
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(style.PAPER))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(style.INK))
        self.setPalette(palette)
        self._tick_px = 20
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        # As a window of its own (tests, a detached chart) the layout must not
        # push size constraints to the window on every legend change.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.plot_widget = pg.PlotWidget(self, background=style.PAPER)
        self.plot_widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot_widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.plot: pg.PlotItem = self.plot_widget.getPlotItem()
        style.style_plot(self.plot, self._tick_px)
        self.legend = LegendRow(self)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.legend, 0)
        self._header: list[str] = []
        self._rows: list[list[str]] = []
        self._description = ""
        self._ticks: dict[str, list[tuple[float, str]]] = {}

    def word(self, text: str, mark: bool = False) -> str:
        """``text`` (chart vocabulary) in the chart's language: the room's on the projector.

        ``mark``: a label drawn inside the plot beside a mark ("up {0}"), where a mixed
        room's second language would crowd the marks; the room's words say it in one.
        """
        return self._words(text, mark)

    def set_words(self, words: Words | None) -> None:
        """Speak another language from now on (the session's language was edited); every
        fixed text (name, legend, axis) is written again and the next update uses it."""
        self._words = words or _facilitators_words
        self._retranslate()

    def _retranslate(self) -> None:
        """Write the chart's fixed texts in its language (each chart its own)."""

    def set_name(self, name: str) -> None:
        """The chart's accessible name (what a screen reader announces first)."""
        self.setAccessibleName(name)
        self.plot_widget.setAccessibleName(name)

    def set_ticks(self, axis: str, ticks: list[tuple[float, str]]) -> None:
        """Fixed tick labels on one axis (kept: the axis sizes and the overview's paging read them)."""
        if self._ticks.get(axis) != ticks:
            self._ticks[axis] = list(ticks)
            self.plot.getAxis(axis).setTicks([ticks])

    @property
    def ticks(self) -> dict[str, list[tuple[float, str]]]:
        """The tick labels on each axis with fixed ticks, as drawn ("left", "bottom")."""
        return {axis: list(ticks) for axis, ticks in self._ticks.items()}

    # ---------------------------------------------------------- text equivalent
    def table_header(self) -> list[str]:
        """Column titles of the chart's table equivalent."""
        return list(self._header)

    def table_rows(self) -> list[list[str]]:
        """The chart's content as rows of display strings (what a screen reader reads)."""
        return [list(r) for r in self._rows]

    def description(self) -> str:
        """One paragraph saying what the chart shows; also the accessible description."""
        return self._description

    def _publish(self, header: list[str], rows: list[list[str]], description: str) -> None:
        self._header, self._rows, self._description = header, rows, description
        self.setAccessibleDescription(description)
        self.plot_widget.setAccessibleDescription(description)
        self.updated.emit()

    # ------------------------------------------------------------------ size
    def set_text_px(self, px: int) -> None:
        """Scale tick labels and legend with the window (the projector calls this on resize)."""
        px = max(10, int(px))
        if px == self._tick_px:
            return
        self._tick_px = px
        style.style_plot(self.plot, px)
        self.legend.set_text_px(px)
        self._text_px_changed(px)

    def _text_px_changed(self, px: int) -> None:
        """Hook for charts with their own text items."""
