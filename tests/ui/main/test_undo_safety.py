"""Nothing lost to one keystroke (issue 11): Ctrl+Z asks or refuses, deletions go to a Trash that survives a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from helpers import click_button, message_box
from pe_desktop.demo import DEMO_PARTNERSHIP
from pe_desktop.session import ops
from pe_desktop.store import Archive
from pe_desktop.store.trash import trash_items
from pe_desktop.ui.dialogs.trash import TrashDialog
from pe_desktop.ui.main.window import MainWindow
from pe_desktop.ui.settings import open_settings


def titles(window) -> list[str]:
    return [s.title for s in window.archive.sessions()]


def press_undo(qtbot, window) -> None:
    """Ctrl+Z as the facilitator presses it, in the active window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def new_session(qtbot, window, title: str) -> str:
    dialog = window.sessions.new_session()
    qtbot.waitExposed(dialog)
    dialog.title.clear()
    qtbot.keyClicks(dialog.title, title)
    dialog.partnership.lineEdit().clear()
    qtbot.keyClicks(dialog.partnership.lineEdit(), "Riverside")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: title in titles(window))
    return next(s.id for s in window.archive.sessions() if s.title == title)


def test_ctrl_z_no_longer_deletes_a_session_that_was_run(window, qtbot, archive):
    sid = new_session(qtbot, window, "Evening workshop")
    assert window.undo_stack.undoText() == "New session “Evening workshop”"
    # the workshop runs: people rate, a note is taken (in its console, through the same ops)
    part = ops.add_participants(archive, sid, None, "paper").result[0]
    ops.set_item_states(archive, sid, ["continual"], "open")
    ops.set_rating(archive, sid, part.id, "continual", 4)
    ops.close_session(archive, sid)
    before = window.undo_stack.count()
    press_undo(qtbot, window)
    box = message_box(qtbot, window, "can no longer be undone")
    assert "Evening workshop" in box.text() and "Trash" in box.text()
    click_button(qtbot, box, "OK")
    assert "Evening workshop" in titles(window) and archive.session(sid).deleted_at is None
    assert window.undo_stack.count() == before - 1  # the step is gone: the menu offers it no more
    assert window.undo_stack.undoText() != "New session “Evening workshop”"
    assert archive.rating(sid, 1, part.id, "continual") == (True, 4)


def test_back_from_the_console_the_edit_menu_no_longer_offers_undo_new_session(window, qtbot, archive):
    sid = new_session(qtbot, window, "Evening workshop")
    console = window.consoles.open(sid)
    qtbot.waitExposed(console)
    console.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    ops.add_note(archive, sid, "We began late")
    console.close()
    qtbot.waitUntil(lambda: sid not in window.consoles)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: window.undo_stack.undoText() != "New session “Evening workshop”")
    assert "Evening workshop" in titles(window) and not window.menu.act_undo.text().endswith("workshop”")


def test_ctrl_z_of_an_empty_new_session_still_just_undoes(window, qtbot, archive):
    sid = new_session(qtbot, window, "Never held")
    press_undo(qtbot, window)
    qtbot.waitUntil(lambda: "Never held" not in titles(window))
    assert not [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert [i.id for i in trash_items(archive)] == [sid]  # even then: in the Trash, not gone


def test_undo_of_a_rating_recorded_live_asks_and_keep_it_keeps_it(window, qtbot, archive, demo_ids):
    sid = demo_ids["ready"]
    console = window.consoles.open(sid)
    qtbot.waitExposed(console)
    part = ops.add_participants(archive, sid, None, "paper").result[0]
    ops.set_item_states(archive, sid, ["continual"], "open")
    console.controller.push_change(ops.set_rating(archive, sid, part.id, "continual", 5))
    stack = console.controller.undo_stack
    index = stack.index()
    press_undo(qtbot, console)
    box = message_box(qtbot, console, "live session")
    assert box.defaultButton().text() == "Keep it"  # Enter never removes a rating
    click_button(qtbot, box, "Keep it")
    assert archive.rating(sid, 1, part.id, "continual") == (True, 5) and stack.index() == index
    console.act_undo.trigger()  # the Edit menu's Undo asks the same
    click_button(qtbot, message_box(qtbot, console, "live session"), "Undo anyway")
    assert archive.rating(sid, 1, part.id, "continual") == (False, None) and stack.index() == index - 1
    stack.redo()
    assert archive.rating(sid, 1, part.id, "continual") == (True, 5)
    console.close()
    qtbot.waitUntil(lambda: sid not in window.consoles)


def test_a_deleted_session_waits_in_the_trash_across_a_restart_and_comes_back(qtbot, archive_path, demo_ids, archive):
    sid = demo_ids["closed"]
    first = MainWindow(archive, open_settings())
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.browser.select_id(sid)
    click_button(qtbot, first.sessions.delete_session(), "Delete")
    assert "Spring check-in" not in titles(first)
    first.close()  # closing no longer purges anything

    second = MainWindow(Archive.open(archive_path), open_settings())
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert "Spring check-in" not in titles(second)
    menu = second.menu.menus["file"]
    assert second.menu.act_trash in menu.actions() and second.menu.act_trash.text() == "&Trash…"
    second.menu.act_trash.trigger()  # File ▸ Trash…
    dialog = next(d for d in second.findChildren(TrashDialog) if d.isVisible())
    assert dialog.rows()[0][:3] == ["Session", "Spring check-in", DEMO_PARTNERSHIP]
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Spring check-in" in titles(second))
    assert dialog.rows() == [] and second.archive.rating_rows(sid, 1)
    assert second.undo_stack.undoText() == "Restore session “Spring check-in”"
    second.undo_stack.undo()  # restoring is undoable: back to the Trash
    qtbot.waitUntil(lambda: len(dialog.rows()) == 1)
    assert "Spring check-in" not in titles(second)
    dialog.close()
    second.close()
