"""Issue 13 in a real browser (Chromium) and a real decoder: the phone shows the revealed
result and downloads the summary PDF; axe-core finds nothing at 320 and 390 px in both
languages in every state; the Wi-Fi and voting QR codes decode to the right strings.
"""

from __future__ import annotations

import numpy as np
import pytest

from pe_desktop.core.wifi import wifi_qr_text
from pe_desktop.report import write_summary_pdf
from pe_desktop.server import VotingServer

WAIT_MS = 20_000
SIZES = [{"width": 320, "height": 640}, {"width": 390, "height": 844}]
LANGUAGES = [("en-US", "en"), ("es-ES", "es")]


@pytest.fixture
def live(archive, pe_instrument):
    pid = archive.create_partnership("Results")
    sid = archive.create_session(
        pe_instrument, "Autumn check-in", pid, min_group_size=3,
        groups=[("Residents", "community"), ("Community <b>groups</b>", "community"), ("Funders", "institution")],
    )
    archive.set_status(sid, "open")
    archive.set_item_states(sid, 1, ["continual", "bilateral"], "open")
    residents = archive.group_by_name(sid, "Residents").id
    funders = archive.group_by_name(sid, "Funders").id
    community = archive.group_by_name(sid, "Community <b>groups</b>").id
    # residents: shown; one funder (below 3): never shown alone, and so neither is the
    # smallest other group (else subtraction would give the funder's rating back)
    for group, value in ((residents, 4), (residents, 4), (residents, 5), (community, 3), (community, 3), (community, 4)):
        person = archive.add_participant(sid, group, "paper")
        archive.record_rating(sid, 1, person.id, "continual", value, source="paper")
    person = archive.add_participant(sid, funders, "paper")
    archive.record_rating(sid, 1, person.id, "continual", 1, source="paper")
    server = VotingServer(archive, sid, "127.0.0.1", summary_pdf=write_summary_pdf)
    server.start()
    yield server
    server.stop()


def axe_violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [f"{v['id']}: {[n['target'] for n in v['nodes']]}" for v in results.response["violations"]]


def no_truncation(page) -> list[str]:
    """Elements whose text is cut off or wider than the screen."""
    return page.evaluate("""() => {
        var out = [];
        var all = document.querySelectorAll('#who, h1, h2, p, button, a, label');
        for (var i = 0; i < all.length; i++) {
            var el = all[i];
            if (!el.offsetParent) { continue; }
            if (el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > window.innerWidth + 1) {
                out.push(el.id || el.className || el.tagName);
            }
        }
        return out;
    }""")


def check_state(page, where: str, problems: list[str]) -> None:
    violations = axe_violations(page)
    cut = no_truncation(page)
    if violations or cut:
        problems.append(f"{where}: axe {violations} cut {cut}")


@pytest.mark.browser
def test_every_state_is_accessible_and_shows_the_revealed_result_and_the_summary(browser, live, archive, tmp_path):
    sid = live.session_id
    problems: list[str] = []
    phones = []
    for size in SIZES:
        for locale, lang in LANGUAGES:
            context = browser.new_context(viewport=size, locale=locale, is_mobile=True, has_touch=True,
                                          accept_downloads=True)
            page = context.new_page()
            page.goto(live.join_url)
            page.locator("#groups button").first.wait_for(timeout=WAIT_MS)
            check_state(page, f"join {size['width']} {lang}", problems)
            page.locator("#groups button").first.click()  # Residents
            page.locator(".card").first.wait_for(timeout=WAIT_MS)
            page.locator(".card").first.locator("button").nth(3).click()
            page.locator(".card .status.saved").first.wait_for(timeout=WAIT_MS)
            assert page.locator("#rejoin-mine").is_visible()
            check_state(page, f"vote {size['width']} {lang}", problems)
            phones.append((context, page, size, lang))

    archive.set_item_states(sid, 1, ["continual", "bilateral"], "revealed")
    live.notify("revealed", {"item": "continual"})
    for _context, page, size, lang in phones:
        page.locator("#results .result").first.wait_for(timeout=WAIT_MS)
        assert page.locator("#results").get_attribute("aria-live") == "polite"
        text = page.locator("#results").inner_text()
        if lang == "en":
            assert "The middle rating (median) is 4." in text
            assert "Half of the ratings are between" in text
            assert "Residents: median 4" in text
            assert "Groups with too few people are not shown alone." in text
        else:
            assert "La calificación del medio (mediana) es 4." in text
        assert "Funders" not in text and "Community" not in text and "Comunidad" not in text
        check_state(page, f"revealed {size['width']} {lang}", problems)

    archive.set_status(sid, "closed")
    live.notify("session-closed", {})
    for _context, page, size, lang in phones:
        link = page.locator("#summary-link")
        link.wait_for(state="visible", timeout=WAIT_MS)
        check_state(page, f"ended {size['width']} {lang}", problems)
    context, page, _, lang = phones[-1]
    with page.expect_download(timeout=120_000) as download:
        page.locator("#summary-link").click()
    saved = tmp_path / "summary.pdf"
    download.value.save_as(saved)
    assert saved.read_bytes().startswith(b"%PDF")
    assert download.value.suggested_filename == f"summary-{lang}.pdf"
    for context, *_ in phones:
        context.close()
    assert problems == []


def decode(png: bytes) -> list[str]:
    import zxingcpp
    from PySide6.QtGui import QImage

    image = QImage.fromData(png).convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    pixels = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * height).reshape(height, stride)[:, :width]
    return [code.text for code in zxingcpp.read_barcodes(np.ascontiguousarray(pixels))]


@pytest.mark.browser
def test_the_wifi_and_voting_qr_codes_decode_to_the_right_strings(qtbot, live, browser, tmp_path):
    """Both codes as the join screen shows them, read back by zxing-cpp; and as Chromium renders them."""
    from pe_desktop.ui.projector.join_qr import JoinWifi, qr_png

    wifi = wifi_qr_text('Taller;"Sur"', "clave:con,todo\\")
    assert wifi == 'WIFI:T:WPA;S:Taller\\;\\"Sur\\";P:clave\\:con\\,todo\\\\;;'
    widget = JoinWifi()
    qtbot.addWidget(widget)
    widget.set_info('Taller;"Sur"', wifi, live.short_url)
    assert widget.ssid == 'Taller;"Sur"'
    for text in (wifi, live.join_url):
        assert decode(qr_png(text)) == [text]
    # the same codes drawn by a browser page (as a phone camera would see a screen)
    page = browser.new_page()
    for text in (wifi, live.join_url):
        path = tmp_path / "qr.png"
        path.write_bytes(qr_png(text))
        page.set_content(f'<img src="data:image/png;base64,{__import__("base64").b64encode(path.read_bytes()).decode()}">')
        assert decode(page.screenshot()) == [text]
    page.close()
    assert isinstance(live, VotingServer)
