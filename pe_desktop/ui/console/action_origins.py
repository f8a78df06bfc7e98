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
    return {
        aid: origin_text(*origin) if origin else origin_text(None, None)
        for aid, origin in archive.action_origins(session_id).items()
    }
