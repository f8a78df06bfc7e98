"""File ▸ Export summary PDF / Print ballots / Export CSV / Export session file, off the UI thread.

A PDF of a long session takes a moment; the window must keep painting (and a
console in another window keep taking votes) meanwhile, so each export runs
as a job (:mod:`pe_desktop.ui.widgets.jobs`) behind a progress dialog, and the
window's :class:`~pe_desktop.ui.widgets.jobs.JobList` keeps it until it ends.

Owned by the main window, made after its first paint; the dialogs, writers
and ``Qt`` enums are imported in the functions that use them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from pe_desktop.ui.widgets.jobs import ExportJob, JobList, Progress, run_export

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

    from pe_desktop.store import Archive
    from pe_desktop.ui.dialogs.export_options import ExportOptionsDialog
    from pe_desktop.ui.main.browser import Browser
    from pe_desktop.ui.main.holder import ArchiveHolder

#: ``write(archive, session_id, progress)`` → the path written.
Writer = Callable[["Archive", str, Progress], Path]


class ExportCommands(QObject):
    """The selected session's exports: each an ``ask_…`` entry for the menu (options, then the
    platform's file dialog) and a ``…_to(path)`` method that starts the job once the target is known."""

    def __init__(
        self, holder: ArchiveHolder, browser: Browser, settings: QSettings, jobs: JobList, window: QWidget,
    ) -> None:
        super().__init__(window)
        self._holder = holder
        self._browser = browser
        self._settings = settings
        self._jobs = jobs
        self._window = window

    def _export_target(self, title: str, suffix: str, filter_text: str, stem: str) -> Path | None:
        """Ask where to write (a native file dialog); remembers the folder."""
        from PySide6.QtWidgets import QFileDialog

        sid = self._browser.selected_session_id()
        if self._holder.archive is None or sid is None:
            return None
        session = self._holder.archive.session(sid)
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in session.title).strip() or "session"
        start = Path(str(self._settings.value("export/folder", str(Path.home())))) / f"{safe} {stem}{suffix}"
        name, _ = QFileDialog.getSaveFileName(self._window, title, str(start), filter_text)
        if not name:
            return None
        target = Path(name)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        self._settings.setValue("export/folder", str(target.parent))
        return target

    def export_options(self, ballots: bool = False) -> ExportOptionsDialog | None:
        """Ask paper size and language (and blank ballots) for the selected session's PDF.

        Non-blocking: accepting it asks for the file, then starts the export.
        """
        sid = self._browser.selected_session_id()
        if self._holder.archive is None or sid is None:
            return None
        from PySide6.QtCore import Qt

        from pe_desktop.report.strings import LANGUAGES
        from pe_desktop.ui.dialogs.export_options import ExportOptionsDialog

        title = self.tr("Print ballots") if ballots else self.tr("Export summary PDF")
        paper = self._holder.archive.participant_count(sid, "paper")
        room = str(self._holder.archive.session(sid).language or "").split("+")[0]
        dialog = ExportOptionsDialog(title, LANGUAGES, self._settings, ballots=ballots, paper_participants=paper,
                                     parent=self._window, session_language=room)
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

    def _export_session(self, title: str, session_id: str | None, write: Writer) -> ExportJob | None:
        """Run ``write(archive, session_id, progress)`` for a session in a worker thread.

        ``write`` returns the written path; one-step writers report 0 of 1 and
        1 of 1 so the progress dialog still moves.
        """
        sid = session_id or self._browser.selected_session_id()
        if self._holder.archive is None or sid is None:
            return None
        archive = self._holder.archive
        return self._jobs.track(run_export(self._window, title, lambda progress: write(archive, sid, progress)))

    @staticmethod
    def _one_step(write: Callable[[Archive, str], Path]) -> Writer:
        def run(archive: Archive, sid: str, progress: Progress) -> Path:
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
