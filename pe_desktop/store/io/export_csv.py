"""Export a session's ratings as CSV: one row per rating, for spreadsheets and R.

Columns: session, partnership, date, round, participant, group, position,
channel, item, value, recorded_at.  ``participant`` is the participant's
code (never a name), ``value`` is empty for "not sure", ``date`` is the day
the session was held and ``recorded_at`` the UTC time the rating was saved.
The names ``participant, group, item, value, round`` are those
``pe-desktop import`` reads, so a column selection of an export can be
imported elsewhere.

Written as UTF-8 with a byte-order mark: Excel, still the tool most
organisations open CSV files with, otherwise reads "Organización" as
mojibake; Python, R and LibreOffice all skip the mark.

Text cells are guarded against spreadsheet formula injection: a cell that
would begin with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (a
group called "=Funders", a code typed on a phone) gets a leading apostrophe,
which spreadsheets show as text and hide (:mod:`pe_desktop.store.io.spreadsheet`).
Numbers (round, value) are never changed.  ``pe-desktop import`` removes
that apostrophe again from participant codes and group names, so an export
still imports as it was.
"""

from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path

from pe_desktop.store.archive import Archive
from pe_desktop.store.errors import ValidationError
from pe_desktop.store.io.spreadsheet import guard_cell

__all__ = ["COLUMNS", "export_csv", "rating_records"]

COLUMNS = ("session", "partnership", "date", "round", "participant", "group", "position", "channel", "item",
           "value", "recorded_at")


def rating_records(archive: Archive, session_id: str) -> list[dict[str, object]]:
    """Every rating of the session as a dict keyed by :data:`COLUMNS`.

    Ordered by round, then the instrument's item order, then participant
    code, so two exports of the same session are identical and easy to diff.
    """
    session = archive.session(session_id)
    order = {key: i for i, key in enumerate(archive.instrument(session_id).item_keys)}
    rows = archive.query(
        """SELECT r.round, p.code, g.name AS group_name, g.position, p.channel, r.item_key, r.value, r.recorded_at
           FROM ratings r JOIN participants p ON p.id = r.participant_id
           LEFT JOIN groups g ON g.id = p.group_id
           WHERE r.session_id = ?""",
        [session_id],
    )
    rows.sort(key=lambda r: (r["round"], order.get(r["item_key"], len(order)), r["item_key"], r["code"]))
    return [
        {
            "session": session_id,
            "partnership": session["partnership"],
            "date": session["held_on"] or "",
            "round": r["round"],
            "participant": r["code"],
            "group": r["group_name"] or "",
            "position": r["position"] or "",
            "channel": r["channel"],
            "item": r["item_key"],
            "value": "" if r["value"] is None else r["value"],
            "recorded_at": r["recorded_at"],
        }
        for r in rows
    ]


def export_csv(archive: Archive, session_id: str, out_path: str | Path) -> int:
    """Write the session's ratings to ``out_path``; returns the number of rating rows.

    The file is written under a temporary name and moved into place, so a
    failed export leaves an earlier file untouched.  ValidationError naming
    the path when its folder does not exist.
    """
    out = Path(out_path)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError(f"{out}: folder {folder} does not exist")
    records = rating_records(archive, session_id)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=COLUMNS)
            writer.writeheader()
            writer.writerows(
                {key: guard_cell(value) if isinstance(value, str) else value for key, value in record.items()}
                for record in records
            )
        os.replace(tmp_name, out)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return len(records)
