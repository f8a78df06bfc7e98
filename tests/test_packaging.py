"""Packaging: the fresh-machine script, the installers' inputs, the display and font fallbacks, the phone page's wrapping."""

from __future__ import annotations

import os
import re
import struct
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import REPO

RUN = REPO / "packaging" / "run"
SPEC = REPO / "packaging" / "pe-desktop.spec"


# ------------------------------------------------------------------ packaging/run
def fake_tools(folder: Path, installed: set[str], known: set[str]) -> dict[str, str]:
    """dpkg-query and apt-cache stand-ins on PATH: what is installed, what apt could install."""
    folder.mkdir(exist_ok=True)
    (folder / "dpkg-query").write_text(textwrap.dedent(f"""\
        #!/bin/sh
        for name in "$@"; do :; done
        case " {' '.join(sorted(installed))} " in *" $name "*) printf 'install ok installed' ;; *) exit 1 ;; esac
        """))
    (folder / "apt-cache").write_text(textwrap.dedent(f"""\
        #!/bin/sh
        case " {' '.join(sorted(known))} " in
          *" $2 "*) printf '%s:\\n  Installed: (none)\\n  Candidate: 1.0\\n' "$2" ;;
          *) printf '%s:\\n  Installed: (none)\\n  Candidate: (none)\\n' "$2" ;;
        esac
        """))
    for tool in ("apt-get", "sudo"):
        (folder / tool).write_text(f'#!/bin/sh\necho "{tool} $*" >> "{folder}/calls"\n')
    for tool in folder.iterdir():
        tool.chmod(0o755)
    return {**os.environ, "PATH": f"{folder}:{os.environ['PATH']}"}


def run_functions(script: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", "-c", f"source {RUN}; {script}"], env=env, capture_output=True, text=True,
                          timeout=60)


def test_run_script_is_valid_bash() -> None:
    subprocess.run(["bash", "-n", str(RUN)], check=True)


def test_a_renamed_package_is_found_under_the_name_apt_knows(tmp_path: Path) -> None:
    env = fake_tools(tmp_path / "bin", installed=set(), known={"libglib2.0-0t64"})  # Debian 13, Ubuntu 24.04
    result = run_functions('pick_package "libglib2.0-0t64|libglib2.0-0"; echo "picked=$PICKED"', env)
    assert "picked=libglib2.0-0t64" in result.stdout
    env = fake_tools(tmp_path / "bin12", installed=set(), known={"libglib2.0-0"})  # Debian 12
    result = run_functions('pick_package "libglib2.0-0t64|libglib2.0-0"; echo "picked=$PICKED"', env)
    assert "picked=libglib2.0-0" in result.stdout


def test_nothing_is_installed_when_nothing_is_missing(tmp_path: Path) -> None:
    env = fake_tools(tmp_path / "bin", installed={"libglib2.0-0t64", "libgl1"}, known=set())
    result = run_functions('apt_install "testing" "libglib2.0-0|libglib2.0-0t64" libgl1; echo done', env)
    assert result.stdout.strip() == "done" and result.stderr == ""
    assert not (tmp_path / "bin" / "calls").exists()  # neither apt-get update nor install, no sudo


def test_what_is_installed_is_said_with_the_reason(tmp_path: Path) -> None:
    env = fake_tools(tmp_path / "bin", installed={"libgl1"}, known={"libegl1"})
    result = run_functions('apt_install "Qt needs them" libgl1 libegl1', env)
    assert "installing libegl1 (Qt needs them)" in result.stderr
    calls = (tmp_path / "bin" / "calls").read_text()
    assert "install" in calls and "libegl1" in calls and "libgl1 " not in calls


def test_the_demo_without_a_display_explains_and_installs_nothing(tmp_path: Path) -> None:
    env = fake_tools(tmp_path / "bin", installed=set(), known=set())
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    result = subprocess.run(["bash", str(RUN), "demo"], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "no graphical desktop" in result.stderr and "desktop session" in result.stderr
    assert not (tmp_path / "bin" / "calls").exists()


def test_ubuntus_snap_chromium_is_not_installed_and_ci_refuses_to_skip(tmp_path: Path) -> None:
    if Path("/usr/bin/chromium").exists():
        pytest.skip("a real Chromium is installed here: need_chromium returns at once")
    folder = tmp_path / "bin"
    env = fake_tools(folder, installed=set(), known=set())
    (folder / "apt-cache").write_text("#!/bin/sh\nprintf 'chromium:\\n  Candidate: 2:1snap1-0ubuntu2\\n'\n")
    result = run_functions('need_chromium; echo "returned $?"', {**env, "CI": ""})
    assert "snap" in result.stderr and "returned 0" in result.stdout
    calls = (folder / "calls").read_text() if (folder / "calls").exists() else ""
    assert "apt-get install" not in calls
    result = run_functions("need_chromium", {**env, "CI": "true"})
    assert result.returncode != 0 and "refusing to skip" in result.stderr


# ------------------------------------------------------------------ display and fonts
def test_a_missing_display_is_explained() -> None:
    from pe_desktop.display import NO_DISPLAY, missing_display

    assert missing_display({}, "linux") == NO_DISPLAY
    assert missing_display({"QT_QPA_PLATFORM": "xcb"}, "linux") == NO_DISPLAY
    assert missing_display({"DISPLAY": ":0"}, "linux") is None
    assert missing_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert missing_display({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert missing_display({}, "win32") is None and missing_display({}, "darwin") is None


def test_the_app_without_a_display_says_so_instead_of_aborting(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "pe_desktop", "demo", "--archive", str(tmp_path / "a.sqlite")],
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "no graphical desktop" in result.stderr
    assert "xcb" not in result.stderr and "Aborted" not in result.stderr


def test_bundled_fonts_are_known_to_qt(qapp) -> None:
    from PySide6.QtGui import QFont, QFontDatabase

    from pe_desktop.fonts_qt import FALLBACK_FAMILY, register_bundled_fonts

    families = register_bundled_fonts()
    assert FALLBACK_FAMILY in families
    assert FALLBACK_FAMILY in QFontDatabase.families()
    assert FALLBACK_FAMILY.lower() in [f.lower() for f in QFont.substitutes("Sans Serif")]


FONTLESS = """
import sys
from PySide6.QtGui import QFontInfo
from pe_desktop.display import new_application
app = new_application(sys.argv[:1]) if sys.argv[1] == "app" else __import__("PySide6.QtWidgets").QtWidgets.QApplication([])
print(QFontInfo(app.font()).family())
"""


def test_a_system_without_fonts_still_draws_text(tmp_path: Path) -> None:
    config = tmp_path / "fonts.conf"  # fontconfig with no font folders at all
    config.write_text(f'<?xml version="1.0"?><fontconfig><cachedir>{tmp_path / "cache"}</cachedir></fontconfig>')
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen"}

    def family(how: str) -> str:
        result = subprocess.run([sys.executable, "-c", FONTLESS, how], env=env, capture_output=True, text=True,
                                timeout=60, cwd=REPO, check=True)
        return result.stdout.strip()

    assert family("plain") != "DejaVu Sans"  # Qt alone finds nothing: every character a box
    assert family("app") == "DejaVu Sans"


# ------------------------------------------------------------------ phone page
def test_phone_page_wraps_long_words_everywhere() -> None:
    css = re.sub(r"/\*.*?\*/", "", (REPO / "resources" / "phone" / "phone.css").read_text(encoding="utf-8"), flags=re.S)
    rule = next(r for r in re.findall(r"([^{}]+)\{([^}]*)\}", css) if "overflow-wrap" in r[1])
    selectors = {s.strip() for s in rule[0].split(",")}
    assert {"body", "button", "h1", "p"} <= selectors
    assert "overflow-wrap: anywhere" in rule[1]


# ------------------------------------------------------------------ installers
def test_spec_collects_the_package_its_data_and_metadata() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    assert 'collect_submodules("pe_desktop")' in spec
    assert '"pe_desktop/_forms"' in spec and '"pe_desktop/_resources"' in spec  # where paths.py looks
    assert 'copy_metadata("pe-desktop")' in spec
    for name in re.findall(r'REPO / "([^"]+)"', spec):
        assert (REPO / name).exists(), name
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert '"forms" = "pe_desktop/_forms"' in pyproject and '"resources" = "pe_desktop/_resources"' in pyproject


def test_spec_finds_every_command_module() -> None:
    hooks = pytest.importorskip("PyInstaller.utils.hooks", reason="the build group is not installed")
    found = set(hooks.collect_submodules("pe_desktop"))
    commands = {f"pe_desktop.commands.{p.stem}" for p in (REPO / "pe_desktop" / "commands").glob("[!_]*.py")}
    assert commands and commands <= found


def test_desktop_entry_metainfo_and_icons_agree() -> None:
    linux = REPO / "packaging" / "linux"
    desktop = (linux / "org.pe_desktop.PeDesktop.desktop").read_text(encoding="utf-8")
    assert "Exec=pe-desktop" in desktop and "Icon=pe-desktop\n" in desktop and "Type=Application" in desktop
    metainfo = (linux / "org.pe_desktop.PeDesktop.metainfo.xml").read_text(encoding="utf-8")
    assert "<id>org.pe_desktop.PeDesktop</id>" in metainfo and "org.pe_desktop.PeDesktop.desktop" in metainfo
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = (REPO / "packaging" / "icons" / f"pe-desktop-{size}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", png[16:24]) == (size, size)
    assert (REPO / "packaging" / "icons" / "pe-desktop.ico").read_bytes()[:4] == b"\0\0\1\0"
    assert (REPO / "packaging" / "icons" / "pe-desktop.icns").read_bytes()[:4] == b"icns"


def test_licences_ship_with_every_bundle() -> None:
    assert (REPO / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    notices = (REPO / "THIRD_PARTY_NOTICES.md").read_text(encoding="utf-8")
    for needed in ("LGPL-3.0", "https://download.qt.io/official_releases/qt/", "reportlab", "pyqtgraph",
                   "aiohttp", "segno", "sqlite-utils", "numpy", "DejaVu"):
        assert needed in notices, needed
    spec = SPEC.read_text(encoding="utf-8")
    assert '"LICENSE"' in spec and '"THIRD_PARTY_NOTICES.md"' in spec


def xwd(pixels: list[tuple[int, int, int]], width: int) -> bytes:
    height = len(pixels) // width
    header = [100, 7, 2, 24, width, height, 0, 0, 32, 0, 32, 32, width * 4, 4, 0xFF0000, 0xFF00, 0xFF, 8, 256, 0,
              width, height, 0, 0, 0]
    body = b"".join(bytes((b, g, r, 0)) for r, g, b in pixels)
    return struct.pack(">25I", *header) + body


def test_the_screenshot_check_tells_a_blank_screen_from_a_painted_window(tmp_path: Path) -> None:
    sys.path.insert(0, str(REPO / "packaging"))
    try:
        import xwd_check
    finally:
        sys.path.remove(str(REPO / "packaging"))
    blank = [(0, 0, 0)] * 4000
    width, height, pixels = xwd_check.read_xwd(xwd(blank, 80))
    assert (width, height) == (80, 50) and not xwd_check.verdict(pixels)[0]
    window = [(240, 240, 240)] * 3000 + [(i % 200, 30, 30) for i in range(1000)]
    _, _, pixels = xwd_check.read_xwd(xwd(window, 80))
    ok, message = xwd_check.verdict(pixels)
    assert ok, message
