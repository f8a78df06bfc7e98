"""Assessment instruments ("forms"): load, validate, localize, snapshot, find.

An instrument is a TOML file (docs/design.md §4).  The package is split by
concern: :mod:`.problems` (what can be wrong, and the collecting checker),
:mod:`.validation` (reading a file and checking every field),
:mod:`.model` (the immutable :class:`Instrument`, its scale, items and
translations) and :mod:`.catalogue` (built-in and user forms, lookup by key).
Callers import the names from here.
"""

from __future__ import annotations

from pe_desktop.core.instruments.catalogue import (
    FORMS_DIR_ENV,
    available_instruments,
    builtin_forms_dir,
    find_instrument,
    instrument_problems,
    user_forms_dir,
)
from pe_desktop.core.instruments.model import UNSURE_LABEL, Instrument, Item, Scale, load_instrument, parse_instrument
from pe_desktop.core.instruments.problems import KEY_PATTERN, InstrumentError, Problem
from pe_desktop.core.instruments.validation import LANGUAGE_PATTERN, MAX_SCALE_POINTS

__all__ = [
    "FORMS_DIR_ENV",
    "KEY_PATTERN",
    "LANGUAGE_PATTERN",
    "MAX_SCALE_POINTS",
    "UNSURE_LABEL",
    "Instrument",
    "InstrumentError",
    "Item",
    "Problem",
    "Scale",
    "available_instruments",
    "builtin_forms_dir",
    "find_instrument",
    "instrument_problems",
    "load_instrument",
    "parse_instrument",
    "user_forms_dir",
]
