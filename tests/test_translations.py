"""Spanish for the desktop UI: the shipped .ts/.qm, the windows in Spanish, the language choice."""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from pe_desktop.app import build_app, install_translators, start_main_window
from pe_desktop.paths import resources_dir
from pe_desktop.ui import language
from pe_desktop.ui.settings import open_settings

REPO = Path(__file__).resolve().parent.parent
TS = REPO / "resources" / "translations" / "pe_desktop_es.ts"
QM = REPO / "resources" / "translations" / "pe_desktop_es.qm"
PLACEHOLDER = re.compile(r"%\d+|%n|\{\w*\}")
KEYS = re.compile(r"\b(?:Ctrl|Alt|Shift)(?:\+[A-Za-z0-9]+)+|\bF\d{1,2}\b")
UPDATE = "uv run python packaging/update_translations.py"


def _packaging_module(name: str):
    """A script of packaging/ (not a package) imported by path."""
    spec = importlib.util.spec_from_file_location(name, REPO / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def ts_messages() -> list[dict]:
    """Every live message of the Spanish .ts: context, source, comment, numerus, translations."""
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            numerus = message.get("numerus") == "yes"
            forms = [f.text or "" for f in translation.iter("numerusform")] if numerus else [translation.text or ""]
            found.append({"context": context.findtext("name"), "source": message.findtext("source"),
                          "comment": message.findtext("comment") or "", "numerus": numerus,
                          "type": translation.get("type"), "forms": forms})
    return found


# ------------------------------------------------------------------ the files
def test_the_qm_loads_and_translates():
    translator = QTranslator()
    assert translator.load(str(QM))
    assert translator.language() == "es"
    assert translator.translate("MainMenus", "&File") == "&Archivo"
    # placeholders survive translation; the code puts the numbers in afterwards
    assert translator.translate("ConsolePhoneControls", "%1 of %2 phones joined") == "%1 de %2 teléfonos conectados"


def test_the_program_finds_the_qm_for_a_spanish_locale():
    translator = QTranslator()
    assert translator.load(QLocale("es_MX"), "pe_desktop", "_", str(resources_dir() / "translations"))
    assert translator.translate("VotingControl", "&Open voting") == "&Abrir votación"


def test_every_message_of_the_ts_is_translated():
    messages = ts_messages()
    assert len(messages) > 500
    unfinished = [(m["context"], m["source"]) for m in messages if m["type"] == "unfinished" or not all(m["forms"])]
    assert unfinished == [], f"translate these in {TS.name}, then run {UPDATE}"
    assert all(len(m["forms"]) == 2 for m in messages if m["numerus"])  # Spanish: singular, plural


def test_translations_keep_placeholders_accelerators_keys_and_spacing():
    problems = []
    for m in ts_messages():
        source = m["source"]
        for text in m["forms"]:
            where = f"{m['context']}: {source!r} -> {text!r}"
            if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(text)):
                problems.append(f"placeholders differ: {where}")
            if source.replace("&&", "").count("&") != text.replace("&&", "").count("&"):
                problems.append(f"accelerator lost or added: {where}")
            if Counter(KEYS.findall(source)) != Counter(KEYS.findall(text)):
                problems.append(f"key names changed: {where}")
            if (source[:1].isspace(), source[-1:].isspace()) != (text[:1].isspace(), text[-1:].isspace()):
                problems.append(f"leading/trailing space differs: {where}")
            if ("<" in text or ">" in text) and not ("<" in source or ">" in source):
                problems.append(f"markup characters added: {where}")
    assert problems == []


def _accelerators(actions) -> list[str]:
    keys = []
    for action in actions:
        text = action.text().replace("&&", "")
        if "&" in text:
            keys.append(text[text.index("&") + 1].lower())
    return keys


def test_menu_accelerators_are_unique_in_each_spanish_menu(spanish, qtbot, archive, session_id):
    from pe_desktop.ui.console.window import SessionConsole
    from pe_desktop.ui.main.window import MainWindow

    window = MainWindow(None, open_settings())
    qtbot.addWidget(window)
    console = SessionConsole(archive, session_id)
    qtbot.addWidget(console)
    for bar in (window.menuBar(), console.menuBar()):
        keys = _accelerators(bar.actions())
        assert len(keys) == len(set(keys)), keys
        for action in bar.actions():
            keys = _accelerators(action.menu().actions())
            assert len(keys) == len(set(keys)), (action.text(), keys)
    tabs = [console.tabs.tabText(i) for i in range(console.tabs.count())]
    keys = _accelerators(console.menuBar().actions()) + [t[t.index("&") + 1].lower() for t in tabs if "&" in t]
    assert len(keys) == len(set(keys)), keys  # Alt+letter of a tab must not open a menu instead


def test_the_catalogue_covers_every_string_of_the_code():
    """Every tr()/translate() call of ui/, charts/ and app.py is in the .ts under its run-time context."""
    sources = _packaging_module("translation_sources")
    catalogue = sources.scan()
    assert catalogue.unresolved == [], "tr() of an f-string or a variable cannot be translated"
    shipped = {(m["context"], m["source"], m["comment"], m["numerus"]) for m in ts_messages()}
    missing = sorted(f"{places[0]}: {msg.context} {msg.source!r}" for msg, places in catalogue.where.items()
                     if (msg.context, msg.source, msg.comment, msg.numerus) not in shipped)
    assert missing == [], f"run {UPDATE}, translate the new messages in {TS.name}, run it again"


def test_the_qm_is_compiled_from_the_current_ts():
    translator = QTranslator()
    assert translator.load(str(QM))
    stale = []
    for m in ts_messages():
        n = 1 if m["numerus"] else -1
        if translator.translate(m["context"], m["source"], m["comment"] or None, n) != m["forms"][0]:
            stale.append((m["context"], m["source"]))
    assert stale == [], f"run {UPDATE} to compile the .qm"


def test_the_update_script_writes_each_message_exactly_for_lupdate():
    """The scratch file lupdate reads holds each message once, with its context, text and plural flag."""
    import ast

    update = _packaging_module("update_translations")
    sources = sys.modules["translation_sources"]
    catalogue = sources.Catalogue()
    tricky = sources.Message("Ctx", 'Say "hi"\n\\ then “%1” … {0}', "a note", False)
    plural = sources.Message("Ctx", "%n item(s)", "", True)
    catalogue.add(tricky, "pe_desktop/ui/x.py:3")
    catalogue.add(tricky, "pe_desktop/ui/y.py:12")
    catalogue.add(plural, "pe_desktop/ui/x.py:9")
    text = update.lupdate_input(catalogue)
    calls = [tuple(ast.literal_eval(arg) for arg in node.args) for node in ast.walk(ast.parse(text))
             if isinstance(node, ast.Call)]
    assert sorted(calls, key=len) == [("Ctx", tricky.source, "a note"), ("Ctx", "%n item(s)", None, 2)]
    assert "#: pe_desktop/ui/x.py:3, pe_desktop/ui/y.py:12" in text  # where, for the translator


# ------------------------------------------------------------------ windows in Spanish
def test_main_window_in_spanish(spanish, qtbot, tmp_path):
    window = start_main_window(tmp_path / "demo.sqlite", demo=True)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.archive is not None)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:4] == ["&Archivo", "&Editar", "&Sesión", "&Ver"]
    assert "Ay&uda" in titles
    file_menu = window.menuBar().actions()[0].menu()
    assert "&Nuevo archivo de sesiones…" in [a.text() for a in file_menu.actions()]
    assert window.windowTitle().endswith("Equidad en las alianzas")
    header = window.browser.tree.model().headerData(0, window.browser.tree.header().orientation())
    assert header == "Título"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"  # Qt's own strings too
    assert QLocale().language() == QLocale.Language.Spanish
    window.close()


def test_console_in_spanish(spanish, qtbot, archive, session_id):
    from pe_desktop.charts import style
    from pe_desktop.ui.console.window import SessionConsole
    from pe_desktop.ui.widgets.common import state_text

    console = SessionConsole(archive, session_id)
    qtbot.addWidget(console)
    console.show()
    qtbot.waitExposed(console)
    assert console.voting.act_open.text() == "&Abrir votación"
    assert console.voting.act_reveal.text() == "&Revelar"
    assert [a.text() for a in console.menuBar().actions()] == ["&Sesión", "&Editar", "&Ver"]
    assert console.tabs.tabText(0) == "Elemento y &notas"
    model = console.items_panel.items_model
    assert model.data(model.index(0, 2)) == "Sin empezar" == state_text("pending")
    assert style.agreement_text("agree") == "de acuerdo"  # the charts' own helper
    console.voting.act_open.trigger()
    assert model.data(model.index(0, 2)) == "Votación abierta"
    console.close()


def test_english_stays_english_when_chosen(monkeypatch, qtbot):
    monkeypatch.setenv(language.LANGUAGE_ENV, "en")
    app = build_app()
    try:
        assert QCoreApplication.translate("MainMenus", "&File") == "&File"
    finally:
        monkeypatch.delenv(language.LANGUAGE_ENV)
        install_translators(app, QLocale.system())


# ------------------------------------------------------------------ choosing the language
def test_the_language_comes_from_env_then_setting_then_system(monkeypatch):
    settings = open_settings()
    monkeypatch.delenv(language.LANGUAGE_ENV, raising=False)
    assert language.chosen_language(settings) is None
    assert language.ui_locale(settings) == QLocale.system()
    settings.setValue(language.SETTING_KEY, "es")
    assert language.chosen_language(settings) == "es"
    assert QLocale.languageToCode(language.ui_locale(settings).language()) == "es"
    monkeypatch.setenv(language.LANGUAGE_ENV, "en")
    assert language.chosen_language(settings) == "en"
    monkeypatch.setenv(language.LANGUAGE_ENV, "es_MX")
    assert language.chosen_language(settings) == "es"
    monkeypatch.setenv(language.LANGUAGE_ENV, "klingon")  # not shipped: the setting decides
    assert language.chosen_language(settings) == "es"


def test_a_stored_setting_is_used_at_start(monkeypatch, qtbot):
    monkeypatch.delenv(language.LANGUAGE_ENV, raising=False)
    settings = open_settings()
    settings.setValue(language.SETTING_KEY, "es")
    settings.sync()
    app = build_app()
    try:
        assert QCoreApplication.translate("MainMenus", "&View") == "&Ver"
    finally:
        install_translators(app, QLocale.system())


def test_the_language_menu_stores_the_choice(qtbot, monkeypatch):
    from pe_desktop.ui.main.window import MainWindow

    monkeypatch.delenv(language.LANGUAGE_ENV, raising=False)
    settings = open_settings()
    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    view = window.menu.menus["view"]
    submenu = next(a.menu() for a in view.actions() if isinstance(a.menu(), QMenu) and a.menu().objectName()
                   == "languageMenu")
    assert submenu is window.menu.language_menu
    entries = {a.text(): a for a in submenu.actions()}
    assert list(entries) == ["English", "Español"]
    assert all(a.isCheckable() for a in entries.values())
    assert entries["English"].isChecked() != entries["Español"].isChecked()
    entries["Español"].trigger()
    assert entries["Español"].isChecked() and not entries["English"].isChecked()
    assert open_settings().value(language.SETTING_KEY) == "es"
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    assert box.text() == "El idioma nuevo se usará la próxima vez que abra pe_desktop."  # said in the new language
    assert box.informativeText() == language.APPLIES_ON_RESTART  # and in the one on screen
    box.close()
    entries["English"].trigger()
    assert open_settings().value(language.SETTING_KEY) == "en"
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    assert box.text() == language.APPLIES_ON_RESTART and box.informativeText() == ""
    box.close()


def test_the_menu_says_when_the_environment_overrides_the_choice(qtbot, monkeypatch):
    from pe_desktop.ui.main.window import MainWindow

    monkeypatch.setenv(language.LANGUAGE_ENV, "en")
    window = MainWindow(None, open_settings())
    qtbot.addWidget(window)
    next(a for a in window.menu.language_menu.actions() if a.data() == "es").trigger()
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    assert language.LANGUAGE_ENV in box.informativeText()
    box.close()
    assert QApplication.instance() is not None
