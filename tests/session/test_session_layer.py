"""The session layer stays below the windows, the server and the report, and type-checks strictly."""

from __future__ import annotations

import ast
import subprocess
import sys

from helpers import REPO

SESSION = REPO / "pe_desktop" / "session"
#: Layers above the session layer (DESIGN §3): it must never reach up into them.
ABOVE = ("pe_desktop.ui", "pe_desktop.charts", "pe_desktop.server", "pe_desktop.report", "pe_desktop.commands",
         "pe_desktop.app", "pe_desktop.cli", "PySide6", "shiboken6", "pyqtgraph")


def test_the_session_layer_imports_nothing_above_it():
    offenders = []
    for path in SESSION.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            offenders += [f"{path.name}: {n}" for n in names if n.startswith(ABOVE)]
    assert offenders == []


def test_the_session_layer_is_mypy_strict_clean():
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "pe_desktop/session"],
        cwd=REPO, capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
