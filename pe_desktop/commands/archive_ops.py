"""The archive over time: ``trend``, ``merge``, ``backups`` and ``restore``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pe_desktop.cli import open_archive, print_json
from pe_desktop.paths import default_archive_path


def cmd_trend(args: argparse.Namespace) -> int:
    from pe_desktop.store.trends import partnership_trend

    with open_archive(args) as archive:
        trend = partnership_trend(archive, args.partnership)
    if args.json:
        print_json(trend)
        return 0
    print(f"{trend['partnership']}: {len(trend['sessions'])} session(s)")
    for session in trend["sessions"]:
        medians = "  ".join(
            f"{key}={'-' if item['median'] is None else format(item['median'], '.1f')}"
            for key, item in session["items"].items()
        )
        print(f"{session['held_on'] or '----------'}  {session['stage'] or '-':<10}  {session['title']}  (round {session['round']})")
        print(f"    {medians}")
    return 0


def _progress_printer(enabled: bool):
    if not enabled:
        return None
    shown = {"percent": -1}

    def show(done: int, total: int, table: str) -> None:
        percent = 100 * done // total if total else 100
        if percent != shown["percent"]:
            shown["percent"] = percent
            print(f"\rmerging {table or '...':<14} {percent:3d}%", end="", file=sys.stderr, flush=True)

    return show


def cmd_merge(args: argparse.Namespace) -> int:
    from pe_desktop.store.merge import merge_archive

    with open_archive(args) as archive:
        report = merge_archive(archive, Path(args.other), progress=_progress_printer(sys.stderr.isatty()))
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if args.json:
        print_json(report.to_dict())
        return 0
    print(f"merged {report.source}: {report.inserted} record(s) added, {len(report.sessions_added)} session(s) new")
    for session in report.sessions_added:
        print(f"  + {session['held_on'] or '----------'}  {session['title']}  ({session['id']})")
    if report.conflict_count:
        print(f"{report.conflict_count} conflict(s): our version kept, theirs stored in merge_conflicts "
              f"({report.new_conflicts} new)")
        for conflict in report.conflicts[:20]:
            print(f"  ! {conflict['table']} {conflict['id']}: {conflict['reason']}")
    for clash in report.same_name_partnerships:
        print(f"note: their partnership {clash['name']!r} ({clash['their_id']}) has the name of ours ({clash['our_id']}); "
              f"they were kept apart; combine them with: pe-desktop partnerships combine {clash['our_id']} {clash['their_id']}")
    for conflict in report.edit_conflicts[:20]:
        print(f"  ? {conflict['table']} {conflict['id']}: edited differently on two laptops; the latest is shown")
    if report.edit_conflicts:
        print(f"{len(report.edit_conflicts)} record(s) to settle: see pe-desktop conflicts")
    print(f"backup taken first: {report.backup}")
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from pe_desktop.store.restore import backup_catalog

    archive_path = Path(args.archive or default_archive_path()).expanduser()
    entries = backup_catalog(archive_path)
    if args.json:
        print_json([
            {"path": str(e.path), "taken_at": e.taken_at.isoformat(), "reason": e.reason, "size": e.size,
             "sessions": e.session_count, "schema_version": e.schema_version, "problem": e.problem}
            for e in entries
        ])
        return 0
    if not entries:
        print(f"no backups of {archive_path}")
    for e in entries:
        sessions = "unreadable" if e.session_count is None else f"{e.session_count} session(s)"
        print(f"{e.taken_at:%Y-%m-%d %H:%M:%S}Z  {e.reason:<28} {sessions:<14} {e.path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from pe_desktop.store.restore import restore_backup

    archive_path = Path(args.archive or default_archive_path()).expanduser()
    result = restore_backup(Path(args.backup), archive_path)
    print(f"restored {archive_path} from {result.restored_from}")
    if result.safety_backup:
        print(f"the archive as it was is kept in {result.safety_backup}")
    return 0


def register(add) -> None:
    trend = add("trend", cmd_trend, "per item, per session of a partnership: median, rwg, n (last rated round)")
    trend.add_argument("--partnership", required=True, metavar="NAME")
    trend.add_argument("--json", action="store_true")
    merge = add("merge", cmd_merge, "merge another archive or a session file; merging the same file twice changes nothing")
    merge.add_argument("other", metavar="OTHER.sqlite")
    merge.add_argument("--json", action="store_true")
    add("backups", cmd_backups, "list the archive's backups (date, reason, sessions)").add_argument("--json", action="store_true")
    restore = add("restore", cmd_restore, "replace the archive by a backup (the current archive is backed up first)")
    restore.add_argument("backup", metavar="BACKUP.sqlite")
