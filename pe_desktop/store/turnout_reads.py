"""How many took part, counted the honest way: the one read behind ``pe_desktop.session.views.turnout``.

A tally participant is one hand raised on one item (``record_tally``), so
counting participants would count each hand once per item as a person. These
reads count people (phone, paper, laptop, imported participants who rated)
and show-of-hands votes (tally ratings) apart. Kept in the store because all
SQL lives here (docs/design.md §3).
"""

from __future__ import annotations

from typing import Any

from pe_desktop.store.archive import Archive

_COUNTS = """SELECT r.session_id AS session_id,
                    count(DISTINCT CASE WHEN p.channel <> 'tally' THEN r.participant_id END) AS people,
                    coalesce(sum(CASE WHEN p.channel = 'tally' THEN 1 ELSE 0 END), 0) AS hands
             FROM ratings r JOIN participants p ON p.id = r.participant_id"""


def turnout_counts(archive: Archive, session_id: str | None = None, round: int | None = None,
                   item_key: str | None = None) -> dict[str, tuple[int, int]]:
    """{session id: (people, hands)} of every session with ratings, or of one (one round, one item)."""
    where: list[str] = []
    params: list[Any] = []
    for column, value in (("r.session_id", session_id), ("r.round", round), ("r.item_key", item_key)):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    sql = _COUNTS + (" WHERE " + " AND ".join(where) if where else "") + " GROUP BY r.session_id"
    return {row["session_id"]: (int(row["people"]), int(row["hands"])) for row in archive.query(sql, params)}
