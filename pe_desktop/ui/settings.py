"""Where the GUI keeps its preferences: window layout and recent archives.

QSettings in INI format, so the file is readable and the same on every
platform. ``PE_DESKTOP_SETTINGS_DIR`` moves it (tests, a portable install on a
USB stick); otherwise it sits in the platform's usual config place. Recent
archives are stored as one JSON string because QSettings turns a one-element
list into a plain string in INI files, which would lose the list shape.
:mod:`json` is imported where it is used: :func:`open_settings` is on the way
to the main window's first paint, the JSON values are read after it.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

SETTINGS_DIR_ENV = "PE_DESKTOP_SETTINGS_DIR"
SETTINGS_FILE = "pe-desktop.ini"
RECENT_KEY = "archives/recent"
MAX_RECENT = 8


def open_settings() -> QSettings:
    """The application's settings (in ``$PE_DESKTOP_SETTINGS_DIR`` when set)."""
    folder = os.environ.get(SETTINGS_DIR_ENV, "").strip()
    if folder:
        path = Path(folder).expanduser()
        path.mkdir(parents=True, exist_ok=True)
        return QSettings(str(path / SETTINGS_FILE), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "pe-desktop", "pe-desktop")


def _normal(path: str | Path) -> Path:
    """One spelling per file, so the same archive is listed once."""
    return Path(path).expanduser().resolve()


def recent_archives(settings: QSettings) -> list[Path]:
    """Recently opened archives, most recent first (files may since have gone)."""
    import json

    raw = settings.value(RECENT_KEY, "")
    try:
        names = json.loads(raw) if isinstance(raw, str) and raw else []
    except json.JSONDecodeError:
        names = []
    if not isinstance(names, list):
        return []
    return [Path(name) for name in names if isinstance(name, str) and name][:MAX_RECENT]


def _store(settings: QSettings, paths: list[Path]) -> None:
    import json

    settings.setValue(RECENT_KEY, json.dumps([str(p) for p in paths[:MAX_RECENT]]))
    settings.sync()


def remember_archive(settings: QSettings, path: str | Path) -> list[Path]:
    """Put ``path`` at the top of the recent list; returns the new list."""
    path = _normal(path)
    paths = [path, *(p for p in recent_archives(settings) if p != path)]
    _store(settings, paths)
    return paths[:MAX_RECENT]


def forget_archive(settings: QSettings, path: str | Path) -> None:
    """Drop one entry (e.g. a file that was moved away)."""
    path = _normal(path)
    _store(settings, [p for p in recent_archives(settings) if p != path])


def clear_recent_archives(settings: QSettings) -> None:
    _store(settings, [])


PHONE_KEY = "phone/{session_id}"


def phone_credentials(settings: QSettings, session_id: str) -> tuple[str | None, bytes | None]:
    """The join token and cookie secret last used for a session's phone voting.

    Older versions kept them here; now they live in the archive with the
    session (pe_desktop.server.credentials), and these only seed it once.
    """
    import json

    raw = settings.value(PHONE_KEY.format(session_id=session_id), "")
    try:
        data = json.loads(raw) if isinstance(raw, str) and raw else {}
        return data.get("token"), bytes.fromhex(data["secret"]) if data.get("secret") else None
    except (json.JSONDecodeError, ValueError, AttributeError, TypeError):
        return None, None

