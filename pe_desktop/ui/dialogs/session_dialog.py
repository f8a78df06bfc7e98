"""New session / Edit session: everything a facilitator sets before the room arrives.

The dialog only collects and checks values (:class:`SessionForm`); the main
window writes them through the archive, so the dialog is testable without
one and every write stays one undoable action. Problems are listed inside the
dialog next to the fields, all at once, and the dialog stays open until they
are fixed: a facilitator preparing in a hurry should not lose what they typed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pe_desktop.store.records import Group, Session
from pe_desktop.ui.dialogs.room_language import fill_language_combo
from pe_desktop.ui.dialogs.session_groups import GroupsEditor, SessionForm
from pe_desktop.ui.widgets.date_field import DateField
from pe_desktop.ui.widgets.labels import stage_help, stage_labels

if TYPE_CHECKING:
    from pe_desktop.core.instruments.model import Instrument

__all__ = ["NO_DATE", "SessionDialog", "SessionForm"]

#: The form a new session starts with: the six Partnership Equity Attributes.
DEFAULT_INSTRUMENT = "partnership-equity"
#: "No date": the date field is empty (a null QDate).
NO_DATE = QDate()


class SessionDialog(QDialog):
    """Create a session (``session is None``) or edit one.

    ``instruments`` maps form key → Instrument; ``partnerships`` are the
    existing partnership names; ``suggest_groups(name)`` gives the groups of a
    partnership's latest session, offered until the person edits the groups.
    """

    def __init__(
        self,
        instruments: Mapping[str, Instrument],
        partnerships: Sequence[str],
        parent: QWidget | None = None,
        session: Session | None = None,
        groups: Sequence[Group] = (),
        suggest_groups: Callable[[str], list[tuple[str, str]]] | None = None,
        languages: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._session_languages = tuple(languages)
        self._instruments = instruments
        self._suggest = suggest_groups
        self.setWindowTitle(self.tr("Edit session") if session else self.tr("New session"))
        self.setAccessibleName(self.windowTitle())
        self.setModal(True)
        self.resize(620, 720)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._add_instrument(form, instruments, session)
        self._add_details(form, partnerships)
        self._add_stage(form)
        self._add_groups_and_rounds(form)
        self._build_problems_and_buttons(session)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.buttons)

        if session:
            self._fill(session, groups)
        else:
            self._partnership_changed(self.partnership.currentText())
        self._show_instrument_info()
        self._show_stage_info()
        self._tab_order()
        self.groups.changed.connect(self._tab_order)
        self.title.setFocus()

    def _tab_order(self) -> None:
        """Tab walks the form top to bottom (issue 11); the groups' rows, made later, are put in their place."""
        rows: list[QWidget] = []
        widget = self.groups.nextInFocusChain()
        while widget is not self.groups and widget is not None:
            if self.groups.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                rows.append(widget)
            widget = widget.nextInFocusChain()
        if self.isVisible():  # laid out: as they read, a row at a time
            layout = self.groups.layout()
            if layout is not None:
                layout.activate()
            rows.sort(key=lambda w: (w.mapTo(self.groups, QPoint(0, 0)).y(), w.mapTo(self.groups, QPoint(0, 0)).x()))
        chain = [self.instrument, self.title, self.partnership, self.held_on, self.location, self.facilitator,
                 self.stage, *rows, self.min_group_size, self.rounds, self.language,
                 *[b for b in self.buttons.buttons() if b.isVisible() or not self.isVisible()]]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------ building
    def _add_instrument(self, form: QFormLayout, instruments: Mapping[str, Instrument], session: Session | None) -> None:
        self.instrument = QComboBox()
        self.instrument.setAccessibleName(self.tr("Form"))
        if session:
            self.instrument.addItem(session.instrument_title or session.instrument_key, session.instrument_key)
            self.instrument.setEnabled(False)
            self.instrument.setToolTip(self.tr("The form of a session cannot be changed once it exists."))
        else:
            for key, inst in instruments.items():
                self.instrument.addItem(
                    self.tr("%1 (%2 items)").replace("%1", inst.title).replace("%2", str(len(inst.items))), key
                )
            self.instrument.setCurrentIndex(max(0, self.instrument.findData(DEFAULT_INSTRUMENT)))
        self.instrument_info = QLabel()
        self.instrument_info.setTextFormat(Qt.TextFormat.PlainText)
        self.instrument_info.setWordWrap(True)
        self.instrument_info.setAccessibleName(self.tr("About the form"))
        self.instrument.currentIndexChanged.connect(self._show_instrument_info)
        form.addRow(self._label(self.tr("&Form:"), self.instrument), self.instrument)
        form.addRow("", self.instrument_info)

    def _add_details(self, form: QFormLayout, partnerships: Sequence[str]) -> None:
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Session title"))
        self.title.setPlaceholderText(self.tr("e.g. Spring check-in"))
        self.title.setMaxLength(200)
        form.addRow(self._label(self.tr("&Title:"), self.title), self.title)

        self.partnership = QComboBox()
        self.partnership.setEditable(True)
        self.partnership.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.partnership.addItems(list(partnerships))
        self.partnership.setAccessibleName(self.tr("Partnership"))
        line_edit = self.partnership.lineEdit()
        assert line_edit is not None, "an editable combo box has a line edit"
        line_edit.setAccessibleName(self.tr("Partnership name"))
        line_edit.setPlaceholderText(self.tr("Choose one or type a new name"))
        self.partnership.currentTextChanged.connect(self._partnership_changed)
        form.addRow(self._label(self.tr("&Partnership:"), self.partnership), self.partnership)

        # one Tab stop taking a typed date (docs: pe_desktop/ui/widgets/date_field.py); empty = no date
        self.held_on = DateField(self.tr("Date"))
        self.held_on.setDate(QDate.currentDate())
        form.addRow(self._label(self.tr("&Date:"), self.held_on), self.held_on)

        self.location = QLineEdit()
        self.location.setAccessibleName(self.tr("Place"))
        self.location.setPlaceholderText(self.tr("e.g. Eastside Library, Room B"))
        form.addRow(self._label(self.tr("P&lace:"), self.location), self.location)

        self.facilitator = QLineEdit()
        self.facilitator.setAccessibleName(self.tr("Facilitator"))
        form.addRow(self._label(self.tr("Fa&cilitator:"), self.facilitator), self.facilitator)

    def _add_stage(self, form: QFormLayout) -> None:
        self.stage = QComboBox()
        self.stage.addItem(self.tr("Not set"), None)
        for key, label in stage_labels().items():
            self.stage.addItem(label, key)
        self.stage.setAccessibleName(self.tr("Stage of the partnership"))
        self.stage_info = QLabel()
        self.stage_info.setWordWrap(True)
        self.stage_info.setTextFormat(Qt.TextFormat.PlainText)
        self.stage_info.setAccessibleName(self.tr("About the stage"))
        self.stage.currentIndexChanged.connect(self._show_stage_info)
        form.addRow(self._label(self.tr("&Stage:"), self.stage), self.stage)
        form.addRow("", self.stage_info)
    def _add_groups_and_rounds(self, form: QFormLayout) -> None:
        self.groups = GroupsEditor()
        self.groups.setAccessibleName(self.tr("Stakeholder groups"))
        groups_area = QScrollArea()
        groups_area.setWidgetResizable(True)
        groups_area.setWidget(self.groups)
        groups_area.setMinimumHeight(170)
        groups_area.setAccessibleName(self.tr("Stakeholder groups"))
        groups_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its rows take the focus, not the frame around them
        self.groups_area = groups_area
        groups_label = QLabel(self.tr("Stakeholder &groups:"))
        groups_label.setBuddy(self.groups.add_button)
        form.addRow(groups_label, groups_area)

        self.min_group_size = QSpinBox()
        self.min_group_size.setRange(1, 99)
        self.min_group_size.setValue(3)
        self.min_group_size.setAccessibleName(self.tr("Minimum group size"))
        self.min_group_size.setToolTip(self.tr(
            "A group with fewer ratings than this is never shown on its own, so nobody's rating can be picked out."
        ))
        form.addRow(self._label(self.tr("&Minimum group size:"), self.min_group_size), self.min_group_size)

        self.rounds = QComboBox()
        self.rounds.addItem(self.tr("One round"), 1)
        self.rounds.addItem(self.tr("Two rounds: rate again after the discussion"), 2)
        self.rounds.setAccessibleName(self.tr("Rounds"))
        form.addRow(self._label(self.tr("&Rounds:"), self.rounds), self.rounds)

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the room"))
        self.language.setToolTip(self.tr("The projector, the laptop ballot, the ballots and the PDF use it. "
                                         "Two languages put both on the projector, for a mixed room."))
        self.instrument.currentIndexChanged.connect(self._fill_languages)
        form.addRow(self._label(self.tr("Lang&uage of the room:"), self.language), self.language)
        self._fill_languages()

    def _build_problems_and_buttons(self, session: Session | None) -> None:
        self.problems_label = QLabel()
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #B2182B; font-weight: bold;")
        self.problems_label.setAccessibleName(self.tr("Problems"))
        self.problems_label.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save") if session else self.tr("Create session"))
        ok.setAccessibleName(ok.text())
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(cancel.text().replace("&", ""))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # -------------------------------------------------------------- helpers
    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _fill(self, session: Session, groups: Sequence[Group]) -> None:
        self.title.setText(session.title or "")
        self.partnership.setEditText(session.partnership or "")
        self.partnership.setEnabled(False)
        self.partnership.setToolTip(self.tr("A session stays with its partnership."))
        held_on = session.held_on
        self.held_on.set_iso(held_on)
        self.location.setText(session.location or "")
        self.facilitator.setText(session.facilitator or "")
        self.stage.setCurrentIndex(max(0, self.stage.findData(session.stage)))
        self.min_group_size.setValue(int(session.min_group_size or 3))
        self.rounds.setCurrentIndex(max(0, self.rounds.findData(int(session.rounds or 1))))
        self.language.setCurrentIndex(max(0, self.language.findData(session.language or "en")))
        if int(session.current_round or 1) >= 2:
            # round 2 has started: it cannot be taken back
            self.rounds.setEnabled(False)
        for group in groups:
            self.groups.add_row(group.name, group.position, locked=True)

    def _fill_languages(self) -> None:
        inst = self._instruments.get(self.instrument.currentData()) if not self._session else None
        codes = tuple(getattr(inst, "languages", ())) or self._session_languages or ("en",)
        fill_language_combo(self.language, codes, self.language.currentData())

    def _show_instrument_info(self) -> None:
        inst = self._instruments.get(self.instrument.currentData()) if not self._session else None
        if inst is None:
            self.instrument_info.setText("")
            self.instrument_info.hide()
            return
        items = ", ".join(item.title for item in inst.items)
        self.instrument_info.setText(
            self.tr("Items: %1. Scale %2 to %3. Languages: %4.")
            .replace("%1", items).replace("%2", str(inst.scale.min)).replace("%3", str(inst.scale.max))
            .replace("%4", ", ".join(inst.languages))
        )
        self.instrument_info.show()

    def _show_stage_info(self) -> None:
        self.stage_info.setText(stage_help()[self.stage.currentData()])

    def _partnership_changed(self, name: str) -> None:
        if self._session or self._suggest is None or self.groups.touched:
            return
        self.groups.replace_unlocked(self._suggest(name.strip()) if name.strip() else [])

    # --------------------------------------------------------------- values
    def values(self) -> SessionForm:
        return SessionForm(
            instrument_key=self.instrument.currentData() or "",
            title=self.title.text().strip(),
            partnership=self.partnership.currentText().strip(),
            held_on=self.held_on.iso(),
            location=self.location.text().strip(),
            facilitator=self.facilitator.text().strip(),
            stage=self.stage.currentData(),
            new_groups=[(name, position) for name, position, locked in self.groups.rows() if not locked and name],
            min_group_size=self.min_group_size.value(),
            rounds=int(self.rounds.currentData()),
            language=str(self.language.currentData() or ""),
        )

    def problems(self) -> list[str]:
        """Every reason the form cannot be saved yet, in plain words."""
        found: list[str] = []
        values = self.values()
        if not values.instrument_key:
            found.append(self.tr("Choose a form."))
        if not values.title:
            found.append(self.tr("Give the session a title."))
        if not values.partnership:
            found.append(self.tr("Choose a partnership or type the name of a new one."))
        if self.held_on.problem():
            found.append(self.held_on.problem())
        seen: set[str] = set()
        for number, (name, _, _) in enumerate(self.groups.rows(), start=1):
            if not name:
                found.append(self.tr("Group %1 has no name (give it one or remove it).").replace("%1", str(number)))
                continue
            if name.casefold() in seen:
                found.append(self.tr("The group name “%1” is used twice.").replace("%1", name))
            seen.add(name.casefold())
        return found

    def accept(self) -> None:
        problems = self.problems()
        if problems:
            self.problems_label.setText("\n".join(problems))
            self.problems_label.show()
            return
        self.problems_label.hide()
        super().accept()
