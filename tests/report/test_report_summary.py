"""The session summary PDF (issue 4): read back with poppler, as a person would read it.

Every check goes through a real archive in tmp_path, a real PDF written by
``write_summary_pdf`` and poppler's own tools (pdftotext, pdftoppm, pdfinfo,
pdffonts, pdfimages), so what is asserted is what ends up on paper.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys

import pytest

from helpers import REPO, SEVEN_POINTS, flat, page_count, pdf_text, run_cli
from pe_desktop.core import palette
from pe_desktop.report import LANGUAGES, write_summary_pdf
from pe_desktop.report.model import OTHER, gather

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (apt-get install -y poppler-utils)"
)

MARKUP = ("<b>bold</b>", "<font size=40>big</font>", "&amp;", "<i>", "a & b", "<br/>")


# ------------------------------------------------------------------ helpers
def rate(archive, sid: str, group_id: str | None, values: dict[str, int | None], rnd: int = 1, code: str | None = None,
         channel: str = "paper") -> str:
    part = archive.add_participant(sid, group_id, channel, code=code)
    archive.record_ratings(sid, rnd, [(part.id, key, value) for key, value in values.items()], source=channel)
    return part.id


@pytest.fixture
def rated(archive, session_id, pe_instrument):
    """The conftest session (Residents, Organizers: community; Funders: institution) with known ratings.

    Residents rate every item 4, 4, 5; Organizers 2, 3, 3 and Funders 1, 2, 2
    plus one "not sure", so each item has n 9, median 3, mean 26/9 and a
    power gap of 3.5 − 5/3.
    """
    groups = {g.name: g.id for g in archive.groups(session_id)}
    keys = pe_instrument.item_keys
    for group, values in (("Residents", (4, 4, 5)), ("Organizers", (2, 3, 3)), ("Funders", (1, 2, 2, None))):
        for v in values:
            rate(archive, session_id, groups[group], {k: v for k in keys})
    archive.update_session(session_id, location="Community Hall", facilitator="Rosa Díaz", stage="activate")
    return session_id


# -------------------------------------------------------------------- tests
def test_every_item_figure_note_and_action_is_in_the_pdf(archive, rated, pe_instrument, tmp_path):
    sid = rated
    keys = pe_instrument.item_keys
    archive.add_note(sid, "Residents want the budget shared early.", "note", keys[0])
    archive.add_note(sid, "We are guests at our own table.", "quote", keys[1])
    archive.add_note(sid, "Funders disagree about the timeline.", "dissent", keys[2])
    archive.add_note(sid, "The room asked for childcare at the next meeting.", "note", None)
    archive.add_action(sid, "Publish the budget draft", "Finance team", "2026-12-15", keys[0])
    archive.add_action(sid, "Book the library for spring", "Ana", None, None, status="done")
    out = write_summary_pdf(archive, sid, tmp_path / "summary.pdf")

    text = flat(pdf_text(out))
    layout = pdf_text(out, layout=True)
    for expected in ("Test session", "Test partnership", "Community Hall", "Rosa Díaz", "Activate",
                     pe_instrument.title, flat(pe_instrument.source), "Overview", "How to read this summary",
                     "Residents want the budget shared early.", "We are guests at our own table.",
                     "Funders disagree about the timeline.", "The room asked for childcare at the next meeting.",
                     "Publish the budget draft", "Finance team", "15 December 2026", "Book the library for spring",
                     "Done", "Paper ballot 10"):
        assert expected in text, expected
    summary = archive.summary(sid, 1)
    for number, (item, figures) in enumerate(zip(pe_instrument.items, summary["items"], strict=True), start=1):
        assert f"{number}. {item.title}" in text
        assert flat(item.question) in text
        # overview row: n, not sure, median, mean, IQR, agreement, band, power gap
        rows = [line for line in layout.splitlines() if re.match(rf"\s*{number}\. {re.escape(item.title)}\s+\d", line)]
        assert len(rows) == 2, f"expected a bar row and a figures row for {item.title}"
        assert " ".join(rows[1].split()).endswith(
            f"9 1 {figures['median']:.1f} {figures['mean']:.1f} {figures['iqr']:.1f} {figures['agreement']} "
            f"{figures['band']} +{figures['power_gap']:.1f}")
        # the item's own page: the exact figures line and the power gap sentence
        assert (f"n 9 · not sure 1 · median {figures['median']:.1f} · mean {figures['mean']:.2f} · middle half "
                f"{figures['q1']:.2f}–{figures['q3']:.2f}") in text
        assert f"Power gap: +{figures['power_gap']:.2f}." in text
    assert figures["power_gap"] == pytest.approx(3.5 - 5 / 3)


def test_participant_text_prints_literally(archive, pe_instrument, tmp_path):
    evil = " | ".join(MARKUP)
    pid = archive.create_partnership(f"Partners {evil}")
    sid = archive.create_session(
        pe_instrument,
        f"Title {evil}",
        pid,
        held_on="2026-11-01",
        location=f"Room {evil}",
        facilitator=f"Fac {evil}",
        groups=[(f"Group <b>A</b> &amp; {i}", "community") for i in range(2)]
        + [("Inst <font size=40>", "institution")],
    )
    groups = archive.groups(sid)
    for g in groups:
        for v in (2, 3, 4):
            rate(archive, sid, g.id, {k: v for k in pe_instrument.item_keys})
    key = pe_instrument.item_keys[0]
    for kind in ("note", "quote", "dissent"):
        archive.add_note(sid, f"{kind} {evil}", kind, key)
    archive.add_note(sid, f"general {evil}", "note", None)
    archive.add_action(sid, f"Action {evil}", f"Owner {evil}", "2026-12-01", key)
    out = write_summary_pdf(archive, sid, tmp_path / "literal.pdf")

    text = flat(pdf_text(out))
    for field in ("Partners", "Title", "Room", "Fac", "note", "quote", "dissent", "general", "Action", "Owner"):
        assert flat(f"{field} {evil}") in text, field
    for g in groups:
        assert g.name in text
    # the session title is in every footer, literally
    for page in range(1, page_count(out) + 1):
        assert f"Title {MARKUP[0]}" in flat(pdf_text(out, page=page))


def test_small_group_never_shows_its_own_figures(archive, pe_instrument, tmp_path):
    pid = archive.create_partnership("P")
    sid = archive.create_session(pe_instrument, "Privacy", pid, groups=[
        ("Residents", "community"), ("Organizers", "community"), ("Funders", "institution")], min_group_size=3)
    g = {row.name: row.id for row in archive.groups(sid)}
    keys = pe_instrument.item_keys
    for v in (4, 4, 5, 5, 4):
        rate(archive, sid, g["Residents"], {k: v for k in keys})
    for v in (3, 3, 2):
        rate(archive, sid, g["Organizers"], {k: v for k in keys})
    for v in (1, 1):  # two funders: below the minimum of 3
        rate(archive, sid, g["Funders"], {k: v for k in keys})

    data = gather(archive, sid)
    for item in data.items:
        shown = {grp["name"]: grp for grp in item.final.summary["groups"]}
        # Funders are too few; then Organizers (the smallest shown group) are held back too, or
        # overall minus Residents minus Organizers would give the funders' ratings away
        assert shown["Funders"] == {"name": "Funders", "position": "institution", "suppressed": True}
        assert shown["Organizers"] == {"name": "Organizers", "position": "community", "suppressed": True}
        assert {key for _, key in item.final.dots} == {0, OTHER}
        assert sum(1 for _, key in item.final.dots if key == OTHER) == 5
    assert [(row.group.name if row.group else None, row.count) for row in data.people] == [("Residents", 5), (None, 5)]

    out = write_summary_pdf(archive, sid, tmp_path / "privacy.pdf")
    layout = pdf_text(out, layout=True)
    for name in ("Funders", "Organizers"):
        lines = [line for line in layout.splitlines() if name in line]
        assert len(lines) == len(keys)  # one line per item page, none on the cover or in legends
        assert all(not re.search(r"\d", line) for line in lines), lines
    assert flat(layout).count("not shown on its own") == 2 * len(keys)
    assert "Residents" in layout and "other" in layout


def test_no_participant_code_appears(archive, session_id, pe_instrument, tmp_path):
    groups = archive.groups(session_id)
    codes = []
    for i in range(9):
        code = f"ZQ{i:03d}X"
        rate(archive, session_id, groups[i % 3].id, {k: 3 for k in pe_instrument.item_keys}, code=code)
        codes.append(code)
    codes += [rate_code.code for rate_code in [archive.add_participant(session_id, groups[0].id, "phone")]]
    text = pdf_text(write_summary_pdf(archive, session_id, tmp_path / "codes.pdf"))
    for code in codes:
        assert code not in text
    assert "P01" not in text


def test_pdftoppm_renders_every_page_and_footers_number_them(archive, rated, tmp_path):
    out = write_summary_pdf(archive, rated, tmp_path / "pages.pdf")
    pages = page_count(out)
    assert pages >= 1 + 1 + 6 + 2  # cover, overview, six items, actions, how to read
    for page in range(1, pages + 1):
        assert f"Page {page} of {pages}" in pdf_text(out, page=page)
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(out), str(tmp_path / "page")], check=True, capture_output=True)
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == pages
    assert all(image.stat().st_size > 1000 for image in images)


def test_charts_are_vectors_in_the_shipped_font(archive, rated, tmp_path):
    out = write_summary_pdf(archive, rated, tmp_path / "vector.pdf")
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True).stdout
    assert len(images.strip().splitlines()) == 2  # header lines only: no raster image anywhere
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = fonts.strip().splitlines()[2:]
    assert rows and all("DejaVuSans" in row and " yes " in row for row in rows), fonts


def test_two_rounds_show_the_shift(archive, session_id, pe_instrument, tmp_path):
    groups = archive.groups(session_id)
    key = pe_instrument.item_keys[0]
    people = [rate(archive, session_id, groups[i % 3].id, {key: 2}) for i in range(6)]
    archive.start_round(session_id, 2)
    archive.record_ratings(session_id, 2, [(p, key, 3) for p in people], source="paper")
    archive.add_note(session_id, "After the talk people moved up.", "note", key, 2)
    text = flat(pdf_text(write_summary_pdf(archive, session_id, tmp_path / "shift.pdf")))
    assert "Round 1" in text and "Round 2" in text
    assert "Change from round 1 to round 2: median 2.0 → 3.0 (+1.0)" in text
    assert "(Round 2) After the talk people moved up." in text
    assert "Every item, round 2." in text


def test_spanish_letter_pdf(archive, rated, tmp_path):
    out = write_summary_pdf(archive, rated, tmp_path / "es.pdf", page_size="Letter", language="es")
    text = flat(pdf_text(out))
    for expected in (
        "Resumen de la sesión",
        "Continua",
        "¿La alianza está pensada para durar más allá de este proyecto?",
        "Cómo leer este resumen",
        "Brecha de poder",
        "Página 1 de",
    ):
        assert expected in text
    assert "2,9" in text  # decimal comma
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "612 x 792 pts" in info


def test_empty_session_still_makes_a_summary(archive, session_id, tmp_path):
    out = write_summary_pdf(archive, session_id, tmp_path / "empty.pdf")
    text = flat(pdf_text(out))
    assert "No participants yet." in text
    assert "No ratings in this round (not sure: 0)." in text
    assert "No action items were recorded." in text


def test_progress_reaches_the_end_and_a_failure_keeps_the_old_file(archive, rated, tmp_path):
    seen: list[tuple[int, int]] = []
    out = write_summary_pdf(archive, rated, tmp_path / "progress.pdf", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen) and len(seen) > 6
    good = out.read_bytes()

    def cancel(done: int, total: int) -> None:
        if done == 4:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_summary_pdf(archive, rated, out, progress=cancel)
    assert out.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir() if "progress" in p.name) == ["progress.pdf"]


@pytest.mark.parametrize(("kwargs", "message"), [({"page_size": "A5"}, "page_size: 'A5'"),
                                                  ({"language": "fr"}, "language: 'fr'")])
def test_bad_arguments_are_refused_before_writing(archive, rated, tmp_path, kwargs, message):
    with pytest.raises(ValueError, match=message):
        write_summary_pdf(archive, rated, tmp_path / "bad.pdf", **kwargs)
    assert list(tmp_path.glob("bad*")) == []


def test_demo_summary_renders(archive, tmp_path):
    from pe_desktop.demo import create_demo

    ids = create_demo(archive)
    out = write_summary_pdf(archive, ids["closed"], tmp_path / "demo.pdf")
    text = flat(pdf_text(out))
    assert "“We are invited to meetings, but not to the budget.”" in text
    assert "Eastside Health Partnership" in text and "Spring check-in" in text
    subprocess.run(["pdftoppm", "-r", "20", "-png", str(out), str(tmp_path / "demo")], check=True, capture_output=True)
    assert len(list(tmp_path.glob("demo-*.png"))) == page_count(out)


def test_cli_export_pdf(archive_path, tmp_path):
    from pe_desktop.demo import create_demo
    from pe_desktop.store import Archive

    with Archive.open(archive_path) as archive:
        sid = create_demo(archive)["closed"]
    out = tmp_path / "cli.pdf"
    result = run_cli("export", sid[:8], "--pdf", str(out), "--language", "es", "--page-size", "Letter",
                     archive=archive_path)
    assert result.returncode == 0, result.stderr
    assert "Resumen de la sesión" in pdf_text(out)
    missing = tmp_path / "nowhere" / "x.pdf"
    result = run_cli("export", sid, "--pdf", str(missing), archive=archive_path)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and str(missing) in result.stderr
    result = run_cli("export", "no-such-session", "--pdf", str(out), archive=archive_path)
    assert result.returncode == 2 and "no-such-session" in result.stderr


def test_palette_matches_the_projector_contract():
    assert palette.OKABE_ITO == ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7")
    assert [palette.group_style(i) for i in range(4)] == [
        ("#E69F00", "circle"), ("#56B4E9", "square"), ("#009E73", "triangle"), ("#F0E442", "diamond")]
    styles = [palette.group_style(i) for i in range(56)]
    assert len(set(styles)) == 56  # no two groups look alike before 56 groups
    assert palette.other_style() == ("#767676", palette.NEUTRAL_SHAPE) and palette.OTHER_LABEL == "other"
    assert palette.NEUTRAL_SHAPE not in palette.SHAPES  # "other" never looks like a group in grey print
    assert set(palette.PYQTGRAPH_SYMBOLS) == {*palette.SHAPES, palette.NEUTRAL_SHAPE}
    assert palette.diverging(5)[0] == palette.DIVERGING_LOW and palette.diverging(5)[-1] == palette.DIVERGING_HIGH


def test_report_layer_imports_no_qt_and_no_store():
    """docs/design.md §3: report imports core only (reads through the Archive it is handed)."""
    for path in (REPO / "pe_desktop" / "report").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module] if isinstance(node, ast.ImportFrom) and node.module else [])
            for name in names:
                assert not name.startswith(("PySide6", "shiboken6", "pyqtgraph", "pe_desktop.store",
                                            "pe_desktop.ui", "pe_desktop.server")), f"{path.name} imports {name}"
    code = (
        "import sys, pe_desktop.report; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    assert result.stdout.strip() == "[]"
    assert LANGUAGES == ("en", "es")


def test_seven_point_scale_without_not_sure(archive, tmp_path):
    from pe_desktop.core.instruments import parse_instrument

    inst = parse_instrument(SEVEN_POINTS, "seven.toml")
    pid = archive.create_partnership("P")
    sid = archive.create_session(inst, "Seven", pid, groups=[("Everyone", "other")])
    group = archive.groups(sid)[0].id
    for v in (1, 4, 6, 7, 7):
        rate(archive, sid, group, {"a": v})
    text = flat(pdf_text(write_summary_pdf(archive, sid, tmp_path / "seven.pdf")))
    assert "1. Alpha" in text and "How often does alpha happen?" in text
    assert "n 5 · not sure 0 · median 6.0 · mean 5.00" in text
    assert "Never" in text and "Always" in text
    assert "Not sure" not in text.split("How to read")[0].split("1. Alpha")[-1]  # no "not sure" column on the chart
    assert "Power gap: not available" in text


def test_cli_offers_the_report_languages():
    from pe_desktop.commands import export

    assert export.LANGUAGES == LANGUAGES
