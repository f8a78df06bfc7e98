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

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
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
from pe_desktop.core.languages import language_name
from pe_desktop.session import ops
from pe_desktop.store.errors import ValidationError
from pe_desktop.store.records import Participant
from pe_desktop.ui.ballots.kiosk_pages import KIOSK_STYLE, KioskItemPage, KioskThanksPage
from pe_desktop.ui.controller import SessionController
from pe_desktop.ui.language import translated
from pe_desktop.ui.widgets.common import accessible

#: The facilitator's way out (stated in the console, never on the kiosk screen).
LEAVE_KEYS = "Ctrl+Shift+Q"
THANKS_MS = 5000

#: Qt translation context of the kiosk's words (resources/translations/pe_desktop_<lang>.ts).
CONTEXT = "KioskWindow"

#: The kiosk's words, in English (the source language). Each voter reads them
#: in the language they pick, not the facilitator's: a voter who picks English
#: on a laptop whose windows are in Spanish must read English (and the other
#: way round). So they are looked up in that language's Qt translation
#: (:func:`pe_desktop.ui.language.translated`); a language with no .qm reads English.
KIOSK_TEXTS: dict[str, str] = {
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
}


def _tr(text: str) -> str:
    """A kiosk word in the windows' own language (Qt's installed translators)."""
    return QCoreApplication.translate(CONTEXT, text)


class KioskWindow(QWidget):
    """Full-screen, one-person-at-a-time ballot on the facilitator's laptop."""

    #: A person finished (their participant id, or "" if they rated nothing).
    ballotFinished = Signal(str)
    #: The facilitator left the kiosk.
    left = Signal()

    def __init__(
        self, controller: SessionController, parent: QWidget | None = None, thanks_ms: int = THANKS_MS
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = controller
        self.archive = controller.archive
        self.session_id = controller.session_id
        self.base: Instrument = controller.instrument
        self.language = self.base.language
        self.instrument = self.base
        self.group_id: str | None = None
        self.participant: Participant | None = None
        self.answers: dict[str, int | None] = {}
        self.index = 0
        self._leaving = False
        self.setObjectName("kiosk")
        self.setWindowTitle(self.tr("Laptop ballot"))
        self.setStyleSheet(KIOSK_STYLE)

        self.stack = QStackedWidget(self)
        self.welcome_page = self._build_welcome()
        self.item_page = KioskItemPage(self.base.scale, self)
        self.item_page.chosen.connect(self.choose)
        self.item_page.back_button.clicked.connect(self.back)
        self.item_page.next_button.clicked.connect(self.next)
        self.thanks_page = KioskThanksPage(self)
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
        """The kiosk's words in the language this voter chose (English when it has no translation)."""
        if self.language == QLocale().name().split("_")[0]:
            return _tr(KIOSK_TEXTS[key])  # the windows' language: the translator already installed
        return translated(self.language, CONTEXT, KIOSK_TEXTS[key])

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
            button = QPushButton(language_name(lang), page)
            button.setObjectName("kioskLanguage")
            button.setCheckable(True)
            accessible(button, language_name(lang))
            button.clicked.connect(lambda _checked=False, lang=lang: self.set_language(lang))
            lang_row.addWidget(button)
            self.language_buttons[lang] = button
        self.group_buttons: list[QPushButton] = []
        grid = QGridLayout()
        grid.setSpacing(24)
        groups = self.controller.groups()
        choices: list[tuple[str | None, str | None]] = [(g.name, g.id) for g in groups] or [(None, None)]
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
        room = str(self.controller.session.language or "").split("+")[0]
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
        for value, button in self.item_page.scale_buttons.items():
            if value is None:
                label = self.text("not_sure")
            else:
                sub = scale.labels.get(value, "")
                label = f"{value}\n{wrapped(sub, 11)}" if sub else str(value)
            button.setText(label)
            accessible(button, " ".join(label.split()))
        self._equalize_scale()
        self.item_page.back_button.setText("◀ " + self.text("back"))
        accessible(self.item_page.back_button, self.text("back"))
        self.item_page.hint.setText(self.text("skip_hint"))
        self.thanks_page.title.setText(self.text("thanks"))
        self.thanks_page.text.setText(self.text("thanks_more"))
        if self.stack.currentWidget() is self.item_page:
            self._show_item()

    def _equalize_scale(self) -> None:
        """Give the scale buttons one width when it fits, so no answer looks bigger than another."""
        buttons = list(self.item_page.scale_buttons.values())
        hints = [button.sizeHint().width() for button in buttons]
        room = self.width() - 2 * 48 - 16 * (len(buttons) - 1)
        fits = max(hints) * len(buttons) <= room
        for button, hint in zip(buttons, hints, strict=True):
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
        progress = self.text("progress").replace("%1", str(self.index + 1)).replace("%2", str(len(items)))
        self.item_page.progress.setText(progress)
        self.item_page.item_title.setText(item.title)
        self.item_page.item_question.setText(item.question)
        chosen = self.answers.get(item.key, "none")
        self.item_page.scale_group.setExclusive(False)
        for value, button in self.item_page.scale_buttons.items():
            button.setChecked(chosen != "none" and value == chosen)
        self.item_page.scale_group.setExclusive(True)
        last = self.index == len(items) - 1
        self.item_page.next_button.setText(self.text("finish") + " ✓" if last else self.text("next") + " ▶")
        accessible(self.item_page.next_button, self.text("finish") if last else self.text("next"))
        self.item_page.back_button.setEnabled(self.index > 0)
        self.item_page.feedback.setText(self.text("saved") + " ✓" if item.key in self.answers else "")
        buttons = self.item_page.scale_buttons
        first = buttons.get(self.answers[item.key]) if item.key in self.answers else next(iter(buttons.values()))
        if first is not None:
            first.setFocus()

    def current_key(self) -> str:
        return self.instrument.items[self.index].key

    def choose(self, value: int | None) -> bool:
        """Save this person's rating of the current item at once; True if committed."""
        key = self.current_key()
        try:
            # one op: the person's participant is made with their first rating, in the same commit;
            # the controller hears of it through the archive's observer
            change = ops.kiosk_rating(self.archive, self.session_id, self.participant, self.group_id,
                                      self.language, key, value)
        except ValidationError as exc:
            self.item_page.feedback.setText(str(exc))
            self._show_checked(self.answers.get(key, "none"))
            return False
        self.participant = change.result
        self.answers[key] = value
        self._show_checked(value)
        self.item_page.scale_buttons[value].setFocus()
        self.item_page.feedback.setText(self.text("saved") + " ✓")
        return True

    def _show_checked(self, value: int | None | str) -> None:
        self.item_page.scale_group.setExclusive(False)
        for v, button in self.item_page.scale_buttons.items():
            button.setChecked(value != "none" and v == value)
        self.item_page.scale_group.setExclusive(True)

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
        pid = self.participant.id if self.participant else ""
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
