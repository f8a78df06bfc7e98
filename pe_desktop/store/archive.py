"""The archive: every user action is one method and one committed transaction.

Modelled on Anki's collection: the GUI, the phone server and the command line
all write through this object, each call commits before it returns, so a
rating acknowledged to anyone is on disk. Calls are serialised by a lock, so
the phone server's thread and the GUI thread can share one Archive.

The methods live with their concept, each store extending the one before:
:mod:`~pe_desktop.store.base` (connection, transactions, instruments) →
:mod:`~pe_desktop.store.partnerships` → :mod:`~pe_desktop.store.sessions`
(with groups) → :mod:`~pe_desktop.store.participants` →
:mod:`~pe_desktop.store.ratings` (with tallies and item states) →
:mod:`~pe_desktop.store.notes` (with actions). Reads return the typed records
of :mod:`~pe_desktop.store.records`; SQLite's errors come out as
:mod:`~pe_desktop.store.errors`.
"""

from __future__ import annotations

from typing import Any

from pe_desktop.store import history, phone_credentials
from pe_desktop.store.base import (
    ACTION_STATUSES,
    CHANNELS,
    ITEM_STATES,
    NOTE_KINDS,
    POSITIONS,
    STAGES,
    instrument_id_for,
    new_id,
    now_iso,
)
from pe_desktop.store.errors import ValidationError, sql_errors
from pe_desktop.store.notes import NoteStore
from pe_desktop.store.sessions import SESSION_FIELDS

__all__ = [
    "ACTION_STATUSES", "CHANNELS", "ITEM_STATES", "NOTE_KINDS", "POSITIONS", "SESSION_FIELDS", "STAGES",
    "Archive", "instrument_id_for", "new_id", "now_iso",
]


class Archive(NoteStore):
    """One open archive file. Use :meth:`open`; close with :meth:`close`."""

    def record_history(self, table: str, record_id: str) -> list[dict[str, Any]]:
        """Every logged version of a session, group, participant, note or action, oldest first (issue 12).

        Each is ``{id, data (the row as JSON; None once deleted), base, seq, recorded_at}``.
        """
        if table not in history.LOGGED_TABLES:
            raise ValidationError(f"history: {table!r} is not a logged table ({', '.join(history.LOGGED_TABLES)})")
        with self._lock, sql_errors("record_history"):
            return history.record_history(self.conn, table, record_id)

    def rating_history(
        self, session_id: str, round: int, participant_id: str, item_key: str,  # noqa: A002
    ) -> list[dict[str, Any]]:
        """Every logged change of one rating, oldest first: ``{id, value, action, source, recorded_at}``."""
        with self._lock, sql_errors("rating_history"):
            return history.rating_history(self.conn, session_id, round, participant_id, item_key)

    def rejoin_codes(self, session_id: str) -> dict[str, str]:
        """Each participant's rejoin code by participant code, as the phone shows it (printed on the paper ballots)."""
        return phone_credentials.rejoin_codes(self, session_id)

    def phone_short_code(self, session_id: str) -> str | None:
        """The session's short join code (``K7Q4``), or None when phone voting never ran for it."""
        link = phone_credentials.phone_link(self, session_id)
        return link.short_code if link is not None else None
