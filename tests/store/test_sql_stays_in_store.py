"""SQL is written in one place: pe_desktop/store. Everything else calls named store methods."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "pe_desktop"
#: SQL as this project writes it: a string starting with an upper-case statement keyword.
SQL = re.compile(r"""["']\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|WITH RECURSIVE)\s""")
SQL_IN_TRIPLE = re.compile(r'"""\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|WITH)\s')
QUERY_CALL = re.compile(r"\.query\(|\.execute\(|\.executemany\(")


def _outside_store() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "store" not in p.relative_to(PACKAGE).parts]


def test_no_sql_text_outside_store() -> None:
    offenders = []
    for path in _outside_store():
        text = path.read_text(encoding="utf-8")
        for number, line in enumerate(text.splitlines(), start=1):
            if SQL.search(line) or SQL_IN_TRIPLE.search(line):
                offenders.append(f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}")
    assert offenders == []


def test_no_query_calls_outside_store() -> None:
    offenders = []
    for path in _outside_store():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if QUERY_CALL.search(line):
                offenders.append(f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}")
    assert offenders == []


def test_the_checks_catch_sql(tmp_path) -> None:
    assert SQL.search('rows = archive.query("SELECT id FROM sessions")')
    assert SQL_IN_TRIPLE.search('"""SELECT a.id FROM actions a')
    assert QUERY_CALL.search("archive.query(sql)")
    assert not SQL.search('print("Select a session first")')
