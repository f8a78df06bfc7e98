"""The session summary PDF: what the room takes home.

Contents, in order: cover (who, when, where, with which instrument, who took
part), overview (stacked bars and a table of every item), one section per
item (question, dot chart per round, groups, power gap, shift, notes, quotes,
dissent, action items), every action item, a page on how to read the
figures and a glossary of them in plain words (rwg, agreement A and the
"split into camps" flag included).  Page numbers and the session title are in every footer.

Everything shown comes from :func:`pe_desktop.report.model.gather`, which
has already applied the anonymity rules; nothing here looks at participant
codes.  Every text from the archive or the form goes through
:func:`pe_desktop.report.text.para`, so it prints exactly as typed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

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
)

from pe_desktop.core.palette import other_style
from pe_desktop.report import drawing
from pe_desktop.report.fonts import REGULAR, register_fonts
from pe_desktop.report.layout import FooterCanvas, Mark, Progress, atomic_output
from pe_desktop.report.layout import page_size as page_dimensions
from pe_desktop.report.model import OTHER, Action, ArchiveReader, ItemData, Note, RoundData, gather, marker_style
from pe_desktop.report.strings import Strings, strings
from pe_desktop.report.summary_front import RULE, SummaryBuilder
from pe_desktop.report.text import ellipsize, fmt_date, fmt_num, fmt_signed, para

__all__ = ["write_summary_pdf"]

MARGIN = 18 * mm
FOOTER_SIZE = 7.5

class _Builder(SummaryBuilder):
    """Adds the item pages and the closing pages, and puts the story together."""

    # ------------------------------------------------------------ item pages
    def item_section(self, item: ItemData) -> list[Flowable]:
        s = self.s
        two = len(item.rounds) > 1
        out: list[Flowable] = [
            PageBreak(),
            Mark(lambda _canvas: self.progress(item.number)),
            self.p(f"{item.number}. {item.item.title}", "h1"),
            self.p(item.item.question, "question"),
        ]
        for rnd in item.rounds:
            block: list[Flowable] = []
            if two:
                block.append(self.p(s("round", round=rnd.round), "h3"))
            block.append(self.dots(rnd))
            block.append(self.p(self.figures_line(rnd.summary), "small"))
            out.append(KeepTogether(block))
        out.append(Spacer(1, 2 * mm))
        out.append(self.legend(item))
        out += self.groups_table(item.final)
        out.append(self.p(self.power_gap_line(item.final.summary)))
        if two:
            out.append(self.p(self.shift_line(item)))
        out += self.notes_block(item.notes, two)
        if item.actions:
            out.append(self.p(s["actions_for_item"], "h2"))
            out.append(self.actions_table(item.actions, with_item=False))
        return out

    def dots(self, rnd: RoundData) -> Flowable:
        m = rnd.summary
        dots = [(value, *marker_style(self.data.groups, key)) for value, key in rnd.dots]
        return drawing.dot_plot(
            dots, self.scale.min, self.scale.max, self.scale.labels,
            self.s["not_sure"] if self.scale.allow_unsure else None,
            m["median"], m["q1"], m["q3"], self.width,
        )

    def figures_line(self, m: dict[str, Any]) -> str:
        if not m["n"]:
            return self.s("figures_line_empty", unsure=m["unsure"])
        return self.s(
            "figures_line", n=m["n"], unsure=m["unsure"], median=self.num(m["median"]), mean=self.num(m["mean"], 2),
            q1=self.num(m["q1"], 2), q3=self.num(m["q3"], 2), iqr=self.num(m["iqr"], 2),
            agreement=self.agreement(m["agreement"]), band=self.band(m["band"]),
        )

    def legend(self, item: ItemData) -> Flowable:
        keys = sorted({key for rnd in item.rounds for _, key in rnd.dots}, key=lambda k: (k == OTHER, k))
        entries = []
        for key in keys:
            colour, shape = marker_style(self.data.groups, key)
            label = self.s["other_marker"] if key == OTHER else self.data.groups[key].name
            entries.append((label, colour, shape))
        if not entries:
            return Spacer(1, 0)
        return drawing.marker_legend(entries, self.width)

    def groups_table(self, rnd: RoundData) -> list[Flowable]:
        s = self.s
        if not self.data.groups:
            return []
        rows: list[list[Any]] = [["", self.p(s["group"], "cell_bold"), self.p(s["position"], "cell_bold"),
                                  self.p(s["n"], "cell_bold_right"), self.p(s["median"], "cell_bold_right"),
                                  self.p(s["mean"], "cell_bold_right")]]
        spans = []
        for g, fig in zip(self.data.groups, rnd.summary["groups"], strict=True):
            if fig["suppressed"]:
                colour, shape = other_style()
                rows.append([drawing.marker_drawing(shape, colour), self.p(g.name, "cell"),
                             self.p(self.position(g.position), "cell"), self.p(s["suppressed"], "small"), "", ""])
                spans.append(("SPAN", (3, len(rows) - 1), (5, len(rows) - 1)))
            else:
                rows.append([drawing.marker_drawing(g.shape, g.colour), self.p(g.name, "cell"),
                             self.p(self.position(g.position), "cell"), str(fig["n"]),
                             self.num(fig["median"]), self.num(fig["mean"], 2)])
        widths = [8 * mm, self.width - 106 * mm, 32 * mm, 20 * mm, 23 * mm, 23 * mm]
        table = self.table(rows, widths, extra=[("ALIGN", (3, 1), (-1, -1), "RIGHT"), *spans])
        return [self.p(s("groups_heading", round=rnd.round), "h2"), table, Spacer(1, 2 * mm)]

    def power_gap_line(self, m: dict[str, Any]) -> str:
        s, gap = self.s, m["power_gap"]
        if gap is None:
            return s["power_gap_none"]
        if round(gap, 2) == 0:
            return s["power_gap_zero"]
        return s("power_gap_line", gap=fmt_signed(gap, s, 2), amount=fmt_num(abs(gap), s, 2),
                 direction=s["higher"] if gap > 0 else s["lower"])

    def shift_line(self, item: ItemData) -> str:
        s = self.s
        first, last = item.rounds[0].summary, item.rounds[-1].summary
        if item.shift is None or item.shift["median"] is None:
            return s["shift_unavailable"]
        return s("shift_line", m1=self.num(first["median"]), m2=self.num(last["median"]),
                 dm=fmt_signed(item.shift["median"], s), a1=self.num(first["rwg"], 2), a2=self.num(last["rwg"], 2),
                 dr=fmt_signed(item.shift["rwg"], s, 2))

    def notes_block(self, notes: list[Note], two_rounds: bool) -> list[Flowable]:
        out: list[Flowable] = []
        for kind in ("note", "quote", "dissent"):
            chosen = [n for n in notes if n.kind == kind]
            if not chosen:
                continue
            out.append(self.p(self.s[f"kind_{kind}"], "h2"))
            for note in chosen:
                prefix = f"({self.s('round', round=note.round)}) " if two_rounds else ""
                if kind == "quote":
                    out.append(Paragraph(para(prefix + note.text), self.st["quote"], bulletText="\u2014"))
                else:
                    out.append(Paragraph(para(prefix + note.text), self.st["note"], bulletText="\u2022"))
        return out

    # ---------------------------------------------------------------- actions
    def actions_table(self, actions: list[Action], with_item: bool) -> Table:
        s = self.s
        titles = {item.item.key: f"{item.number}. {item.item.title}" for item in self.data.items}
        head = [s["action"]] + ([s["item"]] if with_item else []) + [s["owner"], s["due"], s["status"]]
        rows: list[list[Any]] = [[self.p(h, "cell_bold") for h in head]]
        for a in actions:
            text = a.text + (f" ({s['carried']})" if a.carried_from else "")
            row = [self.p(text, "cell")]
            if with_item:
                row.append(self.p(titles.get(a.item_key, s["whole_session"]) if a.item_key else s["whole_session"],
                                  "cell"))
            row += [self.p(a.owner or s["dash"], "cell"), self.p(fmt_date(a.due_on, s) or s["dash"], "cell"),
                    self.p(s[f"status_{a.status}"], "cell")]
            rows.append(row)
        fixed = ([38 * mm] if with_item else []) + [36 * mm, 27 * mm, 18 * mm]
        return self.table(rows, [self.width - sum(fixed)] + fixed, extra=[("VALIGN", (0, 0), (-1, -1), "TOP")])

    def closing(self) -> list[Flowable]:
        s, data = self.s, self.data
        out: list[Flowable] = [PageBreak()]
        if data.general_notes:
            out.append(self.p(s["general_notes"], "h1"))
            out += self.notes_block(data.general_notes, len(data.rounds) > 1)
            out.append(Spacer(1, 6 * mm))
        out.append(self.p(s["all_actions"], "h1"))
        if data.actions:
            out.append(self.actions_table(data.actions, with_item=True))
        else:
            out.append(self.p(s["no_actions"]))
        return out

    def how_to_read(self) -> list[Flowable]:
        s, scale = self.s, self.scale
        k = self.data.min_group_size
        out: list[Flowable] = [PageBreak(), self.p(s["how_to_read"], "h1")]
        texts = [
            s(
                "how_intro",
                min=scale.min,
                max=scale.max,
                min_label=scale.label(scale.min),
                max_label=scale.label(scale.max),
            ),
            s["how_dots"],
            s["how_median"],
            s["how_mean"],
            s["how_iqr"],
            s["how_agreement"],
            s["how_band"],
            s["how_gap"],
            s["how_shift"],
            s["how_bars"],
            s["how_discuss"],
            s("how_privacy", k=k),
        ]
        for text in texts:
            out.append(self.p(text))
        colour, shape = other_style()
        out.append(drawing.marker_legend([(s["other_marker"], colour, shape)], self.width))
        return out

    def glossary(self) -> list[Flowable]:
        """Every figure of the summary in plain words (the console shows the same glossary)."""
        s = self.s
        terms = [
            (s["n"], s["gloss_n"]), (s["median"], s["gloss_median"]), (s["iqr"], s["gloss_iqr"]),
            (s["term_rwg"], s["gloss_rwg"]), (s["term_camps"], s["gloss_camps"]), (s["band"], s["gloss_band"]),
            (s["power_gap"], s["gloss_power_gap"]),
        ]
        rows: list[list[Any]] = [[self.p(s["glossary_figure"], "small"), self.p(s["glossary_meaning"], "small")]]
        rows += [[self.p(term, "small"), self.p(meaning, "small")] for term, meaning in terms]
        return [PageBreak(), self.p(s["glossary"], "h1"), self.p(s["glossary_intro"]),
                self.table(rows, [0.28 * self.width, 0.72 * self.width])]

    def story(self) -> list[Flowable]:
        story = self.cover() + self.overview()
        for item in self.data.items:
            story += self.item_section(item)
        story += self.closing()
        story += self.how_to_read()
        story += self.glossary()
        return story


def _footer(title: str, s: Strings) -> Callable[[Canvas, int, int, list[dict[str, Any]]], None]:
    def draw(canvas: Canvas, page: int, pages: int, marks: list[dict[str, Any]]) -> None:
        width, _ = canvas._pagesize
        canvas.saveState()
        canvas.setFont(REGULAR, FOOTER_SIZE)
        canvas.setFillColor(colors.HexColor("#333333"))
        right = s("page_of", page=page, pages=pages)
        space = width - 2 * MARGIN - canvas.stringWidth(right, REGULAR, FOOTER_SIZE) - 12
        canvas.drawString(MARGIN, 10 * mm, ellipsize(title, REGULAR, FOOTER_SIZE, space))
        canvas.drawRightString(width - MARGIN, 10 * mm, right)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, 10 * mm + FOOTER_SIZE + 2, width - MARGIN, 10 * mm + FOOTER_SIZE + 2)
        canvas.restoreState()

    return draw


def write_summary_pdf(
    archive: ArchiveReader,
    session_id: str,
    out_path: str | Path,
    page_size: str = "A4",  # noqa: A002 - the documented name
    language: str = "en",
    progress: Progress | None = None,
) -> Path:
    """Write the summary of one session to ``out_path``; returns the path.

    ``page_size`` is "A4" or "Letter"; ``language`` one of
    :data:`pe_desktop.report.strings.LANGUAGES` (fixed texts and, where the
    form has that translation, the instrument).  ``progress(done, total)`` is
    called as the work advances (for a progress bar; it runs in the caller's
    thread, and raising from it cancels the export).  The file is written
    to a temporary name and moved into place at the end, so a failure
    leaves any earlier file untouched.  ValueError for a bad page size or
    language, OSError when the file cannot be written.
    """
    size = page_dimensions(page_size)
    s = strings(language)
    register_fonts()
    data = gather(archive, session_id, language)
    total = len(data.items) + 3
    report = progress or (lambda done, all_: None)
    report(1, total)
    width = size[0] - 2 * MARGIN
    story = _Builder(data, s, width, lambda n: report(1 + n, total)).story()
    title = data.session.title
    with atomic_output(out_path) as tmp:
        doc = SimpleDocTemplate(
            str(tmp), pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
            bottomMargin=MARGIN + 6 * mm, title=title, subject=s["summary_heading"], author="",
            creator="pe-desktop",
        )
        doc.build(story, canvasmaker=lambda *a, **k: FooterCanvas(*a, footer=_footer(title, s), **k))
        report(total - 1, total)
    report(total, total)
    return Path(out_path)
