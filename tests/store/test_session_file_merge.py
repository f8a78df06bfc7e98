"""Session files and merging archives: matched by id, idempotent, conflicts kept, foreign files refused."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from helpers import run_cli

from pe_desktop.demo import create_demo
from pe_desktop.store import Archive, ArchiveError
from pe_desktop.store.check import CheckReport, check_archive, check_report
from pe_desktop.store.connection import APPLICATION_ID
from pe_desktop.store.followup import carry_forward
from pe_desktop.store.merge import MERGE_TABLES, MergeCancelled, merge_archive
from pe_desktop.store.schema import SCHEMA_VERSION
from pe_desktop.store.search import search
from pe_desktop.store import history
from pe_desktop.store.io.session_file import export_session_file


def dump(archive: Archive) -> dict[str, list[tuple]]:
    """Every row of every data table and of merge_conflicts (ids, times and all)."""
    out = {}
    for table in (*MERGE_TABLES, "merge_conflicts"):
        rows = archive.conn.execute(f"SELECT * FROM {table}").fetchall()
        out[table] = sorted(rows, key=repr)
    return out


def file_state(path: Path) -> tuple:
    """Bytes, mtime and sibling files of a file: what 'untouched' means."""
    siblings = sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name))
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns, siblings


@pytest.fixture
def source(tmp_path):
    """A facilitator's archive: the demo partnership (closed + ready session) and a second partnership."""
    path = tmp_path / "laptop.sqlite"
    arch = Archive.open(path)
    ids = create_demo(arch)
    from pe_desktop.core.instruments import find_instrument

    pid = arch.create_partnership("Northside Tenants")
    ids["north"] = arch.create_session(find_instrument("partnership-equity"), "Tenants meeting", pid, held_on="2026-04-04",
                                       groups=[("Tenants", "community")])
    arch.add_note(ids["north"], "The landlord was not at the table", "dissent")
    ids["north_partnership"] = pid
    yield arch, ids
    arch.close()


@pytest.fixture
def target(tmp_path):
    arch = Archive.open(tmp_path / "office.sqlite")
    yield arch
    arch.close()


def test_session_file_is_a_standalone_archive_of_one_session(source, tmp_path):
    arch, ids = source
    out = export_session_file(arch, ids["closed"], tmp_path / "spring.sqlite")
    assert out == tmp_path / "spring.sqlite"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("spring")) == ["spring.sqlite"]
    with Archive.open(out) as copy:
        assert copy.schema_version == SCHEMA_VERSION
        assert [s["id"] for s in copy.sessions()] == [ids["closed"]]
        assert [p["id"] for p in copy.partnerships()] == [ids["partnership"]]
        assert copy.summary(ids["closed"], 1) == arch.summary(ids["closed"], 1)
        assert copy.summary(ids["closed"], 2) == arch.summary(ids["closed"], 2)
        for table in ("groups", "participants", "ratings", "rating_events", "item_states", "notes", "actions"):
            ours = arch.query(f"SELECT * FROM {table} WHERE session_id = ? ORDER BY 1, 2, 3", [ids["closed"]])
            assert copy.query(f"SELECT * FROM {table} ORDER BY 1, 2, 3") == ours, table
        assert copy.query("SELECT * FROM instruments") == arch.query(
            "SELECT i.* FROM instruments i JOIN sessions s ON s.instrument_id = i.id WHERE s.id = ?", [ids["closed"]])
        assert check_archive(copy) == []
        assert search(copy, "invited")  # the file is searchable on its own


def test_export_refuses_the_archive_itself_and_deleted_sessions(source):
    arch, ids = source
    with pytest.raises(ArchiveError, match="open archive itself"):
        export_session_file(arch, ids["closed"], arch.path)
    arch.delete_session(ids["ready"])
    with pytest.raises(ArchiveError, match="deleted"):
        export_session_file(arch, ids["ready"], arch.path.with_name("ready.sqlite"))
    assert not arch.path.with_name("ready.sqlite").exists()


def test_merging_a_session_file_twice_gives_the_same_result_as_once(source, target, tmp_path):
    arch, ids = source
    out = export_session_file(arch, ids["closed"], tmp_path / "spring.sqlite")
    before_file = file_state(out)
    first = merge_archive(target, out)
    once = dump(target)
    assert [s["id"] for s in first.sessions_added] == [ids["closed"]]
    assert first.tables["ratings"].inserted == 288 and first.conflict_count == 0
    assert target.summary(ids["closed"], 2) == arch.summary(ids["closed"], 2)
    second = merge_archive(target, out)
    assert dump(target) == once
    assert not second.changed and second.inserted == 0 and second.sessions_added == []
    assert second.tables["ratings"].unchanged == 288
    assert file_state(out) == before_file  # the other file is only read
    assert check_archive(target) == []


def test_merging_a_whole_archive_brings_other_sessions_without_duplicating_partnerships(source, target, tmp_path):
    arch, ids = source
    merge_archive(target, export_session_file(arch, ids["closed"], tmp_path / "spring.sqlite"))
    arch.close()
    report = merge_archive(target, arch.path)
    assert {s["id"] for s in report.sessions_added} == {ids["ready"], ids["north"]}
    assert report.tables["sessions"].unchanged == 1 and report.tables["partnerships"].unchanged == 1
    assert sorted(p["name"] for p in target.partnerships()) == ["Eastside Health Partnership", "Northside Tenants"]
    assert {p["name"]: p["session_count"] for p in target.partnerships()} == {
        "Eastside Health Partnership": 2, "Northside Tenants": 1}
    with Archive.open(arch.path) as again:
        assert dump(target) == {**dump(again), "merge_conflicts": []}
    assert search(target, "landlord")[0].session_id == ids["north"]  # merged rows are indexed
    assert check_archive(target) == []


def test_records_edited_on_both_laptops_converge_to_the_latest_and_keep_every_version(source, target, tmp_path):
    arch, ids = source
    out = export_session_file(arch, ids["closed"], tmp_path / "spring.sqlite")
    merge_archive(target, out)
    note_id = target.notes(ids["closed"])[0]["id"]
    theirs_text = arch.note(note_id)["text"]
    arch.update_note(note_id, text="Their corrected note")
    target.update_note(note_id, text="Our corrected note")  # later: the latest version
    target.update_session(ids["closed"], title="Spring check-in (corrected)")
    arch.update_session(ids["closed"], location="Library, room 2")  # later still
    theirs_file = export_session_file(arch, ids["closed"], tmp_path / "spring-2.sqlite")
    report = merge_archive(target, theirs_file)
    assert report.conflict_count == 0 and report.changed
    assert target.note(note_id)["text"] == "Our corrected note"
    assert target.session(ids["closed"])["location"] == "Library, room 2"  # their later session edit travels
    # nothing is lost: every version is in the log, and the two note texts are a conflict to settle
    texts = [json.loads(v["data"])["text"] for v in history.record_history(target.conn, "notes", note_id)]
    assert {theirs_text, "Their corrected note", "Our corrected note"} <= set(texts)
    settle = {(c["table"], c["id"]): c for c in report.edit_conflicts}
    assert {v["fields"]["text"] for v in settle[("notes", note_id)]["versions"]} == {"Their corrected note", "Our corrected note"}
    # the other way round ends the same
    merge_archive_back = merge_archive(arch, export_session_file(target, ids["closed"], tmp_path / "office-file.sqlite"))
    assert merge_archive_back.conflict_count == 0
    assert arch.note(note_id)["text"] == "Our corrected note"
    assert arch.session(ids["closed"]) == target.session(ids["closed"])
    again = merge_archive(target, theirs_file)
    assert not again.changed
    assert check_archive(target) == [] and check_archive(arch) == []


def test_a_rating_corrected_on_the_other_laptop_arrives_and_check_passes(source, target, tmp_path):
    arch, ids = source
    merge_archive(target, export_session_file(arch, ids["closed"], tmp_path / "spring.sqlite"))
    rating = arch.query("SELECT * FROM ratings WHERE session_id = ? AND value = 3 LIMIT 1", [ids["closed"]])[0]
    arch.record_rating(ids["closed"], rating["round"], rating["participant_id"], rating["item_key"], 4, source="paper")
    merge_archive(target, export_session_file(arch, ids["closed"], tmp_path / "spring-2.sqlite"))
    assert target.rating(ids["closed"], rating["round"], rating["participant_id"], rating["item_key"]) == (True, 4)
    assert check_archive(target) == []


def test_a_clash_on_a_unique_key_keeps_theirs_and_what_depends_on_it(source, target, tmp_path):
    arch, ids = source
    out = export_session_file(arch, ids["closed"], tmp_path / "spring.sqlite")
    merge_archive(target, out)
    # the session goes on, separately, on both laptops: both add a participant P25
    group = arch.groups(ids["closed"])[0]["id"]
    theirs = arch.add_participant(ids["closed"], group, "paper")
    arch.record_rating(ids["closed"], 1, theirs["id"], "continual", 5, source="paper")
    ours = target.add_participant(ids["closed"], group, "laptop")
    assert theirs["code"] == ours["code"] == "P25"
    report = merge_archive(target, export_session_file(arch, ids["closed"], tmp_path / "spring.sqlite"))
    by_table = {c["table"]: c for c in report.conflicts}
    assert "same (session_id, code)" in by_table["participants"]["reason"]
    assert "participant_id" in by_table["ratings"]["reason"]
    assert report.tables["rating_events"].inserted == 1  # the log has no key to clash on  # the log has no key to clash on
    assert [p["id"] for p in target.participants(ids["closed"]) if p["code"] == "P25"] == [ours["id"]]
    kept = {r["table_name"]: json.loads(r["theirs"]) for r in target.query("SELECT * FROM merge_conflicts")}
    assert kept["participants"]["id"] == theirs["id"]
    assert kept["ratings"]["participant_id"] == theirs["id"] and kept["ratings"]["value"] == 5
    assert check_archive(target) == []


def test_a_row_our_schema_refuses_is_kept_as_a_conflict_not_an_error(source, target, tmp_path):
    arch, ids = source
    out = export_session_file(arch, ids["north"], tmp_path / "north.sqlite")
    conn = sqlite3.connect(out)  # a file edited by another tool, past our CHECK constraints
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("UPDATE sessions SET status = 'archived'")
    conn.commit()
    conn.close()
    report = merge_archive(target, out)
    reasons = {c["table"]: c["reason"] for c in report.conflicts}
    assert "rule of our schema" in reasons["sessions"]
    assert "session_id is not in our sessions" in reasons["notes"]
    assert report.tables["partnerships"].inserted == 1 and report.sessions_added == []
    assert target.sessions() == [] and check_archive(target) == []


def test_rowid_gaps_in_the_other_file_are_jumped_over(source, target, tmp_path):
    arch, ids = source
    out = export_session_file(arch, ids["closed"], tmp_path / "spring.sqlite")
    conn = sqlite3.connect(out)
    conn.execute("UPDATE ratings SET rowid = 9223372036854775807 WHERE rowid = (SELECT max(rowid) FROM ratings)")
    conn.execute("UPDATE ratings SET rowid = 4611686018427387904 WHERE rowid = (SELECT min(rowid) FROM ratings)")
    conn.commit()
    conn.close()
    report = merge_archive(target, out, chunk_rows=100)
    assert report.tables["ratings"].inserted == 288
    assert target.summary(ids["closed"], 1) == arch.summary(ids["closed"], 1)


def test_backup_is_taken_before_the_merge(source, target, tmp_path):
    arch, ids = source
    report = merge_archive(target, export_session_file(arch, ids["closed"], tmp_path / "spring.sqlite"))
    assert report.backup is not None and report.backup.exists()
    assert "before-merge" in report.backup.name
    with Archive.open(report.backup) as backup:
        assert backup.sessions() == []
    assert len(target.sessions()) == 1


def test_progress_is_reported_and_cancel_changes_nothing(source, target, tmp_path):
    arch, ids = source
    out = export_session_file(arch, ids["closed"], tmp_path / "spring.sqlite")
    calls = []
    merge_archive(target, out, progress=lambda done, total, table: calls.append((done, total, table)), chunk_rows=50)
    totals = {total for _, total, _ in calls}
    assert len(totals) == 1 and calls[0][0] == 0 and calls[-1][0] == calls[-1][1] == totals.pop()
    assert [done for done, _, _ in calls] == sorted(done for done, _, _ in calls)
    assert sum(1 for _, _, table in calls if table == "rating_events") >= 5  # big tables report in chunks
    other = Archive.open(tmp_path / "other.sqlite")
    before = dump(other)
    with pytest.raises(MergeCancelled):
        merge_archive(other, out, progress=lambda done, total, table: table != "rating_events")
    assert dump(other) == before
    other.close()


def test_carried_actions_travel_with_a_soft_link(source, target, tmp_path):
    arch, ids = source
    origin = arch.actions(ids["closed"])[0]["id"]
    copy = carry_forward(arch, origin, ids["ready"])
    # the later session alone: its action names one that is not in the file
    merge_archive(target, export_session_file(arch, ids["ready"], tmp_path / "autumn.sqlite"))
    assert target.action(copy)["carried_from"] == origin
    assert check_archive(target) == []
    # the earlier session arriving later completes the link
    merge_archive(target, export_session_file(arch, ids["closed"], tmp_path / "spring.sqlite"))
    assert target.action(origin)["session_id"] == ids["closed"]


def test_a_carried_link_to_an_absent_action_is_a_warning_until_its_archive_is_merged(source, tmp_path):
    arch, ids = source
    origin = arch.actions(ids["closed"])[0]["id"]
    copy = carry_forward(arch, origin, ids["ready"])
    office = tmp_path / "office.sqlite"
    with Archive.open(office) as target:
        merge_archive(target, export_session_file(arch, ids["ready"], tmp_path / "autumn.sqlite"))
        report = check_report(target)
    assert report.problems == [] and report.ok
    assert report.warnings == [
        f"action {copy}: carried from an action that is not in this archive (merge the archive it came from)"]
    result = run_cli("check", archive=office)
    assert result.returncode == 0, result.stdout + result.stderr  # a warning never fails the check
    assert f"warning: action {copy}: carried from an action" in result.stderr
    with Archive.open(office) as target:
        merge_archive(target, export_session_file(arch, ids["closed"], tmp_path / "spring.sqlite"))
        assert check_report(target) == CheckReport([], [])


def _sqlite_file(path: Path, sql: str, application_id: int = 0, user_version: int = 0) -> Path:
    conn = sqlite3.connect(path)
    conn.executescript(sql)
    conn.execute(f"PRAGMA application_id = {application_id}")
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("kind", ["foreign", "other-app", "too-new", "not-sqlite", "empty"])
def test_foreign_or_too_new_files_are_refused_untouched(target, tmp_path, kind, archive_path):
    if kind == "foreign":
        other = _sqlite_file(tmp_path / "f.sqlite", "CREATE TABLE sessions (id TEXT); INSERT INTO sessions VALUES ('x');")
        message = "not a pe_desktop archive"
    elif kind == "other-app":
        other = _sqlite_file(tmp_path / "f.sqlite", "CREATE TABLE t (x);", application_id=0x12345678)
        message = "another program"
    elif kind == "too-new":
        other = _sqlite_file(tmp_path / "f.sqlite", "CREATE TABLE sessions (id TEXT);",
                             application_id=APPLICATION_ID, user_version=SCHEMA_VERSION + 1)
        message = "newer pe_desktop"
    elif kind == "not-sqlite":
        other = tmp_path / "f.sqlite"
        other.write_text("participant,group,item,value\n")
        message = "not an SQLite database"
    else:
        other = tmp_path / "f.sqlite"
        other.write_bytes(b"")
        message = "empty"
    state = file_state(other)
    before = dump(target)
    with pytest.raises(ArchiveError, match=message):
        merge_archive(target, other)
    assert file_state(other) == state
    assert dump(target) == before
    assert target.list_backups() == []  # refused before anything, backup included
    result = run_cli("merge", str(other), archive=target.path)
    assert result.returncode == 2 and str(other) in result.stderr
    assert file_state(other) == state


def test_merge_command(source, target, tmp_path):
    arch, ids = source
    out = export_session_file(arch, ids["closed"], tmp_path / "spring.sqlite")
    target.close()
    result = run_cli("merge", str(out), "--json", archive=target.path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert [s["id"] for s in report["sessions_added"]] == [ids["closed"]]
    assert report["tables"]["ratings"]["inserted"] == 288 and report["backup"]
    text = run_cli("merge", str(out), archive=target.path)
    assert text.returncode == 0 and "0 record(s) added" in text.stdout
    missing = run_cli("merge", str(tmp_path / "missing.sqlite"), archive=target.path)
    assert missing.returncode == 2 and "no such file" in missing.stderr
