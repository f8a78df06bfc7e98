"""The phone page's files (resources/phone/), read once when the server starts.

Served from memory with fixed content types: the page is three small files,
and a fixed table means no path from a request ever touches the file system.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pe_desktop.paths import resources_dir

_TYPES = {
    "index.html": "text/html; charset=utf-8",
    "phone.js": "text/javascript; charset=utf-8",
    "phone.css": "text/css; charset=utf-8",
}


@dataclass(frozen=True)
class Asset:
    body: bytes
    content_type: str


def phone_dir() -> Path:
    return resources_dir() / "phone"


def load_assets(folder: Path | None = None) -> dict[str, Asset]:
    """The page's files by name; a missing file is an error worth stopping for."""
    folder = folder or phone_dir()
    assets = {}
    for name, content_type in _TYPES.items():
        path = folder / name
        try:
            assets[name] = Asset(path.read_bytes(), content_type)
        except OSError as exc:
            raise FileNotFoundError(f"{path}: the phone page file is missing ({exc.strerror})") from None
    return assets
