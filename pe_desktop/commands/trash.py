"""``pe-desktop trash``: list the Trash, restore an entry from it, or empty it (after a backup).

The same Trash as File ▸ Trash… in the window (:mod:`pe_desktop.store.trash`):
deleted sessions, notes and action items stay in the archive until it is
emptied, and emptying takes a backup first.
"""

from __future__ import annotations

import argparse

from pe_desktop.commands.common import open_archive, print_json


def cmd_trash(args: argparse.Namespace) -> int:
    from pe_desktop.session import ops
    from pe_desktop.store.trash import trash_items

    with open_archive(args) as archive:
        if args.restore:
            item = ops.restore_from_trash(archive, args.restore).result
            print(f"restored {item.kind} {item.id}: {item.text}")
            return 0
        if args.empty:
            backup, counts = ops.empty_trash(archive).result
            if backup is None:
                print("the Trash is empty; nothing to do")
            else:
                print(f"removed {counts.sessions} session(s), {counts.notes} note(s), {counts.actions} action item(s) "
                      f"for good; backup taken first: {backup}")
            return 0
        items = trash_items(archive)
    if args.json:
        print_json([{"kind": i.kind, "id": i.id, "text": i.text, "partnership": i.partnership,
                     "session_id": i.session_id, "session": i.session_title, "deleted_at": i.deleted_at}
                    for i in items])
        return 0
    if not items:
        print("the Trash is empty")
    for i in items:
        where = i.partnership if i.kind == "session" else f"{i.partnership} / {i.session_title}"
        print(f"{i.id}  {i.deleted_at[:16].replace('T', ' ')}  {i.kind:<7} {_one_line(i.text)}  ({where})")
    return 0


def _one_line(text: str, width: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def register(add) -> None:
    cmd = add("trash", cmd_trash, "list deleted sessions, notes and action items; restore one or empty the Trash")
    what = cmd.add_mutually_exclusive_group()
    what.add_argument("--restore", metavar="ID", help="take the entry with this id (or the start of it) out of the Trash")
    what.add_argument("--empty", action="store_true", help="remove everything in the Trash for good (after a backup)")
    cmd.add_argument("--json", action="store_true")
