"""The SQLite archive: open, migrate, read, write, back up. No Qt here."""

from pe_desktop.store.archive import Archive
from pe_desktop.store.errors import ArchiveError, ValidationError

__all__ = ["Archive", "ArchiveError", "ValidationError"]
