"""Put-away by scanning a bin then its parts; transfers; adjustments only for a supervisor."""

import pytest

from partsdesk.services import putaway, stock
from partsdesk.ui import messages
from partsdesk.ui.pages.putaway import PutAwayPage
from tests.factories import make_location, make_part, make_stock, make_user
from tests.ui.helpers import scan, show_page


@pytest.fixture
def warehouse(clerk):
    make_part(clerk, "04152-YZZA1", "Oil filter element", name_zh="机油滤芯")
    make_part(clerk, "04465-02220", "Brake pad set, front", name_zh="前刹车片")
    make_location(clerk, "RECV", "receiving")
    make_location(clerk, "A-01-01", "bin")
    make_location(clerk, "A-01-02", "bin")
    make_stock(clerk, "04152-YZZA1", "RECV", 5)
    make_stock(clerk, "04465-02220", "RECV", 2)
    return clerk


def open_page(qtbot, user) -> PutAwayPage:
    page = show_page(qtbot, PutAwayPage(user), 1100, 700)
    page.activated()
    return page


def test_a_put_away_by_scanning_a_bin_then_its_parts(qtbot, warehouse):
    page = open_page(qtbot, warehouse)
    tab = page.put_away
    assert tab.model.rowCount() == 2                 # both parts wait in the receiving area
    scan(qtbot, tab.scan, "04152-YZZA1")             # a part before any bin
    assert tab.banner.kind == "error"
    scan(qtbot, tab.scan, "L:A-01-01")               # the bin label
    assert "A-01-01" in tab.bin_label.text()
    scan(qtbot, tab.scan, "04152-YZZA1")
    scan(qtbot, tab.scan, "04152-YZZA1")
    tab.quantity.setValue(2)
    scan(qtbot, tab.scan, "04465-02220")
    assert tab.banner.kind == "ok"
    assert stock.on_hand("04152-YZZA1", "A-01-01") == 2
    assert stock.on_hand("04152-YZZA1", "RECV") == 3
    assert stock.on_hand("04465-02220", "A-01-01") == 2
    assert tab.done.count() == 3
    assert tab.model.rowCount() == 1                 # the brake pads are all put away
    assert [m.kind for m in tab.moved] == ["put_away"] * 3


def test_putting_away_more_than_waits_is_refused(qtbot, warehouse):
    page = open_page(qtbot, warehouse)
    tab = page.put_away
    scan(qtbot, tab.scan, "L:A-01-01")
    tab.quantity.setValue(3)
    scan(qtbot, tab.scan, "04465-02220")
    assert tab.banner.kind == "error"
    assert "Not enough 04465-02220 in RECV" in tab.banner.detail.text()
    assert stock.on_hand("04465-02220", "RECV") == 2


def test_a_transfer_between_locations(qtbot, warehouse):
    page = open_page(qtbot, warehouse)
    page.tabs.setCurrentWidget(page.transfer)
    form = page.transfer
    qtbot.keyClicks(form.part, "04152-yzza1")
    form.show_part()
    assert "RECV (5)" in form.part_info.text()
    form.quantity.setText("4")
    form.source.setText("RECV")
    form.target.setText("L:A-01-02")
    assert form.transfer()
    assert stock.on_hand("04152-YZZA1", "A-01-02") == 4
    assert "moved from RECV to A-01-02" in form.result.text()


def test_adjustments_need_a_supervisor_and_a_reason(qtbot, warehouse, admin):
    clerk_page = open_page(qtbot, warehouse)
    assert not clerk_page.adjustment.allowed
    assert not clerk_page.adjustment.button.isEnabled()
    assert "supervisor" in clerk_page.adjustment.permission.text()

    supervisor = make_user(admin, "sam", "supervisor")
    page = open_page(qtbot, supervisor)
    form = page.adjustment
    form.part.setText("04465-02220")
    form.location.setText("RECV")
    form.change.setText("-1")
    form.reason.setCurrentIndex(form.reason.findData("other"))
    assert not form.adjust()                         # "other" needs a note
    assert "note" in messages.shown[-1].text
    form.reason.setCurrentIndex(form.reason.findData("damaged"))
    assert form.adjust()
    assert stock.on_hand("04465-02220", "RECV") == 1
    assert "−1 x 04465-02220 in RECV" in form.result.text()


BOTH_DATABASES = pytest.mark.parametrize("db_backend", [
    "sqlite", pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True)


@BOTH_DATABASES
def test_a_part_is_usually_kept_where_most_of_it_is_else_where_it_was_last_put_away(
        db_backend, warehouse):
    assert putaway.usual_bin("04152-YZZA1") is None            # never in a bin yet
    make_location(warehouse, "A-02-01", "bin")
    stock.move(warehouse, "04152-YZZA1", 1, "RECV", "A-01-01", "put_away")
    stock.move(warehouse, "04152-YZZA1", 3, "RECV", "A-02-01", "put_away")
    assert putaway.usual_bin("04152-YZZA1").code == "A-02-01"   # most of it is there
    assert [(loc.code, qty) for loc, qty in stock.bins_holding("04152-YZZA1")] == [
        ("A-02-01", 3), ("A-01-01", 1)]
    stock.move(warehouse, "04152-YZZA1", 3, "A-02-01", None, "issue", "WO-1")
    stock.move(warehouse, "04152-YZZA1", 1, "A-01-01", None, "issue", "WO-2")
    assert stock.bins_holding("04152-YZZA1") == []
    assert putaway.usual_bin("04152-YZZA1").code == "A-02-01"   # the bin it last went into


def test_putting_away_into_another_bin_than_the_usual_one_asks_first(qtbot, warehouse):
    make_location(warehouse, "A-01-03", "bin")
    make_location(warehouse, "A-02-01", "bin")
    stock.move(warehouse, "04152-YZZA1", 2, "RECV", "A-02-01", "put_away")
    page = open_page(qtbot, warehouse)
    tab = page.put_away
    scan(qtbot, tab.scan, "L:A-01-03")
    messages.answers.append(False)                   # "Put away here anyway?" no
    scan(qtbot, tab.scan, "04152-YZZA1")
    assert messages.shown[-1].level == "question"
    assert messages.shown[-1].text == ("A-01-03 is not where 04152-YZZA1 is usually kept "
                                       "(A-02-01). Put away here anyway?")
    assert stock.on_hand("04152-YZZA1", "A-01-03") == 0
    assert tab.banner.kind == "idle" and "A-02-01" in tab.banner.detail.text()
    assert tab.scan.property("feedback") == "warning"

    messages.answers.append(True)                    # this time: yes, here
    scan(qtbot, tab.scan, "04152-YZZA1")
    assert stock.on_hand("04152-YZZA1", "A-01-03") == 1
    assert tab.banner.kind == "ok"

    shown = len(messages.shown)
    scan(qtbot, tab.scan, "L:A-02-01")               # the usual bin: no question
    scan(qtbot, tab.scan, "04152-YZZA1")
    assert len(messages.shown) == shown
    assert stock.on_hand("04152-YZZA1", "A-02-01") == 3
    scan(qtbot, tab.scan, "L:A-01-03")               # a part never in a bin: no question
    scan(qtbot, tab.scan, "04465-02220")
    assert len(messages.shown) == shown
    assert stock.on_hand("04465-02220", "A-01-03") == 1
