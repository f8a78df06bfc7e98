"""Session files: one session as a standalone archive, to send or to merge.

A session file is an ordinary archive of ours (same schema, application id
and version; ``Archive.open`` accepts it, Datasette reads it) holding one
session with everything it needs to read right on another laptop: its
partnership, the instrument snapshot, groups, participants, ratings, the
rating event log, item states, notes and actions. Ids are kept, so merging
the file back in (or twice) matches every record to itself.

The copy runs on its own connections: the new file is the main database and
the live archive is attached read-only, so exporting never holds the
Archive's lock and never writes to the archive.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from pe_desktop.store import history
from pe_desktop.store.archive import Archive
from pe_desktop.store.errors import ArchiveError, ValidationError

#: Tables copied into a session file, parents before children, with the
#: condition selecting the session's rows (``:session``, ``:partnership``,
#: ``:instrument`` are bound from the session row).
SESSION_FILE_TABLES: tuple[tuple[str, str], ...] = (
    ("partnerships", "id = :partnership"),
    ("instruments", "id = :instrument"),
    ("sessions", "id = :session"),
    ("groups", "session_id = :session"),
    ("participants", "session_id = :session"),
    ("ratings", "session_id = :session"),
    ("rating_events", "session_id = :session"),
    ("item_states", "session_id = :session"),
    ("notes", "session_id = :session"),
    ("actions", "session_id = :session"),
    # the edit log of all of these (m007), deletions included, so a merge converges
    ("record_events", "session_id = :session OR (table_name = 'partnerships' AND record_id = :partnership)"),
)


def quote(name: str) -> str:
    """An SQL identifier, quoted (table and column names come from schemas)."""
    return '"' + name.replace('"', '""') + '"'


def table_columns(conn: sqlite3.Connection, schema: str, table: str) -> list[str]:
    """Column names of ``schema.table`` in table order; empty when there is no such table."""
    return [row[1] for row in conn.execute(f"PRAGMA {quote(schema)}.table_info({quote(table)})")]


def common_columns(conn: sqlite3.Connection, table: str, ours: str = "main", theirs: str = "other") -> list[str]:
    """Columns present in both copies of a table, in our order (older files may lack newer ones)."""
    their_columns = set(table_columns(conn, theirs, table))
    return [c for c in table_columns(conn, ours, table) if c in their_columns]


def readonly_uri(path: Path) -> str:
    """URI opening a database read-only, for ATTACH on a URI-enabled connection.

    A file with no ``-wal`` beside it is closed (no WAL connection has it
    open), so it is opened ``immutable``: no lock, and no ``-wal``/``-shm``
    files left next to someone else's archive. With a ``-wal`` present its
    content is needed, so the file is opened read-only the ordinary way.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    return uri if Path(str(path) + "-wal").exists() else uri + "&immutable=1"


def connect_attached(main_path: Path, other_path: Path, alias: str) -> sqlite3.Connection:
    """A writable connection to ``main_path`` with ``other_path`` attached read-only.

    Autocommit mode (``isolation_level=None``): callers BEGIN and COMMIT
    explicitly, so a copy is one transaction they control.
    """
    conn = sqlite3.connect(main_path.resolve().as_uri(), uri=True, isolation_level=None, timeout=30)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("ATTACH DATABASE ? AS " + quote(alias), (readonly_uri(other_path),))
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def _remove_database_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def export_session_file(archive: Archive, session_id: str, out_path: str | Path) -> Path:
    """Write one session (and what it needs) to ``out_path`` as a standalone archive.

    The file is built under a temporary name beside ``out_path`` and moved
    into place only when complete, so a failed export leaves no half file;
    an existing file at ``out_path`` is replaced. Returns the path written.
    """
    out = Path(out_path).expanduser()
    session = archive.session(session_id)
    if session["deleted_at"]:
        raise ValidationError(f"session {session_id!r}: is deleted; restore it before exporting it")
    if out.exists() and out.resolve() == Path(archive.path).resolve():
        raise ValidationError(f"{out}: is the open archive itself; choose another file name")
    if Path(str(out) + "-wal").exists():
        raise ValidationError(f"{out}: is in use (it has a -wal file); close it or choose another file name")
    if out.is_dir():
        raise ValidationError(f"{out}: is a folder; give a file name ending in .sqlite")
    partial = out.with_name(out.name + ".partial")
    _remove_database_files(partial)
    try:
        Archive.open(partial).close()
        conn = connect_attached(partial, Path(archive.path), "src")
        try:
            params = {
                "session": session_id,
                "partnership": session["partnership_id"],
                "instrument": session["instrument_id"],
            }
            conn.execute("BEGIN IMMEDIATE")
            history.pause(conn)  # the copies are not edits: their log is copied with them
            for table, where in SESSION_FILE_TABLES:
                columns = ", ".join(quote(c) for c in common_columns(conn, table, "main", "src"))
                if not columns:
                    continue
                conn.execute(
                    f"INSERT INTO main.{quote(table)} ({columns}) SELECT {columns} FROM src.{quote(table)} WHERE {where}",
                    params,
                )
            history.resume(conn)
            conn.execute("COMMIT")
            conn.execute("DETACH DATABASE src")
            # one self-contained file: no -wal beside it to forget when sending it
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
        os.replace(partial, out)
    except sqlite3.Error as exc:
        _remove_database_files(partial)
        raise ArchiveError(f"{out}: the session file could not be written ({exc})") from exc
    except BaseException:
        _remove_database_files(partial)
        raise
    return out
