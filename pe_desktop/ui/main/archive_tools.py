"""The archive over time, from the main window: trends, follow-up, search, merge, restore.

A mixin of :class:`~pe_desktop.ui.main.window.MainWindow` (like the menus and
exports), so the window module stays about the browser. It adds:

- View ▸ Trends (and the partnership pane's button): :class:`TrendWindow`;
- Session ▸ Review earlier actions…, also offered when a new session of a
  partnership with open actions is created: :class:`FollowupDialog`;
- full-text search under the browser's Find box: :class:`SearchResults`;
- File ▸ Merge archive…: the store's merge in a worker thread, with progress,
  cancel and a report;
- File ▸ Restore from backup…: :class:`RestoreDialog`, then the archive is
  reopened;
- File ▸ Export session file…: see :mod:`pe_desktop.ui.main.exports`.

The actions are put into the menus the window already has, next to their
relatives, so this module owns its entries without editing the menu code.
They are made after the window's first paint (``MainWindow.complete``), and
this module is loaded before it, so the widgets, message boxes and ``Qt``
enums it needs are imported where they are used.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pe_desktop.ui.main.browser_model import ID_ROLE, KIND_ROLE

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

    from pe_desktop.store.merge import MergeReport
    from pe_desktop.store.restore import RestoreResult
    from pe_desktop.store.search import SearchHit
    from pe_desktop.ui.main.browser_edits import Edit
    from pe_desktop.ui.dialogs.followup import FollowupDialog
    from pe_desktop.ui.main.exports import ExportJob
    from pe_desktop.ui.dialogs.merge import MergeReportDialog
    from pe_desktop.ui.dialogs.restore import RestoreDialog
    from pe_desktop.ui.dialogs.trends import TrendWindow

#: What File ▸ Merge archive… offers to open.
MERGE_FILTER = "pe_desktop archives and session files (*.sqlite *.sqlite3 *.db);;All files (*)"


def _insert_after(menu: QMenu, anchor: QAction, actions: list[QAction | None]) -> None:
    """Put ``actions`` (None = a separator) into ``menu`` right after ``anchor``."""
    from PySide6.QtGui import QAction

    entries = menu.actions()
    index = entries.index(anchor) + 1
    before = entries[index] if index < len(entries) else None
    for action in actions:
        if action is None:
            separator = QAction(menu)
            separator.setSeparator(True)
            action = separator
        if before is None:
            menu.addAction(action)
        else:
            menu.insertAction(before, action)


def _delete_on_close(widget: QWidget) -> None:
    from PySide6.QtCore import Qt

    widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


class ArchiveTools:
    """Trends, follow-up, search, merge and restore (mixed into MainWindow)."""

    # ================================================================ build
    def _build_archive_tools(self) -> None:
        """Create the actions and put them in the File, Session and View menus (after _fill_menus)."""
        self.trend_windows: dict[str, TrendWindow] = {}
        self.merge_report: MergeReportDialog | None = None
        self.act_trends = self._action(self.tr("&Trends…"), self.show_trends, ["Ctrl+T"],
                                       self.tr("The selected partnership's sessions over time"))
        self.act_review_actions = self._action(self.tr("Review &earlier actions…"), self.review_earlier_actions, [],
                                               self.tr("Say what became of the open action items of earlier sessions"))
        self.act_merge = self._action(self.tr("&Merge archive…"), self.ask_merge_archive, [],
                                      self.tr("Bring in the sessions of another archive or a session file"))
        self.act_restore = self._action(self.tr("Restore from &backup…"), self.show_restore_dialog, [],
                                        self.tr("Put the archive back as it was when a backup was taken"))
        self.act_export_session_file = self._action(
            self.tr("Export &session file…"), self.ask_export_session_file, [],
            self.tr("Write the selected session as a file of its own, to send or to merge elsewhere"))
        file_menu, view_menu = self.menus["file"], self.menus["view"]
        _insert_after(file_menu, self.act_import_form, [None, self.act_merge, self.act_restore])
        _insert_after(file_menu, self.act_export_csv, [self.act_export_session_file])
        _insert_after(self.menus["session"], self.act_edit_session, [self.act_review_actions])
        _insert_after(view_menu, self.act_collapse, [None, self.act_trends])
        self.details.trendRequested.connect(lambda: self.show_trends())

        self.search_results.sessionsFound.connect(self._search_found)
        self.search_results.hitSelected.connect(self._search_hit_selected)
        self.search_results.hitActivated.connect(self._search_hit_activated)
        self.search.textChanged.connect(self.search_results.schedule)

    def _update_archive_tools(self) -> None:
        has_archive = self.archive is not None
        has_session = has_archive and self.selected_session_id() is not None
        for action in (self.act_merge, self.act_restore):
            action.setEnabled(has_archive)
        self.act_trends.setEnabled(has_archive and self.selected_partnership_id() is not None)
        self.act_review_actions.setEnabled(has_session)
        self.act_export_session_file.setEnabled(has_session)

    def _archive_tools_closing(self) -> None:
        """The archive is going away: close what shows it."""
        for window in list(self.trend_windows.values()):
            window.close()
        self.trend_windows.clear()

    # =============================================================== trends
    def selected_partnership_id(self) -> str | None:
        """The selected partnership, or the selected session's."""
        index = self.tree.currentIndex()
        if self.archive is None or not index.isValid():
            return None
        first = index.sibling(index.row(), 0)
        if first.data(KIND_ROLE) == "partnership":
            return first.data(ID_ROLE)
        parent = first.parent()
        return parent.data(ID_ROLE) if parent.isValid() else None

    def show_trends(self, partnership_id: str | None = None) -> TrendWindow | None:
        """Open (or bring forward and refresh) the trend window of a partnership."""
        pid = partnership_id or self.selected_partnership_id()
        if self.archive is None or pid is None:
            return None
        from pe_desktop.ui.dialogs.trends import TrendWindow

        window = self.trend_windows.get(pid)
        if window is None:
            window = TrendWindow(self.archive, pid, self)
            _delete_on_close(window)
            window.destroyed.connect(lambda *_: self.trend_windows.pop(pid, None))
            self.trend_windows[pid] = window
        else:
            window.reload()
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    # ============================================================ follow-up
    def review_earlier_actions(self, session_id: str | None = None) -> FollowupDialog | None:
        """The follow-up dialog for a session (its choices are one undoable step)."""
        sid = session_id or self.selected_session_id()
        if self.archive is None or sid is None:
            return None
        from pe_desktop.ui.dialogs.followup import FollowupDialog

        dialog = FollowupDialog(self.archive, sid, lambda edit: self._push_session_edit(sid, edit), self)
        _delete_on_close(dialog)
        dialog.open()
        return dialog

    def offer_followup(self, session_id: str) -> FollowupDialog | None:
        """After a new session is created: review earlier actions if any are waiting."""
        from pe_desktop.store.followup import actions_to_review

        if self.archive is None or not actions_to_review(self.archive, session_id):
            return None
        return self.review_earlier_actions(session_id)

    def _push_session_edit(self, session_id: str, edit: Edit) -> None:
        """Undo goes where the session is being worked on: its console, else this window."""
        console = self.consoles.get(session_id)
        if console is not None:
            controller = console.controller
            controller.push(edit.text, edit.redo, edit.undo, controller.actionsChanged)
        else:
            self.undo_stack.push(edit.command(self._after_edit))
        self.refresh()

    # =============================================================== search
    def _search_found(self, session_ids: set[str]) -> None:
        self.proxy.set_found(session_ids)
        if session_ids:
            self.tree.expandAll()
            if not self.tree.currentIndex().isValid() or not self.tree.selectionModel().hasSelection():
                self._select_first_session()
            self._show_details()
            self._update_actions()

    def _search_hit_selected(self, hit: SearchHit) -> None:
        self.select_id(hit.session_id)

    def _search_hit_activated(self, hit: SearchHit) -> None:
        """Select the session; a note or an action item opens in the console, where it can be edited."""
        from pe_desktop.ui.main.search_panel import show_in_console

        if not self.select_id(hit.session_id):
            return
        if hit.kind == "session":
            self.tree.setFocus()
            return
        console = self.open_console(hit.session_id)
        if console is not None:
            show_in_console(console, hit)

    # ================================================================ merge
    def ask_merge_archive(self) -> QFileDialog | None:
        """Choose the file to merge (a window-modal file dialog), then confirm."""
        if self.archive is None:
            return None
        from PySide6.QtWidgets import QFileDialog

        start = self.settings.value("merge/folder", str(Path(self.archive.path).parent))
        dialog = QFileDialog(self, self.tr("Merge archive"), str(start), MERGE_FILTER)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        _delete_on_close(dialog)
        dialog.fileSelected.connect(self.confirm_merge)
        dialog.open()
        return dialog

    def confirm_merge(self, path: str | Path) -> QMessageBox | None:
        if self.archive is None or not path:
            return None
        from pe_desktop.ui.widgets.messages import ask

        path = Path(path)
        self.settings.setValue("merge/folder", str(path.parent))
        return ask(
            self, self.tr("Merge archive"), self.tr("Merge “%1” into this archive?").replace("%1", path.name),
            self.tr("Merge"), lambda: self.merge_archive_path(path),
            informative=self.tr(
                "Sessions, ratings, notes and action items this archive does not have yet are added. Nothing of "
                "yours is overwritten: where the two differ, yours is kept and theirs is saved aside. Your archive "
                "is backed up first, and “%1” is only read."
            ).replace("%1", path.name),
        )

    def merge_archive_path(self, path: str | Path) -> ExportJob | None:
        """Merge ``path`` in a worker thread behind a progress dialog; the report follows."""
        if self.archive is None:
            return None
        from pe_desktop.ui.main.exports import start_job
        from pe_desktop.ui.widgets.messages import show_problem

        archive, source, title = self.archive, Path(path), self.tr("Merge archive")

        def work(progress):
            from pe_desktop.store.merge import merge_archive

            return merge_archive(archive, source, progress=lambda done, total, _table: progress(done, total))

        def failed(message: str) -> None:
            self.refresh()
            show_problem(self, title, self.tr("Nothing was merged."), message)

        def cancelled() -> None:
            self.statusBar().showMessage(self.tr("Merge cancelled; nothing was changed."), 8000)

        job = start_job(self, title, work, self._merged, failed, cancelled, show_after_ms=0,
                        label=self.tr("Merging “%1”…").replace("%1", source.name))
        return self._track_job(job)

    def _merged(self, report: MergeReport) -> MergeReportDialog:
        from pe_desktop.ui.dialogs.merge import MergeReportDialog

        self.refresh()
        if report.sessions_added:
            self.select_id(report.sessions_added[0]["id"])
        dialog = MergeReportDialog(report, self)
        from pe_desktop.ui.main import records_tools

        dialog.settleRequested.connect(lambda: records_tools.show_conflicts(self))
        dialog.combineRequested.connect(lambda: records_tools.show_partnerships(self))
        _delete_on_close(dialog)
        dialog.destroyed.connect(lambda *_: setattr(self, "merge_report", None))
        self.merge_report = dialog
        dialog.open()
        return dialog

    # ============================================================== restore
    def show_restore_dialog(self) -> RestoreDialog | None:
        if self.archive is None:
            return None
        from pe_desktop.ui.dialogs.restore import RestoreDialog

        sessions = len(self.archive.sessions())
        dialog = RestoreDialog(Path(self.archive.path), sessions, len(self.consoles), self)
        _delete_on_close(dialog)
        dialog.restoreRequested.connect(self.restore_backup_path)
        dialog.open()
        return dialog

    def restore_backup_path(self, backup: str | Path) -> ExportJob | None:
        """Close consoles and the archive, restore ``backup`` in a worker thread, reopen the archive."""
        if self.archive is None:
            return None
        from pe_desktop.ui.widgets.messages import show_info, show_problem

        title = self.tr("Restore from backup")
        if not self.close_consoles():
            show_problem(self, title, self.tr("A session console is still open, so nothing was restored."))
            return None
        from pe_desktop.ui.main.exports import start_job

        archive_path, source = Path(self.archive.path), Path(backup)
        self.close_archive()
        self.set_archive(None, self.tr("Restoring the backup…"))

        def work(progress):
            from pe_desktop.store.restore import restore_backup

            progress(0, 1)
            result = restore_backup(source, archive_path)
            progress(1, 1)
            return result

        def restored(result: RestoreResult) -> None:
            if self.open_archive_path(archive_path):
                kept = self.tr(" The archive as it was is kept as a backup (“Before a restore”).") \
                    if result.safety_backup else ""
                show_info(self, title, self.tr("The backup was restored."),
                          self.tr("Restored from %1.").replace("%1", result.restored_from.name) + kept)

        def failed(message: str) -> None:
            self.open_archive_path(archive_path)
            show_problem(self, title, self.tr("The backup was not restored."), message)

        job = start_job(self, title, work, restored, failed, show_after_ms=0, cancellable=False,
                        label=self.tr("Restoring “%1”…").replace("%1", source.name))
        return self._track_job(job)

