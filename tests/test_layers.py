"""Nothing below the ui layer imports Qt (DESIGN §3)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "pe_desktop"
FORBIDDEN = {"PySide6", "shiboken6", "pyqtgraph"}
QT_FREE = ("core", "store", "session", "report", "server")


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_no_qt_below_ui() -> None:
    offenders = []
    for layer in QT_FREE:
        for path in (PACKAGE / layer).rglob("*.py"):
            bad = imported_roots(path) & FORBIDDEN
            if bad:
                offenders.append(f"{path.relative_to(PACKAGE)} imports {sorted(bad)}")
    assert offenders == []


def test_core_imports_only_stdlib_and_core() -> None:
    allowed = {"pe_desktop", "platformdirs", "numpy", "__future__"}
    import sys

    for path in (PACKAGE / "core").rglob("*.py"):
        for root in imported_roots(path):
            assert root in allowed or root in sys.stdlib_module_names, f"{path.name} imports {root}"


def test_checker_catches_a_qt_import(tmp_path: Path) -> None:
    sample = tmp_path / "bad.py"
    sample.write_text("def f():\n    from PySide6.QtCore import QObject\n")
    assert imported_roots(sample) & FORBIDDEN == {"PySide6"}
