"""Anonymous participants: a code (P07, T03) and a group, never a name."""

from __future__ import annotations

import sqlite3

from pe_desktop.core.vocab import Channel
from pe_desktop.store.base import CHANNELS, new_id, now_iso
from pe_desktop.store.errors import ValidationError
from pe_desktop.store.records import Participant, ParticipantRatings, PhoneState, Rating
from pe_desktop.store.sessions import SessionStore

INSERT_EVENT = """
INSERT INTO rating_events (id, session_id, round, participant_id, item_key, value, action, source, recorded_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
"""

_PARTICIPANT = """SELECT pa.*, g.name AS group_name, g.position AS position FROM participants pa
                  LEFT JOIN groups g ON g.id = pa.group_id"""


class ParticipantStore(SessionStore):
    def participant_count(self, session_id: str, channel: str | None = None) -> int:
        """How many participants a session has (on one channel when ``channel`` is given)."""
        sql = "SELECT count(*) FROM participants WHERE session_id = ?"
        params = [session_id]
        if channel is not None:
            sql += " AND channel = ?"
            params.append(channel)
        return int(self._scalar(sql, params))

    def participants(self, session_id: str, channel: str | None = None) -> list[Participant]:
        """A session's participants by code (on one channel when ``channel`` is given)."""
        sql = f"{_PARTICIPANT} WHERE pa.session_id = ?"
        params = [session_id]
        if channel is not None:
            sql += " AND pa.channel = ?"
            params.append(channel)
        return [Participant.from_row(row) for row in self.query(sql + " ORDER BY pa.code", params)]

    def participant(self, session_id: str, participant_id: str) -> Participant | None:
        """The participant, if it is one of this session's."""
        row = self._one(f"{_PARTICIPANT} WHERE pa.id = ? AND pa.session_id = ?", [participant_id, session_id])
        return Participant.from_row(row) if row else None

    def participant_with_ratings(self, session_id: str, participant_id: str) -> ParticipantRatings | None:
        """The participant and every rating they gave (all rounds), or None if not in this session."""
        part = self.participant(session_id, participant_id)
        if part is None:
            return None
        rows = self.query(
            "SELECT * FROM ratings WHERE participant_id = ? ORDER BY round, item_key", [participant_id]
        )
        return ParticipantRatings(part, tuple(Rating.from_row(row) for row in rows))

    def phone_state(self, session_id: str, participant_id: str | None = None) -> PhoneState | None:
        """The session's title, status, round and whether it is deleted, and the participant's code
        and group (None when not this session's); None when there is no such session."""
        row = self._one(
            """SELECT s.title, s.status, s.current_round, s.deleted_at IS NOT NULL AS deleted,
                      p.code, p.group_id
               FROM sessions s LEFT JOIN participants p ON p.id = ? AND p.session_id = s.id
               WHERE s.id = ?""",
            [participant_id, session_id],
        )
        return PhoneState.from_row({**row, "deleted": bool(row["deleted"])}) if row else None

    def _next_code(self, conn: sqlite3.Connection, session_id: str, prefix: str) -> str:
        rows = conn.execute(
            "SELECT code FROM participants WHERE session_id = ? AND code LIKE ?", (session_id, prefix + "%")
        ).fetchall()
        numbers = [int(code[len(prefix):]) for (code,) in rows if code[len(prefix):].isdigit()]
        return f"{prefix}{(max(numbers, default=0) + 1):02d}"

    def _check_group(self, session_id: str, group_id: str | None) -> None:
        if group_id is not None and not any(g.id == group_id for g in self.groups(session_id)):
            raise ValidationError(f"group: {group_id!r} is not a group of this session")

    def add_participant(
        self, session_id: str, group_id: str | None, channel: str, language: str | None = None,
        code: str | None = None, id: str | None = None,
    ) -> Participant:
        """Add an anonymous participant (code like P07 unless given); returns it."""
        if channel not in CHANNELS:
            raise ValidationError(f"channel: {channel!r} is not one of {', '.join(CHANNELS)}")
        self._check_group(session_id, group_id)
        with self.transaction() as conn:
            return self._insert_participant(conn, session_id, group_id, channel, language, code, id)

    def _insert_participant(
        self, conn: sqlite3.Connection, session_id: str, group_id: str | None, channel: str,
        language: str | None, code: str | None = None, id: str | None = None,
    ) -> Participant:
        prefix = "T" if channel == Channel.TALLY else "P"
        code = (code or "").strip() or self._next_code(conn, session_id, prefix)
        pid = id or new_id()
        stamp = now_iso()
        try:
            conn.execute(
                """INSERT INTO participants (id, session_id, code, group_id, channel, language, created_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?)""",
                (pid, session_id, code, group_id, channel, language, stamp),
            )
        except sqlite3.IntegrityError:
            raise ValidationError(f"participant: code {code!r} is already used in this session") from None
        return Participant(pid, session_id, code, group_id, Channel(channel), language, stamp)

    def remove_participant(self, participant_id: str) -> None:
        """Remove a participant and their ratings (each removal logged as an event)."""
        with self.transaction() as conn:
            rows = conn.execute(
                "SELECT session_id, round, item_key, source FROM ratings WHERE participant_id = ?", (participant_id,)
            ).fetchall()
            stamp = now_iso()
            conn.executemany(
                INSERT_EVENT,
                [(new_id(), sid, rnd, participant_id, key, None, "delete", source, stamp) for sid, rnd, key, source in rows],
            )
            conn.execute("DELETE FROM participants WHERE id = ?", (participant_id,))
