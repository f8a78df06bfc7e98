"""SQLite's errors come out of the store as its own, with the statement that failed."""

from __future__ import annotations

import sqlite3

import pytest

from pe_desktop.store import Archive
from pe_desktop.store.errors import ArchiveBusy, ArchiveConflict, ArchiveCorrupt, ArchiveError, ValidationError


def test_a_locked_archive_raises_busy(archive, archive_path, session_id) -> None:
    archive.conn.execute("PRAGMA busy_timeout = 50")  # do not wait the usual 30 s
    other = sqlite3.connect(archive_path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(ArchiveBusy) as caught:
            archive.add_note(session_id, "while another program writes")
        assert isinstance(caught.value, ArchiveError)
        assert caught.value.sql is not None
    finally:
        other.execute("ROLLBACK")
        other.close()
    archive.add_note(session_id, "once it is free")  # nothing stuck: the next write goes through
    assert [n.text for n in archive.notes(session_id)] == ["once it is free"]


def test_a_damaged_file_raises_corrupt(archive_path, pe_instrument) -> None:
    with Archive.open(archive_path) as arch:
        pid = arch.create_partnership("P")
        sid = arch.create_session(pe_instrument, "S", pid)
        for i in range(400):
            arch.add_note(sid, f"note {i} " + "x" * 200)
    data = bytearray(archive_path.read_bytes())
    page = 4096
    for start in range(2 * page, len(data) - page, page):  # every page but the first (the header and catalogue)
        data[start:start + page] = b"\xa5" * page
    archive_path.write_bytes(bytes(data))
    with pytest.raises(ArchiveCorrupt), Archive.open(archive_path) as arch:
        arch.notes(sid)


def test_a_broken_rule_raises_conflict_with_the_sql(archive, session_id) -> None:
    with pytest.raises(ArchiveConflict) as caught, archive.transaction() as conn:
        conn.execute("INSERT INTO groups (id, session_id, name, position) VALUES ('g', 'no such session', 'x', 'other')")
    assert "INSERT INTO groups" in (caught.value.sql or "")
    assert not isinstance(caught.value, ValidationError)


def test_queries_wrap_errors_too(archive) -> None:
    with pytest.raises(ArchiveError) as caught:
        archive.query("SELECT * FROM no_such_table")
    assert caught.value.sql == "SELECT * FROM no_such_table"
    assert isinstance(caught.value.__cause__, sqlite3.OperationalError)


def test_validation_keeps_its_meaning(archive, session_id) -> None:
    archive.add_participant(session_id, None, "paper", code="A1")
    with pytest.raises(ValidationError, match="already used"):
        archive.add_participant(session_id, None, "paper", code="A1")
