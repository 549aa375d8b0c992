"""The parts catalogue page, driven like a parts clerk drives it: typing, scanning, editing."""

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from partsdesk.db.models import Part
from partsdesk.services import catalog, catalog_import
from partsdesk.ui import messages, operations
from partsdesk.ui.pages.catalog import CatalogPage
from partsdesk.ui.part_dialog import PartDialog, SupersedeDialog
from tests.factories import make_part, make_user
from tests.ui.helpers import show_page


@pytest.fixture
def parts(clerk):
    make_part(clerk, "04152-YZZA1", "Oil filter element", name_zh="机油滤芯",
              category="Filters", unit_price="12.50", aliases=["6901234567892"])
    make_part(clerk, "04465-02220", "Brake pad set, front", name_zh="前刹车片",
              category="Brakes", unit_price="380.00", must_return=True)
    make_part(clerk, "04466-02100", "Brake pad set, rear", name_zh="后刹车片",
              category="Brakes", unit_price="310.00", must_return=True)
    make_part(clerk, "90915-YZZD2", "Oil filter", name_zh="机油滤清器", category="Filters",
              unit_price="45.00")
    return clerk


def open_page(qtbot, user) -> CatalogPage:
    return show_page(qtbot, CatalogPage(user), 1200, 700, active=False)


def shown_part_numbers(page) -> list[str]:
    return [row[1] for row in page.model.rows]


def selected_row_part_no(page) -> str | None:
    rows = page.table.selectionModel().selectedRows()
    return page.model.data(page.model.index(rows[0].row(), 0)) if rows else None


def type_chinese(field, text: str) -> None:
    """Chinese arrives through the input method, not as key presses."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(field, event)


def scan(qtbot, page, code: str) -> None:
    qtbot.keyClicks(page.search, code)
    qtbot.keyClick(page.search, Qt.Key_Return)


def test_typing_filters_the_catalogue_as_you_type(qtbot, parts):
    page = open_page(qtbot, parts)
    assert len(shown_part_numbers(page)) == 4
    qtbot.keyClicks(page.search, "brake")
    qtbot.waitUntil(lambda: shown_part_numbers(page) == ["04465-02220", "04466-02100"])
    page.search.clear()
    type_chinese(page.search, "刹车")
    qtbot.waitUntil(lambda: len(shown_part_numbers(page)) == 2)
    page.search.clear()
    qtbot.keyClicks(page.search, "0415")
    qtbot.waitUntil(lambda: shown_part_numbers(page) == ["04152-YZZA1"])
    assert page.count_label.text() == "1 part found"


def test_down_in_the_search_field_moves_into_the_list_and_enter_opens_the_part(qtbot, parts):
    page = open_page(qtbot, parts)
    qtbot.keyClicks(page.search, "brake")
    qtbot.waitUntil(lambda: len(shown_part_numbers(page)) == 2)
    qtbot.keyClick(page.search, Qt.Key_Down)
    assert page.table.hasFocus()
    assert selected_row_part_no(page) == "04465-02220"
    qtbot.keyClick(page.table, Qt.Key_Down)
    qtbot.keyClick(page.table, Qt.Key_Return)
    dialog = page.findChild(PartDialog)
    assert dialog.part_no.text() == "04466-02100"


def test_scanning_a_part_number_selects_that_part(qtbot, parts):
    page = open_page(qtbot, parts)
    scan(qtbot, page, "04465-02220")
    assert page.selected_part_no() == "04465-02220"
    assert selected_row_part_no(page) == "04465-02220"
    assert page.search.property("feedback") == "ok"
    assert page.details.title.text() == "04465-02220"
    assert "Brake pad set, front" in page.status_line.text()


def test_scanning_a_box_barcode_selects_its_part(qtbot, parts):
    page = open_page(qtbot, parts)
    scan(qtbot, page, "6901234567892")
    assert selected_row_part_no(page) == "04152-YZZA1"
    assert page.search.property("feedback") == "ok"
    assert "6901234567892" in page.details.values["aliases"].text()
    # the next scan replaces the text instead of being appended to it
    scan(qtbot, page, "90915-yzzd2")
    assert selected_row_part_no(page) == "90915-YZZD2"


def test_an_unknown_code_is_reported_in_the_status_line(qtbot, parts):
    page = open_page(qtbot, parts)
    scan(qtbot, page, "XX-404")
    assert page.search.property("feedback") == "error"
    assert "Unknown code XX-404" in page.status_line.text()
    assert shown_part_numbers(page) == []
    assert page.selected_part_no() is None


def test_a_clerk_creates_a_part_through_the_dialog(qtbot, parts):
    page = open_page(qtbot, parts)
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    dialog = page.findChild(PartDialog)
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.part_no, "48510-0k080")
    qtbot.keyClicks(dialog.name, "Shock absorber, front left")
    type_chinese(dialog.name_zh, "前左减振器")
    dialog.unit_price.selectAll()
    qtbot.keyClicks(dialog.unit_price, "1,250.00")
    qtbot.keyClicks(dialog.aliases.entry, "4987654321012")
    qtbot.keyClick(dialog.aliases.entry, Qt.Key_Return)     # adds the barcode, stays open
    assert dialog.isVisible()
    qtbot.keyClick(dialog.name, Qt.Key_Return)              # Enter saves
    qtbot.waitUntil(lambda: not dialog.isVisible())
    part = catalog.get_part("48510-0K080")
    assert part.unit_price == Decimal("1250.00")
    assert catalog.aliases_of(part) == ["4987654321012"]
    assert selected_row_part_no(page) == "48510-0K080"
    assert page.details.history.item(0).text().startswith("Created\n")


def test_a_bad_price_is_shown_at_the_price_field(qtbot, parts):
    page = open_page(qtbot, parts)
    dialog = page.new_part()
    qtbot.keyClicks(dialog.part_no, "NEW-1")
    qtbot.keyClicks(dialog.name, "Wiper blade")
    dialog.unit_price.selectAll()
    qtbot.keyClicks(dialog.unit_price, "12.345")
    qtbot.keyClick(dialog.name, Qt.Key_Return)
    assert dialog.isVisible()
    assert "more than two decimal places" in dialog.errors.text("unit_price")
    assert dialog.errors.text("name") == ""
    assert not Part.select().where(Part.part_no == "NEW-1").exists()
    qtbot.keyClick(dialog, Qt.Key_Escape)                   # Esc cancels
    assert not dialog.isVisible()


def test_an_edit_keeps_the_part_number_and_saves_the_change(qtbot, parts):
    page = open_page(qtbot, parts)
    scan(qtbot, page, "90915-YZZD2")
    qtbot.keyClick(page.table, Qt.Key_Return)               # Enter on the row opens it
    dialog = page.findChild(PartDialog)
    assert dialog.part_no.isReadOnly()
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Oil filter, spin-on")
    qtbot.keyClick(dialog.name, Qt.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert catalog.get_part("90915-YZZD2").name == "Oil filter, spin-on"
    assert "Oil filter, spin-on" in page.details.names.text()
    assert page.details.history.item(0).text().startswith(
        "Name: Oil filter → Oil filter, spin-on\n")


def test_deactivating_a_part_hides_it_from_the_list(qtbot, parts):
    page = open_page(qtbot, parts)
    scan(qtbot, page, "04466-02100")
    qtbot.mouseClick(page.active_button, Qt.LeftButton)
    assert not catalog.get_part("04466-02100").active
    page.search.clear()
    page.apply_filter()
    assert "04466-02100" not in shown_part_numbers(page)
    page.show_inactive.setChecked(True)
    assert "04466-02100" in shown_part_numbers(page)


def test_scanning_a_deactivated_part_warns_and_still_shows_it(qtbot, parts):
    catalog.set_active(parts, "04466-02100", False)
    page = open_page(qtbot, parts)
    scan(qtbot, page, "04466-02100")
    assert selected_row_part_no(page) == "04466-02100"
    assert page.search.property("feedback") == "warning"
    assert page.active_button.text() == "Reactivate"


def test_supersession_is_recorded_and_shown_both_ways(qtbot, parts):
    page = open_page(qtbot, parts)
    scan(qtbot, page, "04152-YZZA1")
    page.supersede_selected()
    dialog = page.findChild(SupersedeDialog)
    qtbot.keyClicks(dialog.new_part_no, "90915-YZZD2")
    qtbot.keyClick(dialog.new_part_no, Qt.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "90915-YZZD2" in page.details.values["superseded_by"].text()
    page.details.values["superseded_by"].linkActivated.emit("90915-YZZD2")
    assert page.selected_part_no() == "90915-YZZD2"
    assert "04152-YZZA1" in page.details.values["supersedes"].text()


def test_a_warranty_administrator_sees_no_edit_buttons(qtbot, parts, admin):
    office = make_user(admin, "wendy", "warranty_admin")
    page = open_page(qtbot, office)
    for button in (page.new_button, page.edit_button, page.active_button,
                   page.supersede_button, page.import_button, page.template_button):
        assert not button.isVisible()
    assert page.export_button.isVisible()
    scan(qtbot, page, "04152-YZZA1")
    qtbot.keyClick(page.table, Qt.Key_Return)
    assert page.findChild(PartDialog) is None


def test_a_parts_clerk_sees_the_edit_buttons(qtbot, parts):
    page = open_page(qtbot, parts)
    for button in (page.new_button, page.edit_button, page.active_button,
                   page.supersede_button, page.import_button, page.export_button,
                   page.template_button):
        assert button.isVisible()


def test_scrolling_fetches_further_pages(qtbot, clerk):
    rows = [catalog.PartData(f"P{i:05d}", f"Bolt M{i % 20}") for i in range(450)]
    catalog_import.import_parts(clerk, rows)
    page = open_page(qtbot, clerk)
    assert page.model.rowCount() == 200
    qtbot.waitUntil(lambda: page.count_label.text() == "450 parts")
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > 200)
    assert operations.running() is False


def test_a_filter_lists_every_match_in_part_number_order_however_rare(qtbot, clerk,
                                                                      monkeypatch):
    # A small window makes the search switch between walking the index and scanning.
    monkeypatch.setattr(catalog, "SCAN_WINDOW", 20)
    rows = [catalog.PartData(f"P{i:04d}", "Wheel bolt" if i % 3 == 0 else "Brake hose"
                             if i % 97 == 0 else "Clip") for i in range(600)]
    catalog_import.import_parts(clerk, rows)
    page = open_page(qtbot, clerk)
    for word, expected in (("bolt", [r.part_no for r in rows if r.name == "Wheel bolt"]),
                           ("hose", [r.part_no for r in rows if r.name == "Brake hose"])):
        page.search.setText(word)
        page.apply_filter()
        while page.model.canFetchMore():
            page.model.fetchMore()
        assert shown_part_numbers(page) == expected


# --- Excel in and out ------------------------------------------------------------------------

def workbook(path, header: list, rows: list) -> str:
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return str(path)


def wait_for_operations(qtbot) -> None:
    qtbot.waitUntil(lambda: not operations.running(), timeout=20_000)


def test_a_good_workbook_is_imported_through_the_page(qtbot, parts, tmp_path):
    path = workbook(tmp_path / "supplier.xlsx",
                    ["Part No.", "Name", "Chinese name", "Unit price", "Barcodes"],
                    [["17801-0Y040", "Air filter element", "空气滤清器滤芯", "92.00", ""],
                     [" 87139-0e040 ", "Cabin air filter", "空调滤芯", "75", "4987654321099"],
                     ["04152-YZZA1", "Oil filter element", "机油滤芯", "13.20", ""]])
    page = open_page(qtbot, parts)
    messages.answers.append(path)
    qtbot.mouseClick(page.import_button, Qt.LeftButton)
    wait_for_operations(qtbot)
    assert messages.shown[0] == messages.Shown("open_file", "Import from Excel",
                                               "Excel workbooks (*.xlsx)")
    qtbot.mouseClick(page.transfer.preview.import_button, Qt.LeftButton)
    wait_for_operations(qtbot)
    assert messages.shown[-1].level == "info"
    assert "3 rows, 2 new, 1 changed and 0 unchanged" in messages.shown[-1].text
    assert {"17801-0Y040", "87139-0E040"} <= set(shown_part_numbers(page))
    assert catalog.get_part("04152-YZZA1").unit_price == Decimal("13.20")
    scan(qtbot, page, "4987654321099")
    assert selected_row_part_no(page) == "87139-0E040"


def test_a_bad_workbook_lists_every_bad_row_and_imports_nothing(qtbot, parts, tmp_path):
    path = workbook(tmp_path / "bad.xlsx", ["Part No.", "Name", "Unit price"],
                    [["NEW-1", "Wiper blade", "68.00"],
                     ["NEW-2", "", "12.00"],
                     ["NEW-3", "Door handle", "twelve"],
                     ["NEW-4", "Horn", "-5"]])
    page = open_page(qtbot, parts)
    before = Part.select().count()
    messages.answers.append(path)
    qtbot.mouseClick(page.import_button, Qt.LeftButton)
    wait_for_operations(qtbot)
    dialog = page.transfer.rejection
    assert dialog is not None and dialog.isVisible()
    assert [(row, column) for row, column, _ in dialog.rows()] == [
        (3, "Name"), (4, "Unit price"), (5, "Unit price")]
    assert dialog.table.rowCount() == 3
    assert "3 rows have problems" in dialog.explanation.text()
    assert Part.select().count() == before
    saved = tmp_path / "problems.csv"
    messages.answers.append(saved)
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    lines = saved.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Row,Column,Reason" and len(lines) == 4


def test_the_catalogue_exports_to_a_workbook_and_a_template(qtbot, parts, tmp_path):
    from openpyxl import load_workbook
    page = open_page(qtbot, parts)
    messages.answers.append(tmp_path / "parts-export")
    qtbot.mouseClick(page.export_button, Qt.LeftButton)
    wait_for_operations(qtbot)
    assert "4 parts exported" in messages.shown[-1].text
    sheet = load_workbook(tmp_path / "parts-export.xlsx", read_only=True).active
    values = [cell for row in sheet.iter_rows(values_only=True) for cell in row]
    assert "04465-02220" in values and "前刹车片" in values
    messages.answers.append(tmp_path / "template.xlsx")
    qtbot.mouseClick(page.template_button, Qt.LeftButton)
    assert (tmp_path / "template.xlsx").exists()
    assert "Template saved" in messages.shown[-1].text


def test_cancelling_an_import_imports_nothing(qtbot, parts, tmp_path):
    path = workbook(tmp_path / "big.xlsx", ["Part No.", "Name"],
                    [[f"BIG-{i:05d}", "Hex bolt"] for i in range(3000)])
    page = open_page(qtbot, parts)
    messages.answers.append(path)
    qtbot.mouseClick(page.import_button, Qt.LeftButton)
    page.findChild(QProgressDialog).findChild(QPushButton).click()     # its Cancel button
    wait_for_operations(qtbot)
    assert "Cancelled; nothing was changed." in messages.shown[-1].text
    assert not Part.select().where(Part.part_no.startswith("BIG-")).exists()
