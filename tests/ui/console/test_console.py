"""The session console: navigator, voting control, participants, notes, actions, rounds, closing."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QSpinBox,
)

from helpers import projector_data
from pe_desktop.ui.console.window import SessionConsole


def confirm(qtbot, console: SessionConsole, yes: bool = True) -> None:
    """Click a button of the console's open question box."""
    box = next(b for b in console.findChildren(QMessageBox) if b.isVisible())
    button = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole) if yes \
        else box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=2000)


def rows_of(archive, session_id):
    return {(r.participant_id, r.item_key): r.value for r in archive.rating_rows(session_id, 1)}


def test_navigator_lists_items_and_follows_selection(qtbot, console):
    model = console.items_panel.items_model
    assert model.rowCount() == 6
    assert [model.data(model.index(r, 1)) for r in range(3)] == ["Continual", "Bilateral", "Accountable"]
    assert model.data(model.index(0, 2)) == "Not started"
    console.items_panel.selectRow(3)  # choosing a row does not change the current item (issue 11) ...
    assert console.controller.current_item == "continual"
    console.items_panel.show_chosen()  # ... Enter (or a click) does
    assert console.controller.current_item == "communal"
    assert console.item_detail.title.text() == "Communal"
    console.act_next.trigger()
    assert console.controller.current_item == "materially-beneficial"
    assert console.items_panel.currentIndex().row() == 4
    console.act_prev.trigger()
    console.act_prev.trigger()
    assert console.controller.current_item == "accountable"


def test_open_close_reveal_per_item_and_all(qtbot, console, archive, session_id):
    model = console.items_panel.items_model
    assert archive.session(session_id).status == "draft"
    console.voting.act_open.trigger()
    assert archive.item_states(session_id, 1)["continual"] == "open"
    assert archive.session(session_id).status == "open"
    assert model.data(model.index(0, 2)) == "Voting open"
    assert not console.voting.act_open.isEnabled() and console.voting.act_close.isEnabled()
    console.voting.act_close.trigger()
    assert archive.item_states(session_id, 1)["continual"] == "closed"
    console.voting.act_reveal.trigger()
    assert archive.item_states(session_id, 1)["continual"] == "revealed"
    assert not console.voting.act_reveal.isEnabled()

    console.voting.act_open_all.trigger()
    states = archive.item_states(session_id, 1)
    assert states["continual"] == "revealed"
    assert all(states[k] == "open" for k in list(states)[1:])
    console.voting.act_close_all.trigger()
    console.voting.act_reveal_all.trigger()
    assert set(archive.item_states(session_id, 1).values()) == {"revealed"}
    assert not console.voting.act_reveal_all.isEnabled()


def test_function_keys_drive_voting(qtbot, console, archive, session_id):
    console.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console, timeout=3000)
    console.items_panel.setFocus()
    qtbot.keyClick(console.items_panel, Qt.Key.Key_F6)
    assert archive.item_states(session_id, 1)["continual"] == "open"
    qtbot.keyClick(console.items_panel, Qt.Key.Key_F8)
    assert archive.item_states(session_id, 1)["continual"] == "revealed"
    qtbot.keyClick(console.items_panel, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert console.controller.current_item == "bilateral"


def test_item_detail_hides_figures_while_voting(qtbot, console, archive, session_id):
    groups = archive.groups(session_id)
    people = [archive.add_participant(session_id, groups[0].id, "paper").id for _ in range(3)]
    console.voting.act_open.trigger()
    archive.record_ratings(session_id, 1, [(p, "continual", v) for p, v in zip(people, (2, 3, 5), strict=False)], "paper")
    console.controller.notify_rating_saved()
    qtbot.waitUntil(lambda: "3 people" in console.item_detail.status.text(), timeout=2000)
    assert console.items_panel.items_model.data(console.items_panel.items_model.index(0, 3)) == "3"
    assert not console.item_detail.figures.isVisible()
    console.voting.act_reveal.trigger()
    assert console.item_detail.figures.isVisible()
    table = console.item_detail.figures
    assert [table.item(0, c).text() for c in range(4)] == ["3", "0", "3", "1.5 (2.5–4)"]
    groups_table = console.item_detail.groups
    assert groups_table.item(0, 0).text() == "Residents" and groups_table.item(0, 2).text() == "3"
    assert groups_table.item(1, 2).text() == "hidden (small group)"


def test_rating_from_another_thread_reaches_the_console(qtbot, console, archive, session_id):
    group = archive.groups(session_id)[0].id
    pid = archive.add_participant(session_id, group, "phone").id

    def phone_vote() -> None:
        archive.record_rating(session_id, 1, pid, "bilateral", 4, source="phone")
        console.controller.notify_rating_saved()

    thread = threading.Thread(target=phone_vote)
    thread.start()
    thread.join()
    model = console.items_panel.items_model
    qtbot.waitUntil(lambda: model.data(model.index(1, 3)) == "1", timeout=2000)


def test_participants_add_remove_and_undo(qtbot, console, archive, session_id):
    panel = console.participants_panel
    console.tabs.setCurrentWidget(panel)
    panel.group.setCurrentIndex(panel.group.findText("Organizers"))
    panel.channel.setCurrentIndex(panel.channel.findData("laptop"))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    people = archive.participants(session_id)
    assert [(p.code, p.group_name, p.channel) for p in people] == [
        ("P01", "Organizers", "laptop"), ("P02", "Organizers", "laptop")]
    assert panel.table.rowCount() == 2
    target = people[0].id
    archive.record_rating(session_id, 1, target, "continual", 2)
    archive.record_rating(session_id, 1, target, "communal", None)

    panel.table.selectRow(0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert [p.code for p in archive.participants(session_id)] == ["P02"]
    assert rows_of(archive, session_id) == {}
    assert panel.table.rowCount() == 1

    console.act_undo.trigger()
    back = archive.participants(session_id)
    assert [(p.id, p.code, p.channel) for p in back][0] == (target, "P01", "laptop")
    assert rows_of(archive, session_id) == {(target, "continual"): 2, (target, "communal"): None}
    assert panel.table.rowCount() == 2
    console.act_redo.trigger()
    assert [p.code for p in archive.participants(session_id)] == ["P02"]
    console.act_undo.trigger()
    # tally participants are summed up, not listed
    archive.record_tally(session_id, 1, "continual", None, {3: 4})
    console.controller.participantsChanged.emit()
    assert panel.table.rowCount() == 2
    # one person rated (P01's two ratings); the 4 hands are votes, not people; two names on the list
    assert panel.summary.text() == "1 person · 4 show-of-hands votes · 2 on the list"


def test_notes_add_edit_delete_undo(qtbot, console, archive, session_id):
    notes = console.notes_panel
    console.controller.set_current_item("bilateral")
    notes.kind.setCurrentIndex(notes.kind.findData("quote"))
    qtbot.keyClicks(notes.text, "<b>We are invited</b> but not to the budget")
    qtbot.keyClick(notes.text, Qt.Key.Key_Return)
    stored = archive.notes(session_id)
    assert [(n.kind, n.item_key, n.round, n.text) for n in stored] == [
        ("quote", "bilateral", 1, "<b>We are invited</b> but not to the budget")]
    assert notes.list.count() == 1
    assert "<b>We are invited</b>" in notes.list.item(0).text()  # shown as typed, never as markup

    notes.list.setCurrentRow(0)
    qtbot.mouseClick(notes.edit_button, Qt.MouseButton.LeftButton)
    assert notes.text.text() == stored[0].text
    notes.text.setText("Invited, but not to the budget")
    notes.kind.setCurrentIndex(notes.kind.findData("dissent"))
    qtbot.keyClick(notes.text, Qt.Key.Key_Return)
    assert (archive.note(stored[0].id).text, archive.note(stored[0].id).kind) == (
        "Invited, but not to the budget", "dissent")
    console.act_undo.trigger()
    assert archive.note(stored[0].id).text == "<b>We are invited</b> but not to the budget"
    console.act_redo.trigger()
    steps = console.controller.undo_stack.count()
    notes.list.setCurrentRow(0)
    notes.edit_selected()
    notes.submit()  # saved without a change: no new undo step
    assert console.controller.undo_stack.count() == steps

    notes.list.setCurrentRow(0)
    qtbot.mouseClick(notes.delete_button, Qt.MouseButton.LeftButton)
    assert archive.notes(session_id) == []
    assert notes.list.count() == 0
    console.act_undo.trigger()
    again = archive.notes(session_id)
    assert [(n.id, n.created_at) for n in again] == [(stored[0].id, stored[0].created_at)]
    # notes follow the current item; "All items" shows every note
    console.controller.set_current_item("continual")
    assert notes.list.count() == 0
    notes.show_all.setChecked(True)
    assert notes.list.count() == 1 and "Bilateral" in notes.list.item(0).text()
    # an empty note is refused with a message and nothing stored
    notes.show_all.setChecked(False)
    qtbot.keyClick(notes.text, Qt.Key.Key_Return)
    assert notes.msg.isVisible() and "empty" in notes.msg.text()
    assert len(archive.notes(session_id)) == 1


def test_actions_add_done_delete_undo(qtbot, console, archive, session_id):
    panel = console.actions_panel
    console.tabs.setCurrentWidget(panel)
    console.controller.set_current_item("materially-beneficial")
    assert panel.item.currentData() == "materially-beneficial"
    qtbot.keyClicks(panel.text, "Share the draft budget with residents")
    qtbot.keyClicks(panel.owner, "Hospital office")
    qtbot.keyClicks(panel.due.edit, "2026-12-01")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    stored = archive.actions(session_id)
    assert [(a.text, a.owner, a.due_on, a.status, a.item_key) for a in stored] == [
        ("Share the draft budget with residents", "Hospital office", "2026-12-01", "open", "materially-beneficial")]
    assert panel.table.rowCount() == 1 and panel.text.text() == ""

    panel.table.selectRow(0)
    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    assert archive.action(stored[0].id).status == "done"
    console.act_undo.trigger()
    assert archive.action(stored[0].id).status == "open"

    panel.table.selectRow(0)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert panel.owner.text() == "Hospital office"
    panel.owner.setText("Community benefit office")
    panel.due.edit.clear()  # empty: no due date
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert (archive.action(stored[0].id).owner, archive.action(stored[0].id).due_on) == (
        "Community benefit office", None)

    panel.table.selectRow(0)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert archive.actions(session_id) == []
    console.act_undo.trigger()
    assert archive.action(stored[0].id).owner == "Community benefit office"
    console.act_undo.trigger()
    assert archive.action(stored[0].id).owner == "Hospital office"
    # a bad date never reaches the archive: the action text is required
    panel.cancel_edit()
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.msg.isVisible() and len(archive.actions(session_id)) == 1


def test_discuss_first_matches_core_order(qtbot, console, archive, session_id):
    groups = archive.groups(session_id)
    people = [archive.add_participant(session_id, groups[i % 3].id, "paper").id for i in range(9)]
    values = {
        "continual": [1, 5, 1, 5, 1, 5, 3, 3, 3],   # split
        "bilateral": [4, 4, 4, 4, 4, 4, 4, 5, 4],   # agree
        "communal": [2, 2, 3, 2, 3, 2, 2, 3, 2],
    }
    archive.record_ratings(
        session_id, 1, [(p, k, v[i]) for k, v in values.items() for i, p in enumerate(people)], "paper"
    )
    console.controller.refresh_now()
    expected = archive.summary(session_id, 1)["discuss_first"]
    assert console.discuss_list.order == expected
    assert console.discuss_list.item(0).text().startswith("1. Continual — split")
    assert "too few ratings" in console.discuss_list.item(5).text()
    qtbot.mouseClick(console.discuss_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=console.discuss_list.visualItemRect(console.discuss_list.item(1)).center())
    assert console.controller.current_item == expected[1]


def test_timer_counts_down_pauses_and_resets(qtbot):
    from pe_desktop.ui.console.timer import DiscussTimer, clock_text

    now = [100.0]
    timer = DiscussTimer(clock=lambda: now[0])
    qtbot.addWidget(timer)
    timer.minutes.setValue(2)
    assert timer.display.text() == "2:00"
    qtbot.mouseClick(timer.start_button, Qt.MouseButton.LeftButton)
    assert timer.running and timer.start_button.text() == "Pause"
    now[0] += 30.2
    qtbot.waitUntil(lambda: timer.display.text() == "1:30")  # the next tick shows the time left
    qtbot.mouseClick(timer.start_button, Qt.MouseButton.LeftButton)  # pause
    now[0] += 600
    assert timer.remaining() == pytest.approx(89.8) and not timer.running  # paused time does not count
    assert timer.display.text() == "1:30"
    timer.start()
    with qtbot.waitSignal(timer.expired, timeout=2000):  # on the next tick
        now[0] += 95
    assert timer.display.text() == "+0:05"
    qtbot.mouseClick(timer.reset_button, Qt.MouseButton.LeftButton)
    assert timer.display.text() == "2:00" and not timer.running
    assert clock_text(0.2) == "0:01" and clock_text(0) == "0:00" and clock_text(-61) == "+1:01"


def test_round_two_needs_confirmation(qtbot, console, archive, session_id):
    console.act_round2.trigger()
    confirm(qtbot, console, yes=False)
    assert archive.session(session_id).current_round == 1
    console.act_round2.trigger()
    confirm(qtbot, console)
    assert archive.session(session_id).current_round == 2
    assert console.controller.round == 2
    assert "Round 2 of 2" in console.sidebar.round_label.text()
    assert not console.act_round2.isEnabled()
    assert console.controller.undo_stack.count() == 0


def test_close_session_shows_overview_and_locks_ratings(qtbot, console, archive, session_id):
    groups = archive.groups(session_id)
    people = [archive.add_participant(session_id, groups[0].id, "paper").id for _ in range(4)]
    archive.record_ratings(session_id, 1, [(p, "communal", v) for p, v in zip(people, (1, 2, 4, 4), strict=False)], "paper")
    console.voting.act_open_all.trigger()
    console.act_close_session.trigger()
    confirm(qtbot, console)
    assert archive.session(session_id).status == "closed"
    assert set(archive.item_states(session_id, 1).values()) == {"closed"}
    overview = console.overview
    assert overview is not None and overview.isVisible()
    row = overview.table.rowCount() and [overview.cell(3, c) for c in range(8)]
    item = archive.summary(session_id, 1)["items"][3]
    assert row[:4] == ["Communal", "4", "0", "3"]
    assert row[4] == "2.25" and item["iqr"] == 2.25
    assert row[5].startswith(item["agreement"])
    for action in (console.voting.act_open, console.voting.act_open_all, console.act_round2, console.act_close_session, console.act_kiosk):
        assert not action.isEnabled()
    assert console.start_kiosk() is None
    assert not console.participants_panel.add_button.isEnabled()
    assert archive.list_backups()


def test_every_control_has_an_accessible_name(qtbot, console):
    missing = []
    controls = [w for kind in (QAbstractButton, QComboBox, QSpinBox, QLineEdit, QAbstractItemView)
                for w in console.findChildren(kind)]
    assert len(controls) > 40
    for widget in controls:
        if isinstance(widget.parent(), (QSpinBox, QComboBox, QAbstractItemView)):
            continue  # the line edit of a spin box or combo box, a table's header: their owner speaks for them
        if widget.metaObject().className().startswith("QCalendar"):
            continue
        name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
        if not name.strip() and widget.isVisibleTo(console):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert missing == []


def test_projector_follows_the_console(qtbot, console, archive, session_id):
    console.controller.set_current_item("accountable")
    console.voting.act_open.trigger()
    data = projector_data(console.projector)
    assert (data["view"], data["item"], data["mode"]) == ("item", "accountable", "voting")
    console.set_projector_view("overview")
    assert console.projector.view() == "overview"
    assert console.view_actions["overview"].isChecked()
    console.voting.act_close.trigger()
    console.voting.act_reveal.trigger()
    assert console.projector.view() == "item"
    assert console.view_actions["item"].isChecked()


def test_kiosk_from_the_console(qtbot, console, archive, session_id):
    kiosk = console.start_kiosk()
    assert kiosk is not None and kiosk.isVisible() and kiosk.isFullScreen()
    qtbot.mouseClick(kiosk.group_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.item_page.scale_buttons[3], Qt.MouseButton.LeftButton)
    model = console.items_panel.items_model
    qtbot.waitUntil(lambda: model.data(model.index(0, 3)) == "1", timeout=2000)
    kiosk.leave()
    assert console.kiosk is None
    assert archive.participants(session_id)[0].channel == "laptop"


def test_item_detail_names_positions_in_words_not_codes(qtbot, console, archive, session_id):
    groups = archive.groups(session_id)
    people = [archive.add_participant(session_id, g.id, "paper").id for g in groups for _ in range(3)]
    archive.record_ratings(session_id, 1, [(p, "continual", 3) for p in people], "paper")
    console.voting.act_open.trigger()
    console.voting.act_reveal.trigger()
    table = console.item_detail.groups
    assert [table.item(r, 1).text() for r in range(table.rowCount())] == ["Community", "Community", "Institution"]


def test_item_detail_positions_in_spanish(spanish, qtbot, archive, session_id):
    groups = archive.groups(session_id)
    people = [archive.add_participant(session_id, g.id, "paper").id for g in groups for _ in range(3)]
    archive.record_ratings(session_id, 1, [(p, "continual", 3) for p in people], "paper")
    window = SessionConsole(archive, session_id)
    qtbot.addWidget(window)
    window.voting.act_open.trigger()
    window.voting.act_reveal.trigger()
    table = window.item_detail.groups
    assert [table.item(r, 1).text() for r in range(table.rowCount())] == ["Comunidad", "Comunidad", "Institución"]


LONG_GROUP = "Organizaciones comunitarias del barrio noreste y sus vecinos"


def test_console_fits_a_1280_screen_in_spanish_with_a_long_group_name(spanish, qtbot, archive, pe_instrument):
    pid = archive.create_partnership("Alianza")
    sid = archive.create_session(pe_instrument, "Sesión", pid,
                                 groups=[(LONG_GROUP, "community"), ("Financiadores", "institution")])
    window = SessionConsole(archive, sid)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    assert window.minimumSizeHint().width() <= 1280
    assert window.width() == 1280
    assert window.tally.hint.wordWrap()
    for combo in (window.participants_panel.group, window.paper_grid.group, window.tally.group):
        assert combo.itemText(0) == LONG_GROUP  # still offered whole, in the list
        assert combo.minimumSizeHint().width() < combo.fontMetrics().horizontalAdvance(LONG_GROUP)
        assert combo.view().minimumWidth() >= combo.fontMetrics().horizontalAdvance(LONG_GROUP)
