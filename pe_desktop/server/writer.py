"""Group commit: votes that arrive together are saved in one transaction.

Every rating is one fsync'd transaction when it comes from the GUI
(``synchronous=FULL``), so writes are capped by how often the disk can fsync
(a few hundred to a few thousand times a second, less on a busy laptop) and
by the archive's lock. When a room of phones votes at once that would queue
people behind each other, so
the server hands each write to this writer. It takes everything waiting in
its queue, runs each job inside one ``archive.transaction()``, commits
once, and only then answers each waiting request. A phone is therefore never
told "saved" before its vote is on disk, and a crash loses only votes nobody
was told about.

Each job runs in its own savepoint, so a refused vote (or any job that fails
half-way) rolls back alone and the rest of the batch is still committed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from pe_desktop.store import Archive, ArchiveError

log = logging.getLogger(__name__)

#: Most jobs in one transaction: bounds how long the archive lock is held,
#: so the facilitator's own clicks never wait long behind a burst of votes.
DEFAULT_MAX_BATCH = 256


class WriterStopped(RuntimeError):
    """The writer was stopped before the job ran; nothing was written."""


class CommitFailed(RuntimeError):
    """The batch's transaction did not commit; nothing in it was written."""


@dataclass
class _Job:
    run: Callable[[], Any]
    after_commit: Callable[[Any], None] | None
    future: Future[Any] = field(default_factory=Future)
    waiter: asyncio.Future[Any] | None = None  # set by submit_async: answered on its loop
    result: Any = None
    error: BaseException | None = None


def _settle(jobs: list[_Job]) -> None:
    """Answer a batch's asyncio waiters (on their loop, all in one callback)."""
    for job in jobs:
        waiter = job.waiter
        if waiter is None or waiter.done():
            continue  # the request went away meanwhile; its vote is saved all the same
        if job.error is None:
            waiter.set_result(job.result)
        else:
            waiter.set_exception(job.error)


class GroupCommitWriter:
    """A thread that applies write jobs to the archive in batched transactions."""

    def __init__(self, archive: Archive, max_batch: int = DEFAULT_MAX_BATCH, name: str = "pe-vote-writer") -> None:
        self._archive = archive
        self._max_batch = max(1, int(max_batch))
        self._queue: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._stopping = False
        self._lock = threading.Lock()
        self.commits = 0
        self.jobs_done = 0
        #: longest batch (work + commit + fsync), seconds: shows disk stalls in benches and logs
        self.slowest_batch = 0.0

    def start(self) -> None:
        self._thread.start()

    def submit(self, run: Callable[[], Any], after_commit: Callable[[Any], None] | None = None) -> Future:
        """Queue ``run`` (called in the writer thread, inside the batch transaction).

        The returned future gets ``run``'s result once the batch has committed,
        or its exception (nothing of this job written). ``after_commit(result)``
        runs in the writer thread after the commit, before the future resolves.
        """
        job = _Job(run, after_commit)
        with self._lock:
            if self._stopping:
                job.future.set_exception(WriterStopped("the voting server is stopping"))
                return job.future
            self._queue.put(job)
        return job.future

    def submit_async(self, run: Callable[[], Any], after_commit: Callable[[Any], None] | None = None) -> asyncio.Future:
        """Like :meth:`submit`, for a coroutine on a running event loop.

        All waiters of one batch are answered by a single callback on their
        loop, instead of one cross-thread wake-up per vote.
        """
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[Any] = loop.create_future()
        job = _Job(run, after_commit, waiter=waiter)
        with self._lock:
            if self._stopping:
                waiter.set_exception(WriterStopped("the voting server is stopping"))
                return waiter
            self._queue.put(job)
        return waiter

    def stop(self, timeout: float | None = 30) -> None:
        """Finish every queued job, then end the thread."""
        with self._lock:
            if self._stopping:
                return
            self._stopping = True
            self._queue.put(None)
        if self._thread.is_alive():
            self._thread.join(timeout)

    # ----------------------------------------------------------- thread
    def _loop(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            batch = [job]
            stop_after = False
            while len(batch) < self._max_batch:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    stop_after = True
                    break
                batch.append(more)
            self._run_batch(batch)
            if stop_after:
                return

    def _run_batch(self, batch: list[_Job]) -> None:
        live = [job for job in batch if job.future.set_running_or_notify_cancel()]
        started = time.perf_counter()
        try:
            with self._archive.transaction():
                for job in live:
                    try:
                        with self._archive.transaction():  # nested: a savepoint per job
                            job.result = job.run()
                    except (ArchiveError, ValueError, LookupError) as exc:
                        # its savepoint was rolled back; the rest of the batch goes on
                        job.error = exc
        except Exception as exc:  # the commit itself failed: nobody in this batch was saved
            log.exception("voting server: a batch of %d writes failed to commit", len(live))
            for job in live:
                if job.error is None:
                    job.error = CommitFailed(f"not saved: {exc}")
        self.slowest_batch = max(self.slowest_batch, time.perf_counter() - started)
        self.commits += 1
        self.jobs_done += len(live)
        by_loop: dict[asyncio.AbstractEventLoop, list[_Job]] = {}
        for job in live:
            if job.error is None and job.after_commit is not None:
                try:
                    job.after_commit(job.result)
                except Exception:  # a listener's bug must not lose the answer
                    log.exception("voting server: after-commit callback failed")
            if job.waiter is not None:
                by_loop.setdefault(job.waiter.get_loop(), []).append(job)
            elif job.error is None:
                job.future.set_result(job.result)
            else:
                job.future.set_exception(job.error)
        for loop, jobs in by_loop.items():
            with contextlib.suppress(RuntimeError):  # that loop has closed: nobody waits for these answers
                loop.call_soon_threadsafe(_settle, jobs)
