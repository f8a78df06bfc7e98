"""File ▸ Import ratings… (preview first), Session ▸ Partnerships…, Session ▸ Settle conflicts… (issue 12)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pe_desktop.core.instruments import find_instrument
from pe_desktop.store import Archive
from pe_desktop.store.merge import merge_archive
from pe_desktop.ui.dialogs.edit_conflicts import ConflictsDialog
from pe_desktop.ui.dialogs.merge import MergeReportDialog
from pe_desktop.ui.main import records_tools

PE = find_instrument("partnership-equity")


def _ratings_count(archive) -> int:
    return archive.query("SELECT count(*) AS n FROM ratings")[0]["n"]


def test_import_ratings_shows_how_the_file_was_understood_then_imports(window, qtbot, archive, demo_ids, tmp_path):
    sid = demo_ids["ready"]
    group = archive.groups(sid)[0]["name"]
    path = tmp_path / "forms.csv"
    path.write_bytes(f"Marca temporal;Grupo;Continua;Bilateral\r\n2026/11/01 10:00;{group};4;no sé\r\n".encode("cp1252"))
    assert window.act_import_ratings in window.menus["file"].actions()
    before = _ratings_count(archive)
    dialog = records_tools.import_ratings_path(window, path, sid)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.summary.textFormat() == Qt.TextFormat.PlainText
    assert "2 ratings of 1 participants" in dialog.summary.text()
    understood = [dialog.columns.item(r, 1).text() for r in range(dialog.columns.rowCount())]
    assert understood == ["ignored", "group", "ratings of “Continual”", "ratings of “Bilateral”"]
    assert dialog.preview.item(0, 1).text() == group
    assert _ratings_count(archive) == before  # nothing written before Import
    dialog.import_button.click()
    assert dialog.imported == 2 and _ratings_count(archive) == before + 2


def test_a_file_that_cannot_be_imported_says_why_and_import_stays_off(window, qtbot, archive, demo_ids, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("participant,group,item,value\nA1,Nobody,continual,4\n", encoding="utf-8")
    before = _ratings_count(archive)
    dialog = records_tools.import_ratings_path(window, path, demo_ids["ready"])
    assert "bad.csv: line 2: field 'group': 'Nobody'" in dialog.summary.text()
    assert not dialog.import_button.isEnabled() and _ratings_count(archive) == before


def test_partnerships_dialog_renames_combines_and_undoes(window, qtbot, archive, demo_ids):
    other = archive.create_partnership("Eastside Health Partnership")  # a namesake, as a merge brings them
    archive.create_session(PE, "Their session", other)
    dialog = records_tools.show_partnerships(window)
    assert dialog.list.count() == 2 and window.act_partnerships in window.menus["session"].actions()
    dialog.list.setCurrentRow([dialog.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(2)].index(other))
    dialog.combine_button.click()
    assert dialog.list.count() == 1 and "Undo" in dialog.message.text()
    dialog.name.setText("Eastside Health Co-op")
    dialog.rename_button.click()
    assert [p["name"] for p in archive.partnerships()] == ["Eastside Health Co-op"]
    dialog.undo_button.click()
    assert dialog.list.count() == 2


def test_texts_edited_on_two_laptops_are_settled_in_the_dialog(window, qtbot, archive, demo_ids, tmp_path):
    note = archive.notes(demo_ids["closed"])[0]["id"]
    laptop = tmp_path / "laptop.sqlite"
    window_path = archive.path
    with Archive.open(laptop) as other:
        merge_archive(other, window_path)
        other.update_note(note, text="Their wording")
    archive.update_note(note, text="Our wording")
    report = merge_archive(archive, laptop)
    merged = MergeReportDialog(report, window)
    qtbot.addWidget(merged)
    assert merged.settle_button.isVisibleTo(merged) and not merged.combine_button.isVisibleTo(merged)
    with qtbot.waitSignal(merged.settleRequested):
        merged.settle_button.click()
    dialog = records_tools.show_conflicts(window)
    assert isinstance(dialog, ConflictsDialog) and dialog.records.count() == 1
    texts = [dialog.versions.item(r).text() for r in range(dialog.versions.count())]
    assert any("Their wording" in t for t in texts) and any("Our wording" in t for t in texts)
    dialog.versions.setCurrentRow(next(r for r, t in enumerate(texts) if "Their wording" in t))
    dialog.keep.click()
    assert archive.note(note)["text"] == "Their wording" and dialog.records.count() == 0
