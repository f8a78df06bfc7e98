"""What the summary and the ballots share: page sizes, styles, footers, safe writing.

Footers need the page count ("Page 3 of 12"), which is only known once the
whole document is laid out.  :class:`FooterCanvas` keeps every finished page
and draws the footers when the document is saved, so one layout pass is
enough (a second ``build`` would double the time of the export).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from pe_desktop.report.fonts import BOLD, ITALIC, REGULAR

__all__ = ["FooterCanvas", "Mark", "PAGE_SIZES", "Progress", "atomic_output", "page_size", "paragraph_styles"]

PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": letter}
INK = colors.HexColor("#111111")
MUTED = colors.HexColor("#444444")

#: A progress callback: (steps done, steps in all).  Raising from it stops the export.
Progress = Callable[[int, int], None]


def page_size(name: str) -> tuple[float, float]:
    """The (width, height) of "A4" or "Letter" (case-insensitive); ValueError naming the choices."""
    for key, size in PAGE_SIZES.items():
        if key.lower() == str(name).lower():
            return size
    raise ValueError(f"page_size: {name!r} is not one of {', '.join(PAGE_SIZES)}")


def paragraph_styles(base_size: float = 9.0) -> dict[str, ParagraphStyle]:
    """The few paragraph styles the PDFs use, all in DejaVu Sans, black on white."""
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=base_size, leading=base_size * 1.35,
                          textColor=INK, alignment=TA_LEFT, spaceAfter=base_size * 0.45)
    return {
        "body": body,
        "small": ParagraphStyle(
            "small", parent=body, fontSize=base_size * 0.85, leading=base_size * 1.12, spaceAfter=0
        ),
        "muted": ParagraphStyle(
            "muted", parent=body, fontSize=base_size * 0.85, leading=base_size * 1.15, textColor=MUTED
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=base_size * 0.9, leading=base_size * 1.12, spaceAfter=0),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=body, fontName=BOLD, fontSize=base_size * 0.9, leading=base_size * 1.12, spaceAfter=0
        ),
        "cell_bold_right": ParagraphStyle(
            "cell_bold_right",
            parent=body,
            fontName=BOLD,
            fontSize=base_size * 0.9,
            leading=base_size * 1.12,
            spaceAfter=0,
            alignment=TA_RIGHT,
        ),
        "question": ParagraphStyle(
            "question",
            parent=body,
            fontName=ITALIC,
            fontSize=base_size * 1.2,
            leading=base_size * 1.55,
            spaceAfter=base_size * 0.8,
        ),
        "quote": ParagraphStyle(
            "quote", parent=body, fontName=ITALIC, leftIndent=base_size, spaceAfter=base_size * 0.3
        ),
        "note": ParagraphStyle("note", parent=body, leftIndent=base_size, bulletIndent=0, spaceAfter=base_size * 0.3),
        "kicker": ParagraphStyle(
            "kicker", parent=body, fontName=BOLD, fontSize=base_size * 1.1, textColor=MUTED, spaceAfter=base_size * 0.3
        ),
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=BOLD,
            fontSize=base_size * 2.4,
            leading=base_size * 2.9,
            spaceAfter=base_size * 0.6,
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontSize=base_size * 1.5, leading=base_size * 1.9, spaceAfter=base_size * 1.5
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=BOLD,
            fontSize=base_size * 1.7,
            leading=base_size * 2.1,
            spaceBefore=0,
            spaceAfter=base_size * 0.6,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=BOLD,
            fontSize=base_size * 1.2,
            leading=base_size * 1.5,
            spaceBefore=base_size * 0.9,
            spaceAfter=base_size * 0.35,
        ),
        "h3": ParagraphStyle(
            "h3",
            parent=body,
            fontName=BOLD,
            fontSize=base_size,
            leading=base_size * 1.3,
            spaceBefore=base_size * 0.6,
            spaceAfter=base_size * 0.2,
        ),
    }


FooterFn = Callable[[Canvas, int, int, list[dict[str, Any]]], None]


class FooterCanvas(Canvas):
    """A canvas that holds pages back until :meth:`save`, then draws each footer.

    ``footer(canvas, page, pages, marks)`` is called once per page with the
    1-based page number, the page count and the ``marks`` of every page (what
    :class:`Mark` flowables recorded), so a footer can number pages within a
    ballot as well as within the document.
    """

    def __init__(self, *args: Any, footer: FooterFn, **kwargs: Any) -> None:
        # start in the shipped font, so no unembedded Helvetica is even referenced
        kwargs["initialFontName"] = kwargs.get("initialFontName") or REGULAR
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._held: list[dict[str, Any]] = []
        self.mark: dict[str, Any] = {}

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        marks = [state["mark"] for state in self._held]
        total = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            self._footer(self, number, total, marks)
            Canvas.showPage(self)
        Canvas.save(self)


class Mark(Flowable):
    """A zero-size flowable that runs ``action(canvas)`` where it lands in the layout.

    Used to tell the canvas which ballot a page belongs to, and to report
    progress while reportlab lays out the pages (the slow part of an export).
    """

    def __init__(self, action: Callable[[Canvas], None]) -> None:
        super().__init__()
        self._action = action
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self._action(self.canv)


@contextmanager
def atomic_output(out_path: str | Path) -> Iterator[Path]:
    """A temporary path next to ``out_path`` that replaces it only if the block succeeds.

    A failed or cancelled export never leaves half a PDF where the last good
    one was.  The folder must exist: FileNotFoundError names it otherwise.
    """
    out = Path(out_path)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise FileNotFoundError(f"{out}: folder {folder} does not exist")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
