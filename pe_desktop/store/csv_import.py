"""Import paper or spreadsheet ratings from CSV: validated whole, then one transaction.

Header: ``participant,group,item,value[,round]``. ``value`` is a scale point
or empty for "not sure". Every row is checked before anything is written, so a
bad row at the end of a long file changes nothing; the first problem found is
reported with its file, line, field and value.

Participant codes and group names come back from ``pe-desktop export --csv``
with a leading apostrophe where they would otherwise start a spreadsheet
formula (:mod:`pe_desktop.store.spreadsheet`); that apostrophe is removed, so
an export imports as it was.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from pe_desktop.store.archive import Archive, new_id, now_iso
from pe_desktop.store.errors import ValidationError
from pe_desktop.store.spreadsheet import unguard_cell

REQUIRED = ("participant", "group", "item", "value")
OPTIONAL = ("round",)


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"{path}: cannot be read ({exc.strerror})") from None
    if b"\x00" in raw:
        raise ValidationError(f"{path}: line 1: not a CSV text file (binary data)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ValidationError(f"{path}: line {line}: not UTF-8 text (byte {raw[exc.start]:#04x})") from None


def parse_csv(archive: Archive, session_id: str, path: Path, round: int | None = None) -> list[tuple[int, str, str, str, int | None]]:
    """Check every row; return (round, participant code, group id, item, value) tuples."""
    session = archive.session(session_id)
    inst = archive.instrument(session_id)
    groups = {g.name.casefold(): g for g in archive.groups(session_id)}
    known = {p.code: p for p in archive.participants(session_id)}
    reader = csv.reader(io.StringIO(_read_text(path), newline=""))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise ValidationError(f"{path}: line 1: empty file (expected header {','.join(REQUIRED)}[,round])") from None
    except csv.Error as exc:
        raise ValidationError(f"{path}: line 1: {exc}") from None
    for name in REQUIRED:
        if name not in header:
            raise ValidationError(f"{path}: line 1: missing column {name!r} (header is {','.join(header)})")
    for name in header:
        if name not in REQUIRED + OPTIONAL:
            raise ValidationError(f"{path}: line 1: unknown column {name!r}")
    col = {name: header.index(name) for name in header}
    default_round = round or session.current_round
    rows: list[tuple[int, str, str, str, int | None]] = []
    seen: dict[tuple[int, str, str], int] = {}
    file_groups: dict[str, str] = {}
    try:
        for record in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            if len(record) != len(header):
                raise ValidationError(f"{path}: line {line}: expected {len(header)} fields, found {len(record)}")
            cell = {name: record[i].strip() for name, i in col.items()}
            cell["participant"], cell["group"] = unguard_cell(cell["participant"]), unguard_cell(cell["group"])
            code = cell["participant"]
            if not code:
                raise ValidationError(f"{path}: line {line}: field 'participant' is empty")
            group = groups.get(cell["group"].casefold())
            if group is None:
                raise ValidationError(
                    f"{path}: line {line}: field 'group': {cell['group']!r} is not a group of this session "
                    f"(groups: {', '.join(g.name for g in groups.values()) or 'none'})"
                )
            if code in known and known[code].group_id != group.id:
                raise ValidationError(f"{path}: line {line}: participant {code!r} belongs to group {known[code].group_name!r}, not {cell['group']!r}")
            if file_groups.setdefault(code, group.id) != group.id:
                raise ValidationError(f"{path}: line {line}: participant {code!r} appears in two groups")
            item = cell["item"]
            if item not in inst.item_keys:
                raise ValidationError(f"{path}: line {line}: field 'item': {item!r} is not an item of {inst.key}")
            row_round = default_round
            if "round" in cell and cell["round"]:
                if cell["round"] not in ("1", "2"):
                    raise ValidationError(f"{path}: line {line}: field 'round': {cell['round']!r} is not 1 or 2")
                row_round = int(cell["round"])
            value: int | None
            if cell["value"] == "":
                if not inst.scale.allow_unsure:
                    raise ValidationError(f"{path}: line {line}: field 'value' is empty and {inst.key} has no 'not sure'")
                value = None
            else:
                try:
                    value = int(cell["value"])
                except ValueError:
                    raise ValidationError(f"{path}: line {line}: field 'value': {cell['value']!r} is not a number") from None
                if not inst.scale.min <= value <= inst.scale.max:
                    raise ValidationError(
                        f"{path}: line {line}: field 'value': {value} is outside the scale {inst.scale.min}..{inst.scale.max}"
                    )
            key = (row_round, code, item)
            if key in seen:
                raise ValidationError(f"{path}: line {line}: participant {code!r} rates {item!r} twice (also line {seen[key]})")
            seen[key] = line
            rows.append((row_round, code, group.id, item, value))
    except csv.Error as exc:
        raise ValidationError(f"{path}: line {reader.line_num}: {exc}") from None
    if not rows:
        raise ValidationError(f"{path}: no rating rows after the header")
    return rows


def import_csv(archive: Archive, session_id: str, path: str | Path, round: int | None = None) -> int:
    """Import a CSV file of ratings; all rows or none. Returns the number of ratings."""
    path = Path(path)
    rows = parse_csv(archive, session_id, path, round)
    stamp = now_iso()
    with archive.transaction() as conn:
        ids = {p.code: p.id for p in archive.participants(session_id)}
        new_participants = []
        for _, code, group_id, _, _ in rows:
            if code not in ids:
                ids[code] = new_id()
                new_participants.append((ids[code], session_id, code, group_id, "import", None, stamp))
        conn.executemany(
            """INSERT INTO participants (id, session_id, code, group_id, channel, language, created_at)
               VALUES (?, ?, ?, ?, ?, ?, ?)""",
            new_participants,
        )
        max_round = max(r[0] for r in rows)
        conn.execute("UPDATE sessions SET rounds = max(rounds, ?), updated_at = ? WHERE id = ?", (max_round, stamp, session_id))
        conn.executemany(
            """INSERT INTO ratings (id, session_id, round, participant_id, item_key, value, source, recorded_at)
               VALUES (?, ?, ?, ?, ?, ?, 'import', ?)
               ON CONFLICT (session_id, round, participant_id, item_key)
               DO UPDATE SET value = excluded.value, source = excluded.source, recorded_at = excluded.recorded_at""",
            [(new_id(), session_id, rnd, ids[code], item, value, stamp) for rnd, code, _, item, value in rows],
        )
        conn.executemany(
            """INSERT INTO rating_events (id, session_id, round, participant_id, item_key, value, action, source, recorded_at)
               VALUES (?, ?, ?, ?, ?, ?, 'set', 'import', ?)""",
            [(new_id(), session_id, rnd, ids[code], item, value, stamp) for rnd, code, _, item, value in rows],
        )
    return len(rows)
