"""File ▸ Merge archive…, File ▸ Restore from backup… and File ▸ Export session file…, driven as a person would."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from helpers import titles
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from pe_desktop.core.instruments import find_instrument
from pe_desktop.store import Archive
from pe_desktop.store.restore import backup_catalog
from pe_desktop.ui.main.window import MainWindow
from pe_desktop.ui.dialogs.merge import MergeReportDialog
from pe_desktop.ui.dialogs.restore import RestoreDialog
from pe_desktop.ui.settings import open_settings

COUNTED = ("partnerships", "sessions", "participants", "ratings", "notes", "actions", "merge_conflicts")


@pytest.fixture
def other(tmp_path) -> Path:
    """Another facilitator's archive: one rated session of another partnership, closed cleanly."""
    path = tmp_path / "laptop.sqlite"
    with Archive.open(path) as arch:
        instrument = find_instrument("partnership-equity")
        pid = arch.create_partnership("Northside Tenants")
        sid = arch.create_session(instrument, "Tenants meeting", pid, held_on="2026-04-04",
                                  groups=[("Tenants", "community")])
        group = arch.groups(sid)[0]["id"]
        people = [arch.add_participant(sid, group, "paper")["id"] for _ in range(5)]
        arch.record_ratings(sid, 1, [(p, k, 2 + i % 3) for i, p in enumerate(people) for k in instrument.item_keys],
                            "paper")
        arch.add_note(sid, "The landlord was not at the table", "dissent")
    return path


def counts(archive) -> dict[str, int]:
    return {table: archive.query(f"SELECT count(*) AS n FROM {table}")[0]["n"] for table in COUNTED}


def visible(qtbot, parent, kind, test=lambda w: True):
    found: list = []

    def shown() -> bool:
        found[:] = [w for w in parent.findChildren(kind) if w.isVisible() and test(w)]
        return bool(found)

    qtbot.waitUntil(shown, timeout=30_000)
    return found[0]


def click(qtbot, box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())


def merge_through_the_menu(qtbot, window: MainWindow, path: Path) -> MergeReportDialog:
    window.act_merge.trigger()
    chooser = visible(qtbot, window, QFileDialog)
    chooser.selectFile(str(path))
    chooser.accept()
    box = visible(qtbot, window, QMessageBox, lambda b: path.name in b.text())
    click(qtbot, box, "Merge")
    report = visible(qtbot, window, MergeReportDialog)
    qtbot.waitUntil(lambda: window.export_jobs == [])
    return report


# ------------------------------------------------------------------ merge
def test_merge_through_the_menu_brings_the_session_in_and_twice_is_once(window, qtbot, archive, other):
    before = counts(archive)
    report = merge_through_the_menu(qtbot, window, other)
    assert "1 session added" in report.headline.text()
    assert "Tenants meeting (2026-04-04)" in report.sessions.text()
    rows = {row[0]: row[1:] for row in report.rows()}
    assert rows["Sessions"] == ["1", "0", "0"]
    assert rows["Ratings"] == ["30", "0", "0"]
    assert rows["Notes"] == ["1", "0", "0"]
    assert "backed up before the merge" in report.details.text()
    report.close()
    assert "Tenants meeting" in titles(window)
    assert window.details.heading.text() == "Tenants meeting"  # the new session is selected
    once = counts(archive)
    assert once["sessions"] == before["sessions"] + 1 and once["ratings"] == before["ratings"] + 30

    again = merge_through_the_menu(qtbot, window, other)
    assert "Nothing new" in again.headline.text()
    assert {row[0]: row[1] for row in again.rows()}["Sessions"] == "0"
    again.close()
    assert counts(archive) == once


def test_progress_shows_while_the_merge_waits_and_cancel_changes_nothing(window, qtbot, archive, archive_path, other):
    before = counts(archive)
    # another program holds the archive's write lock: the merge has to wait, with its progress dialog up
    blocker = sqlite3.connect(archive_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        job = window.merge_archive_path(other)
        qtbot.waitUntil(lambda: job.dialog.isVisible(), timeout=10_000)
        assert "laptop.sqlite" in job.dialog.labelText()
        cancel = next(b for b in job.dialog.findChildren(QPushButton) if b.isVisible())
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    qtbot.waitUntil(lambda: window.export_jobs == [], timeout=30_000)
    assert "cancelled" in window.statusBar().currentMessage()
    assert counts(archive) == before
    assert "Tenants meeting" not in titles(window)


def test_progress_then_report_when_the_archive_is_free_again(window, qtbot, archive, archive_path, other):
    blocker = sqlite3.connect(archive_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        job = window.merge_archive_path(other)
        qtbot.waitUntil(lambda: job.dialog.isVisible(), timeout=10_000)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    report = visible(qtbot, window, MergeReportDialog)
    assert job.dialog is None  # closed before the report opened
    assert "1 session added" in report.headline.text()


def test_a_refused_file_shows_the_stores_reason(window, qtbot, archive, tmp_path):
    before = counts(archive)
    junk = tmp_path / "notes.sqlite"
    junk.write_text("these are my meeting notes, not an archive\n" * 20)
    window.confirm_merge(junk)
    box = visible(qtbot, window, QMessageBox, lambda b: "Merge" in b.text())
    click(qtbot, box, "Merge")
    problem = visible(qtbot, window, QMessageBox, lambda b: b.text() == "Nothing was merged.")
    assert "notes.sqlite" in problem.informativeText()
    problem.close()
    assert counts(archive) == before


def test_edits_on_both_laptops_are_offered_to_settle_in_plain_text(window, qtbot, archive, tmp_path, demo_ids):
    copy = tmp_path / "copy.sqlite"
    window.export_session_file_to(copy, demo_ids["closed"])
    saved = visible(qtbot, window, QMessageBox, lambda b: b.text().startswith("Saved"))
    click(qtbot, saved, "Close")
    note = archive.notes(demo_ids["closed"])[0]
    archive.update_note(note["id"], text="our version of the note")
    with Archive.open(copy) as theirs:  # edited later on the other laptop: the latest version
        theirs.update_note(note["id"], text="<b>their</b> version of the note")
    report = merge_through_the_menu(qtbot, window, copy)
    assert "Nothing new" not in report.headline.text()
    assert report.edits_note.isVisible() and report.settle_button.isVisible()
    assert report.edits_note.textFormat() == Qt.TextFormat.PlainText
    assert not report.conflicts.isVisible()  # nothing set aside: both versions are in the log
    assert archive.note(note["id"])["text"] == "<b>their</b> version of the note"
    report.close()


# --------------------------------------------------------- session file
def test_export_session_file_writes_a_standalone_archive(window, qtbot, archive, tmp_path, demo_ids):
    target = tmp_path / "out" / "spring.sqlite"
    target.parent.mkdir()
    window.select_id(demo_ids["closed"])
    assert window.act_export_session_file.isEnabled()
    window.export_session_file_to(target)
    saved = visible(qtbot, window, QMessageBox, lambda b: b.text().startswith("Saved"))
    assert str(target) in saved.text()
    click(qtbot, saved, "Close")
    assert not Path(str(target) + "-wal").exists()
    with Archive.open(target) as exported:
        assert [s["title"] for s in exported.sessions()] == ["Spring check-in"]
        assert len(exported.notes(demo_ids["closed"])) == len(archive.notes(demo_ids["closed"]))
    # merging it back into the archive it came from changes nothing
    before = counts(archive)
    report = merge_through_the_menu(qtbot, window, target)
    assert "Nothing new" in report.headline.text()
    assert counts(archive) == before


# ---------------------------------------------------------------- restore
def test_restore_lists_backups_and_brings_back_the_old_state(window, qtbot, archive, archive_path, demo_ids,
                                                             pe_instrument):
    archive.backup("manual")  # both demo sessions
    later = archive.create_session(pe_instrument, "Added after the backup", demo_ids["partnership"],
                                   held_on="2099-01-01")
    window.refresh()
    assert "Added after the backup" in titles(window)
    console = window.open_console(later)
    qtbot.waitExposed(console)

    window.act_restore.trigger()
    dialog = visible(qtbot, window, RestoreDialog)
    rows = dialog.rows()
    assert [row[1:3] for row in rows] == [["Made by hand", "2"], ["A session closed", "1"]]
    assert all(row[3] and row[4] == "" for row in rows)  # a size, no problem
    assert "3 sessions now" in dialog.intro.text()
    assert dialog.table.currentRow() == 0 and dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    box = visible(qtbot, dialog, QMessageBox)
    assert "open session consoles are closed first" in box.informativeText()
    click(qtbot, box, "Restore")

    info = visible(qtbot, window, QMessageBox, lambda b: b.text() == "The backup was restored.")
    info.close()
    assert window.archive is not None and window.archive is not archive
    assert titles(window) == ["Autumn check-in", "Spring check-in"]
    assert window.consoles == {}
    reasons = [entry.reason for entry in backup_catalog(archive_path)]
    assert "before-restore" in reasons  # the state just left can itself be restored
    with Archive.open(archive_path) as reread:
        assert sorted(s["title"] for s in reread.sessions()) == ["Autumn check-in", "Spring check-in"]


def test_an_unreadable_backup_is_marked_and_cannot_be_restored(window, qtbot, archive, archive_path):
    folder = archive_path.with_name(archive_path.name + ".backups")
    damaged = folder / "archive-20260101T000000000000Z-manual.sqlite"
    damaged.write_bytes(b"not a database at all" * 100)
    dialog = window.show_restore_dialog()
    qtbot.waitExposed(dialog)
    row = next(r for r, entry in enumerate(dialog.entries) if entry.path == damaged)
    assert dialog.rows()[row][2] == "—" and dialog.rows()[row][4]
    dialog.select(damaged)
    assert not dialog.restore_button.isEnabled()
    dialog.select(dialog.entries[0].path)
    assert dialog.restore_button.isEnabled()
    dialog.reject()


def test_no_backups_yet_is_explained(qtbot, tmp_path):
    with Archive.open(tmp_path / "fresh.sqlite") as fresh:
        win = MainWindow(fresh, open_settings())
        qtbot.addWidget(win)
        dialog = win.show_restore_dialog()
        assert dialog.entries == [] and "no backups yet" in dialog.intro.text()
        assert not dialog.restore_button.isVisible()
        dialog.reject()
        win.close()


def test_every_control_of_the_new_windows_has_an_accessible_name(window, qtbot, other, demo_ids):
    from helpers import unnamed_controls

    report = merge_through_the_menu(qtbot, window, other)
    assert unnamed_controls(report) == []
    report.close()
    archive_backups = window.show_restore_dialog()
    assert unnamed_controls(archive_backups) == []
    archive_backups.reject()
    review = window.review_earlier_actions(demo_ids["ready"])
    assert unnamed_controls(review) == []
    review.reject()
    trend = window.show_trends(demo_ids["partnership"])
    assert unnamed_controls(trend) == []
    window.search.setText("budget")
    qtbot.waitUntil(lambda: window.search_results.list.topLevelItemCount() > 0)
    assert unnamed_controls(window) == []
