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
from pe_desktop.store.notes import NoteStore
from pe_desktop.store.sessions import SESSION_FIELDS

__all__ = [
    "ACTION_STATUSES", "CHANNELS", "ITEM_STATES", "NOTE_KINDS", "POSITIONS", "SESSION_FIELDS", "STAGES",
    "Archive", "instrument_id_for", "new_id", "now_iso",
]


class Archive(NoteStore):
    """One open archive file. Use :meth:`open`; close with :meth:`close`."""
