"""Sessions and their stakeholder groups."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pe_desktop.core.instruments import Instrument
from pe_desktop.core.stats import GroupDef
from pe_desktop.core.vocab import SessionStatus
from pe_desktop.store.base import POSITIONS, STAGES, check_date, new_id, now_iso
from pe_desktop.store.errors import ValidationError
from pe_desktop.store.partnerships import PartnershipStore
from pe_desktop.store.records import ArchiveCounts, Group, Session, SessionCounts

SESSION_FIELDS = (
    "title", "held_on", "location", "facilitator", "stage", "min_group_size", "rounds", "status", "language",
)

#: Chronological order of sessions: the date held (an undated session: the day created), then creation time.
SESSION_ORDER = "coalesce(s.held_on, substr(s.created_at, 1, 10)), s.created_at"

_SESSION = """SELECT s.*, p.name AS partnership, i.key AS instrument_key, i.title AS instrument_title,
                     (SELECT count(*) FROM participants pa WHERE pa.session_id = s.id) AS participants
              FROM sessions s JOIN partnerships p ON p.id = s.partnership_id
              JOIN instruments i ON i.id = s.instrument_id"""


def _check_min_group_size(value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ValidationError(f"min_group_size: {value!r} must be a whole number of at least 1")


def _check_rounds(value: object) -> None:
    if value not in (1, 2):
        raise ValidationError(f"rounds: {value!r} must be 1 or 2")


def _check_stage(value: object) -> None:
    if value not in (None, "", *STAGES):
        raise ValidationError(f"stage: {value!r} is not one of {', '.join(STAGES)}")


def _check_position(name: str, position: str) -> None:
    if position not in POSITIONS:
        raise ValidationError(f"group {name!r}: position {position!r} is not one of {', '.join(POSITIONS)}")


def _check_new_groups(groups: Sequence[tuple[str, str]]) -> None:
    seen: set[str] = set()
    for name, position in groups:
        if not name.strip():
            raise ValidationError("group: a group name must not be empty")
        _check_position(name, position)
        if name.strip().casefold() in seen:
            raise ValidationError(f"group {name!r}: defined twice")
        seen.add(name.strip().casefold())


def check_language(instrument: Instrument, value: str | None) -> str:
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


def _checked_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """``update_session``'s fields, checked and normalised."""
    unknown = set(fields) - set(SESSION_FIELDS)
    if unknown:
        raise ValidationError(f"session: unknown field {sorted(unknown)[0]!r}")
    if "title" in fields and not str(fields["title"] or "").strip():
        raise ValidationError("title: must not be empty")
    if "held_on" in fields:
        fields["held_on"] = check_date("held_on", fields["held_on"])
    if "stage" in fields:
        fields["stage"] = fields["stage"] or None
        _check_stage(fields["stage"])
    if "status" in fields and fields["status"] not in tuple(SessionStatus):
        raise ValidationError(f"status: {fields['status']!r} is not draft, open or closed")
    if "rounds" in fields:
        _check_rounds(fields["rounds"])
    if "min_group_size" in fields:
        _check_min_group_size(fields["min_group_size"])
    return fields


class SessionStore(PartnershipStore):
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

        ``language`` is the room's language (see :func:`check_language`);
        None means the form's own language.
        """
        language = check_language(instrument, language or instrument.language)
        title = (title or "").strip()
        if not title:
            raise ValidationError("title: must not be empty")
        held_on = check_date("held_on", held_on)
        _check_stage(stage)
        _check_min_group_size(min_group_size)
        _check_rounds(rounds)
        _check_new_groups(groups)
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

    def session(self, session_id: str) -> Session:
        row = self._one(f"{_SESSION} WHERE s.id = ?", [session_id])
        if row is None:
            raise ValidationError(f"session: no session with id {session_id!r}")
        return Session.from_row(row)

    def sessions(self, partnership_id: str | None = None, include_deleted: bool = False) -> list[Session]:
        """Sessions with partnership name and participant count, newest first."""
        where = ["1=1"]
        params: list[Any] = []
        if partnership_id:
            where.append("s.partnership_id = ?")
            params.append(partnership_id)
        if not include_deleted:
            where.append("s.deleted_at IS NULL")
        rows = self.query(
            f"""{_SESSION} WHERE {' AND '.join(where)}
                ORDER BY coalesce(s.held_on, substr(s.created_at, 1, 10)) DESC, s.created_at DESC""",
            params,
        )
        return [Session.from_row(row) for row in rows]

    def partnership_sessions(self, partnership_id: str) -> list[Session]:
        """A partnership's sessions (not deleted) in the order they were held."""
        rows = self.query(f"{_SESSION} WHERE s.partnership_id = ? AND s.deleted_at IS NULL ORDER BY {SESSION_ORDER}",
                          [partnership_id])
        return [Session.from_row(row) for row in rows]

    def find_session_ids(self, ref: str) -> list[str]:
        """Ids of sessions whose id is ``ref`` or (not deleted) starts with it, sorted."""
        rows = self._tuples("SELECT id FROM sessions WHERE id = ? OR id LIKE ? AND deleted_at IS NULL", [ref, ref + "%"])
        return sorted({sid for (sid,) in rows})

    def update_session(self, session_id: str, **fields: Any) -> dict[str, Any]:
        """Change session fields; returns the previous values (for undo)."""
        current = self.session(session_id)
        fields = _checked_fields(fields)
        if "language" in fields:
            fields["language"] = check_language(self.instrument(session_id), fields["language"])
        previous = {key: getattr(current, key) for key in fields}
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
        if status == SessionStatus.CLOSED:
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
        """Move a session to the Trash: hidden at once, kept until the Trash is emptied (:mod:`.trash`)."""
        self.session(session_id)
        self._mark_trashed("sessions", session_id, True)

    def restore_session(self, session_id: str) -> None:
        """Take a session out of the Trash."""
        self._mark_trashed("sessions", session_id, False)

    # -------------------------------------------------------------- groups
    def groups(self, session_id: str) -> list[Group]:
        return [Group.from_row(r) for r in self.query("SELECT * FROM groups WHERE session_id = ? ORDER BY sort, name", [session_id])]

    def group_defs(self, session_id: str) -> list[GroupDef]:
        return [GroupDef(g.id, g.name, g.position) for g in self.groups(session_id)]

    def add_group(self, session_id: str, name: str, position: str, id: str | None = None) -> str:
        name = (name or "").strip()
        if not name:
            raise ValidationError("group: a group name must not be empty")
        _check_position(name, position)
        if any(g.name.casefold() == name.casefold() for g in self.groups(session_id)):
            raise ValidationError(f"group {name!r}: defined twice")
        gid = id or new_id()
        with self.transaction() as conn:
            sort = conn.execute("SELECT coalesce(max(sort) + 1, 0) FROM groups WHERE session_id = ?", (session_id,)).fetchone()[0]
            conn.execute(
                "INSERT INTO groups (id, session_id, name, position, sort) VALUES (?, ?, ?, ?, ?)",
                (gid, session_id, name, position, sort),
            )
        return gid

    def group_by_name(self, session_id: str, name: str) -> Group | None:
        for group in self.groups(session_id):
            if group.name.casefold() == name.strip().casefold():
                return group
        return None

    def delete_group(self, group_id: str) -> bool:
        """Remove a group nobody is in; a group somebody joined stays (their ratings point at it).

        Returns whether it was removed.
        """
        with self.transaction() as conn:
            cur = conn.execute(
                "DELETE FROM groups WHERE id = ? AND NOT EXISTS (SELECT 1 FROM participants WHERE group_id = ?)",
                (group_id, group_id),
            )
            return cur.rowcount > 0

    def latest_groups(self, partnership_name: str) -> list[Group]:
        """The groups of the partnership's latest session (not deleted), in their order."""
        rows = self.query(
            """SELECT g.* FROM groups g WHERE g.session_id = (
                   SELECT s.id FROM sessions s JOIN partnerships p ON p.id = s.partnership_id
                   WHERE p.name = ? AND s.deleted_at IS NULL
                   ORDER BY coalesce(s.held_on, substr(s.created_at, 1, 10)) DESC, s.created_at DESC LIMIT 1)
               ORDER BY g.sort, g.name""",
            [partnership_name],
        )
        return [Group.from_row(row) for row in rows]

    # -------------------------------------------------------------- counts
    def archive_counts(self) -> ArchiveCounts:
        """How much the archive holds; any change to what the browser shows changes it."""
        row = self._one(
            """SELECT (SELECT count(*) FROM partnerships) AS partnerships, (SELECT count(*) FROM sessions) AS sessions,
                      (SELECT max(updated_at) FROM sessions) AS last_updated,
                      (SELECT count(*) FROM sessions WHERE deleted_at IS NULL) AS live_sessions,
                      (SELECT count(*) FROM participants) AS participants,
                      (SELECT count(*) FROM notes WHERE deleted_at IS NULL) AS notes,
                      (SELECT count(*) FROM actions WHERE deleted_at IS NULL) AS actions,
                      (SELECT count(*) FROM actions WHERE status = 'open' AND deleted_at IS NULL) AS open_actions,
                      (SELECT count(*) FROM groups) AS groups"""
        )
        assert row is not None
        return ArchiveCounts.from_row(row)

    def session_counts(self, session_id: str) -> SessionCounts:
        """People, notes and (open) actions of a session."""
        row = self._one(
            """SELECT (SELECT count(*) FROM participants WHERE session_id = :s) AS people,
                      (SELECT count(*) FROM notes WHERE session_id = :s AND deleted_at IS NULL) AS notes,
                      (SELECT count(*) FROM actions WHERE session_id = :s AND status = 'open' AND deleted_at IS NULL)
                          AS open_actions,
                      (SELECT count(*) FROM actions WHERE session_id = :s AND deleted_at IS NULL) AS actions""",
            {"s": session_id},
        )
        assert row is not None
        return SessionCounts.from_row(row)
