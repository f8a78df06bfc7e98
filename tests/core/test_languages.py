"""Adding a language is one entry in core/languages.py plus one translation file per layer.

The proof: copy the package, its resources and forms to a temporary folder, add
a made-up language "xx" there exactly as docs/design.md §8 says (its entry,
``report.xx.json``, ``phone.xx.json``, ``pe_desktop_xx.ts`` compiled to .qm,
``[translations.xx]`` in a form) with every text prefixed "XX ", and check in
a subprocess running the copy that every layer offers it and uses it: the
PDF (through the real command line), the phone page's strings (through the
real server), the language menu, the laptop ballot and the export dialog.
The shipped languages' files must be complete, too.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from helpers import REPO
from pe_desktop.core.languages import LANGUAGES, SOURCE_LANGUAGE, load_texts, translation_file

NAME = "Xxish"
PREFIX = "XX "
LAYERS = ("report", "phone")

FORM = """\
key = "mini-xx"
version = 1
title = "Mini form"
language = "en"

[scale]
min = 1
max = 3
labels = { 1 = "Low", 3 = "High" }

[[items]]
key = "first"
title = "First"
question = "Is the first thing true?"

[translations.xx]
title = "XX Mini form"
scale_labels = { 1 = "XX Low", 3 = "XX High" }
items.first = { title = "XX First", question = "XX Is the first thing true?" }
"""


# ------------------------------------------------------------------ shipped
@pytest.mark.parametrize("layer", LAYERS)
def test_every_shipped_language_has_every_text(layer: str) -> None:
    source = json.loads(translation_file(layer, SOURCE_LANGUAGE).read_text(encoding="utf-8"))
    for code in LANGUAGES:
        table = json.loads(translation_file(layer, code).read_text(encoding="utf-8"))
        assert set(table) == set(source), f"{layer}.{code}.json"
        assert all(text.strip() for text in table.values()), f"{layer}.{code}.json has an empty text"


def test_a_language_that_is_not_shipped_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="'zz' is not one of en, es"):
        load_texts("report", "zz")


# ------------------------------------------------------------------ the copy
def prefixed(table: dict[str, str]) -> dict[str, str]:
    """Every text of ``table`` marked as "xx"; fields and the month list stay usable."""
    out = {key: PREFIX + text for key, text in table.items()}
    out["months"] = " ".join(f"XX{month}" for month in table["months"].split()) if "months" in table else ""
    out["decimal_mark"] = ","
    return {key: text for key, text in out.items() if key in table}


def write_qt_translation(translations: Path, context: str, sources: list[str]) -> None:
    """pe_desktop_xx.ts for ``context`` (every message prefixed), compiled to .qm with lrelease."""
    root = ET.Element("TS", version="2.1", language="xx")
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = context
    for text in sources:
        message = ET.SubElement(ctx, "message")
        ET.SubElement(message, "source").text = text
        ET.SubElement(message, "translation").text = PREFIX + text
    ts = translations / "pe_desktop_xx.ts"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    subprocess.run([lrelease, str(ts), "-qm", str(translations / "pe_desktop_xx.qm")], check=True,
                   capture_output=True, timeout=120)


@pytest.fixture(scope="module")
def copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The program with "xx" added the documented way, and a form translated into it."""
    root = tmp_path_factory.mktemp("with-xx")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for folder in ("pe_desktop", "resources", "forms"):
        shutil.copytree(REPO / folder, root / folder, ignore=ignore)
    languages = root / "pe_desktop" / "core" / "languages.py"
    text = languages.read_text(encoding="utf-8")
    assert '    "es": "Español",\n' in text
    languages.write_text(text.replace('    "es": "Español",\n', f'    "es": "Español",\n    "xx": "{NAME}",\n'),
                         encoding="utf-8")
    translations = root / "resources" / "translations"
    for layer in LAYERS:
        english = json.loads(translation_file(layer, "en").read_text(encoding="utf-8"))
        (translations / f"{layer}.xx.json").write_text(json.dumps(prefixed(english), ensure_ascii=False),
                                                       encoding="utf-8")
    from pe_desktop.ui.ballots.kiosk import CONTEXT, KIOSK_TEXTS

    write_qt_translation(translations, CONTEXT, list(KIOSK_TEXTS.values()))
    (root / "user-forms").mkdir()
    (root / "user-forms" / "mini-xx.toml").write_text(FORM, encoding="utf-8")
    return root


def run_in(copy: Path, *args: str, script: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the copy (``python -m pe_desktop ...`` or a script) with nothing of the repository on the path."""
    env = {
        **os.environ,
        "PYTHONPATH": str(copy),
        "PE_DESKTOP_FORMS_DIR": str(copy / "user-forms"),
        "PE_DESKTOP_DATA_DIR": str(copy / "data"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.pop("PE_DESKTOP_LANGUAGE", None)
    command = [sys.executable, "-c", textwrap.dedent(script)] if script else [sys.executable, "-m", "pe_desktop"]
    result = subprocess.run([*command, *args], cwd=copy, env=env, capture_output=True, text=True,
                            encoding="utf-8", timeout=300, check=False)
    return result


def new_session(copy: Path, archive: Path) -> str:
    result = run_in(copy, "new", "--instrument", "mini-xx", "--title", "Sesión", "--group", "Residents:community",
                    "--json", "--archive", str(archive))
    assert result.returncode == 0, result.stderr
    return str(json.loads(result.stdout)["id"])


def test_the_copy_runs_the_copy(copy: Path) -> None:
    result = run_in(copy, script="import pe_desktop; print(pe_desktop.__file__)")
    assert result.stdout.strip().startswith(str(copy)), result.stdout + result.stderr


# ------------------------------------------------------------------ layers
def test_the_command_line_makes_a_pdf_in_the_new_language(copy: Path, tmp_path: Path) -> None:
    help_text = run_in(copy, "export", "--help").stdout
    assert "xx" in help_text
    archive = tmp_path / "archive.sqlite"
    sid = new_session(copy, archive)
    pdf = tmp_path / "summary.pdf"
    result = run_in(copy, "export", sid, "--pdf", str(pdf), "--language", "xx", "--archive", str(archive))
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "XX Session summary" in text  # the report's own words
    assert "XX Mini form" in text  # the form's [translations.xx]
    refused = run_in(copy, "export", sid, "--pdf", str(pdf), "--language", "zz", "--archive", str(archive))
    assert refused.returncode == 2 and "zz" in refused.stderr


def test_the_report_strings_use_the_new_language(copy: Path) -> None:
    result = run_in(copy, script="""
        import json
        from pe_desktop.report import LANGUAGES
        from pe_desktop.report.strings import strings
        from pe_desktop.report.text import fmt_date, fmt_num
        s = strings("xx")
        print(json.dumps([list(LANGUAGES), s["overview"], fmt_num(2.5, s), fmt_date("2026-03-04", s)]))
    """)
    assert result.returncode == 0, result.stderr
    languages, overview, number, day = json.loads(result.stdout)
    assert languages == ["en", "es", "xx"]
    assert overview == "XX Overview"
    assert number == "2,5"
    assert "XXMarch" in day


def test_the_phone_server_serves_the_new_language(copy: Path, tmp_path: Path) -> None:
    archive = tmp_path / "archive.sqlite"
    sid = new_session(copy, archive)
    result = run_in(copy, str(archive), sid, script="""
        import asyncio, json, sys
        from pe_desktop.server import VotingServer
        from pe_desktop.server.phone_sim import SimulatedPhone
        from pe_desktop.store import Archive

        async def phone(url, group):
            async with SimulatedPhone(url) as p:
                await p.open_page()
                _, state = await p.state("xx")
                status, joined = await p.join(group, "xx")
                return state, status

        archive = Archive.open(sys.argv[1])
        sid = sys.argv[2]
        archive.set_status(sid, "open")
        server = VotingServer(archive, sid, "127.0.0.1")
        server.start()
        try:
            group = archive.groups(sid)[0].id
            state, status = asyncio.run(phone(server.join_url, group))
        finally:
            server.stop()
        people = archive.participants(sid)
        archive.close()
        print(json.dumps({"state": state, "join": status, "language": people[0].language}))
    """)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    state = answer["state"]
    assert state["language"] == "xx"
    assert "xx" in state["languages"] and state["language_names"]["xx"] == NAME
    assert state["strings"]["chooseGroup"] == "XX Which group are you part of?"
    assert state["items"][0]["question"] == "XX Is the first thing true?"
    assert answer["join"] == 200 and answer["language"] == "xx"


def test_the_desktop_offers_the_new_language(copy: Path, tmp_path: Path) -> None:
    archive = tmp_path / "archive.sqlite"
    sid = new_session(copy, archive)
    result = run_in(copy, str(archive), sid, str(tmp_path / "settings.ini"), script="""
        import json, sys
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication, QMenu
        from pe_desktop.report import LANGUAGES
        from pe_desktop.store import Archive
        from pe_desktop.ui.ballots.kiosk import KioskWindow
        from pe_desktop.ui.controller import SessionController
        from pe_desktop.ui.dialogs.export_options import ExportOptionsDialog
        from pe_desktop.ui.language import add_language_menu

        app = QApplication([])
        settings = QSettings(sys.argv[3], QSettings.Format.IniFormat)
        menu = QMenu()
        submenu = add_language_menu(menu, settings)
        dialog = ExportOptionsDialog("Export", LANGUAGES, settings)
        pdf_languages = [dialog.language.itemText(i) for i in range(dialog.language.count())]
        archive = Archive.open(sys.argv[1])
        controller = SessionController(archive, sys.argv[2])
        kiosk = KioskWindow(controller)
        buttons = {code: button.text() for code, button in kiosk.language_buttons.items()}
        kiosk.set_language("xx")
        words = [kiosk.text("welcome"), kiosk.welcome_title.text()]
        controller.stop()
        archive.close()
        print(json.dumps({"menu": [a.text() for a in submenu.actions()], "pdf": pdf_languages,
                          "kiosk": buttons, "words": words}))
    """)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["menu"] == ["English", "Español", NAME]
    assert answer["pdf"][-1] == f"{NAME} (xx)"
    assert answer["kiosk"] == {"en": "English", "xx": NAME}  # the form's languages, by their own names
    assert answer["words"][0] == "XX Welcome"
    assert answer["words"][1] == "XX Welcome — XX Mini form"
