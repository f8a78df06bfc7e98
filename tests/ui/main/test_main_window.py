"""The main window driven as a facilitator would: browse, create, edit, delete, undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton

from helpers import click_button, group_row, message_box, run_sql, titles, unnamed_controls, visible_sessions
from pe_desktop.store import Archive
from pe_desktop.ui.main.browser_model import ID_ROLE
from pe_desktop.ui.main.window import MainWindow
from pe_desktop.ui.settings import open_settings

# The offscreen platform plugin warns about size hints and raise(); real platforms do not.




# ------------------------------------------------------------------ browse
def test_browser_lists_demo_sessions_with_details(window, demo_ids, archive):
    assert titles(window) == ["Autumn check-in", "Spring check-in"]
    model = window.browser.model
    partnership = model.item(0, 0)
    assert partnership.text() == "Eastside Health Partnership"
    closed_row = next(r for r in range(partnership.rowCount()) if partnership.child(r, 0).text() == "Spring check-in")
    assert partnership.child(closed_row, 2).text() == "Closed"
    assert partnership.child(closed_row, 3).text() == f"{len(archive.participants(demo_ids['closed']))} people"
    window.browser.select_id(demo_ids["closed"])
    assert window.details.heading.text() == "Spring check-in"
    assert window.details.values["location"].text() == "Eastside Library, Room B"
    assert "Funders (Institution)" in window.details.values["groups"].text()
    assert window.details.values["actions"].text() == "2 open of 3"


def test_filter_box_filters_sessions_by_title(window, qtbot):
    qtbot.keyClicks(window.browser.search, "SPRING")
    assert titles(window) == ["Spring check-in"]
    assert window.browser.selected_session_id() is not None
    window.browser.search.clear()
    qtbot.keyClicks(window.browser.search, "no such title")
    assert titles(window) == []
    assert window.browser.proxy.rowCount() == 0  # the partnership hides with its sessions
    qtbot.keyClick(window.browser.search, Qt.Key.Key_Escape)
    assert window.browser.search.text() == ""
    assert titles(window) == ["Autumn check-in", "Spring check-in"]


def test_participant_text_is_shown_as_plain_text(qtbot, archive, pe_instrument):
    pid = archive.create_partnership("<b>Bold</b> & co")
    archive.create_session(pe_instrument, "<i>not italic</i>", pid, location="<script>x</script>")
    win = MainWindow(archive, open_settings())
    qtbot.addWidget(win)
    assert titles(win) == ["<i>not italic</i>"]
    assert win.details.heading.textFormat() == Qt.TextFormat.PlainText
    assert win.details.values["location"].textFormat() == Qt.TextFormat.PlainText
    assert win.details.values["location"].text() == "<script>x</script>"


# ---------------------------------------------------------- new session
def fill_new_session(qtbot, dialog) -> None:
    dialog.title.clear()
    qtbot.keyClicks(dialog.title, "Winter check-in")
    dialog.partnership.lineEdit().clear()
    qtbot.keyClicks(dialog.partnership.lineEdit(), "Northside Coalition")
    qtbot.keyClicks(dialog.location, "Community hall")
    qtbot.keyClicks(dialog.facilitator, "Sam Lee")
    dialog.stage.setCurrentIndex(dialog.stage.findData("activate"))
    dialog.min_group_size.setValue(4)
    dialog.rounds.setCurrentIndex(dialog.rounds.findData(2))
    qtbot.mouseClick(dialog.groups.add_button, Qt.MouseButton.LeftButton)
    edit, combo, _ = group_row(dialog.groups, len(dialog.groups.rows()) - 1)
    qtbot.keyClicks(edit, "Tenants")
    qtbot.mouseClick(dialog.groups.add_button, Qt.MouseButton.LeftButton)
    edit, combo, _ = group_row(dialog.groups, len(dialog.groups.rows()) - 1)
    qtbot.keyClicks(edit, "City agency")
    combo.setCurrentIndex(combo.findData("institution"))


def press_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_new_session_through_the_dialog_writes_the_archive(window, qtbot, archive_path):
    window.browser.select_id(visible_sessions(window)[0][0])
    dialog = window.sessions.new_session()
    qtbot.waitExposed(dialog)
    assert dialog.instrument.currentData() == "partnership-equity"
    fill_new_session(qtbot, dialog)
    # a new partnership name: the suggestion of the demo partnership's groups is gone
    assert [name for name, _, _ in dialog.groups.rows()] == ["Tenants", "City agency"]
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: "Winter check-in" in titles(window))

    with Archive.open(archive_path) as reread:
        row = next(s for s in reread.sessions() if s.title == "Winter check-in")
        session = reread.session(row.id)
        assert session.partnership == "Northside Coalition"
        assert session.location == "Community hall"
        assert session.facilitator == "Sam Lee"
        assert session.stage == "activate"
        assert session.min_group_size == 4
        assert session.rounds == 2
        assert session.instrument_key == "partnership-equity"
        assert session.status == "draft"
        assert [(g.name, g.position) for g in reread.groups(row.id)] == [
            ("Tenants", "community"), ("City agency", "institution")]
    assert window.browser.selected_session_id() == row.id

    window.menu.act_undo.trigger()
    assert "Winter check-in" not in titles(window)
    assert all(s.title != "Winter check-in" for s in window.archive.sessions())
    window.menu.act_redo.trigger()
    assert "Winter check-in" in titles(window)


def test_new_session_dialog_lists_every_problem_and_writes_nothing(window, qtbot, archive):
    before = len(archive.sessions())
    dialog = window.sessions.new_session()
    qtbot.waitExposed(dialog)
    dialog.partnership.lineEdit().clear()
    qtbot.keyClicks(dialog.partnership.lineEdit(), "Somewhere")
    for name in ("Residents", "residents"):
        qtbot.mouseClick(dialog.groups.add_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(group_row(dialog.groups, len(dialog.groups.rows()) - 1)[0], name)
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    text = dialog.problems_label.text()
    assert "title" in text and "used twice" in text
    assert len(archive.sessions()) == before
    dialog.reject()


# ------------------------------------------------------------------ edit
def test_edit_session_saves_and_undo_restores(window, qtbot, archive, demo_ids):
    sid = demo_ids["ready"]
    window.browser.select_id(sid)
    dialog = window.sessions.edit_session()
    qtbot.waitExposed(dialog)
    assert not dialog.instrument.isEnabled() and not dialog.partnership.isEnabled()
    assert [locked for _, _, locked in dialog.groups.rows()] == [True] * 4
    dialog.title.clear()
    qtbot.keyClicks(dialog.title, "Autumn check-in (moved)")
    dialog.location.clear()
    qtbot.keyClicks(dialog.location, "Town hall")
    qtbot.mouseClick(dialog.groups.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(group_row(dialog.groups, 4)[0], "Youth")
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: "Autumn check-in (moved)" in titles(window))
    assert archive.session(sid).location == "Town hall"
    assert [g.name for g in archive.groups(sid)][-1] == "Youth"
    assert window.details.values["location"].text() == "Town hall"

    window.menu.act_undo.trigger()
    session = archive.session(sid)
    assert (session.title, session.location) == ("Autumn check-in", "Eastside Library, Room B")
    assert "Youth" not in [g.name for g in archive.groups(sid)]
    assert "Autumn check-in" in titles(window)

    window.menu.act_redo.trigger()
    assert archive.session(sid).title == "Autumn check-in (moved)"
    assert [g.name for g in archive.groups(sid)][-1] == "Youth"


# ---------------------------------------------------------------- delete
def test_delete_asks_is_undoable_and_kept_in_the_trash_on_close(window, qtbot, archive_path, demo_ids):
    sid = demo_ids["closed"]
    window.browser.select_id(sid)
    box = window.sessions.delete_session()
    assert box.defaultButton().text() == "Cancel"  # Enter never deletes
    click_button(qtbot, box, "Cancel")
    assert "Spring check-in" in titles(window)

    click_button(qtbot, window.sessions.delete_session(), "Delete")
    assert "Spring check-in" not in titles(window)
    assert window.menu.act_undo.isEnabled()
    window.menu.act_undo.trigger()
    assert "Spring check-in" in titles(window)
    assert window.archive.session(sid).deleted_at is None

    window.browser.select_id(sid)
    click_button(qtbot, window.sessions.delete_session(), "Delete")
    assert "Spring check-in" not in titles(window)
    # in the Trash, on disk, and still there after the window closes (only File ▸ Trash ▸ Empty purges)
    window.close()
    with Archive.open(archive_path) as reread:
        assert reread.query("SELECT count(*) AS n FROM sessions WHERE id = ?", [sid])[0]["n"] == 1
        assert reread.query("SELECT count(*) AS n FROM ratings WHERE session_id = ?", [sid])[0]["n"] > 0
        assert [s.title for s in reread.sessions()] == ["Autumn check-in"]


def test_delete_key_works_in_the_list_but_not_in_the_filter_box(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.browser.search.setFocus()
    qtbot.keyClicks(window.browser.search, "x")
    qtbot.keyClick(window.browser.search, Qt.Key.Key_Backspace)
    qtbot.keyClick(window.browser.search, Qt.Key.Key_Delete)
    assert not [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    window.browser.tree.setFocus()
    window.browser.select_id(visible_sessions(window)[0][0])
    qtbot.keyClick(window.browser.tree, Qt.Key.Key_Delete)
    click_button(qtbot, message_box(qtbot, window, "Delete the session"), "Cancel")


# ------------------------------------------------- archives: open, recent, drop
def test_recent_archives_are_kept_in_settings(window, qtbot, tmp_path, archive_path):
    other = tmp_path / "other.sqlite"
    assert window.new_archive_path(other)
    assert window.archive.path == other
    assert titles(window) == []
    assert "no sessions yet" in window.browser.empty_label.text()
    window.close()

    again = MainWindow(None, open_settings())
    qtbot.addWidget(again)
    again.menu.recent_menu.aboutToShow.emit()  # as when the facilitator opens File ▸ Open recent
    entries = [a.data() for a in again.menu.recent_menu.actions() if a.data()]
    assert entries == [str(other.resolve()), str(archive_path.resolve())]
    recent = next(a for a in again.menu.recent_menu.actions() if a.data() == str(archive_path.resolve()))
    recent.trigger()
    assert again.archive is not None and again.archive.path == archive_path
    assert titles(again) == ["Autumn check-in", "Spring check-in"]
    again.close()


def test_new_archive_never_overwrites_a_file(window, qtbot, tmp_path):
    existing = tmp_path / "taken.sqlite"
    existing.write_bytes(b"something")
    assert not window.new_archive_path(existing)
    message_box(qtbot, window, "already exists").close()
    assert existing.read_bytes() == b"something"


def test_window_layout_is_restored(qtbot, archive_path, demo_ids):
    # (the offscreen test screen is 800 x 600, so stay inside it)
    first = MainWindow(Archive.open(archive_path), open_settings())
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)
    first.menu.act_details.setChecked(False)
    qtbot.waitUntil(lambda: first.size().width() == 700)
    first.close()
    second = MainWindow(Archive.open(archive_path), open_settings())
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (700, 500)
    assert not second.menu.act_details.isChecked()
    assert not second.details.isVisible()
    second.close()


def drop_file(target, path: Path) -> None:
    """A real drag-and-drop of a file onto ``target``, as the window system delivers it."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    pos = QPoint(20, 20)
    enter = QDragEnterEvent(
        pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(pos), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, drop)
    assert drop.isAccepted()


def test_dropping_a_foreign_sqlite_file_is_refused_and_leaves_it_untouched(window, qtbot, tmp_path, archive_path):
    foreign = tmp_path / "contacts.sqlite"
    run_sql(foreign, "CREATE TABLE people (name TEXT)", "INSERT INTO people VALUES ('Ana')")
    before = foreign.read_bytes()
    drop_file(window, foreign)
    box = message_box(qtbot, window, "not a pe_desktop archive")
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.close()
    assert foreign.read_bytes() == before
    assert not Path(str(foreign) + "-wal").exists() and not Path(str(foreign) + "-journal").exists()
    assert window.archive.path == archive_path
    assert titles(window) == ["Autumn check-in", "Spring check-in"]


def test_dropping_a_newer_archive_is_refused(window, qtbot, tmp_path):
    newer = tmp_path / "newer.sqlite"
    Archive.open(newer).close()
    run_sql(newer, "PRAGMA user_version = 999")
    drop_file(window, newer)
    message_box(qtbot, window, "newer pe_desktop").close()


def test_dropping_an_archive_opens_it(window, qtbot, tmp_path, pe_instrument):
    other_path = tmp_path / "dropped.sqlite"
    with Archive.open(other_path) as other:
        pid = other.create_partnership("Dropped partnership")
        other.create_session(pe_instrument, "Dropped session", pid)
    drop_file(window.browser.tree.viewport(), other_path)
    qtbot.waitUntil(lambda: titles(window) == ["Dropped session"])
    assert window.windowFilePath() == str(other_path)


def test_text_files_are_not_accepted_as_drops(window, tmp_path):
    note = tmp_path / "notes.txt"
    note.write_text("hello")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(note))])
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


# ------------------------------------------------------------------ forms
FORM = """key = "{key}"
version = 1
title = "Our own form"
language = "en"
[scale]
min = 1
max = 4
labels = {{ 1 = "No", 4 = "Yes" }}
[[items]]
key = "trust"
title = "Trust"
question = "Do partners trust each other?"
"""


def test_import_form_copies_a_valid_form_and_offers_it(window, qtbot, tmp_path):
    from pe_desktop.core.instruments import user_forms_dir

    source = tmp_path / "mine.toml"
    source.write_text(FORM.format(key="our-form"), encoding="utf-8")
    assert window.sessions.import_form_path(source)
    message_box(qtbot, window, "was added").close()
    assert (user_forms_dir() / "our-form.toml").read_text(encoding="utf-8") == source.read_text(encoding="utf-8")
    dialog = window.sessions.new_session()
    assert dialog.instrument.findData("our-form") >= 0
    dialog.reject()


def test_import_form_shows_every_problem_and_copies_nothing(window, qtbot, tmp_path):
    from pe_desktop.core.instruments import user_forms_dir

    source = tmp_path / "broken.toml"
    text = FORM.format(key="Bad Key").replace('question = "Do partners trust each other?"\n', "") + "colour = 1\n"
    source.write_text(text, encoding="utf-8")
    assert not window.sessions.import_form_path(source)
    box = message_box(qtbot, window, "problems")
    assert "3 problems" in box.text()
    details = box.informativeText()
    assert "key" in details and "question" in details and "colour" in details
    box.close()
    assert not user_forms_dir().exists() or not list(user_forms_dir().iterdir())


# --------------------------------------------------------- help, keyboard
def test_help_and_about(window, qtbot):
    help_dialog = window.menu.show_help()
    assert "How to run a session" in help_dialog.browser.toPlainText()
    assert "minimum group size" in help_dialog.browser.toPlainText()
    help_dialog.close()
    about = window.menu.show_about()
    assert "Partnership Equity Framework" in about.informativeText()
    about.close()


def test_keyboard_moves_from_filter_to_list_and_enter_on_partnership_toggles(window, qtbot):
    window.browser.search.setFocus()
    qtbot.keyClick(window.browser.search, Qt.Key.Key_Down)
    assert window.browser.tree.hasFocus() or QApplication.focusWidget() is window.browser.tree
    window.browser.select_id(window.browser.model.item(0, 0).data(ID_ROLE))
    index = window.browser.tree.currentIndex()
    assert window.browser.tree.isExpanded(index)
    qtbot.keyClick(window.browser.tree, Qt.Key.Key_Return)
    assert not window.browser.tree.isExpanded(index)
    qtbot.keyClick(window.browser.tree, Qt.Key.Key_Return)
    assert window.browser.tree.isExpanded(index)


def test_standard_shortcuts_are_set(window):
    from PySide6.QtGui import QKeySequence

    assert QKeySequence(QKeySequence.StandardKey.New) in window.menu.act_new_session.shortcuts()
    assert QKeySequence(QKeySequence.StandardKey.Open) in window.menu.act_open_archive.shortcuts()
    assert QKeySequence("Ctrl+Q") in window.menu.act_quit.shortcuts()
    assert window.menu.act_undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert QKeySequence(QKeySequence.StandardKey.Find) in window.menu.act_find.shortcuts()
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["File", "Edit", "Session", "View", "Help"]


def test_every_control_has_an_accessible_name(window, qtbot):
    assert unnamed_controls(window) == []
    dialog = window.sessions.new_session()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.groups.add_button, Qt.MouseButton.LeftButton)
    assert unnamed_controls(dialog) == []
    dialog.reject()
    window.browser.select_id(visible_sessions(window)[0][0])
    edit = window.sessions.edit_session()
    assert unnamed_controls(edit) == []
    edit.reject()
    options = window.exports.export_options(ballots=True)
    assert unnamed_controls(options) == []
    options.reject()
    help_dialog = window.menu.show_help()
    assert unnamed_controls(help_dialog) == []
    help_dialog.close()


def test_window_without_archive_explains_and_disables_session_actions(qtbot):
    win = MainWindow(None, open_settings())
    qtbot.addWidget(win)
    assert win.archive is None
    assert not win.menu.act_new_session.isEnabled() and not win.menu.act_delete_session.isEnabled()
    assert win.menu.act_open_archive.isEnabled() and win.menu.act_new_archive.isEnabled()
    assert win.sessions.new_session() is None
    assert isinstance(win.details.new_button, QPushButton) and not win.details.new_button.isEnabled()


def test_tab_goes_from_the_filter_to_the_list_to_the_buttons(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.browser.search.setFocus()
    qtbot.keyClick(window.browser.search, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.browser.tree)
    qtbot.keyClick(window.browser.tree, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.details.open_button)


def test_no_key_is_bound_twice(window):
    from PySide6.QtGui import QAction

    seen: dict[str, str] = {}
    clashes = []
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            text = key.toString()
            if text in seen and seen[text] != action.text():
                clashes.append((text, seen[text], action.text()))
            seen[text] = action.text()
        assert len(action.shortcuts()) == len({k.toString() for k in action.shortcuts()}), action.text()
    assert clashes == []


def test_ctrl_n_opens_the_new_session_dialog(window, qtbot):
    from pe_desktop.ui.dialogs.session_dialog import SessionDialog

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.browser.tree.setFocus()
    qtbot.keyClick(window.browser.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(SessionDialog)))
    dialog = next(d for d in window.findChildren(SessionDialog) if d.isVisible())
    assert dialog.windowTitle() == "New session"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
