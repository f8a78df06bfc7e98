"""Reviewing earlier actions: done, carried forward or dropped, from the main window and the console."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from helpers import visible_sessions
from pe_desktop.store.followup import action_trail, actions_to_review
from pe_desktop.ui.dialogs.followup import FollowupDialog


@pytest.fixture
def demo_ids(demo_ids, archive) -> dict[str, str]:
    """The demo (conftest), plus a third open action, so that each of the three outcomes has one."""
    demo_ids["extra"] = archive.add_action(
        demo_ids["closed"], "Ask the funders about <b>multi-year</b> grants", "Ana Ruiz"
    )
    return demo_ids


def open_actions(archive, session_id: str) -> dict[str, str]:
    """Text → id of the session's open actions."""
    return {a.text: a.id for a in archive.actions(session_id) if a.status == "open"}


def visible_followup(qtbot, parent) -> FollowupDialog:
    found: list[FollowupDialog] = []

    def shown() -> bool:
        found[:] = [d for d in parent.findChildren(FollowupDialog) if d.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown)
    return found[0]


def choose(dialog: FollowupDialog, action_id: str, label: str) -> None:
    """Pick a choice in the row's combo box by its visible label, as a person would."""
    box = dialog.boxes[action_id]
    box.setCurrentIndex(box.findText(label))


def apply(qtbot, dialog: FollowupDialog) -> None:
    assert dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_new_session_offers_the_review_and_choices_land_in_the_archive(window, qtbot, archive, demo_ids):
    before = open_actions(archive, demo_ids["closed"])
    assert len(before) == 3
    window.browser.select_id(demo_ids["partnership"])
    dialog = window.sessions.new_session()
    qtbot.waitExposed(dialog)
    assert dialog.partnership.currentText() == "Eastside Health Partnership"
    qtbot.keyClicks(dialog.title, "Winter check-in")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    review = visible_followup(qtbot, window)
    new_sid = review.session_id
    assert archive.session(new_sid).title == "Winter check-in"
    assert {row["id"] for row in review.rows} == set(before.values())
    texts = [review.table.item(r, 0).text() for r in range(review.table.rowCount())]
    assert "Ask the funders about <b>multi-year</b> grants" in texts  # participant text, shown as it was typed
    agreed_in = review.table.item(0, 3).text()
    assert agreed_in.startswith("Spring check-in (")
    assert not review.apply_button.isEnabled()  # nothing chosen yet

    budget = before["Share the draft budget with the residents' council before it is final"]
    plan = before["Write a one-page plan for keeping the partnership going after the grant"]
    choose(review, budget, "Still open: carry forward")
    choose(review, plan, "Done")
    choose(review, demo_ids["extra"], "Dropped")
    apply(qtbot, review)

    assert archive.action(plan).status == "done"
    assert archive.action(demo_ids["extra"]).status == "dropped"
    assert archive.action(budget).status == "open"  # the old session's record stays as it was
    carried = archive.actions(new_sid)
    assert [(a.text, a.carried_from, a.status) for a in carried] == [
        ("Share the draft budget with the residents' council before it is final", budget, "open")]
    assert [row["session_id"] for row in action_trail(archive, carried[0].id)] == [demo_ids["closed"], new_sid]
    assert actions_to_review(archive, new_sid) == []

    # one step on the main window's undo stack takes the whole review back, and redo repeats it exactly
    assert window.menu.act_undo.text().replace("&", "").startswith("Undo Review of 3 earlier actions")
    window.menu.act_undo.trigger()
    assert archive.actions(new_sid) == []
    assert open_actions(archive, demo_ids["closed"]) == before
    window.menu.act_redo.trigger()
    assert [a.id for a in archive.actions(new_sid)] == [carried[0].id]
    assert archive.action(plan).status == "done"


def test_a_partnership_without_open_actions_is_not_interrupted(window, qtbot, archive, demo_ids):
    for action_id in open_actions(archive, demo_ids["closed"]).values():
        archive.update_action(action_id, status="done")
    dialog = window.sessions.new_session()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.title, "Quiet session")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Quiet session" in [t for _, t in visible_sessions(window)])
    assert not [d for d in window.findChildren(FollowupDialog) if d.isVisible()]


def test_review_from_the_console_shows_carried_actions_in_its_panel(window, qtbot, archive, demo_ids):
    ready = demo_ids["ready"]
    console = window.consoles.open(ready)
    qtbot.waitExposed(console)
    console.act_review_actions.trigger()
    review = visible_followup(qtbot, console)
    assert review.session_id == ready
    budget = open_actions(archive, demo_ids["closed"])[
        "Share the draft budget with the residents' council before it is final"]
    choose(review, budget, "Still open: carry forward")
    choose(review, demo_ids["extra"], "Still open: carry forward")
    apply(qtbot, review)

    panel = console.actions_panel
    assert console.tabs.currentWidget() is panel
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2)
    cells = [panel.table.item(r, 0).text() for r in range(2)]
    assert all("(carried from “Spring check-in” (" in cell for cell in cells)
    assert {a.carried_from for a in archive.actions(ready)} == {budget, demo_ids["extra"]}
    # the choice not made stays waiting for review
    assert [row["text"] for row in actions_to_review(archive, ready)] == [
        "Write a one-page plan for keeping the partnership going after the grant"]

    # undone on the console's own stack
    assert console.act_undo.isEnabled()
    console.act_undo.trigger()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 0)
    assert archive.actions(ready) == []
    console.close()


def test_nothing_to_review_says_so(window, qtbot, archive, demo_ids):
    first = window.sessions.review_earlier_actions(demo_ids["closed"])  # the partnership's first session
    qtbot.waitExposed(first)
    assert first.rows == []
    assert "Nothing to review" in first.heading.text()
    assert not first.apply_button.isVisible() and first.later_button.text() == "Close"
    qtbot.mouseClick(first.later_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not first.isVisible())


def test_a_carried_action_of_a_carried_action_remembers_where_it_began(window, qtbot, archive, demo_ids):
    instrument = archive.instrument(demo_ids["ready"])
    budget = open_actions(archive, demo_ids["closed"])[
        "Share the draft budget with the residents' council before it is final"]
    review = window.sessions.review_earlier_actions(demo_ids["ready"])
    choose(review, budget, "Still open: carry forward")
    apply(qtbot, review)
    later = archive.create_session(instrument, "Next spring", demo_ids["partnership"], held_on="2099-03-01")
    review = window.sessions.review_earlier_actions(later)
    qtbot.waitExposed(review)
    row = next(r for r in range(review.table.rowCount())
               if review.table.item(r, 0).text().startswith("Share the draft budget"))
    agreed = review.table.item(row, 3).text()
    assert agreed.startswith("Spring check-in (") and "last carried to “Autumn check-in”" in agreed
    review.reject()
