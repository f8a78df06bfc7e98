"""File ▸ Trash…: lists what was deleted, restores the selection (undoably), empties only after asking and a backup."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from helpers import click_button, message_box
from pe_desktop.session import ops
from pe_desktop.store.trash import trash_items
from pe_desktop.ui.dialogs.restore import reason_text
from pe_desktop.ui.dialogs.trash import TrashDialog, open_trash


def _trash_some(archive, session_id, pe_instrument):
    note = ops.add_note(archive, session_id, "<b>not bold</b> said a resident").result
    action = ops.add_action(archive, session_id, "Call the council").result
    other = ops.create_session(archive, pe_instrument, "Evening workshop", "Riverside").result
    ops.delete_note(archive, note)
    ops.delete_action(archive, action)
    ops.delete_session(archive, other)
    return note, action, other


def _dialog(qtbot, archive, stack, refreshed, consoles=0):
    dialog = open_trash(None, archive, stack, lambda: refreshed.append(1), lambda: consoles)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_the_trash_lists_kind_text_partnership_and_date_as_plain_text(qtbot, archive, session_id, pe_instrument):
    _trash_some(archive, session_id, pe_instrument)
    dialog = _dialog(qtbot, archive, QUndoStack(), [])
    rows = dialog.rows()
    assert {(r[0], r[1], r[2], r[3]) for r in rows} == {
        ("Session", "Evening workshop", "Riverside", ""),
        ("Note", "<b>not bold</b> said a resident", "Test partnership", "Test session"),
        ("Action item", "Call the council", "Test partnership", "Test session"),
    }
    assert all(len(r[4]) == len("2026-12-03 10:00") for r in rows)
    assert dialog.restore_button.isEnabled() and dialog.empty_button.isEnabled()
    assert not dialog.table.tabKeyNavigation()  # one Tab stop


def test_restore_brings_the_selection_back_and_undo_puts_it_back_in_the_trash(qtbot, archive, session_id,
                                                                              pe_instrument):
    note, action, _ = _trash_some(archive, session_id, pe_instrument)
    stack, refreshed = QUndoStack(), []
    dialog = _dialog(qtbot, archive, stack, refreshed)
    dialog.table.clearSelection()
    for row, item in enumerate(dialog.items):
        if item.id in (note, action):
            dialog.table.selectionModel().select(
                dialog.table.model().index(row, 0),
                dialog.table.selectionModel().SelectionFlag.Select | dialog.table.selectionModel().SelectionFlag.Rows)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert [n.id for n in archive.notes(session_id)] == [note] and [a.id for a in archive.actions(session_id)] == [action]
    assert [r[0] for r in dialog.rows()] == ["Session"] and refreshed
    assert stack.count() == 2 and stack.undoText() in ("Restore note", "Restore action")
    stack.undo()
    qtbot.waitUntil(lambda: len(dialog.rows()) == 2)


def test_empty_trash_asks_takes_a_backup_and_purges(qtbot, archive, session_id, pe_instrument):
    _, _, other = _trash_some(archive, session_id, pe_instrument)
    stack = QUndoStack()
    dialog = _dialog(qtbot, archive, stack, [])
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    box = message_box(qtbot, dialog, "for good")
    assert box.defaultButton().text() == "Cancel"  # Enter never empties the Trash
    click_button(qtbot, box, "Cancel")
    assert len(trash_items(archive)) == 3 and archive.list_backups() == []
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    click_button(qtbot, message_box(qtbot, dialog, "for good"), "Empty Trash")
    done = message_box(qtbot, dialog, "The Trash is empty")
    assert "before-empty-trash" in done.informativeText()
    click_button(qtbot, done, "OK")
    assert trash_items(archive) == [] and dialog.rows() == [] and not dialog.empty_button.isEnabled()
    assert [b.reason for b in archive.list_backups()] == ["before-empty-trash"]
    assert reason_text("before-empty-trash") == "Before emptying the Trash"  # as File ▸ Restore from backup lists it
    assert archive.query("SELECT count(*) AS n FROM sessions WHERE id = ?", [other])[0]["n"] == 0


def test_empty_trash_waits_for_open_consoles(qtbot, archive, session_id, pe_instrument):
    _trash_some(archive, session_id, pe_instrument)
    dialog = _dialog(qtbot, archive, QUndoStack(), [], consoles=1)
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    click_button(qtbot, message_box(qtbot, dialog, "Close the session consoles first"), "OK")
    assert len(trash_items(archive)) == 3


def test_an_empty_trash_says_so(qtbot, archive, session_id):
    dialog = _dialog(qtbot, archive, QUndoStack(), [])
    assert isinstance(dialog, TrashDialog) and dialog.rows() == []
    assert "The Trash is empty" in dialog.intro.text()
    assert not dialog.restore_button.isEnabled() and not dialog.empty_button.isEnabled()
