"""What each audience sees of the running session: projector, console, phone page, PDF.

Each function reads the archive and returns a plain, frozen dataclass; the
windows, the phone server and the report only copy it onto the screen or
the page. Visibility comes from :mod:`.rules`, suppression and the "other"
mapping from :mod:`.marks`, figures from :mod:`pe_desktop.core.stats`, and
texts from the instrument in the language asked for (None, or a language
the instrument has no translation for, gives its own texts).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pe_desktop.core.stats import GroupDef, RatingRow, item_summary, session_summary, shift
from pe_desktop.session.records import field, text
from pe_desktop.session.views.marks import GroupMark, group_defs, group_marks, stacked
from pe_desktop.session.views.rules import Audience, results_visible
from pe_desktop.session.views.turnout import Turnout, turnout
from pe_desktop.store.session_reads import participant, participant_votes, session_if_any

if TYPE_CHECKING:
    from pe_desktop.core.instruments import Instrument
    from pe_desktop.store import Archive


@dataclass(frozen=True)
class ItemText:
    """An item's texts in one language."""

    key: str
    title: str
    question: str
    prompts: tuple[str, ...]


@dataclass(frozen=True)
class ItemResult:
    """An item's results as an audience may see them.

    ``summary`` is the docs/design.md §9 item object (suppressed groups carry no figures);
    ``dots`` one (value, mark) per rating in stacking order; ``marks`` the
    mark of each group id (suppressed groups are "other").
    """

    summary: dict[str, Any]
    marks: dict[str, GroupMark]
    dots: tuple[tuple[int | None, GroupMark], ...]
    rows: tuple[RatingRow, ...]


@dataclass(frozen=True)
class ItemView:
    """One item for one audience: texts, state, how many have rated, and the results when visible."""

    audience: Audience
    round: int
    rounds: int
    language: str | None
    item: ItemText
    state: str
    rated: int
    session_closed: bool
    result: ItemResult | None
    #: round 1 → round 2 movement (console, round 2 with results visible)
    shift: dict[str, float | None] | None = None
    #: who rated this item in this round: people and show-of-hands votes apart (``rated`` is both)
    counts: Turnout = Turnout()

    @property
    def mode(self) -> str:
        """"voting" (only the count) or "result" (the distribution and figures)."""
        return "result" if self.result is not None else "voting"


def item_text(instrument: Instrument, key: str, language: str | None) -> ItemText:
    """An item's texts in ``language`` (None: the instrument's own language)."""
    item = (instrument if language is None else instrument.localized(language)).item(key)
    return ItemText(item.key, item.title, item.question, tuple(item.prompts))


def item_result(key: str, rows: Sequence[RatingRow], groups: Sequence[GroupDef], instrument: Instrument,
                min_group_size: int) -> ItemResult:
    """Figures, marks and dots of one item from its ratings: the same for every audience."""
    scale = instrument.scale
    summary = item_summary(key, rows, groups, scale.min, scale.max, min_group_size)
    marks = group_marks(groups, summary)
    return ItemResult(summary, marks, tuple(stacked(key, rows, marks)), tuple(r for r in rows if r.item_key == key))


def _item_view(archive: Archive, audience: Audience, session_id: str, item_key: str, language: str | None,
               round: int | None) -> ItemView:
    session = archive.session(session_id)
    instrument = archive.instrument(session_id)
    rnd = int(round or field(session, "current_round"))
    closed = text(field(session, "status")) == "closed"
    state = archive.item_states(session_id, rnd).get(item_key, "pending")
    rows = archive.rating_rows(session_id, rnd, item_key)
    result = None
    moved = None
    if results_visible(audience, state, closed):
        groups = group_defs(archive.groups(session_id))
        min_size = int(field(session, "min_group_size"))
        result = item_result(item_key, rows, groups, instrument, min_size)
        if audience == "console" and rnd == 2:
            first = item_result(item_key, archive.rating_rows(session_id, 1, item_key), groups, instrument, min_size)
            moved = shift(first.summary, result.summary)
    return ItemView(
        audience,
        rnd,
        int(field(session, "rounds") or 1),
        language,
        item_text(instrument, item_key, language),
        state,
        len(rows),
        closed,
        result,
        moved,
        turnout(archive, session_id, rnd, item_key),
    )


def projector_view(archive: Archive, session_id: str, item_key: str, language: str | None = None,
                   round: int | None = None) -> ItemView:
    """What the room sees of one item: while voting only how many have rated, once revealed the spread."""
    return _item_view(archive, "projector", session_id, item_key, language, round)


def console_view(archive: Archive, session_id: str, item_key: str, language: str | None = None,
                 round: int | None = None) -> ItemView:
    """What the facilitator sees of one item: figures once voting on it has closed, shift in round 2."""
    return _item_view(archive, "console", session_id, item_key, language, round)


# ------------------------------------------------------------------ phone
def phone_texts(instrument: Instrument, language: str) -> dict[str, Any]:
    """The instrument's texts for the phone page, in ``language`` (a session's snapshot never changes: cache it)."""
    inst = instrument.localized(language)
    scale = inst.scale
    return {
        "instrument": {"key": inst.key, "title": inst.title},
        "scale": {
            "min": scale.min, "max": scale.max, "allow_unsure": scale.allow_unsure,
            "points": [{"value": v, "label": scale.labels.get(v, "")} for v in scale.points],
        },
        "items": [{"key": i.key, "title": i.title, "question": i.question} for i in inst.items],
    }


@dataclass(frozen=True)
class PhoneView:
    """What one phone shows: the session, the items and their states, the groups, this phone's votes."""

    title: str
    closed: bool
    round: int
    language: str
    texts: Mapping[str, Any]
    states: dict[str, str]
    groups: tuple[tuple[str, str], ...]
    #: (participant code, group id, {item: value}) of this phone, None before it joined
    me: tuple[str, str | None, dict[str, int | None]] | None

    @property
    def open_items(self) -> list[str]:
        return [] if self.closed else [key for key, state in self.states.items() if state == "open"]

    @property
    def shown_items(self) -> list[str]:
        """Items whose results the room may see (the phone page marks them)."""
        return [key for key, state in self.states.items() if results_visible("phone", state, self.closed)]


def phone_view(archive: Archive, session_id: str, language: str, participant_id: str | None,
               texts: Mapping[str, Any] | None = None) -> PhoneView | None:
    """The phone page's state; None when the session no longer exists. ``texts`` from :func:`phone_texts`."""
    session = session_if_any(archive, session_id)
    if session is None:
        return None
    rnd = int(session["current_round"])
    me = None
    if participant_id:
        found = participant(archive, session_id, participant_id)
        if found is not None:
            me = (str(found["code"]), found["group_id"], participant_votes(archive, session_id, rnd, participant_id))
    closed = text(session["status"]) == "closed" or session["deleted_at"] is not None
    return PhoneView(
        str(session["title"]), closed, rnd, language,
        texts if texts is not None else phone_texts(archive.instrument(session_id), language),
        dict[str, str](archive.item_states(session_id, rnd)),
        tuple((str(field(g, "id")), str(field(g, "name"))) for g in archive.groups(session_id)), me,
    )


# ----------------------------------------------------------------- report
@dataclass(frozen=True)
class ReportRound:
    """One item in one round, for the PDF (every item is shown: the session is over)."""

    round: int
    result: ItemResult


@dataclass(frozen=True)
class ReportView:
    """Everything the summary PDF shows of the ratings, per item and round, in ``language``."""

    language: str
    instrument: Instrument
    groups: tuple[GroupDef, ...]
    rounds: tuple[int, ...]
    items: dict[str, tuple[ReportRound, ...]]
    #: the docs/design.md §9 session summary per round
    summaries: dict[int, dict[str, Any]]


def report_view(archive: Archive, session_id: str, rounds: Sequence[int], language: str = "en") -> ReportView:
    """Figures and dots of every item in each of ``rounds`` (the rounds that hold ratings)."""
    session = archive.session(session_id)
    instrument = archive.instrument(session_id).localized(language)
    groups = tuple(group_defs(archive.groups(session_id)))
    min_size = int(field(session, "min_group_size"))
    scale = instrument.scale
    items: dict[str, list[ReportRound]] = {key: [] for key in instrument.item_keys}
    summaries: dict[int, dict[str, Any]] = {}
    for rnd in rounds:
        rows = archive.rating_rows(session_id, rnd)
        summaries[rnd] = session_summary(session_id, instrument.key, instrument.item_keys, rows, groups,
                                         scale.min, scale.max, min_size, rnd)
        for number, key in enumerate(instrument.item_keys):
            summary = summaries[rnd]["items"][number]
            marks = group_marks(groups, summary)
            result = ItemResult(summary, marks, tuple(stacked(key, rows, marks)), ())
            items[key].append(ReportRound(rnd, result))
    return ReportView(language, instrument, groups, tuple(rounds), {k: tuple(v) for k, v in items.items()}, summaries)
