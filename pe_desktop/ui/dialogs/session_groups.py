"""What the New/Edit session dialog collects (:class:`SessionForm`) and its stakeholder-groups editor.

Kept apart from :mod:`pe_desktop.ui.dialogs.session_dialog` so the dialog
module is about the form's fields and checks; the archive side
(:mod:`pe_desktop.ui.main.browser_edits`) only needs :class:`SessionForm`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pe_desktop.ui.widgets.labels import position_labels


@dataclass
class SessionForm:
    """What the dialog collected; ``new_groups`` are the rows added in this dialog."""

    instrument_key: str
    title: str
    partnership: str
    held_on: str | None
    location: str
    facilitator: str
    stage: str | None
    new_groups: list[tuple[str, str]] = field(default_factory=list)
    min_group_size: int = 3
    rounds: int = 1
    #: The room's language ("es", or "en+es" for a mixed room); "" = the form's own.
    language: str = ""


class GroupsEditor(QWidget):
    """Stakeholder groups as rows of name + position, each control reachable by Tab.

    Rows of real widgets rather than a table with editors, so a keyboard or
    screen-reader user gets a labelled field per cell. Groups that already
    exist in the archive are shown locked: ratings point at them.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[QLineEdit, QComboBox, QToolButton, bool]] = []
        self._touched = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._grid = QGridLayout()
        self._grid.setColumnStretch(0, 3)
        self._grid.setColumnStretch(1, 2)
        name_head = QLabel(self.tr("Group name"))
        position_head = QLabel(self.tr("Position"))
        position_head.setToolTip(self.tr("Community: residents and community organizations. "
                                          "Institution: hospitals, agencies, funders, universities."))
        self._grid.addWidget(name_head, 0, 0)
        self._grid.addWidget(position_head, 0, 1)
        outer.addLayout(self._grid)
        self.add_button = QPushButton(self.tr("&Add group"))
        self.add_button.setAccessibleName(self.tr("Add group"))
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        outer.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addStretch(1)

    # ------------------------------------------------------------------ rows
    def add_row(self, name: str = "", position: str = "community", locked: bool = False, focus: bool = False) -> None:
        number = len(self._rows) + 1
        edit = QLineEdit(name)
        edit.setPlaceholderText(self.tr("e.g. Residents"))
        edit.setAccessibleName(self.tr("Group %1 name").replace("%1", str(number)))
        edit.setMaxLength(80)
        combo = QComboBox()
        for key, label in position_labels().items():
            combo.addItem(label, key)
        combo.setCurrentIndex(max(0, combo.findData(position)))
        combo.setAccessibleName(self.tr("Group %1 position").replace("%1", str(number)))
        remove = QToolButton()
        remove.setText(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove group %1").replace("%1", str(number)))
        remove.setToolTip(remove.accessibleName())
        if locked:
            edit.setReadOnly(True)
            edit.setToolTip(self.tr("This group is already in the archive; it cannot be renamed or removed here."))
            combo.setEnabled(False)
            remove.setEnabled(False)
        row = number
        self._grid.addWidget(edit, row, 0)
        self._grid.addWidget(combo, row, 1)
        self._grid.addWidget(remove, row, 2)
        entry = (edit, combo, remove, locked)
        self._rows.append(entry)
        remove.clicked.connect(lambda: self.remove_row(self._rows.index(entry)))
        edit.textEdited.connect(self._on_edit)
        combo.activated.connect(self._on_edit)
        if focus:
            self._touched = True
            edit.setFocus()
        self._fix_tab_order()
        self.changed.emit()

    def remove_row(self, index: int) -> None:
        edit, combo, remove, locked = self._rows[index]
        if locked:
            return
        del self._rows[index]
        for widget in (edit, combo, remove):
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self._touched = True
        self._relayout()
        self.changed.emit()

    def _relayout(self) -> None:
        for number, (edit, combo, remove, _) in enumerate(self._rows, start=1):
            for column, widget in enumerate((edit, combo, remove)):
                self._grid.removeWidget(widget)
                self._grid.addWidget(widget, number, column)
            edit.setAccessibleName(self.tr("Group %1 name").replace("%1", str(number)))
            combo.setAccessibleName(self.tr("Group %1 position").replace("%1", str(number)))
            remove.setAccessibleName(self.tr("Remove group %1").replace("%1", str(number)))
        self._fix_tab_order()

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = []
        for edit, combo, remove, _ in self._rows:
            chain += [edit, combo, remove]
        chain.append(self.add_button)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _on_edit(self, *_: object) -> None:
        self._touched = True
        self.changed.emit()

    # ---------------------------------------------------------------- values
    @property
    def touched(self) -> bool:
        """Has the person edited the groups (so suggestions must not overwrite them)?"""
        return self._touched

    def replace_unlocked(self, groups: Sequence[tuple[str, str]]) -> None:
        """Swap the editable rows for suggested ones (e.g. the partnership's last groups)."""
        for index in reversed(range(len(self._rows))):
            if not self._rows[index][3]:
                self.remove_row(index)
        for name, position in groups:
            self.add_row(name, position)
        self._touched = False

    def rows(self) -> list[tuple[str, str, bool]]:
        """(name, position, locked) of every row, blank names included."""
        return [(edit.text().strip(), combo.currentData(), locked) for edit, combo, _, locked in self._rows]
