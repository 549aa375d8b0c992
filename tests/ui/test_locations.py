"""The locations page: setting up bins and areas, finding them by typing, kind or bin label."""

import pytest
from PySide6.QtCore import Qt

from partsdesk.services import locations
from partsdesk.ui import messages
from partsdesk.ui.location_dialog import LocationDialog
from partsdesk.ui.pages.locations import LocationsPage
from tests.factories import make_location, make_user
from tests.ui.helpers import show_page


@pytest.fixture
def bins(clerk):
    make_location(clerk, "A-01-01", description="Filters, top shelf")
    make_location(clerk, "A-01-02", description="Filters, bottom shelf")
    make_location(clerk, "B-02-01", description="Brake pads")
    make_location(clerk, "RECV", kind="receiving", description="Goods-in dock")
    make_location(clerk, "DEF", kind="defective", description="Quarantine cage")
    return clerk


def open_page(qtbot, user) -> LocationsPage:
    return show_page(qtbot, LocationsPage(user), 1000, 600, active=False)


def shown_codes(page) -> list[str]:
    return [row[1] for row in page.model.rows]


def test_a_clerk_creates_a_bin_through_the_dialog(qtbot, bins):
    page = open_page(qtbot, bins)
    page.activated()                                                # the search has focus
    qtbot.waitUntil(page.search.hasFocus)
    qtbot.keyClick(page.search, Qt.Key_N, Qt.ControlModifier)     # Ctrl+N: a new location
    dialog = page.findChild(LocationDialog)
    qtbot.keyClicks(dialog.code, "c-03-07")
    qtbot.keyClicks(dialog.description, "Spark plugs")
    qtbot.keyClick(dialog.description, Qt.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    location = locations.get_location("C-03-07")
    assert (location.kind, location.description) == ("bin", "Spark plugs")
    assert page.selected_code() == "C-03-07"


def test_a_duplicate_code_is_shown_at_the_code_field(qtbot, bins):
    page = open_page(qtbot, bins)
    dialog = page.new_location()
    qtbot.keyClicks(dialog.code, "A-01-01")
    qtbot.keyClick(dialog.code, Qt.Key_Return)
    assert dialog.isVisible()
    assert "A-01-01 already exists" in dialog.errors.text("code")


def test_the_list_filters_by_typing_and_by_kind(qtbot, bins):
    page = open_page(qtbot, bins)
    assert len(shown_codes(page)) == 5
    qtbot.keyClicks(page.search, "a-01")
    qtbot.waitUntil(lambda: shown_codes(page) == ["A-01-01", "A-01-02"])
    page.search.clear()
    qtbot.keyClicks(page.search, "brake")
    qtbot.waitUntil(lambda: shown_codes(page) == ["B-02-01"])
    page.search.clear()
    page.apply_filter()
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("defective"))
    assert shown_codes(page) == ["DEF"]
    assert page.model.data(page.model.index(0, 1)) == "Defective store"


def test_scanning_a_bin_label_selects_that_bin(qtbot, bins):
    page = open_page(qtbot, bins)
    qtbot.keyClicks(page.search, "L:B-02-01")
    qtbot.keyClick(page.search, Qt.Key_Return)
    assert page.selected_code() == "B-02-01"
    assert page.search.property("feedback") == "ok"
    qtbot.keyClicks(page.search, "Z-99")
    qtbot.keyClick(page.search, Qt.Key_Return)
    assert page.search.property("feedback") == "error"
    assert "Z-99 does not exist" in page.status_line.text()


def test_deactivating_a_location_hides_it(qtbot, bins):
    page = open_page(qtbot, bins)
    qtbot.keyClicks(page.search, "A-01-02")
    qtbot.keyClick(page.search, Qt.Key_Return)
    qtbot.mouseClick(page.active_button, Qt.LeftButton)
    assert not locations.get_location("A-01-02").active
    page.search.clear()
    page.apply_filter()
    assert "A-01-02" not in shown_codes(page)


def test_an_edit_changes_kind_and_description(qtbot, bins):
    page = open_page(qtbot, bins)
    qtbot.keyClicks(page.search, "RECV")
    qtbot.keyClick(page.search, Qt.Key_Return)
    qtbot.keyClick(page.table, Qt.Key_Return)
    dialog = page.findChild(LocationDialog)
    assert dialog.code.isReadOnly()
    dialog.allow_negative.setChecked(True)
    qtbot.keyClick(dialog.description, Qt.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert locations.get_location("RECV").allow_negative


def test_a_warranty_administrator_cannot_change_locations(qtbot, bins, admin):
    page = open_page(qtbot, make_user(admin, "wendy", "warranty_admin"))
    for button in (page.new_button, page.edit_button, page.active_button, page.import_button,
                   page.template_button):
        assert not button.isVisible()
    assert page.export_button.isVisible()


def test_locations_are_imported_and_exported_through_the_page(qtbot, bins, tmp_path):
    from openpyxl import Workbook, load_workbook
    from partsdesk.ui import operations
    book = Workbook()
    book.active.append(["库位代码", "类型", "说明"])
    book.active.append(["D-01-01", "货位", "Wipers"])
    book.active.append(["SCRAP-2", "Scrap", "Second scrap cage"])
    book.save(tmp_path / "bins.xlsx")
    page = open_page(qtbot, bins)
    messages.answers.append(tmp_path / "bins.xlsx")
    qtbot.mouseClick(page.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not operations.running(), timeout=20_000)
    assert "2 rows, 2 new and 0 updated" in messages.shown[-1].text
    assert {"D-01-01", "SCRAP-2"} <= set(shown_codes(page))
    assert locations.get_location("SCRAP-2").kind == "scrap"
    messages.answers.append(tmp_path / "locations.xlsx")
    qtbot.mouseClick(page.export_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not operations.running(), timeout=20_000)
    sheet = load_workbook(tmp_path / "locations.xlsx", read_only=True).active
    codes = [row[0] for row in sheet.iter_rows(values_only=True)]
    assert "D-01-01" in codes and "RECV" in codes


def test_a_bad_locations_workbook_is_rejected_with_its_rows(qtbot, bins, tmp_path):
    from openpyxl import Workbook
    from partsdesk.ui import operations
    book = Workbook()
    book.active.append(["Code", "Kind"])
    book.active.append(["E-01-01", "bin"])
    book.active.append(["E 01", "bin"])
    book.active.append(["E-01-03", "attic"])
    book.save(tmp_path / "bad.xlsx")
    page = open_page(qtbot, bins)
    messages.answers.append(tmp_path / "bad.xlsx")
    qtbot.mouseClick(page.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not operations.running(), timeout=20_000)
    assert [row for row, _, _ in page.transfer.rejection.rows()] == [3, 4]
    assert "E-01-01" not in shown_codes(page)


def test_bin_labels_print_for_the_locations_the_list_shows(qtbot, bins):
    from partsdesk.documents.labels import LAYOUTS
    from partsdesk.ui.label_dialog import LabelDialog
    from tests.documents.reading import decode_slots
    page = open_page(qtbot, bins)
    qtbot.keyClicks(page.search, "a-01")
    qtbot.waitUntil(lambda: shown_codes(page) == ["A-01-01", "A-01-02"])
    qtbot.mouseClick(page.labels_button, Qt.LeftButton)
    dialog = page.findChild(LabelDialog, "labelDialog")
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("a4-3x8"))
    pdf = dialog.render_now()
    assert decode_slots(pdf, LAYOUTS["a4-3x8"])[0][:3] == ["L:A-01-01", "L:A-01-02", None]
    dialog.reject()
