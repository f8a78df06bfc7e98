"""File ▸ Import ratings…, Session ▸ Partnerships… and Session ▸ Settle conflicts…, from the main window.

A part the main window owns (made after its first paint), given the archive
holder, the browser (for the selection, and to show the archive again after
a change) and the settings. Each command returns the dialog it opened, so a
test can drive it as a person would.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QFileDialog, QWidget

    from pe_desktop.ui.dialogs.edit_conflicts import ConflictsDialog
    from pe_desktop.ui.dialogs.import_ratings import ImportRatingsDialog
    from pe_desktop.ui.dialogs.partnerships import PartnershipsDialog
    from pe_desktop.ui.main.browser import Browser
    from pe_desktop.ui.main.holder import ArchiveHolder

#: What File ▸ Import ratings… offers to open.
RATINGS_FILTER = "Ratings (*.csv *.tsv *.txt *.xlsx);;All files (*)"


class RecordsTools(QObject):
    """Import ratings into a session, rename or combine partnerships, settle merge conflicts."""

    def __init__(self, holder: ArchiveHolder, browser: Browser, settings: QSettings, window: QWidget) -> None:
        super().__init__(window)
        self._holder = holder
        self._browser = browser
        self._settings = settings
        self._window = window

    def ask_import_ratings(self) -> QFileDialog | None:
        """Choose a ratings file for the selected session (window-modal), then preview it."""
        from PySide6.QtWidgets import QFileDialog

        from pe_desktop.ui.widgets.messages import show_info

        sid = self._browser.selected_session_id()
        archive = self._holder.archive
        if archive is None or sid is None:
            show_info(self._window, self.tr("Import ratings"), self.tr("Select the session the ratings belong to first."))
            return None
        start = self._settings.value("import/folder", str(Path(archive.path).parent))
        dialog = QFileDialog(self._window, self.tr("Import ratings"), str(start), RATINGS_FILTER)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.import_ratings_path(path, sid))
        dialog.open()
        return dialog

    def import_ratings_path(self, path: str | Path, session_id: str | None = None) -> ImportRatingsDialog | None:
        """The preview of ``path`` for the session; Import writes and shows the archive again."""
        from pe_desktop.ui.dialogs.import_ratings import ImportRatingsDialog

        sid = session_id or self._browser.selected_session_id()
        if self._holder.archive is None or sid is None or not path:
            return None
        self._settings.setValue("import/folder", str(Path(path).parent))
        dialog = ImportRatingsDialog(self._holder.archive, sid, path, self._window)
        dialog.accepted.connect(self._browser.refresh)
        dialog.open()
        return dialog

    def show_partnerships(self) -> PartnershipsDialog | None:
        from pe_desktop.ui.dialogs.partnerships import PartnershipsDialog

        if self._holder.archive is None:
            return None
        dialog = PartnershipsDialog(self._holder.archive, self._window, self._browser.selected_partnership_id())
        dialog.changed.connect(self._browser.refresh)
        dialog.open()
        return dialog

    def show_conflicts(self) -> ConflictsDialog | None:
        from pe_desktop.ui.dialogs.edit_conflicts import ConflictsDialog

        if self._holder.archive is None:
            return None
        dialog = ConflictsDialog(self._holder.archive, self._window)
        dialog.settled.connect(self._browser.refresh)
        dialog.open()
        return dialog
