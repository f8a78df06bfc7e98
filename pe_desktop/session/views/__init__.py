"""One place that decides what each audience sees (projector, console, phone page, PDF).

- :mod:`.rules`: when results are visible (never while voting is open);
- :mod:`.marks`: which groups are drawn as themselves and which as "other",
  their colours and how dots stack;
- :mod:`.audiences`: ``projector_view``, ``console_view``, ``phone_view``,
  ``report_view``, each returning a plain dataclass in the language asked for;
- :mod:`.turnout`: how many took part, people and show-of-hands votes counted
  apart, and the one wording every audience uses.

The projector window, the console's item detail, the phone server's state
and the report model read these; nothing else recomputes them.
"""

from __future__ import annotations

from pe_desktop.session.views.audiences import (
    ItemResult,
    ItemText,
    ItemView,
    PhoneView,
    ReportRound,
    ReportView,
    console_view,
    item_result,
    item_text,
    phone_texts,
    phone_view,
    projector_view,
    report_view,
)
from pe_desktop.session.views.marks import (
    OTHER,
    OTHER_MARK,
    OTHER_ORDER,
    GroupMark,
    group_defs,
    group_marks,
    mark_of,
    stacked,
)
from pe_desktop.session.views.rules import AUDIENCES, Audience, results_visible, shown_items
from pe_desktop.session.views.turnout import (
    TURNOUT_KEYS,
    Turnout,
    rated_words,
    turnout,
    turnout_text,
    turnout_words,
    turnouts,
)

__all__ = [
    "AUDIENCES",
    "OTHER",
    "OTHER_MARK",
    "OTHER_ORDER",
    "TURNOUT_KEYS",
    "Audience",
    "GroupMark",
    "ItemResult",
    "ItemText",
    "ItemView",
    "PhoneView",
    "ReportRound",
    "ReportView",
    "Turnout",
    "console_view",
    "group_defs",
    "group_marks",
    "item_result",
    "item_text",
    "mark_of",
    "phone_texts",
    "phone_view",
    "projector_view",
    "rated_words",
    "report_view",
    "results_visible",
    "shown_items",
    "stacked",
    "turnout",
    "turnout_text",
    "turnout_words",
    "turnouts",
]
