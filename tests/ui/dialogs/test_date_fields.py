"""Date fields take a typed date and are left with one Tab (session date, action due date)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QCalendarWidget

from pe_desktop.core.instruments import available_instruments
from pe_desktop.ui.dialogs.session_dialog import SessionDialog
from pe_desktop.ui.widgets.date_field import parse_date


@pytest.fixture
def dialog(qtbot):
    dialog = SessionDialog(available_instruments(), ["Eastside"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def test_a_typed_date_then_one_tab_then_the_place(qtbot, dialog):
    dialog.held_on.setFocus()
    qtbot.waitUntil(lambda: dialog.held_on.edit.hasFocus())
    dialog.held_on.edit.selectAll()
    qtbot.keyClicks(dialog.held_on.edit, "2026-12-03")
    qtbot.keyClick(dialog.held_on.edit, Qt.Key.Key_Tab)
    assert dialog.location.hasFocus()
    qtbot.keyClicks(dialog.location, "Eastside Library")
    assert dialog.values().held_on == "2026-12-03"
    assert dialog.values().location == "Eastside Library"


def test_the_computers_short_date_is_read_and_shown_as_iso(qtbot, dialog):
    typed = QLocale().toString(QDate(2026, 12, 3), QLocale.FormatType.ShortFormat)
    dialog.held_on.setFocus()
    qtbot.waitUntil(lambda: dialog.held_on.edit.hasFocus())
    dialog.held_on.edit.clear()
    qtbot.keyClicks(dialog.held_on.edit, typed)
    qtbot.keyClick(dialog.held_on.edit, Qt.Key.Key_Tab)
    assert dialog.held_on.edit.text() == "2026-12-03"
    assert dialog.values().held_on == "2026-12-03"


def test_a_wrong_date_is_named_with_a_hint_and_nothing_is_saved(qtbot, dialog):
    qtbot.keyClicks(dialog.title, "Autumn")
    dialog.held_on.edit.clear()
    qtbot.keyClicks(dialog.held_on.edit, "2026-13-45")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() == 0
    message = dialog.problems_label.text()
    assert "Date" in message and "2026-13-45" in message and "leave it empty" in message
    dialog.held_on.edit.clear()  # empty is "no date", not a problem
    assert dialog.problems() == [] and dialog.values().held_on is None


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # offscreen: popups cannot grab
def test_alt_down_opens_a_calendar_and_a_chosen_day_fills_the_field(qtbot, dialog):
    dialog.held_on.setFocus()
    qtbot.waitUntil(lambda: dialog.held_on.edit.hasFocus())
    qtbot.keyClick(dialog.held_on.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = dialog.held_on.findChild(QCalendarWidget)
    qtbot.waitUntil(lambda: calendar is not None and calendar.isVisible())
    calendar.setSelectedDate(QDate(2026, 12, 24))
    qtbot.keyClick(calendar.findChild(QAbstractItemView), Qt.Key.Key_Return)
    assert dialog.held_on.edit.text() == "2026-12-24"
    qtbot.waitUntil(lambda: not calendar.isVisible())


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-12-03", QDate(2026, 12, 3)), ("2026-2-3", QDate(2026, 2, 3)), ("", QDate()),
    ("2026-02-30", None), ("soon", None), ("12/3/2026", QDate(2026, 12, 3)), ("12/3/26", QDate(2026, 12, 3)),
])
def test_parse_date_in_english(text, expected):
    assert parse_date(text, QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == expected


def test_parse_date_in_spanish():
    spanish = QLocale(QLocale.Language.Spanish, QLocale.Country.Spain)
    assert parse_date("3/12/2026", spanish) == QDate(2026, 12, 3)
    assert parse_date("03/12/26", spanish) == QDate(2026, 12, 3)


def test_the_due_date_is_typed_in_one_tab_stop_and_a_wrong_one_adds_nothing(qtbot, archive, session_id):
    from pe_desktop.ui.console.window import SessionConsole

    console = SessionConsole(archive, session_id)
    qtbot.addWidget(console)
    console.show()
    panel = console.actions_panel
    console.tabs.setCurrentWidget(panel)
    qtbot.keyClicks(panel.text, "Share the budget")
    panel.due.setFocus()
    qtbot.waitUntil(lambda: panel.due.edit.hasFocus())
    qtbot.keyClicks(panel.due.edit, "31/31/2026")
    qtbot.keyClick(panel.due.edit, Qt.Key.Key_Return)
    assert archive.actions(session_id) == []
    assert "Due date" in panel.msg.text() and "31/31/2026" in panel.msg.text()
    panel.due.edit.clear()
    qtbot.keyClicks(panel.due.edit, "2027-01-15")
    qtbot.keyClick(panel.due.edit, Qt.Key.Key_Tab)
    assert not panel.due.hasFocus() and QApplication.focusWidget() is not panel.due.button
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    assert [(a.text, a.due_on) for a in archive.actions(session_id)] == [("Share the budget", "2027-01-15")]
    console.close()
