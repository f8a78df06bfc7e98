"""Every security rule of docs/design.md §6: a request breaking it is refused and stores nothing."""

from __future__ import annotations

import http.client
import json
import re

import pytest

from helpers import REPO
from pe_desktop.server import VotingServer
from pe_desktop.server.limits import MAX_BODY_BYTES, MAX_STREAMS_PER_DEVICE

ROOT = REPO
PHONE = ROOT / "resources" / "phone"


class Raw:
    """Byte-exact HTTP requests to the server, with a cookie like a browser's."""

    def __init__(self, server: VotingServer) -> None:
        self.server = server
        self.host = f"127.0.0.1:{server.port}"
        self.cookie: str | None = None

    def request(self, method: str, path: str, body: bytes | None = None, headers: dict | None = None,
                host: str | None = "default", cookie: bool = True, chunked: bool = False):
        conn = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=10)
        try:
            conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
            if host is not None:
                conn.putheader("Host", self.host if host == "default" else host)
            if cookie and self.cookie:
                conn.putheader("Cookie", self.cookie)
            for name, value in (headers or {}).items():
                conn.putheader(name, value)
            if chunked:
                conn.putheader("Transfer-Encoding", "chunked")
                conn.endheaders()
                for start in range(0, len(body or b""), 1024):
                    piece = body[start:start + 1024]
                    conn.send(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
                conn.send(b"0\r\n\r\n")
            else:
                if body is not None:
                    conn.putheader("Content-Length", str(len(body)))
                conn.endheaders(body)
            response = conn.getresponse()
            data = response.read()
            return response.status, response, data
        finally:
            conn.close()

    def open_page(self) -> int:
        status, response, _ = self.request("GET", f"/j/{self.server.token}", cookie=False)
        set_cookie = response.getheader("Set-Cookie")
        if set_cookie:
            self.cookie = set_cookie.split(";", 1)[0]
        return status

    def api(self, method: str, path: str, payload=None, headers: dict | None = None, **kw):
        base = {"X-Requested-With": "pe-desktop"}
        body = None
        if payload is not None:
            base["Content-Type"] = "application/json"
            body = json.dumps(payload).encode()
        base.update(headers or {})
        base = {k: v for k, v in base.items() if v is not None}
        status, response, data = self.request(method, path, body, base, **kw)
        try:
            decoded = json.loads(data)
        except ValueError:
            decoded = None
        return status, decoded

    def join(self, group_id: str) -> str:
        status, response, data = self.request(
            "POST", "/api/join", json.dumps({"group": group_id, "language": "en"}).encode(),
            {"X-Requested-With": "pe-desktop", "Content-Type": "application/json"},
        )
        assert status == 200, data
        self.cookie = response.getheader("Set-Cookie").split(";", 1)[0]
        return json.loads(data)["participant"]


@pytest.fixture
def server(archive, session_id):
    archive.set_status(session_id, "open")
    archive.set_item_states(session_id, 1, ["continual", "bilateral"], "open")
    archive.set_item_states(session_id, 1, ["accountable"], "closed")
    archive.set_item_states(session_id, 1, ["communal"], "revealed")
    srv = VotingServer(archive, session_id, "127.0.0.1", rate=1000, burst=1000)
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture
def phone(server, archive):
    """A phone that has joined the session (cookie bound to a participant)."""
    raw = Raw(server)
    assert raw.open_page() == 200
    raw.join(archive.group_by_name(server.session_id, "Residents").id)
    return raw


def stored(archive, session_id) -> tuple[int, int, int]:
    """(participants, ratings, rating events) of the session."""
    one = lambda sql: archive.query(sql, [session_id])[0]["n"]  # noqa: E731
    return (
        one("SELECT count(*) AS n FROM participants WHERE session_id = ?"),
        one("SELECT count(*) AS n FROM ratings WHERE session_id = ?"),
        one("SELECT count(*) AS n FROM rating_events WHERE session_id = ?"),
    )


GOOD_VOTE = {"item": "continual", "value": 4, "round": 1}


def test_a_good_vote_passes_every_check(phone, archive, server):
    """The baseline the refusals below differ from by one thing each."""
    assert phone.api("POST", "/api/vote", GOOD_VOTE)[0] == 200
    assert stored(archive, server.session_id) == (1, 1, 1)


# ------------------------------------------------------------------ join token
def test_a_wrong_join_token_gets_no_page_and_no_cookie(server):
    raw = Raw(server)
    for token in ("x" * len(server.token), server.token[:-1], server.token + "A", ""):
        status, response, body = raw.request("GET", f"/j/{token}", cookie=False)
        assert status == 404
        assert response.getheader("Set-Cookie") is None
        assert b"/static/phone.js" not in body


# ------------------------------------------------------------------------ host
@pytest.mark.parametrize("host", [
    "evil.example", "evil.example:{port}", "localhost:{port}", "127.0.0.1:1", "127.0.0.2:{port}",
    "127.0.0.1", "127.0.0.1:{port}.evil.example", None,
])
def test_a_foreign_host_header_is_refused(phone, archive, server, host):
    host = host.format(port=server.port) if host else None
    status, _, _ = phone.request("GET", f"/j/{server.token}", host=host)
    assert status in (400, 421)
    assert phone.api("GET", "/api/state", host=host)[0] in (400, 421)
    assert phone.api("POST", "/api/vote", GOOD_VOTE, host=host)[0] in (400, 421)
    assert phone.api("POST", "/api/join", {"group": "x", "language": "en"}, host=host)[0] in (400, 421)
    assert stored(archive, server.session_id) == (1, 0, 0)


# ---------------------------------------------------------------------- cookie
def test_api_calls_need_the_device_cookie(server, archive):
    raw = Raw(server)  # never loaded the page
    gid = archive.group_by_name(server.session_id, "Residents").id
    status, data = raw.api("GET", "/api/state")
    assert (status, data["error"]) == (403, "no-device")
    assert raw.api("POST", "/api/join", {"group": gid, "language": "en"})[0] == 403
    assert raw.api("POST", "/api/vote", GOOD_VOTE)[0] == 403
    assert raw.request("GET", "/api/events")[0] == 403
    assert stored(archive, server.session_id) == (0, 0, 0)


def test_a_forged_or_foreign_cookie_is_refused(phone, server, archive):
    sid = server.session_id
    device, participant, signature = phone.cookie.split("=", 1)[1].split(".")
    other = archive.add_participant(sid, None, "paper")
    forged = [
        f"pe_device={device}.{other.id}.{signature}",          # someone else's participant
        f"pe_device={device}.{participant}.{signature[:-2]}AA",   # bad signature
        f"pe_device={device}.{participant}",                       # no signature
        f"pe_device={device}x.{participant}.{signature}",          # another device
        "pe_device=" + "A" * 500,
    ]
    # a cookie signed by a server of another session
    srv2_session = archive.create_session(archive.instrument(sid), "Other", archive.partnerships()[0].id,
                                          groups=[("G", "community")])
    other_server = VotingServer(archive, srv2_session, "127.0.0.1")
    other_server.start()
    try:
        other_phone = Raw(other_server)
        other_phone.open_page()
        forged.append(other_phone.cookie)
    finally:
        other_server.stop()
    before = stored(archive, sid)
    for cookie in forged:
        phone.cookie = cookie
        assert phone.api("POST", "/api/vote", GOOD_VOTE)[0] == 403, cookie
        assert phone.api("GET", "/api/state")[0] == 403, cookie
    assert stored(archive, sid) == before


def test_a_vote_before_joining_is_refused(server, archive):
    raw = Raw(server)
    raw.open_page()
    status, data = raw.api("POST", "/api/vote", GOOD_VOTE)
    assert (status, data["error"]) == (403, "not-joined")
    assert stored(archive, server.session_id) == (0, 0, 0)


# ------------------------------------------------------------ header and body
@pytest.mark.parametrize("value", [None, "", "XMLHttpRequest", "pe-desktop2", "PE-DESKTOP"])
def test_api_calls_need_the_requested_with_header(phone, archive, server, value):
    headers = {"X-Requested-With": value}
    assert phone.api("POST", "/api/vote", GOOD_VOTE, headers=headers)[0] == 403
    assert phone.api("GET", "/api/state", headers=headers)[0] == 403
    assert phone.api("POST", "/api/join", {"group": "x", "language": "en"}, headers=headers)[0] == 403
    assert stored(archive, server.session_id) == (1, 0, 0)


@pytest.mark.parametrize("content_type", [
    None, "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonp",
])
def test_bodies_must_be_json(phone, archive, server, content_type):
    """What a cross-site HTML form could send is never read as a vote."""
    headers = {"X-Requested-With": "pe-desktop"}
    if content_type:
        headers["Content-Type"] = content_type
    status, _, _ = phone.request("POST", "/api/vote", json.dumps(GOOD_VOTE).encode(), headers)
    assert status == 415
    assert stored(archive, server.session_id) == (1, 0, 0)


@pytest.mark.parametrize("body", [b"", b"{", b"item=continual&value=4", b"\xff\xfe{}", b"[" * 3000, b"null"])
def test_malformed_json_is_refused(phone, archive, server, body):
    headers = {"X-Requested-With": "pe-desktop", "Content-Type": "application/json"}
    status, _, _ = phone.request("POST", "/api/vote", body, headers)
    assert status == 400
    assert stored(archive, server.session_id) == (1, 0, 0)


@pytest.mark.parametrize("chunked", [False, True])
def test_bodies_over_4_kib_get_413(phone, archive, server, chunked):
    vote = dict(GOOD_VOTE)
    body = json.dumps(vote).encode()
    padded = body[:-1] + b" " * (MAX_BODY_BYTES + 1 - len(body)) + b"}"  # valid JSON, 4 KiB + 1
    assert len(padded) == MAX_BODY_BYTES + 1
    headers = {"X-Requested-With": "pe-desktop", "Content-Type": "application/json"}
    status, _, _ = phone.request("POST", "/api/vote", padded, headers, chunked=chunked)
    assert status == 413
    assert stored(archive, server.session_id) == (1, 0, 0)
    # exactly at the limit is fine
    at_limit = body[:-1] + b" " * (MAX_BODY_BYTES - len(body)) + b"}"
    assert len(at_limit) == MAX_BODY_BYTES
    assert phone.request("POST", "/api/vote", at_limit, headers, chunked=chunked)[0] == 200


def test_compressed_bodies_are_refused(phone, archive, server):
    import gzip

    headers = {"X-Requested-With": "pe-desktop", "Content-Type": "application/json", "Content-Encoding": "gzip"}
    status, _, _ = phone.request("POST", "/api/vote", gzip.compress(json.dumps(GOOD_VOTE).encode()), headers)
    assert status == 415
    assert stored(archive, server.session_id) == (1, 0, 0)


# ------------------------------------------------------------------ rate limit
def test_each_device_is_rate_limited(archive, session_id):
    archive.set_status(session_id, "open")
    archive.set_item_states(session_id, 1, ["continual"], "open")
    srv = VotingServer(archive, session_id, "127.0.0.1", rate=0.01, burst=5)
    srv.start()
    try:
        noisy, calm = Raw(srv), Raw(srv)
        noisy.open_page()
        calm.open_page()
        gid = archive.group_by_name(session_id, "Residents").id
        noisy.join(gid)                                  # 1
        statuses = [noisy.api("GET", "/api/state")[0] for _ in range(4)]  # 2..5
        assert statuses == [200] * 4
        status, data = noisy.api("POST", "/api/vote", GOOD_VOTE)
        assert (status, data["error"]) == (429, "too-many")
        assert noisy.request("GET", "/api/events")[0] == 429
        assert stored(archive, session_id) == (1, 0, 0)
        # another phone is not affected
        calm.join(gid)
        assert calm.api("POST", "/api/vote", GOOD_VOTE)[0] == 200
    finally:
        srv.stop()


def test_event_streams_per_device_are_limited(phone, server):
    import socket

    socks = []
    try:
        for _ in range(MAX_STREAMS_PER_DEVICE):
            sock = socket.create_connection(("127.0.0.1", server.port), timeout=10)
            sock.sendall(
                f"GET /api/events HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\nCookie: {phone.cookie}\r\n\r\n".encode()
            )
            head = b""
            while b"connected" not in head:
                head += sock.recv(4096)
            assert head.startswith(b"HTTP/1.1 200")
            socks.append(sock)
        assert phone.request("GET", "/api/events")[0] == 429
    finally:
        for sock in socks:
            sock.close()


# ------------------------------------------------------------ vote validation
@pytest.mark.parametrize("vote, status, code", [
    ({"item": "nope", "value": 3, "round": 1}, 422, "unknown-item"),
    ({"item": "CONTINUAL", "value": 3, "round": 1}, 422, "unknown-item"),
    ({"item": 7, "value": 3, "round": 1}, 422, "unknown-item"),
    ({"item": "accountable", "value": 3, "round": 1}, 409, "item-closed"),
    ({"item": "communal", "value": 3, "round": 1}, 409, "item-closed"),
    ({"item": "transformational", "value": 3, "round": 1}, 409, "item-closed"),  # never opened
    ({"item": "continual", "value": 0, "round": 1}, 422, "bad-value"),
    ({"item": "continual", "value": 6, "round": 1}, 422, "bad-value"),
    ({"item": "continual", "value": -1, "round": 1}, 422, "bad-value"),
    ({"item": "continual", "value": 3.5, "round": 1}, 422, "bad-value"),
    ({"item": "continual", "value": 3.0, "round": 1}, 422, "bad-value"),
    ({"item": "continual", "value": "3", "round": 1}, 422, "bad-value"),
    ({"item": "continual", "value": True, "round": 1}, 422, "bad-value"),
    ({"item": "continual", "value": [3], "round": 1}, 422, "bad-value"),
    ({"item": "continual", "value": 10**30, "round": 1}, 422, "bad-value"),
    ({"item": "continual", "value": 3, "round": 2}, 409, "wrong-round"),
    ({"item": "continual", "value": 3, "round": 3}, 422, "bad-round"),
    ({"item": "continual", "value": 3, "round": 1.0}, 422, "bad-round"),
    ({"item": "continual", "value": 3, "round": "1"}, 422, "bad-round"),
    ({"item": "continual", "value": 3}, 400, "bad-request"),
    ({"item": "continual", "value": 3, "round": 1, "participant": "P02"}, 400, "bad-request"),
    ([1, 2, 3], 400, "bad-request"),
    ("continual", 400, "bad-request"),
])
def test_bad_votes_are_refused_with_nothing_stored(phone, archive, server, vote, status, code):
    got, data = phone.api("POST", "/api/vote", vote)
    assert (got, data["error"]) == (status, code)
    assert stored(archive, server.session_id) == (1, 0, 0)


def test_a_vote_on_an_item_closed_after_a_first_vote_keeps_the_first(phone, archive, server):
    sid = server.session_id
    assert phone.api("POST", "/api/vote", GOOD_VOTE)[0] == 200
    archive.set_item_states(sid, 1, ["continual"], "closed")
    assert phone.api("POST", "/api/vote", {**GOOD_VOTE, "value": 1})[0] == 409
    pid = archive.participants(sid)[0].id
    assert archive.rating(sid, 1, pid, "continual") == (True, 4)
    assert stored(archive, sid) == (1, 1, 1)


def test_unsure_is_refused_when_the_instrument_does_not_allow_it(archive, tmp_path):
    from pe_desktop.core.instruments import parse_instrument

    form = parse_instrument(
        'key = "strict"\nversion = 1\ntitle = "Strict"\nsource = "test"\nlanguage = "en"\n'
        '[scale]\nmin = 1\nmax = 3\nallow_unsure = false\n'
        '[[items]]\nkey = "only"\ntitle = "Only"\nquestion = "Only?"\n',
        "strict.toml",
    )
    pid = archive.create_partnership("P")
    sid = archive.create_session(form, "S", pid, groups=[("G", "community")])
    archive.set_status(sid, "open")
    archive.set_item_states(sid, 1, ["only"], "open")
    with VotingServer(archive, sid, "127.0.0.1") as srv:
        raw = Raw(srv)
        raw.open_page()
        raw.join(archive.groups(sid)[0].id)
        status, data = raw.api("POST", "/api/vote", {"item": "only", "value": None, "round": 1})
        assert (status, data["error"]) == (422, "bad-value")
        assert raw.api("POST", "/api/vote", {"item": "only", "value": 3, "round": 1})[0] == 200
    assert stored(archive, sid) == (1, 1, 1)


@pytest.mark.parametrize("body, status", [
    ({"group": "no-such-group", "language": "en"}, 422),
    ({"group": "", "language": "en"}, 422),
    ({"group": None, "language": "en"}, 422),
    ({"group": "{gid}", "language": "fr"}, 422),
    ({"group": "{gid}"}, 400),
    ({"group": "{gid}", "language": "en", "code": "P99"}, 400),
])
def test_bad_joins_add_no_participant(server, archive, body, status):
    gid = archive.group_by_name(server.session_id, "Residents").id
    body = {k: (v.format(gid=gid) if isinstance(v, str) else v) for k, v in body.items()}
    raw = Raw(server)
    raw.open_page()
    assert raw.api("POST", "/api/join", body)[0] == status
    assert stored(archive, server.session_id) == (0, 0, 0)


def test_a_group_of_another_session_cannot_be_joined(server, archive):
    other = archive.create_session(archive.instrument(server.session_id), "Other", archive.partnerships()[0].id,
                                   groups=[("Elsewhere", "community")])
    raw = Raw(server)
    raw.open_page()
    status, data = raw.api("POST", "/api/join", {"group": archive.groups(other)[0].id, "language": "en"})
    assert (status, data["error"]) == (422, "unknown-group")
    assert stored(archive, server.session_id) == (0, 0, 0)


# -------------------------------------------------------- headers and the page
def test_every_response_carries_a_strict_content_security_policy(phone, server):
    responses = [
        phone.request("GET", f"/j/{server.token}")[1],
        phone.request("GET", "/static/phone.js")[1],
        phone.request("GET", "/static/phone.css")[1],
        phone.request("GET", "/api/state", headers={"X-Requested-With": "pe-desktop"})[1],
        phone.request("GET", "/nothing-here")[1],
        phone.request("POST", "/api/vote", b"{}", {"Content-Type": "application/json"})[1],
        phone.request("GET", "/", host="evil.example")[1],
    ]
    for response in responses:
        csp = response.getheader("Content-Security-Policy")
        assert csp is not None
        directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
        assert directives["default-src"] == "'none'"
        assert directives["script-src"] == "'self'"
        assert directives["style-src"] == "'self'"
        assert directives["connect-src"] == "'self'"
        assert directives["frame-ancestors"] == "'none'"
        assert "unsafe" not in csp and "*" not in csp and "http" not in csp
        assert response.getheader("X-Content-Type-Options") == "nosniff"
        assert response.getheader("Referrer-Policy") == "no-referrer"


def test_the_page_loads_nothing_from_outside():
    html = (PHONE / "index.html").read_text(encoding="utf-8")
    refs = re.findall(r'(?:src|href)="([^"]*)"', html)
    assert sorted(refs) == ["/static/phone.css", "/static/phone.js"]
    assert "<script>" not in html.replace('<script src="/static/phone.js"></script>', "")
    assert "style=" not in html and "<style" not in html
    assert not re.search(r"\son[a-z]+\s*=", html, flags=re.I)  # no inline event handlers
    for name in ("phone.js", "phone.css"):
        text = (PHONE / name).read_text(encoding="utf-8")
        assert not re.search(r"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}", text.split("*/", 1)[-1]), name
        assert "@import" not in text and "url(" not in text


def test_the_page_sets_text_with_textcontent_only():
    js = (PHONE / "phone.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
                 "setTimeout('", 'setTimeout("', "setInterval('", 'setInterval("'):
        assert sink not in js, sink
    assert "textContent" in js
