"""The vocabularies are the strings the archive stores, and the schema allows exactly them."""

from __future__ import annotations

import json
import re
from pathlib import Path

from pe_desktop.core.vocab import ActionStatus, Channel, ItemState, NoteKind, Position, SessionStatus, Stage, values
from pe_desktop.store import schema


def test_members_are_their_stored_strings() -> None:
    assert SessionStatus.CLOSED == "closed" and f"{SessionStatus.OPEN}" == "open"
    assert json.dumps([Channel.PHONE, ItemState.REVEALED]) == '["phone", "revealed"]'
    assert values(ActionStatus) == ("open", "done", "dropped")


def test_schema_checks_allow_exactly_the_vocabularies() -> None:
    text = Path(schema.__file__).read_text(encoding="utf-8")  # the first "status IN" is the sessions table's
    for column, enum in (("status", SessionStatus), ("position", Position), ("channel", Channel), ("stage", Stage),
                         ("state", ItemState), ("kind", NoteKind)):
        found = re.search(rf"{column} IN \(([^)]*)\)", text)
        assert found, column
        allowed = tuple(v.strip(" '") for v in found.group(1).split(","))
        assert allowed == values(enum), column
