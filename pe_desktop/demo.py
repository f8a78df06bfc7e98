"""A generated example: what ``pe-desktop demo`` opens and the screenshots show.

One partnership with a closed session (two rounds, notes, action items) and a
second session ready to run. The ratings are drawn from a fixed seed so the
demo looks the same every time.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from pe_desktop.core.instruments import find_instrument
from pe_desktop.store import Archive

DEMO_PARTNERSHIP = "Eastside Health Partnership"
DEMO_GROUPS = (
    ("Residents", "community"),
    ("Community organizations", "community"),
    ("Hospital staff", "institution"),
    ("Funders", "institution"),
)
# Per group: how many people, and a lean per item (added to a base of 3).
_SIZES = (9, 6, 7, 2)
_LEAN = {
    "community": {"continual": -1, "bilateral": -1, "accountable": -1, "communal": 0,
                  "materially-beneficial": -2, "transformational": -1},
    "institution": {"continual": 1, "bilateral": 1, "accountable": 0, "communal": 0,
                    "materially-beneficial": 1, "transformational": 0},
}


def demo_rating(rng: random.Random, position: str, key: str, shift: int) -> int | None:
    """A rating of ``key`` by someone of ``position`` (None = not sure, 1 time in 20): the demo's leanings."""
    if rng.random() < 0.05:
        return None
    lean = _LEAN.get(position, {}).get(key, 0)
    return max(1, min(5, round(3 + lean + shift + rng.gauss(0, 0.8))))


def create_demo(archive: Archive, today: date | None = None) -> dict[str, str]:
    """Write the demo into ``archive``; returns ids {'partnership', 'closed', 'ready'}."""
    today = today or date.today()
    rng = random.Random(20261122)
    inst = find_instrument("partnership-equity")
    pid = archive.create_partnership(
        DEMO_PARTNERSHIP,
        "Residents, community groups, the county hospital and two funders working on neighbourhood health.",
    )
    closed = archive.create_session(
        inst, "Spring check-in", pid, held_on=(today - timedelta(days=90)).isoformat(),
        location="Eastside Library, Room B", facilitator="Ana Ruiz", stage="acclimate",
        groups=DEMO_GROUPS, min_group_size=3, rounds=2,
    )
    archive.update_session(closed, status="open")
    groups = archive.groups(closed)
    people = []
    channels = ("paper", "phone", "laptop")
    for group, size in zip(groups, _SIZES, strict=True):
        for i in range(size):
            part = archive.add_participant(closed, group.id, channels[i % 3], language="es" if i % 4 == 0 else "en")
            people.append((part.id, group.position))
    for rnd, shift in ((1, 0), (2, 0)):
        archive.start_round(closed, rnd)
        entries = []
        for pid_, position in people:
            for key in inst.item_keys:
                # in round 2 the community view moves a little after discussion
                extra = 1 if rnd == 2 and position == "community" and rng.random() < 0.35 else shift
                entries.append((pid_, key, demo_rating(rng, position, key, extra)))
        archive.record_ratings(closed, rnd, entries, source="demo")
        archive.set_item_states(closed, rnd, inst.item_keys, "revealed")
    archive.add_note(closed, "Residents said the hospital's money decisions are made before they are at the table.",
                     "note", "materially-beneficial", 1)
    archive.add_note(closed, "“We are invited to meetings, but not to the budget.”", "quote", "bilateral", 1)
    archive.add_note(closed, "Hospital staff see the partnership as continuing past the grant; residents are not sure.",
                     "dissent", "continual", 1)
    archive.add_note(
        closed, "Agreement grew on Communal after the discussion of the shared vision.", "note", "communal", 2
    )
    archive.add_action(
        closed,
        "Share the draft budget with the residents' council before it is final",
        "Hospital community benefit office",
        (today - timedelta(days=30)).isoformat(),
        "materially-beneficial",
    )
    archive.add_action(closed, "Hold the next meeting in the neighbourhood, in the evening", "Ana Ruiz",
                       (today - timedelta(days=60)).isoformat(), None, status="done")
    archive.add_action(closed, "Write a one-page plan for keeping the partnership going after the grant",
                       "Steering group", (today + timedelta(days=14)).isoformat(), "continual")
    archive.set_status(closed, "closed")
    ready = archive.create_session(
        inst, "Autumn check-in", pid, held_on=today.isoformat(), location="Eastside Library, Room B",
        facilitator="Ana Ruiz", stage="activate", groups=DEMO_GROUPS, min_group_size=3, rounds=1,
    )
    return {"partnership": pid, "closed": closed, "ready": ready}
