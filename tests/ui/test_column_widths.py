"""List tables at the first-run window size: titles fit, the name stretches, and the widths a
user drags on the header come back the next time, for that user only."""

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QTableView
from PySide6.QtTest import QTest

from partsdesk.settings import LocalSettings
from partsdesk.ui import i18n_qt
from partsdesk.ui.main_window import MainWindow
from partsdesk.ui.pages.catalog import CatalogPage
from tests.factories import make_part, make_user
from tests.ui.helpers import show_page

NAME = 1


@pytest.fixture
def parts(clerk):
    make_part(clerk, "04152-YZZA1", "Oil filter element", name_zh="机油滤芯", category="Filters")
    make_part(clerk, "16100-39466", "Water pump assembly with gasket", name_zh="水泵总成",
              category="Cooling", must_return=True)
    return clerk


@pytest.fixture
def chinese():
    locale = QLocale()
    i18n_qt.install("zh_CN")
    yield
    i18n_qt.install("en")
    QLocale.setDefault(locale)


def first_run_catalogue(qtbot, user):
    """The main window as it opens the first time (no saved geometry), on the catalogue."""
    window = MainWindow(user, "test")
    qtbot.addWidget(window)
    window.select("catalog")
    window.show()
    qtbot.waitExposed(window)
    assert window.size().toTuple() == (1180, 740)
    return window.current_page()


def title_width(table, column: int) -> int:
    font = QFont(table.horizontalHeader().font())
    font.setWeight(QFont.DemiBold)
    title = table.model().headerData(column, Qt.Horizontal)
    return QFontMetrics(font).horizontalAdvance(title) + 16      # the header's padding


def assert_readable(table) -> None:
    header = table.horizontalHeader()
    for column in range(header.count()):
        assert header.sectionSize(column) >= title_width(table, column), column
    assert header.sectionSize(NAME) >= 130
    assert table.horizontalScrollBar().maximum() == 0           # all columns in view
    assert header.length() == table.viewport().width()         # the name takes what is left


def drag_edge(qtbot, table, column: int, by: int) -> None:
    """Drag the right edge of ``column``'s header section ``by`` pixels, with the mouse."""
    header = table.horizontalHeader()
    y = header.height() // 2
    edge = header.sectionViewportPosition(column) + header.sectionSize(column) - 1
    viewport = header.viewport()
    QTest.mouseMove(viewport, QPoint(edge, y))
    QTest.mousePress(viewport, Qt.LeftButton, Qt.NoModifier, QPoint(edge, y))
    for step in range(1, 5):
        QTest.mouseMove(viewport, QPoint(edge + by * step // 4, y))
    QTest.mouseRelease(viewport, Qt.LeftButton, Qt.NoModifier, QPoint(edge + by, y))
    qtbot.wait(10)


def test_at_the_first_run_size_every_title_fits_and_the_name_keeps_its_room(qtbot, parts):
    page = first_run_catalogue(qtbot, parts)
    assert_readable(page.table)


def test_in_chinese_every_title_fits_too(qtbot, parts, chinese):
    page = first_run_catalogue(qtbot, parts)
    assert page.model.headerData(NAME, Qt.Horizontal) == "名称"
    assert_readable(page.table)


def test_a_narrow_window_scrolls_sideways_rather_than_cut_the_name(qtbot, parts):
    page = show_page(qtbot, CatalogPage(parts), 520, 500, active=False)
    header = page.table.horizontalHeader()
    assert header.sectionSize(NAME) >= 130
    assert page.table.horizontalScrollBar().maximum() > 0
    page.resize(1400, 500)
    qtbot.waitUntil(lambda: page.table.horizontalScrollBar().maximum() == 0)
    assert header.sectionSize(NAME) > 300                       # the name stretches


def test_a_width_the_user_drags_comes_back_for_that_user_only(qtbot, parts, admin):
    page = show_page(qtbot, CatalogPage(parts), 1100, 600, active=False)
    header = page.table.horizontalHeader()
    part_no, name = header.sectionSize(0), header.sectionSize(NAME)
    drag_edge(qtbot, page.table, 0, 40)
    qtbot.waitUntil(lambda: header.sectionSize(0) == part_no + 40)
    qtbot.waitUntil(lambda: header.sectionSize(NAME) == name - 40)   # the name gives way
    page.close()                                                     # kept when it closes
    saved = LocalSettings.load().extra["column_widths"]
    assert saved["clerk"]["catalog"] == {"Part No.": part_no + 40}

    again = show_page(qtbot, CatalogPage(parts), 1100, 600, active=False)
    assert again.table.horizontalHeader().sectionSize(0) == part_no + 40
    other = show_page(qtbot, CatalogPage(make_user(admin, "li", "parts_clerk")), 1100, 600,
                      active=False)
    assert other.table.horizontalHeader().sectionSize(0) == part_no


def test_a_column_cannot_be_dragged_narrower_than_its_title(qtbot, parts):
    page = show_page(qtbot, CatalogPage(parts), 1100, 600, active=False)
    table = page.table
    unit_price = 5
    drag_edge(qtbot, table, unit_price, -60)
    qtbot.waitUntil(lambda: table.horizontalHeader().sectionSize(unit_price)
                    == table.column_layout.minimum(unit_price))
    assert table.column_layout.minimum(unit_price) >= title_width(table, unit_price)


@pytest.mark.parametrize("page_key", ["claims", "receiving", "stock", "approvals", "settlement",
                                      "returns", "counting"])
def test_every_list_page_remembers_the_widths_its_user_drags(qtbot, admin, page_key):
    from partsdesk.ui.pages import PAGES
    role = {"claims": "supervisor", "approvals": "supervisor", "settlement": "supervisor",
            "returns": "parts_clerk"}.get(page_key, "parts_clerk")
    user = make_user(admin, "kim", role)
    spec = next(spec for spec in PAGES if spec.key == page_key)

    def open_page():
        page = show_page(qtbot, spec.create(user), 1100, 600, active=False)
        lists = [table for table in page.findChildren(QTableView)
                 if hasattr(table, "column_layout") and table.isVisible()]
        return page, lists[0]

    page, table = open_page()
    header = table.horizontalHeader()
    first = header.sectionSize(0)
    drag_edge(qtbot, table, 0, 30)
    qtbot.waitUntil(lambda: header.sectionSize(0) == first + 30)
    page.close()
    page, table = open_page()
    assert table.horizontalHeader().sectionSize(0) == first + 30
