"""Tally entry: counts per scale point stored as anonymous tally participants."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pe_desktop.ui.ballots.tally import TallyPanel
from pe_desktop.ui.console.edits import SessionEdits


@pytest.fixture
def panel(qtbot, controller):
    widget = TallyPanel(controller, SessionEdits(controller))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def type_count(qtbot, panel: TallyPanel, value, count: int) -> None:
    spin = panel.spins[value]
    spin.selectAll()
    qtbot.keyClicks(spin, str(count))


def test_tally_is_stored_as_tally_participants(qtbot, panel, archive, session_id):
    panel.item.setCurrentIndex(panel.item.findData("bilateral"))
    funders = panel.group.findText("Funders")
    panel.group.setCurrentIndex(funders)
    type_count(qtbot, panel, 2, 3)
    type_count(qtbot, panel, 4, 1)
    type_count(qtbot, panel, None, 2)
    assert panel.total.text().endswith("6")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)

    group_id = panel.group.currentData()
    assert archive.tally(session_id, 1, "bilateral", group_id) == {2: 3, 4: 1, None: 2}
    parts = archive.participants(session_id)
    assert len(parts) == 6
    assert {p.channel for p in parts} == {"tally"}
    assert {p.group_name for p in parts} == {"Funders"}
    item = archive.summary(session_id, 1)["items"][1]
    assert item["key"] == "bilateral"
    assert (item["n"], item["unsure"], item["counts"]["2"], item["counts"]["4"]) == (4, 2, 3, 1)
    assert "6 votes" in panel.stored.text()
    assert "Saved" in panel.msg.text()


def test_saving_again_replaces_and_undo_restores(qtbot, panel, controller, archive, session_id):
    panel.item.setCurrentIndex(panel.item.findData("continual"))
    panel.group.setCurrentIndex(0)
    group_id = panel.group.currentData()
    type_count(qtbot, panel, 5, 4)
    qtbot.keyClick(panel.spins[5], Qt.Key.Key_Return)  # Enter in a count box saves
    assert archive.tally(session_id, 1, "continual", group_id) == {5: 4}

    type_count(qtbot, panel, 5, 2)
    type_count(qtbot, panel, 1, 1)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert archive.tally(session_id, 1, "continual", group_id) == {5: 2, 1: 1}
    assert len(archive.participants(session_id)) == 3  # replaced, not added

    controller.undo_stack.undo()
    assert archive.tally(session_id, 1, "continual", group_id) == {5: 4}
    assert panel.spins[5].value() == 4 and panel.spins[1].value() == 0  # the boxes follow the undo
    controller.undo_stack.undo()
    assert archive.tally(session_id, 1, "continual", group_id) == {}
    assert archive.participants(session_id) == []
    controller.undo_stack.redo()
    controller.undo_stack.redo()
    assert archive.tally(session_id, 1, "continual", group_id) == {5: 2, 1: 1}


def test_switching_item_or_group_shows_what_is_stored(qtbot, panel, controller, archive, session_id):
    groups = archive.groups(session_id)
    archive.record_tally(session_id, 1, "communal", groups[1].id, {3: 5})
    panel.item.setCurrentIndex(panel.item.findData("communal"))
    panel.group.setCurrentIndex(1)
    assert panel.spins[3].value() == 5
    assert "5 votes" in panel.stored.text()
    panel.group.setCurrentIndex(0)
    assert panel.spins[3].value() == 0
    assert "no tally" in panel.stored.text()
    # the item follows the console's current item
    controller.set_current_item("transformational")
    assert panel.item_key() == "transformational"


def test_unchanged_tally_is_not_an_edit(qtbot, panel, controller):
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.msg.text() == "Nothing changed."
    assert controller.undo_stack.count() == 0


def test_closed_session_cannot_be_tallied(qtbot, panel, controller, archive, session_id):
    controller.close_session()
    assert not panel.save_button.isEnabled()
    type_count(qtbot, panel, 3, 2)
    assert panel.save() is False
    assert "closed" in panel.msg.text()
    assert archive.participants(session_id) == []
