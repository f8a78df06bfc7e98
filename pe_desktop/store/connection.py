"""Opening an archive file safely.

A file is inspected from its raw header before SQLite touches it, so that a
file that is not ours, is damaged, or was written by a newer version is
refused without a single byte (not even a -wal or -shm file) being written.
"""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path

from pe_desktop.store.errors import ArchiveCorrupt, ArchiveError

#: PRAGMA application_id of every pe_desktop archive ("PED1").
APPLICATION_ID = 0x50454431
SQLITE_MAGIC = b"SQLite format 3\x00"


def _header(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(100)


def probe(path: Path, schema_version: int) -> int:
    """Return the file's schema version (0 = empty/new) or raise ArchiveError.

    Reads the 100-byte SQLite header, then the version, application id and
    table list through a read-only connection.
    """
    size = path.stat().st_size
    if size == 0:
        return 0
    header = _header(path)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise ArchiveCorrupt(f"{path}: not an SQLite database (wrong file header); it was left untouched")
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise ArchiveCorrupt(f"{path}: damaged SQLite header (page size {page_size}); it was left untouched")
    change_counter, page_count = struct.unpack(">II", header[24:32])
    valid_for = struct.unpack(">I", header[92:96])[0]
    # With a write-ahead log beside it (a crash, or a kill mid-checkpoint) the
    # main file may be shorter than its header says until SQLite replays the
    # log; only a file without one can be judged truncated from its size.
    has_wal = _wal_path(path).exists() and _wal_path(path).stat().st_size > 0
    if not has_wal and valid_for == change_counter and page_count * page_size > size:
        raise ArchiveCorrupt(
            f"{path}: damaged or truncated ({size} bytes, header says {page_count * page_size}); it was left untouched"
        )
    # Read through SQLite rather than from the header: with a log beside the
    # file (an archive open elsewhere, or a crash) the header can be older.
    user_version, application_id, tables = _catalog(path, has_wal)
    if application_id not in (0, APPLICATION_ID):
        raise ArchiveError(
            f"{path}: an SQLite database of another program (application_id {application_id:#x}), not a pe_desktop "
            f"archive; it was left untouched"
        )
    if application_id == APPLICATION_ID and user_version > schema_version:
        raise ArchiveError(
            f"{path}: written by a newer pe_desktop (schema {user_version}, this version reads up to "
            f"{schema_version}); "
            "update pe_desktop to open it; it was left untouched"
        )
    if application_id == 0 and tables:
        raise ArchiveError(
            f"{path}: an SQLite database that is not a pe_desktop archive (it has tables: "
            f"{', '.join(sorted(tables)[:5])}); it was left untouched"
        )
    return user_version if application_id == APPLICATION_ID else 0


def _wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _catalog(path: Path, has_wal: bool) -> tuple[int, int, set[str]]:
    """user_version, application_id and table names, read without writing.

    Immutable when there is no log to replay.

    With a log, a plain read-only connection is needed so that SQLite reads
    the committed pages that are still in the log (it may update the -shm
    index file, never the database or the log).
    """
    mode = "mode=ro" if has_wal else "mode=ro&immutable=1"
    uri = f"{path.resolve().as_uri()}?{mode}"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            rows = conn.execute("select name from sqlite_master where type = 'table'").fetchall()
            user_version = conn.execute("PRAGMA user_version").fetchone()[0]
            application_id = conn.execute("PRAGMA application_id").fetchone()[0] & 0xFFFFFFFF
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise ArchiveCorrupt(f"{path}: damaged SQLite database ({exc}); it was left untouched") from exc
    return user_version, application_id, {name for (name,) in rows if not name.startswith("sqlite_")}


def connect(path: Path) -> sqlite3.Connection:
    """Open for writing with the durability pragmas of docs/design.md §4."""
    conn = sqlite3.connect(str(path), check_same_thread=False, timeout=30)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn
