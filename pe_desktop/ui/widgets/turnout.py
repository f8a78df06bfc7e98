"""How many took part, in the facilitator's language: the main window's list and details, the console.

The counting and the wording are the session layer's
(:mod:`pe_desktop.session.views.turnout`): people and show-of-hands votes
apart, the same as the projector and the PDF say; only the words come from
Qt's translator here. The session layer is imported when a label is first
made, not when the main window is first painted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from pe_desktop.session.views.turnout import Turnout


def _tr(text: str) -> str:
    return QCoreApplication.translate("Turnout", text)


def turnout_label(counts: Turnout) -> str:
    """"16 people · 20 show-of-hands votes" (people always, show-of-hands votes when any)."""
    from pe_desktop.session.views.turnout import turnout_text

    words = {"turnout_people": _tr("%1 people"), "turnout_people_one": _tr("1 person"),
             "turnout_hands": _tr("%1 show-of-hands votes"), "turnout_hands_one": _tr("1 show-of-hands vote")}
    return turnout_text(counts, lambda key, n: words[key].replace("%1", str(n)))
