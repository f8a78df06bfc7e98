"""``pe-desktop export SESSION (--pdf OUT | --ballots OUT | --csv OUT | --session-file OUT)``.

One output per call, so a script's intent is plain and a failure names the
one file it concerns.  Writers are imported inside the handler: listing the
commands (``--help``) stays fast and never loads reportlab.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from pe_desktop.commands.common import AddCommand, CommandError, find_session, open_archive
from pe_desktop.core.languages import language_codes

#: The PDF languages: every shipped language (read from core, so --help never loads reportlab).
LANGUAGES = language_codes()


def _output(option: str, value: str) -> Path:
    """The output path, refused early (before any work) if its folder is missing or it is a folder."""
    path = Path(value).expanduser()
    if path.is_dir():
        raise CommandError(f"{option} {value}: is a folder; give a file name")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise CommandError(f"{option} {value}: folder {folder} does not exist")
    return path


def cmd_export(args: argparse.Namespace) -> int:
    if args.blanks is not None and args.blanks < 0:
        raise CommandError(f"--blanks: {args.blanks} must be 0 or more")
    if args.blanks and not args.ballots:
        raise CommandError("--blanks: only goes with --ballots")
    if args.join_url and not args.ballots:
        raise CommandError("--join-url: only goes with --ballots")
    option, value = next((o, v) for o, v in (("--pdf", args.pdf), ("--ballots", args.ballots), ("--csv", args.csv),
                                             ("--session-file", args.session_file)) if v)
    out = _output(option, value)
    with open_archive(args) as archive:
        sid = find_session(archive, args.session)
        if args.language is None:
            room = str(archive.session(sid).language or "en").split("+")[0]
            args.language = room if room in LANGUAGES else "en"
        try:
            if args.pdf:
                from pe_desktop.report import write_summary_pdf

                write_summary_pdf(archive, sid, out, page_size=args.page_size, language=args.language)
                message = f"wrote the summary of session {sid} to {out}"
            elif args.ballots:
                from pe_desktop.report import write_ballots_pdf

                write_ballots_pdf(archive, sid, out, blanks=args.blanks or 0, join_url=args.join_url,
                                  language=args.language, page_size=args.page_size)
                message = f"wrote ballots for session {sid} to {out}"
            elif args.csv:
                from pe_desktop.store.io.export_csv import export_csv

                count = export_csv(archive, sid, out)
                message = f"wrote {count} ratings of session {sid} to {out}"
            else:
                try:
                    from pe_desktop.store.io.session_file import export_session_file
                except ModuleNotFoundError as exc:
                    if exc.name != "pe_desktop.store.io.session_file":
                        raise
                    raise CommandError("--session-file: session files are not available in this version") from None
                export_session_file(archive, sid, out)
                message = f"wrote session {sid} to {out}"
        except ValueError as exc:
            raise CommandError(f"{option} {value}: {exc}") from None
        except OSError as exc:
            raise CommandError(f"{option} {value}: cannot be written ({exc.strerror or exc})") from None
    print(message)
    return 0


def register(add: AddCommand) -> None:
    cmd = add("export", cmd_export, "write a session's PDF summary, paper ballots, CSV of ratings or session file")
    cmd.add_argument("session", help="session id (or a unique prefix of it)")
    what = cmd.add_mutually_exclusive_group(required=True)
    what.add_argument("--pdf", metavar="OUT.pdf", help="the summary PDF")
    what.add_argument("--ballots", metavar="OUT.pdf", help="printable paper ballots, one per paper participant")
    what.add_argument("--csv", metavar="OUT.csv", help="one row per rating")
    what.add_argument("--session-file", metavar="OUT.sqlite", help="the session as a file another archive can merge")
    cmd.add_argument("--page-size", default="A4", choices=("A4", "Letter"), help="paper size of PDFs (default A4)")
    cmd.add_argument("--language", choices=LANGUAGES,
                     help="language of PDFs (default: the session's language, its first one for a mixed room)")
    cmd.add_argument("--blanks", type=int, metavar="N", help="with --ballots: add N blank ballots")
    cmd.add_argument("--join-url", metavar="URL", help="with --ballots: phone voting address to print with a QR code")
