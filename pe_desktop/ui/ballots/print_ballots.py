"""Session ▸ Print ballots… in the session console.

The same ballots as File ▸ Print ballots in the main window, with one
difference that matters in the room: while phone voting runs, every ballot
carries the join URL and its QR code (issue 4), so someone holding a paper
ballot can still switch to their phone. Asks paper size, language and the
number of blank ballots (the main window's options dialog), then the file,
then writes in a worker thread and offers to open the folder (the main
window's export runner): the console keeps taking votes meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from pe_desktop.ui.controller import SessionController
from pe_desktop.ui.settings import open_settings
from pe_desktop.ui.widgets.jobs import ExportJob, Progress, run_export

if TYPE_CHECKING:
    from pe_desktop.ui.dialogs.export_options import ExportOptionsDialog


def _safe_stem(title: str) -> str:
    return "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip() or "session"


class ConsoleBallots(QObject):
    """Prints the console's session's ballots; ``join_url()`` says whether phone voting runs."""

    def __init__(self, controller: SessionController, join_url: Callable[[], str | None], window: QWidget) -> None:
        super().__init__(window)
        self.controller = controller
        self._join_url = join_url
        self._window = window
        self.settings = open_settings()
        self.jobs: list[ExportJob] = []

    def ask(self) -> ExportOptionsDialog:
        """Options first (non-blocking), then the file dialog, then the export."""
        from pe_desktop.report.strings import LANGUAGES
        from pe_desktop.ui.dialogs.export_options import ExportOptionsDialog

        sid = self.controller.session_id
        paper = self.controller.archive.participant_count(sid, "paper")
        dialog = ExportOptionsDialog(self.tr("Print ballots"), LANGUAGES, self.settings, ballots=True,
                                     paper_participants=paper, parent=self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._choose_file(dialog.values()))
        dialog.open()
        return dialog

    def _choose_file(self, options: dict) -> QFileDialog:
        title = self.tr("Print ballots")
        folder = Path(str(self.settings.value("export/folder", str(Path.home()))))
        name = f"{_safe_stem(str(self.controller.session.title))} {self.tr('ballots')}.pdf"
        dialog = QFileDialog(self._window, title, str(folder / name), self.tr("PDF (*.pdf)"))
        dialog.setObjectName("ballotFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix("pdf")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(name: str) -> None:
            target = Path(name)
            if target.suffix.lower() != ".pdf":
                target = target.with_name(target.name + ".pdf")
            self.settings.setValue("export/folder", str(target.parent))
            self.print_to(target, **options)

        dialog.fileSelected.connect(chosen)
        dialog.open()
        return dialog

    def print_to(self, target: str | Path, page_size: str = "A4", language: str = "en", blanks: int = 0) -> ExportJob:
        """Write the ballots to ``target`` in a worker thread (with the join URL if phone voting runs)."""
        archive, sid, join_url = self.controller.archive, self.controller.session_id, self._join_url()

        def work(progress: Progress) -> Path:
            from pe_desktop.report import write_ballots_pdf

            return write_ballots_pdf(archive, sid, target, blanks=blanks, join_url=join_url, language=language,
                                     page_size=page_size, progress=progress)

        job = run_export(self._window, self.tr("Print ballots"), work)
        self.jobs.append(job)
        for signal in (job.succeeded, job.failed, job.cancelled):
            signal.connect(lambda *_, j=job: self.jobs.remove(j) if j in self.jobs else None)
        return job

    def wait(self, timeout: float = 30.0) -> None:
        """Let a running export finish (the console is closing; the file is written atomically)."""
        for job in list(self.jobs):
            job.wait(timeout)
