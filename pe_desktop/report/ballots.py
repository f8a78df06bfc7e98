"""Printable paper ballots: one per paper participant code, plus blank ones.

Paper is a first-class way to vote (docs/design.md §1): nobody needs a phone.  A
ballot is set in large type with a big box per answer, so it can be filled in
with a shaky pen on a knee.  The participant's code sits in a box at the top
right of every page, where the facilitator looks for it when typing the
ballot into the paper-entry grid (rows by code), and each footer says which
ballot and which page it is, so a loose page finds its way back.  Where phone
voting is running, every ballot also carries the join URL and its QR code,
so anyone can switch to their phone. Once the session has a phone link
(phone voting started at least once), every named ballot also prints that
participant's rejoin code with how to use it ("To continue on a phone: open
http://10.42.0.1:8765/K7Q4 and enter code ABCD-EFGH"): the same code the
phone shows, which brings this participant onto a phone (``POST /api/rejoin``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from pe_desktop.core.instruments import Instrument
from pe_desktop.report import drawing
from pe_desktop.report.fonts import BOLD, REGULAR, register_fonts
from pe_desktop.report.layout import FooterCanvas, Mark, Progress, atomic_output, paragraph_styles
from pe_desktop.report.layout import page_size as page_dimensions
from pe_desktop.report.model import ArchiveReader, Participant, Session
from pe_desktop.report.strings import Strings, strings
from pe_desktop.report.text import ellipsize, fmt_date, para

__all__ = ["ballot_participants", "write_ballots_pdf"]

MARGIN = 16 * mm
TOP = 34 * mm  # room for the code box on every page
CODE_BOX = (46 * mm, 17 * mm)


class BallotArchive(ArchiveReader, Protocol):
    """The reads of the report plus the session's phone codes (pe_desktop.store.phone_credentials)."""

    def phone_short_code(self, session_id: str) -> str | None: ...
    def rejoin_codes(self, session_id: str) -> Mapping[str, str]: ...


def short_address(join_url: str | None, short_code: str | None) -> str | None:
    """``http://10.42.0.1:8765/K7Q4`` from the join link's address and the short code, when both are known."""
    if not join_url or not short_code:
        return None
    parts = urlsplit(join_url)
    return f"{parts.scheme}://{parts.netloc}/{short_code}"


def ballot_participants(
    archive: ArchiveReader, session_id: str, channels: Collection[str] = ("paper",)
) -> list[Participant]:
    """The participants who get a printed ballot: by default everyone on paper, in code order."""
    return [p for p in archive.participants(session_id) if p.channel in channels]


class _Ballots:
    """Lays out the ballots as one story; each ballot starts on a new page."""

    def __init__(self, session: Session, instrument: Instrument, groups: list[str], s: Strings, width: float,
                 join_url: str | None, wifi: tuple[str, str] | None = None,
                 rejoin: tuple[Mapping[str, str], str | None] | None = None) -> None:
        self.session = session
        self.inst = instrument
        self.groups = groups
        self.s = s
        self.width = width
        self.join_url = join_url
        self.wifi = wifi
        #: (rejoin code by participant code, short address or None); None: the session has no phone link
        self.rejoin = rejoin
        self.st = paragraph_styles(base_size=12.5)
        labels = instrument.scale.labels
        self.choices = [(str(v), labels.get(v, "")) if v is not None else ("", s["not_sure"])
                        for v in instrument.scale.answers]

    def p(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(para(text), self.st[style])

    def ballot(self, number: int, person: Participant | None, first: bool) -> list[Flowable]:
        s, session = self.s, self.session
        code, group = (person.code, person.group_name) if person else (None, None)
        label = code if code else s["ballot_blank"]
        out: list[Flowable] = [] if first else [PageBreak()]
        out.append(Mark(lambda canvas: setattr(canvas, "mark", {"ballot": number, "code": code, "label": label})))
        out.append(self.p(s["ballot"], "kicker"))
        out.append(self.p(session.title, "h1"))
        when = " \u00b7 ".join(t for t in (fmt_date(session.held_on, s), session.location) if t)
        if when:
            out.append(self.p(when, "muted"))
        out.append(Spacer(1, 3 * mm))
        out += self.who(code, group)
        out.append(Spacer(1, 2 * mm))
        out.append(
            self.p(
                s["ballot_instructions"] if self.inst.scale.allow_unsure else s["ballot_instructions_no_unsure"], "body"
            )
        )
        if self.join_url:
            out.append(self.phone_block())
        if person is not None and self.rejoin is not None:
            out += self.rejoin_line(person.code)
        out.append(Spacer(1, 3 * mm))
        for index, item in enumerate(self.inst.items, start=1):
            out.append(KeepTogether([
                self.p(f"{index}. {item.title}", "h2"),
                self.p(item.question, "body"),
                drawing.scale_boxes(self.choices, self.width),
                Spacer(1, 2 * mm),
            ]))
        out.append(self.p(s["ballot_thanks"], "muted"))
        return out

    def who(self, code: str | None, group: str | None) -> list[Flowable]:
        """The group (printed, or boxes to tick), the round boxes, and for blank ballots how to fill the code."""
        s = self.s
        out: list[Flowable] = []
        if group:
            out.append(Paragraph(f"{para(s['ballot_group'])}: <b>{para(group)}</b>", self.st["body"]))
        elif self.groups:
            out.append(self.p(f"{s['ballot_group']}:", "body"))
            out.append(drawing.tick_boxes(self.groups, self.width))
        if int(self.session.rounds) > 1:
            out.append(Spacer(1, 2 * mm))
            out.append(self.p(f"{s['ballot_round']}:", "body"))
            out.append(drawing.tick_boxes(["1", "2"], self.width))
        if not code:
            out.append(Spacer(1, 1 * mm))
            out.append(self.p(s["ballot_blank_code"], "muted"))
        return out

    def rejoin_line(self, participant_code: str) -> list[Flowable]:
        """This person's rejoin code and how to use it, in the ballot's language (the code is data: escaped)."""
        assert self.rejoin is not None
        codes, address = self.rejoin
        code = codes.get(participant_code)
        if not code:
            return []
        fields = {"code": f"<b>{para(code)}</b>", "address": f"<b>{para(address)}</b>"}
        text = para(self.s["ballot_rejoin" if address else "ballot_rejoin_later"]).format(**fields)
        return [Spacer(1, 2 * mm), Paragraph(text, self.st["body"])]

    def phone_block(self) -> Flowable:
        assert self.join_url is not None
        qr = drawing.qr_drawing(self.join_url, 30 * mm)
        text = [self.p(self.s["ballot_phone"], "small"), Paragraph(f"<b>{para(self.join_url)}</b>", self.st["body"])]
        row, widths = [qr, text], [33 * mm, self.width - 33 * mm]
        if self.wifi:  # the hotspot first: one scan onto the network, then the voting code
            ssid, wifi_text = self.wifi
            text.insert(0, Paragraph(f"{para(self.s['ballot_wifi'])} <b>{para(ssid)}</b>", self.st["body"]))
            row, widths = [drawing.qr_drawing(wifi_text, 30 * mm), *row], [33 * mm, 33 * mm, self.width - 66 * mm]
        table = Table([row], colWidths=widths, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#666666")),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ]))
        return table


def _page_decor(title: str, s: Strings) -> Callable[[Canvas, int, int, list[dict[str, Any]]], None]:
    """Code box at the top right and "P07 · page 1 of 2" at the bottom of every page."""

    def draw(canvas: Canvas, page: int, pages: int, marks: list[dict[str, Any]]) -> None:
        width, height = canvas._pagesize
        mark = marks[page - 1]
        ballot = mark.get("ballot")
        in_ballot = [i for i, m in enumerate(marks) if m.get("ballot") == ballot]
        k, m = in_ballot.index(page - 1) + 1, len(in_ballot)
        code = mark.get("code") or ""
        box_w, box_h = CODE_BOX
        x, y = width - MARGIN - box_w, height - 12 * mm - box_h
        canvas.saveState()
        canvas.setLineWidth(1.6)
        canvas.setStrokeColor(colors.black)
        canvas.rect(x, y, box_w, box_h)
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(colors.black)
        canvas.drawString(x + 2 * mm, y + box_h - 3.6 * mm, s["ballot_code"])
        if code:
            size = 22.0
            text = ellipsize(code, BOLD, size, box_w - 6 * mm)
            canvas.setFont(BOLD, size)
            canvas.drawCentredString(x + box_w / 2, y + 3 * mm, text)
        canvas.setFont(REGULAR, 9)
        canvas.drawString(MARGIN, y + box_h - 4 * mm, ellipsize(title, REGULAR, 9, x - MARGIN - 6 * mm))
        footer = s("ballot_page", code=mark.get("label", ""), page=k, pages=m)
        canvas.setFont(REGULAR, 9)
        canvas.drawRightString(width - MARGIN, 9 * mm, footer)
        canvas.drawString(
            MARGIN, 9 * mm, ellipsize(title, REGULAR, 9, width - 2 * MARGIN - canvas.stringWidth(footer) - 12)
        )
        canvas.restoreState()

    return draw


def _progress_mark(report: Progress, done: int, total: int) -> Mark:
    """A mark that reports ``done`` of ``total`` when layout reaches it (bound now, not to the loop's last number)."""
    return Mark(lambda _canvas: report(done, total))


def _check_blanks(blanks: object) -> None:
    if not isinstance(blanks, int) or isinstance(blanks, bool) or blanks < 0:
        raise ValueError(f"blanks: {blanks!r} must be a whole number of at least 0")


def _rejoin(archive: BallotArchive, session_id: str,
            join_url: str | None) -> tuple[Mapping[str, str], str | None] | None:
    """Rejoin codes and the short address, once the session has a phone link (phone voting ran or runs)."""
    short_code = archive.phone_short_code(session_id)
    if short_code is None:
        return None
    return archive.rejoin_codes(session_id), short_address(join_url, short_code)


def write_ballots_pdf(
    archive: BallotArchive,
    session_id: str,
    out_path: str | Path,
    blanks: int = 0,
    join_url: str | None = None,
    language: str = "en",
    *,
    page_size: str = "A4",
    channels: Collection[str] = ("paper",),
    progress: Progress | None = None,
    wifi: tuple[str, str] | None = None,
) -> Path:
    """Write paper ballots for a session to ``out_path``; returns the path.

    One ballot per participant whose channel is in ``channels`` (by default
    the paper participants, the rows of the paper-entry grid), in code
    order, then ``blanks`` blank ballots with an empty code box and the
    groups to tick.  ``join_url`` (the phone page's address, when phone voting is running) adds the URL and its
    QR code to every ballot, and ``wifi`` (the hotspot's name and Wi-Fi QR text) a QR code that puts a phone on
    the hotspot.  Once the session has a phone link, each named ballot carries its participant's rejoin
    code.  ``language`` sets the fixed texts and, where the form has that translation, the questions.
    ``progress(done, total)`` is called as ballots are laid out (raising from it cancels).  ValueError
    when there is nothing to print or an argument is out of range; the file is written atomically.
    """
    _check_blanks(blanks)
    join_url = join_url if join_url is None or join_url.strip() else None
    size = page_dimensions(page_size)
    s = strings(language)
    register_fonts()
    session = archive.session(session_id)
    instrument = archive.instrument(session_id).localized(language)
    people = ballot_participants(archive, session_id, channels)
    if not people and not blanks:
        raise ValueError(
            f"ballots: session {session.title!r} has no participants on {', '.join(sorted(channels))}; "
            "add paper participants or ask for blank ballots"
        )
    groups = [g.name for g in archive.group_defs(session_id)]
    width = size[0] - 2 * MARGIN
    maker = _Ballots(session, instrument, groups, s, width, join_url, wifi if join_url else None,
                     _rejoin(archive, session_id, join_url))
    report = progress or (lambda done, all_: None)
    total = len(people) + blanks + 1
    report(0, total)
    story: list[Flowable] = []
    for number in range(len(people) + blanks):
        person = people[number] if number < len(people) else None
        story += maker.ballot(number, person, first=not story)
        story.append(_progress_mark(report, number + 1, total))
    title = session.title
    with atomic_output(out_path) as tmp:
        doc = SimpleDocTemplate(
            str(tmp), pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP,
            bottomMargin=MARGIN + 4 * mm, title=f"{s['ballot']}: {title}", author="", creator="pe-desktop",
        )
        doc.build(story, canvasmaker=lambda *a, **k: FooterCanvas(*a, footer=_page_decor(title, s), **k))
    report(total, total)
    return Path(out_path)
