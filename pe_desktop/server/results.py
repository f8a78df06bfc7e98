"""Results in every hand (issue 13): revealed results on the phones, and the summary PDF.

After the facilitator reveals an item, the phone shows what the projector
shows, in words: the median, where most ratings fall (the middle half, Q1 to
Q3), how much people agree, and each group's median, with the same
suppression: a group under the session's minimum size is never shown alone
(core.stats.item_summary decides, as it does for the projector and the PDF).

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
from typing import TYPE_CHECKING, Any

from aiohttp import web

from pe_desktop.core.stats import item_summary
from pe_desktop.server.voting import UI_LANGUAGES, Refused
from pe_desktop.store import Archive

if TYPE_CHECKING:
    from pe_desktop.server.app import PhoneApp


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(float(value), 1)


class PhoneResults:
    """What phones may see of the results, computed from the archive like the projector's."""

    def __init__(self, archive: Archive, session_id: str) -> None:
        self.archive = archive
        self.session_id = session_id
        self._cache: dict[tuple, list[dict[str, Any]]] = {}
        self._lock = threading.Lock()
        self._pdfs: dict[tuple, bytes] = {}
        self._pdf_pool: Executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pe-voting-pdf")
        self._pdf_jobs: dict[tuple, asyncio.Future] = {}

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
        scale = self.archive.instrument(self.session_id).scale
        rows = self.archive.rating_rows(self.session_id, rnd)
        groups = self.archive.group_defs(self.session_id)
        out = []
        for key in keys:
            item = item_summary(key, rows, groups, scale.min, scale.max, int(session["min_group_size"]))
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
        state["results"] = self.revealed(state["round"], list(state.get("revealed", [])))
        state["summary"] = bool(state["session"]["closed"])
        return state

    # ------------------------------------------------------------------ pdf
    def add_routes(self, app: web.Application, phone: "PhoneApp") -> None:
        self._phone = phone
        app.router.add_get("/api/summary.pdf", self.summary_pdf)

    def _make_pdf(self, language: str) -> bytes:
        from pe_desktop.report import write_summary_pdf

        with tempfile.TemporaryDirectory(prefix="pe-phone-pdf-") as folder:
            path = Path(folder) / "summary.pdf"
            write_summary_pdf(self.archive, self.session_id, path, language=language)
            return path.read_bytes()

    async def summary_pdf(self, request: web.Request) -> web.StreamResponse:
        self._phone.device_for(request, need_header=False)
        language = request.query.get("lang", UI_LANGUAGES[0])
        if language not in UI_LANGUAGES:
            raise Refused(400, "bad-language", f"lang: {language[:10]!r} is not one of {', '.join(UI_LANGUAGES)}")
        session = await self._phone.read_in_thread(self.archive.session, self.session_id)
        if session["status"] != "closed":
            raise Refused(409, "not-ended", "the summary is ready once the session has ended")
        key = (language, session["updated_at"])
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
