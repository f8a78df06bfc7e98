"""Listing backups (read-only) and restoring one (after backing up the current archive)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from helpers import run_cli, run_sql
from pe_desktop.store import Archive, ArchiveError
from pe_desktop.store.check import check_archive
from pe_desktop.store.restore import backup_catalog, restore_backup


def state(path: Path) -> tuple:
    siblings = sorted(p.name for p in path.parent.iterdir())
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns, siblings


def titles(archive: Archive) -> list[str]:
    return sorted(s.title for s in archive.sessions())


@pytest.fixture
def history(archive, pe_instrument):
    """Two backups: after one session closed, and after a second one closed."""
    pid = archive.create_partnership("Valley Partners")
    first = archive.create_session(pe_instrument, "First", pid, held_on="2026-01-01")
    archive.add_note(first, "Kept in every backup")
    archive.set_status(first, "closed")
    second = archive.create_session(pe_instrument, "Second", pid, held_on="2026-02-01")
    archive.set_status(second, "closed")
    archive.create_session(pe_instrument, "Third, not backed up", pid, held_on="2026-03-01")
    return {"first": first, "second": second}


def test_catalog_lists_date_reason_and_session_count_without_touching_backups(archive, history):
    folder = archive.path.with_name(archive.path.name + ".backups")
    before = {p: state(p) for p in folder.iterdir()}
    entries = backup_catalog(archive.path)
    assert [(e.reason, e.session_count) for e in entries] == [("session-closed", 2), ("session-closed", 1)]
    assert entries[0].taken_at > entries[1].taken_at
    assert all(e.problem is None and e.size > 0 and e.schema_version == archive.schema_version for e in entries)
    assert {p: state(p) for p in folder.iterdir()} == before


def test_catalog_reports_an_unreadable_backup(archive, history):
    newest = archive.list_backups()[0].path
    newest.write_bytes(b"\x00" * 4096)
    entries = backup_catalog(archive.path)
    assert entries[0].session_count is None and "not an SQLite database" in entries[0].problem
    assert entries[1].session_count == 1


def test_restore_backs_up_first_and_the_restored_archive_opens(archive, archive_path, history):
    oldest = archive.list_backups()[-1].path
    archive.close()
    result = restore_backup(oldest, archive_path)
    assert result.restored_from == oldest and result.method == "in place"
    assert result.safety_backup is not None and "before-restore" in result.safety_backup.name
    with Archive.open(result.safety_backup) as safety:
        assert titles(safety) == ["First", "Second", "Third, not backed up"]
    with Archive.open(archive_path) as restored:
        assert titles(restored) == ["First"]
        assert restored.notes(history["first"])[0].text == "Kept in every backup"
        assert check_archive(restored) == []
    # and the restore itself can be undone from the safety backup
    restore_backup(result.safety_backup, archive_path)
    with Archive.open(archive_path) as back:
        assert titles(back) == ["First", "Second", "Third, not backed up"]


def test_restore_while_the_archive_is_open_is_seen_by_it(archive, archive_path, history):
    restore_backup(archive.list_backups()[-1].path, archive_path)
    assert titles(archive) == ["First"]
    archive.add_note(history["first"], "Written after the restore")
    assert len(archive.notes(history["first"])) == 2
    assert archive.query("PRAGMA journal_mode")[0]["journal_mode"] == "wal"


def test_restore_over_a_damaged_archive_keeps_its_bytes(archive, archive_path, history):
    backup = archive.list_backups()[0].path
    archive.close()
    archive_path.write_bytes(b"garbage, not a database" * 100)
    result = restore_backup(backup, archive_path)
    assert result.method == "replaced"
    assert result.safety_backup.read_bytes() == b"garbage, not a database" * 100
    with Archive.open(archive_path) as restored:
        assert titles(restored) == ["First", "Second"]


def test_the_byte_copy_of_a_damaged_archive_is_listed_like_any_backup(archive, archive_path, history):
    """Its name is written with backup.STAMP_FORMAT, the format the list reads, so it can be restored in turn."""
    from pe_desktop.store.backup import STAMP_FORMAT, list_backups

    backup = archive.list_backups()[0].path
    archive.close()
    archive_path.write_bytes(b"garbage, not a database" * 100)
    result = restore_backup(backup, archive_path)
    listed = {info.path: info for info in list_backups(archive_path)}
    assert result.safety_backup in listed
    info = listed[result.safety_backup]
    assert info.reason == "before-restore"
    assert info.taken_at.strftime(STAMP_FORMAT) in result.safety_backup.name


def test_a_bad_backup_is_refused_and_the_archive_left_alone(archive, archive_path, history, tmp_path):
    some_backup = archive.list_backups()[0].path
    archive.close()
    before = state(archive_path)
    foreign = tmp_path / "foreign.sqlite"
    run_sql(foreign, "CREATE TABLE notes (x)")
    truncated = tmp_path / "truncated.sqlite"
    truncated.write_bytes(some_backup.read_bytes()[:5000])
    for bad, message in ((foreign, "not a pe_desktop archive"), (truncated, "damaged|truncated"),
                         (tmp_path / "missing.sqlite", "no such backup")):
        with pytest.raises(ArchiveError, match=message):
            restore_backup(bad, archive_path)
    assert state(archive_path)[0] == before[0]
    assert len(list(some_backup.parent.iterdir())) == 2


def test_backups_and_restore_commands(archive, archive_path, history):
    oldest = archive.list_backups()[-1].path
    archive.close()
    listed = run_cli("backups", "--json", archive=archive_path)
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert [(r["reason"], r["sessions"]) for r in rows] == [("session-closed", 2), ("session-closed", 1)]
    assert rows[-1]["path"] == str(oldest)
    restored = run_cli("restore", str(oldest), archive=archive_path)
    assert restored.returncode == 0, restored.stderr
    assert "before-restore" in restored.stdout
    with Archive.open(archive_path) as again:
        assert titles(again) == ["First"]
    refused = run_cli("restore", str(archive_path.with_name("nope.sqlite")), archive=archive_path)
    assert refused.returncode == 2 and "nope.sqlite" in refused.stderr
