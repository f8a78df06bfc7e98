"""The Archive's history reads (issue 12): every logged version of a record or a rating, oldest first."""

from __future__ import annotations

import json

import pytest

from pe_desktop.store.errors import ValidationError


def test_record_history_keeps_every_version_oldest_first(archive, session_id):
    archive.update_session(session_id, title="Second")
    archive.update_session(session_id, title="Third")
    versions = archive.record_history("sessions", session_id)
    assert [json.loads(v["data"])["title"] for v in versions] == ["Test session", "Second", "Third"]
    assert [v["seq"] for v in versions] == [1, 2, 3]
    assert versions[1]["base"] == versions[0]["id"] and versions[2]["base"] == versions[1]["id"]


def test_a_deleted_note_keeps_its_versions_and_ends_in_the_trash(archive, session_id):
    note = archive.add_note(session_id, "first", "note")
    archive.update_note(note, text="second")
    archive.delete_note(note)  # to the Trash: the last version is the same text, marked deleted
    versions = [json.loads(v["data"]) for v in archive.record_history("notes", note)]
    assert [v["text"] for v in versions] == ["first", "second", "second"]
    assert [v["deleted_at"] is not None for v in versions] == [False, False, True]


def test_rating_history_lists_each_change_with_its_source(archive, session_id):
    person = archive.add_participant(session_id, archive.groups(session_id)[0].id, "paper")
    archive.record_rating(session_id, 1, person.id, "continual", 2, source="paper")
    archive.record_rating(session_id, 1, person.id, "continual", None, source="laptop")
    archive.clear_rating(session_id, 1, person.id, "continual")
    rows = archive.rating_history(session_id, 1, person.id, "continual")
    assert [(r["value"], r["action"], r["source"]) for r in rows][:2] == [(2, "set", "paper"), (None, "set", "laptop")]
    assert rows[-1]["action"] == "delete"
    assert archive.rating_history(session_id, 2, person.id, "continual") == []


def test_history_of_a_table_that_is_not_logged_is_refused_naming_it(archive, session_id):
    with pytest.raises(ValidationError, match="history: 'ratings' is not a logged table"):
        archive.record_history("ratings", session_id)
