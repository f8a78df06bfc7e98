"""Conflicts a person can settle (issue 12): the same text edited differently on two laptops."""

from __future__ import annotations

import json

from helpers import run_cli
from pe_desktop.core.instruments import find_instrument
from pe_desktop.store import Archive
from pe_desktop.store.check import check_archive
from pe_desktop.store.conflicts import edit_conflicts, settle_conflict
from pe_desktop.store.merge import merge_archive

PE = find_instrument("partnership-equity")


def _two_laptops(tmp_path) -> tuple:
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    with Archive.open(a) as arch:
        sid = arch.create_session(PE, "Spring", arch.create_partnership("P"))
        note = arch.add_note(sid, "Rent is the issue", "note")
    with Archive.open(b) as arch:
        merge_archive(arch, a)
        arch.update_note(note, text="Rent and transport are the issue")
    with Archive.open(a) as arch:
        arch.update_note(note, text="Rent is THE issue")
        report = merge_archive(arch, b)
    return a, b, sid, note, report


def test_a_text_edited_on_both_laptops_is_listed_and_picking_settles_it_everywhere(tmp_path) -> None:
    a, b, sid, note, report = _two_laptops(tmp_path)
    assert [(c["table"], c["id"]) for c in report.edit_conflicts] == [("notes", note)]
    versions = report.edit_conflicts[0]["versions"]
    assert {v["fields"]["text"] for v in versions} == {"Rent is THE issue", "Rent and transport are the issue"}
    theirs = next(v for v in versions if v["fields"]["text"].startswith("Rent and"))
    with Archive.open(a) as arch:
        settle_conflict(arch, "notes", note, theirs["event"])
        assert arch.note(note)["text"] == "Rent and transport are the issue"
        assert edit_conflicts(arch.conn) == [] and check_archive(arch) == []
    with Archive.open(b) as arch:
        merge_archive(arch, a)
        assert arch.note(note)["text"] == "Rent and transport are the issue"
        assert edit_conflicts(arch.conn) == [] and check_archive(arch) == []


def test_keep_both_makes_the_other_text_a_new_note(tmp_path) -> None:
    a, _, sid, note, report = _two_laptops(tmp_path)
    current = report.edit_conflicts[0]["versions"][0]
    with Archive.open(a) as arch:
        created = settle_conflict(arch, "notes", note, current["event"], keep_both=True)
        texts = sorted(n["text"] for n in arch.notes(sid))
        assert len(created) == 1 and texts == sorted(v["fields"]["text"] for v in report.edit_conflicts[0]["versions"])
        assert edit_conflicts(arch.conn) == [] and check_archive(arch) == []


def test_conflicts_command_lists_and_settles(tmp_path) -> None:
    a, _, _, note, report = _two_laptops(tmp_path)
    listed = json.loads(run_cli("conflicts", "--json", archive=a, check=True).stdout)
    assert [c["id"] for c in listed["edits"]] == [note]
    event = listed["edits"][0]["versions"][-1]["event"]
    run_cli("conflicts", "--pick", "notes", note, event, archive=a, check=True)
    assert "no conflicts" in run_cli("conflicts", archive=a, check=True).stdout
