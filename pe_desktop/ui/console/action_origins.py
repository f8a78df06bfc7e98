"""Where a carried action item came from, as the actions panel says it.

A carried action is a copy with ``carried_from`` pointing at the action of
an earlier session (see :mod:`pe_desktop.store.followup`). The facilitator
reading the list needs the session it was agreed in, not an id; and the link
is soft, so the earlier session may not be in this archive (yet).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from pe_desktop.store import Archive

_ORIGINS = """
SELECT a.id, s.title, s.held_on
FROM actions a
LEFT JOIN actions c ON c.id = a.carried_from
LEFT JOIN sessions s ON s.id = c.session_id
WHERE a.session_id = ? AND a.carried_from IS NOT NULL
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActionOrigins", text)


def origin_text(title: str | None, held_on: str | None) -> str:
    """“carried from “Spring check-in” (2026-08-24)”, or a plain note when that session is not here."""
    if title is None:
        return _tr("carried from an earlier session that is not in this archive")
    text = _tr("carried from “%1”").replace("%1", title)
    return f"{text} ({held_on})" if held_on else text


def carried_from_labels(archive: Archive, session_id: str) -> dict[str, str]:
    """Action id → where it was carried from, for the session's carried actions."""
    return {row["id"]: origin_text(row["title"], row["held_on"]) for row in archive.query(_ORIGINS, [session_id])}
