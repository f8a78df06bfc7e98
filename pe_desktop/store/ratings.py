"""Ratings, show-of-hands tallies and the state of each item in a round.

Every rating written is also logged in ``rating_events`` (set or delete), so
the archive can show how a room's view moved and ``check`` can prove the
stored value is the last one logged.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from pe_desktop.core.stats import RatingRow, session_summary
from pe_desktop.core.vocab import Channel, ItemState
from pe_desktop.store.base import ITEM_STATES, new_id, now_iso
from pe_desktop.store.errors import ValidationError
from pe_desktop.store.participants import INSERT_EVENT, ParticipantStore

_UPSERT_RATING = """
INSERT INTO ratings (id, session_id, round, participant_id, item_key, value, source, recorded_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (session_id, round, participant_id, item_key)
DO UPDATE SET value = excluded.value, source = excluded.source, recorded_at = excluded.recorded_at
"""


class RatingStore(ParticipantStore):
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
                if state is None or state[0] != ItemState.OPEN:
                    raise ValidationError(f"item: {item_key!r} is not open for voting in round {round}")
            self._write_rating(conn, session_id, round, participant_id, item_key, value, source, now_iso())

    def _write_rating(
        self, conn: sqlite3.Connection, session_id: str, round: int, participant_id: str, item_key: str,
        value: int | None, source: str, stamp: str,
    ) -> None:
        conn.execute(_UPSERT_RATING, (new_id(), session_id, round, participant_id, item_key, value, source, stamp))
        conn.execute(INSERT_EVENT, (new_id(), session_id, round, participant_id, item_key, value, "set", source, stamp))

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
                conn.execute(INSERT_EVENT, (new_id(), session_id, round, participant_id, item_key, None, "delete", source, now_iso()))

    def rating(self, session_id: str, round: int, participant_id: str, item_key: str) -> tuple[bool, int | None]:
        """(exists, value) of one rating."""
        rows = self._tuples(
            "SELECT value FROM ratings WHERE session_id = ? AND round = ? AND participant_id = ? AND item_key = ?",
            [session_id, round, participant_id, item_key],
        )
        return (True, rows[0][0]) if rows else (False, None)

    def votes(self, session_id: str, round: int, participant_id: str) -> dict[str, int | None]:
        """{item_key: value} of one participant's ratings in a round."""
        rows = self._tuples(
            "SELECT item_key, value FROM ratings WHERE session_id = ? AND round = ? AND participant_id = ?",
            [session_id, round, participant_id],
        )
        return {key: value for key, value in rows}

    def channel_values(self, session_id: str, round: int, channel: str) -> dict[tuple[str, str], int | None]:
        """{(participant_id, item_key): value} of a round's ratings by participants of one channel."""
        rows = self._tuples(
            """SELECT r.participant_id, r.item_key, r.value FROM ratings r JOIN participants pa ON pa.id = r.participant_id
               WHERE r.session_id = ? AND r.round = ? AND pa.channel = ?""",
            [session_id, round, channel],
        )
        return {(pid, key): value for pid, key, value in rows}

    def rating_rows(self, session_id: str, round: int, item_key: str | None = None) -> list[RatingRow]:
        """A round's ratings with each participant's group (of one item when ``item_key`` is given)."""
        sql = """SELECT r.participant_id, p.group_id, r.item_key, r.value FROM ratings r
                 JOIN participants p ON p.id = r.participant_id WHERE r.session_id = ? AND r.round = ?"""
        params: list[Any] = [session_id, round]
        if item_key is not None:
            sql += " AND r.item_key = ?"
            params.append(item_key)
        return [RatingRow(*row) for row in self._tuples(sql, params)]

    def values_by_item(self, session_id: str, round: int) -> dict[str, list[int | None]]:
        """A round's values per item (the rows ``summary`` reads, without the groups)."""
        by_item: dict[str, list[int | None]] = defaultdict(list)
        for item_key, value in self._tuples(
            "SELECT item_key, value FROM ratings WHERE session_id = ? AND round = ?", [session_id, round]
        ):
            by_item[item_key].append(value)
        return by_item

    def value_counts(self, session_id: str, round: int) -> dict[str, dict[int | None, int]]:
        """{item_key: {value: count}} of a round (None = not sure): all a bar chart needs, in one query."""
        counts: dict[str, dict[int | None, int]] = {}
        for item_key, value, n in self._tuples(
            "SELECT item_key, value, count(*) FROM ratings WHERE session_id = ? AND round = ? GROUP BY item_key, value",
            [session_id, round],
        ):
            counts.setdefault(item_key, {})[value] = n
        return counts

    def rating_counts(self, session_id: str, round: int) -> dict[str, int]:
        """How many have rated each item (what the projector shows while voting)."""
        rows = self._tuples(
            "SELECT item_key, count(*) FROM ratings WHERE session_id = ? AND round = ? GROUP BY item_key",
            [session_id, round],
        )
        return {key: n for key, n in rows}

    def rated_per_participant(self, session_id: str, round: int) -> dict[str, int]:
        """{participant_id: how many items they rated} in a round."""
        rows = self._tuples(
            "SELECT participant_id, count(*) FROM ratings WHERE session_id = ? AND round = ? GROUP BY participant_id",
            [session_id, round],
        )
        return {pid: n for pid, n in rows}

    def rated_rounds(self, session_id: str) -> list[int]:
        """Rounds that hold ratings, in order (empty when nobody has rated yet)."""
        rows = self._tuples("SELECT DISTINCT round FROM ratings WHERE session_id = ? ORDER BY round", [session_id])
        return [rnd for (rnd,) in rows]

    def last_rated_rounds(self, partnership_id: str) -> dict[str, int]:
        """{session_id: highest round with a rating} of a partnership's rated sessions."""
        rows = self._tuples(
            """SELECT r.session_id, max(r.round) FROM ratings r JOIN sessions s ON s.id = r.session_id
               WHERE s.partnership_id = ? GROUP BY r.session_id""",
            [partnership_id],
        )
        return {sid: rnd for sid, rnd in rows}

    # ------------------------------------------------------------- tallies
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
                conn.execute(INSERT_EVENT, (new_id(), session_id, round, pid, item_key, None, "delete", "tally", stamp))
                conn.execute("DELETE FROM participants WHERE id = ?", (pid,))
            for value, count in counts.items():
                for _ in range(count):
                    part = self._insert_participant(conn, session_id, group_id, Channel.TALLY, None)
                    self._write_rating(conn, session_id, round, part.id, item_key, value, "tally", stamp)
                    created.append(part.id)
        return created

    def tally(self, session_id: str, round: int, item_key: str, group_id: str | None) -> dict[int | None, int]:
        rows = self._tuples(
            """SELECT r.value, count(*) FROM ratings r JOIN participants p ON p.id = r.participant_id
               WHERE r.session_id = ? AND r.round = ? AND r.item_key = ? AND p.channel = 'tally' AND p.group_id IS ?
               GROUP BY r.value""",
            [session_id, round, item_key, group_id],
        )
        return {value: n for value, n in rows}

    def tally_people(self, session_id: str) -> dict[str | None, int]:
        """{group_id: people} counted by tallies: the largest tally of any one item and round per group.

        A tally participant stands for one hand raised on one item, so the
        number of tally rows would count each hand once per item.
        """
        rows = self._tuples(
            """SELECT p.group_id, max(n) FROM (
                   SELECT p.group_id, r.round, r.item_key, count(*) AS n
                   FROM ratings r JOIN participants p ON p.id = r.participant_id
                   WHERE r.session_id = ? AND p.channel = 'tally'
                   GROUP BY p.group_id, r.round, r.item_key) AS p
               GROUP BY p.group_id""",
            [session_id],
        )
        return {group_id: n for group_id, n in rows}

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

    def item_states(self, session_id: str, round: int) -> dict[str, ItemState]:
        """State of every item of the instrument in a round ('pending' when never touched)."""
        inst = self.instrument(session_id)
        rows = self._tuples("SELECT item_key, state FROM item_states WHERE session_id = ? AND round = ?", [session_id, round])
        known = {key: ItemState(state) for key, state in rows}
        return {key: known.get(key, ItemState.PENDING) for key in inst.item_keys}

    def item_state(self, session_id: str, round: int, item_key: str) -> ItemState:
        """One item's state in a round ('pending' when never touched)."""
        state = self._scalar(
            "SELECT state FROM item_states WHERE session_id = ? AND round = ? AND item_key = ?", [session_id, round, item_key]
        )
        return ItemState(state) if state else ItemState.PENDING

    # ------------------------------------------------------------- summary
    def summary(self, session_id: str, round: int = 1) -> dict[str, Any]:
        """The §7 summary object for a session and round (a dict: it is the JSON contract)."""
        session = self.session(session_id)
        inst = self.instrument(session_id)
        return session_summary(
            session_id, inst.key, inst.item_keys, self.rating_rows(session_id, round), self.group_defs(session_id),
            inst.scale.min, inst.scale.max, session.min_group_size, round,
        )
