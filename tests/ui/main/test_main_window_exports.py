"""File menu exports (PDF summary, ballots, CSV) and opening a session console from the browser."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from helpers import visible_sessions
from pe_desktop.ui.widgets.jobs import ExportJob

# The offscreen platform plugin warns about size hints and raise(); real platforms do not.


def saved_box(qtbot, window) -> QMessageBox:
    boxes: list[QMessageBox] = []

    def shown() -> bool:
        boxes[:] = [b for b in window.findChildren(QMessageBox) if b.isVisible() and b.text().startswith("Saved")]
        return bool(boxes)

    qtbot.waitUntil(shown, timeout=60_000)
    return boxes[0]


def close_saved_box(qtbot, box: QMessageBox) -> None:
    # "Close", never "Open folder": a test must not launch the file manager
    close = next(b for b in box.buttons() if b.text() == "Close")
    assert any(b.text() == "Open folder" for b in box.buttons())
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)


def test_export_summary_pdf_in_the_background(window, qtbot, tmp_path, demo_ids):
    target = tmp_path / "out" / "summary.pdf"
    target.parent.mkdir()
    window.browser.select_id(demo_ids["closed"])
    window.exports.export_summary_pdf_to(target, language="es", page_size="Letter")
    # (the worker may finish before a test could connect to its signals: wait for what the person sees)
    box = saved_box(qtbot, window)
    assert str(target) in box.text()
    assert target.read_bytes().startswith(b"%PDF")
    close_saved_box(qtbot, box)
    assert window.jobs.jobs == []


def test_print_ballots_with_blanks(window, qtbot, tmp_path, demo_ids):
    target = tmp_path / "ballots.pdf"
    window.browser.select_id(demo_ids["ready"])
    window.exports.print_ballots_to(target, blanks=5)
    box = saved_box(qtbot, window)
    assert target.read_bytes().startswith(b"%PDF")
    close_saved_box(qtbot, box)


def test_ballots_with_nothing_to_print_report_the_reason(window, qtbot, tmp_path, demo_ids):
    target = tmp_path / "none.pdf"
    window.browser.select_id(demo_ids["ready"])  # no paper participants, and no blanks asked for
    job = window.exports.print_ballots_to(target, blanks=0)
    # The worker may fail (and emit) before anyone here could connect to its signals:
    # wait for the worker itself to end, then for what it emitted to reach the UI thread.
    assert job.wait(timeout=60)
    assert job.ended
    boxes: list[QMessageBox] = []

    def shown() -> bool:
        boxes[:] = [b for b in window.findChildren(QMessageBox) if b.isVisible() and "not written" in b.text()]
        return bool(boxes)

    qtbot.waitUntil(shown, timeout=60_000)  # queued before the worker ended: the next turns of the event loop
    assert window.jobs.jobs == []  # ended jobs are never left tracked, whenever they ended
    assert boxes[0].informativeText()  # the writer's reason
    boxes[0].close()
    assert not target.exists()


def test_a_job_that_ended_before_it_was_tracked_is_not_kept(window):
    """The race behind a once-flaky test: the worker failed before the window connected to it."""

    def work(progress):
        raise ValueError("nothing to print")

    job = ExportJob(work)
    job.start()
    assert job.wait(timeout=60) and job.ended
    window.jobs.track(job)
    assert window.jobs.jobs == []


def test_export_csv(window, qtbot, tmp_path, demo_ids, archive):
    target = tmp_path / "ratings.csv"
    window.browser.select_id(demo_ids["closed"])
    window.exports.export_csv_to(target)
    box = saved_box(qtbot, window)
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    expected = archive.query("SELECT count(*) AS n FROM ratings WHERE session_id = ?", [demo_ids["closed"]])[0]["n"]
    assert len(rows) == expected
    close_saved_box(qtbot, box)


def test_progress_and_result_reach_the_ui_thread(qtbot, tmp_path):
    target = tmp_path / "made.txt"
    steps: list[tuple[int, int]] = []

    def work(progress):
        for done in range(4):
            progress(done, 3)
        target.write_text("done")
        return target

    job = ExportJob(work)
    job.progressed.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(job.succeeded, timeout=10_000) as blocker:
        job.start()
    assert blocker.args == [target]
    qtbot.waitUntil(lambda: len(steps) == 4)
    assert steps == [(0, 3), (1, 3), (2, 3), (3, 3)]


def test_a_cancelled_export_writes_nothing(qtbot, tmp_path):
    target = tmp_path / "never.pdf"

    def work(progress):
        progress(0, 2)
        target.write_bytes(b"partial")
        return target

    job = ExportJob(work)
    job.cancel()
    with qtbot.waitSignal(job.cancelled, timeout=10_000):
        job.start()
    assert job.wait(10)
    assert not target.exists()


def test_export_options_remember_the_last_choice(window, qtbot, demo_ids):
    window.browser.select_id(demo_ids["ready"])
    dialog = window.exports.export_options(ballots=True)
    assert dialog.blanks.isVisible() and dialog.blanks.value() == 20  # nobody on paper yet
    dialog.page_size.setCurrentText("Letter")
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    assert dialog.values() == {"page_size": "Letter", "language": "es", "blanks": 20}
    dialog.accepted.disconnect()  # (the next step is the platform's file dialog, which a test cannot drive)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    again = window.exports.export_options(ballots=False)
    assert not again.blanks.isVisible()
    assert (again.page_size.currentText(), again.language.currentData()) == ("Letter", "es")
    assert again.language.currentText().startswith("Español")
    again.reject()


# ----------------------------------------------------------------- console
def test_open_console_from_the_browser(window, qtbot, demo_ids):
    sid = demo_ids["ready"]
    window.browser.select_id(sid)
    window.browser.tree.setFocus()
    qtbot.keyClick(window.browser.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sid in window.consoles)
    console = window.consoles.get(sid)
    qtbot.waitExposed(console)
    assert console.session_id == sid
    assert window.consoles.open(sid) is console  # a second open brings the same window forward
    box = window.sessions.delete_session(sid)
    assert "Close the console first" in box.text()
    box.close()
    console.close()
    qtbot.waitUntil(lambda: sid not in window.consoles)


def test_closing_the_main_window_closes_its_consoles(window, qtbot, demo_ids, archive_path):
    console = window.consoles.open(demo_ids["closed"])
    qtbot.waitExposed(console)
    window.close()
    qtbot.waitUntil(lambda: not window.consoles)
    assert window.archive is None


def test_editing_a_session_open_in_a_console_updates_the_console(window, qtbot, demo_ids, archive):
    sid = demo_ids["ready"]
    console = window.consoles.open(sid)
    qtbot.waitExposed(console)
    window.browser.select_id(sid)
    dialog = window.sessions.edit_session()
    dialog.title.setText("Autumn check-in, evening")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: console.controller.session.title == "Autumn check-in, evening")
    assert not window.undo_stack.canUndo()  # the console's Edit ▸ Undo owns it while it is open
    console.controller.undo_stack.undo()
    assert archive.session(sid).title == "Autumn check-in"
    assert console.controller.session.title == "Autumn check-in"
    console.close()
    qtbot.waitUntil(lambda: sid not in window.consoles)


def test_undoing_the_creation_of_a_session_closes_its_console(window, qtbot, archive):
    dialog = window.sessions.new_session()
    dialog.title.setText("Short-lived")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    sid = window.browser.selected_session_id()
    assert archive.session(sid).title == "Short-lived"
    window.consoles.open(sid)
    window.menu.act_undo.trigger()
    qtbot.waitUntil(lambda: sid not in window.consoles)
    assert "Short-lived" not in [title for _, title in visible_sessions(window)]
