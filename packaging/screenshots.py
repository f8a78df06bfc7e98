"""Regenerate the screenshots in docs/screenshots/ from the demo archive.

    uv run python packaging/screenshots.py [--out docs/screenshots]

Runs on Qt's offscreen platform (no display needed; fonts from fontconfig,
DejaVu Sans on the CI image) with a fixed demo date, window sizes and
settings in a temporary folder, so two runs give the same pictures. Shows:
the main window on the demo, the New session dialog, the session console of
the finished session, and the projector (join screen, an item's result, the
overview, the round shift) at 1920 x 1080, the size of a common projector;
last, the partnership's trend window once the demo's second session has
been rated (seeded ratings, added after the other pictures are taken).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MAIN_SIZE = (1280, 800)
PROJECTOR_SIZE = (1920, 1080)
DEMO_DAY = date(2026, 11, 22)
DEMO_JOIN_URL = "http://192.168.4.1:8000/j/Hk3v9QpXa2LmN0wz"


def settle(ms: int = 300) -> None:
    """Let timers fire and layouts, charts and paints finish before grabbing."""
    from PySide6.QtTest import QTest

    QTest.qWait(ms)


def save(widget, path: Path) -> None:
    settle()
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path.relative_to(REPO) if path.is_relative_to(REPO) else path}")


def qr_png(url: str) -> bytes:
    import io

    import segno

    out = io.BytesIO()
    segno.make(url, error="m").save(out, kind="png", scale=10, border=2)
    return out.getvalue()


def rate_for_trend(archive, session_id: str, seed: int = 20261210) -> None:
    """Seeded ratings for the demo's ready session, a little higher than the first: a trend worth drawing."""
    import random

    rng = random.Random(seed)
    instrument = archive.instrument(session_id)
    entries = []
    for group, size in zip(archive.groups(session_id), (8, 6, 6, 3), strict=True):
        lean = -0.5 if group.position == "community" else 0.5
        for _ in range(size):
            person = archive.add_participant(session_id, group.id, "paper").id
            for key in instrument.item_keys:
                entries.append((person, key, max(1, min(5, round(3.4 + lean + rng.gauss(0, 0.8))))))
    archive.record_ratings(session_id, 1, entries, source="demo")
    archive.set_item_states(session_id, 1, instrument.item_keys, "revealed")


def main() -> int:
    parser = argparse.ArgumentParser(description="Regenerate docs/screenshots/*.png from the demo.")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)

    # a fixed folder, because the main window shows the archive's path in its status bar
    tmp = Path(tempfile.gettempdir()) / "pe-desktop-screenshots"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["PE_DESKTOP_SETTINGS_DIR"] = str(tmp / "settings")
    os.environ["PE_DESKTOP_FORMS_DIR"] = str(tmp / "forms")
    os.environ["PE_DESKTOP_FIRST_RUN"] = "empty"
    sys.path.insert(0, str(REPO))

    from PySide6.QtCore import QDate

    from pe_desktop.app import build_app
    from pe_desktop.demo import create_demo
    from pe_desktop.store import Archive
    from pe_desktop.ui.main.window import MainWindow
    from pe_desktop.ui.settings import open_settings

    app = build_app()
    archive = Archive.open(tmp / "eastside.sqlite")
    ids = create_demo(archive, today=DEMO_DAY)

    window = MainWindow(archive, open_settings())
    window.resize(*MAIN_SIZE)
    window.show()
    window.select_id(ids["closed"])
    save(window, out / "main_window.png")

    dialog = window.new_session()
    dialog.title.setText("Winter check-in")
    dialog.held_on.setDate(QDate(DEMO_DAY.year, 12, 10))
    dialog.location.setText("Eastside Library, Room B")
    dialog.facilitator.setText("Ana Ruiz")
    dialog.stage.setCurrentIndex(dialog.stage.findData("activate"))
    save(dialog, out / "session_dialog.png")
    dialog.reject()

    console = window.open_console(ids["closed"])
    if console is None:
        print("no session console in this build: console and projector screenshots skipped")
    else:
        console.resize(*MAIN_SIZE)
        controller = console.controller
        controller.set_current_item("materially-beneficial")
        controller.refresh_now()
        save(console, out / "console.png")

        projector = console.projector
        projector.resize(*PROJECTOR_SIZE)
        projector.show()
        projector.set_join_info(DEMO_JOIN_URL, qr_png(DEMO_JOIN_URL), 24)
        projector.set_view("join")
        save(projector, out / "projector_join.png")
        for view in ("item", "overview", "shift"):
            projector.set_view(view)
            controller.refresh_now()
            save(projector, out / f"projector_{view}.png")
        projector.close()
        console.close()

    rate_for_trend(archive, ids["ready"])
    window.refresh()
    window.select_id(ids["partnership"])
    trend = window.show_trends()
    trend.resize(*MAIN_SIZE)
    save(trend, out / "trend.png")
    trend.close()
    window.close()  # closes the archive
    app.processEvents()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
