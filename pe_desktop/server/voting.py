"""The rules of phone voting, applied to the archive (no HTTP here).

The HTTP layer turns a request into a call of :class:`PhoneVoting`; a refused
request raises :class:`Refused`, which carries the HTTP status and a short
machine code the phone page translates for the participant. Writes run in the
group-commit writer's thread, inside its batch transaction; the store stays
the authority (``record_rating(..., require_open=True)`` checks again).
"""

from __future__ import annotations

from typing import Any

from pe_desktop.core.instruments import Instrument
from pe_desktop.session import ops
from pe_desktop.session.views import phone_texts, phone_view
from pe_desktop.store import Archive, ValidationError

#: Languages of the phone page's own texts (resources/phone/phone.js).
UI_LANGUAGES = ("en", "es")

_VOTE_FIELDS = frozenset({"item", "value", "round"})
_JOIN_FIELDS = frozenset({"group", "language"})
_MAX_KEY = 100


class Refused(ValueError):
    """A request the server will not carry out; nothing was stored."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def _fields(body: Any, allowed: frozenset[str]) -> dict:
    if not isinstance(body, dict):
        raise Refused(400, "bad-request", "the body must be a JSON object")
    unknown = set(body) - allowed
    if unknown:
        raise Refused(400, "bad-request", f"unknown field {sorted(unknown)[0]!r}")
    missing = allowed - set(body)
    if missing:
        raise Refused(400, "bad-request", f"missing field {sorted(missing)[0]!r}")
    return body


class PhoneVoting:
    """Phone voting for one session: state for the page, join and vote."""

    def __init__(self, archive: Archive, session_id: str) -> None:
        self.archive = archive
        self.session_id = session_id
        self.instrument: Instrument = archive.instrument(session_id)
        self._item_keys = frozenset(self.instrument.item_keys)
        self._texts: dict[str, dict] = {}

    # -------------------------------------------------------------- reading
    def _localized_texts(self, language: str) -> dict:
        """Instrument texts in ``language`` (cached: a session's snapshot never changes)."""
        cached = self._texts.get(language)
        if cached is None:
            cached = self._texts[language] = phone_texts(self.instrument, language)
        return cached

    def check_language(self, language: Any) -> str:
        if language is None:
            return UI_LANGUAGES[0]
        if language not in UI_LANGUAGES:
            raise Refused(400, "bad-language", f"language: {language!r} is not one of {', '.join(UI_LANGUAGES)}")
        return language

    def state(self, language: str, participant_id: str | None) -> dict:
        """What the phone page shows, as the session layer's phone view decides it, in JSON form."""
        view = phone_view(self.archive, self.session_id, language, participant_id, self._localized_texts(language))
        if view is None:
            raise Refused(410, "session-gone", "this session no longer exists")
        me = None
        if view.me is not None:
            code, group, votes = view.me
            me = {"participant": code, "group": group, "votes": votes}
        return {
            "session": {"title": view.title, "closed": view.closed},
            "round": view.round,
            "language": language,
            "languages": list(UI_LANGUAGES),
            **view.texts,
            "items": [{**item, "state": view.states[item["key"]]} for item in view.texts["items"]],
            "open": view.open_items,
            "revealed": [key for key, state in view.states.items() if state == "revealed"],
            "groups": [{"id": gid, "name": name} for gid, name in view.groups],
            "me": me,
        }

    def participant_exists(self, participant_id: str) -> dict | None:
        rows = self.archive.query(
            "SELECT id, code, group_id FROM participants WHERE id = ? AND session_id = ?",
            [participant_id, self.session_id],
        )
        return rows[0] if rows else None

    # ---------------------------------------------------- checking (no I/O)
    def check_join(self, body: Any) -> tuple[str, str]:
        body = _fields(body, _JOIN_FIELDS)
        group, language = body["group"], body["language"]
        if not isinstance(group, str) or not 0 < len(group) <= _MAX_KEY:
            raise Refused(422, "unknown-group", "group: must be the id of one of the session's groups")
        if language not in UI_LANGUAGES:
            raise Refused(422, "bad-language", f"language: {language!r} is not one of {', '.join(UI_LANGUAGES)}")
        return group, language

    def check_vote(self, body: Any) -> tuple[str, int | None, int]:
        """(item, value, round) of a well-formed vote for this instrument; Refused otherwise."""
        body = _fields(body, _VOTE_FIELDS)
        item, value, rnd = body["item"], body["value"], body["round"]
        if not isinstance(item, str) or item not in self._item_keys:
            raise Refused(422, "unknown-item", f"item: {str(item)[:_MAX_KEY]!r} is not an item of this session")
        if isinstance(rnd, bool) or not isinstance(rnd, int) or rnd not in (1, 2):
            raise Refused(422, "bad-round", f"round: {str(rnd)[:20]!r} must be 1 or 2")
        try:
            self.archive.validate_rating(self.session_id, rnd, item, value)
        except ValidationError as exc:
            raise Refused(422, "bad-value", str(exc)) from None
        return item, value, rnd

    # ------------------------------------------- writing (in the writer thread)
    def commit_join(self, group_id: str, language: str) -> dict:
        """Add a phone participant; runs inside the writer's batch transaction."""
        self._check_open_session()
        try:
            part = ops.join(self.archive, self.session_id, group_id, language).result
        except ValidationError:
            raise Refused(422, "unknown-group", f"group: {group_id[:_MAX_KEY]!r} is not a group of this session") from None
        return {"id": part["id"], "code": part["code"], "group": group_id, "language": language}

    def commit_vote(self, participant_id: str, item: str, value: int | None, rnd: int) -> dict:
        """Save one phone vote (replacing an earlier one); runs inside the writer's batch transaction."""
        rows = self.archive.query(
            """SELECT s.current_round, s.status, s.deleted_at,
                      (SELECT state FROM item_states i
                        WHERE i.session_id = s.id AND i.round = ? AND i.item_key = ?) AS state,
                      (SELECT code FROM participants p WHERE p.id = ? AND p.session_id = s.id) AS code,
                      (SELECT group_id FROM participants p WHERE p.id = ? AND p.session_id = s.id) AS group_id
               FROM sessions s WHERE s.id = ?""",
            [rnd, item, participant_id, participant_id, self.session_id],
        )
        if not rows or rows[0]["status"] == "closed" or rows[0]["deleted_at"] is not None:
            raise Refused(409, "session-closed", "the session is closed")
        row = rows[0]
        if row["code"] is None:
            raise Refused(403, "not-joined", "join the session first")
        if rnd != row["current_round"]:
            raise Refused(409, "wrong-round", f"round: this session is in round {row['current_round']}, not {rnd}")
        if row["state"] != "open":
            raise Refused(409, "item-closed", f"item: {item!r} is not open for voting")
        try:
            ops.record_vote(self.archive, self.session_id, participant_id, item, value, rnd)
        except ValidationError as exc:
            raise Refused(409, "item-closed", str(exc)) from None
        return {
            "participant_id": participant_id, "participant": row["code"], "group": row["group_id"],
            "item": item, "value": value, "round": rnd,
        }

    def _check_open_session(self) -> None:
        rows = self.archive.query("SELECT status, deleted_at FROM sessions WHERE id = ?", [self.session_id])
        if not rows or rows[0]["status"] == "closed" or rows[0]["deleted_at"] is not None:
            raise Refused(409, "session-closed", "the session is closed")
