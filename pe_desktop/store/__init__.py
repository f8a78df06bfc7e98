"""The SQLite archive: open, migrate, read, write, back up. No Qt here.

All SQL of the program is written in this package; reads return the typed
records of :mod:`pe_desktop.store.records`.

``Archive`` is imported lazily so that ``pe_desktop.store.errors`` (needed by
every command and the GUI's first paint) does not pull in sqlite-utils and
numpy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pe_desktop.store.errors import ArchiveBusy, ArchiveConflict, ArchiveCorrupt, ArchiveError, ValidationError

if TYPE_CHECKING:
    from pe_desktop.store.archive import Archive

__all__ = ["Archive", "ArchiveBusy", "ArchiveConflict", "ArchiveCorrupt", "ArchiveError", "ValidationError"]


def __getattr__(name: str) -> Any:
    if name == "Archive":
        from pe_desktop.store.archive import Archive

        return Archive
    raise AttributeError(f"module 'pe_desktop.store' has no attribute {name!r}")
