"""Tooltips that show participants' text as it was typed.

Qt guesses whether a tooltip is rich text (``Qt::mightBeRichText``): a note
such as "<b>budget</b>" would be shown bold, and a stray tag could hide
words. Item views and labels can be told ``PlainText``; tooltips cannot, so
the text is escaped and wrapped in a paragraph that keeps its spaces and
line breaks, which Qt then shows character for character.
"""

from __future__ import annotations

import html


def plain_tooltip(text: str) -> str:
    """A tooltip string that displays ``text`` literally (empty stays empty, so no tooltip)."""
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"
