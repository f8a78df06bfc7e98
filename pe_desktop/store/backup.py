"""Timestamped backups through SQLite's online backup API, thinned over time.

Kept: every backup of the last 24 hours (up to 24), then the newest of each
day for 30 days, then the newest of each ISO week for a year, then one per
month. A backup is a complete, consistent archive that opens on its own.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}\d{6}Z)-(?P<reason>[a-z0-9-]+)\.sqlite$")
#: The UTC time in a backup's file name (``strftime``/``strptime`` format).
#: Public because every writer of a backup name must use it, or
#: :func:`list_backups` would not find that file.
STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str


def backup_dir(archive_path: Path) -> Path:
    return archive_path.with_name(archive_path.name + ".backups")


def take_backup(conn: sqlite3.Connection, archive_path: Path, reason: str, now: datetime | None = None) -> Path:
    """Copy the live database (WAL included) to a new timestamped file."""
    now = now or datetime.now(UTC)
    folder = backup_dir(archive_path)
    folder.mkdir(parents=True, exist_ok=True)
    safe_reason = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "manual"
    target = folder / f"{archive_path.stem}-{now.strftime(STAMP_FORMAT)}-{safe_reason}.sqlite"
    partial = target.with_suffix(".partial")
    dest = sqlite3.connect(str(partial))
    try:
        conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    partial.replace(target)
    thin_backups(archive_path, now=now)
    return target


def list_backups(archive_path: Path) -> list[BackupInfo]:
    """Backups of this archive, newest first."""
    folder = backup_dir(archive_path)
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match:
            continue
        taken = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
        found.append(BackupInfo(path, taken, match["reason"]))
    found.sort(key=lambda b: b.taken_at, reverse=True)
    return found


def backups_to_keep(backups: list[BackupInfo], now: datetime) -> set[Path]:
    """The thinning rule, separate from the deleting so it can be tested."""
    keep: set[Path] = set()
    seen_buckets: set[tuple[str, object]] = set()
    recent = 0
    for info in backups:  # newest first
        age = now - info.taken_at
        if age <= timedelta(hours=24) and recent < 24:
            keep.add(info.path)
            recent += 1
            continue
        if age <= timedelta(days=30):
            bucket: tuple[str, object] = ("day", info.taken_at.date())
        elif age <= timedelta(days=365):
            bucket = ("week", tuple(info.taken_at.isocalendar())[:2])
        else:
            bucket = ("month", (info.taken_at.year, info.taken_at.month))
        if bucket not in seen_buckets:
            seen_buckets.add(bucket)
            keep.add(info.path)
    return keep


def thin_backups(archive_path: Path, now: datetime | None = None) -> list[Path]:
    """Delete backups the rule no longer keeps; returns what was removed."""
    now = now or datetime.now(UTC)
    backups = list_backups(archive_path)
    keep = backups_to_keep(backups, now)
    removed = []
    for info in backups:
        if info.path not in keep:
            info.path.unlink(missing_ok=True)
            removed.append(info.path)
    return removed
