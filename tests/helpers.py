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
from typing import TYPE_CHECKING

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
def titles(window: MainWindow) -> list[str]:
    """Session titles the main window's browser shows now, top to bottom."""
    return [title for _, title in window.visible_sessions()]


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
    from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QCalendarWidget, QComboBox,
                                   QLineEdit, QTextEdit, QWidget)

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
