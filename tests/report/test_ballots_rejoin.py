"""Rejoin codes printed on paper ballots (issue 13): the code read off the PDF brings that participant onto a phone.

The ballots are read back with poppler, as a person reads them; the code is
typed into the real server's rejoin endpoint over 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import re
import shutil

import pytest

from helpers import flat, page_count, pdf_text, run_cli
from pe_desktop.report import write_ballots_pdf
from pe_desktop.server import VotingServer
from pe_desktop.server.phone_sim import SimulatedPhone

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (apt-get install -y poppler-utils)"
)

EN_LINE = re.compile(r"To continue on a phone: open (\S+) and enter code ([2-9A-Z]{4}-[2-9A-Z]{4})")


@pytest.fixture
def paper(archive, session_id):
    groups = archive.groups(session_id)
    people = [archive.add_participant(session_id, groups[i].id, "paper") for i in range(3)]
    return session_id, people


def ballot_codes(path) -> dict[str, tuple[str, str]]:
    """Per ballot (its participant code, from the page footer): (address, rejoin code) as printed."""
    found: dict[str, tuple[str, str]] = {}
    for page in range(1, page_count(path) + 1):
        text = flat(pdf_text(path, page))
        label = re.search(r"(\S+) · page 1 of \d+", text)
        line = EN_LINE.search(text)
        if label and line:
            found[label.group(1)] = (line.group(1), line.group(2))
    return found


async def rejoin_and_read(join_url: str, code: str) -> tuple[int, dict]:
    """A new phone (its own cookie) types the code, then reads who it is."""
    async with SimulatedPhone(join_url) as phone:
        assert await phone.open_page() == 200
        status, _ = await phone.api("POST", "/api/rejoin", {"code": code})
        assert status == 200, status
        return await phone.state()


def test_each_ballot_code_rejoins_its_participant_on_the_real_server(archive, paper, tmp_path):
    sid, people = paper
    with VotingServer(archive, sid, "127.0.0.1", 0) as server:
        out = write_ballots_pdf(archive, sid, tmp_path / "ballots.pdf", blanks=1, join_url=server.join_url)
        printed = ballot_codes(out)
        assert sorted(printed) == sorted(p.code for p in people)  # every named ballot, no blank one
        assert {address for address, _ in printed.values()} == {server.short_url}
        assert len({code for _, code in printed.values()}) == 3
        for person in people:
            status, state = asyncio.run(rejoin_and_read(server.join_url, printed[person.code][1]))
            assert status == 200 and state["me"]["participant"] == person.code
    assert archive.participant_count(sid, "phone") == 0  # nobody new: the paper participant moved to the phone


def test_codes_stay_valid_after_a_restart_and_are_in_the_ballots_language(archive, paper, tmp_path):
    sid, people = paper
    with VotingServer(archive, sid, "127.0.0.1", 0):
        pass  # phone voting ran once: the session has its link
    out = write_ballots_pdf(archive, sid, tmp_path / "es.pdf", language="es")
    text = flat(pdf_text(out))
    spanish = re.findall(r"Para seguir en un teléfono: abra la dirección para teléfonos que muestra la persona "
                         r"facilitadora y escriba el código ([2-9A-Z]{4}-[2-9A-Z]{4})", text)
    assert len(spanish) == 3
    with VotingServer(archive, sid, "127.0.0.1", 0) as server:  # a later start accepts the printed codes
        status, state = asyncio.run(rejoin_and_read(server.join_url, spanish[0].lower()))
        assert state["me"]["participant"] == people[0].code


def test_no_code_is_printed_for_a_session_that_never_used_phones(archive, paper, tmp_path):
    sid, _ = paper
    out = write_ballots_pdf(archive, sid, tmp_path / "paper.pdf")
    text = flat(pdf_text(out))
    assert "To continue on a phone" not in text
    assert archive.phone_short_code(sid) is None  # printing wrote nothing


def test_the_cli_prints_the_codes_with_the_short_address(archive, archive_path, paper, tmp_path):
    sid, people = paper
    with VotingServer(archive, sid, "127.0.0.1", 0) as server:
        join_url, short_url = server.join_url, server.short_url
    out = tmp_path / "cli.pdf"
    run_cli("export", sid, "--ballots", str(out), "--join-url", join_url, archive=archive_path, check=True)
    printed = ballot_codes(out)
    assert sorted(printed) == sorted(p.code for p in people)
    assert {address for address, _ in printed.values()} == {short_url}
    assert {code for _, code in printed.values()} == set(archive.rejoin_codes(sid).values())
