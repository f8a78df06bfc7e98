"""The history of one record: every version of a session, note, action or rating, oldest first.

Issue 12: nothing is overwritten silently, so the facilitator can see how a
session's details, a note, an action item or a person's rating came to be
what they are, including the versions a merge brought from another laptop.
The wording of each version is decided in the session layer
(pe_desktop.session.views.history); this dialog translates the field names
and kinds and lists the values as plain text (participant-entered text is
data, never markup: table cells do not interpret it).

:func:`history_action` adds a "History…" entry to a widget's context menu;
the browser, the console's notes and actions and the paper grid each hook it
in with one line.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDateTime, Qt, QTimeZone
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pe_desktop.core.languages import LANGUAGES
from pe_desktop.session.views.history import NOT_SURE, FieldChange, RecordHistory, Version
from pe_desktop.ui.widgets.common import accessible, channel_text
from pe_desktop.ui.widgets.labels import action_status_text, note_kind_text, session_status_text, stage_text

#: Columns of the version list.
COL_NUMBER, COL_WHEN, COL_WHAT, COL_CHANGES = range(4)


def local_time(stamp: str) -> str:
    """``2026-12-03T10:25:37.123456Z`` (UTC, as the archive keeps it) as this laptop's local time to the second."""
    when = QDateTime.fromString(stamp[:19], "yyyy-MM-ddTHH:mm:ss")
    if not when.isValid():
        return stamp
    when.setTimeZone(QTimeZone.utc())
    return when.toLocalTime().toString("yyyy-MM-dd HH:mm:ss")


class RecordHistoryDialog(QDialog):
    """Lists the versions of one record; the last is what the archive holds now."""

    def __init__(self, history: RecordHistory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordHistoryDialog")
        self.history = history
        self.setWindowTitle(self.tr("History"))
        heading = QLabel(self)
        heading.setObjectName("historyHeading")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        heading.setText(self._heading())
        self.list = accessible(QTreeWidget(self), self.tr("Versions"))
        self.list.setObjectName("historyVersions")
        self.list.setRootIsDecorated(False)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Version"), self.tr("When"), self.tr("What happened"),
                                   self.tr("What changed")])
        for version in history.versions:
            self.list.addTopLevelItem(self._row(version))
        for column in (COL_NUMBER, COL_WHEN, COL_WHAT):
            self.list.resizeColumnToContents(column)
        last = self.list.topLevelItem(self.list.topLevelItemCount() - 1)
        if last is not None:
            self.list.setCurrentItem(last)  # the version the archive holds now
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(820, 420)

    def _heading(self) -> str:
        what = {"session": self.tr("Session"), "note": self.tr("Note"), "action": self.tr("Action item"),
                "rating": self.tr("Rating")}.get(self.history.what, self.history.what)
        line = f"{what}: {self.history.title}"
        if self.history.round is not None:
            line += " · " + self.tr("round %1").replace("%1", str(self.history.round))
        count = len(self.history.versions)
        if not count:
            return line + "\n" + self.tr("No versions are logged for it.")
        return line + "\n" + self.tr("Versions: %1, oldest first; the last is what the archive holds now.").replace(
            "%1", str(count))

    def _row(self, version: Version) -> QTreeWidgetItem:
        created = version.kind == "created"
        changes = "\n".join(self._change(change, created) for change in version.changes)
        item = QTreeWidgetItem([str(version.number), local_time(version.when), self._what(version), changes])
        item.setTextAlignment(COL_NUMBER, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for column in (COL_WHEN, COL_WHAT, COL_CHANGES):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        item.setToolTip(COL_WHEN, version.when)
        return item

    def _what(self, version: Version) -> str:
        kinds = {"created": self.tr("Created"), "changed": self.tr("Changed"), "deleted": self.tr("Deleted"),
                 "restored": self.tr("Restored")}
        text = kinds.get(version.kind, version.kind)
        if version.origin:
            text += " · " + self.tr("from %1").replace("%1", channel_text(version.origin))
        if version.made_from is not None:
            text += "\n" + self.tr("made from version %1 at the same time as another edit (two laptops)").replace(
                "%1", str(version.made_from))
        return text

    def _field(self, name: str) -> str:
        names = {
            "title": self.tr("Title"), "held_on": self.tr("Date"), "location": self.tr("Place"),
            "facilitator": self.tr("Facilitator"), "stage": self.tr("Stage"), "status": self.tr("Status"),
            "min_group_size": self.tr("Smallest group shown"), "rounds": self.tr("Rounds"),
            "current_round": self.tr("Current round"), "language": self.tr("Room language"),
            "kind": self.tr("Kind"), "text": self.tr("Text"), "item_key": self.tr("Item"), "round": self.tr("Round"),
            "owner": self.tr("Owner"), "due_on": self.tr("Due"), "value": self.tr("Rating"),
        }
        return names.get(name, name)

    def _value(self, change: FieldChange, value: str | None) -> str:
        if value is None:
            return self.tr("(empty)")
        if change.field == "value" and value == NOT_SURE:
            return self.tr("not sure")
        words: dict[str, Callable[[str], str]] = {
            "status": action_status_text if self.history.what == "action" else session_status_text,
            "stage": stage_text, "kind": note_kind_text,
            "language": lambda codes: " + ".join(LANGUAGES.get(code, code) for code in codes.split("+")),
        }
        return words[change.field](value) if change.field in words else value

    def _change(self, change: FieldChange, created: bool) -> str:
        """``Title: Spring walk`` for a new record, ``Title: Spring walk → Spring walk & talk`` for an edit."""
        if created:
            return f"{self._field(change.field)}: {self._value(change, change.new)}"
        return f"{self._field(change.field)}: {self._value(change, change.old)} → {self._value(change, change.new)}"


def open_history(parent: QWidget, history: RecordHistory | None) -> RecordHistoryDialog | None:
    """Show ``history`` in a window-modal dialog that does not block the event loop (votes keep arriving)."""
    if history is None:
        return None
    dialog = RecordHistoryDialog(history, parent.window())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog
