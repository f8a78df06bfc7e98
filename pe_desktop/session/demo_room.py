"""The people of the demo's live session: who they are and how the phones among them vote.

"Watch a live session" (``pe-desktop demo``, Help menu) shows a newcomer the
whole room at work, so the votes must travel the real way: the simulated
phones here are HTTP clients of the real phone server on 127.0.0.1 (the same
``/j/<token>``, ``/api/join``, ``/api/vote`` a phone's browser uses, with its
cookie and header), running in a worker thread so the windows stay live.
Paper and show-of-hands entries go through the session ops the ballot rooms
use; the GUI side (``pe_desktop.ui.demo``) does those and drives the console.

Standard library only (urllib, threading): nothing here imports Qt or the
server package (docs/design.md §3). What each person says is drawn from a
fixed seed through the demo generator's own leanings, so two runs look alike.
"""

from __future__ import annotations

import http.cookiejar
import json
import queue
import random
import threading
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any
from urllib.parse import urlsplit

from pe_desktop.demo import DEMO_GROUPS, demo_rating

#: How the live room is made up, per demo group (in DEMO_GROUPS order): (phones, paper ballots, hands raised).
#: Hands are counted by the facilitator as a show-of-hands tally, never as people.
ROOM = ((4, 2, 0), (3, 0, 0), (3, 1, 0), (0, 0, 3))
#: Seconds the HTTP client waits for the laptop's own server before it gives up on one request.
REQUEST_TIMEOUT = 10.0


@dataclass(frozen=True)
class Person:
    """One simulated person of the room: their group, how they vote, and their language."""

    group_index: int
    channel: str  # "phone" or "paper"
    language: str

    @property
    def position(self) -> str:
        return DEMO_GROUPS[self.group_index][1]


def room_people() -> list[Person]:
    """Everybody who votes as a person (phones and paper), in a fixed order."""
    people: list[Person] = []
    for index, (phones, paper, _hands) in enumerate(ROOM):
        people += [Person(index, "phone", "es" if i % 3 == 2 else "en") for i in range(phones)]
        people += [Person(index, "paper", "en") for _ in range(paper)]
    return people


def hands_per_group() -> dict[int, int]:
    """{group index: hands raised} of the groups that vote by show of hands."""
    return {index: hands for index, (_p, _b, hands) in enumerate(ROOM) if hands}


class Ratings:
    """What each person (and each tally group) says, per item and round: fixed-seed, demo leanings."""

    def __init__(self, seed: int = 20261203) -> None:
        self.seed = seed

    def value(self, who: int, position: str, item_key: str, round: int) -> int | None:
        """Person number ``who``'s rating (None = not sure); the community view moves a little in round 2.

        Each answer has its own seeded generator, so the phones' thread and
        the GUI thread may ask in any order and always get the same answer.
        """
        rng = random.Random(f"{self.seed}/{who}/{item_key}/{round}")
        shift = 1 if round == 2 and position == "community" and rng.random() < 0.4 else 0
        return demo_rating(rng, position, item_key, shift)

    def hands(self, group_index: int, item_key: str, round: int) -> dict[int | None, int]:
        """A show-of-hands tally of one group: {value: hands}, one hand per person in the group."""
        counts: dict[int | None, int] = {}
        position = DEMO_GROUPS[group_index][1]
        for n in range(hands_per_group().get(group_index, 0)):
            value = self.value(1000 + 100 * group_index + n, position, item_key, round)
            counts[value] = counts.get(value, 0) + 1
        return counts


class PhoneError(RuntimeError):
    """The phone server refused or did not answer; carries the status and the server's own words."""


class SimulatedPhone:
    """One phone's browser: loads the join page (device cookie), joins a group, votes.

    No proxy is ever used (the server is this laptop); every API call sends
    the header the phone page sends, so the server's guards treat it as a phone.
    """

    def __init__(self, join_url: str) -> None:
        parts = urlsplit(join_url)
        self.base = f"{parts.scheme}://{parts.netloc}"
        self.join_url = join_url
        self.code: str | None = None
        self._opener = urllib.request.build_opener(
            urllib.request.ProxyHandler({}), urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def _call(self, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path if path.startswith("/") else path, data=data)
        if path.startswith("/api/"):
            request.add_header("X-Requested-With", "pe-desktop")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        try:
            with self._opener.open(request, timeout=REQUEST_TIMEOUT) as response:
                raw = response.read()
        except urllib.error.HTTPError as exc:
            raise PhoneError(f"{path}: {exc.code} {exc.read().decode(errors='replace')[:200]}") from None
        except OSError as exc:
            raise PhoneError(f"{path}: {exc}") from None
        answer = json.loads(raw) if path.startswith("/api/") else {}
        return answer if isinstance(answer, dict) else {}

    def join(self, group_id: str, language: str) -> str:
        """Open the join page (sets the cookie), then join ``group_id``; returns the participant code."""
        self._call(self.join_url)
        self.code = str(self._call("/api/join", {"group": group_id, "language": language})["participant"])
        return self.code

    def vote(self, item_key: str, value: int | None, round: int) -> None:
        self._call("/api/vote", {"item": item_key, "value": value, "round": round})


@dataclass
class _Job:
    """Work for the crowd's thread: join everybody, or vote on items; ``done`` is called when finished."""

    kind: str
    items: tuple[str, ...] = ()
    round: int = 1
    done: Callable[[str, list[str]], None] | None = None
    problems: list[str] = field(default_factory=list)


class PhoneCrowd:
    """The phones of the live room, voting in a worker thread over the real server.

    ``join`` and ``vote`` return at once; the work runs in order in the
    crowd's own thread, spread over ``seconds`` so the projector's count climbs
    the way a room's does, and ``done(kind, problems)`` is then called from
    that thread (the GUI hands it to its own thread with a queued signal).
    """

    def __init__(self, join_url: str, people: Sequence[tuple[int, Person, str]], ratings: Ratings,
                 seconds: float = 4.0) -> None:
        """``people``: (number in :func:`room_people`, person, group id) of every phone person;
        ``seconds``: how long one job is spread over."""
        self._phones = [(n, person, group_id, SimulatedPhone(join_url)) for n, person, group_id in people]
        self._ratings = ratings
        self.seconds = max(0.0, seconds)
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="demo-phones", daemon=True)
        self._thread.start()

    @property
    def size(self) -> int:
        return len(self._phones)

    def join(self, done: Callable[[str, list[str]], None]) -> None:
        self._jobs.put(_Job("join", done=done))

    def vote(self, items: Sequence[str], round: int, done: Callable[[str, list[str]], None]) -> None:
        self._jobs.put(_Job("vote", tuple(items), round, done))

    def stop(self) -> None:
        """Stop after the request in flight (no callback for unfinished work); waits for the thread."""
        self._stop.set()
        self._jobs.put(None)
        self._thread.join(timeout=REQUEST_TIMEOUT + 5)

    def _run(self) -> None:
        while not self._stop.is_set():
            job = self._jobs.get()
            if job is None or self._stop.is_set():
                return
            steps = self._steps(job)
            pause = self.seconds / max(1, len(steps))
            for step in steps:
                if self._stop.wait(pause):
                    return
                try:
                    step()
                except PhoneError as exc:
                    job.problems.append(str(exc))
            if job.done is not None:
                job.done(job.kind, job.problems)

    def _steps(self, job: _Job) -> list[Callable[[], object]]:
        if job.kind == "join":
            return [partial(phone.join, group, person.language) for _n, person, group, phone in self._phones]
        steps: list[Callable[[], object]] = []
        for key in job.items:
            for n, person, _group, phone in self._phones:
                value = self._ratings.value(n, person.position, key, job.round)
                steps.append(partial(phone.vote, key, value, job.round))
        return steps
