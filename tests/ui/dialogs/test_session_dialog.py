"""The New / Edit session dialog on its own: fields, stage help, groups, problems."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from helpers import group_row
from pe_desktop.core.instruments import available_instruments
from pe_desktop.core.vocab import Position, SessionStatus, Stage
from pe_desktop.store.records import Group, Session
from pe_desktop.ui.dialogs.session_dialog import NO_DATE, SessionDialog, SessionForm


@pytest.fixture
def instruments():
    return available_instruments()


def new_dialog(qtbot, instruments, partnerships=("Eastside",), suggest=None) -> SessionDialog:
    dialog = SessionDialog(instruments, list(partnerships), suggest_groups=suggest)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_values_collect_every_field(qtbot, instruments):
    dialog = new_dialog(qtbot, instruments)
    assert dialog.instrument.count() == len(instruments)
    dialog.instrument.setCurrentIndex(dialog.instrument.findData("equity-justice"))
    qtbot.keyClicks(dialog.title, "  Spring  ")
    dialog.held_on.setDate(QDate(2026, 3, 14))
    qtbot.keyClicks(dialog.location, "Library")
    qtbot.keyClicks(dialog.facilitator, "Ana")
    dialog.stage.setCurrentIndex(dialog.stage.findData("accelerate"))
    dialog.min_group_size.setValue(5)
    dialog.rounds.setCurrentIndex(1)
    dialog.groups.add_row("Residents", "community")
    dialog.groups.add_row("", "other")  # a blank row is a problem, not a group
    dialog.groups.add_row("Funders", "institution")
    assert dialog.values() == SessionForm(
        instrument_key="equity-justice", title="Spring", partnership="Eastside", held_on="2026-03-14",
        location="Library", facilitator="Ana", stage="accelerate",
        new_groups=[("Residents", "community"), ("Funders", "institution")], min_group_size=5, rounds=2,
        language="en",
    )
    assert dialog.problems() == ["Group 2 has no name (give it one or remove it)."]
    dialog.groups.remove_row(1)
    assert dialog.problems() == []
    assert group_row(dialog.groups, 1)[0].accessibleName() == "Group 2 name"  # renumbered


def test_the_date_can_be_left_out(qtbot, instruments):
    dialog = new_dialog(qtbot, instruments)
    assert dialog.values().held_on == QDate.currentDate().toString("yyyy-MM-dd")
    dialog.held_on.setDate(NO_DATE)
    assert dialog.held_on.edit.text() == ""  # empty means no date
    assert dialog.values().held_on is None


def test_each_stage_is_explained(qtbot, instruments):
    dialog = new_dialog(qtbot, instruments)
    seen = set()
    for index in range(dialog.stage.count()):
        dialog.stage.setCurrentIndex(index)
        assert dialog.stage_info.text()
        seen.add(dialog.stage_info.text())
    assert len(seen) == 5
    dialog.stage.setCurrentIndex(dialog.stage.findData("acclimate"))
    assert "trust" in dialog.stage_info.text()


def test_form_details_follow_the_chosen_form(qtbot, instruments):
    dialog = new_dialog(qtbot, instruments)
    dialog.instrument.setCurrentIndex(dialog.instrument.findData("partnership-equity"))
    assert "Continual" in dialog.instrument_info.text()
    assert "Scale 1 to 5" in dialog.instrument_info.text()


def test_groups_are_suggested_until_the_facilitator_edits_them(qtbot, instruments):
    known = {"Eastside": [("Residents", "community"), ("Hospital", "institution")]}
    dialog = new_dialog(qtbot, instruments, partnerships=("Eastside", "Northside"),
                        suggest=lambda name: known.get(name, []))
    assert [(n, p) for n, p, _ in dialog.groups.rows()] == known["Eastside"]
    dialog.partnership.setCurrentIndex(1)
    assert dialog.groups.rows() == []
    dialog.partnership.setCurrentIndex(0)
    assert len(dialog.groups.rows()) == 2
    qtbot.mouseClick(dialog.groups.add_button, Qt.MouseButton.LeftButton)  # now it is the facilitator's list
    qtbot.keyClicks(group_row(dialog.groups, 2)[0], "Youth")
    dialog.partnership.setCurrentIndex(1)
    assert [n for n, _, _ in dialog.groups.rows()] == ["Residents", "Hospital", "Youth"]


def test_ok_stays_open_and_lists_problems(qtbot, instruments):
    dialog = new_dialog(qtbot, instruments, partnerships=())
    dialog.groups.add_row("Residents", "community")
    dialog.groups.add_row("RESIDENTS", "institution")
    with qtbot.assertNotEmitted(dialog.accepted):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    lines = dialog.problems_label.text().splitlines()
    assert lines == ["Give the session a title.", "Choose a partnership or type the name of a new one.",
                     "The group name “RESIDENTS” is used twice."]
    assert dialog.problems_label.textFormat() == Qt.TextFormat.PlainText
    qtbot.keyClicks(dialog.title, "Ok now")
    qtbot.keyClicks(dialog.partnership.lineEdit(), "New partnership")
    dialog.groups.remove_row(1)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_edit_mode_locks_what_cannot_change(qtbot, instruments):
    session = Session(
        id="s1", partnership_id="p1", title="Spring", held_on=None, location="Hall", facilitator="",
        stage=Stage.ADVISE, instrument_id="i1", status=SessionStatus.OPEN, min_group_size=4, rounds=2, current_round=2,
        deleted_at=None, created_at="2026-01-01T00:00:00.000000Z", updated_at="2026-01-01T00:00:00.000000Z",
        partnership="Eastside", instrument_key="partnership-equity", instrument_title="Partnership Equity Framework",
    )
    groups = [Group("g1", "s1", "Residents", Position.COMMUNITY), Group("g2", "s1", "Funders", Position.INSTITUTION)]
    dialog = SessionDialog({}, ["Eastside"], session=session, groups=groups)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit session"
    assert not dialog.instrument.isEnabled() and dialog.instrument.currentText() == "Partnership Equity Framework"
    assert not dialog.partnership.isEnabled()
    assert not dialog.rounds.isEnabled()  # round 2 has started
    assert dialog.held_on.date() == NO_DATE
    assert dialog.stage.currentData() == "advise"
    assert dialog.min_group_size.value() == 4
    edit, combo, remove = group_row(dialog.groups, 0)
    assert edit.isReadOnly() and not combo.isEnabled() and not remove.isEnabled()
    dialog.groups.remove_row(0)  # locked rows stay
    assert len(dialog.groups.rows()) == 2
    dialog.groups.add_row("Youth", "community")
    form = dialog.values()
    assert form.new_groups == [("Youth", "community")]
    assert (form.title, form.location, form.held_on, form.rounds) == ("Spring", "Hall", None, 2)


def test_groups_are_reachable_with_tab(qtbot, instruments):
    dialog = new_dialog(qtbot, instruments)
    dialog.groups.add_row("A", "community")
    dialog.groups.add_row("B", "institution")
    first_edit, first_combo, first_remove = group_row(dialog.groups, 0)
    second_edit = group_row(dialog.groups, 1)[0]
    assert first_edit.nextInFocusChain() is first_combo
    assert first_combo.nextInFocusChain() is first_remove
    assert first_remove.nextInFocusChain() is second_edit


def test_the_room_language_offers_the_forms_languages_and_pairs(qtbot, instruments):
    dialog = new_dialog(qtbot, instruments)
    dialog.instrument.setCurrentIndex(dialog.instrument.findData("partnership-equity"))
    codes = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert codes == ["en", "es", "en+es", "es+en"]
    assert dialog.language.currentData() == "en"  # the UI language (English in the tests)
    dialog.language.setCurrentIndex(dialog.language.findData("en+es"))
    assert dialog.values().language == "en+es"
