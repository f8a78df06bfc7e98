"""``pe-desktop partnerships``: list, combine, rename, undo a combine; ``pe-desktop conflicts``: list and settle.

Partnerships are named by id, a unique id prefix (4+ characters) or their
name; a name two partnerships share is refused with both ids, so the person
says which to keep.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from pe_desktop.commands.common import CommandError, open_archive, print_json

if TYPE_CHECKING:
    from pe_desktop.store import Archive
    from pe_desktop.store.records import Partnership


def _one(archive: Archive, ref: str) -> Partnership:
    from pe_desktop.store.partnerships_ops import find_partnerships

    found = find_partnerships(archive, ref)
    if not found:
        raise CommandError(f"partnership {ref!r}: no such partnership in {archive.path}")
    if len(found) > 1:
        listing = ", ".join(f"{p.id} ({p.session_count} session(s))" for p in found)
        raise CommandError(f"partnership {ref!r}: {len(found)} partnerships match ({listing}); give an id")
    return found[0]


def cmd_partnerships(args: argparse.Namespace) -> int:
    from pe_desktop.store import partnerships_ops as ops

    with open_archive(args) as archive:
        action = args.partnerships_command
        if action == "combine":
            kept, combined = _one(archive, args.kept), _one(archive, args.combined)
            combine_id = ops.combine_partnerships(archive, kept.id, combined.id)
            print(f"combined {combined.name!r} ({combined.id}) into {kept.name!r} ({kept.id}): "
                  f"{combined.session_count} session(s) moved; undo with: pe-desktop partnerships undo {combine_id}")
        elif action == "rename":
            found = _one(archive, args.partnership)
            ops.rename_partnership(archive, found.id, args.name)
            print(f"renamed {found.name!r} to {args.name.strip()!r} ({found.id})")
        elif action == "undo":
            done = ops.combines(archive)
            target = args.combine or (done[0]["id"] if done else None)
            if target is None:
                raise CommandError("partnerships undo: there is no combine to undo")
            moved = ops.undo_combine(archive, target)
            print(f"undid combine {target}: {len(moved)} session(s) moved back")
        else:
            rows = archive.partnerships()
            if args.json:
                print_json([{"id": r.id, "name": r.name, "sessions": r.session_count} for r in rows])
            for r in rows if not args.json else []:
                print(f"{r.id}  {r.session_count:>3} session(s)  {r.name}")
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    from pe_desktop.store.conflicts import archive_conflicts, settle_conflict, unapplied_merge_conflicts

    with open_archive(args) as archive:
        if args.pick:
            table, record_id, event = args.pick
            created = settle_conflict(archive, table, record_id, event, keep_both=args.keep_both)
            print(
                f"settled {table} {record_id}"
                + (f"; the other version(s) kept as {', '.join(created)}" if created else "")
            )
            return 0
        found = archive_conflicts(archive)
        unapplied = unapplied_merge_conflicts(archive)
    if args.json:
        print_json({"edits": found, "merge_conflicts": unapplied})
        return 0
    for conflict in found:
        print(f"{conflict['table']} {conflict['id']}: edited differently on two laptops")
        for version in conflict["versions"]:
            print(
                f"  {version['event']}  {version['recorded_at']}  {json.dumps(version['fields'], ensure_ascii=False)}"
            )
    if found:
        print("settle one with: pe-desktop conflicts --pick TABLE ID VERSION [--keep-both]")
    for row in unapplied:
        print(f"not merged: {row['table_name']} {row['record_id']}: {row['reason']}")
    if not found and not unapplied:
        print("no conflicts")
    return 0


def register(add) -> None:
    part = add("partnerships", cmd_partnerships, "list partnerships; combine, rename, undo a combine")
    part.add_argument("--json", action="store_true")
    part.set_defaults(partnerships_command=None)
    sub = part.add_subparsers(dest="partnerships_command", metavar="ACTION")
    combine = sub.add_parser("combine", help="move every session of COMBINED into KEPT and hide COMBINED (undoable)")
    combine.add_argument("kept", metavar="KEPT")
    combine.add_argument("combined", metavar="COMBINED")
    rename = sub.add_parser("rename", help="give a partnership a new name")
    rename.add_argument("partnership", metavar="PARTNERSHIP")
    rename.add_argument("name", metavar="NEW_NAME")
    undo = sub.add_parser("undo", help="undo a combine (the latest when no id is given)")
    undo.add_argument("combine", nargs="?", metavar="COMBINE_ID")
    for action in (combine, rename, undo):  # --archive after the action too
        action.add_argument("--archive", metavar="PATH", default=argparse.SUPPRESS, help="archive file")
    conflicts = add("conflicts", cmd_conflicts, "list records edited differently on two laptops; settle one")
    conflicts.add_argument("--pick", nargs=3, metavar=("TABLE", "ID", "VERSION"), help="keep this version")
    conflicts.add_argument(
        "--keep-both", action="store_true", help="notes and actions: keep the other text as a new record"
    )
    conflicts.add_argument("--json", action="store_true")
