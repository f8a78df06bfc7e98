"""What can be wrong with a form, and the field-by-field checker that finds it.

Forms are written by facilitators who are often not technical, so checking
never stops at the first mistake: a :class:`FieldChecker` collects every
problem, each naming the file, the field and what is wrong in plain English,
and :class:`InstrumentError` carries them all.  Fixing a form is then one
edit, not a loop of edit-and-retry in front of a waiting room.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["KEY_PATTERN", "FieldChecker", "InstrumentError", "Problem", "join_path", "kind"]

#: Keys of forms and items: lower-case, digits and hyphens, so they are safe
#: in file names, URLs, CSV files and SQL without quoting.
KEY_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*")

_INT_KEY = re.compile(r"-?[0-9]+")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a form.

    ``field`` is a dotted path into the form (``scale.max``,
    ``items.continual.question``, ``items[3].key`` where ``[3]`` counts
    ``[[items]]`` blocks from 1), or ``""`` for a TOML syntax error, which has
    a ``line`` instead.
    """

    file: str
    field: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        parts = [self.file]
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.field:
            parts.append(self.field)
        parts.append(self.reason)
        return ": ".join(parts)


class InstrumentError(ValueError):
    """All problems found in one form.

    ``str(e)`` is one line per problem, ``<file>: <field>: <reason>`` (with
    ``line N`` for TOML syntax errors), ready for a dialog or a terminal.
    A ``ValueError`` so that callers that treat bad input generically still
    catch it.
    """

    problems: list[Problem]

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @property
    def file(self) -> str:
        """The form the problems belong to ("" if there are none)."""
        return self.problems[0].file if self.problems else ""

    def __reduce__(self) -> tuple[Any, ...]:
        # Exceptions pickle through ``args``; ours is built from problems.
        return (type(self), (self.problems,))



def kind(value: Any) -> str:
    """A plain-English name for a TOML value's type, for "must be X, not Y"."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a decimal number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return "a date or time"


class FieldChecker:
    """Collects problems while reading one form, so all are reported at once."""

    def __init__(self, source_name: str) -> None:
        self.file = source_name
        self.problems: list[Problem] = []

    def bad(self, field_name: str, reason: str) -> None:
        """Note one problem and carry on, so the next one is found too."""
        self.problems.append(Problem(self.file, field_name, reason))

    def unknown_fields(self, table: Mapping[str, Any], allowed: Sequence[str], prefix: str) -> None:
        for name in table:
            if name in allowed:
                continue
            hint = difflib.get_close_matches(name, allowed, n=1)
            suggestion = f"did you mean '{hint[0]}'?" if hint else f"expected one of: {', '.join(allowed)}"
            self.bad(join_path(prefix, name), f"unknown field; {suggestion}")

    def table(self, parent: Mapping[str, Any], name: str, path: str, required: bool) -> dict[str, Any] | None:
        if name not in parent:
            if required:
                self.bad(path, "missing (required)")
            return None
        value = parent[name]
        if not isinstance(value, dict):
            self.bad(path, f"must be a table, not {kind(value)}")
            return None
        return value

    def text(self, parent: Mapping[str, Any], name: str, path: str, required: bool = True) -> str | None:
        """A required text must be non-empty; an optional one may be ""."""
        if name not in parent:
            if required:
                self.bad(path, "missing (required)")
            return None
        value = parent[name]
        if not isinstance(value, str):
            self.bad(path, f"must be text, not {kind(value)}")
            return None
        value = value.strip()
        if required and not value:
            self.bad(path, "must not be empty")
            return None
        return value

    def integer(self, parent: Mapping[str, Any], name: str, path: str) -> int | None:
        if name not in parent:
            self.bad(path, "missing (required)")
            return None
        value = parent[name]
        if isinstance(value, bool) or not isinstance(value, int):
            self.bad(path, f"must be a whole number, not {kind(value)}")
            return None
        return value

    def key(self, parent: Mapping[str, Any], name: str, path: str) -> str | None:
        value = self.text(parent, name, path)
        if value is None:
            return None
        if not KEY_PATTERN.fullmatch(value):
            self.bad(
                path,
                f"'{value}' is not a valid key; use lower-case letters, digits and hyphens, "
                "starting with a letter or digit",
            )
            return None
        return value

    def prompts(self, parent: Mapping[str, Any], path: str) -> list[str] | None:
        if "prompts" not in parent:
            return []
        value = parent["prompts"]
        if not isinstance(value, list):
            self.bad(path, f'must be a list of text, like ["...", "..."], not {kind(value)}')
            return None
        result: list[str] = []
        ok = True
        for number, prompt in enumerate(value, start=1):
            if not isinstance(prompt, str):
                self.bad(f"{path}[{number}]", f"must be text, not {kind(prompt)}")
                ok = False
            elif not prompt.strip():
                self.bad(f"{path}[{number}]", "must not be empty")
                ok = False
            else:
                result.append(prompt.strip())
        return result if ok else None

    def labels(self, parent: Mapping[str, Any], name: str, path: str, bounds: tuple[int, int] | None) -> dict[int, str]:
        """Scale labels: whole-number keys inside the scale, non-empty text."""
        table = self.table(parent, name, path, required=False)
        if table is None:
            return {}
        result: dict[int, str] = {}
        for raw_key, text in table.items():
            label_path = f"{path}.{raw_key}"
            if not _INT_KEY.fullmatch(raw_key.strip()):
                self.bad(label_path, "label keys must be scale points (whole numbers)")
                continue
            point = int(raw_key)
            if bounds is not None and not bounds[0] <= point <= bounds[1]:
                self.bad(label_path, f"{point} is outside the scale ({bounds[0]} to {bounds[1]})")
                continue
            if point in result:
                self.bad(label_path, f"point {point} is labelled twice")
                continue
            if not isinstance(text, str):
                self.bad(label_path, f"must be text, not {kind(text)}")
                continue
            if not text.strip():
                self.bad(label_path, "must not be empty")
                continue
            result[point] = text.strip()
        return result


def join_path(prefix: str, name: str) -> str:
    """``prefix.name``, or just ``name`` at the top of the form."""
    return f"{prefix}.{name}" if prefix else name
