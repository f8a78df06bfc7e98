"""The phone page in a real browser (headless Chromium driven by Playwright), plus checks of its source.

The browser tests skip only when /usr/bin/chromium is missing and CI is not set.
"""

from __future__ import annotations

import json
import re

import pytest

from helpers import REPO
from pe_desktop.core.languages import LANGUAGES, load_texts, translation_file
from pe_desktop.server import VotingServer

ROOT = REPO
PHONE = ROOT / "resources" / "phone"
TITLE = 'Spring check-in <img src=x onerror="document.title=1">'
PHONE_SIZE = {"width": 390, "height": 844}
WAIT_MS = 20_000


# ------------------------------------------------------------ source checks
ES5_FORBIDDEN = [
    (r"=>", "arrow function"),
    (r"`", "template literal"),
    (r"\blet\s", "let"),
    (r"\bconst\s", "const"),
    (r"\bclass\s+[A-Z]", "class"),
    (r"\basync\b|\bawait\b", "async/await"),
    (r"\bfetch\(", "fetch"),
    (r"\bPromise\b", "Promise"),
    (r"\bimport\b|\bexport\b", "module syntax"),
    (r"\.\.\.[a-zA-Z]", "spread"),
    (r"\.(includes|startsWith|endsWith|find|findIndex|padStart|repeat)\(", "ES2015+ method"),
    (r"\bfor\s*\([^)]*\bof\b", "for...of"),
    (r"\bnew\s+(Map|Set|WeakMap|Symbol|Proxy)\b", "ES2015 collection"),
    (r"\.classList\b", "classList (missing on old Android)"),
]


def _code_only(js: str) -> str:
    """The script without comments and string literals (so UI texts cannot trip the checks)."""
    token = re.compile(r"/\*.*?\*/|//[^\n]*|'(?:\\.|[^'\\\n])*'|\"(?:\\.|[^\"\\\n])*\"", re.S)
    return token.sub(lambda m: "" if m.group().startswith("/") else m.group()[0] * 2, js)


def test_phone_script_is_es5():
    code = _code_only((PHONE / "phone.js").read_text(encoding="utf-8"))
    for pattern, what in ES5_FORBIDDEN:
        match = re.search(pattern, code)
        assert match is None, f"phone.js uses {what}: {code[max(0, match.start() - 40):match.end() + 40]!r}"
    assert "XMLHttpRequest" in code and "EventSource" in code


def test_every_text_of_the_phone_script_is_in_every_shipped_language():
    """The page's words come from resources/translations/phone.<lang>.json (served in /api/state)."""
    js = (PHONE / "phone.js").read_text(encoding="utf-8")
    assert "var STRINGS" not in js  # no text tables of its own
    keys = set(load_texts("phone", "en"))
    assert len(keys) > 20
    for code in LANGUAGES:
        table = json.loads(translation_file("phone", code).read_text(encoding="utf-8"))
        assert set(table) == keys, code
    for key in re.findall(r"\bt\('(\w+)'", js):
        assert key in keys, key


def test_touch_targets_are_large():
    css = (PHONE / "phone.css").read_text(encoding="utf-8")
    heights = [int(h) for h in re.findall(r"min-height:\s*(\d+)px", css)]
    assert heights and min(heights) >= 44  # Apple/Google guidance: at least 44-48 px


@pytest.fixture
def live(archive, pe_instrument):
    pid = archive.create_partnership("Browser")
    sid = archive.create_session(
        pe_instrument, TITLE, pid,
        groups=[("Residents", "community"), ("Community <b>groups</b>", "community"), ("Funders", "institution")],
    )
    archive.set_status(sid, "open")
    archive.set_item_states(sid, 1, ["continual", "bilateral"], "open")
    server = VotingServer(archive, sid, "127.0.0.1")
    server.start()
    yield server
    server.stop()


def new_phone(browser, server, locale="en-US"):
    context = browser.new_context(viewport=PHONE_SIZE, locale=locale, is_mobile=True, has_touch=True)
    page = context.new_page()
    problems: list[str] = []
    requests: list[str] = []
    page.on("console", lambda msg: problems.append(msg.text) if msg.type in ("error", "warning") else None)
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    page.on("request", lambda req: requests.append(req.url))
    page.goto(server.join_url)
    return context, page, problems, requests


def card(page, title: str):
    return page.locator(".card", has=page.locator(".item-title", has_text=title))


@pytest.mark.browser
def test_a_phone_joins_votes_and_sees_the_confirmation(browser, live, archive):
    sid = live.session_id
    context, page, problems, requests = new_phone(browser, live)
    try:
        page.get_by_role("button", name="Funders").wait_for(timeout=WAIT_MS)
        # participant-entered text is shown as text, never run as markup
        assert page.locator("#join-title").text_content() == TITLE
        assert page.locator("img").count() == 0
        assert page.get_by_role("button", name="Community <b>groups</b>").count() == 1
        assert page.title() == "Vote"
        page.get_by_role("button", name="Funders").click()

        continual = card(page, "Continual")
        continual.wait_for(timeout=WAIT_MS)
        assert card(page, "Bilateral").count() == 1
        assert page.locator(".card").count() == 2  # only the open items
        assert page.locator("#who").text_content() == "You: P01 · Funders"
        continual.get_by_role("button", name="4 Mostly").click()
        continual.locator(".status.saved").wait_for(timeout=WAIT_MS)
        assert continual.locator(".status-main").text_content() == "✓ Saved: 4 · Mostly"
        assert continual.locator(".status-hint").text_content() == "You can still change it."
        assert continual.get_by_role("button", name="4 Mostly").get_attribute("aria-pressed") == "true"

        participant = archive.participants(sid)[0]
        assert (participant.code, participant.group_name, participant.channel) == ("P01", "Funders", "phone")
        assert archive.rating(sid, 1, participant.id, "continual") == (True, 4)

        # change the vote: "not sure"
        continual.get_by_role("button", name="Not sure").click()
        page.wait_for_function(
            "() => document.querySelector('.card .status').textContent.indexOf('Saved: Not sure') >= 0",
            timeout=WAIT_MS,
        )
        assert archive.rating(sid, 1, participant.id, "continual") == (True, None)
        events = archive.query("SELECT value, source FROM rating_events WHERE session_id = ? ORDER BY recorded_at", [sid])
        assert events == [{"value": 4, "source": "phone"}, {"value": None, "source": "phone"}]

        assert all(url.startswith(live.url + "/") for url in requests), requests
        assert problems == []
    finally:
        context.close()


@pytest.mark.browser
def test_the_phone_follows_the_facilitator_live(browser, live, archive):
    sid = live.session_id
    context, page, problems, _ = new_phone(browser, live)
    try:
        page.get_by_role("button", name="Residents").click()
        card(page, "Continual").wait_for(timeout=WAIT_MS)

        archive.set_item_states(sid, 1, ["communal"], "open")
        live.notify("item-opened", {"item": "communal"})
        card(page, "Communal").wait_for(timeout=WAIT_MS)

        archive.set_item_states(sid, 1, ["continual", "bilateral", "communal"], "closed")
        live.notify("item-closed", {"items": ["continual", "bilateral", "communal"]})
        page.locator("#waiting").wait_for(state="visible", timeout=WAIT_MS)
        assert page.locator(".card").count() == 0
        assert page.locator("#waiting-text").text_content() == "Voting is not open right now."

        archive.set_item_states(sid, 1, ["continual"], "revealed")
        live.notify("revealed", {"item": "continual"})
        page.locator("#revealed").wait_for(state="visible", timeout=WAIT_MS)

        archive.start_round(sid, 2)
        archive.set_item_states(sid, 2, ["continual"], "open")
        live.notify("round-changed", {"round": 2})
        page.wait_for_function("() => document.querySelector('#vote-title').textContent.indexOf('Round 2') >= 0",
                               timeout=WAIT_MS)
        card(page, "Continual").get_by_role("button", name="2 A little").click()
        card(page, "Continual").locator(".status.saved").wait_for(timeout=WAIT_MS)
        pid = archive.participants(sid)[0].id
        assert archive.rating(sid, 2, pid, "continual") == (True, 2)
        assert problems == []
    finally:
        context.close()


@pytest.mark.browser
def test_the_phone_recovers_after_the_connection_drops(browser, live, archive):
    sid = live.session_id
    context, page, problems, _ = new_phone(browser, live)
    try:
        page.get_by_role("button", name="Residents").click()
        card(page, "Continual").wait_for(timeout=WAIT_MS)
        port, token, secret = live.port, live.token, live.secret
        live.stop()  # the laptop's server goes away (e.g. the app restarts)
        page.locator("#net").wait_for(state="visible", timeout=WAIT_MS)
        assert page.locator("#net").text_content() == "Connection lost. Reconnecting…"
        archive.set_item_states(sid, 1, ["transformational"], "open")  # changed while the phone was away
        again = VotingServer(archive, sid, "127.0.0.1", port, token=token, secret=secret)
        again.start()
        try:
            page.locator("#net").wait_for(state="hidden", timeout=WAIT_MS)
            card(page, "Transformational").wait_for(timeout=WAIT_MS)  # refetched the state on reconnect
            card(page, "Transformational").get_by_role("button", name="5 Fully").click()
            card(page, "Transformational").locator(".status.saved").wait_for(timeout=WAIT_MS)
            pid = archive.participants(sid)[0].id
            assert archive.rating(sid, 1, pid, "transformational") == (True, 5)
            assert len(archive.participants(sid)) == 1  # still the same participant
            # and events flow again over the new stream
            archive.set_item_states(sid, 1, ["accountable"], "open")
            again.notify("item-opened", {"item": "accountable"})
            card(page, "Accountable").wait_for(timeout=WAIT_MS)
        finally:
            again.stop()
        assert all("Content Security Policy" not in p for p in problems), problems
    finally:
        context.close()


@pytest.mark.browser
def test_spanish_is_chosen_on_the_phone(browser, live, archive):
    sid = live.session_id
    context, page, problems, _ = new_phone(browser, live)
    try:
        page.get_by_role("button", name="Español").click()
        page.get_by_role("button", name="Residents").wait_for(timeout=WAIT_MS)
        page.wait_for_function("() => document.querySelector('#join-ask').textContent === '¿De qué grupo forma parte?'",
                               timeout=WAIT_MS)
        assert page.evaluate("document.documentElement.lang") == "es"
        page.get_by_role("button", name="Residents").click()
        continua = card(page, "Continua")
        continua.wait_for(timeout=WAIT_MS)
        assert continua.locator(".question").text_content().startswith("¿La alianza")
        continua.get_by_role("button", name="1 Nada").click()
        continua.locator(".status.saved").wait_for(timeout=WAIT_MS)
        assert continua.locator(".status").text_content().startswith("✓ Guardado: 1 · Nada")
        participant = archive.participants(sid)[0]
        assert participant.language == "es"
        assert archive.rating(sid, 1, participant.id, "continual") == (True, 1)
        # back to English without losing anything
        page.get_by_role("button", name="English").click()
        card(page, "Continual").locator(".status.saved").wait_for(timeout=WAIT_MS)
        assert problems == []
    finally:
        context.close()


@pytest.mark.browser
def test_a_browser_language_of_spanish_is_the_default(browser, live):
    context, page, problems, _ = new_phone(browser, live, locale="es-MX")
    try:
        page.wait_for_function("() => document.querySelector('#join-ask').textContent === '¿De qué grupo forma parte?'",
                               timeout=WAIT_MS)
        assert page.get_by_role("button", name="Español").get_attribute("aria-pressed") == "true"
    finally:
        context.close()


@pytest.mark.browser
def test_phone_page_screenshots_at_phone_size(browser, live, tmp_path):
    """Screenshots a person looked at (see the report); here: the page fits a phone without sideways scrolling."""
    context, page, problems, _ = new_phone(browser, live)
    try:
        page.get_by_role("button", name="Residents").wait_for(timeout=WAIT_MS)
        page.screenshot(path=str(tmp_path / "join-en.png"), full_page=True)
        page.get_by_role("button", name="Residents").click()
        card(page, "Continual").get_by_role("button", name="3 Partly").click()
        card(page, "Continual").locator(".status.saved").wait_for(timeout=WAIT_MS)
        page.screenshot(path=str(tmp_path / "vote-en.png"), full_page=True)
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE_SIZE["width"]
        sizes = page.evaluate(
            "Array.prototype.map.call(document.querySelectorAll('button'), function (b) {"
            " var r = b.getBoundingClientRect(); return [r.width, r.height]; })"
        )
        visible = [(w, h) for w, h in sizes if w and h]  # the join screen's buttons are hidden now
        assert len(visible) == 2 + 2 * 6  # language buttons, and 5 points + "not sure" on each open item
        assert all(h >= 44 and w >= 44 for w, h in visible), visible
        assert (tmp_path / "vote-en.png").stat().st_size > 10_000
    finally:
        context.close()


@pytest.mark.browser
def test_a_vote_on_a_just_closed_item_says_it_was_not_saved(browser, live, archive):
    sid = live.session_id
    context, page, problems, _ = new_phone(browser, live)
    try:
        page.get_by_role("button", name="Residents").click()
        continual = card(page, "Continual")
        continual.wait_for(timeout=WAIT_MS)
        # the phone has not been told yet: until released, its state requests get the state of now
        frozen = page.request.get(f"{live.url}/api/state", headers={"X-Requested-With": "pe-desktop"}).body()
        page.route("**/api/state*", lambda route: route.fulfill(status=200, body=frozen,
                                                                content_type="application/json"))
        archive.set_item_states(sid, 1, ["continual"], "closed")
        continual.get_by_role("button", name="5 Fully").click()
        continual.locator(".status.error").wait_for(timeout=WAIT_MS)
        assert continual.locator(".status-main").text_content() == (
            "Voting on this question has closed. This answer was not saved."
        )
        assert archive.rating_counts(sid, 1) == {}
        page.unroute("**/api/state*")
        page.evaluate("document.dispatchEvent(new Event('visibilitychange'))")  # the phone looks again
        continual.wait_for(state="detached", timeout=WAIT_MS)  # then the closed question goes away
        assert page.locator(".card").count() == 1
    finally:
        context.close()


@pytest.mark.browser
def test_a_refresh_with_nothing_new_leaves_the_cards_in_place(browser, live, archive):
    """Moving a card's node (even to where it already is) can swallow a tap on a real phone."""
    context, page, problems, _ = new_phone(browser, live)
    try:
        page.get_by_role("button", name="Residents").click()
        card(page, "Continual").wait_for(timeout=WAIT_MS)
        page.evaluate("""() => {
            window.__moves = 0;
            new MutationObserver(list => { window.__moves += list.length; })
                .observe(document.getElementById('items'), {childList: true});
        }""")
        with page.expect_response(lambda r: "/api/state" in r.url):
            page.evaluate("document.dispatchEvent(new Event('visibilitychange'))")
        page.wait_for_timeout(200)  # let the page render what it fetched
        assert page.evaluate("window.__moves") == 0
        assert problems == []
    finally:
        context.close()
