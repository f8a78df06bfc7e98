"""Paper-ballot grid: typed from the keyboard, straight into the archive, undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pe_desktop.core.instruments import parse_instrument
from pe_desktop.ui.ballots.paper_grid import PaperGrid
from pe_desktop.ui.console.edits import SessionEdits
from pe_desktop.ui.controller import SessionController

# The offscreen platform warns whenever a shown top-level window has size hints; it is not our warning.
ITEMS = ("continual", "bilateral", "accountable", "communal", "materially-beneficial", "transformational")


@pytest.fixture
def grid(qtbot, controller):
    widget = PaperGrid(controller, SessionEdits(controller))
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.show()
    return widget


def add_ballots(qtbot, grid: PaperGrid, count: int, group_index: int = 0) -> list[dict]:
    grid.count.setValue(count)
    grid.group.setCurrentIndex(group_index)
    qtbot.mouseClick(grid.add_button, Qt.MouseButton.LeftButton)
    return grid.model.participants


def value(archive, session_id, pid, key, rnd=1):
    return archive.rating(session_id, rnd, pid, key)


def test_typed_digits_are_saved_and_move_right_then_down(qtbot, grid, archive, session_id):
    people = add_ballots(qtbot, grid, 2)
    assert [p.group_name for p in people] == ["Residents", "Residents"]
    assert grid.model.headerData(0, Qt.Orientation.Vertical) == f"{people[0].code} · Residents"
    assert grid.view.currentIndex().row() == 0 and grid.view.currentIndex().column() == 0

    qtbot.keyClicks(grid.view, "1234n5")
    first = people[0].id
    assert [value(archive, session_id, first, k) for k in ITEMS] == [
        (True, 1), (True, 2), (True, 3), (True, 4), (True, None), (True, 5)]
    # after the last item of a ballot the cursor is on the first item of the next one
    assert (grid.view.currentIndex().row(), grid.view.currentIndex().column()) == (1, 0)
    qtbot.keyClicks(grid.view, "?5")
    second = people[1].id
    assert value(archive, session_id, second, "continual") == (True, None)
    assert value(archive, session_id, second, "bilateral") == (True, 5)
    assert grid.model.data(grid.model.index(0, 4)) == "?"
    assert grid.model.data(grid.model.index(0, 5)) == "5"
    events = archive.query("SELECT count(*) AS n FROM rating_events WHERE source = 'paper'")[0]["n"]
    assert events == 8


def test_enter_moves_on_and_shift_enter_back_without_saving(qtbot, grid, archive, session_id):
    add_ballots(qtbot, grid, 2)
    qtbot.keyClick(grid.view, Qt.Key.Key_Return)
    assert grid.view.currentIndex().column() == 1
    qtbot.keyClick(grid.view, Qt.Key.Key_Return)
    assert grid.view.currentIndex().column() == 2
    qtbot.keyClick(grid.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert grid.view.currentIndex().column() == 1
    for _ in range(5):
        qtbot.keyClick(grid.view, Qt.Key.Key_Return)
    assert (grid.view.currentIndex().row(), grid.view.currentIndex().column()) == (1, 0)
    assert archive.rating_rows(session_id, 1) == []


def test_tab_leaves_the_grid_saving_a_buffered_digit(qtbot, grid, archive, session_id):
    """The grid is one Tab stop (issue 11): Tab goes on to the next control, Shift+Tab back to the Add row."""
    grid.window().show()
    qtbot.waitExposed(grid.window())
    add_ballots(qtbot, grid, 1)
    assert grid.view.hasFocus()
    qtbot.keyClick(grid.view, Qt.Key.Key_Tab)
    assert not grid.view.hasFocus()
    grid.view.setFocus()
    qtbot.keyClick(grid.view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert grid.add_button.hasFocus()
    assert archive.rating_rows(session_id, 1) == []


def test_invalid_keys_are_refused_in_place_and_nothing_is_stored(qtbot, grid, archive, session_id):
    add_ballots(qtbot, grid, 1)
    grid.view.setCurrentIndex(grid.model.index(0, 2))
    for key in ("7", "x", "6", "-"):
        qtbot.keyClicks(grid.view, key)
        assert grid.view.currentIndex().column() == 2, f"{key!r} moved the cursor"
        assert "not on this ballot" in grid.msg.text()
        assert grid.msg.isVisible()
    assert "1–5" in grid.msg.text()
    assert archive.rating_rows(session_id, 1) == []
    assert archive.query("SELECT count(*) AS n FROM rating_events")[0]["n"] == 0
    # a valid key after a refusal is taken normally
    qtbot.keyClicks(grid.view, "3")
    assert value(archive, session_id, grid.model.participants[0].id, "accountable") == (True, 3)
    assert "Saved" in grid.msg.text()


def test_delete_clears_and_undo_redo_restore(qtbot, grid, controller, archive, session_id):
    add_ballots(qtbot, grid, 1)
    pid = grid.model.participants[0].id
    qtbot.keyClicks(grid.view, "4")
    grid.view.setCurrentIndex(grid.model.index(0, 0))
    qtbot.keyClicks(grid.view, "2")  # a changed vote replaces the first one
    assert value(archive, session_id, pid, "continual") == (True, 2)

    controller.undo_stack.undo()
    assert value(archive, session_id, pid, "continual") == (True, 4)
    qtbot.waitUntil(lambda: grid.model.data(grid.model.index(0, 0)) == "4", timeout=2000)
    controller.undo_stack.undo()
    assert value(archive, session_id, pid, "continual") == (False, None)
    qtbot.waitUntil(lambda: grid.model.data(grid.model.index(0, 0)) == "", timeout=2000)
    controller.undo_stack.redo()
    controller.undo_stack.redo()
    assert value(archive, session_id, pid, "continual") == (True, 2)

    grid.view.setCurrentIndex(grid.model.index(0, 0))
    qtbot.keyClick(grid.view, Qt.Key.Key_Delete)
    assert value(archive, session_id, pid, "continual") == (False, None)
    assert grid.model.data(grid.model.index(0, 0)) == ""
    controller.undo_stack.undo()
    assert value(archive, session_id, pid, "continual") == (True, 2)
    # undoing the creation of the ballots removes them (and the grid row)
    while controller.undo_stack.canUndo():
        controller.undo_stack.undo()
    assert archive.participants(session_id) == []
    assert grid.model.rowCount() == 0


def test_ratings_from_elsewhere_show_up_live(qtbot, grid, controller, archive, session_id):
    add_ballots(qtbot, grid, 1)
    pid = grid.model.participants[0].id
    archive.record_rating(session_id, 1, pid, "communal", 5, source="paper")
    controller.notify_rating_saved()
    qtbot.waitUntil(lambda: grid.model.data(grid.model.index(0, 3)) == "5", timeout=2000)


def test_closed_session_refuses_entries(qtbot, grid, controller, archive, session_id):
    add_ballots(qtbot, grid, 1)
    controller.close_session()
    qtbot.keyClicks(grid.view, "3")
    assert "closed" in grid.msg.text()
    assert archive.rating_rows(session_id, 1) == []
    assert not grid.add_button.isEnabled()


ZERO_TO_TEN = """
key = "ten"
version = 1
title = "Zero to ten"
language = "en"
[scale]
min = 0
max = 10
allow_unsure = true
[[items]]
key = "a"
title = "A"
question = "A?"
[[items]]
key = "b"
title = "B"
question = "B?"
[[items]]
key = "c"
title = "C"
question = "C?"
"""


def test_two_digit_scale_waits_for_the_second_digit(qtbot, archive):
    inst = parse_instrument(ZERO_TO_TEN, "ten.toml")
    pid = archive.create_partnership("P")
    sid = archive.create_session(inst, "Ten", pid, groups=[("All", "other")])
    controller = SessionController(archive, sid)
    grid = PaperGrid(controller, SessionEdits(controller))
    qtbot.addWidget(grid)
    grid.show()
    add_ballots(qtbot, grid, 1)
    person = grid.model.participants[0].id
    qtbot.keyClicks(grid.view, "10")   # ten, moves on at once (no longer value starts with "10")
    qtbot.keyClicks(grid.view, "1")    # could be 1 or 10: waits
    assert grid.view.currentIndex().column() == 1
    assert archive.rating(sid, 1, person, "b") == (False, None)
    qtbot.keyClick(grid.view, Qt.Key.Key_Return)  # Enter confirms 1
    qtbot.keyClicks(grid.view, "0")    # 0 is on this scale, so it is a value, not "not sure"
    assert [archive.rating(sid, 1, person, k) for k in "abc"] == [(True, 10), (True, 1), (True, 0)]
    controller.stop()
