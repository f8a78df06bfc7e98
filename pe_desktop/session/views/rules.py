"""When each audience may see an item's results: the one visibility rule.

- The room (projector, phones) sees how many have rated while an item is
  open, never the distribution, so early votes do not sway later ones; it
  sees the results once the facilitator reveals them.
- The facilitator's console shows the figures once voting on the item has
  closed (before the room sees them), never while it is open.
- Once the session is closed, everybody sees everything; the PDF is a
  record of the session and always shows every item.

Suppression of small groups applies to every audience, always (:mod:`.marks`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

Audience = Literal["projector", "console", "phone", "report"]
AUDIENCES: tuple[Audience, ...] = ("projector", "console", "phone", "report")


def results_visible(audience: Audience, state: str, session_closed: bool) -> bool:
    """Whether ``audience`` may see the distribution and figures of an item in ``state``."""
    if audience == "report" or session_closed:
        return True
    if audience == "console":
        return state in ("closed", "revealed")
    return state == "revealed"


def shown_items(audience: Audience, states: Mapping[str, str], session_closed: bool) -> set[str]:
    """Keys of the items whose results ``audience`` may see (overview, shift and gap charts)."""
    return {key for key, state in states.items() if results_visible(audience, state, session_closed)}
