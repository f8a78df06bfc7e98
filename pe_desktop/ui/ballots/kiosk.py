"""The laptop kiosk ballot: the laptop is passed around and each person rates every item.

For people without a phone (or who prefer not to use one): full screen, large
buttons, one person at a time. A person picks their group and language,
rates each item (or skips it, or says "not sure"), and finishes; a thank-you
screen clears itself after a few seconds for the next person. Nothing on the
screen names anyone or shows what the previous person chose.

Each person becomes a new participant (channel ``laptop``) at their first
rating, and every rating is committed as it is chosen, so nothing is lost if
the laptop dies mid-ballot. These are the participant's own answers, not the
facilitator's edits, so they are not put on the facilitator's undo stack
(the facilitator can remove the participant, which is undoable).

Escape, Alt+F4 and the close button do nothing: only the facilitator's key
combination (Ctrl+Shift+Q, shown in the console, not here) leaves the kiosk.
"""

from __future__ import annotations

import textwrap

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pe_desktop.core.instruments import Instrument
from pe_desktop.store.errors import ValidationError
from pe_desktop.ui.widgets.common import accessible
from pe_desktop.ui.controller import SessionController

#: The facilitator's way out (stated in the console, never on the kiosk screen).
LEAVE_KEYS = "Ctrl+Shift+Q"
THANKS_MS = 5000

#: Languages' own names, for the language buttons.
LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "pt": "Português", "zh": "中文", "vi": "Tiếng Việt"}

#: The kiosk's words in every language a voter can pick; a form language not
#: listed here reads English. Deliberately not Qt's tr(): Qt's translators
#: follow the facilitator's UI language, but each voter picks their own, and
#: a voter who picks English on a laptop whose windows are in Spanish must
#: read English (and the other way round). To add a language, add its table.
KIOSK_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "welcome": "Welcome",
        "pick_group": "Which group are you part of?",
        "no_group": "Start",
        "progress": "Question %1 of %2",
        "not_sure": "Not sure",
        "back": "Back",
        "next": "Next",
        "finish": "Finish",
        "skip_hint": "You can skip a question with Next.",
        "saved": "Saved",
        "thanks": "Thank you!",
        "thanks_more": "Your answers are saved. Please pass the laptop to the next person.",
    },
    "es": {
        "welcome": "Bienvenida, bienvenido",
        "pick_group": "¿De qué grupo forma parte?",
        "no_group": "Continuar",
        "progress": "Pregunta %1 de %2",
        "not_sure": "No sé",
        "back": "Atrás",
        "next": "Siguiente",
        "finish": "Terminar",
        "skip_hint": "Puede saltar una pregunta con Siguiente.",
        "saved": "Guardado",
        "thanks": "¡Gracias!",
        "thanks_more": "Sus respuestas están guardadas. Por favor, pase la computadora a la siguiente persona.",
    },
}


class KioskWindow(QWidget):
    """Full-screen, one-person-at-a-time ballot on the facilitator's laptop."""

    #: A person finished (their participant id, or "" if they rated nothing).
    ballotFinished = Signal(str)
    #: The facilitator left the kiosk.
    left = Signal()

    def __init__(self, controller: SessionController, parent: QWidget | None = None, thanks_ms: int = THANKS_MS) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = controller
        self.archive = controller.archive
        self.session_id = controller.session_id
        self.base: Instrument = controller.instrument
        self.language = self.base.language
        self.instrument = self.base
        self.group_id: str | None = None
        self.participant: dict | None = None
        self.answers: dict[str, int | None] = {}
        self.index = 0
        self._leaving = False
        self.setObjectName("kiosk")
        self.setWindowTitle(self.tr("Laptop ballot"))
        self.setStyleSheet(KIOSK_STYLE)

        self.stack = QStackedWidget(self)
        self.welcome_page = self._build_welcome()
        self.item_page = self._build_item_page()
        self.thanks_page = self._build_thanks()
        for page in (self.welcome_page, self.item_page, self.thanks_page):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self.stack)

        self.thanks_timer = QTimer(self)
        self.thanks_timer.setSingleShot(True)
        self.thanks_timer.setInterval(thanks_ms)
        self.thanks_timer.timeout.connect(self.reset)

        leave = QShortcut(QKeySequence(LEAVE_KEYS), self)
        leave.setContext(Qt.ShortcutContext.WindowShortcut)
        leave.activated.connect(self.leave)
        self.reset()

    # ------------------------------------------------------------ texts
    def text(self, key: str) -> str:
        """The kiosk's words in the language this voter chose (English when it has no table)."""
        return KIOSK_TEXTS.get(self.language, KIOSK_TEXTS["en"]).get(key, KIOSK_TEXTS["en"][key])

    # ------------------------------------------------------------ pages
    def _build_welcome(self) -> QWidget:
        page = QWidget(self)
        self.welcome_title = QLabel(page)
        self.welcome_title.setObjectName("kioskWelcome")
        self.welcome_title.setTextFormat(Qt.TextFormat.PlainText)
        self.welcome_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome_title.setWordWrap(True)
        self.pick_label = QLabel(page)
        self.pick_label.setObjectName("kioskQuestion")
        self.pick_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.language_buttons: dict[str, QPushButton] = {}
        lang_row = QHBoxLayout()
        lang_row.addStretch(1)
        for lang in self.base.languages:
            button = QPushButton(LANGUAGE_NAMES.get(lang, lang), page)
            button.setObjectName("kioskLanguage")
            button.setCheckable(True)
            accessible(button, LANGUAGE_NAMES.get(lang, lang))
            button.clicked.connect(lambda _checked=False, lang=lang: self.set_language(lang))
            lang_row.addWidget(button)
            self.language_buttons[lang] = button
        self.group_buttons: list[QPushButton] = []
        grid = QGridLayout()
        grid.setSpacing(24)
        groups = self.controller.groups()
        choices = [(g["name"], g["id"]) for g in groups] or [(None, None)]
        columns = 2 if len(choices) > 3 else 1
        for i, (name, gid) in enumerate(choices):
            button = QPushButton(page)
            button.setObjectName("kioskGroup")
            button.setProperty("group_name", name)
            button.clicked.connect(lambda _checked=False, gid=gid: self.pick_group(gid))
            grid.addWidget(button, i // columns, i % columns)
            self.group_buttons.append(button)
        layout = QVBoxLayout(page)
        layout.addLayout(lang_row)
        layout.addStretch(1)
        layout.addWidget(self.welcome_title)
        layout.addWidget(self.pick_label)
        layout.addSpacing(24)
        layout.addLayout(grid)
        layout.addStretch(2)
        return page

    def _build_item_page(self) -> QWidget:
        page = QWidget(self)
        self.progress = QLabel(page)
        self.progress.setObjectName("kioskProgress")
        self.item_title = QLabel(page)
        self.item_title.setObjectName("kioskTitle")
        self.item_title.setTextFormat(Qt.TextFormat.PlainText)
        self.item_title.setWordWrap(True)
        self.item_question = QLabel(page)
        self.item_question.setObjectName("kioskQuestion")
        self.item_question.setTextFormat(Qt.TextFormat.PlainText)
        self.item_question.setWordWrap(True)
        self.scale_group = QButtonGroup(page)
        self.scale_group.setExclusive(True)
        self.scale_buttons: dict[int | None, QPushButton] = {}
        scale_row = QHBoxLayout()
        scale_row.setSpacing(16)
        for value in self.base.scale.answers:
            button = QPushButton(page)
            button.setObjectName("kioskUnsure" if value is None else "kioskScale")
            button.setCheckable(True)
            button.clicked.connect(lambda _checked=False, value=value: self.choose(value))
            self.scale_group.addButton(button)
            scale_row.addWidget(button, 1)
            self.scale_buttons[value] = button
        self.hint = QLabel(page)
        self.hint.setObjectName("kioskHint")
        self.feedback = QLabel(page)
        self.feedback.setObjectName("kioskHint")
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.back_button = QPushButton(page)
        self.back_button.setObjectName("kioskNav")
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(page)
        self.next_button.setObjectName("kioskNav")
        self.next_button.clicked.connect(self.next)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.feedback)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addWidget(self.item_title)
        layout.addWidget(self.item_question)
        layout.addSpacing(32)
        layout.addLayout(scale_row)
        layout.addWidget(self.hint)
        layout.addStretch(2)
        layout.addLayout(nav)
        return page

    def _build_thanks(self) -> QWidget:
        page = QWidget(self)
        self.thanks_title = QLabel(page)
        self.thanks_title.setObjectName("kioskThanks")
        self.thanks_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks_text = QLabel(page)
        self.thanks_text.setObjectName("kioskQuestion")
        self.thanks_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks_text.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.thanks_title)
        layout.addWidget(self.thanks_text)
        layout.addStretch(1)
        return page

    # ------------------------------------------------------------ flow
    def start(self) -> None:
        """Show full screen on the laptop's own screen, ready for the first person."""
        self.reset()
        self.showFullScreen()
        self.activateWindow()

    def reset(self) -> None:
        """Clear everything of the previous person and show the group choice."""
        self.thanks_timer.stop()
        self.participant = None
        self.group_id = None
        self.answers = {}
        self.index = 0
        self.set_language(self._room_language())
        self.stack.setCurrentWidget(self.welcome_page)
        if self.group_buttons:
            self.group_buttons[0].setFocus()

    def _room_language(self) -> str:
        """The session's language (the first of a mixed room's) when the form has it: each voter starts there."""
        room = str(self.controller.session.get("language") or "").split("+")[0]
        return room if room in self.base.languages else self.base.language

    def set_language(self, language: str) -> None:
        self.language = language
        self.instrument = self.base.localized(language)
        for lang, button in self.language_buttons.items():
            button.setChecked(lang == language)
        self._retranslate()

    def _retranslate(self) -> None:
        self.welcome_title.setText(f"{self.text('welcome')} — {self.instrument.title}")
        self.pick_label.setText(self.text("pick_group"))
        for button in self.group_buttons:
            name = button.property("group_name")
            text = name if name else self.text("no_group")
            button.setText(wrapped(text, 18))
            accessible(button, text)
        scale = self.instrument.scale
        for value, button in self.scale_buttons.items():
            if value is None:
                label = self.text("not_sure")
            else:
                sub = scale.labels.get(value, "")
                label = f"{value}\n{wrapped(sub, 11)}" if sub else str(value)
            button.setText(label)
            accessible(button, " ".join(label.split()))
        self._equalize_scale()
        self.back_button.setText("◀ " + self.text("back"))
        accessible(self.back_button, self.text("back"))
        self.hint.setText(self.text("skip_hint"))
        self.thanks_title.setText(self.text("thanks"))
        self.thanks_text.setText(self.text("thanks_more"))
        if self.stack.currentWidget() is self.item_page:
            self._show_item()

    def _equalize_scale(self) -> None:
        """Give the scale buttons one width when it fits, so no answer looks bigger than another."""
        buttons = list(self.scale_buttons.values())
        hints = [button.sizeHint().width() for button in buttons]
        room = self.width() - 2 * 48 - 16 * (len(buttons) - 1)
        fits = max(hints) * len(buttons) <= room
        for button, hint in zip(buttons, hints):
            # Ignored: the layout shares the row by stretch (equally), never less than the text needs.
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            button.setMinimumWidth(max(hints) if fits else hint)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._equalize_scale()

    def pick_group(self, group_id: str | None) -> None:
        self.group_id = group_id
        self.index = 0
        self.stack.setCurrentWidget(self.item_page)
        self._show_item()

    def _show_item(self) -> None:
        items = self.instrument.items
        item = items[self.index]
        self.progress.setText(self.text("progress").replace("%1", str(self.index + 1)).replace("%2", str(len(items))))
        self.item_title.setText(item.title)
        self.item_question.setText(item.question)
        chosen = self.answers.get(item.key, "none")
        self.scale_group.setExclusive(False)
        for value, button in self.scale_buttons.items():
            button.setChecked(chosen != "none" and value == chosen)
        self.scale_group.setExclusive(True)
        last = self.index == len(items) - 1
        self.next_button.setText(self.text("finish") + " ✓" if last else self.text("next") + " ▶")
        accessible(self.next_button, self.text("finish") if last else self.text("next"))
        self.back_button.setEnabled(self.index > 0)
        self.feedback.setText(self.text("saved") + " ✓" if item.key in self.answers else "")
        first = self.scale_buttons.get(chosen) if chosen != "none" else next(iter(self.scale_buttons.values()))
        if first is not None:
            first.setFocus()

    def current_key(self) -> str:
        return self.instrument.items[self.index].key

    def choose(self, value: int | None) -> bool:
        """Save this person's rating of the current item at once; True if committed."""
        key = self.current_key()
        try:
            if self.participant is None:
                self.participant = self.archive.add_participant(self.session_id, self.group_id, "laptop", self.language)
                self.controller.participantsChanged.emit()
            self.archive.record_rating(self.session_id, self.controller.round, self.participant["id"], key, value, source="laptop")
        except ValidationError as exc:
            self.feedback.setText(str(exc))
            self._show_checked(self.answers.get(key, "none"))
            return False
        self.answers[key] = value
        self.controller.notify_rating_saved()
        self._show_checked(value)
        self.scale_buttons[value].setFocus()
        self.feedback.setText(self.text("saved") + " ✓")
        return True

    def _show_checked(self, value: int | None | str) -> None:
        self.scale_group.setExclusive(False)
        for v, button in self.scale_buttons.items():
            button.setChecked(value != "none" and v == value)
        self.scale_group.setExclusive(True)

    def next(self) -> None:
        if self.index + 1 < len(self.instrument.items):
            self.index += 1
            self._show_item()
        else:
            self.finish()

    def back(self) -> None:
        if self.index > 0:
            self.index -= 1
            self._show_item()

    def finish(self) -> None:
        """Thank the person; the screen clears by itself for the next one."""
        pid = self.participant["id"] if self.participant else ""
        self.participant = None
        self.answers = {}
        self.stack.setCurrentWidget(self.thanks_page)
        self.thanks_timer.start()
        self.ballotFinished.emit(pid)

    def leave(self) -> None:
        """The facilitator's key combination: close the kiosk."""
        self._leaving = True
        self.thanks_timer.stop()
        self.close()
        self.left.emit()

    # ------------------------------------------------------------ events
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        text = event.text()
        page = self.stack.currentWidget()
        if key == Qt.Key.Key_Escape:
            event.accept()  # Escape alone never leaves the kiosk
            return
        if page is self.item_page:
            scale = self.instrument.scale
            if text.isdigit() and int(text) in scale.points:
                self.choose(int(text))
                return
            if text in ("n", "N", "?") and scale.allow_unsure:
                self.choose(None)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_PageDown, Qt.Key.Key_Right):
                self.next()
                return
            if key in (Qt.Key.Key_Backspace, Qt.Key.Key_PageUp, Qt.Key.Key_Left):
                self.back()
                return
        elif page is self.welcome_page and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QAbstractButton):
                focused.click()
                return
        elif page is self.thanks_page and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.reset()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._leaving:
            event.accept()
        else:
            event.ignore()  # Alt+F4 or the window manager: only the facilitator may leave


def wrapped(text: str, width: int) -> str:
    """Break a long label over lines: a push button never wraps by itself."""
    return "\n".join(textwrap.wrap(text, width, break_long_words=False)) or text


KIOSK_STYLE = """
#kiosk { background: #FFFFFF; }
#kiosk QLabel { color: #111111; font-size: 20pt; }
#kiosk QLabel#kioskTitle { font-size: 40pt; font-weight: bold; }
#kiosk QLabel#kioskWelcome { font-size: 32pt; font-weight: bold; }
#kiosk QLabel#kioskQuestion { font-size: 28pt; }
#kiosk QLabel#kioskProgress { font-size: 18pt; color: #333333; }
#kiosk QLabel#kioskHint { font-size: 16pt; color: #333333; }
#kiosk QLabel#kioskThanks { font-size: 60pt; font-weight: bold; color: #1B5E20; }
#kiosk QPushButton {
    font-size: 24pt; color: #111111; background: #F2F2F2;
    border: 3px solid #1A1A1A; border-radius: 14px; padding: 18px 28px; min-height: 90px;
}
#kiosk QPushButton:focus { border: 6px solid #0B4F9C; }
#kiosk QPushButton:checked { background: #0B4F9C; color: #FFFFFF; }
#kiosk QPushButton:disabled { color: #8A8A8A; border-color: #BBBBBB; }
#kiosk QPushButton#kioskGroup { font-size: 28pt; min-height: 110px; }
#kiosk QPushButton#kioskScale { font-size: 24pt; min-height: 140px; padding: 18px 8px; }
#kiosk QPushButton#kioskUnsure { font-size: 22pt; min-height: 140px; padding: 18px 8px; border-style: dashed; }
#kiosk QPushButton#kioskLanguage { font-size: 16pt; min-height: 40px; padding: 6px 18px; }
"""
