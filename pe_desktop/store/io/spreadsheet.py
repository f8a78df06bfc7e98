"""Guard CSV text cells against spreadsheet formula injection, reversibly.

Excel, LibreOffice and Google Sheets read a cell that begins with ``=``,
``+``, ``-`` or ``@`` (and, in some versions, a tab or carriage return) as
a formula. Group names, partnership names and participant codes are typed
by people, some of them on phones, so an export could carry a live formula
(``=HYPERLINK(...)``) into the organisation's spreadsheet. The usual defence
(OWASP, "CSV injection") is a leading apostrophe: spreadsheets then show the
cell as text and hide the apostrophe.

The guard must not change what ``pe-desktop import`` reads back, so it is
exactly reversible: :func:`guard_cell` adds one apostrophe to a cell that is
a formula trigger after any apostrophes it already starts with, and
:func:`unguard_cell` removes one apostrophe from such a cell. A cell like
``'=x`` (already starting with an apostrophe) therefore exports as ``''=x``
and imports as ``'=x`` again; a cell that never needed the guard is never
touched in either direction.
"""

from __future__ import annotations

import re

__all__ = ["FORMULA_TRIGGERS", "guard_cell", "unguard_cell"]

#: First characters that make a spreadsheet evaluate a cell.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

_TRIGGERED = re.compile("'*[" + re.escape("".join(FORMULA_TRIGGERS)) + "]")


def guard_cell(text: str) -> str:
    """``text`` as a spreadsheet shows it literally: one apostrophe added before a formula trigger."""
    return "'" + text if _TRIGGERED.match(text) else text


def unguard_cell(text: str) -> str:
    """Undo :func:`guard_cell`: drop one leading apostrophe when what follows would be a formula."""
    return text[1:] if text.startswith("'") and _TRIGGERED.match(text, 1) else text
