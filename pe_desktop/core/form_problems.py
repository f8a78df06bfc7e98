"""Which broken form a person meant, so a refusal can name its file and problems.

``pe-desktop new --instrument KEY`` used to answer "no form with key" when
the form with that key was there but broken: the person who just edited it
could not tell which file to fix. A form that fails to load has no key we can
trust, so a file counts when it is named ``KEY.toml`` or says ``key = "KEY"``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from pe_desktop.core.instruments import instrument_problems


def broken_form_problems(key: str, extra_dirs: Iterable[Path] = ()) -> list[str]:
    """Every problem (``file: field: reason``) of the broken forms that look like form ``key``."""
    pattern = re.compile(r"^\s*key\s*=\s*[\"']" + re.escape(key) + r"[\"']", re.M)
    found: list[str] = []
    for error in instrument_problems(extra_dirs):
        path = Path(error.file)
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            text = ""
        if path.stem == key or pattern.search(text):
            found += [str(problem) for problem in error.problems]
    return found
