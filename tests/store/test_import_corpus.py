"""Imports of the files people really have (issue 12): each written with the bytes its program writes.

Every file of the corpus holds the same ratings as CLEAN, in the way Excel
(Windows, Spanish, "Unicode text", .xlsx), Google Forms, pandas, R, a Mac
(NFD names) or our own export writes them; each must import to the same
ratings. Every refused file leaves the archive byte-identical and names the
file, the line its record starts on, the column and the value, with a hint.
"""

from __future__ import annotations

import csv
import hashlib
import io
import unicodedata
from pathlib import Path

import pytest
from openpyxl import Workbook

from pe_desktop.core.instruments import find_instrument
from pe_desktop.store import Archive, ValidationError
from pe_desktop.store.io.csv_import import import_csv, plan_import
from pe_desktop.store.io.export_csv import export_csv

PE = find_instrument("partnership-equity")
ES = PE.localized("es")
#: (participant, group, item, value): the ratings every file of the corpus holds.
RATINGS = [
    ("R1", "Peñón", "continual", 4), ("R1", "Peñón", "bilateral", None),
    ("R2", "Peñón", "continual", 3), ("R2", "Peñón", "bilateral", 5),
    ("F1", "Funders", "continual", 2), ("F1", "Funders", "bilateral", 1),
]
LONG_HEADER = ["participant", "group", "item", "value"]


def _long(value=lambda v: "" if v is None else str(v), item=lambda k: k) -> list[list[str]]:
    return [LONG_HEADER] + [[p, g, item(k), value(v)] for p, g, k, v in RATINGS]


def _wide(headers: list[str], value=lambda v: "" if v is None else str(v)) -> list[list[str]]:
    people: dict[str, dict] = {}
    for p, g, k, v in RATINGS:
        people.setdefault(p, {"group": g})[k] = v
    return [["participant", "group", *headers]] + [
        [p, row["group"], value(row["continual"]), value(row["bilateral"])] for p, row in people.items()
    ]


def _csv(rows: list[list[str]], delimiter: str = ",", quoting: int = csv.QUOTE_MINIMAL, end: str = "\r\n") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, quoting=quoting, lineterminator=end).writerows(rows)
    return out.getvalue()


def _xlsx(path: Path, rows: list[list[object]]) -> None:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)


def _google_forms() -> bytes:
    """Timestamp, the group question, then one column per question titled by its text (Google's CSV is UTF-8)."""
    rows = [["Timestamp", "Group", PE.item("continual").question, PE.item("bilateral").question]]
    people: dict[str, dict] = {}
    for p, g, k, v in RATINGS:
        people.setdefault(p, {"group": g})[k] = v
    for n, row in enumerate(people.values()):
        rows.append([f"2026/11/01 10:0{n}:00 AM GMT-5", row["group"],
                     *("" if row[k] is None else str(row[k]) for k in ("continual", "bilateral"))])
    return _csv(rows).encode("utf-8")


def _pandas() -> bytes:
    """DataFrame.to_csv() defaults: an unnamed index column, floats as 4.0, NaN as empty, \\n."""
    rows = [[""] + LONG_HEADER] + [[str(n), p, g, k, "" if v is None else f"{float(v)}"] for n, (p, g, k, v) in enumerate(RATINGS)]
    return _csv(rows, end="\n").encode("utf-8")


def _r_write_csv() -> bytes:
    """write.csv() defaults: every text quoted, row names in an unnamed first column, NA unquoted."""
    lines = ['"","participant","group","item","value"']
    for n, (p, g, k, v) in enumerate(RATINGS, start=1):
        lines.append(f'"{n}","{p}","{g}","{k}",{"NA" if v is None else v}')
    return ("\n".join(lines) + "\n").encode("utf-8")


def _own_export(tmp_path: Path) -> bytes:
    path = tmp_path / "source.sqlite"
    with Archive.open(path) as arch:
        sid = _session(arch)
        clean = tmp_path / "clean-for-export.csv"
        clean.write_text(_csv(_long()), encoding="utf-8")
        import_csv(arch, sid, clean)
        export_csv(arch, sid, tmp_path / "export.csv")
    return (tmp_path / "export.csv").read_bytes()


def _unsure_words() -> bytes:
    words = iter(["not sure", "N/A", "no sé", "NA"])
    return _csv(_long(value=lambda v: next(words) if v is None else str(v))).encode("utf-8")


def _nfd() -> bytes:
    return unicodedata.normalize("NFD", _csv(_long())).encode("utf-8")


CORPUS = {
    "clean.csv": lambda tmp: _csv(_long()).encode("utf-8"),
    "excel-windows-cp1252.csv": lambda tmp: _csv(_long()).encode("cp1252"),
    "excel-spanish-semicolon.csv": lambda tmp: _csv(_long(), delimiter=";").encode("cp1252"),
    "tab-separated.tsv": lambda tmp: _csv(_long(), delimiter="\t", end="\n").encode("utf-8"),
    "excel-unicode-text.txt": lambda tmp: b"\xff\xfe" + _csv(_long(), delimiter="\t").encode("utf-16-le"),
    "utf8-bom.csv": lambda tmp: b"\xef\xbb\xbf" + _csv(_long()).encode("utf-8"),
    "google-forms.csv": lambda tmp: _google_forms(),
    "excel-trailing-empty-column.csv": lambda tmp: _csv([row + [""] for row in _long()]).encode("cp1252"),
    "pandas-to-csv.csv": lambda tmp: _pandas(),
    "r-write-csv.csv": lambda tmp: _r_write_csv(),
    "item-titles.csv": lambda tmp: _csv(_long(item=lambda k: PE.item(k).title.upper())).encode("utf-8"),
    "wide-spanish-titles.csv": lambda tmp: _csv(_wide([ES.item("continual").title, ES.item("bilateral").title]),
                                                delimiter=";").encode("cp1252"),
    "wide-labels.csv": lambda tmp: _csv(_wide(["continual", "bilateral"],
                                              value=lambda v: "" if v is None else PE.scale.labels[v])).encode("utf-8"),
    "not-sure-words.csv": lambda tmp: _unsure_words(),
    "own-export.csv": _own_export,
    "nfd-names.csv": lambda tmp: _nfd(),
}


def _session(arch: Archive) -> str:
    pid = arch.create_partnership("Corpus")
    return arch.create_session(PE, "S", pid, groups=[("Peñón", "community"), ("Funders", "institution")])


def _ratings(arch: Archive, sid: str) -> list[tuple]:
    """(group, item, value) of every rating, participants compared by the set of their ratings."""
    rows = arch.query(
        """SELECT p.code, g.name AS g, r.item_key, r.value FROM ratings r JOIN participants p ON p.id = r.participant_id
           LEFT JOIN groups g ON g.id = p.group_id WHERE r.session_id = ?""", [sid])
    people: dict[str, list] = {}
    for row in rows:
        people.setdefault(row["code"], []).append((row["g"], row["item_key"], -1 if row["value"] is None else row["value"]))
    return sorted(tuple(sorted(r)) for r in people.values())


def _import(tmp_path: Path, name: str, data: bytes) -> list[tuple]:
    folder = tmp_path / name.replace(".", "-")
    folder.mkdir()
    path = folder / ("book.xlsx" if name.endswith(".xlsx") else name)
    path.write_bytes(data)
    with Archive.open(folder / "a.sqlite") as arch:
        sid = _session(arch)
        assert import_csv(arch, sid, path) == len(RATINGS)
        return _ratings(arch, sid)


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_each_real_world_file_imports_to_the_clean_ratings(tmp_path, name) -> None:
    expected = _import(tmp_path, "expected.csv", CORPUS["clean.csv"](tmp_path))
    assert _import(tmp_path, name, CORPUS[name](tmp_path)) == expected


def test_xlsx_written_by_openpyxl_imports_to_the_clean_ratings(tmp_path) -> None:
    expected = _import(tmp_path, "expected.csv", CORPUS["clean.csv"](tmp_path))
    book = tmp_path / "made.xlsx"
    _xlsx(book, [LONG_HEADER] + [[p, g, k, None if v is None else float(v) if p == "R2" else v] for p, g, k, v in RATINGS])
    assert _import(tmp_path, "book.xlsx", book.read_bytes()) == expected


def test_the_plan_says_how_each_column_was_understood(archive, tmp_path) -> None:
    sid = _session(archive)
    path = tmp_path / "google.csv"
    path.write_bytes(_google_forms())
    plan = plan_import(archive, sid, path)
    assert plan.layout == "wide" and plan.encoding == "utf-8" and plan.delimiter == ","
    assert [c.role for c in plan.columns] == ["ignored", "group", "item:continual", "item:bilateral"]
    assert plan.preview[0][1] == "Peñón" and plan.participants == 3
    assert archive.query("SELECT count(*) AS n FROM ratings")[0]["n"] == 0  # a plan writes nothing


REFUSED = {
    # name: (bytes, line, fragments)
    "cp1252-out-of-scale.csv": (_csv(_long()).replace("continual,4", "continual,7").encode("cp1252"), 2, ["'value'", "7", "1..5"]),
    "spanish-bad-word.csv": (_csv(_long(), delimiter=";").replace("bilateral;5", "bilateral;cinco").encode("cp1252"),
                             5, ["'value'", "'cinco'", "leave it empty"]),
    "multi-line-record.csv": (('participant,group,item,value\r\nR1,"Pe\r\nñón",continual,4\r\n').encode("utf-8"),
                              2, ["'group'", "Peñón", "add the group"]),
    "unicode-text-unknown-item.txt": (b"\xff\xfe" + _csv([LONG_HEADER, ["R1", "Peñón", "mood", "4"]], "\t").encode("utf-16-le"),
                                      2, ["'item'", "'mood'", "items:"]),
    "wide-half-point.csv": (_csv(_wide(["continual", "bilateral"])).replace(",4,", ",3.5,").encode("utf-8"),
                            2, ["'continual'", "'3.5'", "whole number"]),
    "binary.csv": (b"\x00\x01\x02junk" * 50, 1, ["binary", "CSV UTF-8"]),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_refused_file_names_file_line_column_value_and_changes_no_byte(tmp_path, name) -> None:
    data, line, fragments = REFUSED[name]
    archive_path = tmp_path / "a.sqlite"
    with Archive.open(archive_path) as arch:
        sid = _session(arch)
    digest = hashlib.sha256(archive_path.read_bytes()).hexdigest()
    path = tmp_path / name
    path.write_bytes(data)
    with Archive.open(archive_path) as arch, pytest.raises(ValidationError) as info:
        import_csv(arch, sid, path)
    message = str(info.value)
    assert message.startswith(f"{path}: line {line}:"), message
    assert all(fragment in message for fragment in fragments), message
    assert hashlib.sha256(archive_path.read_bytes()).hexdigest() == digest


def test_refused_xlsx_changes_no_byte(tmp_path) -> None:
    archive_path = tmp_path / "a.sqlite"
    with Archive.open(archive_path) as arch:
        sid = _session(arch)
    digest = hashlib.sha256(archive_path.read_bytes()).hexdigest()
    book = tmp_path / "bad.xlsx"
    _xlsx(book, [LONG_HEADER, ["R1", "Peñón", "continual", 4], ["R2", "Nobody", "continual", 9]])
    with Archive.open(archive_path) as arch, pytest.raises(ValidationError, match=r"bad.xlsx: line 3: field 'group': 'Nobody'"):
        import_csv(arch, sid, book)
    assert hashlib.sha256(archive_path.read_bytes()).hexdigest() == digest
