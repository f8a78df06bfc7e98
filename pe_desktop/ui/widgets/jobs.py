"""Long work off the UI thread, behind a progress dialog: exports, merges, restores.

A PDF of a long session takes a moment; the window must keep painting (and a
console in another window keep taking votes) meanwhile. The export runs in a
worker thread that reads through the same Archive (its lock serialises the
reads); progress and the result come back as queued Qt signals. Cancelling
makes the progress callback raise, which the report writers document as the
way to stop: the file is written atomically, so nothing half-written stays.
:func:`start_job` is the same machinery for other long work (merging an
archive, restoring a backup) that needs its own ending.

Used by the main window's exports and archive tools and by the console's
ballot printing, so it lives with the shared widgets. The main window loads
it on the way to its first paint: the dialogs, message boxes and ``Qt`` enums
are imported in the functions that use them, after it.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal, SignalInstance

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, int], None]
#: what a job's work returns and its success callback receives
T = TypeVar("T")


class ExportCancelled(Exception):
    """Raised from the progress callback to stop a writer."""


class ExportJob(QObject):
    """One export in a worker thread. ``work(progress)`` writes and returns the path."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, work: Callable[[Progress], object], parent: QObject | None = None) -> None:
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
        signal: SignalInstance
        args: tuple[object, ...]
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


def _progress_dialog(parent: QWidget, title: str, label: str, show_after_ms: int) -> QProgressDialog:
    """A window-modal progress dialog, busy until the first progress, shown after ``show_after_ms``."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QProgressDialog

    dialog = QProgressDialog(label, parent.tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(show_after_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    # Qt starts its show timer at 4 s in the constructor and restarts it with the
    # minimum duration only on setValue(minimum): without this the dialog waits 4 s.
    dialog.setValue(0)
    return dialog


def start_job(
    parent: QWidget, title: str, work: Callable[[Progress], T], on_success: Callable[[T], object],
    on_failure: Callable[[str], None] | None = None, on_cancel: Callable[[], None] | None = None,
    show_after_ms: int = 300, cancellable: bool = True, label: str = "",
) -> ExportJob:
    """Run ``work`` in a worker thread behind a window-modal progress dialog.

    The dialog follows ``progress(done, total)`` (busy until the first call),
    its Cancel makes the next progress call raise :class:`ExportCancelled`,
    and it closes before ``on_success(result)`` / ``on_failure(message)`` /
    ``on_cancel()`` run on the UI thread. ``job.dialog`` is the dialog while it is up.
    """
    from pe_desktop.ui.widgets.messages import show_problem

    job = ExportJob(work, parent)
    dialog = _progress_dialog(parent, title, label or title, show_after_ms)
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

    def succeeded(result: T) -> None:
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


class JobList:
    """The jobs a window has running, kept until each ends, so closing the archive can wait for them."""

    def __init__(self) -> None:
        self.jobs: list[ExportJob] = []

    def track(self, job: ExportJob) -> ExportJob:
        self.jobs.append(job)
        for signal in (job.succeeded, job.failed, job.cancelled):
            signal.connect(lambda *_, j=job: self.jobs.remove(j) if j in self.jobs else None)
        if job.ended and job in self.jobs:  # it ended (and signalled) before these connections existed
            self.jobs.remove(job)
        return job

    def finish_all(self, timeout: float = 30) -> None:
        """Cancel every job and wait (each up to ``timeout`` seconds) for its worker to stop."""
        for job in list(self.jobs):
            job.cancel()
            job.wait(timeout)
        self.jobs.clear()
