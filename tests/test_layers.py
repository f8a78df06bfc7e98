"""The layers of docs/design.md §3 hold: import-linter checks the contracts in
pyproject.toml (the layer order, and no Qt or pyqtgraph below ui and charts)."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

from helpers import REPO

PACKAGE = REPO / "pe_desktop"


def lint_imports() -> subprocess.CompletedProcess[str]:
    """Run import-linter on the repository, as CI does."""
    executable = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    return subprocess.run(
        [executable, "--no-cache"], cwd=REPO, capture_output=True, text=True, encoding="utf-8", check=False
    )


def test_import_linter_contracts_are_kept() -> None:
    result = lint_imports()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def imported_roots(path: Path) -> set[str]:
    """Top-level names a module imports, at any depth (function-level too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_core_imports_only_stdlib_and_core() -> None:
    """import-linter checks our own layers; which third-party packages the pure
    domain may use is checked here."""
    allowed = {"pe_desktop", "platformdirs", "numpy", "__future__"}
    for path in (PACKAGE / "core").rglob("*.py"):
        for root in imported_roots(path):
            assert root in allowed or root in sys.stdlib_module_names, f"{path.name} imports {root}"
