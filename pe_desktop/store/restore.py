"""Listing backups and restoring one.

Backups are made by :mod:`pe_desktop.store.backup` (when a session closes,
before a migration, before a merge, before a restore). This module reads
them for the File → Restore list (date, reason, how many sessions each
holds, read without changing a byte) and puts one back.

A restore never loses the current archive: it is backed up first (through
SQLite when it opens, byte for byte when it is too damaged to). The chosen
backup is checked, copied aside (so thinning cannot delete it mid-way), and
then written into the archive through SQLite's backup API in one
transaction, which is safe even while another connection has the archive
open; only an archive SQLite cannot open is replaced as a file.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pe_desktop.store import backup as backups
from pe_desktop.store.archive import Archive
from pe_desktop.store.connection import probe
from pe_desktop.store.errors import ArchiveError
from pe_desktop.store.schema import SCHEMA_VERSION


@dataclass(frozen=True)
class BackupEntry:
    """One backup as the restore list shows it; ``problem`` says why it cannot be read."""

    path: Path
    taken_at: datetime
    reason: str
    size: int
    session_count: int | None
    schema_version: int | None
    problem: str | None = None


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    #: the copy of the archive as it was just before the restore (None if there was none)
    safety_backup: Path | None
    #: "in place" (through SQLite) or "replaced" (the damaged file was swapped)
    method: str


def _immutable(path: Path) -> sqlite3.Connection:
    """A read-only connection that takes no lock and writes nothing (no -wal, no -shm)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def read_backup(path: Path) -> tuple[int, int]:
    """(schema version, number of sessions not deleted) of a backup file, read-only."""
    version = probe(path, SCHEMA_VERSION)
    conn = _immutable(path)
    try:
        count = conn.execute("SELECT count(*) FROM sessions WHERE deleted_at IS NULL").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise ArchiveError(f"{path}: cannot be read ({exc})") from exc
    finally:
        conn.close()
    return version, count


def backup_catalog(archive_path: str | Path) -> list[BackupEntry]:
    """Every backup of the archive, newest first, with its session count."""
    entries = []
    for info in backups.list_backups(Path(archive_path)):
        size = info.path.stat().st_size
        try:
            version, count = read_backup(info.path)
        except ArchiveError as exc:
            entries.append(BackupEntry(info.path, info.taken_at, info.reason, size, None, None, str(exc)))
            continue
        entries.append(BackupEntry(info.path, info.taken_at, info.reason, size, count, version))
    return entries


def _check_backup(path: Path, archive: Path) -> None:
    if not path.is_file():
        raise ArchiveError(f"{path}: no such backup file; the archive was left as it was")
    if archive.exists() and path.resolve() == archive.resolve():
        raise ArchiveError(f"{path}: is the archive itself, not a backup of it")
    if probe(path, SCHEMA_VERSION) == 0:
        raise ArchiveError(f"{path}: an empty file, not a pe_desktop archive; the archive was left as it was")
    conn = _immutable(path)
    try:
        result = [row[0] for row in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        result = [str(exc)]
    finally:
        conn.close()
    if result != ["ok"]:
        raise ArchiveError(f"{path}: the backup is damaged ({result[0]}); the archive was left as it was")


def _remove_database_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _copy_through_sqlite(source: Path, target: Path) -> None:
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    dest = sqlite3.connect(str(target))
    try:
        src.backup(dest)
    finally:
        dest.close()
        src.close()


def _archive_opens(path: Path) -> bool:
    try:
        probe(path, SCHEMA_VERSION)
        conn = sqlite3.connect(str(path), timeout=30)
        try:
            return [row[0] for row in conn.execute("PRAGMA quick_check")] == ["ok"]
        finally:
            conn.close()
    except (ArchiveError, sqlite3.DatabaseError):
        return False


def _safety_backup(archive: Path, healthy: bool) -> Path:
    """Keep the current archive before it is overwritten, however broken it is."""
    if healthy:
        conn = sqlite3.connect(str(archive), timeout=30)
        try:
            return backups.take_backup(conn, archive, "before-restore")
        finally:
            conn.close()
    folder = backups.backup_dir(archive)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime(backups.STAMP_FORMAT)
    target = folder / f"{archive.stem}-{stamp}-before-restore.sqlite"
    for suffix in ("", "-wal"):
        if Path(str(archive) + suffix).exists():
            shutil.copy2(str(archive) + suffix, str(target) + suffix)
    return target


def restore_backup(backup_path: str | Path, archive_path: str | Path) -> RestoreResult:
    """Put a backup back as the archive, after backing up the archive as it is.

    The restored archive is then opened once with :meth:`Archive.open`, which
    proves it opens and upgrades an older backup to the current schema (with
    its own before-migration backup). A GUI holding the archive open should
    reopen it afterwards.
    """
    source = Path(backup_path).expanduser()
    archive = Path(archive_path).expanduser()
    _check_backup(source, archive)
    staging = archive.with_name(archive.name + ".restoring")
    _remove_database_files(staging)
    try:
        _copy_through_sqlite(source, staging)
        exists = archive.exists() and archive.stat().st_size > 0
        healthy = exists and _archive_opens(archive)
        safety = _safety_backup(archive, healthy) if exists else None
        method = "replaced"
        if healthy:
            try:
                _copy_through_sqlite(staging, archive)
                method = "in place"
            except sqlite3.DatabaseError:
                method = "replaced"
        if method == "replaced":
            for suffix in ("-wal", "-shm", "-journal"):
                Path(str(archive) + suffix).unlink(missing_ok=True)
            archive.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging, archive)
    finally:
        _remove_database_files(staging)
    try:
        Archive.open(archive).close()
    except ArchiveError as exc:
        kept = f"; the archive as it was is kept in {safety}" if safety else ""
        raise ArchiveError(f"{archive}: restored from {source} but it does not open ({exc}){kept}") from exc
    return RestoreResult(source, safety, method)
