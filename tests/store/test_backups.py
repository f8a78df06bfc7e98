"""Backups: a consistent copy through SQLite's backup API, thinned over time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from pe_desktop.store import Archive
from pe_desktop.store.backup import BackupInfo, backups_to_keep, list_backups, take_backup


def test_backup_opens_with_the_same_data(archive, session_id) -> None:
    part = archive.add_participant(session_id, None, "paper")
    archive.record_rating(session_id, 1, part.id, "continual", 4)
    path = archive.backup("manual")
    assert path.exists() and path.parent.name == "archive.sqlite.backups"
    with Archive.open(path) as copy:
        assert copy.rating(session_id, 1, part.id, "continual") == (True, 4)
    assert [b.reason for b in list_backups(archive.path)] == ["manual"]


def test_closing_a_session_takes_a_backup(archive, session_id) -> None:
    archive.set_status(session_id, "closed")
    assert [b.reason for b in list_backups(archive.path)] == ["session-closed"]


def test_thinning_rule() -> None:
    now = datetime(2026, 11, 22, 12, tzinfo=UTC)
    infos = []
    for hours in range(0, 24 * 400, 6):  # a backup every 6 hours for 400 days
        infos.append(BackupInfo(Path(f"b{hours}"), now - timedelta(hours=hours), "x"))
    keep = backups_to_keep(infos, now)
    kept = sorted(now - i.taken_at for i in infos if i.path in keep)
    assert sum(1 for age in kept if age <= timedelta(hours=24)) == 5
    days = {(now - age).date() for age in kept if timedelta(hours=24) < age <= timedelta(days=30)}
    assert len(days) == sum(1 for age in kept if timedelta(hours=24) < age <= timedelta(days=30))
    assert len(keep) < 5 + 31 + 53 + 3
    assert infos[0].path in keep
    assert any(now - i.taken_at > timedelta(days=365) for i in infos if i.path in keep)


def test_thinning_deletes_files(archive) -> None:
    now = datetime(2026, 11, 22, tzinfo=UTC)
    for days in range(60, 0, -1):
        take_backup(archive.conn, archive.path, "daily", now=now - timedelta(days=days, hours=1))
        take_backup(archive.conn, archive.path, "twice", now=now - timedelta(days=days))
    remaining = list_backups(archive.path)
    assert len(remaining) < 60
    older = [b for b in remaining if b.taken_at < now - timedelta(days=3)]
    assert len({b.taken_at.date() for b in older}) == len(older)  # one a day at most
    assert {b.reason for b in remaining if b.taken_at > now - timedelta(days=1, hours=2)} == {"daily", "twice"}
