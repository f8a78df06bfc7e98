"""A session has a language: the room's, chosen at creation, editable, refused when the form lacks it."""

from __future__ import annotations

import json
import sqlite3

import pytest

from helpers import run_cli
from pe_desktop.store import Archive
from pe_desktop.store.errors import ValidationError


def test_new_sessions_default_to_the_forms_language_and_keep_a_chosen_one(archive, pe_instrument) -> None:
    pid = archive.create_partnership("P")
    plain = archive.create_session(pe_instrument, "Plain", pid)
    spanish = archive.create_session(pe_instrument, "Spanish", pid, language="es")
    mixed = archive.create_session(pe_instrument, "Mixed", pid, language="en+es")
    assert [archive.session(s).language for s in (plain, spanish, mixed)] == ["en", "es", "en+es"]


@pytest.mark.parametrize("bad", ["fr", "es+es", "en+es+en", "", "en+"])
def test_a_language_the_form_lacks_is_refused_and_nothing_is_written(archive, pe_instrument, bad: str) -> None:
    pid = archive.create_partnership("P")
    sid = archive.create_session(pe_instrument, "S", pid, language="es")
    before = len(archive.sessions())
    if bad:
        with pytest.raises(ValidationError, match=r"language: .*en, es"):
            archive.create_session(pe_instrument, "Bad", pid, language=bad)
    with pytest.raises(ValidationError, match=r"language: .*en, es"):
        archive.update_session(sid, language=bad or "  ")
    assert len(archive.sessions()) == before and archive.session(sid).language == "es"


def test_the_language_is_editable(archive, pe_instrument) -> None:
    sid = archive.create_session(pe_instrument, "S", archive.create_partnership("P"))
    previous = archive.update_session(sid, language="es+en")
    assert previous == {"language": "en"} and archive.session(sid).language == "es+en"


def test_an_archive_from_before_gets_english(archive_path, pe_instrument) -> None:
    arch = Archive.open(archive_path)
    sid = arch.create_session(pe_instrument, "Old", arch.create_partnership("P"))
    arch.close()
    conn = sqlite3.connect(archive_path)
    assert "language" in [row[1] for row in conn.execute("PRAGMA table_info(sessions)")]
    assert conn.execute("SELECT language FROM sessions WHERE id = ?", (sid,)).fetchone()[0] == "en"
    conn.close()


def test_cli_new_takes_a_language_and_refuses_a_missing_one(archive_path) -> None:
    made = run_cli("new", "--instrument", "partnership-equity", "--title", "T", "--language", "es", "--json",
                   archive=archive_path, check=True)
    sid = json.loads(made.stdout)["id"]
    arch = Archive.open(archive_path)
    assert arch.session(sid).language == "es"
    arch.close()
    refused = run_cli("new", "--instrument", "partnership-equity", "--title", "T2", "--language", "de",
                      archive=archive_path)
    assert refused.returncode == 2 and "language: 'de'" in refused.stderr
