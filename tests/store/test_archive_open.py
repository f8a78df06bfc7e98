"""Opening archives: new, reopened, and refused files left byte-for-byte untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from helpers import run_sql
from pe_desktop.store import Archive, ArchiveError
from pe_desktop.store.connection import APPLICATION_ID
from pe_desktop.store.schema import SCHEMA_VERSION


def fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def test_new_archive_has_schema_and_pragmas(archive_path: Path) -> None:
    with Archive.open(archive_path) as arch:
        assert arch.schema_version == SCHEMA_VERSION
        assert arch.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert arch.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert arch.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert arch.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        tables = {r["name"] for r in arch.query("select name from sqlite_master where type='table'")}
    assert {"partnerships", "sessions", "instruments", "groups", "participants", "ratings",
            "rating_events", "notes", "actions"} <= tables


def test_reopen_keeps_data(archive_path: Path, pe_instrument) -> None:
    with Archive.open(archive_path) as arch:
        pid = arch.create_partnership("Eastside")
        sid = arch.create_session(pe_instrument, "S", pid, groups=[("Residents", "community")])
    with Archive.open(archive_path) as arch:
        assert arch.session(sid).title == "S"
        assert arch.instrument(sid).item_keys == pe_instrument.item_keys


def _refused(path: Path, fragment: str) -> None:
    before = fingerprint(path.parent)
    with pytest.raises(ArchiveError) as info:
        Archive.open(path)
    assert fragment in str(info.value)
    assert str(path) in str(info.value)
    assert fingerprint(path.parent) == before, "a refused file (or its folder) was modified"


def test_text_file_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("hello, this is not a database\n" * 10)
    _refused(path, "not an SQLite database")


def test_foreign_sqlite_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    run_sql(path, "create table customers (id integer primary key, name text)",
            "insert into customers (name) values ('x')")
    _refused(path, "not a pe_desktop archive")


def test_other_application_id_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    run_sql(path, "PRAGMA application_id = 1234", "create table t (x)")
    _refused(path, "another program")


def test_too_new_archive_refused_untouched(archive_path: Path) -> None:
    Archive.open(archive_path).close()
    run_sql(archive_path, f"PRAGMA user_version = {SCHEMA_VERSION + 5}", "PRAGMA journal_mode = DELETE")
    for extra in archive_path.parent.glob("archive.sqlite-*"):
        extra.unlink()
    _refused(archive_path, "newer pe_desktop")
    assert not (archive_path.parent / "archive.sqlite-wal").exists()


def test_truncated_archive_refused_untouched(archive_path: Path, pe_instrument) -> None:
    with Archive.open(archive_path) as arch:
        pid = arch.create_partnership("P")
        for i in range(30):
            arch.create_session(pe_instrument, f"S{i}", pid, groups=[("G", "community")])
    data = archive_path.read_bytes()
    archive_path.write_bytes(data[: len(data) // 2])
    _refused(archive_path, "truncated")


def test_corrupt_header_refused_untouched(archive_path: Path) -> None:
    Archive.open(archive_path).close()
    data = bytearray(archive_path.read_bytes())
    data[16:18] = b"\x00\x07"  # page size 7: impossible
    archive_path.write_bytes(bytes(data))
    _refused(archive_path, "damaged")


def test_garbage_pages_refused_untouched(archive_path: Path) -> None:
    Archive.open(archive_path).close()
    data = bytearray(archive_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page is garbage
    archive_path.write_bytes(bytes(data))
    _refused(archive_path, "damaged")


def test_folder_refused(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError, match="folder"):
        Archive.open(tmp_path)


def test_empty_file_becomes_new_archive(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    with Archive.open(path) as arch:
        assert arch.schema_version == SCHEMA_VERSION


def test_a_crash_mid_checkpoint_is_recovered_not_refused(archive_path: Path, pe_instrument) -> None:
    """The main file may be shorter than its header says while the WAL holds the rest."""
    import shutil

    with Archive.open(archive_path) as arch:
        pid = arch.create_partnership("P")
        sid = arch.create_session(pe_instrument, "S", pid, groups=[("G", "community")])
    writer = sqlite3.connect(archive_path)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("create table if not exists filler (x blob)")
    writer.executemany("insert into filler values (randomblob(4000))", [()] * 200)
    writer.commit()
    # a copy of the files as a crash leaves them: main file short, header (from the log) says more
    crashed = archive_path.parent / "crashed"
    crashed.mkdir()
    for name in ("archive.sqlite", "archive.sqlite-wal", "archive.sqlite-shm"):
        shutil.copy(archive_path.parent / name, crashed / name)
    writer.close()
    main = crashed / "archive.sqlite"
    data = bytearray(main.read_bytes())
    data[28:32] = (len(data) // 4096 + 150).to_bytes(4, "big")  # header claims pages only the log has
    main.write_bytes(bytes(data))
    with Archive.open(main) as arch:
        assert arch.session(sid).title == "S"


def test_an_archive_open_elsewhere_can_be_opened_again(archive_path: Path, pe_instrument) -> None:
    """Its header may still say 'new' while the log holds the schema: read through SQLite."""
    first = Archive.open(archive_path)
    try:
        pid = first.create_partnership("P")
        sid = first.create_session(pe_instrument, "S", pid)
        assert (archive_path.parent / "archive.sqlite-wal").stat().st_size > 0
        with Archive.open(archive_path) as second:
            assert second.session(sid).title == "S"
    finally:
        first.close()
