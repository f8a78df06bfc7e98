"""The wheel carries the forms and resources, and finds them when installed."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from helpers import REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    uv = shutil.which("uv")
    out = tmp_path_factory.mktemp("dist")
    cmd = (
        [uv, "build", "--wheel", "--out-dir", str(out)]
        if uv
        else [sys.executable, "-m", "uv", "build", "--wheel", "--out-dir", str(out)]
    )
    subprocess.run(cmd, cwd=REPO, check=True, capture_output=True, timeout=300)
    return next(out.glob("*.whl"))


def test_wheel_contains_forms_and_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for form in ("partnership-equity", "equity-justice", "partnership-practices", "partnership-stage"):
        assert f"pe_desktop/_forms/{form}.toml" in names
    assert any(n.startswith("pe_desktop/_resources/") for n in names)
    assert not any("/tests/" in n for n in names)


def test_installed_wheel_finds_its_forms(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from pe_desktop.core.instruments import builtin_forms_dir, available_instruments;"
        "print(builtin_forms_dir()); print(sorted(available_instruments()))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(target)], capture_output=True, text=True, cwd=tmp_path, check=True
    )
    assert str(target) in result.stdout.splitlines()[0]
    assert "partnership-equity" in result.stdout
