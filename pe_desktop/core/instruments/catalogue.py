"""Where forms live: the built-in forms, the user forms folder, and lookup by key.

Built-in forms ship with the application; facilitators drop their own into
the user forms folder.  Discovery never stops at a broken file: the usable
forms are offered and the broken ones are listed with their problems.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import platformdirs

from pe_desktop.core.instruments.model import Instrument, load_instrument
from pe_desktop.core.instruments.problems import InstrumentError, Problem

__all__ = [
    "FORMS_DIR_ENV",
    "available_instruments",
    "builtin_forms_dir",
    "find_instrument",
    "instrument_problems",
    "user_forms_dir",
]

#: Environment variable that overrides the user forms folder (tests, portable installs).
FORMS_DIR_ENV = "PE_DESKTOP_FORMS_DIR"


def builtin_forms_dir() -> Path:
    """The forms shipped with the application.

    Installed from a wheel they sit inside the package as ``_forms`` (the
    pyproject force-includes ``forms/`` there); in a source checkout they are
    the repository's ``forms/`` next to the package.
    """
    package = Path(__file__).resolve().parents[2]
    bundled = package / "_forms"
    if bundled.is_dir():
        return bundled
    return package.parent / "forms"


def user_forms_dir() -> Path:
    """The folder where a facilitator drops their own forms.

    ``PE_DESKTOP_FORMS_DIR`` overrides it (tests, portable installs on a USB
    stick).  The folder is not created here: looking must not write.
    """
    override = os.environ.get(FORMS_DIR_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    return platformdirs.user_data_path("pe-desktop") / "forms"


def _form_files(folder: Path) -> list[Path]:
    """``*.toml`` files directly in ``folder``, by name; hidden and editor
    lock files are skipped.  A missing folder simply has no forms."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    files = [p for p in entries if p.suffix.lower() == ".toml" and not p.name.startswith((".", "~"))]
    return sorted((p for p in files if p.is_file()), key=lambda p: p.name)


def _scan(extra_dirs: Iterable[Path]) -> tuple[dict[str, Instrument], list[InstrumentError]]:
    """Load built-ins, then the user forms folder, then ``extra_dirs``.

    A later form with a key already taken replaces the earlier one only when
    its version is higher, so a stray old copy cannot silently undo an
    update.  A form that is skipped for this reason (and is not an identical
    copy) is reported, because a facilitator who added it will wonder why it
    is not used.  A broken form never hides the others.
    """
    folders: list[Path] = []
    seen: set[Path] = set()
    for folder in (builtin_forms_dir(), user_forms_dir(), *(Path(d) for d in extra_dirs)):
        resolved = folder.expanduser().resolve()
        if resolved not in seen:
            seen.add(resolved)
            folders.append(folder)

    found: dict[str, Instrument] = {}
    where: dict[str, str] = {}
    errors: list[InstrumentError] = []
    for folder in folders:
        for path in _form_files(folder):
            try:
                instrument = load_instrument(path)
            except InstrumentError as exc:
                errors.append(exc)
                continue
            current = found.get(instrument.key)
            if current is None or instrument.version > current.version:
                found[instrument.key] = instrument
                where[instrument.key] = str(path)
            elif instrument.content_hash != current.content_hash:
                reason = (
                    f"not used: '{instrument.key}' version {current.version} from {where[instrument.key]} "
                    f"is already available; raise this file's version above {current.version} to replace it"
                )
                errors.append(InstrumentError([Problem(str(path), "version", reason)]))
    return found, errors


def available_instruments(extra_dirs: Iterable[Path] = ()) -> dict[str, Instrument]:
    """Every usable form, key -> instrument, built-ins first then user forms.

    Forms that fail to load are left out; :func:`instrument_problems` says why.
    """
    return _scan(extra_dirs)[0]


def instrument_problems(extra_dirs: Iterable[Path] = ()) -> list[InstrumentError]:
    """Why forms in the searched folders were not loaded (one error per file)."""
    return _scan(extra_dirs)[1]


def find_instrument(key: str, extra_dirs: Iterable[Path] = ()) -> Instrument:
    """The available form with this key; ``KeyError`` naming the keys that do
    exist, so a mistyped ``--instrument`` is easy to fix."""
    found = available_instruments(extra_dirs)
    if key in found:
        return found[key]
    listing = ", ".join(sorted(found)) or "none"
    raise KeyError(f"no form with key '{key}'; available: {listing}")
