"""The Trash kept in the archive: deleting hides, restoring brings back, only emptying purges (after a backup)."""

from __future__ import annotations

import sqlite3

from pe_desktop.store.check import check_report
from pe_desktop.store.search import search
from pe_desktop.store.trash import empty_trash, find_trash_item, trash_counts, trash_items


def _content(archive, session_id):
    note = archive.add_note(session_id, "Budget talk was hard", "quote", "continual")
    action = archive.add_action(session_id, "Share the draft budget", "Ana", "2026-12-01")
    part = archive.add_participant(session_id, None, "paper")
    archive.record_rating(session_id, 1, part.id, "continual", 4, source="paper")
    return note, action, part


def test_deleted_notes_and_actions_wait_in_the_trash_and_every_list_skips_them(archive, session_id):
    note, action, _ = _content(archive, session_id)
    archive.delete_note(note)
    archive.delete_action(action)
    assert archive.notes(session_id) == [] and archive.actions(session_id) == []
    counts = archive.session_counts(session_id)
    assert (counts.notes, counts.actions, counts.open_actions) == (0, 0, 0)
    assert search(archive, "budget") == []
    assert archive.query("SELECT count(*) AS n FROM action_items")[0]["n"] == 0
    assert archive.query("SELECT notes, actions FROM partnership_sessions")[0] == {"notes": 0, "actions": 0}
    items = trash_items(archive)
    assert {(i.kind, i.id, i.text, i.partnership, i.session_title) for i in items} == {
        ("note", note, "Budget talk was hard", "Test partnership", "Test session"),
        ("action", action, "Share the draft budget", "Test partnership", "Test session"),
    }
    assert all(i.deleted_at for i in items)
    archive.restore_note(note)
    archive.restore_action(action)
    assert [n.id for n in archive.notes(session_id)] == [note] and [a.id for a in archive.actions(session_id)] == [action]
    assert {h.record_id for h in search(archive, "budget")} == {note, action}
    assert trash_items(archive) == []


def test_a_trashed_session_is_one_entry_and_keeps_its_ratings(archive, session_id):
    note, _, part = _content(archive, session_id)
    archive.delete_session(session_id)
    assert [(i.kind, i.id) for i in trash_items(archive)] == [("session", session_id)]
    assert find_trash_item(archive, session_id[:8]).id == session_id
    assert archive.rating(session_id, 1, part.id, "continual") == (True, 4)
    archive.restore_session(session_id)
    assert [n.id for n in archive.notes(session_id)] == [note]


def test_emptying_takes_a_backup_then_purges_only_the_trash(archive, archive_path, session_id, pe_instrument):
    note, action, _ = _content(archive, session_id)
    other = archive.create_session(pe_instrument, "Kept", archive.session(session_id).partnership_id)
    kept_note = archive.add_note(other, "Stays")
    archive.delete_note(note)
    archive.delete_session(other)
    archive.restore_session(other)
    archive.delete_session(session_id)
    backup, counts = empty_trash(archive)
    assert (counts.sessions, counts.notes, counts.actions) == (1, 1, 0)
    assert backup is not None and "before-empty-trash" in backup.name
    with sqlite3.connect(backup) as copy:  # the backup still holds what was purged
        assert copy.execute("SELECT count(*) FROM notes WHERE id = ?", (note,)).fetchone()[0] == 1
        assert copy.execute("SELECT count(*) FROM actions WHERE id = ?", (action,)).fetchone()[0] == 1
    assert trash_items(archive) == [] and trash_counts(archive).total == 0
    assert archive.query("SELECT count(*) AS n FROM sessions WHERE id = ?", [session_id])[0]["n"] == 0
    assert archive.query("SELECT count(*) AS n FROM ratings")[0]["n"] == 0  # the session's ratings went with it
    assert [n.id for n in archive.notes(other)] == [kept_note]
    assert empty_trash(archive) == (None, counts.__class__(0, 0, 0))  # nothing to empty: no backup
    assert check_report(archive).problems == []


def test_check_counts_the_trash_and_finds_nothing_wrong_with_it(archive, session_id):
    note, action, _ = _content(archive, session_id)
    archive.delete_note(note)
    archive.delete_action(action)
    report = check_report(archive)
    assert report.ok and report.warnings == []
    assert (report.trash.sessions, report.trash.notes, report.trash.actions) == (0, 1, 1)
    archive.delete_session(session_id)
    assert check_report(archive).trash.sessions == 1 and check_report(archive).ok


def test_the_trash_travels_with_a_merge(archive, session_id, tmp_path):
    from pe_desktop.store import Archive
    from pe_desktop.store.merge import merge_archive

    note, _, _ = _content(archive, session_id)
    copy = tmp_path / "laptop-b.sqlite"
    archive.backup("copy")
    with Archive.open(copy) as other:
        merge_archive(other, archive.path)
        other.delete_note(note)
    merge_archive(archive, copy)
    assert archive.notes(session_id) == [] and [i.id for i in trash_items(archive)] == [note]
    assert check_report(archive).ok
