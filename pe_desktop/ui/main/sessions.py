"""Session ▸ New / Edit / Delete / Review earlier actions, File ▸ Import form, and the first run's example.

Owned by the main window. Creating, editing and deleting sessions are
undoable (Edit ▸ Undo) until the window closes; an edit of a session that is
running in a console goes on the console's undo stack instead, so its views
reload at once and its own Edit ▸ Undo takes the change back. Dialogs and the
archive layer are imported where they are used (this module is loaded after
the window's first paint, but the archive layer is heavy).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QMainWindow, QMessageBox

    from pe_desktop.core.instruments import Instrument
    from pe_desktop.session.change import Change
    from pe_desktop.ui.dialogs.followup import FollowupDialog
    from pe_desktop.ui.dialogs.session_dialog import SessionDialog
    from pe_desktop.ui.main.browser import Browser
    from pe_desktop.ui.main.consoles import Consoles
    from pe_desktop.ui.main.holder import ArchiveHolder


class SessionCommands(QObject):
    """What the facilitator does to sessions between meetings, from the main window."""

    def __init__(
        self, holder: ArchiveHolder, browser: Browser, consoles: Consoles, undo_stack: QUndoStack,
        window: QMainWindow,
    ) -> None:
        super().__init__(window)
        self._holder = holder
        self._browser = browser
        self._consoles = consoles
        self._undo_stack = undo_stack
        self._window = window

    def _status(self, text: str, ms: int) -> None:
        self._window.statusBar().showMessage(text, ms)

    # ================================================================= new
    def _suggest_groups(self, partnership_name: str) -> list[tuple[str, str]]:
        """The groups of the partnership's latest session: the same people usually come back."""
        if self._holder.archive is None:
            return []
        return [(g.name, g.position) for g in self._holder.archive.latest_groups(partnership_name)]

    def new_session(self) -> SessionDialog | None:
        """Open the New session dialog (non-blocking); saving creates the session."""
        if self._holder.archive is None:
            return None
        from PySide6.QtCore import Qt

        from pe_desktop.core.instruments import available_instruments
        from pe_desktop.ui.dialogs.session_dialog import SessionDialog

        instruments = available_instruments()
        partnerships = [p.name for p in self._holder.archive.partnerships()]
        dialog = SessionDialog(instruments, partnerships, self._window, suggest_groups=self._suggest_groups)
        name = self._browser.selected_partnership_name()
        if name:
            dialog.partnership.setEditText(name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._create_from(dialog, instruments))
        dialog.open()
        return dialog

    def _create_from(self, dialog: SessionDialog, instruments: dict[str, Instrument]) -> None:
        from pe_desktop.store import ArchiveError
        from pe_desktop.ui.main.browser_edits import command, create_session
        from pe_desktop.ui.widgets.messages import show_problem

        archive = self._holder.archive
        assert archive is not None, "the dialog was opened on an open archive, and it stays open while the dialog is up"
        form = dialog.values()
        try:
            sid, change = create_session(archive, form, instruments[form.instrument_key])
        except ArchiveError as exc:
            show_problem(self._window, self.tr("The session was not created"), str(exc))
            return
        self._undo_stack.push(command(archive, change, self._browser.refresh))
        self._browser.refresh()
        self._browser.select_id(sid)
        self._status(self.tr("Session “%1” created").replace("%1", form.title), 5000)
        self.offer_followup(sid)

    # ================================================================ edit
    def edit_session(self, session_id: str | None = None) -> SessionDialog | None:
        sid = session_id or self._browser.selected_session_id()
        archive = self._holder.archive
        if archive is None or sid is None:
            return None
        from PySide6.QtCore import Qt

        from pe_desktop.ui.dialogs.session_dialog import SessionDialog

        session = archive.session(sid)
        dialog = SessionDialog({}, [session.partnership], self._window, session=session, groups=archive.groups(sid),
                               languages=archive.instrument(sid).languages)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_edit(sid, dialog))
        dialog.open()
        return dialog

    def _save_edit(self, session_id: str, dialog: SessionDialog) -> None:
        from pe_desktop.store import ArchiveError
        from pe_desktop.ui.main.browser_edits import command, edit_session
        from pe_desktop.ui.widgets.messages import show_problem

        archive = self._holder.archive
        assert archive is not None, "the dialog was opened on an open archive, and it stays open while the dialog is up"
        try:
            change = edit_session(archive, session_id, dialog.values())
        except ArchiveError as exc:
            show_problem(self._window, self.tr("The changes were not saved"), str(exc))
            return
        # a running session's console takes the change (its own Edit ▸ Undo), else this window's undo stack
        if change is not None and not self._consoles.push_change(session_id, change):
            self._undo_stack.push(command(archive, change, self._browser.refresh))
        self._browser.refresh()

    # ============================================================== delete
    def delete_session(self, session_id: str | None = None) -> QMessageBox | None:
        """Ask, then move to the Trash (Edit ▸ Undo or File ▸ Trash restores it)."""
        sid = session_id or self._browser.selected_session_id()
        if self._holder.archive is None or sid is None:
            return None
        from pe_desktop.ui.widgets.messages import ask, show_problem

        session = self._holder.archive.session(sid)
        if sid in self._consoles:
            return show_problem(
                self._window, self.tr("Delete session"),
                self.tr("“%1” is open in a console. Close the console first.").replace("%1", session.title))
        return ask(
            self._window, self.tr("Delete session"),
            self.tr("Delete the session “%1”?").replace("%1", session.title),
            self.tr("Delete"), lambda: self._delete(sid),
            informative=self.tr("It goes to the Trash with its ratings, notes and action items: Edit ▸ Undo or "
                                "File ▸ Trash brings it back, even after you close this window."),
            destructive=True,
        )

    def _delete(self, session_id: str) -> None:
        from pe_desktop.ui.main.browser_edits import command, delete_session

        archive = self._holder.archive
        assert archive is not None, "the question was asked on an open archive, and it stays open while it is up"
        self._undo_stack.push(command(archive, delete_session(archive, session_id), self._browser.refresh))
        self._browser.refresh()
        self._status(self.tr("Session deleted. Ctrl+Z brings it back."), 8000)

    # ============================================================ follow-up
    def review_earlier_actions(self, session_id: str | None = None) -> FollowupDialog | None:
        """The follow-up dialog for a session (its choices are one undoable step)."""
        sid = session_id or self._browser.selected_session_id()
        if self._holder.archive is None or sid is None:
            return None
        from PySide6.QtCore import Qt

        from pe_desktop.ui.dialogs.followup import FollowupDialog

        dialog = FollowupDialog(self._holder.archive, sid, lambda edit: self._push_followup(sid, edit), self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def offer_followup(self, session_id: str) -> FollowupDialog | None:
        """After a new session is created: review earlier actions if any are waiting."""
        from pe_desktop.store.followup import actions_to_review

        if self._holder.archive is None or not actions_to_review(self._holder.archive, session_id):
            return None
        return self.review_earlier_actions(session_id)

    def _push_followup(self, session_id: str, change: Change) -> None:
        """Undo goes where the session is being worked on: its console, else this window."""
        from pe_desktop.ui.main.browser_edits import command

        archive = self._holder.archive
        assert archive is not None, "the follow-up dialog was opened on an open archive"
        if not self._consoles.push_change(session_id, change):
            self._undo_stack.push(command(archive, change, self._browser.refresh))
        self._browser.refresh()

    # =============================================================== forms
    def ask_import_form(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(self._window, self.tr("Import form"), str(Path.home()),
                                              self.tr("Forms (*.toml);;All files (*)"))
        if name:
            self.import_form_path(name)

    def import_form_path(self, path: str | Path) -> bool:
        """Validate a form file and copy it into the user forms folder."""
        from pe_desktop.ui.dialogs.form_import import FormImportError, import_form
        from pe_desktop.ui.widgets.messages import show_info, show_problem

        try:
            result = import_form(Path(path))
        except FormImportError as exc:
            show_problem(self._window, self.tr("Import form"), exc.headline, exc.details)
            return False
        show_info(self._window, self.tr("Import form"), result)
        return True

    # ========================================================== first run
    def offer_demo(self) -> QMessageBox:
        """First run: ask whether to load the example partnership."""
        from pe_desktop.ui.widgets.messages import ask

        return ask(
            self._window, self.tr("Welcome"), self.tr("Load an example session?"), self.tr("Load example"),
            self.load_demo,
            informative=self.tr("The example is a partnership with one finished session (two rounds, notes and "
                                "action items) and one session ready to run. You can delete it later."),
            no_text=self.tr("Start empty"),
        )

    def load_demo(self) -> None:
        if self._holder.archive is None:
            return
        from pe_desktop.demo import create_demo

        ids = create_demo(self._holder.archive)
        self._browser.refresh()
        self._browser.select_id(ids["ready"])
