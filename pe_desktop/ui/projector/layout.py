"""Type sizes on the projector: legible from the back row, whatever the window size.

Why cap height and not point size: what the eye resolves at a distance is
the height of a capital letter. On a 2.5 m wide image seen from 10 m, a
1080-pixel-high picture needs capitals at least 34 px high (≈ 16 minutes of
arc, the usual minimum for reading); that is ``MIN_CAP_FRACTION`` of the
window height, so a 1280×720 projector gets the same proportions. Sizes are
found by measuring the font actually used (``QFontMetricsF.capHeight``),
not by assuming DejaVu Sans' 0.73 ratio, so a fallback font still passes.

Every projector text gets a *role*; a role's size is the minimum times its
factor (never below 1). Text that does not fit wraps; views with many rows
(a 25-item overview) page instead of shrinking.
"""

from __future__ import annotations

import math
from functools import lru_cache

from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette
from PySide6.QtWidgets import QWidget

from pe_desktop.charts.theme import INK, PAPER

__all__ = [
    "MIN_CAP_FRACTION",
    "ROLES",
    "font_for",
    "min_cap_px",
    "px_for_cap",
    "role_px",
    "set_role_font",
]

#: Minimum cap height as a fraction of the window height (34 px at 1080).
MIN_CAP_FRACTION = 34 / 1080
#: Size of each kind of text, as a multiple of the minimum. The second
#: language of a bilingual room uses the "…2" roles: smaller, never below 1.
ROLES: dict[str, float] = {
    "display": 1.5,      # the count of ratings while voting
    "title": 1.7,        # an item's title, a view's heading
    "title2": 1.2,
    "question": 1.25,
    "question2": 1.0,
    "scale": 1.0,        # scale boxes, chart axes, legends, tables
    "scale2": 1.0,
    "result": 1.15,      # the plain-words result line
    "body": 1.0,
    "banner": 1.0,
}


def min_cap_px(window_height: int) -> float:
    """The smallest cap height allowed in a window this high."""
    return MIN_CAP_FRACTION * max(1, int(window_height))


@lru_cache(maxsize=256)
def px_for_cap(cap_px: float, bold: bool = False, family: str = "") -> int:
    """The smallest pixel size whose measured cap height reaches ``cap_px``."""
    font = QFont(family) if family else QFont()
    font.setBold(bold)
    px = max(6, math.floor(cap_px / 0.8))
    while True:
        font.setPixelSize(px)
        if QFontMetricsF(font).capHeight() >= cap_px - 1e-6:
            return px
        px += 1


def role_px(role: str, window_height: int, bold: bool = False) -> int:
    """Pixel size of a role's font in a window of this height."""
    factor = max(1.0, ROLES[role])
    return px_for_cap(min_cap_px(window_height) * factor, bold)


def font_for(role: str, window_height: int, bold: bool = False, base: QFont | None = None) -> QFont:
    """A font of the role's size (on ``base``'s family when given)."""
    font = QFont(base) if base is not None else QFont()
    font.setPixelSize(role_px(role, window_height, bold))
    font.setBold(bold)
    return font


def set_role_font(widget: QWidget, role: str, window_height: int, bold: bool = False) -> None:
    """Give ``widget`` its role's font for a window of this height."""
    widget.setFont(font_for(role, window_height, bold, widget.font()))


def paint_on_paper(window: QWidget) -> None:
    """Ink on paper, whatever the desktop's theme: the projector's colours are measured for contrast."""
    window.setAutoFillBackground(True)
    palette = window.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(PAPER))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
    window.setPalette(palette)
    window.setStyleSheet(f"QLabel {{ color: {INK}; background: transparent; }}")
