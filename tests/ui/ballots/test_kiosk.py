"""Laptop kiosk ballot: one person at a time, saved as they go, only the facilitator leaves."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pe_desktop.ui.ballots.kiosk import KioskWindow


@pytest.fixture
def kiosk(qtbot, controller):
    window = KioskWindow(controller, thanks_ms=100)
    qtbot.addWidget(window)
    window.start()
    qtbot.waitExposed(window)
    yield window
    window.leave()


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_person_rates_every_item_and_the_screen_clears(qtbot, kiosk, controller, archive, session_id):
    assert kiosk.isFullScreen()
    assert kiosk.stack.currentWidget() is kiosk.welcome_page
    assert [b.text() for b in kiosk.group_buttons] == ["Residents", "Organizers", "Funders"]
    click(qtbot, kiosk.group_buttons[2])  # Funders
    assert kiosk.stack.currentWidget() is kiosk.item_page
    assert kiosk.item_page.item_title.text() == "Continual"
    assert archive.participants(session_id) == []  # nobody is created before the first rating

    # item 1 by keyboard: a digit chooses, Enter goes on
    qtbot.keyClick(kiosk, Qt.Key.Key_4)
    people = archive.participants(session_id)
    assert len(people) == 1 and people[0].channel == "laptop" and people[0].group_name == "Funders"
    pid = people[0].id
    assert archive.rating(session_id, 1, pid, "continual") == (True, 4)  # saved at once
    assert kiosk.item_page.scale_buttons[4].isChecked()
    qtbot.keyClick(kiosk, Qt.Key.Key_Return)
    # item 2 by mouse, changed once (the change replaces the first choice)
    click(qtbot, kiosk.item_page.scale_buttons[1])
    click(qtbot, kiosk.item_page.scale_buttons[2])
    click(qtbot, kiosk.item_page.next_button)
    # item 3: not sure; item 4: skipped; back to check item 3 is remembered
    qtbot.keyClick(kiosk, Qt.Key.Key_N)
    click(qtbot, kiosk.item_page.next_button)
    click(qtbot, kiosk.item_page.back_button)
    assert kiosk.item_page.item_title.text() == "Accountable" and kiosk.item_page.scale_buttons[None].isChecked()
    click(qtbot, kiosk.item_page.next_button)
    click(qtbot, kiosk.item_page.next_button)  # skip Communal
    qtbot.keyClick(kiosk, Qt.Key.Key_5)
    qtbot.keyClick(kiosk, Qt.Key.Key_Return)
    assert kiosk.item_page.next_button.text().startswith("Finish")
    qtbot.keyClick(kiosk, Qt.Key.Key_3)
    with qtbot.waitSignal(kiosk.ballotFinished) as finished:
        click(qtbot, kiosk.item_page.next_button)
    assert finished.args == [pid]
    assert kiosk.stack.currentWidget() is kiosk.thanks_page
    assert kiosk.thanks_page.title.text() == "Thank you!"

    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.welcome_page, timeout=3000)
    assert kiosk.participant is None and kiosk.answers == {}
    assert {row.item_key: row.value for row in archive.rating_rows(session_id, 1)} == {
        "continual": 4, "bilateral": 2, "accountable": None, "materially-beneficial": 5, "transformational": 3}

    # the next person starts with a clean ballot and becomes a new participant
    click(qtbot, kiosk.group_buttons[0])
    assert not any(b.isChecked() for b in kiosk.item_page.scale_buttons.values())
    qtbot.keyClick(kiosk, Qt.Key.Key_2)
    assert len(archive.participants(session_id)) == 2
    assert controller.rating_counts()["continual"] == 2


def test_invalid_keys_do_nothing(qtbot, kiosk, archive, session_id):
    click(qtbot, kiosk.group_buttons[0])
    for key in (Qt.Key.Key_9, Qt.Key.Key_0, Qt.Key.Key_X):
        qtbot.keyClick(kiosk, key)
    assert archive.rating_rows(session_id, 1) == []
    assert kiosk.item_page.item_title.text() == "Continual"


def test_spanish_ballot(qtbot, kiosk, archive, session_id):
    click(qtbot, kiosk.language_buttons["es"])
    assert kiosk.pick_label.text() == "¿De qué grupo forma parte?"
    click(qtbot, kiosk.group_buttons[1])
    assert kiosk.item_page.item_title.text() == "Continua"
    assert kiosk.item_page.scale_buttons[None].text() == "No sé"
    assert "Nada" in kiosk.item_page.scale_buttons[1].text()
    click(qtbot, kiosk.item_page.scale_buttons[3])
    people = archive.participants(session_id)
    assert people[0].language == "es"
    # the next person gets the form's own language again
    kiosk.finish()
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.welcome_page, timeout=3000)
    assert kiosk.pick_label.text() == "Which group are you part of?"


def test_only_the_facilitator_keys_leave(qtbot, kiosk):
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    assert kiosk.isVisible()
    kiosk.close()  # Alt+F4 or the window's close button
    assert kiosk.isVisible()
    click(qtbot, kiosk.group_buttons[0])
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    assert kiosk.isVisible() and kiosk.stack.currentWidget() is kiosk.item_page

    kiosk.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is kiosk, timeout=3000)
    with qtbot.waitSignal(kiosk.left, timeout=2000):
        qtbot.keyClick(kiosk, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not kiosk.isVisible()


def test_kiosk_screen_never_names_the_way_out(qtbot, kiosk):
    from PySide6.QtWidgets import QLabel, QPushButton

    texts = [w.text() for w in kiosk.findChildren(QLabel)] + [w.text() for w in kiosk.findChildren(QPushButton)]
    assert not any("Ctrl" in t or "Shift" in t for t in texts)


def test_ratings_reach_the_controller(qtbot, kiosk, controller):
    click(qtbot, kiosk.group_buttons[0])
    with qtbot.waitSignal(controller.refreshed, timeout=2000):
        qtbot.keyClick(kiosk, Qt.Key.Key_5)
    assert controller.item_summary("continual")["n"] == 1


def kiosk_words(kiosk) -> dict[str, str]:
    """What the voter reads on the three pages (texts only, not the form's own words)."""
    return {"pick": kiosk.pick_label.text(), "hint": kiosk.item_page.hint.text(), "back": kiosk.item_page.back_button.text(),
            "thanks": kiosk.thanks_page.title.text(), "not_sure": kiosk.item_page.scale_buttons[None].text()}


ENGLISH = {"pick": "Which group are you part of?", "hint": "You can skip a question with Next.", "back": "◀ Back",
           "thanks": "Thank you!", "not_sure": "Not sure"}
SPANISH = {"pick": "¿De qué grupo forma parte?", "hint": "Puede saltar una pregunta con Siguiente.", "back": "◀ Atrás",
           "thanks": "¡Gracias!", "not_sure": "No sé"}


def test_a_voter_who_picks_english_reads_english_when_the_windows_are_in_spanish(spanish, qtbot, kiosk):
    assert kiosk.windowTitle() == "Votación en la computadora"  # the facilitator's words follow the UI
    assert kiosk_words(kiosk) == ENGLISH  # the form's own language, not the UI's
    click(qtbot, kiosk.language_buttons["es"])
    assert kiosk_words(kiosk) == SPANISH
    click(qtbot, kiosk.language_buttons["en"])
    assert kiosk_words(kiosk) == ENGLISH
    click(qtbot, kiosk.group_buttons[0])
    assert kiosk.item_page.progress.text() == "Question 1 of 6" and kiosk.item_page.next_button.text() == "Next ▶"


def test_a_voter_who_picks_spanish_reads_spanish_when_the_windows_are_in_english(qtbot, kiosk):
    assert kiosk.windowTitle() == "Laptop ballot"
    click(qtbot, kiosk.language_buttons["es"])
    assert kiosk_words(kiosk) == SPANISH
    click(qtbot, kiosk.group_buttons[0])
    assert kiosk.item_page.progress.text() == "Pregunta 1 de 6" and kiosk.item_page.next_button.text() == "Siguiente ▶"
