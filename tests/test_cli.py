"""The command line as a script would use it (real subprocesses)."""

from __future__ import annotations

import json

from helpers import run_cli
from pe_desktop.store import Archive


def test_instruments_json() -> None:
    result = run_cli("instruments", "--json", check=True)
    forms = {f["key"]: f for f in json.loads(result.stdout)}
    assert set(forms) >= {"partnership-equity", "equity-justice", "partnership-practices", "partnership-stage"}
    pe = forms["partnership-equity"]
    assert pe["version"] >= 1 and pe["language"] == "en" and pe["title"]
    assert [i["key"] for i in pe["items"]] == ["continual", "bilateral", "accountable", "communal",
                                               "materially-beneficial", "transformational"]
    assert all(i["title"] for i in pe["items"])
    assert len(forms["partnership-practices"]["items"]) == 22


def test_new_summary_sessions(archive_path, tmp_path) -> None:
    result = run_cli("new", "--instrument", "partnership-equity", "--title", "Autumn", "--partnership", "Eastside",
                     "--held-on", "2026-10-01", "--group", "Residents:community", "--group", "Funders:institution",
                     "--min-group-size", "2", archive=archive_path, check=True)
    sid = result.stdout.strip().splitlines()[-1]
    csv = tmp_path / "r.csv"
    csv.write_text(
        "participant,group,item,value\n"
        + "".join(f"R{i},Residents,continual,{v}\n" for i, v in enumerate([2, 3, 3, 4]))
        + "F1,Funders,continual,5\nF2,Funders,continual,4\n"
    )
    run_cli("import", sid, str(csv), archive=archive_path, check=True)
    summary = json.loads(run_cli("summary", sid, "--json", archive=archive_path, check=True).stdout)
    assert list(summary) == ["session", "instrument", "round", "min_group_size", "items", "discuss_first"]
    assert summary["session"] == sid and summary["instrument"] == "partnership-equity" and summary["round"] == 1
    item = summary["items"][0]
    assert item["key"] == "continual" and item["n"] == 6 and item["median"] == 3.5
    assert item["counts"] == {"1": 0, "2": 1, "3": 2, "4": 2, "5": 1}
    assert item["power_gap"] == 3.0 - 4.5
    assert summary["discuss_first"][0] == "continual"
    sessions = json.loads(run_cli("sessions", "--json", archive=archive_path, check=True).stdout)
    assert sessions == [{"id": sid, "title": "Autumn", "partnership": "Eastside", "held_on": "2026-10-01",
                         "status": "draft", "instrument_key": "partnership-equity", "people": 6,
                         "show_of_hands_votes": 0}]


def test_bad_input_one_line_nothing_changed(archive_path) -> None:
    Archive.open(archive_path).close()
    cases = [
        (["new", "--instrument", "nope", "--title", "T"], "--instrument"),
        (["new", "--instrument", "partnership-equity", "--title", "T", "--group", "Residents:boss"], "position 'boss'"),
        (["new", "--instrument", "partnership-equity", "--title", "T", "--held-on", "tomorrow"], "'tomorrow'"),
        (["new", "--instrument", "partnership-equity", "--title", "T", "--group", "Residents"], "NAME:POSITION"),
        (["summary", "no-such-session", "--json"], "no-such-session"),
    ]
    for args, fragment in cases:
        result = run_cli(*args, archive=archive_path)
        assert result.returncode == 2, args
        assert fragment in result.stderr, (args, result.stderr)
        assert result.stderr.count("\n") == 1, result.stderr
    with Archive.open(archive_path) as arch:
        assert arch.query("select count(*) n from partnerships")[0]["n"] == 0
        assert arch.query("select count(*) n from sessions")[0]["n"] == 0


def test_refused_archive_from_cli(tmp_path) -> None:
    path = tmp_path / "x.sqlite"
    path.write_text("not a database")
    result = run_cli("sessions", archive=path)
    assert result.returncode == 2 and "not an SQLite database" in result.stderr
    assert path.read_text() == "not a database"


def test_check(archive_path, pe_instrument) -> None:
    with Archive.open(archive_path) as arch:
        pid = arch.create_partnership("P")
        sid = arch.create_session(pe_instrument, "S", pid)
        part = arch.add_participant(sid, None, "paper")
        arch.record_rating(sid, 1, part.id, "continual", 3)
    assert run_cli("check", archive=archive_path).returncode == 0
    with Archive.open(archive_path) as arch:  # break an invariant behind the store's back
        arch.conn.execute("update ratings set value = 9")
        arch.conn.commit()
    result = run_cli("check", archive=archive_path)
    assert result.returncode == 1 and "outside the scale" in result.stdout
    assert "not the last value logged" in result.stdout


def test_python_dash_m_help() -> None:
    result = run_cli("--help", check=True)
    for command in ("instruments", "sessions", "new", "import", "summary", "check", "demo"):
        assert command in result.stdout


def test_gui_fast_path_only_for_plain_gui_invocations() -> None:
    from pe_desktop.cli import _gui_fast_path, cmd_demo, cmd_gui

    assert _gui_fast_path([]).func is cmd_gui
    assert _gui_fast_path(["--archive", "a.sqlite"]).archive == "a.sqlite"
    assert _gui_fast_path(["--archive=b.sqlite"]).archive == "b.sqlite"
    demo = _gui_fast_path(["demo", "--archive", "c.sqlite"])
    assert demo.func is cmd_demo and demo.archive == "c.sqlite"
    for other in (
        ["--help"],
        ["sessions"],
        ["--archive"],
        ["--archive", "-x"],
        ["demo", "--bogus"],
        ["check", "--archive", "x"],
    ):
        assert _gui_fast_path(other) is None, other


def test_bad_stage_creates_no_partnership(archive_path) -> None:
    result = run_cli("new", "--instrument", "partnership-equity", "--title", "T", "--partnership", "Brand new",
                     "--stage", "launch", archive=archive_path)
    assert result.returncode == 2 and "stage: 'launch'" in result.stderr
    with Archive.open(archive_path) as arch:
        assert arch.find_partnership("Brand new") is None


def test_archive_before_or_after_the_command(tmp_path) -> None:
    import subprocess
    import sys

    from helpers import REPO

    mine = tmp_path / "mine.sqlite"

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "pe_desktop", *args], capture_output=True, text=True, cwd=REPO, timeout=120
        )

    before = run("--archive", str(mine), "new", "--instrument", "partnership-equity", "--title", "Before")
    assert before.returncode == 0, before.stderr
    after = run("new", "--instrument", "partnership-equity", "--title", "After", "--archive", str(mine))
    assert after.returncode == 0, after.stderr
    with Archive.open(mine) as arch:
        assert sorted(s.title for s in arch.sessions()) == ["After", "Before"]
    missing = run("--archive", str(tmp_path / "nonexistent.sqlite"), "check")
    assert missing.returncode == 2 and "nonexistent.sqlite" in missing.stderr and "ok" not in missing.stdout
    assert not (tmp_path / "nonexistent.sqlite").exists()


def test_every_problem_of_every_broken_form_is_printed(archive_path, tmp_path, monkeypatch) -> None:
    forms = tmp_path / "forms"
    forms.mkdir()
    (forms / "broken.toml").write_text('key = "broken"\nversion = 0\ntitle = ""\n', encoding="utf-8")
    monkeypatch.setenv("PE_DESKTOP_FORMS_DIR", str(forms))
    listed = run_cli("instruments")
    refused = run_cli("new", "--instrument", "broken", "--title", "T", archive=archive_path)
    warnings = [line for line in listed.stderr.splitlines() if "broken.toml" in line]
    assert len(warnings) >= 3, listed.stderr  # version, title, scale, items ... each on its own line
    assert refused.returncode == 2
    assert "broken.toml" in refused.stderr and "no form with key" not in refused.stderr
    assert all(w.removeprefix("warning: ") in refused.stderr for w in warnings)
