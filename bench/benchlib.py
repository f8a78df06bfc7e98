"""Small pieces the benchmark scripts share (imported as ``benchlib``).

Running ``python bench/<name>.py`` puts this folder first on ``sys.path``.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

#: Stakeholder groups of the GUI benches' sessions: two on each side of the power gap.
GROUPS = (("Residents", "community"), ("Organizers", "community"), ("Staff", "institution"), ("Funders", "institution"))


def timed(func: Callable[[], Any], repeat: int) -> tuple[float, float]:
    """(first run, median of all runs) in milliseconds."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        func()
        times.append((time.perf_counter() - started) * 1000)
    return times[0], statistics.median(times)


def wait_until(app: Any, condition: Callable[[], bool], timeout: float = 30.0) -> float:
    """Spin a QApplication's event loop until ``condition()``; returns the moment it became true."""
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("condition not met")
        app.processEvents()
    return time.perf_counter()
