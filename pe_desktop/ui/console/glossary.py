""""What the figures mean": the console's glossary of its figures, in plain words.

Why the console keeps the figures at all: the facilitator needs them to
steer the discussion (the projector says the same thing in a resident's
words, :mod:`pe_desktop.session.plain_words`). Why a glossary beside them: a
new facilitator should not have to know what "IQR" or "rwg" means to use
them, and should be able to say it aloud in plain words. The same entries
are the figures table's header tooltips; the PDF carries its own glossary
in the report's language (``report/<lang>.json``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

__all__ = ["Glossary", "glossary_entries"]

def _tr(text: str) -> str:
    return QCoreApplication.translate("Glossary", text)


def glossary_entries() -> list[tuple[str, str]]:
    """(figure, what it means) in the facilitator's language, in the order the console shows the figures."""
    return [
        (_tr("n"), _tr("How many gave a number on the scale (\"not sure\" is counted apart).")),
        (_tr("Median"), _tr("The middle answer: half the ratings are at or below it, half at or above.")),
        (_tr("IQR"), _tr("Interquartile range: where the middle half of the ratings lie, from the first to the "
                         "third quartile. Narrow means most people answered alike.")),
        (_tr("Agreement (rwg)"), _tr("How closely the ratings agree, from 0 (as spread as answers picked at "
                                     "random) to 1 (everyone gave the same answer): \"agree\" from 0.70, "
                                     "\"mixed\" from 0.50, \"split\" below; \"too few to tell\" under 3 ratings.")),
        (_tr("Split into camps"), _tr("Ratings massed at both ends of the scale with few in between, not merely "
                                      "scattered: van der Eijk's agreement A is below 0 (A runs from -1, two "
                                      "equal camps at the ends, through 0, an even spread, to 1, everyone "
                                      "alike). Needs 3 ratings.")),
        (_tr("Band"), _tr("Where the median falls on the scale: \"strength\" in the top quarter (4 or more on "
                          "1-5), \"watch\" from the middle up (3 to under 4), \"concern\" in the lower half "
                          "(below 3).")),
        (_tr("Power gap"), _tr("Mean of the community groups minus mean of the institution groups; below 0, "
                               "community groups rated the item lower. Only groups large enough to be shown "
                               "count.")),
    ]


class Glossary(QWidget):
    """A "What the figures mean" button that opens a plain-text list of the figures' meanings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = QToolButton(self)
        self.button.setText(self.tr("What the figures mean"))
        self.button.setCheckable(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setArrowType(Qt.ArrowType.RightArrow)
        self.button.setAccessibleName(self.tr("What the figures mean"))
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Glossary of the figures"))
        self.text.setText("\n".join(f"{figure}: {meaning}" for figure, meaning in glossary_entries()))
        self.text.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.text)
        self.button.toggled.connect(self._toggled)

    def _toggled(self, shown: bool) -> None:
        self.text.setVisible(shown)
        self.button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
