"""Soak: 5,000 live rating updates through the projector, no crash and no steady memory growth.

Every update is what happens in a session: a rating is committed to the
archive, the controller refreshes, the projector redraws the view on screen
(and every few updates paints it). The views rotate so the item (voting and
result), overview, power-gap and shift charts are all exercised, and group
sizes move across the suppression threshold so the legend is rebuilt.

Memory is sampled after a warm-up (first paints fill font, symbol and
statement caches): Python allocations with tracemalloc, and the process RSS.
A leak of even 200 bytes per update would show as 800 kB over the measured
4,000 updates.
"""

from __future__ import annotations

import random
import tracemalloc
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QImage

from pe_desktop.ui.live import SessionController
from pe_desktop.ui.projector import ProjectorWindow

UPDATES = 5000
WARM_UP = 1000
SAMPLE_EVERY = 500
#: Allowed growth of live Python allocations over the measured updates.
MAX_PY_GROWTH = 512 * 1024
#: Allowed RSS growth over the measured updates (SQLite's page cache may still fill up to its 2 MB cap).
MAX_RSS_GROWTH = 16 * 1024 * 1024


def rss_bytes() -> int:
    """Resident set size from /proc (Linux); 0 where unavailable."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0
    import os

    return pages * os.sysconf("SC_PAGE_SIZE")


@pytest.mark.slow
def test_5000_live_updates_through_the_projector(qtbot, archive, session_id) -> None:
    controller = SessionController(archive, session_id)
    controller.stop()  # the test drives refreshes itself, one per update
    window = ProjectorWindow(controller)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    canvas = QImage(1280, 720, QImage.Format.Format_ARGB32_Premultiplied)

    groups = {g["name"]: g["id"] for g in archive.groups(session_id)}
    people = [archive.add_participant(session_id, groups[name], "paper")["id"]
              for name, n in (("Residents", 20), ("Organizers", 4), ("Funders", 12)) for _ in range(n)]
    keys = list(controller.instrument.item_keys)
    controller.open_items(keys[:3])
    controller.reveal_items(keys[3:])
    phases = [
        ("item", keys[0]),  # voting: count only
        ("item", keys[3]),  # result: dots, legend, figures
        ("overview", keys[3]),
        ("gap", keys[4]),
        ("item", keys[5]),
        ("shift", keys[5]),
    ]
    rng = random.Random(2026)
    samples: list[tuple[int, int, int]] = []
    for i in range(UPDATES):
        view, key = phases[(i // 250) % len(phases)]
        if i % 250 == 0:
            controller.set_current_item(key)
            window.set_view(view)
        person = people[rng.randrange(len(people))]
        value = None if rng.random() < 0.05 else rng.randint(1, 5)
        archive.record_rating(session_id, 1, person, key, value)
        controller.refresh_now()
        if i % 5 == 0:
            window.render(canvas)
        if i == WARM_UP:
            tracemalloc.start()
        if i >= WARM_UP and (i - WARM_UP) % SAMPLE_EVERY == 0 or i == UPDATES - 1:
            # run deferred deletes (replaced legend labels) before measuring
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            current = tracemalloc.get_traced_memory()[0] if tracemalloc.is_tracing() else 0
            samples.append((i, current, rss_bytes()))
    tracemalloc.stop()

    assert window.chart_data()["view"] == phases[((UPDATES - 1) // 250) % len(phases)][0]
    first, last = samples[0], samples[-1]
    py_growth = last[1] - first[1]
    rss_growth = last[2] - first[2]
    report = ", ".join(f"{i}: py {py / 1024:.0f} kB, rss {rss / 2**20:.1f} MB" for i, py, rss in samples)
    print(report)
    assert py_growth < MAX_PY_GROWTH, report
    assert rss_growth < MAX_RSS_GROWTH, report
    # no steady climb: the second half of the run grows no more than noise
    mid = samples[len(samples) // 2]
    assert last[1] - mid[1] < MAX_PY_GROWTH / 2, report
    controller.refresh_now()
    assert archive.rating_counts(session_id, 1)  # the archive is intact and readable
