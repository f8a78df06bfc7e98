"""What the projector's chart views are fed: counts, round-shift words, overview pages.

Kept apart from the window so each function is small and testable through
the window: they read the controller (the same archive queries the views
always used) and return plain data; the window puts it on screen.
"""

from __future__ import annotations

import math
from typing import Any

from pe_desktop.ui.controller import SessionController
from pe_desktop.ui.projector.layout import role_px

__all__ = ["item_counts", "people_per_round", "rows_per_page", "shift_pairs"]


def item_counts(controller: SessionController) -> list[dict[str, Any]]:
    """Counts per scale point, n and "not sure" of every item: all the bars need.

    One GROUP BY instead of the full round summary, so a vote arriving
    while the overview is up costs a few milliseconds, not the statistics
    of every item.
    """
    scale = controller.instrument.scale
    items: dict[str, dict[str, Any]] = {
        key: {"key": key, "counts": {str(p): 0 for p in scale.points}, "n": 0, "unsure": 0}
        for key in controller.instrument.item_keys
    }
    found = controller.archive.value_counts(controller.session_id, controller.round)
    for key, by_value in found.items():
        item = items.get(key)
        if item is None:
            continue
        for value, n in by_value.items():
            if value is None:
                item["unsure"] += n
            elif str(value) in item["counts"]:
                item["counts"][str(value)] += n
                item["n"] += n
    return list(items.values())


def people_per_round(items: list[dict[str, Any]]) -> int:
    """How many answered in a round: the most answers (numbers and "not sure") any one item got."""
    return max((int(it.get("n") or 0) + int(it.get("unsure") or 0) for it in items), default=0)


def shift_pairs(round1: list[dict[str, Any]], round2: list[dict[str, Any]], shown: set[str]) -> list[tuple[str, dict, dict]]:
    """(key, round 1, round 2) of every item whose round 2 result the room may see."""
    second = {str(it["key"]): it for it in round2 if str(it["key"]) in shown}
    return [(str(it["key"]), it, second[str(it["key"])]) for it in round1 if str(it["key"]) in second]


#: Share of the window height the overview's rows get (the rest: heading, axis, legend, banner).
ROWS_SHARE = 0.58


def rows_per_page(window_height: int, title_lines: int) -> int:
    """How many overview rows fit at full size: each needs its title's lines plus air.

    Computed from the window, not from the chart's current height, so a page
    always holds the same items (the chart's height moves with the heading
    and the banner, and pages must not skip or repeat an item).
    """
    line = role_px("scale", window_height) * 1.25
    row = max(1, title_lines) * line + line * 0.5
    return max(1, math.floor(window_height * ROWS_SHARE / row))
