"""A partnership over time: each item's median, agreement and n per session.

The figures come from :func:`pe_desktop.core.stats.describe`, the same code
behind ``summary``, so a trend point is always exactly the session's summary
for that round. The round used is the session's *last rated round*: the
highest round with at least one rating (round 1 when nothing is rated yet),
because after a re-rating the second round is where the room ended up.

The trend is a plain dict, not a record: it is the ``trend --json`` contract.
"""

from __future__ import annotations

from typing import Any

from pe_desktop.core.instruments import Instrument
from pe_desktop.core.stats import describe
from pe_desktop.store.archive import Archive
from pe_desktop.store.errors import ValidationError
from pe_desktop.store.records import Partnership
from pe_desktop.store.sessions import SESSION_ORDER

__all__ = ["SESSION_ORDER", "find_partnership", "partnership_trend", "session_trend_point"]


def find_partnership(archive: Archive, name_or_id: str) -> Partnership:
    """The partnership with this exact id or name (the oldest if names repeat)."""
    found = archive.find_partnership_by_id_or_name(name_or_id)
    if found is None:
        raise ValidationError(f"partnership {name_or_id!r}: no partnership of that name or id in {archive.path}")
    return found


def session_trend_point(instrument: Instrument, values_by_item: dict[str, list[int | None]]) -> dict[str, dict[str, Any]]:
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
    sessions = archive.partnership_sessions(found.id)
    instruments = archive.instruments_by_id({s.instrument_id for s in sessions})
    rated = archive.last_rated_rounds(found.id)
    out: list[dict[str, Any]] = []
    for session in sessions:
        instrument = instruments[session.instrument_id]
        round_ = rated.get(session.id) or 1
        out.append({
            "id": session.id,
            "title": session.title,
            "held_on": session.held_on,
            "stage": session.stage.value if session.stage else None,
            "status": session.status.value,
            "instrument": instrument.key,
            "round": round_,
            "items": session_trend_point(instrument, archive.values_by_item(session.id, round_)),
        })
    return {"partnership": found.name, "partnership_id": found.id, "sessions": out}

