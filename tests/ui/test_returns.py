"""The returns page driven like the warehouse drives it with a USB scanner: failed parts booked
into the defective store, packed into a return shipment, shipped, then received and inspected at
the other end with the number keys."""

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from partsdesk.services import claim_states, claims, return_inspection, return_shipments, returns
from partsdesk.services.claims import PartLineData
from partsdesk.ui import messages
from partsdesk.ui.pages import pages_for
from partsdesk.ui.pages.returns import ReturnsPage
from partsdesk.ui.widgets import rows_of
from tests.factories import FILTER, PADS, PUMP, loop_vin, make_issued_claim
from tests.ui.helpers import scan, show_page


def open_page(qtbot, user) -> ReturnsPage:
    page = show_page(qtbot, ReturnsPage(user), 1240, 780)
    page.activated()
    return page


def tag_numbers(claim) -> list[str]:
    return [tag.number for tag in returns.tags_of(claim.number)]


def test_the_page_is_there_for_the_warehouse_and_the_inspector_only(qtbot, desk):
    """The dealer's parts clerk stores and ships, never receives or inspects; the claim
    centre's inspector only receives and inspects; the claim's owners and their superiors look
    at the lists; the settlement clerk has no returns page."""
    keys = {role: [spec.key for spec in pages_for(desk[role])] for role in desk}
    assert all("returns" in keys[role] for role in ("clerk", "ri", "wa", "sup", "admin"))
    assert "returns" not in keys["sc"]

    clerk = open_page(qtbot, desk["clerk"])
    assert clerk.receipt is None and clerk.tabs.count() == 2
    assert clerk.store.scan.isVisible()
    assert clerk.shipments.new_button.isVisibleTo(clerk.shipments)

    inspector = open_page(qtbot, desk["ri"])
    assert inspector.store is None and inspector.shipments is None
    assert inspector.tabs.count() == 1 and not inspector.tabs.tabBar().isVisible()
    receipt = inspector.receipt
    assert receipt.scan.hasFocus() and receipt.inspection.isVisible()
    assert receipt.arriving.isVisible() and receipt.lines.isVisible()

    for role in ("wa", "sup"):
        page = open_page(qtbot, desk[role])
        page.tabs.setCurrentWidget(page.receipt)
        assert page.receipt.lines.isVisible() and page.receipt.arriving.isVisible()
        assert not page.receipt.scan.isVisible()
        assert not page.receipt.inspection.isVisible()
        assert not page.receipt.inspect_button.isVisible()
    looker = open_page(qtbot, desk["wa"])
    assert not looker.store.scan.isVisible()                 # the lists, read-only
    assert not looker.shipments.new_button.isVisibleTo(looker.shipments)


def test_a_scanned_tag_goes_into_the_defective_store_and_its_clock_runs(qtbot, desk):
    claim = make_issued_claim(desk, PartLineData(FILTER), PartLineData(PADS),
                              repair_date=date.today() - timedelta(days=40))
    (tag,) = tag_numbers(claim)                    # the brake pads are kept, not returned
    page = open_page(qtbot, desk["clerk"])
    store = page.store
    assert store.location.currentText() == "DEF-01"

    scan(qtbot, store.scan, tag.lower())
    assert store.banner.kind == "over"             # 40 days: past the 30 days of retention
    assert "DEF-01" in store.banner.headline.text()
    assert "40 days" in store.banner.detail.text()
    assert returns.get_tag(tag).state == claim_states.STORED
    assert store.model.rowCount() == 1 and store.model.overdue(0)
    assert "1 overdue" in store.count.text()

    scan(qtbot, store.scan, tag)                   # the same tag again
    assert store.banner.kind == "error"
    assert "already in the defective store DEF-01" in store.banner.detail.text()
    store.view.setCurrentIndex(store.view.findData("overdue"))
    assert store.model.row_tuple(0)[1] == tag


def test_tags_are_scanned_into_a_shipment_packing_list_printed_and_shipped(qtbot, desk):
    first = make_issued_claim(desk, PartLineData(FILTER), PartLineData(PUMP))
    second = make_issued_claim(desk, PartLineData(FILTER), vin=loop_vin(2))
    cancelled = make_issued_claim(desk, PartLineData(PUMP), vin=loop_vin(3))
    claims.cancel(desk["sup"], cancelled.number, "Customer withdrew")
    page = open_page(qtbot, desk["clerk"])
    page.tabs.setCurrentWidget(page.shipments)
    tab = page.shipments
    number = tab.new_shipment()
    view = tab.view
    assert view.scan.hasFocus()

    for tag in tag_numbers(first) + tag_numbers(second):
        scan(qtbot, view.scan, tag)
        assert view.banner.kind == "ok", view.banner.detail.text()
    assert len(rows_of(view.lines)) == 3
    assert "3 tags packed" in view.missing.text()

    scan(qtbot, view.scan, tag_numbers(first)[0])              # already in this shipment
    assert view.banner.kind == "error"
    assert "already in this shipment" in view.banner.detail.text()
    scan(qtbot, view.scan, tag_numbers(cancelled)[0])
    assert view.banner.kind == "error"
    assert f"claim {cancelled.number}, which was cancelled (Customer withdrew)" in \
        view.banner.detail.text()
    tab.new_shipment()                              # a tag goes into one shipment only
    scan(qtbot, view.scan, tag_numbers(second)[0])
    assert view.banner.kind == "error"
    assert f"already in return shipment {number}" in view.banner.detail.text()
    tab.open(number)

    dialog = view.packing_list()
    assert dialog.preview.page_count() == 1
    dialog.done(0)

    ship = view.ask_ship()
    ship.accept()                                   # nothing typed yet
    assert ship.isVisible() and "Name the carrier" in ship.error.text()
    qtbot.keyClicks(ship.carrier.lineEdit(), "SF Express")
    qtbot.keyClicks(ship.tracking, "SF1234567890")
    qtbot.keyClick(ship.tracking, Qt.Key_Return)
    assert not ship.isVisible()
    assert return_shipments.get_shipment(number).state == "shipped"
    assert "SF Express" in view.facts.text() and "SF1234567890" in view.facts.text()
    assert "Still missing: 3 of 3 tags" in view.missing.text()
    assert not view.scan.isVisible()
    row = [r for r in tab.model.rows if r[1] == number][0]
    assert row.outstanding == 3


def double_click_row(qtbot, table, row: int) -> None:
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.LeftButton, pos=rect.center())


def test_returned_tags_are_received_and_inspected_with_the_number_keys(qtbot, desk):
    claim = make_issued_claim(desk, PartLineData(FILTER), PartLineData(PUMP))
    filter_tag, pump_tag = tag_numbers(claim)
    other = make_issued_claim(desk, PartLineData(FILTER), vin=loop_vin(2))
    (lost_tag,) = tag_numbers(other)
    shipment = return_shipments.create_shipment(desk["clerk"]).number
    for tag in (filter_tag, pump_tag, lost_tag):
        return_shipments.pack(desk["clerk"], shipment, tag)
    return_shipments.ship(desk["clerk"], shipment, "EMS", "EM100")
    page = open_page(qtbot, desk["ri"])
    tab = page.receipt
    panel = tab.inspection
    assert tab.scan.hasFocus()

    scan(qtbot, tab.scan, shipment)                # the packing list's barcode
    assert "Still missing: 3 of 3 tags" in tab.missing.text()

    scan(qtbot, tab.scan, filter_tag)
    assert tab.banner.kind == "ok" and "received" in tab.banner.headline.text()
    assert returns.get_tag(filter_tag).state == claim_states.RECEIVED
    assert panel.hasFocus() and panel.tag == filter_tag
    qtbot.keyClick(panel, Qt.Key_4)                # it arrived: it cannot be missing
    assert panel.outcome() == "" and not panel.outcome_buttons[claim_states.MISSING].isEnabled()
    qtbot.keyClick(panel, Qt.Key_1)
    qtbot.keyClick(panel, Qt.Key_Return)
    assert returns.inspection_of(returns.get_tag(filter_tag)).outcome == claim_states.CONFIRMED
    assert tab.scan.hasFocus()
    assert "Still missing: 2 of 3 tags" in tab.missing.text()

    scan(qtbot, tab.scan, pump_tag)
    qtbot.keyClick(panel, Qt.Key_2)                # no fault found: a comment is needed
    assert panel.comment.hasFocus()
    value = return_inspection.full_value(returns.get_tag(pump_tag))   # parts, their labour share
    assert value > 860 and panel.charge_back.text() == f"{value:.2f}"      # prefilled
    assert not panel.reason_row.isVisible()
    qtbot.keyClick(panel.comment, Qt.Key_Return)
    assert "Say why" in panel.status.text()
    qtbot.keyClicks(panel.comment, "Bench test passed")
    qtbot.keyClick(panel.comment, Qt.Key_Return)
    found = returns.inspection_of(returns.get_tag(pump_tag))
    assert found.outcome == claim_states.NO_FAULT and found.charge_back == value
    assert tab.banner.kind == "over" and f"{value:,.2f}" in tab.banner.detail.text()

    # the tag that never arrived: picked from the list, recorded missing
    row = [r[0] for r in rows_of(tab.lines)].index(lost_tag)
    assert rows_of(tab.lines)[row][5] == "Shipped"
    double_click_row(qtbot, tab.lines, row)
    assert panel.tag == lost_tag
    assert [o for o, b in panel.outcome_buttons.items() if b.isEnabled()] == [claim_states.MISSING]
    qtbot.keyClick(panel, Qt.Key_4)
    qtbot.keyClicks(panel.comment, "Not in the box")
    qtbot.keyClick(panel.comment, Qt.Key_Return)
    assert returns.inspection_of(returns.get_tag(lost_tag)).outcome == claim_states.MISSING
    assert "Every tag has arrived" in tab.missing.text()
    assert return_shipments.missing(shipment) == []

    scan(qtbot, tab.scan, filter_tag)               # scanned twice by mistake
    assert tab.banner.kind == "error" and "already received" in tab.banner.detail.text()
    assert not [m for m in messages.shown if m.level == "error"]


def type_at_focus(qtbot, text: str) -> None:
    """What a USB scanner does: keys to whatever has the focus, then Enter."""
    for char in text:
        qtbot.keyClick(QApplication.focusWidget(), char)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)


def test_a_scan_while_an_inspection_waits_is_a_scan_never_an_outcome(qtbot, desk):
    claim = make_issued_claim(desk, PartLineData(FILTER), PartLineData(PUMP))
    filter_tag, pump_tag = tag_numbers(claim)
    shipment = return_shipments.create_shipment(desk["clerk"]).number
    for tag in (filter_tag, pump_tag):
        return_shipments.pack(desk["clerk"], shipment, tag)
    return_shipments.ship(desk["clerk"], shipment, "EMS", "EM100")
    page = open_page(qtbot, desk["ri"])
    tab, panel = page.receipt, page.receipt.inspection
    type_at_focus(qtbot, filter_tag)
    assert panel.hasFocus() and panel.tag == filter_tag

    type_at_focus(qtbot, pump_tag)             # its digits are no outcome keys
    assert returns.get_tag(pump_tag).state == claim_states.RECEIVED
    assert returns.inspection_of(returns.get_tag(filter_tag)) is None
    assert panel.tag == pump_tag

    qtbot.keyClick(panel, Qt.Key_3)            # wrong part: the comment has the focus …
    type_at_focus(qtbot, filter_tag)           # … and the next tag is scanned into it
    assert returns.inspection_of(returns.get_tag(pump_tag)) is None
    assert panel.tag == filter_tag and "already received" in tab.banner.headline.text()
    assert [r[0] for r in rows_of(tab.lines)] == [filter_tag, pump_tag]


def test_the_tag_list_pages_by_tag_and_names_parts_in_the_readers_language(desk):
    from partsdesk import i18n
    from partsdesk.ui.pages.returns.store import KEY, fetch_tags
    for _ in range(3):
        make_issued_claim(desk, PartLineData(FILTER))
    everything = fetch_tags("", view="all")
    first = fetch_tags("", view="all", limit=2)
    rest = fetch_tags("", view="all", after=first[-1][KEY], limit=2)
    assert [r[1] for r in first + rest] == [r[1] for r in everything] and len(everything) == 3
    i18n.set_language("zh_CN")
    part = returns.get_tag(everything[0][1]).part
    assert fetch_tags("", view="all")[0][5] == part.name_zh == "机油滤清器"
