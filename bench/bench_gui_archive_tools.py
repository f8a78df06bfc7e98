"""The archive-over-time windows on a big archive: trend window and search-as-you-type.

Both run on the GUI thread (a trend is read when the window opens or is
refreshed; a full-text search runs a quarter second after the last key press
in the Find box), so their cost is time the window does not paint. Measured
on an archive built with ``bench_archive.build`` (cached under /tmp):
by default 1,500 sessions, 50 participants each, two rounds (900,000
ratings), one partnership holding 150 of them.

- trend window: opening a TrendWindow on the largest partnership (read, chart,
  three tables, first paint) and its Refresh; goal <= 300 ms. Baseline, same
  run: ``partnership_trend`` alone (the store's share).
- search: ``SearchResults.run_now`` for a two-word prefix query that fills
  the list with 100 hits; goal <= 60 ms (typing stays smooth). Baseline,
  same run: the store's ``search`` with the same arguments.

    cd /work/main && uv run python bench/bench_gui_archive_tools.py [--sessions N] [--rebuild] [--repeat 7]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import timed  # noqa: E402

CACHE = Path(os.environ.get("PE_BENCH_GUI_DIR", "/tmp/pe-desktop-bench-gui"))
LARGEST = 150
QUERY = "budg trus"


def row(label: str, first: float, median: float, baseline: float, goal: float) -> None:
    print(f"{label:<44} first {first:7.1f} ms   median {median:7.1f} ms   (baseline {baseline:6.1f} ms)"
          f"   goal <= {goal:.0f} ms: {'ok' if median <= goal else 'MISSED'}")


def cached(sessions: int, rebuild: bool) -> Path:
    """The archive (built in a child process, so its memory and time stay out of the figures)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"archive-{sessions}.sqlite"
    stamp = CACHE / f"archive-{sessions}.json"
    from pe_desktop.store.schema import SCHEMA_VERSION

    key = {"sessions": sessions, "largest": LARGEST, "schema": SCHEMA_VERSION}
    if rebuild or not path.exists() or not stamp.exists() or json.loads(stamp.read_text()) != key:
        stamp.unlink(missing_ok=True)
        started = time.perf_counter()
        subprocess.run([sys.executable, __file__, "--build-only", "--sessions", str(sessions)], check=True)
        print(f"built the archive in {time.perf_counter() - started:.0f} s (cached in {CACHE})")
        stamp.write_text(json.dumps(key))
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=1500)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--build-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build_only:
        from bench_archive import build

        build(CACHE / f"archive-{args.sessions}.sqlite", args.sessions, 60, LARGEST, 0, seed=6)
        return 0
    path = cached(args.sessions, args.rebuild)

    from PySide6.QtWidgets import QApplication

    from pe_desktop.store import Archive
    from pe_desktop.store.search import search
    from pe_desktop.store.trends import partnership_trend
    from pe_desktop.ui.dialogs.trends import TrendWindow
    from pe_desktop.ui.main.search_panel import LIMIT, MARK, SNIPPET_WORDS, SearchResults

    app = QApplication.instance() or QApplication([])
    archive = Archive.open(path)
    largest = archive.query(
        "SELECT partnership_id AS id, count(*) AS n FROM sessions GROUP BY partnership_id ORDER BY n DESC LIMIT 1")[0]
    ratings = archive.query("SELECT count(*) AS n FROM ratings")[0]["n"]
    print(f"archive: {args.sessions} sessions, {ratings:,} ratings; largest partnership {largest['n']} sessions")

    _, base = timed(lambda: partnership_trend(archive, largest["id"]), args.repeat)
    windows: list[TrendWindow] = []

    def open_window() -> None:
        window = TrendWindow(archive, largest["id"])
        window.show()
        window.repaint()  # the first paint, chart included
        app.processEvents()
        windows.append(window)

    first, median = timed(open_window, args.repeat)
    row(f"trend window opens ({largest['n']} sessions)", first, median, base, goal=300)
    first, median = timed(windows[-1].reload, args.repeat)
    row("trend window Refresh", first, median, base, goal=300)
    for window in windows:
        window.close()
        window.deleteLater()
    app.processEvents()

    _, base = timed(lambda: search(archive, QUERY, limit=LIMIT, mark=MARK, snippet_words=SNIPPET_WORDS), args.repeat)
    results = SearchResults()
    results.set_archive(archive)
    results.resize(700, 300)
    results.show()
    results.schedule(QUERY)

    def run() -> None:
        results.run_now()
        results.repaint()

    first, median = timed(run, args.repeat)
    row(f"search '{QUERY}' ({len(results.hits)} hits listed)", first, median, base, goal=60)
    results.close()
    archive.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
