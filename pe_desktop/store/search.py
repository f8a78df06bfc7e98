"""Full-text search of the archive: session titles, notes, quotes, dissent, actions.

The indexes are SQLite FTS5 tables made by sqlite-utils (``sessions_fts``,
``notes_fts``, ``actions_fts``; schema m003) and kept in sync by triggers,
so a note saved a second ago is found and a deleted one is not, whoever
wrote it. What people type is never passed to FTS5 as query syntax: each
word becomes a quoted prefix term, so ``budg`` finds "budget" and a stray
quote or ``NOT`` is just text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pe_desktop.store.archive import Archive
from pe_desktop.store.schema import SEARCH_COLUMNS

KINDS = ("session", "note", "quote", "dissent", "action")
_WORD = re.compile(r"\w+")

_HITS = """
SELECT h.kind, h.record_id, h.session_id, s.title AS session_title, s.held_on, p.name AS partnership, h.snippet
FROM (
    SELECT 'session' AS kind, x.id AS record_id, x.id AS session_id,
           snippet(sessions_fts, -1, :open, :close, '…', :words) AS snippet, sessions_fts.rank AS rank
    FROM sessions_fts JOIN sessions x ON x.rowid = sessions_fts.rowid WHERE sessions_fts MATCH :query
    UNION ALL
    SELECT x.kind, x.id, x.session_id,
           snippet(notes_fts, -1, :open, :close, '…', :words), notes_fts.rank
    FROM notes_fts JOIN notes x ON x.rowid = notes_fts.rowid WHERE notes_fts MATCH :query AND x.deleted_at IS NULL
    UNION ALL
    SELECT 'action', x.id, x.session_id,
           snippet(actions_fts, -1, :open, :close, '…', :words), actions_fts.rank
    FROM actions_fts JOIN actions x ON x.rowid = actions_fts.rowid WHERE actions_fts MATCH :query AND x.deleted_at IS NULL
) h
JOIN sessions s ON s.id = h.session_id
JOIN partnerships p ON p.id = s.partnership_id
WHERE s.deleted_at IS NULL AND (:partnership IS NULL OR s.partnership_id = :partnership)
ORDER BY h.rank, coalesce(s.held_on, substr(s.created_at, 1, 10)) DESC
LIMIT :limit
"""


@dataclass(frozen=True)
class SearchHit:
    """One thing found. ``snippet`` is participant text: show it as plain text."""

    kind: str  # one of KINDS
    record_id: str  # the session, note or action id
    session_id: str
    session_title: str
    held_on: str | None
    partnership: str
    snippet: str


def fts_query(text: str) -> str | None:
    """The FTS5 query for what someone typed: every word, as a prefix; None if no word."""
    words = _WORD.findall(text or "")
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


def search(
    archive: Archive,
    text: str,
    *,
    limit: int = 50,
    partnership_id: str | None = None,
    mark: tuple[str, str] = ("[", "]"),
    snippet_words: int = 12,
) -> list[SearchHit]:
    """Hits for every word of ``text`` (all must match), best first.

    ``mark`` is put around each matched word in the snippet, verbatim; a
    caller that turns it into markup must escape the snippet first and pick
    markers that cannot occur in it (e.g. ``("\\x02", "\\x03")``).
    Soft-deleted sessions and their notes and actions are left out.
    """
    query = fts_query(text)
    if query is None:
        return []
    rows = archive.query(
        _HITS,
        {"query": query, "open": mark[0], "close": mark[1], "words": snippet_words,
         "partnership": partnership_id, "limit": limit},
    )
    return [SearchHit(**row) for row in rows]


def rebuild_search_index(archive: Archive) -> None:
    """Rebuild every index from its table.

    Needed only if a tool outside pe_desktop renumbered rows (a ``VACUUM``
    may change the rowids the indexes point at, since our tables have text
    keys) or wrote with triggers disabled.
    """
    with archive.transaction() as conn:
        for table in SEARCH_COLUMNS:
            conn.execute(f"INSERT INTO {table}_fts ({table}_fts) VALUES ('rebuild')")
