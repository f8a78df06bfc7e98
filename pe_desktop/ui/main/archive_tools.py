"""The archive over time, from the main window: trends, merge, restore.

- View ▸ Trends (and the partnership pane's button): :class:`TrendWindow`;
- File ▸ Merge archive…: the store's merge in a worker thread, with progress,
  cancel and a report;
- File ▸ Restore from backup…: :class:`RestoreDialog`, then the archive is
  reopened.

Owned by the main window (follow-up is with the session commands, search with
the browser, the session file with the exports). Made after the window's
first paint, so the widgets, message boxes and ``Qt`` enums it needs are
imported where they are used.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject

from pe_desktop.ui.widgets.jobs import start_job

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

    from pe_desktop.store import Archive
    from pe_desktop.store.merge import MergeReport
    from pe_desktop.store.restore import RestoreResult
    from pe_desktop.ui.dialogs.merge import MergeReportDialog
    from pe_desktop.ui.dialogs.restore import RestoreDialog
    from pe_desktop.ui.dialogs.trends import TrendWindow
    from pe_desktop.ui.main.browser import Browser
    from pe_desktop.ui.main.consoles import Consoles
    from pe_desktop.ui.main.holder import ArchiveHolder
    from pe_desktop.ui.main.records_tools import RecordsTools
    from pe_desktop.ui.widgets.jobs import ExportJob, JobList

#: What File ▸ Merge archive… offers to open.
MERGE_FILTER = "pe_desktop archives and session files (*.sqlite *.sqlite3 *.db);;All files (*)"


class ArchiveSwitch(Protocol):
    """What a restore needs of the window: to let go of the archive and open it again."""

    def close_archive(self) -> None: ...

    def set_archive(self, archive: Archive | None, message: str = "") -> None: ...

    def open_archive_path(self, path: str | Path) -> bool: ...


def _delete_on_close(widget: QWidget) -> None:
    from PySide6.QtCore import Qt

    widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


class ArchiveTools(QObject):
    """Trends, merge and restore for the archive open in the main window."""

    def __init__(
        self, holder: ArchiveHolder, browser: Browser, consoles: Consoles, settings: QSettings, jobs: JobList,
        window: QMainWindow, switch: ArchiveSwitch, records: RecordsTools,
    ) -> None:
        super().__init__(window)
        self._holder = holder
        self._browser = browser
        self._consoles = consoles
        self._settings = settings
        self._jobs = jobs
        self._window = window
        self._switch = switch
        self._records = records
        self.trend_windows: dict[str, TrendWindow] = {}
        self.merge_report: MergeReportDialog | None = None

    def closing(self) -> None:
        """The archive is going away: close what shows it."""
        for window in list(self.trend_windows.values()):
            window.close()
        self.trend_windows.clear()

    # =============================================================== trends
    def show_trends(self, partnership_id: str | None = None) -> TrendWindow | None:
        """Open (or bring forward and refresh) the trend window of a partnership."""
        pid = partnership_id or self._browser.selected_partnership_id()
        if self._holder.archive is None or pid is None:
            return None
        from pe_desktop.ui.dialogs.trends import TrendWindow

        window = self.trend_windows.get(pid)
        if window is None:
            window = TrendWindow(self._holder.archive, pid, self._window)
            _delete_on_close(window)
            window.destroyed.connect(lambda *_: self.trend_windows.pop(pid, None))
            self.trend_windows[pid] = window
        else:
            window.reload()
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    # ================================================================ merge
    def ask_merge_archive(self) -> QFileDialog | None:
        """Choose the file to merge (a window-modal file dialog), then confirm."""
        if self._holder.archive is None:
            return None
        from PySide6.QtWidgets import QFileDialog

        start = self._settings.value("merge/folder", str(Path(self._holder.archive.path).parent))
        dialog = QFileDialog(self._window, self.tr("Merge archive"), str(start), MERGE_FILTER)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        _delete_on_close(dialog)
        dialog.fileSelected.connect(self.confirm_merge)
        dialog.open()
        return dialog

    def confirm_merge(self, path: str | Path) -> QMessageBox | None:
        if self._holder.archive is None or not path:
            return None
        from pe_desktop.ui.widgets.messages import ask

        path = Path(path)
        self._settings.setValue("merge/folder", str(path.parent))
        return ask(
            self._window, self.tr("Merge archive"), self.tr("Merge “%1” into this archive?").replace("%1", path.name),
            self.tr("Merge"), lambda: self.merge_archive_path(path),
            informative=self.tr(
                "Sessions, ratings, notes and action items this archive does not have yet are added. Nothing of "
                "yours is overwritten: where the two differ, yours is kept and theirs is saved aside. Your archive "
                "is backed up first, and “%1” is only read."
            ).replace("%1", path.name),
        )

    def merge_archive_path(self, path: str | Path) -> ExportJob | None:
        """Merge ``path`` in a worker thread behind a progress dialog; the report follows."""
        if self._holder.archive is None:
            return None
        from pe_desktop.ui.widgets.messages import show_problem

        archive, source, title = self._holder.archive, Path(path), self.tr("Merge archive")

        def work(progress):
            from pe_desktop.store.merge import merge_archive

            return merge_archive(archive, source, progress=lambda done, total, _table: progress(done, total))

        def failed(message: str) -> None:
            self._browser.refresh()
            show_problem(self._window, title, self.tr("Nothing was merged."), message)

        def cancelled() -> None:
            self._window.statusBar().showMessage(self.tr("Merge cancelled; nothing was changed."), 8000)

        job = start_job(self._window, title, work, self._merged, failed, cancelled, show_after_ms=0,
                        label=self.tr("Merging “%1”…").replace("%1", source.name))
        return self._jobs.track(job)

    def _merged(self, report: MergeReport) -> MergeReportDialog:
        from pe_desktop.ui.dialogs.merge import MergeReportDialog

        self._browser.refresh()
        if report.sessions_added:
            self._browser.select_id(report.sessions_added[0]["id"])
        dialog = MergeReportDialog(report, self._window)
        dialog.settleRequested.connect(lambda: self._records.show_conflicts())
        dialog.combineRequested.connect(lambda: self._records.show_partnerships())
        _delete_on_close(dialog)
        dialog.destroyed.connect(lambda *_: setattr(self, "merge_report", None))
        self.merge_report = dialog
        dialog.open()
        return dialog

    # ============================================================== restore
    def show_restore_dialog(self) -> RestoreDialog | None:
        if self._holder.archive is None:
            return None
        from pe_desktop.ui.dialogs.restore import RestoreDialog

        sessions = len(self._holder.archive.sessions())
        dialog = RestoreDialog(Path(self._holder.archive.path), sessions, len(self._consoles), self._window)
        _delete_on_close(dialog)
        dialog.restoreRequested.connect(self.restore_backup_path)
        dialog.open()
        return dialog

    def restore_backup_path(self, backup: str | Path) -> ExportJob | None:
        """Close consoles and the archive, restore ``backup`` in a worker thread, reopen the archive."""
        if self._holder.archive is None:
            return None
        from pe_desktop.ui.widgets.messages import show_info, show_problem

        title = self.tr("Restore from backup")
        if not self._consoles.close_all():
            show_problem(self._window, title, self.tr("A session console is still open, so nothing was restored."))
            return None

        archive_path, source = Path(self._holder.archive.path), Path(backup)
        self._switch.close_archive()
        self._switch.set_archive(None, self.tr("Restoring the backup…"))

        def work(progress):
            from pe_desktop.store.restore import restore_backup

            progress(0, 1)
            result = restore_backup(source, archive_path)
            progress(1, 1)
            return result

        def restored(result: RestoreResult) -> None:
            if self._switch.open_archive_path(archive_path):
                kept = self.tr(" The archive as it was is kept as a backup (“Before a restore”).") \
                    if result.safety_backup else ""
                show_info(self._window, title, self.tr("The backup was restored."),
                          self.tr("Restored from %1.").replace("%1", result.restored_from.name) + kept)

        def failed(message: str) -> None:
            self._switch.open_archive_path(archive_path)
            show_problem(self._window, title, self.tr("The backup was not restored."), message)

        job = start_job(self._window, title, work, restored, failed, show_after_ms=0, cancellable=False,
                        label=self.tr("Restoring “%1”…").replace("%1", source.name))
        return self._jobs.track(job)

