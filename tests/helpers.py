"""Helpers several test files share (fixtures live in conftest.py): PDFs read back, raw SQLite files, a form.

Imported as ``from helpers import ...`` (pytest puts tests/ on the path, as
for ``from helpers import run_cli``). Plain functions, no Qt at import time.
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pe_desktop.ui.main.window import MainWindow


REPO = Path(__file__).resolve().parent.parent


# ------------------------------------------------------------------ PDFs
def pdf_text(path: Path, page: int | None = None, *, layout: bool = False) -> str:
    """The text of a PDF (or of one page) as poppler's pdftotext reads it, as a person's viewer would."""
    args = ["pdftotext", "-enc", "UTF-8"]
    if layout:
        args.append("-layout")
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return subprocess.run([*args, str(path), "-"], capture_output=True, text=True, check=True).stdout


def flat(text: str) -> str:
    """Whitespace collapsed, so text wrapped across lines still matches."""
    return " ".join(text.split())


def page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


# ------------------------------------------------------------------ SQLite
def run_sql(path: Path, *statements: str) -> Path:
    """Run ``statements`` on an SQLite file with the plain sqlite3 module, then commit and close.

    For files our code did not write (another program's database) and for
    archives changed behind the store's back (a newer schema version).
    """
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()
    return path


# ------------------------------------------------------------------ windows
def visible_sessions(window: MainWindow) -> list[tuple[str, str]]:
    """(id, title) of the sessions the main window's browser shows now, top to bottom (read from its tree)."""
    from PySide6.QtCore import QModelIndex

    from pe_desktop.ui.main.browser_model import ID_ROLE, KIND_ROLE

    model = window.browser.tree.model()
    found: list[tuple[str, str]] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(KIND_ROLE) == "session":
                found.append((index.data(ID_ROLE), index.data()))
            walk(index)

    walk(QModelIndex())
    return found


def titles(window: MainWindow) -> list[str]:
    """Session titles the main window's browser shows now, top to bottom."""
    return [title for _, title in visible_sessions(window)]


def group_row(editor, index: int):
    """The name box, position and Remove button of a session dialog's group row (0-based), found by accessible name.

    As a screen reader finds them: "Group 2 name", "Group 2 position", "Remove group 2".
    """
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QComboBox, QLineEdit, QToolButton

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # rows removed a moment ago
    number = index + 1

    def find(kind, name: str):
        return next(w for w in editor.findChildren(kind) if w.accessibleName() == name)

    return (find(QLineEdit, f"Group {number} name"), find(QComboBox, f"Group {number} position"),
            find(QToolButton, f"Remove group {number}"))


def hit_texts(results) -> list[list[str]]:
    """What each row of the search results list shows, column by column."""
    hits = results.list
    return [[hits.topLevelItem(r).text(c) for c in range(hits.columnCount())] for r in range(hits.topLevelItemCount())]


# ------------------------------------------------------------------ forms
#: A 1–7 scale with no "not sure" and one item: what a ballot or summary looks like off the default form.
SEVEN_POINTS = '''
key = "seven"
version = 1
title = "Seven points"
source = "A test form"
language = "en"

[scale]
min = 1
max = 7
labels = { 1 = "Never", 7 = "Always" }
allow_unsure = false

[[items]]
key = "a"
title = "Alpha"
question = "How often does alpha happen?"
'''


def run_cli(*args: str, archive: Path | None = None, check: bool = False):
    """Run the real command in a subprocess, as a user would."""
    cmd = [sys.executable, "-m", "pe_desktop", *args]
    if archive is not None:
        cmd += ["--archive", str(archive)]
    result = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, timeout=120)
    if check and result.returncode != 0:
        raise AssertionError(f"{cmd} failed: {result.stderr}")
    return result


# ------------------------------------------------------------ accessibility
def _inside(widget, root, kinds) -> bool:
    parent = widget.parent()
    while parent is not None and parent is not root:
        if isinstance(parent, kinds):
            return True
        parent = parent.parent()
    return False


def unnamed_controls(root) -> list[str]:
    """Controls a screen reader would announce without a name (Qt's internal parts excepted)."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QCalendarWidget,
        QComboBox,
        QLineEdit,
        QTextEdit,
        QWidget,
    )

    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit)
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, kinds + (QCalendarWidget,)) or widget.objectName().startswith("qt_"):
            continue
        if _inside(widget, root, (QComboBox, QAbstractSpinBox, QCalendarWidget)):
            continue  # editors and popups inside a combo box, spin box or calendar are announced by their owner
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        if not (widget.accessibleName() or name).strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {getattr(widget, 'text', lambda: '')()!r}")
    return missing


# ------------------------------------------------------------------ projector
def chart_drawn(chart) -> Any:
    """What a chart draws, from its public state (the data each chart draws from, its legend)."""
    from pe_desktop.charts.bars import DivergingBarsChart
    from pe_desktop.charts.dots import DotChart
    from pe_desktop.charts.gap import PowerGapChart
    from pe_desktop.charts.shift import RoundShiftChart
    from pe_desktop.charts.trend import TrendChart

    if isinstance(chart, DotChart):
        return _dots_drawn(chart)
    if isinstance(chart, DivergingBarsChart):
        segments, shown = chart.segments, chart.shown_rows
        keys = list(chart.instrument.item_keys)
        out = []
        for row, key in enumerate(keys):
            mine = {s.point: s for s in segments if s.row == row}
            segs = [{"point": p, "left": mine[p].left if p in mine else 0.0, "width": mine[p].width if p in mine else 0.0,
                     "count": mine[p].count if p in mine else 0} for p in chart.scale.points]
            out.append({"key": key, "shown": shown[row], "segments": segs})
        return out
    if isinstance(chart, RoundShiftChart):
        return [{"key": r.key, "median1": r.median1, "median2": r.median2} for r in chart.shift_rows]
    if isinstance(chart, PowerGapChart):
        rows = {r.key: r for r in chart.gap_rows}
        out = []
        for key in chart.keys:
            r = rows.get(key)
            both = r is not None and r.community is not None and r.institution is not None
            out.append({"key": key, "community": r.community if both else None,
                        "institution": r.institution if both else None, "gap": r.gap if both else None})
        return out
    if isinstance(chart, TrendChart):
        return {key: list(values) for key, values in chart.trend.series.items()}
    raise TypeError(f"no read-back for {type(chart).__name__}")


def _dots_drawn(chart) -> dict:
    from pe_desktop.charts import style

    swarm, summary = chart.swarm, chart.summary
    dots = [{"x": d.x, "y": d.y, "value": d.value, "colour": d.colour.upper(), "symbol": style.symbol(d.shape),
             "label": d.label} for d in (swarm.dots if swarm else ())]
    counts = {str(p): 0 for p in chart.scale.points}
    for d in dots:
        counts[str(d["value"])] += 1
    median, q1, q3 = summary.get("median"), summary.get("q1"), summary.get("q3")
    shown = median is not None and q1 is not None and q3 is not None
    return {
        "dots": dots, "counts": counts, "n": len(dots), "unsure": swarm.unsure if swarm else 0,
        "median": float(median) if shown else None, "q1": float(q1) if shown else None,
        "q3": float(q3) if shown else None, "iqr": float(q3 - q1) if shown else None,
        "legend": [{"label": lab, "colour": c, "shape": s} for lab, c, s in chart.legend.entries],
    }


def chart_texts(chart) -> list[str]:
    """Every string a chart puts on screen or gives to assistive technology: its description,
    legend, table, axis ticks and the text items its plot holds (pyqtgraph's public ``items``)."""
    import pyqtgraph as pg

    out = [chart.description(), *(label for label, _, _ in chart.legend.entries), *chart.table_header()]
    for row in chart.table_rows():
        out.extend(row)
    for ticks in chart.ticks.values():
        out.extend(text for _, text in ticks)
    out += [item.toPlainText() for item in chart.plot.items if isinstance(item, pg.TextItem) and item.isVisible()]
    return out


def projector_data(projector) -> dict:
    """The numbers the projector has on screen, read back from its public state and chart items."""
    controller = projector.controller
    key = controller.current_item
    view = projector.view()
    out: dict = {"view": view, "round": controller.round}
    if view == "join":
        out["join"] = {"url": projector.join_url, "joined": projector.joined, "qr": projector.join_qr is not None}
    elif view == "item":
        mode = projector.item_mode()
        out.update(item=key, state=controller.item_states().get(key, "pending"), mode=mode)
        if mode == "voting":
            out["rated"] = projector.rated
        else:
            out.update(chart_drawn(projector.dot_chart))
            out.update(projector.result_figures)
    elif view == "overview":
        out["overview"] = chart_drawn(projector.bars_chart)
        out["page"] = (projector.overview_index + 1, projector.overview_pages())
        out["page_keys"] = projector.bars_chart.visible_keys()
    elif view in ("shift", "gap"):
        chart = {"shift": projector.shift_chart, "gap": projector.gap_chart}[view]
        out[view] = chart_drawn(chart)
    return out


def projector_texts(projector) -> list[str]:
    """Every string the projector can put on screen or give to assistive technology, on any page."""
    from PySide6.QtWidgets import QLabel

    out = [projector.windowTitle()]
    for label in projector.findChildren(QLabel):
        out += [label.text(), label.accessibleName(), label.accessibleDescription()]
    for chart in (projector.dot_chart, projector.bars_chart, projector.shift_chart, projector.gap_chart):
        out += chart_texts(chart)
    for table in projector.tables.values():
        out += [table.accessibleDescription()]
        for r in range(table.rowCount()):
            for c in range(table.columnCount()):
                item = table.item(r, c)
                if item is not None:
                    out.append(item.text())
    return [t for t in out if t]


# ------------------------------------------------------------------ archive dumps
#: Columns that record *when* something was written (the audit trail), not what the archive holds.
AUDIT = {
    "ratings": {"id", "recorded_at"},
    "sessions": {"updated_at"},
    "item_states": {"updated_at"},
    "participants": {"created_at"},
}
#: Append-only logs: they record undos too, by design.
LOGS = {"rating_events", "record_events", "event_log_paused", "_sqlite_migrations"}


def dump(archive: Any) -> dict[str, list[tuple]]:
    """Every row of every table, sorted, without audit columns: what "the archive as before" means."""
    tables = [r["name"] for r in archive.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    out: dict[str, list[tuple]] = {}
    for table in tables:
        if (
            table in LOGS or table.startswith("sqlite_") or "_fts" in table
        ):  # search index: derived, rebuilt by triggers
            continue
        rows = archive.query(f"SELECT * FROM {table}")
        skip = AUDIT.get(table, set())
        out[table] = sorted(tuple((k, v) for k, v in row.items() if k not in skip) for row in rows)
    return out


def message_box(qtbot: Any, parent: Any, contains: str = "") -> Any:
    """The visible QMessageBox of ``parent`` whose text has ``contains`` (waits for it)."""
    from PySide6.QtWidgets import QMessageBox

    found: list[QMessageBox] = []

    def visible() -> bool:
        found[:] = [b for b in parent.findChildren(QMessageBox) if b.isVisible() and contains in b.text()]
        return bool(found)

    qtbot.waitUntil(visible)
    return found[0]


def click_button(qtbot: Any, box: Any, text: str) -> None:
    """Click ``box``'s button labelled ``text`` (mnemonic ampersands ignored) and wait for the box to close."""
    from PySide6.QtCore import Qt

    button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())
