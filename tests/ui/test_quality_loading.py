"""The quality page at scale: listing every group, the table loads the groups a page at a time
as the view asks for them, and while a new analysis is worked out the last one stays on screen
under a busy bar."""

import threading

from PySide6.QtCore import Qt

from partsdesk.services import users
from partsdesk.ui.pages.quality import QualityPage, analysis
from tests.factories import FILTER, PADS, PUMP


def settled(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not page.busy() and page.groups is not None
                    and page.figures is not None, timeout=20_000)


def choose(qtbot, combo, data) -> None:
    target = combo.findData(data)
    assert target >= 0
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key_Down if combo.currentIndex() < target else Qt.Key_Up)


def codes_shown(page) -> list:
    model = page.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def open_page(qtbot, size=(1280, 800)) -> QualityPage:
    page = QualityPage(users.get("wa"))
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    settled(qtbot, page)
    return page


def test_every_group_is_loaded_a_page_at_a_time_as_the_table_asks(qtbot, quality_claims,
                                                                  monkeypatch):
    monkeypatch.setattr(analysis, "PAGE", 1)
    asked = []
    original = analysis.more_rows

    def more_rows(request, offset):
        asked.append(offset)
        return original(request, offset)
    monkeypatch.setattr(analysis, "more_rows", more_rows)
    page = open_page(qtbot)
    qtbot.waitUntil(lambda: codes_shown(page) == ["F101", "F202"], timeout=20_000)
    assert asked == [1]                     # by fault: the second group on its own
    asked.clear()
    choose(qtbot, page.by_filter, "part")
    settled(qtbot, page)
    assert page.groups.loaded == 1 and page.groups.count == 3     # one read, three groups
    # the view has room for more: it asks for the next page, then the one after
    qtbot.waitUntil(lambda: codes_shown(page) == [FILTER, PADS, PUMP], timeout=20_000)
    assert asked == [1, 2]
    assert not page.model.canFetchMore()
    assert [i.key for i in page.bars.items] == [FILTER, PADS, PUMP]     # the largest, read once


def test_the_last_result_stays_on_screen_under_a_busy_bar_until_the_new_one_is_in(
        qtbot, quality_claims, monkeypatch):
    page = open_page(qtbot)
    assert codes_shown(page) == ["F101", "F202"] and page.busy_bar.isHidden()
    held = threading.Event()
    original = analysis.group_claims

    def group_claims(request):
        if request.by == "model":
            held.wait(20)
        return original(request)
    monkeypatch.setattr(analysis, "group_claims", group_claims)
    choose(qtbot, page.by_filter, "model")
    qtbot.waitUntil(lambda: not page._pause.isActive(), timeout=5_000)
    assert page.busy_bar.isVisible() and page.status.text() == "Updating…"
    assert codes_shown(page) == ["F101", "F202"]        # the fault analysis, still shown
    held.set()
    settled(qtbot, page)
    assert codes_shown(page) == ["SED20", "SUV30"] and page.busy_bar.isHidden()


def test_the_code_filters_are_filled_off_the_gui_thread(qtbot, quality_claims):
    page = open_page(qtbot)
    assert page.model_filter.findData("SED20") > 0
    choose(qtbot, page.model_filter, "SUV30")
    settled(qtbot, page)
    assert codes_shown(page) == ["F202"]
