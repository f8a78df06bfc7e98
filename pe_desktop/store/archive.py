"""The archive: every user action is one method and one committed transaction.

Modelled on Anki's collection: the GUI, the phone server and the command line
all write through this object, each call commits before it returns, so a
rating acknowledged to anyone is on disk. Calls are serialised by a lock, so
the phone server's thread and the GUI thread can share one Archive.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from pe_desktop.core.instruments import Instrument
from pe_desktop.core.stats import GroupDef, RatingRow, session_summary
from pe_desktop.store import backup as backups
from pe_desktop.store.connection import APPLICATION_ID, connect, probe
from pe_desktop.store.errors import ArchiveError, ValidationError
from pe_desktop.store.schema import SCHEMA_VERSION, migrations

POSITIONS = ("community", "institution", "other")
CHANNELS = ("phone", "paper", "laptop", "tally", "import")
STAGES = ("advise", "acclimate", "activate", "accelerate")
NOTE_KINDS = ("note", "quote", "dissent")
ACTION_STATUSES = ("open", "done", "dropped")
ITEM_STATES = ("pending", "open", "closed", "revealed")
SESSION_FIELDS = (
    "title", "held_on", "location", "facilitator", "stage", "min_group_size", "rounds", "status", "language",
)

_UPSERT_RATING = """
INSERT INTO ratings (id, session_id, round, participant_id, item_key, value, source, recorded_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (session_id, round, participant_id, item_key)
DO UPDATE SET value = excluded.value, source = excluded.source, recorded_at = excluded.recorded_at
"""
_INSERT_EVENT = """
INSERT INTO rating_events (id, session_id, round, participant_id, item_key, value, action, source, recorded_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
"""


def now_iso() -> str:
    """ISO 8601 UTC with microseconds: sorts as text, merges across laptops."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_id() -> str:
    return str(uuid.uuid4())


def instrument_id_for(instrument: Instrument) -> str:
    """Same form content gives the same id on every laptop, so merges dedupe."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "pe-desktop:instrument:" + instrument.content_hash))


def _check_date(field: str, value: str | None) -> str | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ValidationError(f"{field}: {value!r} is not a date (expected YYYY-MM-DD)") from None


def _check_language(instrument: Instrument, value: str | None) -> str:
    """A session language: one of the form's languages, or two joined by '+' for a mixed room ("en+es").

    Only the form's own languages: a room addressed in a language the form
    has no translation for would see it in another language after all.
    """
    codes = [c.strip() for c in str(value or "").split("+")]
    known = instrument.languages
    if not 1 <= len(codes) <= 2 or len(set(codes)) != len(codes) or any(c not in known for c in codes):
        raise ValidationError(
            f"language: {value!r} is not one of the form's languages ({', '.join(known)}), "
            f"or two of them joined by '+' (e.g. {known[0]}+{known[-1]})"
        )
    return "+".join(codes)


class Archive:
    """One open archive file. Use :meth:`open`; close with :meth:`close`."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        self.db = Database(conn)
        self._lock = threading.RLock()
        self._instruments: dict[str, Instrument] = {}

    # ------------------------------------------------------------------ open
    @classmethod
    def open(cls, path: str | Path) -> "Archive":
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
            raise ArchiveError(f"{path}: cannot be opened as an archive ({exc})") from exc
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
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            try:
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.DatabaseError:
                pass
            self.conn.close()

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One user action: everything inside commits together or not at all."""
        with self._lock:
            with self.db.atomic():
                yield self.conn

    def query(self, sql: str, params: Sequence[Any] | dict = ()) -> list[dict]:
        with self._lock:
            return list(self.db.query(sql, params))

    # ----------------------------------------------------------- backups
    def backup(self, reason: str = "manual") -> Path:
        with self._lock:
            return backups.take_backup(self.conn, self.path, reason)

    def list_backups(self) -> list[backups.BackupInfo]:
        return backups.list_backups(self.path)

    # ------------------------------------------------------- partnerships
    def create_partnership(self, name: str, description: str = "", id: str | None = None) -> str:
        name = (name or "").strip()
        if not name:
            raise ValidationError("partnership name: must not be empty")
        pid = id or new_id()
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO partnerships (id, name, description, created_at) VALUES (?, ?, ?, ?)",
                (pid, name, description or "", now_iso()),
            )
        return pid

    def find_partnership(self, name: str) -> dict | None:
        rows = self.query("SELECT * FROM partnerships WHERE name = ? AND id NOT IN (SELECT combined_id FROM partnership_combines"
                          " WHERE undone_at IS NULL) ORDER BY created_at LIMIT 1", [name.strip()])
        return rows[0] if rows else None

    def partnership_id_for(self, name: str) -> str:
        found = self.find_partnership(name)
        return found["id"] if found else self.create_partnership(name)

    def partnerships(self) -> list[dict]:
        return self.query(
            """SELECT p.*, (SELECT count(*) FROM sessions s WHERE s.partnership_id = p.id AND s.deleted_at IS NULL)
                   AS session_count FROM partnerships p WHERE p.id NOT IN (SELECT combined_id FROM partnership_combines
                   WHERE undone_at IS NULL) ORDER BY p.name COLLATE NOCASE"""
        )

    def partnership(self, pid: str) -> dict:
        rows = self.query("SELECT * FROM partnerships WHERE id = ?", [pid])
        if not rows:
            raise ValidationError(f"partnership: no partnership with id {pid!r}")
        return rows[0]

    def update_partnership(self, pid: str, name: str | None = None, description: str | None = None) -> None:
        self.partnership(pid)
        with self.transaction() as conn:
            if name is not None:
                if not name.strip():
                    raise ValidationError("partnership name: must not be empty")
                conn.execute("UPDATE partnerships SET name = ? WHERE id = ?", (name.strip(), pid))
            if description is not None:
                conn.execute("UPDATE partnerships SET description = ? WHERE id = ?", (description, pid))

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
        rows = self.query(
            "SELECT i.definition_json FROM sessions s JOIN instruments i ON i.id = s.instrument_id WHERE s.id = ?",
            [session_id],
        )
        if not rows:
            raise ValidationError(f"session: no session with id {session_id!r}")
        inst = Instrument.from_dict(json.loads(rows[0]["definition_json"]))
        self._instruments[session_id] = inst
        return inst

    # ------------------------------------------------------------ sessions
    def create_session(
        self,
        instrument: Instrument,
        title: str,
        partnership_id: str,
        held_on: str | None = None,
        location: str = "",
        facilitator: str = "",
        stage: str | None = None,
        groups: Sequence[tuple[str, str]] = (),
        min_group_size: int = 3,
        rounds: int = 1,
        id: str | None = None,
        language: str | None = None,
    ) -> str:
        """Create a session with its groups in one transaction; returns its id.

        ``language`` is the room's language (see :func:`_check_language`);
        None means the form's own language.
        """
        language = _check_language(instrument, language or instrument.language)
        title = (title or "").strip()
        if not title:
            raise ValidationError("title: must not be empty")
        held_on = _check_date("held_on", held_on)
        if stage not in (None, "", *STAGES):
            raise ValidationError(f"stage: {stage!r} is not one of {', '.join(STAGES)}")
        if not isinstance(min_group_size, int) or min_group_size < 1:
            raise ValidationError(f"min_group_size: {min_group_size!r} must be a whole number of at least 1")
        if rounds not in (1, 2):
            raise ValidationError(f"rounds: {rounds!r} must be 1 or 2")
        seen: set[str] = set()
        for name, position in groups:
            if not name.strip():
                raise ValidationError("group: a group name must not be empty")
            if position not in POSITIONS:
                raise ValidationError(f"group {name!r}: position {position!r} is not one of {', '.join(POSITIONS)}")
            if name.strip().casefold() in seen:
                raise ValidationError(f"group {name!r}: defined twice")
            seen.add(name.strip().casefold())
        self.partnership(partnership_id)
        sid = id or new_id()
        stamp = now_iso()
        with self.transaction() as conn:
            iid = self.snapshot_instrument(instrument)
            conn.execute(
                """INSERT INTO sessions (id, partnership_id, title, held_on, location, facilitator, stage, instrument_id,
                   status, min_group_size, rounds, current_round, created_at, updated_at, language)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, 1, ?, ?, ?)""",
                (sid, partnership_id, title, held_on, location or "", facilitator or "", stage or None, iid,
                 min_group_size, rounds, stamp, stamp, language),
            )
            for sort, (name, position) in enumerate(groups):
                conn.execute(
                    "INSERT INTO groups (id, session_id, name, position, sort) VALUES (?, ?, ?, ?, ?)",
                    (new_id(), sid, name.strip(), position, sort),
                )
        return sid

    def session(self, session_id: str) -> dict:
        rows = self.query(
            """SELECT s.*, p.name AS partnership, i.key AS instrument_key, i.title AS instrument_title
               FROM sessions s JOIN partnerships p ON p.id = s.partnership_id
               JOIN instruments i ON i.id = s.instrument_id WHERE s.id = ?""",
            [session_id],
        )
        if not rows:
            raise ValidationError(f"session: no session with id {session_id!r}")
        return rows[0]

    def sessions(self, partnership_id: str | None = None, include_deleted: bool = False) -> list[dict]:
        """Sessions with partnership name and participant count, newest first."""
        where = ["1=1"]
        params: list[Any] = []
        if partnership_id:
            where.append("s.partnership_id = ?")
            params.append(partnership_id)
        if not include_deleted:
            where.append("s.deleted_at IS NULL")
        return self.query(
            f"""SELECT s.id, s.title, s.held_on, s.status, s.location, s.facilitator, s.stage, s.rounds,
                       s.current_round, s.partnership_id, p.name AS partnership, i.key AS instrument_key,
                       (SELECT count(*) FROM participants pa WHERE pa.session_id = s.id) AS participants
                FROM sessions s JOIN partnerships p ON p.id = s.partnership_id
                JOIN instruments i ON i.id = s.instrument_id
                WHERE {' AND '.join(where)}
                ORDER BY coalesce(s.held_on, substr(s.created_at, 1, 10)) DESC, s.created_at DESC""",
            params,
        )

    def update_session(self, session_id: str, **fields: Any) -> dict:
        """Change session fields; returns the previous values (for undo)."""
        current = self.session(session_id)
        unknown = set(fields) - set(SESSION_FIELDS)
        if unknown:
            raise ValidationError(f"session: unknown field {sorted(unknown)[0]!r}")
        if "title" in fields and not str(fields["title"] or "").strip():
            raise ValidationError("title: must not be empty")
        if "held_on" in fields:
            fields["held_on"] = _check_date("held_on", fields["held_on"])
        if "stage" in fields:
            fields["stage"] = fields["stage"] or None
            if fields["stage"] not in (None, *STAGES):
                raise ValidationError(f"stage: {fields['stage']!r} is not one of {', '.join(STAGES)}")
        if "language" in fields:
            fields["language"] = _check_language(self.instrument(session_id), fields["language"])
        if "status" in fields and fields["status"] not in ("draft", "open", "closed"):
            raise ValidationError(f"status: {fields['status']!r} is not draft, open or closed")
        if "rounds" in fields and fields["rounds"] not in (1, 2):
            raise ValidationError(f"rounds: {fields['rounds']!r} must be 1 or 2")
        if "min_group_size" in fields and (not isinstance(fields["min_group_size"], int) or fields["min_group_size"] < 1):
            raise ValidationError(f"min_group_size: {fields['min_group_size']!r} must be a whole number of at least 1")
        previous = {key: current[key] for key in fields}
        if fields:
            sets = ", ".join(f"{key} = ?" for key in fields)
            with self.transaction() as conn:
                conn.execute(
                    f"UPDATE sessions SET {sets}, updated_at = ? WHERE id = ?",
                    [*fields.values(), now_iso(), session_id],
                )
        return previous

    def set_status(self, session_id: str, status: str) -> None:
        """Open or close a session; closing takes a backup afterwards."""
        self.update_session(session_id, status=status)
        if status == "closed":
            self.backup("session-closed")

    def start_round(self, session_id: str, round: int) -> None:
        if round not in (1, 2):
            raise ValidationError(f"round: {round!r} must be 1 or 2")
        with self.transaction() as conn:
            conn.execute(
                "UPDATE sessions SET current_round = ?, rounds = max(rounds, ?), updated_at = ? WHERE id = ?",
                (round, round, now_iso(), session_id),
            )

    def delete_session(self, session_id: str) -> None:
        """Soft delete: hidden at once, undoable until :meth:`purge_deleted`."""
        self.session(session_id)
        with self.transaction() as conn:
            conn.execute("UPDATE sessions SET deleted_at = ? WHERE id = ?", (now_iso(), session_id))

    def restore_session(self, session_id: str) -> None:
        with self.transaction() as conn:
            conn.execute("UPDATE sessions SET deleted_at = NULL WHERE id = ?", (session_id,))

    def purge_deleted(self) -> int:
        """Remove soft-deleted sessions for good (called when the window closes)."""
        with self.transaction() as conn:
            ids = [r[0] for r in conn.execute("SELECT id FROM sessions WHERE deleted_at IS NOT NULL")]
            for sid in ids:
                conn.execute("DELETE FROM sessions WHERE id = ?", (sid,))
        return len(ids)

    # -------------------------------------------------------------- groups
    def groups(self, session_id: str) -> list[dict]:
        return self.query("SELECT * FROM groups WHERE session_id = ? ORDER BY sort, name", [session_id])

    def group_defs(self, session_id: str) -> list[GroupDef]:
        return [GroupDef(g["id"], g["name"], g["position"]) for g in self.groups(session_id)]

    def add_group(self, session_id: str, name: str, position: str, id: str | None = None) -> str:
        name = (name or "").strip()
        if not name:
            raise ValidationError("group: a group name must not be empty")
        if position not in POSITIONS:
            raise ValidationError(f"group {name!r}: position {position!r} is not one of {', '.join(POSITIONS)}")
        if any(g["name"].casefold() == name.casefold() for g in self.groups(session_id)):
            raise ValidationError(f"group {name!r}: defined twice")
        gid = id or new_id()
        with self.transaction() as conn:
            sort = conn.execute("SELECT coalesce(max(sort) + 1, 0) FROM groups WHERE session_id = ?", (session_id,)).fetchone()[0]
            conn.execute(
                "INSERT INTO groups (id, session_id, name, position, sort) VALUES (?, ?, ?, ?, ?)",
                (gid, session_id, name, position, sort),
            )
        return gid

    def group_by_name(self, session_id: str, name: str) -> dict | None:
        for group in self.groups(session_id):
            if group["name"].casefold() == name.strip().casefold():
                return group
        return None

    # -------------------------------------------------------- participants
    def participant_count(self, session_id: str, channel: str | None = None) -> int:
        """How many participants a session has (on one channel when ``channel`` is given)."""
        sql = "SELECT count(*) AS n FROM participants WHERE session_id = ?"
        params = [session_id]
        if channel is not None:
            sql += " AND channel = ?"
            params.append(channel)
        return self.query(sql, params)[0]["n"]

    def participants(self, session_id: str) -> list[dict]:
        return self.query(
            """SELECT pa.*, g.name AS group_name, g.position AS position FROM participants pa
               LEFT JOIN groups g ON g.id = pa.group_id WHERE pa.session_id = ? ORDER BY pa.code""",
            [session_id],
        )

    def _next_code(self, conn: sqlite3.Connection, session_id: str, prefix: str) -> str:
        rows = conn.execute(
            "SELECT code FROM participants WHERE session_id = ? AND code LIKE ?", (session_id, prefix + "%")
        ).fetchall()
        numbers = [int(code[len(prefix):]) for (code,) in rows if code[len(prefix):].isdigit()]
        return f"{prefix}{(max(numbers, default=0) + 1):02d}"

    def _check_group(self, session_id: str, group_id: str | None) -> None:
        if group_id is not None and not any(g["id"] == group_id for g in self.groups(session_id)):
            raise ValidationError(f"group: {group_id!r} is not a group of this session")

    def add_participant(
        self, session_id: str, group_id: str | None, channel: str, language: str | None = None,
        code: str | None = None, id: str | None = None,
    ) -> dict:
        """Add an anonymous participant; returns {'id', 'code'} (code like P07)."""
        if channel not in CHANNELS:
            raise ValidationError(f"channel: {channel!r} is not one of {', '.join(CHANNELS)}")
        self._check_group(session_id, group_id)
        with self.transaction() as conn:
            return self._insert_participant(conn, session_id, group_id, channel, language, code, id)

    def _insert_participant(
        self, conn: sqlite3.Connection, session_id: str, group_id: str | None, channel: str,
        language: str | None, code: str | None = None, id: str | None = None,
    ) -> dict:
        prefix = "T" if channel == "tally" else "P"
        code = (code or "").strip() or self._next_code(conn, session_id, prefix)
        pid = id or new_id()
        try:
            conn.execute(
                """INSERT INTO participants (id, session_id, code, group_id, channel, language, created_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?)""",
                (pid, session_id, code, group_id, channel, language, now_iso()),
            )
        except sqlite3.IntegrityError:
            raise ValidationError(f"participant: code {code!r} is already used in this session") from None
        return {"id": pid, "code": code}

    def remove_participant(self, participant_id: str) -> None:
        """Remove a participant and their ratings (each removal logged as an event)."""
        with self.transaction() as conn:
            rows = conn.execute(
                "SELECT session_id, round, item_key, source FROM ratings WHERE participant_id = ?", (participant_id,)
            ).fetchall()
            stamp = now_iso()
            conn.executemany(
                _INSERT_EVENT,
                [(new_id(), sid, rnd, participant_id, key, None, "delete", source, stamp) for sid, rnd, key, source in rows],
            )
            conn.execute("DELETE FROM participants WHERE id = ?", (participant_id,))

    # ------------------------------------------------------------- ratings
    def validate_rating(self, session_id: str, round: int, item_key: str, value: int | None) -> None:
        """Raise ValidationError naming the field and value if the rating is not allowed."""
        inst = self.instrument(session_id)
        if item_key not in inst.item_keys:
            raise ValidationError(f"item: {item_key!r} is not an item of {inst.key}")
        if round not in (1, 2):
            raise ValidationError(f"round: {round!r} must be 1 or 2")
        if value is None:
            if not inst.scale.allow_unsure:
                raise ValidationError(f"value: 'not sure' is not allowed by {inst.key}")
            return
        if isinstance(value, bool) or not isinstance(value, int) or not inst.scale.min <= value <= inst.scale.max:
            raise ValidationError(f"value: {value!r} is outside the scale {inst.scale.min}..{inst.scale.max}")

    def record_rating(
        self, session_id: str, round: int, participant_id: str, item_key: str, value: int | None,
        source: str = "laptop", require_open: bool = False,
    ) -> None:
        """Save one rating (replacing an earlier one) and log it; committed on return."""
        self.validate_rating(session_id, round, item_key, value)
        with self.transaction() as conn:
            owner = conn.execute("SELECT session_id FROM participants WHERE id = ?", (participant_id,)).fetchone()
            if owner is None or owner[0] != session_id:
                raise ValidationError(f"participant: {participant_id!r} is not in this session")
            if require_open:
                state = conn.execute(
                    "SELECT state FROM item_states WHERE session_id = ? AND round = ? AND item_key = ?",
                    (session_id, round, item_key),
                ).fetchone()
                if state is None or state[0] != "open":
                    raise ValidationError(f"item: {item_key!r} is not open for voting in round {round}")
            self._write_rating(conn, session_id, round, participant_id, item_key, value, source, now_iso())

    def _write_rating(
        self, conn: sqlite3.Connection, session_id: str, round: int, participant_id: str, item_key: str,
        value: int | None, source: str, stamp: str,
    ) -> None:
        conn.execute(_UPSERT_RATING, (new_id(), session_id, round, participant_id, item_key, value, source, stamp))
        conn.execute(_INSERT_EVENT, (new_id(), session_id, round, participant_id, item_key, value, "set", source, stamp))

    def record_ratings(self, session_id: str, round: int, entries: Iterable[tuple[str, str, int | None]], source: str) -> int:
        """Save many (participant_id, item_key, value) at once, all or none."""
        entries = list(entries)
        for _, item_key, value in entries:
            self.validate_rating(session_id, round, item_key, value)
        stamp = now_iso()
        with self.transaction() as conn:
            for participant_id, item_key, value in entries:
                self._write_rating(conn, session_id, round, participant_id, item_key, value, source, stamp)
        return len(entries)

    def clear_rating(self, session_id: str, round: int, participant_id: str, item_key: str, source: str = "laptop") -> None:
        """Remove a rating (e.g. a mistyped paper entry); the removal is logged."""
        with self.transaction() as conn:
            cur = conn.execute(
                "DELETE FROM ratings WHERE session_id = ? AND round = ? AND participant_id = ? AND item_key = ?",
                (session_id, round, participant_id, item_key),
            )
            if cur.rowcount:
                conn.execute(_INSERT_EVENT, (new_id(), session_id, round, participant_id, item_key, None, "delete", source, now_iso()))

    def rating(self, session_id: str, round: int, participant_id: str, item_key: str) -> tuple[bool, int | None]:
        """(exists, value) of one rating."""
        rows = self.query(
            "SELECT value FROM ratings WHERE session_id = ? AND round = ? AND participant_id = ? AND item_key = ?",
            [session_id, round, participant_id, item_key],
        )
        return (True, rows[0]["value"]) if rows else (False, None)

    def rating_rows(self, session_id: str, round: int, item_key: str | None = None) -> list[RatingRow]:
        """A round's ratings with each participant's group (of one item when ``item_key`` is given)."""
        sql = """SELECT r.participant_id, p.group_id, r.item_key, r.value FROM ratings r
                 JOIN participants p ON p.id = r.participant_id WHERE r.session_id = ? AND r.round = ?"""
        params: tuple = (session_id, round)
        if item_key is not None:
            sql += " AND r.item_key = ?"
            params += (item_key,)
        with self._lock:
            rows = self.conn.execute(sql, params).fetchall()
        return [RatingRow(*row) for row in rows]

    def value_counts(self, session_id: str, round: int) -> dict[str, dict[int | None, int]]:
        """{item_key: {value: count}} of a round (None = not sure): all a bar chart needs, in one query."""
        counts: dict[str, dict[int | None, int]] = {}
        for r in self.query(
            "SELECT item_key, value, count(*) AS n FROM ratings WHERE session_id = ? AND round = ? GROUP BY item_key, value",
            [session_id, round],
        ):
            counts.setdefault(r["item_key"], {})[r["value"]] = r["n"]
        return counts

    def rating_counts(self, session_id: str, round: int) -> dict[str, int]:
        """How many have rated each item (what the projector shows while voting)."""
        rows = self.query(
            "SELECT item_key, count(*) AS n FROM ratings WHERE session_id = ? AND round = ? GROUP BY item_key",
            [session_id, round],
        )
        return {r["item_key"]: r["n"] for r in rows}

    def record_tally(
        self, session_id: str, round: int, item_key: str, group_id: str | None, counts: dict[int | None, int],
    ) -> list[str]:
        """Store a show-of-hands tally as anonymous tally participants, one rating each.

        A new tally for the same item, group and round replaces the previous one.
        Returns the ids of the tally participants created.
        """
        self._check_group(session_id, group_id)
        for value, count in counts.items():
            self.validate_rating(session_id, round, item_key, value)
            if not isinstance(count, int) or count < 0:
                raise ValidationError(f"count for {value!r}: {count!r} must be a whole number of at least 0")
        stamp = now_iso()
        created: list[str] = []
        with self.transaction() as conn:
            old = conn.execute(
                """SELECT p.id FROM participants p JOIN ratings r ON r.participant_id = p.id
                   WHERE p.session_id = ? AND p.channel = 'tally' AND r.round = ? AND r.item_key = ?
                   AND p.group_id IS ?""",
                (session_id, round, item_key, group_id),
            ).fetchall()
            for (pid,) in old:
                conn.execute(_INSERT_EVENT, (new_id(), session_id, round, pid, item_key, None, "delete", "tally", stamp))
                conn.execute("DELETE FROM participants WHERE id = ?", (pid,))
            for value, count in counts.items():
                for _ in range(count):
                    part = self._insert_participant(conn, session_id, group_id, "tally", None)
                    self._write_rating(conn, session_id, round, part["id"], item_key, value, "tally", stamp)
                    created.append(part["id"])
        return created

    def tally(self, session_id: str, round: int, item_key: str, group_id: str | None) -> dict[int | None, int]:
        rows = self.query(
            """SELECT r.value, count(*) AS n FROM ratings r JOIN participants p ON p.id = r.participant_id
               WHERE r.session_id = ? AND r.round = ? AND r.item_key = ? AND p.channel = 'tally' AND p.group_id IS ?
               GROUP BY r.value""",
            [session_id, round, item_key, group_id],
        )
        return {r["value"]: r["n"] for r in rows}

    # --------------------------------------------------------- item states
    def set_item_states(self, session_id: str, round: int, item_keys: Iterable[str], state: str) -> None:
        if state not in ITEM_STATES:
            raise ValidationError(f"state: {state!r} is not one of {', '.join(ITEM_STATES)}")
        inst = self.instrument(session_id)
        keys = list(item_keys)
        for key in keys:
            if key not in inst.item_keys:
                raise ValidationError(f"item: {key!r} is not an item of {inst.key}")
        stamp = now_iso()
        with self.transaction() as conn:
            conn.executemany(
                """INSERT INTO item_states (session_id, round, item_key, state, updated_at) VALUES (?, ?, ?, ?, ?)
                   ON CONFLICT (session_id, round, item_key) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at""",
                [(session_id, round, key, state, stamp) for key in keys],
            )

    def item_states(self, session_id: str, round: int) -> dict[str, str]:
        """State of every item of the instrument in a round ('pending' when never touched)."""
        inst = self.instrument(session_id)
        rows = self.query("SELECT item_key, state FROM item_states WHERE session_id = ? AND round = ?", [session_id, round])
        known = {r["item_key"]: r["state"] for r in rows}
        return {key: known.get(key, "pending") for key in inst.item_keys}

    # ------------------------------------------------------ notes, actions
    def add_note(
        self, session_id: str, text: str, kind: str = "note", item_key: str | None = None, round: int = 1,
        id: str | None = None, created_at: str | None = None,
    ) -> str:
        if kind not in NOTE_KINDS:
            raise ValidationError(f"kind: {kind!r} is not one of {', '.join(NOTE_KINDS)}")
        if not (text or "").strip():
            raise ValidationError("note: text must not be empty")
        if item_key is not None and item_key not in self.instrument(session_id).item_keys:
            raise ValidationError(f"item: {item_key!r} is not an item of this session's instrument")
        nid = id or new_id()
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO notes (id, session_id, item_key, round, kind, text, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (nid, session_id, item_key, round, kind, text, created_at or now_iso()),
            )
        return nid

    def note(self, note_id: str) -> dict:
        rows = self.query("SELECT * FROM notes WHERE id = ?", [note_id])
        if not rows:
            raise ValidationError(f"note: no note with id {note_id!r}")
        return rows[0]

    def update_note(self, note_id: str, text: str | None = None, kind: str | None = None) -> dict:
        previous = self.note(note_id)
        if kind is not None and kind not in NOTE_KINDS:
            raise ValidationError(f"kind: {kind!r} is not one of {', '.join(NOTE_KINDS)}")
        if text is not None and not text.strip():
            raise ValidationError("note: text must not be empty")
        with self.transaction() as conn:
            conn.execute(
                "UPDATE notes SET text = coalesce(?, text), kind = coalesce(?, kind) WHERE id = ?", (text, kind, note_id)
            )
        return previous

    def delete_note(self, note_id: str) -> dict:
        previous = self.note(note_id)
        with self.transaction() as conn:
            conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))
        return previous

    def notes(self, session_id: str, item_key: str | None = None) -> list[dict]:
        if item_key is None:
            return self.query("SELECT * FROM notes WHERE session_id = ? ORDER BY created_at", [session_id])
        return self.query("SELECT * FROM notes WHERE session_id = ? AND item_key = ? ORDER BY created_at", [session_id, item_key])

    def add_action(
        self, session_id: str, text: str, owner: str = "", due_on: str | None = None, item_key: str | None = None,
        status: str = "open", carried_from: str | None = None, id: str | None = None, created_at: str | None = None,
    ) -> str:
        if not (text or "").strip():
            raise ValidationError("action: text must not be empty")
        if status not in ACTION_STATUSES:
            raise ValidationError(f"status: {status!r} is not one of {', '.join(ACTION_STATUSES)}")
        due_on = _check_date("due_on", due_on)
        if item_key is not None and item_key not in self.instrument(session_id).item_keys:
            raise ValidationError(f"item: {item_key!r} is not an item of this session's instrument")
        aid = id or new_id()
        with self.transaction() as conn:
            conn.execute(
                """INSERT INTO actions (id, session_id, item_key, text, owner, due_on, status, carried_from, created_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (aid, session_id, item_key, text, owner or "", due_on, status, carried_from, created_at or now_iso()),
            )
        return aid

    def action(self, action_id: str) -> dict:
        rows = self.query("SELECT * FROM actions WHERE id = ?", [action_id])
        if not rows:
            raise ValidationError(f"action: no action with id {action_id!r}")
        return rows[0]

    def update_action(self, action_id: str, **fields: Any) -> dict:
        """Change text/owner/due_on/status/item_key; returns previous values (for undo)."""
        current = self.action(action_id)
        allowed = {"text", "owner", "due_on", "status", "item_key"}
        unknown = set(fields) - allowed
        if unknown:
            raise ValidationError(f"action: unknown field {sorted(unknown)[0]!r}")
        if "status" in fields and fields["status"] not in ACTION_STATUSES:
            raise ValidationError(f"status: {fields['status']!r} is not one of {', '.join(ACTION_STATUSES)}")
        if "due_on" in fields:
            fields["due_on"] = _check_date("due_on", fields["due_on"])
        if "text" in fields and not str(fields["text"] or "").strip():
            raise ValidationError("action: text must not be empty")
        previous = {key: current[key] for key in fields}
        if fields:
            with self.transaction() as conn:
                conn.execute(
                    f"UPDATE actions SET {', '.join(f'{k} = ?' for k in fields)} WHERE id = ?", [*fields.values(), action_id]
                )
        return previous

    def delete_action(self, action_id: str) -> dict:
        previous = self.action(action_id)
        with self.transaction() as conn:
            conn.execute("DELETE FROM actions WHERE id = ?", (action_id,))
        return previous

    def actions(self, session_id: str) -> list[dict]:
        return self.query("SELECT * FROM actions WHERE session_id = ? ORDER BY created_at", [session_id])

    # ------------------------------------------------------------- summary
    def summary(self, session_id: str, round: int = 1) -> dict:
        """The §7 summary object for a session and round."""
        session = self.session(session_id)
        inst = self.instrument(session_id)
        return session_summary(
            session_id, inst.key, inst.item_keys, self.rating_rows(session_id, round), self.group_defs(session_id),
            inst.scale.min, inst.scale.max, session["min_group_size"], round,
        )
