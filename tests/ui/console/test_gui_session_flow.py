"""A whole session through the real widgets, then the archive read back from disk.

Create the session in the main window's dialog, open its console, add paper
ballots and type them, tally a show of hands, take a kiosk ballot, reveal,
check that what the projector draws is what core.stats computes for the same
ratings (and that a small group never shows on its own), record a note and an
action, run round 2, close, and reopen the archive file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from helpers import group_row, projector_data, projector_texts
from pe_desktop.core.stats import item_summary, shift
from pe_desktop.store import Archive
from pe_desktop.ui.console.window import SessionConsole
from pe_desktop.ui.main.window import MainWindow
from pe_desktop.ui.settings import open_settings

ITEMS = ("continual", "bilateral", "accountable", "communal", "materially-beneficial", "transformational")
#: Four residents' paper ballots, round 1 and round 2 ("n" = not sure).
PAPER_R1 = ("234n12", "331223", "424112", "3n3221")
PAPER_R2 = ("344223", "433333", "435222", "443332")


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def confirm(qtbot, parent) -> None:
    box = next(b for b in parent.findChildren(QMessageBox) if b.isVisible())
    click(qtbot, next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole))
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=2000)


def expected_item(archive: Archive, session_id: str, key: str, rnd: int) -> dict:
    """The item's figures straight from core.stats, independent of the GUI's caches."""
    inst = archive.instrument(session_id)
    session = archive.session(session_id)
    return item_summary(key, archive.rating_rows(session_id, rnd), archive.group_defs(session_id),
                        inst.scale.min, inst.scale.max, session.min_group_size)


def create_session_in_dialog(qtbot, main: MainWindow) -> str:
    dialog = main.sessions.new_session()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.title, "Autumn check-in")
    dialog.partnership.setEditText("Eastside Health Partnership")
    for name, position in (("Residents", "community"), ("Organizers", "community"), ("Funders", "institution")):
        click(qtbot, dialog.groups.add_button)
        edit, combo, _remove = group_row(dialog.groups, len(dialog.groups.rows()) - 1)
        qtbot.keyClicks(edit, name)
        combo.setCurrentIndex(combo.findData(position))
    dialog.rounds.setCurrentIndex(dialog.rounds.findData(2))
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: main.browser.selected_session_id() is not None, timeout=3000)
    return main.browser.selected_session_id()


def type_ballots(qtbot, console: SessionConsole, ballots: tuple[str, ...]) -> None:
    grid = console.paper_grid
    grid.view.setCurrentIndex(grid.model.index(0, 0))
    grid.view.setFocus()
    for ballot in ballots:
        qtbot.keyClicks(grid.view, ballot)


def test_whole_session_through_the_widgets(qtbot, tmp_path: Path):
    path = tmp_path / "workshop.sqlite"
    archive = Archive.open(path)
    main = MainWindow(archive, open_settings())
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)

    # ---- create the session and open its console
    sid = create_session_in_dialog(qtbot, main)
    session = archive.session(sid)
    assert (session.title, session.rounds, session.status) == ("Autumn check-in", 2, "draft")
    assert [g.name for g in archive.groups(sid)] == ["Residents", "Organizers", "Funders"]
    console = main.consoles.open(sid)
    assert isinstance(console, SessionConsole)
    qtbot.waitExposed(console)
    groups = {g.name: g.id for g in archive.groups(sid)}

    # ---- open voting on everything
    console.voting.act_open_all.trigger()
    assert set(archive.item_states(sid, 1).values()) == {"open"}

    # ---- paper ballots: four residents, typed from the keyboard, one mistake undone
    console.tabs.setCurrentWidget(console.paper_grid)
    grid = console.paper_grid
    grid.count.setValue(4)
    grid.group.setCurrentIndex(grid.group.findText("Residents"))
    click(qtbot, grid.add_button)
    assert grid.model.rowCount() == 4
    type_ballots(qtbot, console, ("5",))
    console.act_undo.trigger()                       # the 5 was a slip of the finger
    confirm(qtbot, console)                          # a rating recorded live: undo asks first (issue 11)
    assert archive.rating_rows(sid, 1) == []
    type_ballots(qtbot, console, PAPER_R1)
    paper = [p.id for p in grid.model.participants]
    assert archive.rating(sid, 1, paper[0], "accountable") == (True, 4)
    assert archive.rating(sid, 1, paper[0], "communal") == (True, None)
    assert len(archive.rating_rows(sid, 1)) == 24

    # ---- tally: the funders vote by show of hands on two items
    console.tabs.setCurrentWidget(console.tally)
    tally = console.tally
    tally.group.setCurrentIndex(tally.group.findText("Funders"))
    for key, counts in (("continual", {2: 2, 4: 1, 5: 1}), ("bilateral", {1: 3})):
        tally.item.setCurrentIndex(tally.item.findData(key))
        for value, n in counts.items():
            tally.spins[value].setValue(n)
        click(qtbot, tally.save_button)
        assert archive.tally(sid, 1, key, groups["Funders"]) == counts

    # ---- kiosk: one organizer passes through the laptop ballot
    kiosk = console.start_kiosk()
    qtbot.waitExposed(kiosk)
    click(qtbot, kiosk.group_buttons[1])
    for digit in "542345":
        qtbot.keyClick(kiosk, digit)
        qtbot.keyClick(kiosk, Qt.Key.Key_Return)
    assert kiosk.stack.currentWidget() is kiosk.thanks_page
    kiosk.leave()
    organizer = [p for p in archive.participants(sid) if p.channel == "laptop"]
    assert len(organizer) == 1 and organizer[0].group_name == "Organizers"

    # ---- reveal one item: the projector draws exactly core.stats' figures
    console.controller.set_current_item("continual")
    console.voting.act_reveal.trigger()
    console.controller.refresh_now()
    drawn = projector_data(console.projector)
    want = expected_item(archive, sid, "continual", 1)
    assert (drawn["view"], drawn["item"], drawn["mode"]) == ("item", "continual", "result")
    assert drawn["n"] == want["n"] == 9 and drawn["unsure"] == want["unsure"]
    assert drawn["counts"] == want["counts"]
    for field in ("median", "q1", "q3", "iqr"):
        assert drawn[field] == pytest.approx(want[field]), field
    assert (drawn["agreement"], drawn["band"], drawn["power_gap"]) == (
        want["agreement"],
        want["band"],
        want["power_gap"],
    )
    # the lone organizer is suppressed, and so (to stop subtraction) is the later of the two groups of four
    assert [g["suppressed"] for g in want["groups"]] == [False, True, True]
    labels = {d["label"] for d in drawn["dots"]}
    assert "Organizers" not in labels and "Funders" not in labels
    assert {entry["label"] for entry in drawn["legend"]} >= {"Residents"}
    assert not any("Organizers" in text for text in projector_texts(console.projector))
    # the console's own table shows the same numbers
    figures = console.item_detail.figures
    assert figures.item(0, 0).text() == str(want["n"])

    # ---- the discussion: a quote on this item and an action
    console.tabs.setCurrentIndex(0)
    notes = console.notes_panel
    notes.kind.setCurrentIndex(notes.kind.findData("quote"))
    qtbot.keyClicks(notes.text, "\"We are invited to meetings, not to the budget.\"")
    qtbot.keyClick(notes.text, Qt.Key.Key_Return)
    console.tabs.setCurrentWidget(console.actions_panel)
    actions = console.actions_panel
    qtbot.keyClicks(actions.text, "Write a plan for after the grant")
    qtbot.keyClicks(actions.owner, "Steering group")
    click(qtbot, actions.add_button)
    console.voting.act_reveal_all.trigger()

    # ---- round 2: everyone rates again
    console.act_round2.trigger()
    confirm(qtbot, console)
    assert archive.session(sid).current_round == 2
    console.voting.act_open_all.trigger()
    console.tabs.setCurrentWidget(console.paper_grid)
    assert grid.model.data(grid.model.index(0, 0)) == ""  # a fresh round starts empty
    type_ballots(qtbot, console, PAPER_R2)
    console.voting.act_close_all.trigger()
    console.voting.act_reveal_all.trigger()
    console.set_projector_view("shift")
    console.controller.refresh_now()
    moved = {row["key"]: row for row in projector_data(console.projector)["shift"]}
    for key in ITEMS:
        first, second = expected_item(archive, sid, key, 1), expected_item(archive, sid, key, 2)
        assert moved[key]["median1"] == pytest.approx(first["median"])
        assert moved[key]["median2"] == pytest.approx(second["median"])
        assert shift(first, second)["median"] == pytest.approx(second["median"] - first["median"])

    # ---- close the session: overview of all items
    console.act_close_session.trigger()
    confirm(qtbot, console)
    overview = console.overview
    assert overview is not None and overview.isVisible()
    assert overview.table.rowCount() == 6 and overview.table.columnCount() == 11
    communal = expected_item(archive, sid, "communal", 2)
    row = [overview.cell(3, c) for c in range(overview.table.columnCount())]
    assert row[0] == "Communal" and row[1] == str(communal["n"])
    assert not console.controller.undo_stack.canUndo()

    # ---- close everything and read the file back
    console.close()
    main.close()
    QApplication.processEvents()
    reopened = Archive.open(path)
    try:
        session = reopened.session(sid)
        assert (session.status, session.current_round) == ("closed", 2)
        channels = sorted(p.channel for p in reopened.participants(sid))
        assert channels.count("paper") == 4 and channels.count("laptop") == 1 and channels.count("tally") == 7
        assert len(reopened.rating_rows(sid, 1)) == 24 + 7 + 6
        assert len(reopened.rating_rows(sid, 2)) == 24
        assert set(reopened.item_states(sid, 2).values()) == {"revealed"}
        assert [(n.kind, n.item_key) for n in reopened.notes(sid)] == [("quote", "continual")]
        assert [(a.text, a.owner, a.status) for a in reopened.actions(sid)] == [
            ("Write a plan for after the grant", "Steering group", "open")]
        # the undone slip is in the audit log, but not in the ratings
        events = reopened.query(
            "SELECT action FROM rating_events WHERE session_id = ? AND round = 1 AND source = 'paper'", [sid]
        )
        assert [e["action"] for e in events].count("delete") == 1
        assert reopened.summary(sid, 2)["items"][3] == communal | {"key": "communal"}
    finally:
        reopened.close()
