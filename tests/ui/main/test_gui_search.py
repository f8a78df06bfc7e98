"""Full-text search from the browser's Find box: titles, notes, quotes, dissent, action items."""

from __future__ import annotations

from PySide6.QtCore import Qt

from helpers import hit_texts, titles
from pe_desktop.ui.main.search_panel import DEBOUNCE_MS
from pe_desktop.ui.main.window import MainWindow


def activate_first_hit(qtbot, window: MainWindow) -> None:
    """Go to the first hit and press Enter, as the facilitator would."""
    hits = window.browser.search_results.list
    hits.setFocus()
    hits.setCurrentItem(hits.topLevelItem(0))
    qtbot.keyClick(hits, Qt.Key.Key_Return)


def search_for(qtbot, window: MainWindow, text: str) -> list[list[str]]:
    """Type into the Find box like a person and wait for the hit list."""
    window.browser.search.clear()
    window.browser.search.setFocus()
    qtbot.keyClicks(window.browser.search, text)
    results = window.browser.search_results
    qtbot.waitUntil(lambda: results.isVisible() and results.query == text.strip() and not results.timer.isActive(),
                    timeout=DEBOUNCE_MS * 20)
    return hit_texts(results)


def test_a_word_in_a_note_is_found_and_activating_it_selects_the_session(window, qtbot, archive, demo_ids):
    window.browser.select_id(demo_ids["ready"])
    hits = search_for(qtbot, window, "money decisions")
    assert hits == [["Note", "Spring check-in", archive.session(demo_ids["closed"]).held_on,
                     "Residents said the hospital's [money] [decisions] are made before they are at the table."]]
    # the title filter alone would hide every session; the session with the hit stays in the browser
    assert titles(window) == ["Spring check-in"]
    note = next(n for n in archive.notes(demo_ids["closed"]) if "money" in n.text)

    activate_first_hit(qtbot, window)
    assert window.browser.selected_session_id() == demo_ids["closed"]
    console = window.consoles.get(demo_ids["closed"])  # a note opens where it can be read and edited
    qtbot.waitExposed(console)
    assert console.controller.current_item == "materially-beneficial"
    assert console.notes_panel.selected_id() == note.id
    console.close()


def test_selecting_a_hit_selects_its_session_and_an_action_opens_on_the_actions_tab(window, qtbot, archive, demo_ids):
    hits = search_for(qtbot, window, "neighbourhood")
    kinds = [row[0] for row in hits]
    assert kinds == ["Action item"]
    window.browser.select_id(demo_ids["ready"])
    hits = window.browser.search_results.list
    hits.setCurrentItem(hits.topLevelItem(0))  # as a click on the first hit
    assert window.browser.selected_session_id() == demo_ids["closed"]
    assert window.details.heading.text() == "Spring check-in"
    activate_first_hit(qtbot, window)
    console = window.consoles.get(demo_ids["closed"])
    assert console.tabs.currentWidget() is console.actions_panel
    action = next(a for a in archive.actions(demo_ids["closed"]) if "neighbourhood" in a.text)
    assert console.actions_panel.selected_id() == action.id
    console.close()


def test_a_snippet_with_markup_is_shown_literally(window, qtbot, archive, demo_ids):
    archive.add_note(demo_ids["closed"], "<b>Bold</b> claim about <i>housing</i> & <script>x</script>", "dissent")
    window.browser.refresh()
    hits = search_for(qtbot, window, "housing")
    assert hits == [["Dissent", "Spring check-in", archive.session(demo_ids["closed"]).held_on,
                     "<b>Bold</b> claim about <i>[housing]</i> & <script>x</script>"]]
    item = window.browser.search_results.list.topLevelItem(0)
    assert item.text(3).startswith("<b>Bold</b>")
    # Qt would render a tooltip that looks like markup: it is escaped, so it too shows the text as typed
    assert "&lt;b&gt;Bold&lt;/b&gt; claim" in item.toolTip(3) and "<b>" not in item.toolTip(3)


def test_short_queries_only_filter_titles_and_typing_is_debounced(window, qtbot, archive, demo_ids):
    window.browser.search.setFocus()
    qtbot.keyClicks(window.browser.search, "sp")
    assert titles(window) == ["Spring check-in"]  # the title filter answers at once
    assert not window.browser.search_results.timer.isActive() and not window.browser.search_results.isVisible()
    qtbot.keyClicks(window.browser.search, "ring")
    assert window.browser.search_results.timer.isActive() and not window.browser.search_results.isVisible()  # not yet: debounced
    qtbot.waitUntil(lambda: window.browser.search_results.isVisible(), timeout=DEBOUNCE_MS * 20)
    assert hit_texts(window.browser.search_results)[0][:2] == ["Session title", "Spring check-in"]
    qtbot.keyClick(window.browser.search, Qt.Key.Key_Escape)
    assert window.browser.search.text() == ""
    assert not window.browser.search_results.isVisible()
    assert titles(window) == ["Autumn check-in", "Spring check-in"]


def test_nothing_found_is_said_and_hides_no_title_match(window, qtbot):
    hits = search_for(qtbot, window, "zebra crossing")
    assert hits == []
    assert "Nothing found" in window.browser.search_results.label.text()
    assert not window.browser.search_results.list.isVisible()
    assert titles(window) == []


def test_a_note_added_later_is_found_after_refresh(window, qtbot, archive, demo_ids):
    assert search_for(qtbot, window, "library") == []
    archive.add_note(demo_ids["ready"], "Book the library room early", "note")
    window.browser.refresh()
    assert [row[:2] for row in hit_texts(window.browser.search_results)] == [["Note", "Autumn check-in"]]
    assert "Autumn check-in" in titles(window)
