"""The summary PDF's first pages (cover, overview and its table) and the helpers every section uses.

Split from :mod:`pe_desktop.report.summary`, which adds the item pages and
writes the file. Every text from the archive or the form goes through
:func:`pe_desktop.report.text.para` (via :meth:`SummaryBuilder.p`), so it
prints exactly as typed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from pe_desktop.core.palette import other_style
from pe_desktop.report import drawing
from pe_desktop.report.fonts import REGULAR
from pe_desktop.report.layout import paragraph_styles
from pe_desktop.report.model import SessionData
from pe_desktop.report.strings import Strings
from pe_desktop.report.text import fmt_date, fmt_num, fmt_signed, para
from pe_desktop.session.views.turnout import turnout_text

__all__ = ["SummaryBuilder"]


RULE = colors.HexColor("#999999")
HEADER_FILL = colors.HexColor("#E8E8E8")

#: reportlab TableStyle commands: (name, start cell, end cell, *values); the values differ per command
_TABLE_BASE: list[tuple[Any, ...]] = [
    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
]


class SummaryBuilder:
    """Turns :class:`SessionData` into flowables: the shared helpers, the cover and the overview.

    The item pages, the closing pages and the whole story are added by
    :class:`pe_desktop.report.summary.ItemPagesBuilder`, which extends it.
    """

    def __init__(self, data: SessionData, s: Strings, width: float, progress: Callable[[int], None]) -> None:
        self.data = data
        self.s = s
        self.width = width
        self.st = paragraph_styles()
        self.scale = data.instrument.scale
        self.progress = progress

    # ---------------------------------------------------------------- helpers
    def p(self, text: str, style: str = "body") -> Paragraph:
        """A paragraph of plain text (escaped: markup in ``text`` prints literally)."""
        return Paragraph(para(text), self.st[style])

    def table(self, rows: list[list[Any]], widths: list[float], header: bool = True, extra: list[tuple[Any, ...]] | None = None) -> Table:
        t = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
        style = list(_TABLE_BASE)
        if header:
            style += [("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL), ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE)]
        style += [("LINEBELOW", (0, 1 if header else 0), (-1, -1), 0.25, RULE)]
        t.setStyle(TableStyle(style + (extra or [])))
        return t

    def num(self, value: float | None, digits: int = 1) -> str:
        return fmt_num(value, self.s, digits)

    def agreement(self, label: str | None) -> str:
        return self.s[f"agreement_{label}"] if label else self.s["dash"]

    def band(self, label: str | None) -> str:
        return self.s[f"band_{label}"] if label else self.s["dash"]

    def position(self, position: str) -> str:
        return self.s[f"position_{position}"]

    # ------------------------------------------------------------------ cover
    def cover(self) -> list[Flowable]:
        s, data, session = self.s, self.data, self.data.session
        inst = data.instrument
        out: list[Flowable] = [
            self.p(s["summary_heading"], "kicker"),
            self.p(session.title, "title"),
            self.p(session.partnership, "subtitle"),
        ]
        stage = s[f"stage_{session.stage}"] if session.stage else s["not_recorded"]
        facts = [
            (s["date"], fmt_date(session.held_on, s) or s["not_recorded"]),
            (s["place"], session.location or s["not_recorded"]),
            (s["facilitator"], session.facilitator or s["not_recorded"]),
            (s["stage"], stage),
            (s["instrument"], f"{inst.title} (v{inst.version})"),
            (s["source"], inst.source or s["not_recorded"]),
            (s["rounds"], str(len(data.rounds))),
        ]
        rows = [[self.p(k, "cell_bold"), self.p(v, "cell")] for k, v in facts]
        out.append(self.table(rows, [45 * mm, self.width - 45 * mm], header=False))
        out.append(Spacer(1, 6 * mm))
        out.append(self.p(s["participants_by_group"], "h2"))
        if data.people:
            rows = [["", self.p(s["group"], "cell_bold"), self.p(s["position"], "cell_bold"),
                     self.p(s["n"], "cell_bold_right")]]
            for row in data.people:
                if row.group is None:
                    colour, shape = other_style()
                    rows.append([drawing.marker_drawing(shape, colour),
                                 self.p(s("other_groups", k=data.min_group_size), "cell"), "", str(row.count)])
                else:
                    g = row.group
                    rows.append([drawing.marker_drawing(g.shape, g.colour), self.p(g.name, "cell"),
                                 self.p(self.position(g.position), "cell"), str(row.count)])
            rows.append(["", self.p(s["participants_total"], "cell_bold"), "", str(data.people_total)])
            out.append(self.table(rows, [8 * mm, 85 * mm, 40 * mm, 20 * mm], extra=[("ALIGN", (3, 0), (3, -1), "RIGHT")]))
        else:
            out.append(self.p(s["no_participants"]))
        # people and show-of-hands votes apart, in the words every audience uses (session/views/turnout.py)
        out.append(Spacer(1, 2 * mm))
        out.append(self.p(s("took_part", counts=turnout_text(data.turnout, lambda key, n: s(key, n=n)))))
        if data.channels:
            out.append(self.p(s["channels_used"], "h2"))
            out.append(self.p(" \u00b7 ".join(
                s("turnout_hands_one" if n == 1 else "turnout_hands", n=n) if c == "tally"
                else f"{s.get('channel_' + c, c)} {n}" for c, n in data.channels)))
        out.append(Spacer(1, 4 * mm))
        out.append(self.p(s("anonymity_note", k=data.min_group_size), "muted"))
        out.append(self.p(s("generated", date=fmt_date(date.today().isoformat(), s)), "muted"))
        return out

    # --------------------------------------------------------------- overview
    def overview(self) -> list[Flowable]:
        s, data = self.s, self.data
        lo, hi = self.scale.min, self.scale.max
        out: list[Flowable] = [PageBreak(), self.p(s["overview"], "h1"),
                               self.p(s("overview_intro", round=data.final_round))]
        labels = [self.scale.label(v) for v in self.scale.points]
        title_w, count_w = 52 * mm, 18 * mm
        bar_w = self.width - title_w - count_w
        counts = [{int(k): v for k, v in item.final.summary["counts"].items()} for item in data.items]
        extent = drawing.bar_extent(counts, lo, hi)
        legend = drawing.bar_legend([f"{v} {lab}" if lab != str(v) else lab for v, lab in zip(self.scale.points, labels, strict=True)],
                                    bar_w - 6)
        rows: list[list[Any]] = [["", legend, self.p(f"{s['n']} ({s['not_sure']})", "cell_bold")]]
        for item, c in zip(data.items, counts, strict=True):
            summ = item.final.summary
            rows.append([
                self.p(f"{item.number}. {item.item.title}", "cell"),
                drawing.diverging_bar(c, lo, hi, bar_w - 6, extent),
                self.p(f"{summ['n']} ({summ['unsure']})", "cell"),
            ])
        out.append(self.table(rows, [title_w, bar_w, count_w], header=False,
                              extra=[("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE), ("ALIGN", (2, 0), (2, -1), "RIGHT")]))
        out.append(Spacer(1, 5 * mm))
        out.append(self.figures_table())
        if data.discuss_first and any(item.final.summary["n"] for item in data.items):
            titles = {item.item.key: f"{item.number}. {item.item.title}" for item in data.items}
            out.append(Spacer(1, 3 * mm))
            out.append(self.p(f"{s['discuss_first']}: " + " \u00b7 ".join(titles[k] for k in data.discuss_first[:5])))
        return out

    def figures_table(self) -> Table:
        s, data = self.s, self.data
        two = len(data.rounds) > 1
        head = [s["item"], s["n"], s["not_sure"], s["median"], s["mean"], s["iqr"], s["agreement"], s["band"],
                s["power_gap"]]
        if two:
            head.append(s["shift"])
        rows: list[list[Any]] = [[self.p(h, "cell_bold") for h in head]]
        for item in data.items:
            m = item.final.summary
            row = [
                self.p(f"{item.number}. {item.item.title}", "cell"),
                str(m["n"]),
                str(m["unsure"]),
                self.num(m["median"]),
                self.num(m["mean"]),
                self.num(m["iqr"]),
                self.p(self.agreement(m["agreement"]), "cell"),
                self.p(self.band(m["band"]), "cell"),
                fmt_signed(m["power_gap"], s),
            ]
            if two:
                row.append(fmt_signed(item.shift["median"] if item.shift else None, s))
            rows.append(row)
        fixed = [9 * mm, 13 * mm, 15 * mm, 12 * mm, 11 * mm, 22 * mm, 20 * mm, 15 * mm] + ([12 * mm] if two else [])
        widths = [self.width - sum(fixed)] + fixed
        return self.table(rows, widths, extra=[("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("ALIGN", (6, 1), (7, -1), "LEFT"),
                                               ("FONTSIZE", (1, 1), (-1, -1), 8)])
