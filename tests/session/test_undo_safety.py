"""Undo never removes recorded data without asking (issue 11): the session layer's rule, read at undo time."""

from __future__ import annotations

from pe_desktop.session import ops
from pe_desktop.session.change import undo_risk
from pe_desktop.store.trash import trash_items


def _open(archive, session_id):
    ops.set_item_states(archive, session_id, ["continual"], "open")  # the session is live from now on


def test_undo_of_create_ends_once_the_session_has_content(archive, pe_instrument):
    made = ops.create_session(archive, pe_instrument, "Evening workshop", "Riverside")
    sid = made.result
    assert undo_risk(archive, made) is None  # an empty new session: undo as before
    part = ops.add_participants(archive, sid, None, "paper").result[0]
    risk = undo_risk(archive, made)
    assert risk is not None and risk.ends and "Evening workshop" in risk.description
    ops.set_rating(archive, sid, part.id, "continual", 4)
    assert undo_risk(archive, made).ends
    # a note alone is content too
    other = ops.create_session(archive, pe_instrument, "Morning", "Riverside")
    ops.add_note(archive, other.result, "We start late")
    assert undo_risk(archive, other).ends


def test_undo_of_create_moves_the_empty_session_to_the_trash_and_redo_brings_it_back(archive, pe_instrument):
    made = ops.create_session(archive, pe_instrument, "Evening workshop", "Riverside")
    made.undo(archive)
    assert archive.sessions() == [] and [i.id for i in trash_items(archive)] == [made.result]
    made.redo(archive)
    assert [s.id for s in archive.sessions()] == [made.result] and trash_items(archive) == []


def test_deleting_a_session_with_ratings_puts_it_in_the_trash_whole(archive, session_id, groups):
    part = ops.add_participants(archive, session_id, groups["Funders"], "paper").result[0]
    ops.set_rating(archive, session_id, part.id, "continual", 2)
    note = ops.add_note(archive, session_id, "Low trust").result
    deleted = ops.delete_session(archive, session_id)
    assert archive.sessions() == [] and [i.kind for i in trash_items(archive)] == ["session"]
    assert archive.rating(session_id, 1, part.id, "continual") == (True, 2)
    assert undo_risk(archive, deleted) is None  # undoing a delete restores: nothing to ask
    restored = ops.restore_from_trash(archive, session_id)
    assert restored.description == "Restore session “Test session”"
    assert [n.id for n in archive.notes(session_id)] == [note]
    restored.undo(archive)
    assert [i.id for i in trash_items(archive)] == [session_id]
    restored.redo(archive)
    assert trash_items(archive) == []


def test_deleting_notes_and_actions_puts_them_in_the_trash(archive, session_id):
    note = ops.add_note(archive, session_id, "Keep this").result
    action = ops.add_action(archive, session_id, "Call the council").result
    ops.delete_note(archive, note)
    ops.delete_action(archive, action)
    assert {(i.kind, i.id) for i in trash_items(archive)} == {("note", note), ("action", action)}
    ops.restore_from_trash(archive, note[:10])
    assert [n.id for n in archive.notes(session_id)] == [note]


def test_undo_of_a_rating_recorded_in_a_live_session_asks(archive, session_id, groups):
    part = ops.add_participants(archive, session_id, groups["Residents"], "paper").result[0]
    draft = ops.set_rating(archive, session_id, part.id, "bilateral", 3)
    assert undo_risk(archive, draft) is None  # typed in before the session ran
    _open(archive, session_id)
    live = ops.set_rating(archive, session_id, part.id, "continual", 5)
    risk = undo_risk(archive, live)
    assert risk is not None and not risk.ends and "live session" in risk.description
    tally = ops.save_tally(archive, session_id, "continual", groups["Funders"], {4: 3})
    assert undo_risk(archive, tally) is not None
    note = ops.add_note(archive, session_id, "Said in the room")
    action = ops.add_action(archive, session_id, "Follow up")
    assert undo_risk(archive, note) is not None and undo_risk(archive, action) is not None
    # asked, then undone: the undo itself still works and its redo puts the rating back
    inverse = live.undo(archive)
    assert archive.rating(session_id, 1, part.id, "continual") == (False, None)
    assert undo_risk(archive, inverse) is None
    live.redo(archive)
    assert archive.rating(session_id, 1, part.id, "continual") == (True, 5)


def test_undo_of_adding_participants_asks_once_they_have_ratings(archive, session_id):
    added = ops.add_participants(archive, session_id, None, "paper", 2)
    assert undo_risk(archive, added) is None
    ops.set_rating(archive, session_id, added.result[1].id, "continual", 1)
    risk = undo_risk(archive, added)
    assert risk is not None and risk.args == ("1",)


def test_emptying_the_trash_is_an_op_with_its_backup(archive, session_id):
    ops.delete_note(archive, ops.add_note(archive, session_id, "Gone soon").result)
    emptied = ops.empty_trash(archive)
    backup, counts = emptied.result
    assert not emptied.undoable and counts.notes == 1 and backup.exists()
    assert trash_items(archive) == []


def test_undo_of_a_review_asks_once_a_carried_copy_was_edited(archive, session_id, pe_instrument):
    open_action = ops.add_action(archive, session_id, "Keep going").result
    later = archive.create_session(pe_instrument, "Next session", archive.session(session_id).partnership_id)
    review, problems = ops.review_actions(archive, later, {open_action: "open"})
    assert problems == [] and undo_risk(archive, review) is None
    copy = review.result[0].copy["id"]
    ops.update_action(archive, copy, owner="Ana")
    risk = undo_risk(archive, review)
    assert risk is not None and risk.args == ("1",)
