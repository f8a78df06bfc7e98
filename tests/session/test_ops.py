"""Every op commits, returns a Change whose undo restores the archive and whose redo reuses the same ids."""

from __future__ import annotations

import pytest

from helpers import dump
from pe_desktop.session import ops
from pe_desktop.store import ValidationError
from pe_desktop.store.trash import trash_items


def round_trip(archive, change):
    """Undo then redo ``change``; returns (dump after undo, dump after redo)."""
    assert change.undoable
    change.undo(archive)
    undone = dump(archive)
    change.redo(archive)
    return undone, dump(archive)


# ------------------------------------------------------------ participants
def test_add_participants_undo_restores_and_redo_reuses_ids_and_codes(archive, session_id, groups):
    before = dump(archive)
    change = ops.add_participants(archive, session_id, groups["Residents"], "paper", 3)
    after = dump(archive)
    assert change.kind == "participants" and change.description == "Add 3 participants"
    assert [p.code for p in change.result] == ["P01", "P02", "P03"]
    undone, redone = round_trip(archive, change)
    assert undone == before
    assert redone == after
    assert {p.id for p in archive.participants(session_id)} == set(change.ids)


def test_remove_participants_undo_brings_back_their_ratings(archive, session_id, groups):
    made = ops.add_participants(archive, session_id, groups["Funders"], "paper", 2).result
    pid = made[0].id
    ops.set_rating(archive, session_id, pid, "continual", 4)
    ops.set_rating(archive, session_id, pid, "bilateral", None)
    before = dump(archive)
    change = ops.remove_participants(archive, session_id, [pid])
    after = dump(archive)
    assert archive.rating(session_id, 1, pid, "continual") == (False, None)
    assert change.description == f"Remove {made[0].code}"
    undone, redone = round_trip(archive, change)
    assert undone == before
    assert archive.rating(session_id, 1, pid, "continual") == (False, None)
    assert redone == after


def test_participant_ops_refuse_without_writing(archive, session_id, groups):
    before = dump(archive)
    with pytest.raises(ValidationError, match="count"):
        ops.add_participants(archive, session_id, None, "paper", 0)
    with pytest.raises(ValidationError, match="group"):
        ops.add_participants(archive, session_id, "no-such-group", "paper", 2)
    with pytest.raises(ValidationError, match="channel"):
        ops.add_participants(archive, session_id, None, "pigeon", 1)
    with pytest.raises(ValidationError, match="participant"):
        ops.remove_participants(archive, session_id, ["nobody"])
    assert dump(archive) == before
    assert ops.remove_participants(archive, session_id, []) is None


# ----------------------------------------------------------------- ratings
def test_set_and_clear_rating_undo_put_back_the_earlier_value(archive, session_id, groups):
    pid = ops.add_participants(archive, session_id, groups["Residents"], "paper").result[0].id
    first = ops.set_rating(archive, session_id, pid, "continual", 2)
    before = dump(archive)
    change = ops.set_rating(archive, session_id, pid, "continual", 5)
    assert change.items == ("continual",) and change.round == 1 and change.description == "Rating for Continual"
    undone, redone = round_trip(archive, change)
    assert undone == before and archive.rating(session_id, 1, pid, "continual") == (True, 5)
    assert ops.set_rating(archive, session_id, pid, "continual", 5) is None  # already so: no empty step
    cleared = ops.clear_rating(archive, session_id, pid, "continual")
    assert archive.rating(session_id, 1, pid, "continual") == (False, None)
    cleared.undo(archive)
    assert archive.rating(session_id, 1, pid, "continual") == (True, 5)
    first.undo(archive)
    assert archive.rating(session_id, 1, pid, "continual") == (False, None)
    assert ops.clear_rating(archive, session_id, pid, "continual") is None


def test_rating_ops_refuse_bad_values_and_closed_sessions_without_writing(archive, session_id, groups):
    pid = ops.add_participants(archive, session_id, groups["Residents"], "paper").result[0].id
    before = dump(archive)
    with pytest.raises(ValidationError, match="value"):
        ops.set_rating(archive, session_id, pid, "continual", 9)
    with pytest.raises(ValidationError, match="item"):
        ops.set_rating(archive, session_id, pid, "no-such-item", 3)
    assert dump(archive) == before
    ops.close_session(archive, session_id)
    closed = dump(archive)
    with pytest.raises(ValidationError, match="closed"):
        ops.set_rating(archive, session_id, pid, "continual", 3)
    with pytest.raises(ValidationError, match="closed"):
        ops.add_participants(archive, session_id, None, "paper")
    assert dump(archive) == closed


def test_tally_undo_restores_the_previous_tally(archive, session_id, groups):
    gid = groups["Organizers"]
    ops.save_tally(archive, session_id, "bilateral", gid, {3: 2, 4: 1})
    before = dump(archive)
    change = ops.save_tally(archive, session_id, "bilateral", gid, {5: 4})
    assert "participants" in change.kinds
    assert archive.tally(session_id, 1, "bilateral", gid) == {5: 4}
    change.undo(archive)
    assert archive.tally(session_id, 1, "bilateral", gid) == {3: 2, 4: 1}
    assert dump(archive)["ratings"] != []  # tallies are ratings of tally participants
    assert {k: len(v) for k, v in dump(archive).items()} == {k: len(v) for k, v in before.items()}
    assert ops.save_tally(archive, session_id, "bilateral", gid, {3: 2, 4: 1, 1: 0}) is None


def test_phone_vote_needs_an_open_item_and_kiosk_makes_its_participant_with_the_rating(archive, session_id, groups):
    pid = ops.join(archive, session_id, groups["Residents"], "es").ids[0]
    with pytest.raises(ValidationError, match="not open"):
        ops.record_vote(archive, session_id, pid, "continual", 4, 1)
    ops.set_item_states(archive, session_id, ["continual"], "open")
    vote = ops.record_vote(archive, session_id, pid, "continual", 4, 1)
    assert vote.kind == "ratings" and not vote.undoable
    assert archive.rating(session_id, 1, pid, "continual") == (True, 4)
    before = dump(archive)
    with pytest.raises(ValidationError, match="value"):
        ops.kiosk_rating(archive, session_id, None, groups["Funders"], "en", "continual", 0)
    assert dump(archive) == before
    first = ops.kiosk_rating(archive, session_id, None, groups["Funders"], "en", "continual", 3)
    again = ops.kiosk_rating(archive, session_id, first.result, groups["Funders"], "en", "bilateral", None)
    assert again.result == first.result and "participants" not in again.kinds
    assert archive.participant_count(session_id, "laptop") == 1


# ----------------------------------------------------------- notes, actions
def test_notes_round_trip_with_the_same_ids_and_timestamps(archive, session_id):
    before = dump(archive)
    added = ops.add_note(archive, session_id, "Bilateral is low", "quote", "bilateral")
    after = dump(archive)
    assert before["notes"] == [] and round_trip(archive, added)[1] == after
    added.undo(archive)  # undoing the creation moves the note to the Trash, not out of the archive
    assert archive.notes(session_id) == [] and [i.id for i in trash_items(archive)] == [added.result]
    added.redo(archive)
    assert dump(archive) == after
    assert ops.update_note(archive, added.result, text="Bilateral is low") is None
    edited = ops.update_note(archive, added.result, text="Bilateral is very low")
    assert round_trip(archive, edited)[0] == after
    with_edit = dump(archive)
    deleted = ops.delete_note(archive, added.result)
    assert round_trip(archive, deleted)[0] == with_edit
    deleted = dump(archive)
    with pytest.raises(ValidationError, match="note"):
        ops.add_note(archive, session_id, "   ")
    assert dump(archive) == deleted


def test_actions_round_trip_with_the_same_ids_and_timestamps(archive, session_id):
    before = dump(archive)
    added = ops.add_action(archive, session_id, "Share the minutes", "Ana", "2026-12-01", "bilateral")
    after = dump(archive)
    assert before["actions"] == [] and round_trip(archive, added)[1] == after
    added.undo(archive)
    assert archive.actions(session_id) == [] and [i.kind for i in trash_items(archive)] == ["action"]
    added.redo(archive)
    assert dump(archive) == after
    edited = ops.update_action(archive, added.result, status="done", owner="Ana")
    assert edited.description == "Edit action"
    assert round_trip(archive, edited)[0] == after
    done = dump(archive)
    assert round_trip(archive, ops.delete_action(archive, added.result))[0] == done
    deleted = dump(archive)
    with pytest.raises(ValidationError, match="due_on"):
        ops.add_action(archive, session_id, "Later", due_on="someday")
    assert dump(archive) == deleted


def test_review_of_earlier_actions_is_one_undoable_step(archive, session_id, pe_instrument):
    keep = ops.add_action(archive, session_id, "Keep going").result
    finish = ops.add_action(archive, session_id, "Finish it").result
    pid = archive.session(session_id).partnership_id
    later = archive.create_session(pe_instrument, "Next session", pid)
    before = dump(archive)
    change, problems = ops.review_actions(archive, later, {keep: "open", finish: "done", "nope": "done"})
    assert len(problems) == 1 and change.description == "Review of 2 earlier actions"
    after = dump(archive)
    assert archive.action(finish).status == "done"
    assert [a.carried_from for a in archive.actions(later)] == [keep]
    assert round_trip(archive, change) == (before, after)
    assert ops.review_actions(archive, later, {keep: None}) == (None, [])


# ---------------------------------------------------------------- sessions
def test_session_create_edit_delete_undo_and_redo(archive, pe_instrument):
    before = dump(archive)
    created = ops.create_session(archive, pe_instrument, "Kick-off", "New partnership",
                                 groups=[("Tenants", "community")], rounds=2)
    sid = created.result
    after_create = dump(archive)
    assert archive.session(sid).deleted_at is None
    created.undo(archive)
    assert archive.sessions() == [] and len(before["partnerships"]) < len(dump(archive)["partnerships"])
    created.redo(archive)
    assert dump(archive) == after_create

    edited = ops.edit_session(archive, sid, {"title": "Kick-off meeting", "rounds": 1}, [("Council", "institution")])
    assert "groups" in edited.kinds and edited.description == "Edit session “Kick-off”"
    after_edit = dump(archive)
    undone, redone = round_trip(archive, edited)
    assert undone == after_create and redone == after_edit
    assert ops.edit_session(archive, sid, {}, []) is None

    deleted = ops.delete_session(archive, sid)
    assert archive.sessions() == []
    deleted.undo(archive)
    assert dump(archive) == after_edit


def test_session_edit_refuses_without_writing_anything(archive, session_id):
    before = dump(archive)
    with pytest.raises(ValidationError, match="position"):
        ops.edit_session(archive, session_id, {"title": "Renamed"}, [("Council", "nowhere")])
    with pytest.raises(ValidationError, match="min_group_size"):
        ops.edit_session(archive, session_id, {"min_group_size": 0})
    assert dump(archive) == before


# ---------------------------------------------------------------- the room
def test_item_states_rounds_and_closing_are_committed_but_not_undoable(archive, session_id):
    before = dump(archive)
    with pytest.raises(ValidationError, match="state"):
        ops.set_item_states(archive, session_id, ["bilateral"], "half-open")
    with pytest.raises(ValidationError, match="item"):
        ops.set_item_states(archive, session_id, ["bilateral", "nope"], "open")
    assert dump(archive) == before
    opened = ops.set_item_states(archive, session_id, ["bilateral"], "open")
    assert not opened.undoable and opened.event == "open" and "session" in opened.kinds
    assert archive.session(session_id).status == "open"
    assert archive.item_states(session_id, 1)["bilateral"] == "open"
    with pytest.raises(ValidationError, match="round"):
        ops.start_round(archive, session_id, 3)
    moved = ops.start_round(archive, session_id, 2)
    assert moved.round == 2 and archive.session(session_id).current_round == 2
    ops.set_item_states(archive, session_id, ["bilateral"], "open")
    closed = ops.close_session(archive, session_id)
    assert closed.items == ("bilateral",) and closed.event == "closed-session"
    assert archive.session(session_id).status == "closed"
    assert archive.item_states(session_id, 2)["bilateral"] == "closed"
    assert any(b.reason == "session-closed" for b in archive.list_backups())
