"""The return inspector at the claim centre, at the screen: logs in onto the home page and opens
the return receipt from it, sees which shipments are on their way, unpacks a box with the
scanner, and records what each failed part shows — the charge-back prefilled with the part
line's value, less only with a reason, missing only for a tag that never arrived."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from partsdesk.services import claim_states, return_inspection, return_shipments, returns
from partsdesk.services.claims import PartLineData
from partsdesk.settings import LocalSettings
from partsdesk.ui import messages
from partsdesk.ui.pages.returns import ReturnsPage
from partsdesk.ui.widgets import rows_of
from tests.factories import FILTER, PASSWORD, PUMP, loop_vin, make_issued_claim
from tests.ui.helpers import log_in, scan, show_page


@pytest.fixture
def box(desk):
    """One shipped return shipment: a claim's oil filter and water pump, and another claim's
    oil filter."""
    claim = make_issued_claim(desk, PartLineData(FILTER), PartLineData(PUMP))
    other = make_issued_claim(desk, PartLineData(FILTER), vin=loop_vin(2))
    tags = [t.number for t in returns.tags_of(claim.number) + returns.tags_of(other.number)]
    shipment = return_shipments.create_shipment(desk["clerk"]).number
    for tag in tags:
        return_shipments.pack(desk["clerk"], shipment, tag)
    return_shipments.ship(desk["clerk"], shipment, "SF Express", "SF900")
    return shipment, tags


def inspector_page(qtbot, desk) -> ReturnsPage:
    page = show_page(qtbot, ReturnsPage(desk["ri"]), 1240, 780)
    page.activated()
    return page


def click_cell(qtbot, table, row: int, double: bool = False) -> None:
    centre = table.visualItemRect(table.item(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=centre)
    if double:
        qtbot.mouseDClick(table.viewport(), Qt.LeftButton, pos=centre)


def retype(qtbot, field, text: str) -> None:
    qtbot.mouseClick(field, Qt.LeftButton)
    qtbot.keyClick(field, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClick(field, Qt.Key_Backspace)
    qtbot.keyClicks(field, text)


def test_the_inspector_opens_the_receipt_from_home_and_sees_what_is_on_its_way(
        qtbot, start_shell, desk, box):
    shipment, tags = box
    settings = LocalSettings.load()                   # another user's last page on this PC
    settings.extra.update(last_page="catalog", last_page_user="clerk")
    settings.save()
    shell = start_shell()
    window = log_in(qtbot, shell, "ri", PASSWORD)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window_keys = [spec.key for spec in window.specs]
    assert window.current_key() == "home" and "receiving" not in window_keys
    home = window.pages["home"]
    qtbot.waitUntil(lambda: home.tile("tags_on_the_way") is not None
                    and home.tile("tags_on_the_way").isVisible())
    on_the_way = home.tile("tags_on_the_way")
    assert on_the_way.value.text() == "3"
    qtbot.mouseClick(on_the_way, Qt.LeftButton, pos=on_the_way.title.geometry().center())
    assert window.current_key() == "returns"
    page = window.pages["returns"]
    assert page.store is None and page.shipments is None
    tab = page.receipt
    assert tab.scan.hasFocus()
    assert rows_of(tab.arriving) == [[shipment, f"{date.today():%Y-%m-%d}", "SF Express",
                                      "3 of 3"]]
    assert "tracking SF900" in tab.arriving.item(0, 0).toolTip()
    assert rows_of(tab.lines) == [] and tab.missing.text() == ""

    click_cell(qtbot, tab.arriving, 0)                # the box on its way: what is in it
    assert [r[0] for r in rows_of(tab.lines)] == tags
    assert "Still missing: 3 of 3 tags" in tab.missing.text()
    assert tab.scan.hasFocus()


def test_a_lower_charge_back_needs_its_reason_and_is_refused_at_that_field(qtbot, desk, box):
    shipment, (filter_tag, pump_tag, _) = box
    page = inspector_page(qtbot, desk)
    tab, panel = page.receipt, page.receipt.inspection
    scan(qtbot, tab.scan, pump_tag)
    value = return_inspection.default_charge_back(returns.get_tag(pump_tag))
    qtbot.keyClick(panel, Qt.Key_3)                   # wrong part
    qtbot.keyClicks(panel.comment, "A used pump of another make")
    assert panel.charge_back.text() == f"{value:.2f}"
    assert f"part line's value {value:,.2f}" in panel.charge_hint.text()

    retype(qtbot, panel.charge_back, "100.00")
    assert panel.reason_row.isVisible()               # less than the line: why?
    qtbot.keyClick(panel.charge_back, Qt.Key_Return)
    assert returns.inspection_of(returns.get_tag(pump_tag)) is None
    assert panel.invalid_field() == "charge_back_reason"
    assert panel.charge_back_reason.hasFocus()
    assert "say why it is less" in panel.status.text()

    qtbot.keyClicks(panel.charge_back_reason, "Pump housing reusable")
    qtbot.keyClick(panel.charge_back_reason, Qt.Key_Return)
    found = returns.inspection_of(returns.get_tag(pump_tag))
    assert found.outcome == claim_states.WRONG_PART and found.charge_back == Decimal("100.00")
    assert found.charge_back_reason == "Pump housing reusable"
    assert "Charge-back 100.00" in tab.banner.detail.text()
    assert "Pump housing reusable" in tab.banner.detail.text()
    assert panel.tag == "" and tab.scan.hasFocus()
    assert pump_tag in [r[0] for r in rows_of(tab.lines)]
    assert not [m for m in messages.shown if m.level == "error"]


def test_more_than_the_claim_has_unsettled_is_refused_at_the_charge_back(qtbot, desk, box):
    _, (_, pump_tag, _) = box
    page = inspector_page(qtbot, desk)
    tab, panel = page.receipt, page.receipt.inspection
    scan(qtbot, tab.scan, pump_tag)
    qtbot.keyClick(panel, Qt.Key_2)
    qtbot.keyClicks(panel.comment, "Bench test passed")
    retype(qtbot, panel.charge_back, "99999.00")
    assert not panel.reason_row.isVisible()           # more is not less: no reason asked
    qtbot.keyClick(panel.charge_back, Qt.Key_Return)
    assert panel.invalid_field() == "charge_back" and panel.charge_back.hasFocus()
    assert "more than claim" in panel.status.text()
    assert returns.inspection_of(returns.get_tag(pump_tag)) is None

    retype(qtbot, panel.charge_back, "")              # empty: the default again
    qtbot.keyClick(panel.charge_back, Qt.Key_Return)
    found = returns.inspection_of(returns.get_tag(pump_tag))
    assert found.charge_back == return_inspection.full_value(returns.get_tag(pump_tag))
    assert panel.invalid_field() is None


def test_missing_is_offered_only_for_a_tag_that_was_shipped_and_did_not_arrive(
        qtbot, desk, box):
    shipment, (filter_tag, pump_tag, lost_tag) = box
    page = inspector_page(qtbot, desk)
    tab, panel = page.receipt, page.receipt.inspection
    for tag in (filter_tag, pump_tag):
        scan(qtbot, tab.scan, tag)
        qtbot.keyClick(panel, Qt.Key_4)               # it is here: not missing
        assert panel.outcome() == ""
        qtbot.keyClick(panel, Qt.Key_1)
        qtbot.keyClick(panel, Qt.Key_Return)
        assert returns.inspection_of(returns.get_tag(tag)).outcome == claim_states.CONFIRMED
    assert rows_of(tab.arriving)[0][3] == "1 of 3"

    row = [r[0] for r in rows_of(tab.lines)].index(lost_tag)
    click_cell(qtbot, tab.lines, row, double=True)
    assert panel.tag == lost_tag
    enabled = [o for o, made in panel.outcome_buttons.items() if made.isEnabled()]
    assert enabled == [claim_states.MISSING]
    qtbot.keyClick(panel, Qt.Key_1)                   # it never arrived: not confirmed
    assert panel.outcome() == ""
    qtbot.keyClick(panel, Qt.Key_Return)
    assert "Press 4" in panel.status.text()
    qtbot.keyClick(panel, Qt.Key_4)
    lost = returns.get_tag(lost_tag)
    assert panel.charge_back.text() == f"{return_inspection.default_charge_back(lost):.2f}"
    qtbot.keyClicks(panel.comment, "Not in the box")
    qtbot.keyClick(panel.comment, Qt.Key_Return)
    assert returns.inspection_of(returns.get_tag(lost_tag)).outcome == claim_states.MISSING
    assert rows_of(tab.arriving) == []                # nothing more on its way
    assert "Every tag has arrived" in tab.missing.text()
