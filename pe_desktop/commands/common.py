"""What the command line and its feature modules share: the error type, archive and session lookup, JSON output.

Kept apart from ``cli.py`` so a command module never imports the module that
loads it (an import circle); ``cli.py`` imports it too.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from pe_desktop.paths import default_archive_path

EXIT_BAD_INPUT = 2

#: How a command module registers a subcommand: add(name, handler, help) -> its parser.
AddCommand = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


class CommandError(Exception):
    """A one-line message for the person at the terminal."""


def open_archive(args: argparse.Namespace):
    from pe_desktop.store import Archive

    return Archive.open(args.archive or default_archive_path())


def find_session(archive, ref: str) -> str:
    """Accept a full id or a unique prefix of one."""
    ids = archive.find_session_ids(ref)
    if ref in ids:
        return ref
    if len(ids) == 1 and len(ref) >= 4:
        return ids[0]
    if len(ids) > 1:
        raise CommandError(f"session {ref!r}: matches {len(ids)} sessions; give more of the id")
    raise CommandError(f"session {ref!r}: no such session in {archive.path}")


def print_json(data: object) -> None:
    import json

    print(json.dumps(data, indent=2, ensure_ascii=False))
