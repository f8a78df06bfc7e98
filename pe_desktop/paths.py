"""Where things live on disk: the default archive and the user's data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def data_dir() -> Path:
    """The user's data folder (overridable with PE_DESKTOP_DATA_DIR, e.g. in tests)."""
    override = os.environ.get("PE_DESKTOP_DATA_DIR")
    if override:
        return Path(override)
    return _platform_data_home() / "pe-desktop"


def _platform_data_home() -> Path:
    """The per-user data folder, as platformdirs would give it.

    Written out here because importing platformdirs costs ~40 ms of the
    app's cold start, before the first window is painted.
    """
    home = Path.home()
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
    if sys.platform == "darwin":
        return home / "Library" / "Application Support"
    xdg = os.environ.get("XDG_DATA_HOME", "").strip()
    return Path(xdg) if xdg else home / ".local" / "share"


def default_archive_path() -> Path:
    override = os.environ.get("PE_DESKTOP_ARCHIVE")
    return Path(override) if override else data_dir() / "archive.sqlite"


def resources_dir() -> Path:
    """resources/ of a checkout, or the copy packed into the wheel."""
    here = Path(__file__).resolve().parent
    packed = here / "_resources"
    return packed if packed.is_dir() else here.parent / "resources"
