"""Schema migrations: upgrading an archive with data keeps everything and backs up first;
the open-data views agree with the app's statistics."""

from __future__ import annotations

import json
import random
import re
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from pe_desktop.demo import create_demo
from pe_desktop.store import Archive, schema
from pe_desktop.store.check import check_archive
from pe_desktop.store.connection import APPLICATION_ID
from pe_desktop.store.followup import carry_forward
from pe_desktop.store.io.session_file import common_columns, quote
from pe_desktop.store.merge import MERGE_TABLES
from pe_desktop.store.schema import SCHEMA_VERSION, migrations
from pe_desktop.store.search import search

NAMES = [name for name in vars(schema) if re.fullmatch(r"m\d{3}_\w+", name)]  # in definition order


#: Columns a later migration adds (with a default), left out so old and upgraded rows compare.
ADDED_LATER = {"sessions": {"language"}, "notes": {"deleted_at"}, "actions": {"deleted_at"}}


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every data row with its rowid, read without changing the file (columns added later left out)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        out = {}
        for t in MERGE_TABLES:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({t})") if r[1] not in ADDED_LATER.get(t, ())]
            if columns:  # tables a later migration creates are not in an old file
                out[t] = conn.execute(f"SELECT rowid, {', '.join(map(quote, columns))} FROM {t} ORDER BY rowid").fetchall()
        return out
    finally:
        conn.close()


def kept(after: dict[str, list[tuple]], before: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    """The tables the old archive already had, as they are after the upgrade; a log keeps its old rows
    first and may grow (a migration logs the versions it makes, e.g. every session's language)."""
    out = {table: rows for table, rows in after.items() if table in before}
    for log in ("record_events",):
        if log in before:
            out[log] = after[log][: len(before[log])]
    return out


@pytest.fixture(scope="module")
def filled(tmp_path_factory) -> Path:
    """A current archive with the demo, a carried action and a second partnership."""
    path = tmp_path_factory.mktemp("filled") / "source.sqlite"
    with Archive.open(path) as arch:
        ids = create_demo(arch)
        carry_forward(arch, arch.actions(ids["closed"])[0].id, ids["ready"])
        arch.add_note(ids["ready"], "Reunión de otoño", "quote")
        pid = arch.create_partnership("Second partnership")
        from pe_desktop.core.instruments import find_instrument

        arch.create_session(find_instrument("equity-justice"), "Other form", pid)
    return path


def archive_at_version(path: Path, version: int, fill_from: Path) -> Path:
    """An archive as pe_desktop at schema ``version`` wrote it, holding ``fill_from``'s data."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    migrations.apply(Database(conn), stop_before=NAMES[version:])
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.execute("ATTACH DATABASE ? AS other", (str(fill_from),))
    with conn:
        for table in MERGE_TABLES:
            shared = common_columns(conn, table, "main", "other")
            if not shared:  # a table that schema did not have yet (e.g. partnership_combines before 7)
                continue
            columns = ", ".join(quote(c) for c in shared)
            conn.execute(f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM other.{table} ORDER BY rowid")
    conn.execute("DETACH DATABASE other")
    conn.close()
    return path


def test_a_new_archive_has_every_migration(archive):
    assert SCHEMA_VERSION == len(NAMES) >= 5
    assert archive.schema_version == SCHEMA_VERSION
    applied = [r["name"] for r in archive.query("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert applied == NAMES
    names = {r["name"] for r in archive.query("SELECT name FROM sqlite_master")}
    assert {"sessions_fts", "notes_fts", "actions_fts", "merge_conflicts",
            "item_summary", "partnership_sessions", "action_items"} <= names


def test_upgrade_from_schema_1_keeps_everything_and_backs_up_first(filled, tmp_path):
    old = archive_at_version(tmp_path / "old.sqlite", 1, filled)
    before = dump(old)
    assert sum(len(rows) for rows in before.values()) > 600
    with Archive.open(old) as upgraded:
        assert upgraded.schema_version == SCHEMA_VERSION
        backups = upgraded.list_backups()
        assert [b.reason for b in backups] == [f"before-migration-1-to-{SCHEMA_VERSION}"]
        assert check_archive(upgraded) == []
        # what the new migrations add works on the old data
        assert search(upgraded, "invited")[0].kind == "quote"
        assert search(upgraded, "reunion")[0].kind == "quote"
        assert upgraded.query("SELECT count(*) AS n FROM item_summary")[0]["n"] == 12
        carried = upgraded.query("SELECT * FROM actions WHERE carried_from IS NOT NULL")
        assert len(carried) == 1
        fks = upgraded.query("SELECT * FROM pragma_foreign_key_list('actions')")
        assert [fk["from"] for fk in fks] == ["session_id"]
        assert {r["language"] for r in upgraded.query("SELECT language FROM sessions")} == {"en"}
    assert kept(dump(old), before) == before  # every row, rowids included (new tables are back-filled)
    backup = backups[0].path
    conn = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1  # taken before the first change
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'notes_fts'").fetchone()[0] == 0
    conn.close()
    assert dump(backup) == before


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_upgrade_from_every_older_schema(filled, tmp_path, version):
    old = archive_at_version(tmp_path / "old.sqlite", version, filled)
    before = dump(old)
    with Archive.open(old) as upgraded:
        assert upgraded.schema_version == SCHEMA_VERSION
        assert upgraded.list_backups()[0].reason == f"before-migration-{version}-to-{SCHEMA_VERSION}"
        assert check_archive(upgraded) == []
        assert len(search(upgraded, "budget")) == 3  # the quote, the action and its carried copy
        with upgraded.transaction() as conn:
            for table in ("sessions", "notes", "actions"):
                conn.execute(f"INSERT INTO {table}_fts ({table}_fts) VALUES ('integrity-check')")
    assert kept(dump(old), before) == before


def test_item_summary_view_agrees_with_the_summary(archive, pe_instrument):
    rng = random.Random(3)
    ids = create_demo(archive)
    pid = archive.create_partnership("Small rooms")
    small = archive.create_session(pe_instrument, "Two people", pid, groups=[("All", "other")])
    people = [archive.add_participant(small, None, "paper").id for _ in range(2)]
    archive.record_ratings(small, 1, [(people[0], "continual", 4), (people[1], "continual", None),
                                      (people[0], "bilateral", 2), (people[1], "bilateral", 5)], "paper")
    unsure_only = archive.create_session(pe_instrument, "All unsure", pid)
    person = archive.add_participant(unsure_only, None, "paper").id
    archive.record_rating(unsure_only, 1, person, "communal", None)
    for _ in range(30):  # random rooms, including ties at the agreement thresholds
        sid = archive.create_session(pe_instrument, "Random", pid)
        people = [archive.add_participant(sid, None, "paper").id for _ in range(rng.randint(1, 9))]
        archive.record_ratings(sid, 1, [(p, "accountable", rng.choice([None, 1, 2, 3, 3, 4, 5])) for p in people], "paper")
    rows = archive.query("SELECT * FROM item_summary")
    assert len(rows) == 12 + 2 + 1 + 30
    fields = ("n", "unsure", "mean", "median", "min", "max", "rwg", "agreement", "band")
    for row in rows:
        summary = archive.summary(row["session_id"], row["round"])
        item = next(i for i in summary["items"] if i["key"] == row["item_key"])
        for name in fields:
            assert row[name] == pytest.approx(item[name], abs=1e-12), (name, row, item)
        assert json.loads(row["counts"]) == {k: v for k, v in item["counts"].items() if v}
        if item["sd"] is not None:
            assert row["variance"] == pytest.approx(item["sd"] ** 2)
    assert {r["session_title"] for r in rows if r["session_id"] == ids["closed"]} == {"Spring check-in"}


def test_partnership_sessions_and_action_items_views(archive):
    ids = create_demo(archive)
    rows = archive.query("SELECT * FROM partnership_sessions ORDER BY session_number")
    assert [(r["session_number"], r["session_id"]) for r in rows] == [(1, ids["closed"]), (2, ids["ready"])]
    closed = rows[0]
    assert (closed["partnership"], closed["participants"], closed["ratings"], closed["notes"], closed["actions"],
            closed["open_actions"], closed["stage"]) == ("Eastside Health Partnership", 24, 288, 4, 3, 2, "acclimate")
    origin = archive.actions(ids["closed"])[0].id
    carry_forward(archive, origin, ids["ready"])
    items = {r["action_id"]: r for r in archive.query("SELECT * FROM action_items")}
    assert len(items) == 4 and items[origin]["carried_forward"] == 1
    archive.delete_session(ids["ready"])
    assert len(archive.query("SELECT * FROM partnership_sessions")) == 1
