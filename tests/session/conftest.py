"""Fixtures of the session layer's tests (a real archive in tmp_path: tests/conftest.py)."""

from __future__ import annotations

import pytest


@pytest.fixture
def groups(archive, session_id) -> dict[str, str]:
    """Group name → id of the three-group session."""
    return {g["name"]: g["id"] for g in archive.groups(session_id)}
