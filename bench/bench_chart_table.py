"""A chart's table equivalent (ChartTable) refreshed for a partnership's trend over 150 sessions.

Scenario: the trend of a 6-item form over N sessions (default 150), so the
table has 6 rows and N + 1 columns; the table is on screen, as when a person
presses T or opens the Medians tab. Measured, as the median of several runs
in one process:

1. now: ``ChartTable.refresh()``, which fills every cell and then sizes the
   columns once (``resizeColumnsToContents``);
2. baseline, same run: the same refresh with the header in
   ``ResizeToContents`` mode, as ChartTable had it, which measures the
   columns again for every cell set.

Also printed: the same for 10 sessions, to show that small tables (the
projector's) lose nothing by it.

    cd /work/main && uv run python bench/bench_chart_table.py [--sessions 150] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication, QHeaderView  # noqa: E402

from pe_desktop.charts.base import ChartView  # noqa: E402
from pe_desktop.charts.table import ChartTable  # noqa: E402
from pe_desktop.charts.trend import TrendChart  # noqa: E402
from pe_desktop.core.instruments import find_instrument  # noqa: E402


class FormerChartTable(ChartTable):
    """The baseline: the header back in ``ResizeToContents`` mode, as ChartTable had it."""

    def __init__(self, chart: ChartView) -> None:
        super().__init__(chart)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


def trend(keys: list[str], sessions: int, shift: int) -> dict:
    """A trend object like ``pe-desktop trend --json``; ``shift`` changes every median (a real redraw)."""
    return {"sessions": [
        {"id": f"s{i}", "title": f"Session {i}", "held_on": f"{2000 + i // 12}-{1 + i % 12:02d}-01",
         "items": {k: {"median": 1 + (i + j + shift) % 9 / 2, "rwg": 0.5, "n": 12} for j, k in enumerate(keys)}}
        for i in range(sessions)]}


def measure(table_class: type[ChartTable], sessions: int, runs: int, app: QApplication) -> float:
    """Median ms of one refresh with the table on screen."""
    instrument = find_instrument("partnership-equity")
    keys = list(instrument.item_keys)
    chart = TrendChart(instrument.scale, {k: instrument.item(k).title for k in keys})
    table = table_class(chart)
    table.resize(1280, 400)
    table.show()
    app.processEvents()
    times = []
    for run in range(runs):
        chart.set_trend(trend(keys, sessions, run))  # the table is visible: refresh() runs in here
        start = time.perf_counter()
        table.refresh()
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    table.close()
    chart.deleteLater()
    table.deleteLater()
    app.processEvents()
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=150)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    for sessions in (args.sessions, 10):
        now = measure(ChartTable, sessions, args.runs, app)
        before = measure(FormerChartTable, sessions, args.runs, app)
        print(f"{sessions:>4} sessions: refresh {now:8.1f} ms now, {before:8.1f} ms before "
              f"(same run; {before / now:5.1f}x)")


if __name__ == "__main__":
    main()
