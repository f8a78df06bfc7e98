"""Which language the program's own windows speak, and the menu to change it.

The language comes from, in order: ``PE_DESKTOP_LANGUAGE`` (``en`` or ``es``;
for a kiosk install or a test), the ``ui/language`` setting (chosen in
View ▸ Language), the computer's own language. Translators are installed
once at start-up (``pe_desktop.app``), before any window exists, so a new
choice applies on the next start: re-translating every open window, dialog
and chart in place would be a lot of code for a choice made once per laptop.

Languages are listed by their own names ("Español", not "Spanish"), so a
person finds theirs whatever language the screen is in.

:func:`ui_locale` runs before the first window is painted; the menu is built
after it, so its widget classes are imported there.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from pe_desktop.core.languages import LANGUAGES as SHIPPED
from pe_desktop.core.languages import shipped_language

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

LANGUAGE_ENV = "PE_DESKTOP_LANGUAGE"
SETTING_KEY = "ui/language"
#: The shipped UI languages, by their own names (pe_desktop.core.languages). English is the source language (no .qm).
LANGUAGES = SHIPPED
CONTEXT = "LanguageMenu"
APPLIES_ON_RESTART = "The new language applies the next time you start pe_desktop."


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _code(value: object) -> str | None:
    """``es``, ``ES``, ``es_MX``, ``es-419`` → ``es``; anything not shipped → None."""
    return shipped_language(value)


def chosen_language(settings: QSettings | None) -> str | None:
    """The language asked for (environment, then setting), or None to follow the computer."""
    from_env = _code(os.environ.get(LANGUAGE_ENV, ""))
    if from_env is not None:
        return from_env
    return _code(settings.value(SETTING_KEY, "")) if settings is not None else None


def ui_locale(settings: QSettings | None) -> QLocale:
    """The locale to translate and format for.

    The computer's locale when no language was chosen, or when it already
    speaks the chosen one (so es_MX keeps its region's dates); otherwise the
    chosen language's default locale.
    """
    system = QLocale.system()
    code = chosen_language(settings)
    if code is None or QLocale.languageToCode(system.language()) == code:
        return system
    return QLocale(code)


def effective_language(settings: QSettings | None) -> str:
    """The shipped language the windows are in now (English when the computer's isn't shipped)."""
    return chosen_language(settings) or _code(QLocale.languageToCode(QLocale.system().language())) or "en"


_TRANSLATORS: dict[str, QTranslator | None] = {}


def translated(code: str, context: str, text: str) -> str:
    """``text`` (a message of ``context``) in language ``code``, whatever language
    the windows are in now; the text itself for English or a language without a .qm.

    For a message someone other than the facilitator reads in a language they
    chose (the language menu's own answer, the laptop ballot's words).
    Translators are loaded once per language and kept.
    """
    if code not in _TRANSLATORS:
        from pe_desktop.paths import resources_dir

        translator = QTranslator()
        loaded = translator.load(f"pe_desktop_{code}", str(resources_dir() / "translations"))
        _TRANSLATORS[code] = translator if loaded else None
    found = _TRANSLATORS[code]
    return (found.translate(context, text) or text) if found is not None else text


def _in_language(code: str, text: str) -> str:
    """``text`` (a LanguageMenu message) in ``code``, whatever language is installed now."""
    return translated(code, CONTEXT, text)


def choose_language(settings: QSettings, code: str, parent: QWidget | None) -> QMessageBox:
    """Store ``code`` as the UI language and say that it applies on the next start.

    Said in the chosen language first (the person who picked it reads that
    one), then in the language on screen now when that is a different one.
    """
    settings.setValue(SETTING_KEY, code)
    settings.sync()
    from pe_desktop.ui.widgets.messages import show_info

    text = _in_language(code, APPLIES_ON_RESTART)
    informative = [current] if (current := _tr(APPLIES_ON_RESTART)) != text else []
    override = _code(os.environ.get(LANGUAGE_ENV, ""))
    if override is not None and override != code:
        informative.append(_tr("While %1 is set to “%2”, that language is used instead.")
                           .replace("%1", LANGUAGE_ENV).replace("%2", override))
    return show_info(parent, _tr("Language"), text, "\n\n".join(informative))


def add_language_menu(menu: QMenu, settings: QSettings, parent: QWidget | None = None) -> QMenu:
    """Add "Language ▸ English / Español" to ``menu``; picking one stores it for the next start."""
    from PySide6.QtGui import QAction, QActionGroup

    submenu = menu.addMenu(_tr("&Language"))
    submenu.setObjectName("languageMenu")
    group = QActionGroup(submenu)
    group.setExclusive(True)
    current = _code(settings.value(SETTING_KEY, "")) or effective_language(settings)
    owner = parent if parent is not None else menu.parentWidget()
    for code, name in LANGUAGES.items():
        action = QAction(name, submenu)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        action.triggered.connect(lambda _checked=False, code=code: choose_language(settings, code, owner))
        group.addAction(action)
        submenu.addAction(action)
    return submenu
