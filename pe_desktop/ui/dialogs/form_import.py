"""File ▸ Import form: check a form file, then copy it into the user forms folder.

A form is copied only when it loads without a single problem, and every
problem is reported at once (the loader collects them) so the author fixes
the file in one pass. After copying, the form is looked up the way the New
session dialog will look it up, so a copy that would be shadowed by a newer
version of the same form is reported rather than silently ignored.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("FormImport", text)


class FormImportError(Exception):
    """Why a form was not imported: a headline and the full list of problems."""

    def __init__(self, headline: str, details: str = "") -> None:
        super().__init__(headline if not details else f"{headline}\n{details}")
        self.headline = headline
        self.details = details


def import_form(source: Path) -> str:
    """Copy a valid form into ``user_forms_dir()``; returns a message for the person.

    Raises :class:`FormImportError` when the file has problems, would replace
    a different file of the same name, or would not be used.
    """
    from pe_desktop.core.instruments import InstrumentError, available_instruments, load_instrument, user_forms_dir

    source = Path(source)
    try:
        instrument = load_instrument(source)
    except InstrumentError as exc:
        count = len(exc.problems)
        headline = (_tr("%1 has a problem; it was not imported.") if count == 1
                    else _tr("%1 has %2 problems; it was not imported.").replace("%2", str(count)))
        raise FormImportError(headline.replace("%1", source.name), "\n".join(str(p) for p in exc.problems)) from None

    folder = user_forms_dir()
    target = folder / f"{instrument.key}.toml"
    if source.resolve() == target.resolve():
        return _tr("“%1” is already in your forms folder.").replace("%1", instrument.title)
    current = available_instruments().get(instrument.key)
    if (
        current is not None
        and current.version >= instrument.version
        and current.content_hash != instrument.content_hash
    ):
        raise FormImportError(
            _tr("A form with the key “%1” (version %2) is already available; it was not imported.")
            .replace("%1", instrument.key).replace("%2", str(current.version)),
            _tr("Raise the version in %1 above %2 to replace it.").replace("%1", source.name)
            .replace("%2", str(current.version)),
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".toml.part")
        shutil.copyfile(source, partial)
        partial.replace(target)
    except OSError as exc:
        raise FormImportError(_tr("The form could not be copied into %1.").replace("%1", str(folder)),
                              exc.strerror or str(exc)) from None
    return (_tr("“%1” (%2 items) was added to your forms. Choose it in Session ▸ New session.")
            .replace("%1", instrument.title).replace("%2", str(len(instrument.items))))
