"""Settings: kept in PE_DESKTOP_SETTINGS_DIR, recent archives in order, deduplicated, capped."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

from pe_desktop.ui.settings import (
    MAX_RECENT,
    RECENT_KEY,
    SETTINGS_FILE,
    clear_recent_archives,
    forget_archive,
    open_settings,
    recent_archives,
    remember_archive,
)


def test_settings_live_in_the_folder_from_the_environment():
    settings = open_settings()
    assert settings.format() == QSettings.Format.IniFormat
    folder = Path(os.environ["PE_DESKTOP_SETTINGS_DIR"])
    assert Path(settings.fileName()) == folder / SETTINGS_FILE
    settings.setValue("probe", 1)
    settings.sync()
    assert (folder / SETTINGS_FILE).exists()


def test_recent_archives_most_recent_first_without_duplicates(tmp_path):
    settings = open_settings()
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    remember_archive(settings, a)
    remember_archive(settings, b)
    remember_archive(settings, tmp_path / "x" / ".." / "a.sqlite")
    assert recent_archives(open_settings()) == [a.resolve(), b.resolve()]
    forget_archive(settings, b)
    assert recent_archives(settings) == [a.resolve()]
    clear_recent_archives(settings)
    assert recent_archives(settings) == []


def test_a_single_recent_archive_survives_a_reload(tmp_path):
    remember_archive(open_settings(), tmp_path / "only.sqlite")
    assert recent_archives(open_settings()) == [(tmp_path / "only.sqlite").resolve()]


def test_the_list_is_capped(tmp_path):
    settings = open_settings()
    for i in range(MAX_RECENT + 3):
        remember_archive(settings, tmp_path / f"{i}.sqlite")
    paths = recent_archives(settings)
    assert len(paths) == MAX_RECENT
    assert paths[0].name == f"{MAX_RECENT + 2}.sqlite"


def test_a_damaged_entry_reads_as_empty():
    settings = open_settings()
    settings.setValue(RECENT_KEY, "{not json")
    assert recent_archives(settings) == []
    settings.setValue(RECENT_KEY, '{"a": 1}')
    assert recent_archives(settings) == []
