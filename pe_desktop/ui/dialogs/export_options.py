"""The few choices before a PDF is written: paper size, language, blank ballots.

Asked in a small dialog before the file dialog because they differ by room
(Letter in the US, A4 elsewhere; a Spanish-speaking group gets Spanish
ballots). The last choices are remembered in the settings so the usual case
is two presses of Enter.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from pe_desktop.core.languages import language_name as own_name

PAGE_SIZES = ("A4", "Letter")


def language_name(code: str) -> str:
    """"Español (es)": the language named in itself (pe_desktop.core.languages), so its speakers find it."""
    return f"{own_name(code)} ({code})"


def default_page_size() -> str:
    """Letter where Letter is the norm (QLocale knows), A4 elsewhere."""
    return "Letter" if QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem else "A4"


class ExportOptionsDialog(QDialog):
    """Page size and language (and, for ballots, how many blank ones)."""

    def __init__(
        self, title: str, languages: Sequence[str], settings: QSettings, ballots: bool = False,
        paper_participants: int = 0, parent: QWidget | None = None, session_language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        form = QFormLayout()

        self.page_size = QComboBox()
        self.page_size.addItems(PAGE_SIZES)
        self.page_size.setAccessibleName(self.tr("Paper size"))
        saved = settings.value("export/page_size", default_page_size())
        self.page_size.setCurrentIndex(max(0, self.page_size.findText(str(saved))))
        label = QLabel(self.tr("&Paper size:"))
        label.setBuddy(self.page_size)
        form.addRow(label, self.page_size)

        self.language = QComboBox()
        for code in languages:
            self.language.addItem(language_name(code), code)
        self.language.setAccessibleName(self.tr("Language"))
        system = QLocale.system().name().split("_")[0]
        saved_language = settings.value("export/language", system if system in languages else "en")
        if session_language in languages and not settings.contains("export/language"):
            # The room's language (the session's) until the facilitator has chosen one.
            saved_language = session_language
        self.language.setCurrentIndex(max(0, self.language.findData(str(saved_language))))
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.language)
        form.addRow(label, self.language)

        self.blanks = QSpinBox()
        self.blanks.setRange(0, 500)
        self.blanks.setAccessibleName(self.tr("Blank ballots"))
        self.blanks.setValue(0 if paper_participants else 20)
        self.blanks_info = QLabel(
            self.tr("One ballot for each of the %1 paper participants, plus the blank ones.")
            .replace("%1", str(paper_participants)) if paper_participants
            else self.tr("No paper participants yet: print blank ballots with an empty code box.")
        )
        self.blanks_info.setWordWrap(True)
        if ballots:
            label = QLabel(self.tr("&Blank ballots:"))
            label.setBuddy(self.blanks)
            form.addRow(label, self.blanks)
            form.addRow("", self.blanks_info)
        else:
            self.blanks.hide()
            self.blanks_info.hide()

        self._add_buttons(form)

    def _add_buttons(self, form: QFormLayout) -> None:
        """Choose file… / Cancel under the form."""
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Choose file…"))
        ok.setAccessibleName(self.tr("Choose file"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(cancel.text().replace("&", ""))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict:
        return {"page_size": self.page_size.currentText(), "language": self.language.currentData(),
                "blanks": self.blanks.value()}

    def accept(self) -> None:
        self._settings.setValue("export/page_size", self.page_size.currentText())
        self._settings.setValue("export/language", self.language.currentData())
        super().accept()
