"""A record's history in the GUI (issue 12): every version of a session, note, action and rating, oldest first.

Real archives on disk, a real merge of another laptop's archive, the real
"History…" context-menu actions of the main window's browser, the console's
notes and actions and the paper grid.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QTreeWidget, QWidget

from pe_desktop.session import ops
from pe_desktop.store import Archive
from pe_desktop.store.io.session_file import export_session_file
from pe_desktop.store.merge import merge_archive
from pe_desktop.ui.ballots.paper_grid import PaperGrid
from pe_desktop.ui.console.actions import ActionsPanel
from pe_desktop.ui.console.edits import SessionEdits
from pe_desktop.ui.console.notes import NotesPanel
from pe_desktop.ui.dialogs.record_history import RecordHistoryDialog

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise")


def open_history(qtbot, widget: QWidget) -> list[list[str]]:
    """Trigger the widget's real "History…" context-menu action; the dialog's rows as shown, then close it."""
    action = next(a for a in widget.actions() if a.objectName() == "historyAction")
    assert isinstance(action, QAction) and action.text() == "&History…"
    action.trigger()
    dialog = widget.window().findChild(RecordHistoryDialog, "recordHistoryDialog")
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=3000)
    tree = dialog.findChild(QTreeWidget, "historyVersions")
    rows = [[tree.topLevelItem(r).text(c) for c in range(tree.columnCount())] for r in range(tree.topLevelItemCount())]
    rows.insert(0, [dialog.findChild(QLabel, "historyHeading").text()])
    dialog.close()
    return rows


def test_session_history_lists_every_version_including_the_merged_laptops(qtbot, archive, session_id, tmp_path):
    from pe_desktop.ui.main.window import MainWindow
    from pe_desktop.ui.settings import open_settings

    # another laptop gets the session, retitles it and sends its archive back
    sent = export_session_file(archive, session_id, tmp_path / "to_b.pesession")
    with Archive.open(tmp_path / "b.sqlite") as other:
        merge_archive(other, sent)
        ops.edit_session(other, session_id, {"title": "Spring <b>walk</b> (B)"})
    ops.edit_session(archive, session_id, {"title": "Spring walk"})
    ops.edit_session(archive, session_id, {"title": "Spring walk & talk", "location": "Library"})
    merge_archive(archive, tmp_path / "b.sqlite")

    window = MainWindow(archive, open_settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.browser.select_id(session_id)
    heading, *rows = open_history(qtbot, window.browser.tree)
    assert archive.session(session_id).title == "Spring walk & talk"
    window.close()  # (closes the archive too)

    assert heading[0].startswith("Session: Spring walk & talk\nVersions: 4,")
    assert [row[0] for row in rows] == ["1", "2", "3", "4"]
    assert rows[0][2] == "Created" and "Title: Test session" in rows[0][3].splitlines()
    assert rows[1][2].startswith("Changed") and rows[1][3] == "Title: Test session → Spring <b>walk</b> (B)"
    # A's first edit was made from version 1 while B made version 2: both kept, in time order
    assert rows[2][2] == "Changed\nmade from version 1 at the same time as another edit (two laptops)"
    assert rows[2][3] == "Title: Test session → Spring walk"
    assert rows[3][3].splitlines() == ["Title: Spring walk → Spring walk & talk", "Place: (empty) → Library"]
    assert [row[1] for row in rows] == sorted(row[1] for row in rows)  # oldest first


def test_note_and_action_history_from_the_console_panels(qtbot, controller, archive, session_id):
    note = ops.add_note(archive, session_id, "Rent is <i>too</i> high", "quote").result
    ops.update_note(archive, note, text="Rent is far too high")
    ops.update_note(archive, note, kind="dissent")
    action = ops.add_action(archive, session_id, "Ask the council", owner="Ana", item_key="bilateral").result
    ops.update_action(archive, action, status="done")
    edits = SessionEdits(controller)

    notes = NotesPanel(controller, edits)
    qtbot.addWidget(notes)
    notes.show_all.setChecked(True)
    notes.list.setCurrentRow(0)
    heading, *rows = open_history(qtbot, notes.list)
    assert heading[0].startswith("Note: Rent is far too high")
    assert [row[2] for row in rows] == ["Created", "Changed", "Changed"]
    assert rows[0][3].splitlines()[:2] == ["Kind: Quote", "Text: Rent is <i>too</i> high"]
    assert rows[1][3] == "Text: Rent is <i>too</i> high → Rent is far too high"
    assert rows[2][3] == "Kind: Quote → Dissent"

    actions = ActionsPanel(controller, edits)
    qtbot.addWidget(actions)
    actions.table.selectRow(0)
    heading, *rows = open_history(qtbot, actions.table)
    assert heading[0].startswith("Action item: Ask the council")
    assert {"Owner: Ana", "Item: Bilateral", "Status: Open"} <= set(rows[0][3].splitlines())
    assert rows[1][3] == "Status: Open → Done"


def test_rating_history_from_the_paper_grid_names_where_each_came_from(qtbot, controller, archive, session_id):
    group = archive.groups(session_id)[0].id
    person = archive.add_participant(session_id, group, "paper")
    ops.set_rating(archive, session_id, person.id, "continual", 3, source="paper")
    ops.set_rating(archive, session_id, person.id, "continual", None, source="laptop")
    ops.set_rating(archive, session_id, person.id, "continual", 4, source="paper")
    grid = PaperGrid(controller, SessionEdits(controller))
    qtbot.addWidget(grid)
    grid.show()
    grid.view.setCurrentIndex(grid.model.index(0, 0))
    heading, *rows = open_history(qtbot, grid.view)
    assert heading[0].startswith(f"Rating: {person.code} · Continual · round 1")
    assert [(row[2], row[3]) for row in rows] == [
        ("Created · from Paper", "Rating: 3"),
        ("Changed · from Laptop", "Rating: 3 → not sure"),
        ("Changed · from Paper", "Rating: not sure → 4"),
    ]


def test_the_dialog_speaks_spanish(qtbot, spanish, archive, session_id):
    from pe_desktop.session.views.history import session_history

    ops.edit_session(archive, session_id, {"title": "Paseo de primavera", "stage": "advise"})
    dialog = RecordHistoryDialog(session_history(archive, session_id))
    qtbot.addWidget(dialog)
    tree = dialog.findChild(QTreeWidget, "historyVersions")
    header = tree.headerItem()
    assert [header.text(c) for c in range(4)] == ["Versión", "Cuándo", "Qué pasó", "Qué cambió"]
    assert dialog.windowTitle() == "Historial"
    last = tree.topLevelItem(tree.topLevelItemCount() - 1)
    assert last.text(2) == "Cambiada"
    assert "Título: Test session → Paseo de primavera" in last.text(3).splitlines()
    assert "Etapa: (vacío) → Asesorar" in last.text(3).splitlines()
