"""Integrity check: SQLite's own checks plus the archive's invariants.

Two kinds of findings. *Problems* mean the archive is not sound (a broken
page, a rating outside its scale, a log that disagrees with the ratings):
``pe-desktop check`` fails on them. *Warnings* are links the archive cannot
follow yet but that are not wrong: an action carried forward from a session
that lives in another facilitator's archive (a session file holds one
session, so ``actions.carried_from`` is a soft link, schema m002) resolves
as soon as that archive is merged in. Reporting those as problems would make
every merged-in session file fail the check.

The Trash (:mod:`pe_desktop.store.trash`) is neither: its rows are whole
records that only wait to be restored or emptied, checked like any other,
and the report says how many there are so nobody forgets them.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from pe_desktop.store.archive import Archive
from pe_desktop.store.history import log_problems
from pe_desktop.store.trash import TrashCounts, trash_counts

__all__ = ["CheckReport", "check_archive", "check_report"]


@dataclass(frozen=True)
class CheckReport:
    """What :func:`check_report` found: ``problems`` fail the check, ``warnings`` do not."""

    problems: list[str]
    warnings: list[str]
    #: What waits in the Trash (None when the file's pages are damaged and nothing else was read).
    trash: TrashCounts | None = field(default=None, compare=False)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_report(archive: Archive) -> CheckReport:
    """Problems and warnings of the archive; on broken pages, only SQLite's own findings."""
    with archive._lock:
        damaged = _page_problems(archive.conn)
        if damaged:
            return CheckReport(damaged, [])
        report = CheckReport(_invariant_problems(archive.conn), _warnings(archive.conn))
    return CheckReport(report.problems, report.warnings, trash_counts(archive))


def check_archive(archive: Archive) -> list[str]:
    """Return a list of problems; empty means the archive is sound (warnings are not problems)."""
    return check_report(archive).problems


def _warnings(conn: sqlite3.Connection) -> list[str]:
    """Links that point outside this archive: resolvable by merging, not errors."""
    return [
        f"action {aid}: carried from an action that is not in this archive (merge the archive it came from)"
        for (aid,) in conn.execute(
            """SELECT a.id FROM actions a
               WHERE a.carried_from IS NOT NULL
                 AND NOT EXISTS (SELECT 1 FROM actions o WHERE o.id = a.carried_from)
               ORDER BY a.created_at, a.id"""
        )
    ]


def _page_problems(conn: sqlite3.Connection) -> list[str]:
    """SQLite's own integrity check (the first 20 findings); nothing else is read from a damaged file."""
    integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    return [] if integrity == ["ok"] else [f"integrity_check: {line}" for line in integrity[:20]]


def _invariant_problems(conn: sqlite3.Connection) -> list[str]:
    """The archive's own rules: foreign keys, schema version, scales, sessions, the rating log."""
    problems: list[str] = []
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
    for rid, _sid, key, value, iid in conn.execute(
        "SELECT r.id, r.session_id, r.item_key, r.value, s.instrument_id FROM ratings r JOIN sessions s ON s.id = "
        "r.session_id"
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
        """SELECT r.id, r.value, (SELECT CASE e.action WHEN 'set' THEN e.value ELSE 'deleted' END FROM rating_events
            e WHERE e.session_id = r.session_id
               AND e.round = r.round AND e.participant_id = r.participant_id AND e.item_key = r.item_key
               ORDER BY e.recorded_at DESC, e.id DESC LIMIT 1) AS last_event,
               (SELECT count(*) FROM rating_events e WHERE e.session_id = r.session_id AND e.round = r.round
               AND e.participant_id = r.participant_id AND e.item_key = r.item_key) AS n
           FROM ratings r WHERE n = 0 OR last_event IS NOT r.value"""
    ):
        problems.append(f"rating {rid}: value {value!r} is not the last value logged in rating_events ({last!r})")
    return problems + log_problems(conn)
