"""Shared fixtures: headless Qt, settings/archives/forms kept in tmp_path, windows on them.

Qt and the app are imported inside the fixtures, so a test that needs none of
them (the store, the report, the server) never loads Qt. Plain helper
functions shared by several files are in helpers.py.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp/pe-desktop-test-runtime")
Path(os.environ["XDG_RUNTIME_DIR"]).mkdir(mode=0o700, exist_ok=True)



@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user's data folder, forms folder or settings."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("PE_DESKTOP_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("PE_DESKTOP_FORMS_DIR", str(home / "forms"))
    monkeypatch.setenv("PE_DESKTOP_SETTINGS_DIR", str(home / "settings"))
    monkeypatch.delenv("PE_DESKTOP_ARCHIVE", raising=False)


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    return tmp_path / "archive.sqlite"


@pytest.fixture
def archive(archive_path: Path):
    from pe_desktop.store import Archive

    arch = Archive.open(archive_path)
    yield arch
    arch.close()


@pytest.fixture
def pe_instrument():
    from pe_desktop.core.instruments import find_instrument

    return find_instrument("partnership-equity")


@pytest.fixture
def session_id(archive, pe_instrument) -> str:
    """A session with three groups: two community, one institution."""
    pid = archive.create_partnership("Test partnership")
    return archive.create_session(
        pe_instrument, "Test session", pid, held_on="2026-11-01",
        groups=[("Residents", "community"), ("Organizers", "community"), ("Funders", "institution")],
        min_group_size=3,
    )


@pytest.fixture
def controller(qtbot, archive, session_id):
    """A live SessionController on the three-group session, stopped afterwards."""
    from pe_desktop.ui.controller import SessionController

    ctl = SessionController(archive, session_id)
    yield ctl
    ctl.stop()


@pytest.fixture
def console(qtbot, archive, session_id):
    """The session console on the three-group session, shown; closed afterwards."""
    from pe_desktop.ui.console.window import SessionConsole

    window = SessionConsole(archive, session_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


@pytest.fixture
def demo_ids(archive) -> dict[str, str]:
    """The demo partnership written into the test archive (ids of the partnership and sessions)."""
    from pe_desktop.demo import create_demo

    return create_demo(archive)


@pytest.fixture
def window(qtbot, archive, demo_ids):
    """The main window on the demo archive, shown."""
    from pe_desktop.ui.main.window import MainWindow
    from pe_desktop.ui.settings import open_settings

    win = MainWindow(archive, open_settings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def spanish(monkeypatch):
    """The app as started with PE_DESKTOP_LANGUAGE=es; English (the system's) again afterwards."""
    from PySide6.QtCore import QLocale

    from pe_desktop.app import build_app, install_translators
    from pe_desktop.ui import language

    monkeypatch.setenv(language.LANGUAGE_ENV, "es")
    app = build_app()
    yield app
    monkeypatch.delenv(language.LANGUAGE_ENV)
    install_translators(app, QLocale.system())
