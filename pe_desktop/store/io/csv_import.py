"""Import ratings from the files people have: validated whole, then one transaction.

:func:`plan_import` reads the file (any usual encoding and delimiter, or
.xlsx: :mod:`.table_file`), understands its columns (:mod:`.columns`: one
row per rating, or one row per person and one column per item) and checks
every row before anything is written, so a bad row at the end of a long file
changes nothing. The plan says how each column was understood and holds the
first records, so the GUI can show a preview; :func:`write_import` then
writes all its rows in one transaction. A refusal names the file, the line
the record starts on, the column and the value, with a hint.

"not sure", "NA", "N/A", "no sé" or an empty cell mean "not sure"; ``4.0``
is 4; scale labels ("Mostly") are their value. Names are compared in Unicode
NFC and case-insensitively, so "Peñón" typed on a Mac matches the group
created on Windows. Participant codes and group names come back from
``pe-desktop export --csv`` with a leading apostrophe where they would
otherwise start a spreadsheet formula (:mod:`.spreadsheet`); that apostrophe
is removed, so an export imports as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pe_desktop.core.instruments import Instrument
from pe_desktop.store.archive import Archive, new_id, now_iso
from pe_desktop.store.errors import ValidationError
from pe_desktop.store.io.columns import UNSURE_WORDS, Column, item_headers, normal, scale_words, understand
from pe_desktop.store.io.spreadsheet import unguard_cell
from pe_desktop.store.io.table_file import read_table

REQUIRED = ("participant", "item", "value")
OPTIONAL = ("group", "round")
PREVIEW_ROWS = 5

#: (round, participant code, group id or None, item key, value, first line)
Rating = tuple[int, str, "str | None", str, "int | None", int]


@dataclass
class ImportPlan:
    """What an import would write, and how the file was understood (for a preview)."""

    path: Path
    encoding: str
    delimiter: str
    layout: str  # "long" (one row per rating) or "wide" (one row per person)
    columns: list[Column]
    preview: list[list[str]]
    ratings: list[Rating] = field(default_factory=list)

    @property
    def participants(self) -> int:
        return len({r[1] for r in self.ratings})


class _Rows:
    """Checks one file's records against one session; raises on the first problem."""

    def __init__(self, archive: Archive, session_id: str, path: Path, round: int | None) -> None:
        self.path = path
        self.inst: Instrument = archive.instrument(session_id)
        self.words = scale_words(self.inst)
        self.groups = {normal(g["name"]): g for g in archive.groups(session_id)}
        self.known = {normal(p["code"]): p for p in archive.participants(session_id)}
        self.round = round or archive.session(session_id)["current_round"]
        self.codes: dict[str, str] = {}
        self.file_groups: dict[str, str | None] = {}
        self.seen: dict[tuple[int, str, str], int] = {}

    def bad(self, line: int, message: str) -> ValidationError:
        return ValidationError(f"{self.path}: line {line}: {message}")

    def value(self, line: int, column: str, text: str) -> int | None:
        word = normal(text)
        scale = self.inst.scale
        if word == "" or word in UNSURE_WORDS:
            if not scale.allow_unsure:
                raise self.bad(line, f"field {column!r} is {text.strip()!r} (not sure) and {self.inst.key} has no 'not sure'")
            return None
        if word in self.words:
            return self.words[word]
        try:
            number = float(word.replace(",", "."))
        except ValueError:
            raise self.bad(line, f"field {column!r}: {text.strip()!r} is not a number; use {scale.min}..{scale.max}, "
                                 "a scale label, or leave it empty for 'not sure'") from None
        if not number.is_integer():
            raise self.bad(line, f"field {column!r}: {text.strip()!r} is not a whole number ({scale.min}..{scale.max})")
        if not scale.min <= number <= scale.max:
            raise self.bad(line, f"field {column!r}: {int(number)} is outside the scale {scale.min}..{scale.max}")
        return int(number)

    def group(self, line: int, text: str | None, code: str) -> str | None:
        group_id: str | None = None
        if text is not None:
            name = unguard_cell(text.strip())
            group = self.groups.get(normal(name))
            if group is None:
                listing = ", ".join(g["name"] for g in self.groups.values()) or "none"
                raise self.bad(line, f"field 'group': {name!r} is not a group of this session (groups: {listing}); "
                                     "add the group to the session or correct the name")
            group_id = group["id"]
            known = self.known.get(normal(code))
            if known is not None and known["group_id"] != group_id:
                raise self.bad(line, f"participant {code!r} belongs to group {known['group_name']!r}, not {name!r}")
        elif normal(code) in self.known:
            group_id = self.known[normal(code)]["group_id"]
        if self.file_groups.setdefault(normal(code), group_id) != group_id:
            raise self.bad(line, f"participant {code!r} appears in two groups")
        return group_id

    def participant(self, line: int, text: str) -> str:
        code = unguard_cell(text.strip())
        if not code:
            raise self.bad(line, "field 'participant' is empty; give every row a participant code")
        known = self.known.get(normal(code))
        return self.codes.setdefault(normal(code), known["code"] if known else code)

    def row_round(self, line: int, text: str | None) -> int:
        if text is None or not text.strip():
            return self.round
        if normal(text) not in ("1", "2", "1.0", "2.0"):
            raise self.bad(line, f"field 'round': {text.strip()!r} is not 1 or 2")
        return int(float(text))

    def add(self, out: list[Rating], line: int, rnd: int, code: str, group_id: str | None, item: str, value: int | None) -> None:
        key = (rnd, normal(code), item)
        if key in self.seen:
            raise self.bad(line, f"participant {code!r} rates {item!r} twice (also line {self.seen[key]})")
        self.seen[key] = line
        out.append((rnd, code, group_id, item, value, line))


def _cells(rows: _Rows, line: int, record: list[str], width: int) -> list[str] | None:
    """The record padded to the header's width; None for an empty record."""
    if not any(cell.strip() for cell in record):
        return None
    if len(record) < width or any(cell.strip() for cell in record[width:]):
        raise rows.bad(line, f"expected {width} fields, found {len(record)}")
    return record[:width]


def _layout(path: Path, line: int, columns: list[Column], inst: Instrument) -> str:
    roles = {c.role for c in columns}
    if not {"item", "value"} <= roles and any(role.startswith("item:") for role in roles):
        return "wide"
    missing = [name for name in REQUIRED if name not in roles]
    if missing:
        header = ",".join(c.header for c in columns)
        raise ValidationError(
            f"{path}: line {line}: missing column {missing[0]!r} (header is {header}); expected "
            f"participant,group,item,value[,round] or one column per item of {inst.key} (its keys or titles)"
        )
    return "long"


def plan_import(archive: Archive, session_id: str, path: str | Path, round: int | None = None) -> ImportPlan:
    """Read and check the whole file; the plan of what :func:`write_import` would write."""
    path = Path(path)
    table = read_table(path)
    records = [(line, cells) for line, cells in table.records if any(c.strip() for c in cells)]
    if not records:
        raise ValidationError(f"{path}: line 1: empty file (expected header participant,group,item,value[,round])")
    rows = _Rows(archive, session_id, path, round)
    (header_line, header), body = records[0], records[1:]
    columns, unknown = understand(header, rows.inst)
    if unknown:
        raise ValidationError(
            f"{path}: line {header_line}: unknown column {unknown[0]!r}; expected participant, group, item, value, "
            f"round, or an item of {rows.inst.key} ({', '.join(rows.inst.item_keys)}) by key or title"
        )
    layout = _layout(path, header_line, columns, rows.inst)
    plan = ImportPlan(path, table.encoding, table.delimiter, layout, columns, [c for _, c in body[:PREVIEW_ROWS]])
    read = _read_long if layout == "long" else _read_wide
    for number, (line, record) in enumerate(body, start=1):
        cells = _cells(rows, line, record, len(header))
        if cells is not None:
            read(rows, plan, line, number, cells)
    if not plan.ratings:
        raise ValidationError(f"{path}: no rating rows after the header")
    return plan


def _by_role(columns: list[Column], cells: list[str]) -> dict[str, str]:
    return {c.role: cells[c.index] for c in columns if c.role not in ("ignored", "unknown")}


def _read_long(rows: _Rows, plan: ImportPlan, line: int, number: int, cells: list[str]) -> None:
    cell = _by_role(plan.columns, cells)
    code = rows.participant(line, cell["participant"])
    group_id = rows.group(line, cell.get("group"), code)
    item = cell["item"].strip()
    if item not in rows.inst.item_keys:
        item = item_headers(rows.inst).get(normal(item), item)
        if item not in rows.inst.item_keys:
            raise rows.bad(line, f"field 'item': {cell['item'].strip()!r} is not an item of {rows.inst.key} "
                                 f"(items: {', '.join(rows.inst.item_keys)})")
    value = rows.value(line, "value", cell["value"])
    rows.add(plan.ratings, line, rows.row_round(line, cell.get("round")), code, group_id, item, value)


def _read_wide(rows: _Rows, plan: ImportPlan, line: int, number: int, cells: list[str]) -> None:
    cell = _by_role(plan.columns, cells)
    code = rows.participant(line, cell["participant"]) if "participant" in cell else f"{plan.path.stem}-{number}"
    group_id = rows.group(line, cell.get("group"), code)
    rnd = rows.row_round(line, cell.get("round"))
    for column in plan.columns:
        if column.role.startswith("item:"):
            value = rows.value(line, column.header, cells[column.index])
            rows.add(plan.ratings, line, rnd, code, group_id, column.role[5:], value)


def parse_csv(archive: Archive, session_id: str, path: Path, round: int | None = None) -> list[Rating]:
    """Check every row; the ratings (round, code, group id, item, value, line) it would write."""
    return plan_import(archive, session_id, path, round).ratings


def write_import(archive: Archive, session_id: str, plan: ImportPlan) -> int:
    """Write a checked plan: all its ratings in one transaction. Returns their number."""
    rows = plan.ratings
    stamp = now_iso()
    with archive.transaction() as conn:
        ids = {normal(p["code"]): p["id"] for p in archive.participants(session_id)}
        new_participants = []
        for _, code, group_id, _, _, _ in rows:
            if normal(code) not in ids:
                ids[normal(code)] = new_id()
                new_participants.append((ids[normal(code)], session_id, code, group_id, "import", None, stamp))
        conn.executemany(
            """INSERT INTO participants (id, session_id, code, group_id, channel, language, created_at)
               VALUES (?, ?, ?, ?, ?, ?, ?)""",
            new_participants,
        )
        max_round = max(r[0] for r in rows)
        conn.execute("UPDATE sessions SET rounds = max(rounds, ?), updated_at = ? WHERE id = ?", (max_round, stamp, session_id))
        values = [(session_id, rnd, ids[normal(code)], item, value, stamp) for rnd, code, _, item, value, _ in rows]
        conn.executemany(
            """INSERT INTO ratings (id, session_id, round, participant_id, item_key, value, source, recorded_at)
               VALUES (?, ?, ?, ?, ?, ?, 'import', ?)
               ON CONFLICT (session_id, round, participant_id, item_key)
               DO UPDATE SET value = excluded.value, source = excluded.source, recorded_at = excluded.recorded_at""",
            [(new_id(), *v) for v in values],
        )
        conn.executemany(
            """INSERT INTO rating_events (id, session_id, round, participant_id, item_key, value, action, source, recorded_at)
               VALUES (?, ?, ?, ?, ?, ?, 'set', 'import', ?)""",
            [(new_id(), *v) for v in values],
        )
    return len(rows)


def import_csv(archive: Archive, session_id: str, path: str | Path, round: int | None = None) -> int:
    """Import a ratings file (CSV, TSV or .xlsx); all rows or none. Returns the number of ratings."""
    return write_import(archive, session_id, plan_import(archive, session_id, path, round))
