"""How each group's ratings are drawn on one item: its colour and shape, or "other".

Why here, once: the projector's dots, the console's table, the phone page
and the PDF must paint the same groups grey. A group that
:func:`pe_desktop.core.stats.item_summary` suppressed for an item (too
small, or hidden so a small one cannot be recovered by subtraction) is
drawn in the neutral colour and labelled :data:`OTHER`, so neither colour,
shape, legend nor table can single it out. A group keeps the colour of its
place in the session's group order on every item, so the room learns the
colours once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pe_desktop.core.palette import NEUTRAL, NEUTRAL_SHAPE, OTHER_LABEL, group_style
from pe_desktop.core.stats import GroupDef, RatingRow
from pe_desktop.session.records import field, text

#: Label of every rating whose group may not be shown on its own (English; the UI translates it).
OTHER = OTHER_LABEL
#: Legend and stacking order of "other": after every shown group.
OTHER_ORDER = 1 << 30


@dataclass(frozen=True)
class GroupMark:
    """How the ratings of one group are drawn for one item."""

    colour: str
    shape: str
    label: str  # the group's name, or OTHER when it is suppressed
    order: int  # legend and stacking order: the group's place in the session, OTHER_ORDER for "other"

    @property
    def shown(self) -> bool:
        return self.order != OTHER_ORDER


OTHER_MARK = GroupMark(NEUTRAL, NEUTRAL_SHAPE, OTHER, OTHER_ORDER)


def group_defs(groups: Sequence[Mapping[str, Any] | GroupDef | object]) -> list[GroupDef]:
    """Archive group records (dicts or records) as GroupDefs, in session order."""
    out = []
    for g in groups:
        if isinstance(g, GroupDef):
            out.append(g)
        else:
            out.append(GroupDef(str(field(g, "id")), str(field(g, "name")), text(field(g, "position"))))
    return out


def group_marks(groups: Sequence[GroupDef], item: Mapping[str, Any]) -> dict[str, GroupMark]:
    """Mark per group id for one item's §7 summary.

    A group is drawn as itself only when ``item["groups"]`` (same order as
    ``groups``) has it as not suppressed; any mismatch between the two lists
    counts as suppressed, because showing a small group is the one mistake
    we must not make.
    """
    listed = item.get("groups") or []
    marks: dict[str, GroupMark] = {}
    for i, g in enumerate(groups):
        entry = listed[i] if i < len(listed) else None
        visible = entry is not None and entry.get("name") == g.name and entry.get("suppressed") is False
        if visible:
            colour, shape = group_style(i)
            marks[g.id] = GroupMark(colour, shape, g.name, i)
        else:
            marks[g.id] = OTHER_MARK
    return marks


def mark_of(group_id: str | None, marks: Mapping[str, GroupMark]) -> GroupMark:
    """A rating with no group, or a group outside the session, counts as hidden (§6)."""
    found = marks.get(group_id) if group_id is not None else None
    return found or OTHER_MARK


def stacked(key: str, rows: Sequence[RatingRow], marks: Mapping[str, GroupMark]) -> list[tuple[int | None, GroupMark]]:
    """One (value, mark) per rating of ``key``, in the order dots stack.

    By value ("not sure" last), then group order within a value, so each
    group forms a block and "other" sits on top of the stack.
    """
    dots = [(r.value, mark_of(r.group_id, marks)) for r in rows if r.item_key == key]
    dots.sort(key=lambda d: (d[0] is None, d[0] or 0, d[1].order))
    return dots
