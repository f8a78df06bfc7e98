"""CSV export of a session (issue 4): one row per rating, read back with the csv module."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from helpers import run_cli
from hypothesis import given
from hypothesis import strategies as st

from pe_desktop.store import ValidationError
from pe_desktop.store.io.csv_import import import_csv
from pe_desktop.store.io.export_csv import COLUMNS, export_csv
from pe_desktop.store.io.spreadsheet import FORMULA_TRIGGERS, guard_cell, unguard_cell


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def rated(archive, session_id, pe_instrument):
    """Two rounds: a paper and a phone participant, a tally and someone in no group."""
    g = {row["name"]: row for row in archive.groups(session_id)}
    paper = archive.add_participant(session_id, g["Residents"]["id"], "paper")
    phone = archive.add_participant(session_id, g["Funders"]["id"], "phone", code="ZQ-7")
    nobody = archive.add_participant(session_id, None, "laptop")
    keys = pe_instrument.item_keys
    archive.record_ratings(session_id, 1, [(paper["id"], k, 4) for k in keys], source="paper")
    archive.record_ratings(session_id, 1, [(phone["id"], keys[0], None), (nobody["id"], keys[1], 2)], source="phone")
    archive.record_tally(session_id, 1, keys[2], g["Organizers"]["id"], {5: 2})
    archive.record_ratings(session_id, 2, [(paper["id"], keys[0], 5)], source="paper")
    return {"paper": paper, "phone": phone, "nobody": nobody}


def test_one_row_per_rating_with_every_column(archive, session_id, rated, pe_instrument, tmp_path):
    out = tmp_path / "ratings.csv"
    assert export_csv(archive, session_id, out) == 6 + 2 + 2 + 1
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf" + ",".join(COLUMNS).encode())
    rows = read(out)
    assert list(rows[0]) == list(COLUMNS)
    stored = archive.query("SELECT count(*) AS n FROM ratings WHERE session_id = ?", [session_id])[0]["n"]
    assert len(rows) == stored == 11
    assert {r["session"] for r in rows} == {session_id}
    assert {r["partnership"] for r in rows} == {"Test partnership"}
    assert {r["date"] for r in rows} == {"2026-11-01"}
    keys = pe_instrument.item_keys

    paper = [r for r in rows if r["participant"] == rated["paper"]["code"]]
    assert [(r["round"], r["item"], r["value"]) for r in paper] == [("1", k, "4") for k in keys] + [("2", keys[0], "5")]
    assert {(r["group"], r["position"], r["channel"]) for r in paper} == {("Residents", "community", "paper")}
    (phone,) = [r for r in rows if r["participant"] == "ZQ-7"]
    assert (phone["group"], phone["position"], phone["channel"], phone["item"], phone["value"]) == (
        "Funders", "institution", "phone", keys[0], "")  # not sure = empty
    (nobody,) = [r for r in rows if r["participant"] == rated["nobody"]["code"]]
    assert (nobody["group"], nobody["position"], nobody["value"]) == ("", "", "2")
    tallies = [r for r in rows if r["channel"] == "tally"]
    assert [(r["group"], r["item"], r["value"]) for r in tallies] == [("Organizers", keys[2], "5")] * 2
    # recorded_at is the stored time of each rating
    stamps = {(r["participant_id"], r["round"], r["item_key"]): r["recorded_at"]
              for r in archive.query("SELECT * FROM ratings WHERE session_id = ?", [session_id])}
    assert paper[-1]["recorded_at"] == stamps[(rated["paper"]["id"], 2, keys[0])]
    # order: round, instrument item order, code
    order = [(int(r["round"]), keys.index(r["item"]), r["participant"]) for r in rows]
    assert order == sorted(order)


def test_text_is_written_literally_but_for_the_formula_guard_and_exports_are_repeatable(archive, pe_instrument, tmp_path):
    name = 'Vecinos, "Unidos" <b>&amp;</b>\nsegunda línea'
    pid = archive.create_partnership('Alianza <font size=40>, "Sí"')
    sid = archive.create_session(pe_instrument, "T", pid, groups=[(name, "community")])
    part = archive.add_participant(sid, archive.groups(sid)[0]["id"], "paper", code="=1+1")
    archive.record_rating(sid, 1, part["id"], pe_instrument.item_keys[0], 3)
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    export_csv(archive, sid, first)
    export_csv(archive, sid, second)
    assert first.read_bytes() == second.read_bytes()
    (row,) = read(first)
    assert row["group"] == name.strip()
    assert row["partnership"] == 'Alianza <font size=40>, "Sí"'
    assert row["participant"] == "'=1+1"  # a spreadsheet shows it as text, not as 2


def test_export_round_trips_through_import(archive, session_id, rated, pe_instrument, tmp_path):
    """participant, group, item, value, round: the import's own columns, so an export re-imports."""
    out = tmp_path / "ratings.csv"
    export_csv(archive, session_id, out)
    subset = tmp_path / "subset.csv"
    with subset.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["participant", "group", "item", "value", "round"])
        for r in read(out):
            if r["group"] and r["channel"] != "tally":
                writer.writerow([r["participant"], r["group"], r["item"], r["value"], r["round"]])
    pid = archive.create_partnership("Copy")
    copy = archive.create_session(pe_instrument, "Copy", pid, groups=[(g["name"], g["position"]) for g in
                                                                       archive.groups(session_id)])
    assert import_csv(archive, copy, subset) == 6 + 1 + 1
    again = read(_export(archive, copy, tmp_path / "copy.csv"))
    original = [r for r in read(out) if r["group"] and r["channel"] != "tally"]
    assert [(r["participant"], r["group"], r["item"], r["value"], r["round"]) for r in again] == [
        (r["participant"], r["group"], r["item"], r["value"], r["round"]) for r in original]


FORMULA_GROUPS = ["=SUM(A1:A9)", "+Residents", "-Funders", "@Organizers", "'=already quoted", "Plain"]
FORMULA_CODES = ["=1+1", "+P1", "-P2", "@P3", "'+P5", "P6"]  # tab and CR: see the property test below


def test_formula_cells_get_an_apostrophe_and_import_back_as_they_were(archive, pe_instrument, tmp_path):
    pid = archive.create_partnership("=Partners")
    sid = archive.create_session(pe_instrument, "-Title", pid, groups=[(g, "community") for g in FORMULA_GROUPS])
    groups = [g["id"] for g in archive.groups(sid)]
    key = pe_instrument.item_keys[0]
    for i, code in enumerate(FORMULA_CODES):
        part = archive.add_participant(sid, groups[i % len(groups)], "paper", code=code)
        archive.record_rating(sid, 1, part["id"], key, 1 + i % 5)
    out = _export(archive, sid, tmp_path / "ratings.csv")
    rows = read(out)
    assert {r["partnership"] for r in rows} == {"'=Partners"}
    assert sorted(r["participant"] for r in rows) == sorted(["'=1+1", "'+P1", "'-P2", "'@P3", "''+P5", "P6"])
    for r in rows:  # no cell starts a formula, numbers are numbers
        assert all(not text.startswith(FORMULA_TRIGGERS) for text in r.values()), r
        assert r["value"].isdigit() and r["round"] == "1"

    subset = tmp_path / "subset.csv"
    with subset.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["participant", "group", "item", "value"])
        writer.writerows([r["participant"], r["group"], r["item"], r["value"]] for r in rows)
    copy = archive.create_session(pe_instrument, "Copy", pid, groups=[(g, "community") for g in FORMULA_GROUPS])
    assert import_csv(archive, copy, subset) == len(FORMULA_CODES)
    people = {p["code"]: p["group_name"] for p in archive.participants(copy)}
    assert people == {p["code"]: p["group_name"] for p in archive.participants(sid)}
    assert set(people) == set(FORMULA_CODES)


@given(st.text())
def test_the_guard_is_exactly_undone_and_never_leaves_a_formula(text):
    guarded = guard_cell(text)
    assert unguard_cell(guarded) == text
    assert not guarded.startswith(FORMULA_TRIGGERS)
    assert guarded == text or guarded == "'" + text


def test_unguard_leaves_ordinary_apostrophes_alone():
    assert unguard_cell("'Ana") == "'Ana"
    assert unguard_cell("'-Ana") == "-Ana"
    assert unguard_cell("''=x") == "'=x"
    assert unguard_cell("'") == "'"


def _export(archive, sid: str, path: Path) -> Path:
    export_csv(archive, sid, path)
    return path


def test_missing_folder_and_unknown_session_write_nothing(archive, session_id, tmp_path):
    with pytest.raises(ValidationError, match="does not exist"):
        export_csv(archive, session_id, tmp_path / "nowhere" / "x.csv")
    keep = tmp_path / "keep.csv"
    keep.write_text("old")
    with pytest.raises(ValidationError, match="no session"):
        export_csv(archive, "no-such-session", keep)
    assert keep.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".csv", ".tmp")) == ["keep.csv"]


def test_cli_export_csv(archive_path, tmp_path):
    from pe_desktop.demo import create_demo
    from pe_desktop.store import Archive

    with Archive.open(archive_path) as archive:
        sid = create_demo(archive)["closed"]
        stored = archive.query("SELECT count(*) AS n FROM ratings WHERE session_id = ?", [sid])[0]["n"]
    out = tmp_path / "demo.csv"
    result = run_cli("export", sid, "--csv", str(out), archive=archive_path)
    assert result.returncode == 0, result.stderr
    assert f"wrote {stored} ratings" in result.stdout
    assert len(read(out)) == stored
    result = run_cli("export", sid, "--csv", str(tmp_path / "no" / "x.csv"), archive=archive_path)
    assert result.returncode == 2 and "does not exist" in result.stderr
    result = run_cli("export", sid, "--csv", str(tmp_path), archive=archive_path)
    assert result.returncode == 2 and "is a folder" in result.stderr
