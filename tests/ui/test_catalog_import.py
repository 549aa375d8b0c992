"""A parts clerk imports a correction sheet: the page shows what it would change, then writes it
only when the clerk presses Import."""

from decimal import Decimal

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt

from partsdesk import i18n
from partsdesk.services import catalog
from partsdesk.services.errors import NotFound
from partsdesk.ui import messages, operations
from partsdesk.ui.pages.catalog import CatalogPage
from partsdesk.ui.widgets import rows_of
from tests.factories import make_part
from tests.ui.helpers import show_page


@pytest.fixture
def parts(clerk):
    make_part(clerk, "04152-YZZA1", "Oil filter element", name_zh="机油滤芯",
              category="Filters", unit_price="12.50", aliases=["6901234567892"])
    make_part(clerk, "04465-02220", "Brake pad set, front", name_zh="前刹车片",
              category="Brakes", unit_price="380.00", must_return=True)
    return clerk


def workbook(path, header, rows) -> str:
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return str(path)


def choose_file_to_import(qtbot, page, path):
    messages.answers.append(path)
    qtbot.mouseClick(page.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.transfer.preview is not None and page.transfer.preview.isVisible(),
                    timeout=20_000)
    return page.transfer.preview


def correction_sheet(tmp_path):
    return workbook(tmp_path / "correction.xlsx", ["配件编号", "配件名称", "类别", "单价"], [
        ["04152-YZZA1", "Oil filter element", "", "13.20"],
        ["04465-02220", "Brake pad set, front", "Brakes", "380.00"],
        ["17801-0Y040", "Air filter element", "Filters", "92"]])


def test_the_preview_shows_every_change_and_import_writes_them(qtbot, parts, tmp_path):
    page = show_page(qtbot, CatalogPage(parts), 1200, 700, active=False)
    preview = choose_file_to_import(qtbot, page, correction_sheet(tmp_path))
    assert preview.summary.text() == \
        "1 new part, 1 changed (Category 1, Unit price 1), 1 unchanged"
    assert rows_of(preview.table) == [["04152-YZZA1", "Category", "Filters", "—"],
                                      ["04152-YZZA1", "Unit price", "12.50", "13.20"]]
    assert preview.cleared.isVisible() and "Category of 1 part" in preview.cleared.text()
    assert catalog.get_part("04152-YZZA1").unit_price == Decimal("12.50")   # nothing yet
    qtbot.mouseClick(preview.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not operations.running() and messages.shown[-1].level == "info",
                    timeout=20_000)
    assert "3 rows, 1 new, 1 changed and 1 unchanged" in messages.shown[-1].text
    part = catalog.get_part("04152-YZZA1")
    assert (part.unit_price, part.category, part.name_zh) == (Decimal("13.20"), "", "机油滤芯")
    assert catalog.aliases_of(part) == ["6901234567892"]          # no barcode column: kept
    assert catalog.get_part("17801-0Y040").name == "Air filter element"


def test_escape_on_the_preview_imports_nothing(qtbot, parts, tmp_path):
    page = show_page(qtbot, CatalogPage(parts), 1200, 700, active=False)
    preview = choose_file_to_import(qtbot, page, correction_sheet(tmp_path))
    qtbot.keyClick(preview, Qt.Key_Escape)
    qtbot.waitUntil(lambda: not preview.isVisible())
    assert not operations.running()
    assert catalog.get_part("04152-YZZA1").unit_price == Decimal("12.50")
    with pytest.raises(NotFound, match="17801-0Y040"):
        catalog.get_part("17801-0Y040")


def test_a_file_that_changes_nothing_says_so_and_offers_no_import(qtbot, parts, tmp_path):
    path = workbook(tmp_path / "same.xlsx", ["Part No.", "Name"],
                    [["04152-YZZA1", "Oil filter element"]])
    page = show_page(qtbot, CatalogPage(parts), 1200, 700, active=False)
    preview = choose_file_to_import(qtbot, page, path)
    assert preview.nothing.isVisible() and not preview.table.isVisible()
    assert not preview.import_button.isEnabled()


def test_the_preview_speaks_chinese(qtbot, parts, tmp_path):
    i18n.set_language("zh_CN")
    page = show_page(qtbot, CatalogPage(parts), 1200, 700, active=False)
    preview = choose_file_to_import(qtbot, page, correction_sheet(tmp_path))
    assert preview.summary.text() == "新增配件 1 个，更改 1 个（类别 1、单价 1），未变 1 个"
    assert preview.import_button.text() == "导入"
    assert rows_of(preview.table)[1][1] == "单价"
