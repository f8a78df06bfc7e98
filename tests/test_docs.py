"""docs/design.md is the design the code cites: its references resolve, and its
layer table is the one import-linter enforces."""

from __future__ import annotations

import re
import tomllib

from helpers import REPO

DESIGN = REPO / "docs" / "design.md"
CITED = ("pe_desktop", "tests", "bench", "packaging")
REFERENCE = re.compile(r"docs/design\.md ((?:§\d+(?:,? (?:and )?)?)+)")


def sections() -> set[int]:
    """Numbers of the ``## n. Title`` headings."""
    return {int(n) for n in re.findall(r"^## (\d+)\. ", DESIGN.read_text(encoding="utf-8"), re.MULTILINE)}


def references() -> list[tuple[str, int]]:
    """Every ``docs/design.md §n`` (also ``§n and §m``) in the code, with where it is."""
    found: list[tuple[str, int]] = []
    for folder in CITED:
        for path in sorted((REPO / folder).rglob("*")):
            if path.suffix not in {".py", ".js", ".toml", ".sh"} or not path.is_file():
                continue
            for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                for match in REFERENCE.finditer(line):
                    where = f"{path.relative_to(REPO)}:{lineno}"
                    found.extend((where, int(n)) for n in re.findall(r"§(\d+)", match.group(1)))
    return found


def test_sections_are_numbered_in_order() -> None:
    numbers = [int(n) for n in re.findall(r"^## (\d+)\. ", DESIGN.read_text(encoding="utf-8"), re.MULTILINE)]
    assert numbers == list(range(1, len(numbers) + 1))
    assert "## 7. Session layer" in DESIGN.read_text(encoding="utf-8")


def test_every_reference_names_an_existing_section() -> None:
    refs = references()
    assert len(refs) >= 20, "the code cites the design in many places; did the pattern stop matching?"
    missing = [f"{where}: §{n}" for where, n in refs if n not in sections()]
    assert missing == []


def test_no_reference_to_the_old_design_file() -> None:
    stale = [
        f"{path.relative_to(REPO)}"
        for folder in CITED
        for path in (REPO / folder).rglob("*.py")
        if re.search(r"DESIGN(\.md)? §", path.read_text(encoding="utf-8"))
    ]
    assert stale == []


def table_layers() -> list[tuple[frozenset[str], bool]]:
    """The §3 table: per row (top first) its modules and whether they are independent."""
    text = DESIGN.read_text(encoding="utf-8")
    part = text.split("## 3. ", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in part.splitlines() if line.startswith("| ") and "`pe_desktop" in line]
    layers = []
    for row in rows:
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        modules = frozenset(re.findall(r"`(pe_desktop[\w.]*)`", cells[1]))
        layers.append((modules, cells[2] == "independent"))
    return layers


def contract_layers() -> list[tuple[frozenset[str], bool]]:
    """The layers contract of pyproject.toml, in the same shape."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    (layers_contract,) = [c for c in contracts if c["type"] == "layers"]
    layers = []
    for raw in layers_contract["layers"]:
        independent = ":" not in raw
        names = re.split(r"[|:]", raw)
        layers.append((frozenset(name.strip().strip("()") for name in names), independent))
    return layers


def test_layer_table_matches_the_import_linter_contract() -> None:
    assert table_layers() == contract_layers()


def test_qt_free_contract_covers_every_layer_below_ui() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    (forbidden,) = [c for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "forbidden"]
    below_ui = {module for modules, _ in table_layers()[2:] for module in modules}
    present = {m for m in below_ui if any(REPO.glob(m.replace(".", "/") + "*"))}
    assert present <= set(forbidden["source_modules"])
    assert {"PySide6", "shiboken6", "pyqtgraph"} <= set(forbidden["forbidden_modules"])
