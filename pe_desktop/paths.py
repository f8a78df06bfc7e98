"""Where things live on disk: the default archive and the user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def data_dir() -> Path:
    """The user's data folder (overridable with PE_DESKTOP_DATA_DIR, e.g. in tests)."""
    override = os.environ.get("PE_DESKTOP_DATA_DIR")
    return Path(override) if override else platformdirs.user_data_path("pe-desktop", appauthor=False)


def default_archive_path() -> Path:
    override = os.environ.get("PE_DESKTOP_ARCHIVE")
    return Path(override) if override else data_dir() / "archive.sqlite"


def resources_dir() -> Path:
    """resources/ of a checkout, or the copy packed into the wheel."""
    here = Path(__file__).resolve().parent
    packed = here / "_resources"
    return packed if packed.is_dir() else here.parent / "resources"
