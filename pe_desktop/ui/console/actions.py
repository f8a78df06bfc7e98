"""Action items: what someone will do, by when, about which attribute.

Actions are how a workshop changes anything, and open ones carry forward to
the partnership's next session, so each has an owner, an optional due date
and a status. Add, edit, mark done and delete are undoable. A carried action
says which session it was carried from, under its text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pe_desktop.core.vocab import ActionStatus
from pe_desktop.session.views.history import action_history
from pe_desktop.store.archive import ACTION_STATUSES
from pe_desktop.store.errors import ValidationError
from pe_desktop.store.records import Action
from pe_desktop.ui.console.action_origins import carried_from_labels
from pe_desktop.ui.console.edits import SessionEdits
from pe_desktop.ui.controller import SessionController
from pe_desktop.ui.widgets.common import ERROR_COLOUR, accessible, item_title, status_text
from pe_desktop.ui.widgets.date_field import DateField
from pe_desktop.ui.widgets.history_action import history_action


class ActionsPanel(QWidget):
    """Table of the session's actions with an editor underneath."""

    COLUMNS = 5

    def __init__(self, controller: SessionController, edits: SessionEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.edits = edits
        self.action_items: list[Action] = []  # not "actions": that is QWidget.actions()
        self.editing: str | None = None

        self.table = self._build_table()
        history_action(self.table, lambda: action_history(controller.archive, aid) if (aid := self.selected_id()) else None)

        self._build_fields(controller)

        self.add_button = accessible(QPushButton(self.tr("Add action"), self), self.tr("Add action"))
        self.add_button.clicked.connect(self.submit)
        self.cancel_button = accessible(QPushButton(self.tr("Cancel edit"), self), self.tr("Cancel edit"))
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.cancel_button.hide()
        self.edit_button = accessible(QPushButton(self.tr("Edit"), self), self.tr("Edit selected action"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.done_button = accessible(QPushButton(self.tr("Mark done"), self), self.tr("Mark selected action done"))
        self.done_button.clicked.connect(self.mark_done)
        self.delete_button = accessible(QPushButton(self.tr("Delete"), self), self.tr("Delete selected action"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.msg = QLabel(self)
        self.msg.setTextFormat(Qt.TextFormat.PlainText)
        self.msg.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.msg.hide()

        manage = QHBoxLayout()
        manage.addStretch(1)
        for button in (self.edit_button, self.done_button, self.delete_button):
            manage.addWidget(button)
        form = QGridLayout()
        form.addWidget(self.text, 0, 0, 1, 4)
        form.addWidget(self.owner, 1, 0)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_label)
        due_row.addWidget(self.due)
        form.addLayout(due_row, 1, 1)
        form.addWidget(self.item, 1, 2)
        form.addWidget(self.status, 1, 3)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(manage)
        self.form_heading = QLabel(self.tr("New action item:"), self)
        self.form_heading.setBuddy(self.text)
        layout.addWidget(self.form_heading)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.msg)

        controller.actionsChanged.connect(self.reload)
        controller.currentItemChanged.connect(self._follow_item)
        self._follow_item(controller.current_item)
        self.reload()

    def _build_table(self) -> QTableWidget:
        """The action items, one per row; Delete removes the selected one."""
        table = accessible(QTableWidget(0, self.COLUMNS, self), self.tr("Action items"))
        table.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Status"), self.tr("Item")]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.COLUMNS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        table.itemSelectionChanged.connect(self._update_buttons)
        table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        return table

    def _build_fields(self, controller: SessionController) -> None:
        """The new/edited action's fields: text, owner, due date, item, status."""
        self.text = accessible(QLineEdit(self), self.tr("Action text"))
        self.text.setPlaceholderText(self.tr("What will be done"))
        self.text.returnPressed.connect(self.submit)
        self.owner = accessible(QLineEdit(self), self.tr("Action owner"))
        self.owner.setPlaceholderText(self.tr("Who"))
        self.owner.returnPressed.connect(self.submit)
        # one Tab stop taking a typed date; empty = no due date (pe_desktop/ui/widgets/date_field.py)
        self.due = DateField(self.tr("Due date"), self)
        self.due.edit.returnPressed.connect(self.submit)
        self.due_label = QLabel(self.tr("Due:"), self)
        self.due_label.setBuddy(self.due)
        self.item = accessible(QComboBox(self), self.tr("Item the action is about"))
        self.item.addItem(self.tr("Whole session"), None)
        for it in controller.instrument.items:
            self.item.addItem(it.title, it.key)
        self.status = accessible(QComboBox(self), self.tr("Action status"))
        for status in ACTION_STATUSES:
            self.status.addItem(status_text(status), status)

    # ------------------------------------------------------------- display
    def reload(self) -> None:
        selected = self.selected_id()
        self.action_items = self.controller.archive.actions(self.controller.session_id)
        origins = carried_from_labels(self.controller.archive, self.controller.session_id)
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(self.action_items))
        for row, action in enumerate(self.action_items):
            origin = origins.get(action.id)
            texts = (
                f"{action.text}\n({origin})" if origin else action.text,
                action.owner or "", action.due_on or "", status_text(action.status),
                item_title(self.controller.instrument, action.item_key),
            )
            for col, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, action.id)
                self.table.setItem(row, col, cell)
            if action.id == selected:
                self.table.selectRow(row)
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()
        if self.editing and not any(a.id == self.editing for a in self.action_items):
            self.cancel_edit()
        self._update_buttons()

    def _follow_item(self, key: str) -> None:
        if self.editing is None and not self.text.text():
            self.item.setCurrentIndex(max(0, self.item.findData(key)))

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.action_items[rows[0].row()].id if rows and rows[0].row() < len(self.action_items) else None

    def _selected(self) -> Action | None:
        aid = self.selected_id()
        return next((a for a in self.action_items if a.id == aid), None)

    def _update_buttons(self) -> None:
        action = self._selected()
        self.edit_button.setEnabled(action is not None)
        self.delete_button.setEnabled(action is not None)
        self.done_button.setEnabled(action is not None and action.status != ActionStatus.DONE)

    def _error(self, text: str) -> None:
        self.msg.setText(text)
        self.msg.setVisible(bool(text))

    # --------------------------------------------------------------- edits
    def _form_fields(self) -> dict:
        return {
            "text": self.text.text().strip(),
            "owner": self.owner.text().strip(),
            "due_on": self.due.iso(),
            "item_key": self.item.currentData(),
            "status": self.status.currentData(),
        }

    def submit(self) -> str | None:
        """Add an action, or save the one being edited."""
        if self.due.problem():  # a date that is not one: said, and nothing is saved
            self._error(self.due.problem())
            self.due.setFocus()
            return None
        fields = self._form_fields()
        try:
            if self.editing:
                action_id = self.editing
                self.edits.update_action(action_id, **fields)
            else:
                action_id = self.edits.add_action(**fields)
        except ValidationError as exc:
            self._error(str(exc))
            return None
        self._error("")
        self.cancel_edit()
        return action_id

    def edit_selected(self) -> None:
        action = self._selected()
        if action is None:
            return
        self.editing = action.id
        self.text.setText(action.text)
        self.owner.setText(action.owner or "")
        self.due.set_iso(action.due_on)
        self.item.setCurrentIndex(max(0, self.item.findData(action.item_key)))
        self.status.setCurrentIndex(self.status.findData(action.status))
        self.add_button.setText(self.tr("Save changes"))
        self.add_button.setAccessibleName(self.tr("Save changes"))
        self.form_heading.setText(self.tr("Editing the selected action item:"))
        self.cancel_button.show()
        self.text.setFocus()

    def cancel_edit(self) -> None:
        self.editing = None
        self.text.clear()
        self.owner.clear()
        self.due.set_iso(None)
        self.status.setCurrentIndex(0)
        self.add_button.setText(self.tr("Add action"))
        self.add_button.setAccessibleName(self.tr("Add action"))
        self.form_heading.setText(self.tr("New action item:"))
        self.cancel_button.hide()
        self._follow_item(self.controller.current_item)

    def mark_done(self) -> None:
        action = self._selected()
        if action is not None:
            try:
                self.edits.update_action(action.id, status="done")
            except ValidationError as exc:
                self._error(str(exc))

    def delete_selected(self) -> None:
        action = self._selected()
        if action is not None:
            try:
                self.edits.delete_action(action.id)
            except ValidationError as exc:
                self._error(str(exc))
