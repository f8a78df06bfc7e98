"""The main window counts people and show-of-hands votes apart (a tally is not a person per item)."""

from __future__ import annotations

from pe_desktop.session import ops
from pe_desktop.ui.main.browser_model import COL_PARTICIPANTS


def test_the_list_and_the_details_say_people_and_hands_apart(window, archive, demo_ids):
    ready = demo_ids["ready"]
    groups = {g.name: g.id for g in archive.groups(ready)}
    items = archive.instrument(ready).item_keys
    archive.update_session(ready, status="open")
    archive.set_item_states(ready, 1, items, "open")
    people = [archive.add_participant(ready, groups["Residents"], "phone").id for _ in range(16)]
    for key in items:
        archive.record_ratings(ready, 1, [(p, key, 4) for p in people], source="phone")
    for key in items[:4]:
        ops.save_tally(archive, ready, key, groups["Funders"], {3: 5})
    assert archive.session(ready).participants == 36  # the old count: each hand on each item a "participant"
    window.browser.refresh()
    partnership = window.browser.model.item(0, 0)
    row = next(r for r in range(partnership.rowCount()) if partnership.child(r, 0).text() == "Autumn check-in")
    assert partnership.child(row, COL_PARTICIPANTS).text() == "16 people · 20 show-of-hands votes"
    window.browser.select_id(ready)
    assert window.details.values["participants"].text() == "16 people · 20 show-of-hands votes"


def test_a_session_nobody_rated_has_no_people(window, demo_ids):
    window.browser.select_id(demo_ids["ready"])
    assert window.details.values["participants"].text() == "0 people"
