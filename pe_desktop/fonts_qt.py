"""The DejaVu fonts shipped in resources/fonts, registered with Qt as a fallback.

The PDFs always embed them; the windows use the system's fonts. A system with
no fonts at all (a bare install, a minimal container) would otherwise draw
every character as an empty box: with these registered Qt has at least one
family to fall back on. Registering costs about 2 ms, before the first paint.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from pe_desktop.paths import resources_dir

FALLBACK_FAMILY = "DejaVu Sans"
# names an application or a style may ask for; each falls back on DejaVu Sans when the system lacks it
GENERIC_FAMILIES = ("Sans Serif", "sans-serif", "Helvetica", "Arial", "DejaVu Sans")

_registered: list[str] | None = None


def register_bundled_fonts() -> list[str]:
    """Register resources/fonts/*.ttf with Qt (once); the families they provide.

    Call it after the QApplication exists. Families the system lacks then
    resolve to DejaVu Sans instead of an empty box per character.
    """
    global _registered
    if _registered is not None:
        return _registered
    families: list[str] = []
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families)
    if FALLBACK_FAMILY in families:
        for name in GENERIC_FAMILIES:
            if name != FALLBACK_FAMILY and FALLBACK_FAMILY.lower() not in (f.lower() for f in QFont.substitutes(name)):
                QFont.insertSubstitution(name, FALLBACK_FAMILY)
    _registered = families
    return families
