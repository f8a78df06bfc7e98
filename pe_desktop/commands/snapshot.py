"""``pe-desktop snapshot SESSION --view V --png OUT.png``: the projector as a picture.

Renders exactly what the projector would show (the same window, the same
suppression rules: only revealed items, or all once the session is closed)
offscreen, without a display, at the asked size and language; facilitators
paste these into slides and reports.
"""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path

from pe_desktop.commands.common import AddCommand, CommandError, find_session, open_archive

VIEWS = ("join", "item", "overview", "shift", "gap")


def register(add: AddCommand) -> None:
    cmd = add("snapshot", run_snapshot, "save what the projector would show as a PNG picture")
    cmd.add_argument("session", help="session id (or a unique prefix of it)")
    cmd.add_argument("--view", required=True, choices=VIEWS)
    cmd.add_argument("--item", metavar="KEY", help="the item for --view item (default: the first)")
    cmd.add_argument("--round", type=int, choices=(1, 2), help="the round to show (default: the current one)")
    cmd.add_argument("--size", default="1920x1080", metavar="WxH", help="picture size in pixels (default 1920x1080)")
    cmd.add_argument("--language", metavar="CODE",
                     help="en, es, or en+es for both (default: the session's language)")
    cmd.add_argument("--png", required=True, metavar="OUT.png")


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", text or "")
    if not match or not (320 <= int(match[1]) <= 7680 and 240 <= int(match[2]) <= 4320):
        raise CommandError(f"--size: {text!r} is not WIDTHxHEIGHT between 320x240 and 7680x4320 (e.g. 1920x1080)")
    return int(match[1]), int(match[2])


def _language(text: str | None) -> str | None:
    if text is None:
        return None
    from pe_desktop.session.plain_words import split_languages

    try:
        return "+".join(split_languages(text))
    except ValueError as exc:
        raise CommandError(f"--{exc}") from None


def run_snapshot(args: argparse.Namespace) -> int:
    size = _size(args.size)
    language = _language(args.language)
    out = Path(args.png)
    if out.suffix.lower() != ".png":
        raise CommandError(f"--png: {str(out)!r} must end in .png")
    if not out.parent.is_dir():
        raise CommandError(f"--png: folder {str(out.parent)!r} does not exist")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with open_archive(args) as archive:
        sid = find_session(archive, args.session)
        instrument = archive.instrument(sid)
        if args.item is not None and args.item not in instrument.item_keys:
            raise CommandError(f"--item: {args.item!r} is not an item of this session's form "
                               f"({', '.join(instrument.item_keys)})")
        if args.round == 2 and int(archive.session(sid).rounds) < 2:
            raise CommandError("--round: this session has one round")
        image = _render(archive, sid, args, size, language or archive.session(sid).language)
    if not image.save(str(out), "PNG"):
        raise CommandError(f"--png: could not write {str(out)!r}")
    print(f"wrote the {args.view} view of session {sid} ({size[0]}x{size[1]}) to {out}")
    return 0


def _render(archive, sid: str, args: argparse.Namespace, size: tuple[int, int], language: str | None):  # noqa: ANN001
    from PySide6.QtCore import QLocale

    from pe_desktop.app import build_app, install_translators
    from pe_desktop.ui.projector.snapshot import render_view

    app = build_app()
    # The chart's own words (axis, legend) in the picture's main language too.
    install_translators(app, QLocale(str(language or "en").split("+")[0]))
    return render_view(archive, sid, args.view, item=args.item, round_number=args.round, size=size, language=language)
