"""Integrity check: SQLite's own checks plus the archive's invariants."""

from __future__ import annotations

import json

from pe_desktop.store.archive import Archive


def check_archive(archive: Archive) -> list[str]:
    """Return a list of problems; empty means the archive is sound."""
    problems: list[str] = []
    with archive._lock:
        conn = archive.conn
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            problems += [f"integrity_check: {line}" for line in integrity[:20]]
            return problems
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"foreign key: {table} row {rowid} points to a missing {parent}")
        if conn.execute("PRAGMA user_version").fetchone()[0] < 1:
            problems.append("schema: user_version is not set")
        instruments = {
            iid: json.loads(definition) for iid, definition in conn.execute("SELECT id, definition_json FROM instruments")
        }
        scales = {}
        for iid, definition in instruments.items():
            scale = definition.get("scale", {})
            keys = {item["key"] for item in definition.get("items", [])}
            scales[iid] = (scale.get("min"), scale.get("max"), keys)
        for rid, sid, key, value, iid in conn.execute(
            "SELECT r.id, r.session_id, r.item_key, r.value, s.instrument_id FROM ratings r JOIN sessions s ON s.id = r.session_id"
        ):
            low, high, keys = scales.get(iid, (None, None, set()))
            if key not in keys:
                problems.append(f"rating {rid}: item {key!r} is not in the session's instrument")
            elif value is not None and not (low <= value <= high):
                problems.append(f"rating {rid}: value {value} is outside the scale {low}..{high}")
        for (rid,) in conn.execute(
            """SELECT r.id FROM ratings r JOIN participants p ON p.id = r.participant_id
               WHERE p.session_id <> r.session_id"""
        ):
            problems.append(f"rating {rid}: its participant belongs to another session")
        for (pid,) in conn.execute(
            """SELECT p.id FROM participants p JOIN groups g ON g.id = p.group_id WHERE g.session_id <> p.session_id"""
        ):
            problems.append(f"participant {pid}: its group belongs to another session")
        for rid, value, last, _count in conn.execute(
            """SELECT r.id, r.value, (SELECT e.value FROM rating_events e WHERE e.session_id = r.session_id
                   AND e.round = r.round AND e.participant_id = r.participant_id AND e.item_key = r.item_key
                   AND e.action = 'set' ORDER BY e.recorded_at DESC, e.rowid DESC LIMIT 1) AS last_event,
                   (SELECT count(*) FROM rating_events e WHERE e.session_id = r.session_id AND e.round = r.round
                   AND e.participant_id = r.participant_id AND e.item_key = r.item_key) AS n
               FROM ratings r WHERE n = 0 OR last_event IS NOT r.value"""
        ):
            problems.append(f"rating {rid}: value {value!r} is not the last value logged in rating_events ({last!r})")
    return problems
