"""A date field that takes a typed date and is left with one Tab.

Why not QDateEdit: its Tab walks year, month and day, so the Place a
facilitator typed next went into the date and was lost. This field is one
line of text (one Tab stop) that accepts the ISO form (2026-12-03), the
computer's short date (03/12/2026, 12/3/26...) and the same with a four-digit
year, shows what it understood as ISO once left, and keeps a calendar one
click (or Alt+Down / F4) away. Empty means "no date". A text that is not a
date is never guessed at: :meth:`DateField.problem` names the field, the
value and the forms it takes, and the dialog refuses to save until it is
fixed, so nothing is half-written.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidget, QWidgetAction

from pe_desktop.ui.widgets.common import ERROR_COLOUR

ISO = "yyyy-MM-dd"
_ISO_TEXT = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$")


def parse_date(text: str, locale: QLocale | None = None) -> QDate | None:
    """The date ``text`` stands for: ISO, or ``locale``'s short format (two- or four-digit year); None if not one.

    An empty text is a null QDate ("no date"), never None.
    """
    text = text.strip()
    if not text:
        return QDate()
    if _ISO_TEXT.match(text):
        year, month, day = (int(part) for part in text.split("-"))
        found = QDate(year, month, day)
        return found if found.isValid() else None
    locale = locale or QLocale()
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    long_year = re.sub(r"(?<!y)yy(?!y)", "yyyy", short)
    for fmt in (short, long_year):
        found = locale.toDate(text, fmt)
        if found.isValid():
            if fmt == short and "yyyy" not in short and found.year() < 1950:
                found = found.addYears(100)  # "26" is 2026, not 1926
            return found
    return None


class DateField(QWidget):
    """A line for a date (one Tab stop) with a calendar button; empty = no date."""

    #: The text now stands for a date (or for no date): the null QDate when empty.
    dateChanged = Signal(QDate)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        """``name``: the field's name as the facilitator reads it ("Date", "Due date"), used in its messages."""
        super().__init__(parent)
        self.name = name
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(name)
        example = QLocale().toString(QDate.currentDate(), QLocale.FormatType.ShortFormat)
        self.edit.setPlaceholderText(self.tr("e.g. %1 or %2").replace("%1", QDate.currentDate().toString(ISO))
                                     .replace("%2", example))
        self.edit.setToolTip(self.tr("Type a date, or leave it empty for no date. Alt+Down opens a calendar."))
        self.edit.installEventFilter(self)
        self.edit.editingFinished.connect(self._tidy)
        self.edit.textChanged.connect(self._check)
        self.button = QToolButton(self)
        self.button.setArrowType(Qt.ArrowType.DownArrow)  # like a combo box's: drawn by the style, no font needed
        self.button.setAccessibleName(self.tr("Choose %1 on a calendar").replace("%1", name))
        self.button.setToolTip(self.button.accessibleName() + " (Alt+Down)")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # one Tab stop: the line; Alt+Down opens the calendar
        self.button.clicked.connect(self.open_calendar)
        self.calendar: QCalendarWidget | None = None
        self._menu: QMenu | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # --------------------------------------------------------------- value
    def date(self) -> QDate:
        """The date typed: a null QDate when empty or not a date (see :meth:`problem`)."""
        found = parse_date(self.edit.text())
        return found if found is not None else QDate()

    def setDate(self, date: QDate) -> None:  # noqa: N802 - the QDateEdit name, so the field drops in
        """Show ``date`` as ISO; a null or invalid date empties the field (no date)."""
        self.edit.setText(date.toString(ISO) if date.isValid() else "")

    def iso(self) -> str | None:
        """The date as ``yyyy-MM-dd``, None when empty (check :meth:`problem` first)."""
        found = self.date()
        return found.toString(ISO) if found.isValid() else None

    def set_iso(self, text: str | None) -> None:
        self.setDate(QDate.fromString(text, ISO) if text else QDate())

    def problem(self) -> str:
        """"" when the text is a date or empty; else what is wrong, naming the field and the value, with a hint."""
        if parse_date(self.edit.text()) is not None:
            return ""
        example = QLocale().toString(QDate.currentDate(), QLocale.FormatType.ShortFormat)
        return (self.tr("%1: “%2” is not a date. Type it as %3 or %4, or leave it empty for no date.")
                .replace("%1", self.name).replace("%2", self.edit.text().strip())
                .replace("%3", QDate.currentDate().toString(ISO)).replace("%4", example))

    # ------------------------------------------------------------- helpers
    def _check(self, _text: str = "") -> None:
        bad = bool(self.problem())
        self.edit.setStyleSheet(f"QLineEdit {{ border: 2px solid {ERROR_COLOUR}; }}" if bad else "")
        self.edit.setAccessibleDescription(self.problem())
        if not bad:
            self.dateChanged.emit(self.date())

    def _tidy(self) -> None:
        """Once left, a date typed in the computer's format is shown as the ISO date it was read as."""
        found = parse_date(self.edit.text())
        if found is not None and found.isValid() and self.edit.text().strip() != found.toString(ISO):
            self.edit.setText(found.toString(ISO))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    def open_calendar(self) -> QCalendarWidget:
        """A calendar under the field, on the typed date (today when empty); choosing a day fills the field."""
        if self._menu is None:
            self._menu = QMenu(self)
            self.calendar = QCalendarWidget(self._menu)
            self.calendar.setAccessibleName(self.tr("Calendar for %1").replace("%1", self.name))
            self.calendar.clicked.connect(self._chosen)
            self.calendar.activated.connect(self._chosen)
            holder = QWidgetAction(self._menu)
            holder.setDefaultWidget(self.calendar)
            self._menu.addAction(holder)
        assert self.calendar is not None
        shown = self.date()
        self.calendar.setSelectedDate(shown if shown.isValid() else QDate.currentDate())
        self._menu.popup(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.setFocus()
        return self.calendar

    def _chosen(self, date: QDate) -> None:
        self.setDate(date)
        if self._menu is not None:
            self._menu.hide()
        self.edit.setFocus()
