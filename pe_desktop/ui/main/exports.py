"""File ▸ Export summary PDF / Print ballots / Export CSV / session file, off the UI thread.

A PDF of a long session takes a moment; the window must keep painting (and a
console in another window keep taking votes) meanwhile. The export runs in a
worker thread that reads through the same Archive (its lock serialises the
reads); progress and the result come back as queued Qt signals. Cancelling
makes the progress callback raise, which the report writers document as the
way to stop: the file is written atomically, so nothing half-written stays.
:func:`start_job` is the same machinery for other long work (merging an
archive, restoring a backup) that needs its own ending.

The main window inherits :class:`ExportCommands`, so this module is loaded on
the way to its first paint: the dialogs, message boxes and ``Qt`` enums are
imported in the functions that use them, after it.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog, QWidget

    from pe_desktop.ui.dialogs.export_options import ExportOptionsDialog

Progress = Callable[[int, int], None]


class ExportCancelled(Exception):
    """Raised from the progress callback to stop a writer."""


class ExportJob(QObject):
    """One export in a worker thread. ``work(progress)`` writes and returns the path."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, work: Callable[[Progress], Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        #: set by the worker just before it emits succeeded, failed or cancelled
        self.ended = False
        #: the progress dialog when started by :func:`start_job`
        self.dialog: QProgressDialog | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="pe-desktop-export", daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Join the worker (used when the window closes during an export)."""
        if self._thread is None:
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise ExportCancelled()
        self.progressed.emit(done, total)

    def _run(self) -> None:
        try:
            result = self._work(self._progress)
        except ExportCancelled:
            signal, args = self.cancelled, ()
        except Exception as exc:  # shown to the person; the worker must not die silently
            signal, args = self.failed, (str(exc) or exc.__class__.__name__,)
        else:
            # exports return the file written; other jobs (a merge report, ...) pass their result as it is
            signal, args = self.succeeded, (Path(result) if isinstance(result, (str, os.PathLike)) else result,)
        self.ended = True  # before the signal: whoever connects after it was emitted can still tell
        signal.emit(*args)


def start_job(
    parent: QWidget, title: str, work: Callable[[Progress], object], on_success: Callable[[object], None],
    on_failure: Callable[[str], None] | None = None, on_cancel: Callable[[], None] | None = None,
    show_after_ms: int = 300, cancellable: bool = True, label: str = "",
) -> ExportJob:
    """Run ``work`` in a worker thread behind a window-modal progress dialog.

    The dialog follows ``progress(done, total)`` (busy until the first call),
    its Cancel makes the next progress call raise :class:`ExportCancelled`,
    and it closes before ``on_success(result)`` / ``on_failure(message)`` /
    ``on_cancel()`` run on the UI thread. ``job.dialog`` is the dialog while it is up.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QProgressDialog

    from pe_desktop.ui.widgets.messages import show_problem

    job = ExportJob(work, parent)
    dialog = QProgressDialog(label or title, parent.tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(show_after_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    # Qt starts its show timer at 4 s in the constructor and restarts it with the
    # minimum duration only on setValue(minimum): without this the dialog waits 4 s.
    dialog.setValue(0)
    if cancellable:
        dialog.canceled.connect(job.cancel)
    else:
        dialog.setCancelButton(None)
    job.dialog = dialog

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    def finish() -> None:
        if cancellable:
            dialog.canceled.disconnect(job.cancel)
        dialog.close()
        dialog.deleteLater()
        job.dialog = None

    def succeeded(result: object) -> None:
        finish()
        on_success(result)

    def failed(message: str) -> None:
        finish()
        if on_failure is not None:
            on_failure(message)
        else:
            show_problem(parent, title, message)

    def cancelled() -> None:
        finish()
        if on_cancel is not None:
            on_cancel()

    job.progressed.connect(progressed)
    job.succeeded.connect(succeeded)
    job.failed.connect(failed)
    job.cancelled.connect(cancelled)
    job.start()
    return job


def run_export(parent: QWidget, title: str, work: Callable[[Progress], Path]) -> ExportJob:
    """Start ``work`` with a progress dialog; when done, offer to open the folder."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    from pe_desktop.ui.widgets.messages import ask, show_problem

    def succeeded(path: Path) -> None:
        ask(
            parent, title, parent.tr("Saved %1").replace("%1", str(path)), parent.tr("Open folder"),
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))), no_text=parent.tr("Close"),
        )

    def failed(message: str) -> None:
        show_problem(parent, title, parent.tr("The file was not written."), message)

    return start_job(parent, title, work, succeeded, failed)


class ExportCommands:
    """File ▸ Export summary PDF / Print ballots / Export CSV (mixed into MainWindow).

    Each has an ``ask_…`` entry for the menu (options, then the platform's
    file dialog) and a ``…_to(path)`` method that does the work and that
    tests call directly.
    """

    def _export_target(self, title: str, suffix: str, filter_text: str, stem: str) -> Path | None:
        """Ask where to write (a native file dialog); remembers the folder."""
        from PySide6.QtWidgets import QFileDialog

        sid = self.selected_session_id()
        if self.archive is None or sid is None:
            return None
        session = self.archive.session(sid)
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in session["title"]).strip() or "session"
        start = Path(self.settings.value("export/folder", str(Path.home()))) / f"{safe} {stem}{suffix}"
        name, _ = QFileDialog.getSaveFileName(self, title, str(start), filter_text)
        if not name:
            return None
        target = Path(name)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        self.settings.setValue("export/folder", str(target.parent))
        return target

    def export_options(self, ballots: bool = False) -> ExportOptionsDialog | None:
        """Ask paper size and language (and blank ballots) for the selected session's PDF.

        Non-blocking: accepting it asks for the file, then starts the export.
        """
        sid = self.selected_session_id()
        if self.archive is None or sid is None:
            return None
        from PySide6.QtCore import Qt

        from pe_desktop.report.strings import LANGUAGES
        from pe_desktop.ui.dialogs.export_options import ExportOptionsDialog

        title = self.tr("Print ballots") if ballots else self.tr("Export summary PDF")
        paper = self.archive.participant_count(sid, "paper")
        room = str(self.archive.session(sid).get("language") or "").split("+")[0]
        dialog = ExportOptionsDialog(title, LANGUAGES, self.settings, ballots=ballots, paper_participants=paper,
                                     parent=self, session_language=room)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen() -> None:
            options = dialog.values()
            stem = self.tr("ballots") if ballots else self.tr("summary")
            target = self._export_target(title, ".pdf", self.tr("PDF (*.pdf)"), stem)
            if target is None:
                return
            if ballots:
                self.print_ballots_to(target, sid, **options)
            else:
                options.pop("blanks")
                self.export_summary_pdf_to(target, sid, **options)

        dialog.accepted.connect(chosen)
        dialog.open()
        return dialog

    def ask_export_summary_pdf(self) -> None:
        self.export_options(ballots=False)

    def ask_print_ballots(self) -> None:
        self.export_options(ballots=True)

    def ask_export_csv(self) -> None:
        target = self._export_target(self.tr("Export CSV"), ".csv", self.tr("CSV (*.csv)"), self.tr("ratings"))
        if target:
            self.export_csv_to(target)

    def _start_export(self, title: str, work: Callable) -> ExportJob:
        return self._track_job(run_export(self, title, work))

    def _track_job(self, job: ExportJob) -> ExportJob:
        """Keep the job until it ends, so closing the archive waits for it."""
        self.export_jobs.append(job)
        for signal in (job.succeeded, job.failed, job.cancelled):
            signal.connect(lambda *_, j=job: self.export_jobs.remove(j) if j in self.export_jobs else None)
        if job.ended and job in self.export_jobs:  # it ended (and signalled) before these connections existed
            self.export_jobs.remove(job)
        return job

    def _export_session(self, title: str, session_id: str | None, write: Callable) -> ExportJob | None:
        """Run ``write(archive, session_id, progress)`` for a session in a worker thread.

        ``write`` returns the written path; one-step writers report 0 of 1 and
        1 of 1 so the progress dialog still moves.
        """
        sid = session_id or self.selected_session_id()
        if self.archive is None or sid is None:
            return None
        archive = self.archive
        return self._start_export(title, lambda progress: write(archive, sid, progress))

    @staticmethod
    def _one_step(write: Callable) -> Callable:
        def run(archive, sid, progress):
            progress(0, 1)
            path = write(archive, sid)
            progress(1, 1)
            return path

        return run

    def export_summary_pdf_to(
        self, target: str | Path, session_id: str | None = None, page_size: str = "A4", language: str = "en",
    ) -> ExportJob | None:
        """Write the session's PDF summary to ``target`` in a worker thread."""

        def write(archive, sid, progress):
            from pe_desktop.report import write_summary_pdf

            return write_summary_pdf(archive, sid, target, page_size=page_size, language=language, progress=progress)

        return self._export_session(self.tr("Export summary PDF"), session_id, write)

    def print_ballots_to(
        self, target: str | Path, session_id: str | None = None, page_size: str = "A4", language: str = "en",
        blanks: int = 0,
    ) -> ExportJob | None:
        """Write paper ballots (one per paper participant, plus ``blanks``) to ``target``."""

        def write(archive, sid):
            from pe_desktop.report import write_ballots_pdf

            return write_ballots_pdf(archive, sid, target, blanks=blanks, language=language, page_size=page_size)

        return self._export_session(self.tr("Print ballots"), session_id, self._one_step(write))

    def export_csv_to(self, target: str | Path, session_id: str | None = None) -> ExportJob | None:
        """Write the session's ratings as CSV (one row per rating) to ``target``."""

        def write(archive, sid):
            from pe_desktop.store.io.export_csv import export_csv

            export_csv(archive, sid, target)
            return Path(target)

        return self._export_session(self.tr("Export CSV"), session_id, self._one_step(write))

    def ask_export_session_file(self) -> None:
        target = self._export_target(self.tr("Export session file"), ".sqlite",
                                     self.tr("Session files (*.sqlite)"), self.tr("session"))
        if target:
            self.export_session_file_to(target)

    def export_session_file_to(self, target: str | Path, session_id: str | None = None) -> ExportJob | None:
        """Write the session as a standalone archive (to send, or to merge elsewhere) to ``target``."""

        def write(archive, sid):
            from pe_desktop.store.io.session_file import export_session_file

            return export_session_file(archive, sid, target)

        return self._export_session(self.tr("Export session file"), session_id, self._one_step(write))
