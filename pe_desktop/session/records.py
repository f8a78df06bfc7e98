"""Reading archive records whether the store hands out dicts or typed records.

The store is moving from row dicts to frozen dataclasses; the session layer
reads fields through :func:`field` so it works with either while that move
is under way.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def field(record: object, name: str, default: Any = None) -> Any:
    """``record[name]`` for a mapping, ``record.name`` for a dataclass; ``default`` when absent."""
    if isinstance(record, Mapping):
        return record.get(name, default)
    return getattr(record, name, default)


def as_dict(record: object) -> dict[str, Any]:
    """A plain dict copy of a record (for snapshots kept by an undo)."""
    if isinstance(record, Mapping):
        return dict(record)
    fields = getattr(record, "__dataclass_fields__", None)
    if fields is not None:
        return {name: getattr(record, name) for name in fields}
    raise TypeError(f"record: {type(record).__name__} is neither a mapping nor a dataclass")


def text(value: object) -> str:
    """A record value as text (enums and None included) for comparing and messages."""
    if value is None:
        return ""
    return str(getattr(value, "value", value))
