"""A record's history as the facilitator reads it: every version, when, from where, and what changed.

Nothing is overwritten silently (issue 12): each edit of a session, note or
action is a version in ``record_events``, each change of a rating a row of
``rating_events``, and a merge brings the other laptop's versions in beside
ours. This view turns those logs into versions a person can read, oldest
first, the last one being what the archive holds now:

- ``kind``: the record was created, changed, deleted or restored;
- ``changes``: the fields a person edits, each as old → new, compared with
  the version it was made from (its ``base``), so an edit made on another
  laptop shows what *that* person changed;
- ``origin``: where a rating came from (phone, paper, laptop, tally,
  import); for other records the log does not say which laptop wrote it, so
  it is None;
- ``made_from``: set when a version was not made from the one listed before
  it: two laptops edited the same version in parallel and a merge brought
  both in (the later one is current).

Qt-free: the dialog (pe_desktop.ui.dialogs.record_history) translates field
names and kinds; values are data and are shown as they are.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from pe_desktop.store.errors import ValidationError

if TYPE_CHECKING:
    from pe_desktop.store import Archive

__all__ = [
    "NOT_SURE", "FieldChange", "RecordHistory", "Version", "action_history", "note_history", "rating_history",
    "session_history",
]

#: A rating's value "not sure" (NULL in the archive), as the view reports it; the dialog translates it.
NOT_SURE = "not sure"

#: Fields a person edits, per logged table, in the order they are listed; others (ids, times) are bookkeeping.
SHOWN_FIELDS: dict[str, tuple[str, ...]] = {
    "sessions": ("title", "held_on", "location", "facilitator", "stage", "status", "min_group_size", "rounds",
                 "current_round", "language"),
    "notes": ("kind", "text", "item_key", "round"),
    "actions": ("text", "owner", "due_on", "status", "item_key"),
}


@dataclass(frozen=True)
class FieldChange:
    """One field of a version: ``old`` → ``new`` (None: empty, or the field did not exist yet)."""

    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class Version:
    """One version of a record; ``number`` counts from 1, oldest first."""

    number: int
    when: str
    kind: str  # "created" | "changed" | "deleted" | "restored"
    changes: tuple[FieldChange, ...]
    origin: str | None = None
    made_from: int | None = None


@dataclass(frozen=True)
class RecordHistory:
    """What the dialog lists: the kind of record, its name as shown, and its versions oldest first."""

    what: str  # "session" | "note" | "action" | "rating"
    title: str
    versions: tuple[Version, ...]
    #: the round, for a rating
    round: int | None = None


def _text(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def _diff(fields: tuple[str, ...], before: dict[str, Any] | None, after: dict[str, Any]) -> tuple[FieldChange, ...]:
    before = before or {}
    return tuple(FieldChange(f, _text(before.get(f)), _text(after.get(f))) for f in fields
                 if _text(before.get(f)) != _text(after.get(f)))


def _kind(previous: dict[str, Any] | None, data: dict[str, Any] | None, first: bool) -> str:
    """created / changed / deleted / restored (a session's soft delete counts as deleted)."""
    if data is None:
        return "deleted"
    if first:
        return "created"
    if previous is None or bool(previous.get("deleted_at")) != bool(data.get("deleted_at")):
        return "deleted" if data.get("deleted_at") else "restored"
    return "changed"


def _versions(table: str, events: list[dict[str, Any]]) -> tuple[Version, ...]:
    fields = SHOWN_FIELDS[table]
    number_of = {event["id"]: n for n, event in enumerate(events, start=1)}
    data_of: dict[str, dict[str, Any] | None] = {}
    out: list[Version] = []
    for n, event in enumerate(events, start=1):
        data = json.loads(event["data"]) if event["data"] is not None else None
        data_of[event["id"]] = data
        base = event.get("base")
        previous_id = events[n - 2]["id"] if n > 1 else None
        parent_id = base if base in data_of else previous_id
        parent = data_of.get(parent_id) if parent_id is not None else None
        made_from = number_of[base] if base in number_of and base != previous_id else None
        out.append(Version(n, event["recorded_at"], _kind(parent, data, n == 1),
                           _diff(fields, parent, data) if data is not None else (), None, made_from))
    return tuple(out)


def _item_titles(archive: Archive, session_id: str, versions: tuple[Version, ...]) -> tuple[Version, ...]:
    """Versions with item keys shown as the items' titles (a note or action is about an item)."""
    instrument = archive.instrument(session_id)
    titles = {key: instrument.item(key).title for key in instrument.item_keys}

    def title(value: str | None) -> str | None:
        return titles.get(value, value) if value is not None else None

    return tuple(replace(v, changes=tuple(
        FieldChange(c.field, title(c.old), title(c.new)) if c.field == "item_key" else c for c in v.changes))
        for v in versions)


def session_history(archive: Archive, session_id: str) -> RecordHistory:
    """Every version of a session's details (title, date, place...)."""
    title = str(archive.session(session_id).title)
    return RecordHistory("session", title, _versions("sessions", archive.record_history("sessions", session_id)))


def note_history(archive: Archive, note_id: str) -> RecordHistory:
    """Every version of a note, quote or dissent."""
    note = archive.note(note_id)
    versions = _item_titles(archive, note.session_id, _versions("notes", archive.record_history("notes", note_id)))
    return RecordHistory("note", note.text, versions)


def action_history(archive: Archive, action_id: str) -> RecordHistory:
    """Every version of an action item."""
    action = archive.action(action_id)
    versions = _item_titles(archive, action.session_id, _versions("actions", archive.record_history("actions", action_id)))
    return RecordHistory("action", action.text, versions)


def rating_history(archive: Archive, session_id: str, round: int, participant_id: str,  # noqa: A002
                   item_key: str) -> RecordHistory:
    """Every change of one person's rating of one item in one round, with where each came from."""
    person = archive.participant(session_id, participant_id)
    if person is None:
        raise ValidationError(f"participant: {participant_id!r} is not one of this session's")
    item = archive.instrument(session_id).item(item_key)
    events = archive.rating_history(session_id, round, participant_id, item_key)
    out: list[Version] = []
    before: str | None = None
    for n, event in enumerate(events, start=1):
        deleted = event["action"] == "delete"
        value = None if deleted else (NOT_SURE if event["value"] is None else str(event["value"]))
        kind = "deleted" if deleted else ("created" if before is None else "changed")
        changes = (FieldChange("value", before, value),) if value != before else ()
        out.append(Version(n, event["recorded_at"], kind, changes, event["source"]))
        before = value
    return RecordHistory("rating", f"{person.code} · {item.title}", tuple(out), round)
