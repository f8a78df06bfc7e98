"""Errors the archive raises; their text is shown to people as it is.

SQLite's own exceptions never leave the store: :func:`wrap` turns each into
one of these, keeping the statement that failed in ``sql`` (for logs and bug
reports; it is not part of the message people read).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


class ArchiveError(Exception):
    """The archive cannot be opened or used; nothing was changed."""

    def __init__(self, message: str, sql: str | None = None) -> None:
        super().__init__(message)
        #: the SQL statement that failed, when SQLite refused one
        self.sql = sql


class ValidationError(ArchiveError):
    """Input was refused (a field or value is wrong); nothing was changed."""


class ArchiveBusy(ArchiveError):
    """Another program held the archive locked for longer than the store waits; try again."""


class ArchiveCorrupt(ArchiveError):
    """The file is damaged (or is not an SQLite database at all)."""


class ArchiveConflict(ArchiveError):
    """A write broke one of the archive's own rules (a unique key, a link, a check)."""


_BUSY = {"SQLITE_BUSY", "SQLITE_LOCKED"}
_CORRUPT = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}
_BUSY_TEXT = ("database is locked", "database table is locked", "database is busy")
_CORRUPT_TEXT = ("malformed", "not a database", "disk image")


def _code_name(exc: sqlite3.Error) -> str:
    """The primary result code's name (``SQLITE_BUSY_SNAPSHOT`` → ``SQLITE_BUSY``)."""
    name = getattr(exc, "sqlite_errorname", None) or ""
    parts = name.split("_")
    return "_".join(parts[:2])


def wrap(exc: sqlite3.Error, sql: str | None = None) -> ArchiveError:
    """The store's error for an sqlite3 exception (chain it: ``raise wrap(exc) from exc``)."""
    text = str(exc)
    name = _code_name(exc)
    if name in _BUSY or any(t in text for t in _BUSY_TEXT):
        return ArchiveBusy(f"the archive is busy (another program is writing to it): {text}", sql)
    if name in _CORRUPT or any(t in text for t in _CORRUPT_TEXT):
        return ArchiveCorrupt(f"the archive file is damaged: {text}", sql)
    if isinstance(exc, sqlite3.IntegrityError):
        return ArchiveConflict(f"the archive refused the change: {text}", sql)
    return ArchiveError(f"the archive could not be read or written: {text}", sql)


@contextmanager
def sql_errors(sql: str | None = None) -> Iterator[None]:
    """Re-raise sqlite3 errors from the block as the store's own."""
    try:
        yield
    except sqlite3.Error as exc:
        raise wrap(exc, sql) from exc
