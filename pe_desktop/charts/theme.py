"""Projector-grade colours shared by the charts and the projector window (no Qt, no pyqtgraph).

Why dark ink on white: a projector in a lit community room washes out dark
backgrounds, while near-black text on white keeps far above a 7:1 contrast
ratio. Kept free of imports so the projector module can use it without
loading pyqtgraph.
"""

from __future__ import annotations

#: Background of charts and projector.
PAPER = "#FFFFFF"
#: Text and axes: 18.9:1 on PAPER.
INK = "#111111"
#: Secondary text: 11.4:1 on PAPER.
MUTED = "#3A3A3A"
#: Grid lines (not text, so contrast rules do not apply).
GRID = "#D0D0D0"
#: Middle-half band fill: ink at 12 % opacity (#E3E3E3 on white, 1.27:1: a tint,
#: not the band's boundary, so dots on it stay clear).
BAND = (17, 17, 17, 30)
#: The band's boundary: a solid edge at 11.4:1, so the band holds 3:1 (WCAG 1.4.11).
BAND_EDGE = MUTED
#: Every background charts are drawn on (projector, console, trend view; the PDF page is white too).
BACKGROUNDS: tuple[str, ...] = (PAPER,)
