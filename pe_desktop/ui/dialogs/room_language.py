"""The "language of the room" choice of the session dialog.

A session's language is one of its form's languages, or two of them for a
mixed room ("en+es": both on the projector, the first for the ballots and
the PDF). Kept apart from the session dialog so that dialog stays readable.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox

from pe_desktop.ui.dialogs.export_options import language_name


def fill_language_combo(combo: QComboBox, codes: Sequence[str], wanted: str | None) -> None:
    """Offer each language alone and every ordered pair; select ``wanted``, else the UI language."""
    combo.clear()
    for code in codes:
        combo.addItem(language_name(code), code)
    for first in codes:
        for second in codes:
            if first != second:
                text = QCoreApplication.translate("SessionDialog", "%1 and %2 (both on the projector)")
                combo.addItem(text.replace("%1", language_name(first)).replace("%2", language_name(second)),
                              f"{first}+{second}")
    choice = wanted or QLocale().name().split("_")[0]
    combo.setCurrentIndex(max(0, combo.findData(choice)))
