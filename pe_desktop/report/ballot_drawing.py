"""Drawings for paper ballots: the join QR code, tick boxes for a group, boxes for the scale's answers.

Vector drawings (reportlab.graphics), like the summary's charts: they stay
sharp when a ballot is photocopied. Labels are plain ``String`` objects.
"""

from __future__ import annotations

from collections.abc import Sequence

import segno
from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from pe_desktop.report.fonts import BOLD, REGULAR
from pe_desktop.report.shapes import new_drawing, wrap_text
from pe_desktop.report.text import ellipsize


def qr_drawing(data: str, size: float) -> Drawing:
    """A QR code of ``data`` as vector squares, ``size`` points across (quiet zone included).

    Dark modules of a row are merged into runs, so a code is a few hundred
    rectangles rather than thousands.
    """
    qr = segno.make(data, error="m", micro=False)
    rows = [list(row) for row in qr.matrix]
    border = 4
    modules = len(rows) + 2 * border
    m = size / modules
    d = new_drawing(size, size)
    d.add(Rect(0, 0, size, size, fillColor=colors.white, strokeColor=None))
    group = Group()
    for r, row in enumerate(rows):
        y = size - (r + border + 1) * m
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                group.add(Rect((start + border) * m, y, (c - start) * m, m, fillColor=colors.black,
                               strokeColor=colors.black, strokeWidth=0.01))
            else:
                c += 1
    d.add(group)
    return d


def tick_boxes(labels: Sequence[str], width: float, font_size: float = 12.0) -> Drawing:
    """Empty boxes to tick, each followed by its label, flowing in rows (group and round choices)."""
    box = font_size * 1.15
    gap = font_size * 1.5
    max_label = max(60.0, width - box - 6)
    rows: list[list[tuple[float, str]]] = [[]]
    x = 0.0
    for label in labels:
        text = ellipsize(label, REGULAR, font_size, max_label)
        w = box + 5 + stringWidth(text, REGULAR, font_size)
        if x and x + w > width:
            rows.append([])
            x = 0.0
        rows[-1].append((x, text))
        x += w + gap
    line = box + 6
    d = new_drawing(width, line * len(rows))
    for i, row in enumerate(rows):
        y = line * (len(rows) - i - 1) + 3
        for x0, text in row:
            d.add(Rect(x0 + 0.5, y, box, box, fillColor=colors.white, strokeColor=colors.black, strokeWidth=1.2))
            d.add(String(x0 + box + 5, y + box / 2 - font_size * 0.35, text, fontName=REGULAR, fontSize=font_size,
                         fillColor=colors.black))
    return d


def scale_boxes(choices: Sequence[tuple[str, str]], width: float, box: float = 28.0,
                number_size: float = 14.0, label_size: float = 9.5) -> Drawing:
    """One answer row of a paper ballot: per choice a number, a large box to tick, its label.

    ``choices`` are (number, label) pairs, e.g. ("1", "Not at all"), and
    ("", "Not sure") last; the "not sure" box is set apart by a gap so it is
    not read as the next point of the scale.
    """
    n = len(choices)
    unsure_gap = 0.35 if n > 1 and choices[-1][0] == "" else 0.0
    cell = width / (n + unsure_gap)
    label_lines = max([len(wrap_text(label, BOLD, label_size, cell - 4, 3)) for _, label in choices] + [1])
    height = number_size + 4 + box + 4 + label_lines * (label_size + 1.5)
    d = new_drawing(width, height)
    for i, (number, label) in enumerate(choices):
        x = cell * (i + (unsure_gap if number == "" else 0.0))
        cx = x + cell / 2
        top = height
        if number:
            d.add(String(cx, top - number_size, number, fontName=BOLD, fontSize=number_size, textAnchor="middle",
                         fillColor=colors.black))
        side = min(box, cell - 6)
        y_box = top - number_size - 4 - side
        d.add(Rect(cx - side / 2, y_box, side, side, fillColor=colors.white, strokeColor=colors.black, strokeWidth=1.4))
        for j, line in enumerate(wrap_text(label, BOLD if not number else REGULAR, label_size, cell - 4, label_lines)):
            d.add(String(cx, y_box - 4 - (j + 1) * (label_size + 1.5) + 2, line,
                         fontName=BOLD if not number else REGULAR, fontSize=label_size, textAnchor="middle",
                         fillColor=colors.black))
    return d
