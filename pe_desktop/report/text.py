"""Turning data into printable text: escaping, numbers, dates, fitting.

Why escaping matters: reportlab's Paragraph reads its text as markup, so a
note typed as ``<font size=40>`` would blow up the page and ``&amp;`` would
print as ``&``.  Everything that comes from the archive (titles, group names,
notes, actions) and from forms goes through :func:`para` before it reaches a
Paragraph, so it prints exactly as typed.
"""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth

from pe_desktop.report.strings import Strings

__all__ = ["ellipsize", "fmt_date", "fmt_num", "fmt_signed", "para"]

_ENTITIES = {'"': "&quot;"}


def para(text: object) -> str:
    """``text`` as Paragraph markup that prints literally, line breaks kept.

    Control characters other than newline and tab are dropped: reportlab's
    parser rejects them, and they never mean anything on paper.
    """
    raw = "" if text is None else str(text)
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    raw = "".join(ch for ch in raw if ch in "\n\t" or ch >= " ")
    return escape(raw, _ENTITIES).replace("\n", "<br/>")


def fmt_num(value: float | None, s: Strings, digits: int = 1, none: str = "\u2013") -> str:
    """A figure for display: fixed decimals, the language's decimal mark, a dash for None."""
    if value is None:
        return none
    text = f"{value:.{digits}f}"
    if text.startswith("-") and float(text) == 0:
        text = text[1:]
    text = text.replace(".", s["decimal_mark"])
    return text.replace("-", "\u2212")


def fmt_signed(value: float | None, s: Strings, digits: int = 1, none: str = "\u2013") -> str:
    """Like :func:`fmt_num` but with an explicit + for positive values (for gaps and shifts)."""
    text = fmt_num(value, s, digits, none)
    if value is not None and not text.startswith("\u2212") and text.strip("0,.") != "":
        return "+" + text
    return text


def fmt_date(iso: str | None, s: Strings) -> str:
    """``2026-11-01`` as "1 November 2026" / "1 de noviembre de 2026"; "" for None.

    Spelled-out months so nobody has to guess whether 03/04 is March or April.
    Text that is not an ISO date is returned as it is.
    """
    if not iso:
        return ""
    try:
        d = date.fromisoformat(str(iso)[:10])
    except ValueError:
        return str(iso)
    months = s["months"].split()
    return s("date_format", day=d.day, month=months[d.month - 1], year=d.year)


def ellipsize(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with "…" to fit ``width`` points (for one-line labels and footers)."""
    text = " ".join(text.split())
    if stringWidth(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid].rstrip() + "\u2026", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "\u2026"
