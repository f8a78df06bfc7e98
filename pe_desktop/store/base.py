"""What every part of the archive shares: the connection, the lock, transactions, instruments.

The per-concept stores (partnerships, sessions, participants, ratings, notes)
each extend the one before, so a method may call any method of a concept
declared earlier; everything they share is declared here, in one place.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Self

from sqlite_utils import Database

from pe_desktop.core.instruments import Instrument
from pe_desktop.core.vocab import ActionStatus, Channel, ItemState, NoteKind, Position, Stage, values
from pe_desktop.store import backup as backups
from pe_desktop.store.connection import APPLICATION_ID, connect, probe
from pe_desktop.store.errors import ArchiveCorrupt, ArchiveError, ValidationError, sql_errors, wrap
from pe_desktop.store.schema import SCHEMA_VERSION, migrations

POSITIONS = values(Position)
CHANNELS = values(Channel)
STAGES = values(Stage)
NOTE_KINDS = values(NoteKind)
ACTION_STATUSES = values(ActionStatus)
ITEM_STATES = values(ItemState)

#: Query parameters: positional or named.
Params = Sequence[Any] | dict[str, Any]

#: Longest statement text kept on an error (``ArchiveError.sql``).
_SQL_CONTEXT = 500


def now_iso() -> str:
    """ISO 8601 UTC with microseconds: sorts as text, merges across laptops."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_id() -> str:
    return str(uuid.uuid4())


def instrument_id_for(instrument: Instrument) -> str:
    """Same form content gives the same id on every laptop, so merges dedupe."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "pe-desktop:instrument:" + instrument.content_hash))


def check_date(field: str, value: str | None) -> str | None:
    """A YYYY-MM-DD date or None; ValidationError naming ``field`` otherwise."""
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ValidationError(f"{field}: {value!r} is not a date (expected YYYY-MM-DD)") from None


def check_choice(field: str, value: object, allowed: Sequence[str]) -> None:
    if value not in allowed:
        raise ValidationError(f"{field}: {value!r} is not one of {', '.join(allowed)}")


class ArchiveBase:
    """One open archive file: its connection, lock and transactions. Use :meth:`open`."""

    path: Path
    conn: sqlite3.Connection
    db: Database
    _lock: threading.RLock
    _instruments: dict[str, Instrument]

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        self.db = Database(conn)
        self._lock = threading.RLock()
        self._instruments = {}
        self._last_sql: str | None = None
        conn.set_trace_callback(self._traced)

    def _traced(self, sql: str) -> None:
        """Remember the statement SQLite runs, for the error it may raise (not the cleanup after one)."""
        if not sql.startswith(("ROLLBACK", "RELEASE")):
            self._last_sql = sql

    # ------------------------------------------------------------------ open
    @classmethod
    def open(cls, path: str | Path) -> Self:
        """Open (creating or upgrading) an archive; refuse foreign/new/damaged files untouched."""
        path = Path(path).expanduser()
        if path.is_dir():
            raise ArchiveError(f"{path}: is a folder, not an archive file")
        existed = path.exists() and path.stat().st_size > 0
        version = probe(path, SCHEMA_VERSION) if path.exists() else 0
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = connect(path)
            archive = cls(path, conn)
            archive._migrate(version, existed)
        except sqlite3.DatabaseError as exc:
            kind = ArchiveCorrupt if isinstance(wrap(exc), ArchiveCorrupt) else ArchiveError
            raise kind(f"{path}: cannot be opened as an archive ({exc})") from exc
        return archive

    def _migrate(self, version: int, existed: bool) -> None:
        if version == SCHEMA_VERSION:
            return
        if existed and version > 0:
            backups.take_backup(self.conn, self.path, f"before-migration-{version}-to-{SCHEMA_VERSION}")
        migrations.apply(self.db)
        with self.db.atomic():
            self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @property
    def schema_version(self) -> int:
        return int(self._scalar("PRAGMA user_version"))

    def close(self) -> None:
        with self._lock:
            with suppress(sqlite3.DatabaseError):
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------- transactions
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One user action: everything inside commits together or not at all.

        Nested, it is a savepoint. SQLite's errors raised inside come out as
        the store's (:mod:`pe_desktop.store.errors`), with the failing statement.
        """
        with self._lock:
            try:
                with self.db.atomic():
                    yield self.conn
            except sqlite3.Error as exc:
                raise wrap(exc, self._context()) from exc

    def _context(self) -> str | None:
        return self._last_sql[:_SQL_CONTEXT] if self._last_sql else None

    def query(self, sql: str, params: Params = ()) -> list[dict[str, Any]]:
        """Rows as dicts. For the store's own modules: code outside store/ calls named methods."""
        with self._lock, sql_errors(sql[:_SQL_CONTEXT]):
            return list(self.db.query(sql, params))

    def _one(self, sql: str, params: Params = ()) -> dict[str, Any] | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def _scalar(self, sql: str, params: Params = ()) -> Any:
        """The first column of the first row (None when there is no row)."""
        with self._lock, sql_errors(sql[:_SQL_CONTEXT]):
            row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def _tuples(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        with self._lock, sql_errors(sql[:_SQL_CONTEXT]):
            return list(self.conn.execute(sql, params).fetchall())

    def _mark_trashed(self, table: str, row_id: str, trashed: bool) -> None:
        """Move a session, note or action item to the Trash (stamp ``deleted_at``) or take it out (clear it).

        One statement for the three kinds: moving is an ordinary update, so the
        change log records it and a merge carries it (``pe_desktop.store.trash``).
        """
        if table not in ("sessions", "notes", "actions"):
            raise ValueError(f"table: {table!r} has no Trash")
        with self.transaction() as conn:
            if trashed:
                conn.execute(f"UPDATE {table} SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL", (now_iso(), row_id))
            else:
                conn.execute(f"UPDATE {table} SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL", (row_id,))

    # ----------------------------------------------------------- backups
    def backup(self, reason: str = "manual") -> Path:
        with self._lock, sql_errors():
            return backups.take_backup(self.conn, self.path, reason)

    def list_backups(self) -> list[backups.BackupInfo]:
        return backups.list_backups(self.path)

    # -------------------------------------------------------- instruments
    def snapshot_instrument(self, instrument: Instrument) -> str:
        """Store a frozen copy of the form so old sessions read right forever."""
        iid = instrument_id_for(instrument)
        with self.transaction() as conn:
            conn.execute(
                """INSERT OR IGNORE INTO instruments (id, key, version, title, language, definition_json, content_hash)
                   VALUES (?, ?, ?, ?, ?, ?, ?)""",
                (iid, instrument.key, instrument.version, instrument.title, instrument.language,
                 instrument.to_json(), instrument.content_hash),
            )
        return iid

    def instrument(self, session_id: str) -> Instrument:
        """The instrument snapshot a session was run with (cached)."""
        cached = self._instruments.get(session_id)
        if cached is not None:
            return cached
        definition = self._scalar(
            "SELECT i.definition_json FROM sessions s JOIN instruments i ON i.id = s.instrument_id WHERE s.id = ?",
            [session_id],
        )
        if definition is None:
            raise ValidationError(f"session: no session with id {session_id!r}")
        inst = Instrument.from_dict(json.loads(definition))
        self._instruments[session_id] = inst
        return inst

    def instruments_by_id(self, ids: set[str]) -> dict[str, Instrument]:
        """Instrument snapshots by their ids, each parsed once."""
        if not ids:
            return {}
        marks = ", ".join("?" for _ in ids)
        rows = self._tuples(f"SELECT id, definition_json FROM instruments WHERE id IN ({marks})", sorted(ids))
        return {iid: Instrument.from_dict(json.loads(definition)) for iid, definition in rows}
