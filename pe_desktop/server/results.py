"""Results in every hand (issue 13): revealed results on the phones, and the summary PDF.

After the facilitator reveals an item, the phone shows what the projector
shows, in words: the median, where most ratings fall (the middle half, Q1 to
Q3), how much people agree, and each group's median, with the same
suppression: a group under the session's minimum size is never shown alone.
Which items and which groups come from the session layer's views
(pe_desktop.session.views: ``results_visible`` for the phone audience and
``item_result``), the same rule the projector and the PDF follow.

The server sits beside the report layer, not above it, so the PDF writer is
handed in by whoever starts the server (``summary_pdf``: the GUI and
``pe-desktop serve`` pass pe_desktop.report.write_summary_pdf); without one
the phones are offered no PDF.

When the session has ended, ``GET /api/summary.pdf?lang=es`` gives the
session's summary PDF (groups and figures only, no person's answers) in the
phone's language. It is made once per language in a worker thread (one at a
time, however many phones ask) and kept in memory while the server runs.
"""

from __future__ import annotations

import asyncio
import tempfile
import threading
from concurrent.futures import Executor, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from aiohttp import web

from pe_desktop.core.vocab import SessionStatus
from pe_desktop.server.voting import UI_LANGUAGES, Refused
from pe_desktop.session.views import group_defs, item_result, results_visible
from pe_desktop.store import Archive

if TYPE_CHECKING:
    from pe_desktop.server.host import PhoneHost


class SummaryWriter(Protocol):
    """Writes a session's summary PDF to ``out_path`` in ``language`` (pe_desktop.report.write_summary_pdf)."""

    def __call__(self, archive: Archive, session_id: str, out_path: Path, *, language: str) -> object: ...


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(float(value), 1)


class PhoneResults:
    """What phones may see of the results, computed from the archive like the projector's."""

    def __init__(self, archive: Archive, session_id: str, summary_pdf: SummaryWriter | None = None) -> None:
        self.archive = archive
        self.session_id = session_id
        self._summary_pdf = summary_pdf
        self._cache: dict[tuple, list[dict[str, Any]]] = {}
        self._lock = threading.Lock()
        self._pdfs: dict[tuple, bytes] = {}
        self._pdf_pool: Executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pe-voting-pdf")
        self._pdf_jobs: dict[tuple, asyncio.Future[bytes]] = {}

    # -------------------------------------------------------------- results
    def revealed(self, rnd: int, keys: list[str]) -> list[dict[str, Any]]:
        """The plain figures of each revealed item (in a reader thread; cached until ratings change)."""
        if not keys:
            return []
        counts = self.archive.value_counts(self.session_id, rnd)  # changes with any changed vote
        stamp = (rnd, tuple(keys), tuple(tuple(sorted(counts.get(k, {}).items(), key=str)) for k in keys))
        with self._lock:
            cached = self._cache.get(stamp)
        if cached is not None:
            return cached
        session = self.archive.session(self.session_id)
        instrument = self.archive.instrument(self.session_id)
        rows = self.archive.rating_rows(self.session_id, rnd)
        groups = group_defs(self.archive.groups(self.session_id))
        out = []
        for key in keys:
            item = item_result(key, rows, groups, instrument, int(session.min_group_size)).summary
            out.append({
                "key": key, "n": int(item.get("n") or 0), "unsure": int(item.get("unsure") or 0),
                "median": _rounded(item.get("median")), "q1": _rounded(item.get("q1")), "q3": _rounded(item.get("q3")),
                "agreement": item.get("agreement"),
                "groups": [{"name": g["name"], "median": _rounded(g["median"]), "n": g["n"]}
                           for g in item["groups"] if not g["suppressed"] and g.get("median") is not None],
                "hidden_groups": sum(1 for g in item["groups"] if g["suppressed"]),
            })
        with self._lock:
            self._cache = {stamp: out}
        return out

    def add_to_state(self, state: dict[str, Any]) -> dict[str, Any]:
        """Add the figures of the items the phone audience may see (the session views' rule) and the PDF flag."""
        closed = bool(state["session"]["closed"])
        shown = [item["key"] for item in state["items"] if results_visible("phone", item["state"], closed)]
        state["results"] = self.revealed(state["round"], shown)
        state["summary"] = closed and self._summary_pdf is not None
        return state

    # ------------------------------------------------------------------ pdf
    def add_routes(self, app: web.Application, phone: PhoneHost) -> None:
        self._phone = phone
        app.router.add_get("/api/summary.pdf", self.summary_pdf)

    def _make_pdf(self, language: str) -> bytes:
        assert self._summary_pdf is not None  # summary_pdf() refuses first
        with tempfile.TemporaryDirectory(prefix="pe-phone-pdf-") as folder:
            path = Path(folder) / "summary.pdf"
            self._summary_pdf(self.archive, self.session_id, path, language=language)
            return path.read_bytes()

    async def summary_pdf(self, request: web.Request) -> web.StreamResponse:
        self._phone.device_for(request, need_header=False)
        if self._summary_pdf is None:
            raise Refused(404, "no-summary", "this server offers no summary PDF")
        language = request.query.get("lang", UI_LANGUAGES[0])
        if language not in UI_LANGUAGES:
            raise Refused(400, "bad-language", f"lang: {language[:10]!r} is not one of {', '.join(UI_LANGUAGES)}")
        session = await self._phone.read_in_thread(self.archive.session, self.session_id)
        if session.status != SessionStatus.CLOSED:
            raise Refused(409, "not-ended", "the summary is ready once the session has ended")
        key = (language, session.updated_at)
        body = self._pdfs.get(key)
        if body is None:
            job = self._pdf_jobs.get(key)
            if job is None:  # one PDF at a time, shared by every phone that asks meanwhile
                job = asyncio.get_running_loop().run_in_executor(self._pdf_pool, self._make_pdf, language)
                self._pdf_jobs[key] = job
            try:
                body = await asyncio.shield(job)
            finally:
                self._pdf_jobs.pop(key, None)
            self._pdfs[key] = body
        return web.Response(body=body, headers={
            "Content-Type": "application/pdf", "Cache-Control": "no-store",
            "Content-Disposition": f'attachment; filename="summary-{language}.pdf"',
        })

    def close(self) -> None:
        self._pdf_pool.shutdown(wait=True, cancel_futures=True)
