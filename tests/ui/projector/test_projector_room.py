"""Every projector view, as the back row sees it: legible, in the room's language, nothing cut off.

Rendered at 1920×1080 and 1280×720, in English, Spanish and both; each view
is checked from the fonts Qt actually uses (QFontMetricsF.capHeight of every
visible label, chart text item, axis and table), against the minimum cap
height of 34 px at 1080 lines (the same proportion at other heights).
"""

from __future__ import annotations

import io
import random

import pytest
import segno
from PySide6.QtCore import QCoreApplication, QPoint, QRect
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem, QLabel, QTableWidget

from helpers import chart_texts, projector_data
from pe_desktop.core.instruments import find_instrument
from pe_desktop.ui.controller import SessionController
from pe_desktop.ui.projector.window import ProjectorWindow

SIZES = [(1920, 1080), (1280, 720)]
LANGUAGES = ["en", "es", "en+es"]
VIEWS = ["join", "voting", "item", "overview", "shift", "gap", "table"]
URL = "http://192.168.137.1:8765/j/Xy12abCD"


def minimum_cap(height: int) -> float:
    """Written out here, not imported: 34 px at 1080 lines."""
    return 34 * height / 1080


@pytest.fixture(scope="module")
def room(tmp_path_factory):
    """A two-round session, round 1 revealed, round 2 voting on its first item, others revealed."""
    from pe_desktop.store import Archive

    path = tmp_path_factory.mktemp("room") / "a.sqlite"
    archive = Archive.open(path)
    inst = find_instrument("partnership-equity")
    sid = archive.create_session(
        inst, "Eastside spring check-in", archive.create_partnership("P"), rounds=2, language="es",
        groups=[("Residents", "community"), ("Organizers", "community"), ("Funders", "institution")],
    )
    groups = {g.name: g.id for g in archive.groups(sid)}
    people = [archive.add_participant(sid, groups[n], "paper") for n, k in
              (("Residents", 6), ("Organizers", 4), ("Funders", 5)) for _ in range(k)]
    rng = random.Random(4)
    keys = list(inst.item_keys)
    archive.record_ratings(sid, 1, [(p.id, k, rng.choice([1, 2, 3, 4, 5, 5, None])) for p in people for k in keys],
                           "paper")
    yield archive, sid, keys
    archive.close()


@pytest.fixture(scope="module")
def qr_png() -> bytes:
    buf = io.BytesIO()
    segno.make(URL).save(buf, kind="png", scale=4)
    return buf.getvalue()


def show(qtbot, room, qr_png, language: str, size: tuple[int, int], view: str) -> tuple[ProjectorWindow, SessionController]:
    archive, sid, keys = room
    controller = SessionController(archive, sid)
    if controller.round == 1:
        controller.reveal_items(keys)
        controller.start_round(2)
        people = [p.id for p in archive.participants(sid)][:9]
        archive.record_ratings(sid, 2, [(p, k, 4) for p in people for k in keys[1:]], "paper")
        controller.reveal_items(keys[1:])
        controller.open_items(keys[:1])
    window = ProjectorWindow(controller, language=language)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.set_join_info(URL, qr_png, 12)
    window.set_countdown(245.0)
    controller.set_current_item(keys[0] if view == "voting" else keys[2])
    window.set_view({"voting": "item", "table": "item"}.get(view, view))
    if view == "table":
        window.toggle_table()
    qtbot.waitUntil(lambda: window.height() == size[1])
    window.set_view(window.view())  # redraw at the final size
    for _ in range(4):  # let wrapped texts grow their boxes and the pages lay out again (no waiting)
        QCoreApplication.processEvents()
    return window, controller


def visible_labels(window) -> list[QLabel]:
    return [lab for lab in window.findChildren(QLabel) if lab.isVisibleTo(window) and lab.text().strip()]


def cap(font: QFont) -> float:
    return QFontMetricsF(font).capHeight()


def chart_fonts(window) -> list[tuple[str, QFont]]:
    """Fonts of the visible charts' text items and axes (what pyqtgraph draws)."""
    out: list[tuple[str, QFont]] = []
    for chart in (window.dot_chart, window.bars_chart, window.shift_chart, window.gap_chart):
        if not chart.isVisibleTo(window):
            continue
        for item in chart.plot_widget.scene().items():
            if isinstance(item, QGraphicsTextItem) and item.isVisible() and item.toPlainText().strip():
                out.append((item.toPlainText(), item.font()))
        for name in ("left", "bottom"):
            axis = chart.plot.getAxis(name)
            if axis.isVisible():
                out.append((f"{name} axis", axis.style["tickFont"]))
    for table in window.findChildren(QTableWidget):
        if table.isVisibleTo(window):
            out += [("table", table.font()), ("table header", table.horizontalHeader().font())]
    return out


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_view_is_legible_from_the_back_row(qtbot, room, qr_png, language, size) -> None:
    minimum = minimum_cap(size[1]) - 0.01
    for view in VIEWS:
        window, controller = show(qtbot, room, qr_png, language, size, view)
        small = [(lab.text(), cap(lab.font())) for lab in visible_labels(window) if cap(lab.font()) < minimum]
        small += [(text, cap(font)) for text, font in chart_fonts(window) if cap(font) < minimum]
        assert small == [], (view, minimum)
        window.close()
        controller.stop()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("language", LANGUAGES)
def test_nothing_is_cut_off(qtbot, room, qr_png, language, size) -> None:
    for view in VIEWS:
        window, controller = show(qtbot, room, qr_png, language, size, view)
        for label in visible_labels(window):
            rect = label.contentsRect()
            if label.wordWrap():
                assert label.heightForWidth(label.width()) <= label.height() + 1, (view, label.text())
            else:
                widest = max(QFontMetricsF(label.font()).horizontalAdvance(line) for line in label.text().split("\n"))
                assert widest <= rect.width() + 1, (view, label.text())
            corner = label.mapTo(window, QPoint(0, 0))
            assert corner.x() >= 0 and corner.y() >= 0, (view, label.text())
            assert corner.x() + label.width() <= window.width() and corner.y() + label.height() <= window.height(), \
                (view, label.text())
        for table in window.findChildren(QTableWidget):
            if table.isVisibleTo(window):  # the table view (T) shows every row: none behind a scroll bar
                assert table.verticalScrollBar().maximum() == 0, (view, table.rowCount())
        window.close()
        controller.stop()


def in_window(window, widget, rect: QRect | None = None) -> QRect:
    """``rect`` (default: the whole widget) of ``widget`` in the window's coordinates."""
    rect = rect if rect is not None else widget.rect()
    return QRect(widget.mapTo(window, rect.topLeft()), rect.size())


def scene_rect(window, chart, item: QGraphicsItem) -> QRect:
    """Where a chart's graphics item is drawn, in the window's coordinates."""
    view = chart.plot_widget
    return in_window(window, view.viewport(), view.mapFromScene(item.sceneBoundingRect()).boundingRect())


def shown_charts(window) -> list:
    return [c for c in (window.dot_chart, window.bars_chart, window.shift_chart, window.gap_chart)
            if c.isVisibleTo(window)]


def overlaps(window) -> list[tuple[str, str]]:
    """Pairs of things that cover each other: text blocks, a text block and a plot area,
    two rows' titles of a chart, two scale labels, two texts beside the marks."""
    found: list[tuple[str, str]] = []
    labels = [(lab.text(), in_window(window, lab)) for lab in visible_labels(window)]
    for i, (text_a, a) in enumerate(labels):
        found += [(text_a, text_b) for text_b, b in labels[i + 1:] if a.intersects(b)]
    for chart in shown_charts(window):
        view_box = chart.plot.getViewBox()
        plot = scene_rect(window, chart, view_box)
        found += [(text, "plot area") for text, rect in labels if rect.intersects(plot)]
        (x0, x1), (y0, y1) = view_box.viewRange()
        ticks = chart.ticks
        left = [text for y, text in ticks.get("left", []) if y0 <= y <= y1]
        if len(left) > 1:  # one row per item: each row at least as tall as its title's lines
            line = QFontMetricsF(chart.plot.getAxis("left").style["tickFont"]).height()
            pitch = plot.height() / (y1 - y0)
            lines = max(text.count("\n") + 1 for text in left)
            if pitch < line * lines - 0.5:
                found.append((f"{type(chart).__name__} rows {pitch:.0f} px apart", f"{line * lines:.0f} px text"))
        if chart is not window.bars_chart:  # the scale along the bottom: each label within its point's width
            metrics = QFontMetricsF(chart.plot.getAxis("bottom").style["tickFont"])
            per_point = plot.width() / (x1 - x0)
            for _, text in ticks.get("bottom", []):
                found += [(line, "the next scale label") for line in text.split("\n")
                          if metrics.horizontalAdvance(line) > per_point + 0.5]
        marks = [(item.toPlainText(), scene_rect(window, chart, item)) for item in chart.plot.items
                 if isinstance(item, QGraphicsTextItem) and item.isVisible() and item.toPlainText().strip()]
        for i, (text_a, a) in enumerate(marks):
            found += [(text_a, text_b) for text_b, b in marks[i + 1:] if a.intersects(b)]
    return found


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("language", LANGUAGES)
def test_nothing_overlaps(qtbot, room, qr_png, language, size) -> None:
    """No text over another or over a chart's plot; a chart's rows and scale labels stay apart."""
    for view in VIEWS:
        window, controller = show(qtbot, room, qr_png, language, size, view)
        assert overlaps(window) == [], view
        window.close()
        controller.stop()


def form_texts(language: str) -> set[str]:
    inst = find_instrument("partnership-equity").localized(language)
    texts = {inst.title, *inst.scale.labels.values()}
    for item in inst.items:
        texts |= {item.title, item.question}
    return texts


@pytest.mark.parametrize("size", SIZES[1:], ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_spanish_room_sees_no_english_form_text(qtbot, room, qr_png, size) -> None:
    english_only = form_texts("en") - form_texts("es")
    for view in VIEWS:
        window, controller = show(qtbot, room, qr_png, "es", size, view)
        seen = [lab.text() for lab in visible_labels(window)]
        for chart in (window.dot_chart, window.bars_chart, window.shift_chart, window.gap_chart):
            if chart.isVisibleTo(window):
                seen += chart_texts(chart)
        leaks = [t for t in seen for english in english_only if english in t]
        assert leaks == [], view
        window.close()
        controller.stop()


def test_a_mixed_room_sees_both_languages(qtbot, room, qr_png) -> None:
    window, controller = show(qtbot, room, qr_png, "en+es", (1920, 1080), "voting")
    seen = [lab.text() for lab in visible_labels(window)]
    assert "Is the partnership meant to last beyond this project?" in seen
    assert "¿La alianza está pensada para durar más allá de este proyecto?" in seen
    assert {"Not at all", "Nada", "Mostly", "En su mayoría"} <= set(seen)
    window.close()
    controller.stop()


def test_the_result_is_in_plain_words(qtbot, room, qr_png) -> None:
    window, controller = show(qtbot, room, qr_png, "en", (1920, 1080), "item")
    drawn = projector_data(window)
    assert drawn["mode"] == "result"
    assert drawn["stats_text"].startswith("Most said ")
    seen = " ".join(lab.text() for lab in visible_labels(window))
    for jargon in ("IQR", "rwg", "Band", "band", "Agreement:"):
        assert jargon not in seen
    window.close()
    controller.stop()


def test_join_banner_and_countdown_on_every_view_but_join(qtbot, room, qr_png) -> None:
    for view in VIEWS:
        window, controller = show(qtbot, room, qr_png, "en", (1280, 720), view)
        seen = [lab.text() for lab in visible_labels(window)]
        assert "4:05" in seen, view
        assert ("Join: 192.168.137.1:8765/j/Xy12abCD" in seen) == (view != "join"), view
        window.set_countdown(None)
        window.set_join_info(None, None, 0)
        seen = [lab.text() for lab in visible_labels(window)]
        assert "4:05" not in seen and not any(t.startswith("Join:") for t in seen)
        window.close()
        controller.stop()


def test_the_console_reads_the_form_in_the_rooms_language(qtbot, room) -> None:
    archive, sid, keys = room
    controller = SessionController(archive, sid)  # the session's language is "es"
    assert controller.instrument.item(keys[0]).title == "Continua"
    assert list(controller.instrument.item_keys) == keys
    controller.stop()
