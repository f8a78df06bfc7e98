"""A partnership over time: each item's median, agreement and n per session.

The figures come from :func:`pe_desktop.core.stats.describe`, the same code
behind ``summary``, so a trend point is always exactly the session's summary
for that round. The round used is the session's *last rated round*: the
highest round with at least one rating (round 1 when nothing is rated yet),
because after a re-rating the second round is where the room ended up.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from pe_desktop.core.instruments import Instrument
from pe_desktop.core.stats import describe
from pe_desktop.store.archive import Archive
from pe_desktop.store.errors import ValidationError

#: Chronological order of a partnership's sessions: the date it was held
#: (or, for an undated session, the day it was created), then creation time.
SESSION_ORDER = "coalesce(s.held_on, substr(s.created_at, 1, 10)), s.created_at"

_SESSIONS = f"""
SELECT s.id, s.title, s.held_on, s.stage, s.status, s.instrument_id,
       (SELECT max(r.round) FROM ratings r WHERE r.session_id = s.id) AS last_round
FROM sessions s
WHERE s.partnership_id = ? AND s.deleted_at IS NULL
ORDER BY {SESSION_ORDER}
"""


def find_partnership(archive: Archive, name_or_id: str) -> dict:
    """The partnership with this exact id or name (the oldest if names repeat)."""
    rows = archive.query("SELECT * FROM partnerships WHERE id = ?", [name_or_id])
    found = rows[0] if rows else archive.find_partnership(name_or_id)
    if found is None:
        raise ValidationError(f"partnership {name_or_id!r}: no partnership of that name or id in {archive.path}")
    return found


def _instruments(archive: Archive, ids: set[str]) -> dict[str, Instrument]:
    """Each instrument snapshot parsed once, however many sessions use it."""
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    rows = archive.query(f"SELECT id, definition_json FROM instruments WHERE id IN ({marks})", sorted(ids))
    return {row["id"]: Instrument.from_dict(json.loads(row["definition_json"])) for row in rows}


def _values_by_item(archive: Archive, session_id: str, round: int) -> dict[str, list[int | None]]:
    """The round's ratings per item: the same rows ``summary`` reads, without the group column it needs."""
    by_item: dict[str, list[int | None]] = defaultdict(list)
    with archive._lock:
        rows = archive.conn.execute(
            "SELECT item_key, value FROM ratings WHERE session_id = ? AND round = ?", (session_id, round)
        ).fetchall()
    for item_key, value in rows:
        by_item[item_key].append(value)
    return by_item


def session_trend_point(instrument: Instrument, values_by_item: dict[str, list[int | None]]) -> dict[str, dict]:
    """Median, rwg, n and agreement label of every item of one session's round."""
    points: dict[str, dict[str, Any]] = {}
    for key in instrument.item_keys:
        figures = describe(values_by_item.get(key, []), instrument.scale.min, instrument.scale.max)
        points[key] = {
            "median": figures["median"],
            "rwg": figures["rwg"],
            "n": figures["n"],
            "agreement": figures["agreement"],
        }
    return points


def partnership_trend(archive: Archive, partnership: str) -> dict[str, Any]:
    """The ``trend --json`` object of a partnership (given by name or id).

    ``{"partnership": NAME, "partnership_id": ID, "sessions": [{"id", "title",
    "held_on", "stage", "status", "instrument", "round", "items": {KEY:
    {"median", "rwg", "n", "agreement"}}}]}``, sessions in date order,
    soft-deleted sessions left out, undefined figures None.
    """
    found = find_partnership(archive, partnership)
    sessions = archive.query(_SESSIONS, [found["id"]])
    instruments = _instruments(archive, {s["instrument_id"] for s in sessions})
    out: list[dict[str, Any]] = []
    for session in sessions:
        instrument = instruments[session["instrument_id"]]
        round_ = session["last_round"] or 1
        out.append({
            "id": session["id"],
            "title": session["title"],
            "held_on": session["held_on"],
            "stage": session["stage"],
            "status": session["status"],
            "instrument": instrument.key,
            "round": round_,
            "items": session_trend_point(instrument, _values_by_item(archive, session["id"], round_)),
        })
    return {"partnership": found["name"], "partnership_id": found["id"], "sessions": out}

