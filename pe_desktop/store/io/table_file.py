"""Read a table file as people really have them: any common encoding, delimiter or .xlsx.

Ratings arrive in files written by Excel (Windows code page 1252, ``;`` in
Spanish locales, "Unicode text" = UTF-16 with tabs), LibreOffice, Google
Forms, pandas, R and our own export. This module turns any of them into
records of text cells, each with the line its record *starts* on (a quoted
cell may span lines; the person looks for the record where it begins).

The encoding is found by a maintained detector (charset-normalizer), limited
to the encodings such files come in, so a short Spanish file is not taken for
a Cyrillic code page. Nothing here knows about ratings.
"""

from __future__ import annotations

import codecs
import csv
import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from pe_desktop.store.errors import ValidationError

__all__ = ["Table", "read_table", "SAVE_AS_HINT"]

#: What to tell a person whose file cannot be read.
SAVE_AS_HINT = "save it from the spreadsheet as \"CSV UTF-8\" or as .xlsx and import again"

#: Encodings a text table may come in, besides UTF-8 and a UTF-16 with its BOM.
_SINGLE_BYTE = ["cp1252", "latin_1"]

_DELIMITERS = (",", ";", "\t")


@dataclass(frozen=True)
class Table:
    """The records of a table file: ``(first line, cells)``, the header first."""

    path: Path
    encoding: str
    delimiter: str
    records: list[tuple[int, list[str]]]


def read_table(path: Path) -> Table:
    """Read ``path`` (CSV/TSV text in any usual encoding, or .xlsx); ValidationError naming the file."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"{path}: cannot be read ({exc.strerror})") from None
    if raw.startswith(b"PK\x03\x04"):
        return _read_xlsx(path)
    text, encoding = _decode(path, raw)
    text = unicodedata.normalize("NFC", text)
    delimiter = _delimiter(text)
    return Table(path, encoding, delimiter, _records(path, text, delimiter))


def _decode(path: Path, raw: bytes) -> tuple[str, str]:
    """The file's text and the name of its encoding."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise ValidationError(_undecodable(path, raw, exc)) from None
    if b"\x00" in raw:
        raise ValidationError(f"{path}: line 1: not a CSV text file (binary data); {SAVE_AS_HINT}")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_error = exc
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=_SINGLE_BYTE).best()
    if best is None:
        raise ValidationError(_undecodable(path, raw, first_error))
    return str(best), best.encoding


def _undecodable(path: Path, raw: bytes, exc: UnicodeDecodeError) -> str:
    line = raw[: exc.start].count(b"\n") + 1
    return f"{path}: line {line}: not UTF-8 text (byte {raw[exc.start]:#04x}); {SAVE_AS_HINT}"


def _delimiter(text: str) -> str:
    """``,``, ``;`` or tab: the one the header line is split by most."""
    header = text.split("\n", 1)[0]
    counts = {d: header.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _records(path: Path, text: str, delimiter: str) -> list[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for record in reader:
            records.append((start, record))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ValidationError(f"{path}: line {start}: {exc}; {SAVE_AS_HINT}") from None
    return records


def _read_xlsx(path: Path) -> Table:
    """The first sheet of an .xlsx workbook, cells as text (4.0 stays 4.0, as in a CSV)."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign zip
        raise ValidationError(f"{path}: not a readable .xlsx workbook ({exc}); {SAVE_AS_HINT}") from None
    try:
        sheet = book.worksheets[0]
        records = [
            (number, [_cell_text(value) for value in row])
            for number, row in enumerate(sheet.iter_rows(values_only=True), start=1)
        ]
    finally:
        book.close()
    return Table(path, "xlsx", "", records)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return unicodedata.normalize("NFC", str(value))
