"""Printable paper ballots (issue 4), read back with poppler like the summary."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import segno
from reportlab.pdfgen.canvas import Canvas

from helpers import SEVEN_POINTS, flat, page_count, pdf_text, run_cli
from pe_desktop.report import write_ballots_pdf
from pe_desktop.report.drawing import qr_drawing

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (apt-get install -y poppler-utils)"
)

URL = "http://192.168.137.1:8765/j/Qx7Lm2Rt9Vw4Zp8K"


def words(path: Path, page: int) -> list[tuple[str, float, float]]:
    """(word, x, y from the top) of every word on a page, from pdftotext -bbox."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
                          capture_output=True, text=True, check=True).stdout
    return [
        (m.group(5), float(m.group(1)), float(m.group(2)))
        for m in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html
        )
    ]


@pytest.fixture
def paper_session(archive, session_id):
    """The conftest session with three paper participants, one phone and one tally."""
    groups = archive.groups(session_id)
    codes = [archive.add_participant(session_id, groups[i].id, "paper").code for i in range(3)]
    archive.add_participant(session_id, groups[0].id, "phone", code="PHONE9")
    archive.record_tally(session_id, 1, "continual", groups[1].id, {3: 2})
    return session_id, codes


def test_one_ballot_per_paper_code_and_blanks(archive, paper_session, pe_instrument, tmp_path):
    sid, codes = paper_session
    out = write_ballots_pdf(archive, sid, tmp_path / "ballots.pdf", blanks=2)
    pages = page_count(out)
    footers = [re.search(r"(\S+) · page (\d+) of (\d+)", pdf_text(out, p)).groups() for p in range(1, pages + 1)]
    ballots = [label for label, page, _ in footers if page == "1"]
    assert ballots == [*codes, "blank", "blank"]
    per_ballot = int(footers[0][2])
    assert pages == per_ballot * 5 and all(int(of) == per_ballot for _, _, of in footers)

    text = flat(pdf_text(out))
    assert "PHONE9" not in text and "T01" not in text  # phone voters and tallies get no paper
    for item in pe_instrument.items:
        assert text.count(flat(item.question)) == 5
    for label in [*pe_instrument.scale.labels.values(), "Not sure"]:
        assert text.count(label) >= 5 * len(pe_instrument.items)
    # coded ballots print the group; blank ones offer every group to tick
    first = flat(pdf_text(out, 1))
    assert "Group: Residents" in first
    blank = flat(pdf_text(out, 3 * per_ballot + 1))
    assert all(name in blank for name in ("Residents", "Organizers", "Funders"))
    assert "Write the code the facilitator gives you" in blank


def test_code_sits_top_right_on_every_page(archive, paper_session, tmp_path):
    sid, codes = paper_session
    out = write_ballots_pdf(archive, sid, tmp_path / "ballots.pdf", page_size="Letter")
    width = 612.0
    for page in range(1, page_count(out) + 1):
        ballot = (page - 1) // (page_count(out) // len(codes))
        hits = [(x, y) for word, x, y in words(out, page) if word == codes[ballot]]
        # the code box: right half of the page, within the top 90 pt (where the paper-entry grid looks)
        assert any(x > width / 2 and y < 90 for x, y in hits), (page, hits)


def test_join_url_and_qr_on_every_ballot(archive, paper_session, tmp_path):
    sid, codes = paper_session
    out = write_ballots_pdf(archive, sid, tmp_path / "ballots.pdf", blanks=1, join_url=URL)
    text = pdf_text(out)
    assert text.count(URL) == len(codes) + 1
    assert "Prefer your phone?" in text


def test_qr_drawing_is_the_code_of_the_url(tmp_path):
    """Rasterise the vector QR code and compare every module with segno's matrix."""
    size = 200.0
    pdf = tmp_path / "qr.pdf"
    canvas = Canvas(str(pdf), pagesize=(size, size))
    from reportlab.graphics import renderPDF

    renderPDF.draw(qr_drawing(URL, size), canvas, 0, 0)
    canvas.showPage()
    canvas.save()
    dpi = 288  # 4 px per point
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", str(pdf), str(tmp_path / "qr")], check=True)
    pgm = next(tmp_path.glob("qr*.pgm")).read_bytes()
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", pgm)
    w, h = int(header.group(1)), int(header.group(2))
    pixels = pgm[header.end():]
    matrix = [list(row) for row in segno.make(URL, error="m", micro=False).matrix]
    modules = len(matrix) + 8
    px = w / modules
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            x, y = int((c + 4.5) * px), int((r + 4.5) * px)
            assert (pixels[y * w + x] < 128) == bool(dark), (r, c)
    # the quiet zone is white
    assert all(pixels[int(1 * px) * w + x] > 200 for x in range(w))
    assert h == w


def test_markup_in_titles_and_groups_prints_literally(archive, pe_instrument, tmp_path):
    evil = "<b>x</b> <font size=40>y</font> &amp; a & b"
    pid = archive.create_partnership("P")
    sid = archive.create_session(pe_instrument, f"Title {evil}", pid, location=f"Room {evil}",
                                 groups=[(f"G1 {evil}", "community"), (f"G2 {evil}", "institution")], rounds=2)
    group = archive.groups(sid)[0]
    archive.add_participant(sid, group.id, "paper")
    out = write_ballots_pdf(archive, sid, tmp_path / "b.pdf", blanks=1, join_url=f"{URL}?a=<b>&amp;")
    text = flat(pdf_text(out))
    for expected in (f"Title {evil}", f"Room {evil}", f"Group: G1 {evil}"):
        assert expected in text, expected
    assert f"{URL}?a=<b>&amp;" in text.replace(" ", "")  # a long URL may wrap; it is still literal
    blank = flat(pdf_text(out, page_count(out) // 2 + 1))  # the second ballot is blank: groups to tick
    assert f"G1 {evil}" in blank and f"G2 {evil}" in blank
    assert text.count("Round:") == 2


def test_every_page_renders_in_spanish(archive, paper_session, tmp_path):
    sid, codes = paper_session
    out = write_ballots_pdf(archive, sid, tmp_path / "es.pdf", blanks=1, language="es")
    text = flat(pdf_text(out))
    assert (
        "Boleta" in text
        and "No sé" in text
        and "¿La alianza está pensada para durar más allá de este proyecto?" in text
    )
    subprocess.run(["pdftoppm", "-r", "20", "-png", str(out), str(tmp_path / "p")], check=True, capture_output=True)
    assert len(list(tmp_path.glob("p-*.png"))) == page_count(out)


def test_nothing_to_print_is_refused(archive, session_id, tmp_path):
    with pytest.raises(ValueError, match="no participants on paper"):
        write_ballots_pdf(archive, session_id, tmp_path / "none.pdf")
    with pytest.raises(ValueError, match="blanks: -1"):
        write_ballots_pdf(archive, session_id, tmp_path / "none.pdf", blanks=-1)
    assert [p for p in tmp_path.iterdir() if not p.name.startswith("archive.sqlite")] == []
    out = write_ballots_pdf(archive, session_id, tmp_path / "blank.pdf", blanks=1)
    assert "blank · page 1 of" in pdf_text(out)


def test_cli_export_ballots(archive_path, tmp_path):
    from pe_desktop.store import Archive

    with Archive.open(archive_path) as archive:
        from pe_desktop.core.instruments import find_instrument

        pid = archive.create_partnership("P")
        sid = archive.create_session(find_instrument("partnership-equity"), "CLI ballots", pid,
                                     groups=[("Residents", "community")])
        archive.add_participant(sid, None, "paper")
    out = tmp_path / "cli.pdf"
    result = run_cli("export", sid, "--ballots", str(out), "--blanks", "2", "--join-url", URL, archive=archive_path)
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert text.count(URL) == 3 and "P01" in text
    result = run_cli("export", sid, "--csv", str(tmp_path / "x.csv"), "--blanks", "2", archive=archive_path)
    assert result.returncode == 2 and "--blanks" in result.stderr


def test_ballot_without_not_sure(archive, tmp_path):
    from pe_desktop.core.instruments import parse_instrument

    inst = parse_instrument(SEVEN_POINTS, "seven.toml")
    pid = archive.create_partnership("P")
    sid = archive.create_session(inst, "Seven", pid)
    out = write_ballots_pdf(archive, sid, tmp_path / "seven.pdf", blanks=1)
    text = flat(pdf_text(out))
    assert "How often does alpha happen?" in text and "Never" in text and "Always" in text
    assert re.search(r"1 2 3 (Never )?4 5 6 7", text)  # seven boxes (pdftotext may read a label in between)
    assert "Not sure" not in text and "For each question, tick one box." in text
