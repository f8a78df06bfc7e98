"""The ``pe-desktop`` command line (docs/design.md §9).

The GUI is the main job; these commands serve scripting, archives and tests.
Bad input ends with one line naming the file, line, field or value, exit
status 2, and nothing changed in the archive.

Plain ``pe-desktop`` starts the GUI through this module, so importing it
stays light (argparse and the paths): what a command needs is imported in
the command.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from pe_desktop.commands.common import EXIT_BAD_INPUT, CommandError, find_session, open_archive, print_json
from pe_desktop.paths import default_archive_path


# ----------------------------------------------------------------- commands
def cmd_gui(args: argparse.Namespace) -> int:
    from pe_desktop.app import run_gui

    return run_gui(args.archive or default_archive_path(), demo=False)


def cmd_demo(args: argparse.Namespace) -> int:
    """The example in a fresh archive of its own (never the user's), or in ``--archive`` when given."""
    from pe_desktop.app import run_demo

    return run_demo(Path(args.archive) if args.archive else None)


def cmd_instruments(args: argparse.Namespace) -> int:
    from pe_desktop.core.instruments import available_instruments, instrument_problems

    forms = available_instruments()
    if args.json:
        print_json([
            {"key": f.key, "version": f.version, "title": f.title, "language": f.language,
             "languages": list(f.languages), "source": f.source,
             "scale": {"min": f.scale.min, "max": f.scale.max},
             "items": [{"key": i.key, "title": i.title} for i in f.items]}
            for f in forms.values()
        ])
    else:
        for form in forms.values():
            print(f"{form.key}  v{form.version}  {form.title}  ({len(form.items)} items, {', '.join(form.languages)})")
    for error in instrument_problems():  # every problem of every broken form
        for problem in error.problems:
            print(f"warning: {problem}", file=sys.stderr)
    return 0


def cmd_sessions(args: argparse.Namespace) -> int:
    """Every session; ``people`` and ``show_of_hands_votes`` counted apart, as every window and the PDF count them."""
    from pe_desktop.session.views.turnout import Turnout, turnouts

    with open_archive(args) as archive:
        rows = archive.sessions()
        counts = turnouts(archive)
    fields = ("id", "title", "partnership", "held_on", "status", "instrument_key")
    if args.json:
        none = Turnout()
        print_json([{**{key: getattr(row, key) for key in fields}, "people": counts.get(row.id, none).people,
                     "show_of_hands_votes": counts.get(row.id, none).hands} for row in rows])
    else:
        for row in rows:
            print(f"{row.id}  {row.held_on or '----------'}  {row.status:<6}  {row.partnership} / {row.title}")
    return 0


def _parse_group(text: str) -> tuple[str, str]:
    name, sep, position = text.rpartition(":")
    if not sep or not name.strip():
        raise CommandError(f"--group {text!r}: expected NAME:POSITION (position community, institution or other)")
    return name.strip(), position.strip().lower()


def cmd_new(args: argparse.Namespace) -> int:
    from pe_desktop.core.form_problems import broken_form_problems
    from pe_desktop.core.instruments import find_instrument

    try:
        instrument = find_instrument(args.instrument)
    except KeyError as exc:
        broken = broken_form_problems(args.instrument)
        if broken:
            raise CommandError(
                f"--instrument {args.instrument}: the form cannot be used: " + "; ".join(broken)
            ) from None
        raise CommandError(f"--instrument: {exc.args[0]}") from None
    groups = [_parse_group(g) for g in args.group or []]
    with open_archive(args) as archive:
        existing = archive.find_partnership(args.partnership)
        # one transaction: a refused field also undoes a partnership created for it
        with archive.transaction():
            pid = existing.id if existing else archive.create_partnership(args.partnership)
            sid = archive.create_session(
                instrument, args.title, pid, held_on=args.held_on, location=args.location or "",
                facilitator=args.facilitator or "", stage=args.stage, groups=groups,
                min_group_size=args.min_group_size, rounds=args.rounds, language=args.language,
            )
    if args.json:
        print_json({"id": sid, "partnership_id": pid})
    else:
        print(sid)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from pe_desktop.store.io.csv_import import import_csv

    with open_archive(args) as archive:
        sid = find_session(archive, args.session)
        count = import_csv(archive, sid, Path(args.file), args.round)
    print(f"imported {count} ratings into session {sid}")
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        sid = find_session(archive, args.session)
        summary = archive.summary(sid, args.round)
    if args.json:
        print_json(summary)
    else:
        for item in summary["items"]:
            median = "-" if item["median"] is None else f"{item['median']:.1f}"
            print(f"{item['key']:<28} n={item['n']:<4} median={median:<4} {item['agreement']:<8} {item['band'] or ''}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from pe_desktop.store.check import check_report

    if args.archive and not Path(args.archive).expanduser().exists():
        raise CommandError(f"--archive {args.archive}: no such file; nothing to check")
    with open_archive(args) as archive:
        report = check_report(archive)
        path = archive.path
    problems = report.problems
    for problem in problems:
        print(problem)
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if report.trash is not None and report.trash.total:
        t = report.trash
        print(f"trash: {t.sessions} session(s), {t.notes} note(s), {t.actions} action item(s) "
              "(pe-desktop trash lists them; --empty removes them for good)")
    if problems:
        print(f"{path}: {len(problems)} problem(s) found", file=sys.stderr)
        return 1
    print(f"{path}: ok")
    return 0


# ------------------------------------------------------------------- parser
def _archive_option(default: object) -> argparse.ArgumentParser:
    """``--archive``, accepted before or after the command.

    The subcommands' copy defaults to SUPPRESS: argparse copies a subparser's
    defaults over the main parser's values, so a plain None there would undo
    ``pe-desktop --archive PATH COMMAND``.
    """
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--archive", metavar="PATH", default=default,
                        help="archive file (default: the one in your data folder)")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _archive_option(argparse.SUPPRESS)
    parser = argparse.ArgumentParser(
        prog="pe-desktop", parents=[_archive_option(None)],
        description="Facilitated partnership-equity workshops: rate, reveal, discuss, keep the archive.",
    )
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, func: Callable[[argparse.Namespace], int], help: str) -> argparse.ArgumentParser:
        cmd = sub.add_parser(name, parents=[common], help=help, description=help)
        cmd.set_defaults(func=func)
        return cmd

    add("demo", cmd_demo, "open the GUI on a generated example, in a demo archive of its own")
    add("instruments", cmd_instruments, "list available forms").add_argument("--json", action="store_true")
    add("sessions", cmd_sessions, "list sessions").add_argument("--json", action="store_true")
    new = add("new", cmd_new, "create a session; prints its id")
    new.add_argument("--instrument", required=True, metavar="KEY")
    new.add_argument("--title", required=True)
    new.add_argument("--partnership", default="My partnership", metavar="NAME")
    new.add_argument("--held-on", metavar="DATE")
    new.add_argument("--location")
    new.add_argument("--facilitator")
    new.add_argument("--stage", metavar="STAGE")
    new.add_argument("--group", action="append", metavar="NAME:POSITION")
    new.add_argument("--min-group-size", type=int, default=3, metavar="K")
    new.add_argument("--rounds", type=int, default=1, choices=(1, 2))
    new.add_argument("--language", metavar="CODE", help="the room's language: en, es, or en+es for a mixed room "
                     "(default: the form's own language)")
    new.add_argument("--json", action="store_true")
    imp = add("import", cmd_import, "import ratings from CSV (participant,group,item,value[,round])")
    imp.add_argument("session")
    imp.add_argument("file")
    imp.add_argument("--round", type=int, choices=(1, 2))
    summ = add("summary", cmd_summary, "statistics of a session")
    summ.add_argument("session")
    summ.add_argument("--round", type=int, default=1, choices=(1, 2))
    summ.add_argument("--json", action="store_true")
    add("check", cmd_check, "integrity check of the archive")
    for module in _command_modules():
        module.register(add)
    return parser


def _command_modules() -> list:
    """Feature modules in pe_desktop/commands/, in name order."""
    import importlib
    import pkgutil

    from pe_desktop import commands

    return [
        importlib.import_module(f"pe_desktop.commands.{info.name}")
        for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name)
        if info.name not in commands.SHARED
    ]


def _gui_fast_path(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """Plain ``pe-desktop [demo] [--archive PATH]``: the GUI, without building the parser.

    Building every subcommand's parser costs ~8 ms before the window's first
    paint; anything else (errors, --help, subcommands) takes the full parser.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    demo = bool(args) and args[0] == "demo"
    rest = args[1:] if demo else args
    archive: str | None = None
    if len(rest) == 2 and rest[0] == "--archive" and rest[1] and not rest[1].startswith("-"):
        archive = rest[1]
    elif len(rest) == 1 and rest[0].startswith("--archive=") and len(rest[0]) > len("--archive="):
        archive = rest[0].partition("=")[2]
    elif rest:
        return None
    func = cmd_demo if demo else cmd_gui
    return argparse.Namespace(archive=archive, command="demo" if demo else None, func=func)


def main(argv: Sequence[str] | None = None) -> int:
    from pe_desktop.store.errors import ArchiveError

    fast = _gui_fast_path(argv)
    if fast is not None:
        return fast.func(fast)
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except (CommandError, ArchiveError) as exc:
        print(f"pe-desktop: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
