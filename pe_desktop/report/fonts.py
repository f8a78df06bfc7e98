"""The TrueType family every PDF is set in: DejaVu Sans from resources/fonts.

Why not reportlab's built-in Helvetica: the standard 14 PDF fonts only cover
Latin-1 through WinAnsi, so curly quotes, arrows, "≥" or a name in another
script would print as black boxes.  DejaVu Sans covers English and Spanish
and far beyond, and is embedded (subset) in each PDF, so a printout looks
the same on every machine.  Its licence is resources/fonts/LICENSE.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from pe_desktop.paths import resources_dir

__all__ = ["BOLD", "BOLD_ITALIC", "FAMILY", "ITALIC", "REGULAR", "fonts_dir", "register_fonts"]

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf",
          BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}
_lock = threading.Lock()
_registered = False


def fonts_dir() -> Path:
    """resources/fonts of a checkout, or its copy inside the installed wheel."""
    return resources_dir() / "fonts"


def register_fonts() -> None:
    """Register the family with reportlab once per process (cheap after the first call).

    Also maps bold/italic of the family, so our own ``<b>``/``<i>`` in
    Paragraph markup pick the right face.  Raises FileNotFoundError naming
    the missing file if the fonts were not shipped.
    """
    global _registered
    with _lock:
        if _registered:
            return
        folder = fonts_dir()
        for name, filename in _FILES.items():
            path = folder / filename
            if not path.is_file():
                raise FileNotFoundError(f"{path}: font file missing; the PDF needs DejaVu Sans in {folder}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD_ITALIC)
        _registered = True
