"""``pe-desktop trash`` and ``check`` with things in the Trash, run as a user runs them."""

from __future__ import annotations

import json

from helpers import run_cli
from pe_desktop.store import Archive


def _archive_with_trash(archive_path) -> tuple[str, str]:
    sid = json.loads(run_cli("new", "--instrument", "partnership-equity", "--title", "Evening workshop",
                             "--partnership", "Riverside", "--json", archive=archive_path, check=True).stdout)["id"]
    with Archive.open(archive_path) as archive:
        note = archive.add_note(sid, "Residents felt <b>unheard</b>")
        archive.delete_note(note)
        archive.delete_session(sid)
    return sid, note


def test_trash_lists_restores_and_empties_after_a_backup(archive_path):
    sid, note = _archive_with_trash(archive_path)
    listed = run_cli("trash", archive=archive_path, check=True).stdout
    assert sid in listed and "Evening workshop" in listed and "(Riverside)" in listed
    assert note not in listed  # a note of a trashed session comes back with it: one entry
    rows = json.loads(run_cli("trash", "--json", archive=archive_path, check=True).stdout)
    assert [(r["kind"], r["id"]) for r in rows] == [("session", sid)] and rows[0]["deleted_at"]

    restored = run_cli("trash", "--restore", sid[:8], archive=archive_path, check=True)
    assert f"restored session {sid}" in restored.stdout
    rows = json.loads(run_cli("trash", "--json", archive=archive_path, check=True).stdout)
    assert [(r["kind"], r["id"], r["text"]) for r in rows] == [("note", note, "Residents felt <b>unheard</b>")]
    assert sid in run_cli("sessions", archive=archive_path, check=True).stdout

    emptied = run_cli("trash", "--empty", archive=archive_path, check=True).stdout
    assert "removed 0 session(s), 1 note(s), 0 action item(s)" in emptied and "before-empty-trash" in emptied
    assert "the Trash is empty" in run_cli("trash", archive=archive_path, check=True).stdout
    assert "nothing to do" in run_cli("trash", "--empty", archive=archive_path, check=True).stdout


def test_restore_of_an_unknown_id_names_it_and_changes_nothing(archive_path):
    _archive_with_trash(archive_path)
    result = run_cli("trash", "--restore", "nope", archive=archive_path)
    assert result.returncode == 2 and "'nope'" in result.stderr and "pe-desktop trash" in result.stderr
    assert len(json.loads(run_cli("trash", "--json", archive=archive_path, check=True).stdout)) == 1


def test_check_reports_the_trash_and_passes(archive_path):
    _archive_with_trash(archive_path)
    result = run_cli("check", archive=archive_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "trash: 1 session(s), 1 note(s), 0 action item(s)" in result.stdout
    assert result.stdout.strip().endswith(": ok")
