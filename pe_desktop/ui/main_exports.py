"""File ▸ Export summary PDF / Print ballots / Export CSV, off the UI thread.

A PDF of a long session takes a moment; the window must keep painting (and a
console in another window keep taking votes) meanwhile. The export runs in a
worker thread that reads through the same Archive (its lock serialises the
reads); progress and the result come back as queued Qt signals. Cancelling
makes the progress callback raise, which the report writers document as the
way to stop: the file is written atomically, so nothing half-written stays.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QProgressDialog, QWidget

from pe_desktop.ui.messages import ask, show_problem

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
            path = self._work(self._progress)
        except ExportCancelled:
            self.cancelled.emit()
        except Exception as exc:  # shown to the person; the worker must not die silently
            self.failed.emit(str(exc) or exc.__class__.__name__)
        else:
            self.succeeded.emit(Path(path))


def run_export(parent: QWidget, title: str, work: Callable[[Progress], Path]) -> ExportJob:
    """Start ``work`` with a progress dialog; when done, offer to open the folder."""
    job = ExportJob(work, parent)
    dialog = QProgressDialog(title, parent.tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(job.cancel)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    def finish() -> None:
        dialog.canceled.disconnect(job.cancel)
        dialog.close()
        dialog.deleteLater()

    def succeeded(path: Path) -> None:
        finish()
        ask(
            parent, title, parent.tr("Saved %1").replace("%1", str(path)), parent.tr("Open folder"),
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))), no_text=parent.tr("Close"),
        )

    def failed(message: str) -> None:
        finish()
        show_problem(parent, title, parent.tr("The file was not written."), message)

    job.progressed.connect(progressed)
    job.succeeded.connect(succeeded)
    job.failed.connect(failed)
    job.cancelled.connect(finish)
    job.start()
    return job
