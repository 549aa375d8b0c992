"""The home page as each role meets it after log-in: its own figures as tiles, each opening the
list behind it with a mouse click or Enter, read again off the GUI thread whenever the page is
shown."""

import threading
from datetime import date, timedelta

from PySide6.QtCore import Qt

from partsdesk import i18n
from partsdesk.documents import voucher
from partsdesk.services import approvals, batches, home, receiving
from partsdesk.services.claims import PartLineData
from partsdesk.ui.main_window import MainWindow
from partsdesk.ui.pages.home import MonthChart
from tests.factories import (FILTER, PADS, PASSWORD, loop_vin, make_claim, make_issued_claim,
                             make_part, make_receipt, make_stock, sign)
from tests.ui.helpers import log_in

TODAY = date.today()


def read(qtbot, page) -> None:
    """Wait until the page shows the figures it last asked for (their tiles on screen)."""
    qtbot.waitUntil(lambda: not page.loading and len(page.tiles) == len(page.keys)
                    and all(tile.isVisible() for tile in page.tiles), timeout=10_000)


def open_home(qtbot, user, db_path):
    window = MainWindow(user, db_path)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    assert window.current_key() == "home"
    page = window.pages["home"]
    read(qtbot, page)
    return window, page


def go_home(qtbot, window, page) -> None:
    """Ctrl+1, the first page of the navigation, in the active window; its figures read."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key_1, Qt.ControlModifier)
    assert window.current_key() == "home"
    read(qtbot, page)


def click(qtbot, widget) -> None:
    """A left click on a tile's title (its own area, not one of its items) or on an item."""
    title = getattr(widget, "title", None)
    point = title.geometry().center() if title is not None else widget.rect().center()
    qtbot.mouseClick(widget, Qt.LeftButton, pos=point)


def press_enter(qtbot, tile) -> None:
    tile.setFocus(Qt.TabFocusReason)
    assert tile.hasFocus()
    qtbot.keyClick(tile, Qt.Key_Return)


def facts(serial: int, days_ago: int) -> dict:
    repaired = TODAY - timedelta(days=days_ago)
    return dict(vin=loop_vin(serial), repair_date=repaired,
                warranty_start=repaired - timedelta(days=200),
                production_date=repaired - timedelta(days=260))


def test_every_role_logs_in_onto_its_own_home_page(qtbot, start_shell, desk):
    shell = start_shell()
    for username, keys in (("pc", home.ROLE_FIGURES["parts_clerk"]),
                           ("wa", home.ROLE_FIGURES["warranty_admin"]),
                           ("sup", home.ROLE_FIGURES["supervisor"]),
                           ("sc", home.ROLE_FIGURES["settlement_clerk"]),
                           ("ri", home.ROLE_FIGURES["return_inspector"])):
        window = log_in(qtbot, shell, username, PASSWORD)
        assert window.current_key() == "home" and window.title.text() == "Home"
        page = window.pages["home"]
        read(qtbot, page)
        assert [tile.figure.key for tile in page.tiles] == list(keys)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(window, Qt.Key_L, Qt.ControlModifier)        # File › Log out
        qtbot.waitUntil(lambda: shell.window is None)
    window = log_in(qtbot, shell, "admin", "admin-pass")
    assert window.current_key() == "users" and "home" not in [s.key for s in window.specs]


def test_the_parts_clerk_opens_open_receipts_a_receipt_low_stock_and_overdue_tags(
        qtbot, desk, db_path):
    clerk = desk["clerk"]
    first = make_receipt(clerk, {PADS: 2})
    closed = make_receipt(clerk, {FILTER: 1})
    receiving.close(clerk, closed.number)
    make_part(clerk, "90915-YZZE1", name="Oil filter element", min_stock="10")
    make_stock(clerk, "90915-YZZE1", "A-01-01", 4)
    make_issued_claim(desk, PartLineData(FILTER), **facts(1, 40))
    window, page = open_home(qtbot, clerk, db_path)
    receipts = page.tile("receipts_open")
    assert receipts.value.text() == "1" and receipts.items[0].key.text() == first.number

    click(qtbot, receipts)
    receiving_page = window.pages["receiving"]
    assert window.current_key() == "receiving"
    assert receiving_page.list.status.currentData() == "open"
    assert [row[0] for row in receiving_page.list.model.rows] == [first.number]

    go_home(qtbot, window, page)
    click(qtbot, page.tile("receipts_open").items[0])               # the receipt itself
    assert receiving_page.stack.currentWidget() is receiving_page.view
    assert receiving_page.view.number == first.number

    go_home(qtbot, window, page)
    press_enter(qtbot, page.tile("low_stock"))
    stock_page = window.pages["stock"]
    assert window.current_key() == "stock" and stock_page.tabs.currentWidget() is stock_page.low
    assert [row[0] for row in stock_page.low.model.rows] == ["90915-YZZE1"]

    go_home(qtbot, window, page)
    overdue = page.tile("tags_overdue")
    assert overdue.value.text() == "1" and overdue.value.property("urgent")
    click(qtbot, overdue)
    returns_page = window.pages["returns"]
    assert returns_page.tabs.currentWidget() is returns_page.store
    assert returns_page.store.view.currentData() == "overdue"
    assert returns_page.store.model.rowCount() == 1


def test_the_warranty_administrator_opens_the_claims_waiting_for_their_parts(
        qtbot, desk, db_path):
    waiting = make_issued_claim(desk, PartLineData(FILTER), **facts(1, 10))
    signed = make_issued_claim(desk, PartLineData(FILTER), **facts(2, 20))
    sign(desk, signed)
    done = make_issued_claim(desk, PartLineData(PADS), **facts(3, 5))
    voucher.print_voucher(desk["wa"], done.number)
    make_claim(desk["wa"], **facts(4, 1))                          # a draft
    window, page = open_home(qtbot, desk["wa"], db_path)
    parts = page.tile("waiting_parts")
    assert parts.value.text() == "2"
    assert [item.key.text() for item in parts.items] == [signed.number, waiting.number]

    click(qtbot, parts)
    claims_page = window.pages["claims"]
    assert window.current_key() == "claims"
    assert claims_page.only_bar.isVisible()
    assert claims_page.only_label.text() == "Waiting for returned parts"
    assert sorted(row[1] for row in claims_page.model.rows) == sorted(
        [waiting.number, signed.number])
    qtbot.mouseClick(claims_page.all_button, Qt.LeftButton)         # back to every claim
    assert claims_page.model.rowCount() == 4

    go_home(qtbot, window, page)
    by_state = page.tile("claims_by_state")
    draft = next(item for item in by_state.items if item.key.text() == "Draft")
    click(qtbot, draft)
    assert claims_page.state_filter.currentData() == "draft"
    assert not claims_page.only_bar.isVisible() and claims_page.model.rowCount() == 1


def test_the_supervisor_opens_a_claim_to_approve_and_the_models_of_a_fault(
        qtbot, desk, db_path):
    claims = [make_claim(desk["wa"], **facts(serial, 3)) for serial in (1, 2, 3)]
    for claim in claims:
        approvals.submit(desk["wa"], claim.number)
    approvals.approve(desk["sup"], claims[0].number)
    window, page = open_home(qtbot, desk["sup"], db_path)
    queue = page.tile("approval_queue")
    assert queue.value.text() == "2"
    assert [item.key.text() for item in queue.items] == [c.number for c in claims[1:]]
    click(qtbot, queue.items[1])                        # the second in the queue
    approvals_page = window.pages["approvals"]
    assert window.current_key() == "approvals"
    assert approvals_page.view.claim.number == claims[2].number

    go_home(qtbot, window, page)
    fault = page.tile("top_faults").items[0]
    assert (fault.key.text(), fault.side.text()) == ("F101", "1")
    click(qtbot, fault)
    quality_page = window.pages["quality"]
    assert window.current_key() == "quality"
    assert quality_page.fault_filter.currentData() == "F101"
    assert quality_page.by_filter.currentData() == "model"
    assert quality_page.date_from.value() == TODAY - timedelta(days=90)

    go_home(qtbot, window, page)
    cost = page.tile("cost_by_month")
    assert isinstance(cost.chart, MonthChart)
    assert [s.label for s in cost.chart.series] == [str(TODAY.year), str(TODAY.year - 1)]
    qtbot.mouseClick(cost.chart, Qt.LeftButton, pos=cost.chart.rect().center())
    assert window.current_key() == "quality"
    assert quality_page.by_filter.currentData() == "month"
    assert quality_page.fault_filter.currentData() == ""


def test_the_settlement_clerk_opens_the_settleable_claims_and_an_unpaid_batch(
        qtbot, desk, db_path):
    ready = make_issued_claim(desk, PartLineData(PADS), **facts(1, 10))
    sign(desk, ready)
    batched = make_issued_claim(desk, PartLineData(PADS), **facts(2, 12))
    sign(desk, batched)
    batch = batches.create_batch(desk["sc"], claim_numbers=[batched.number])
    window, page = open_home(qtbot, desk["sc"], db_path)
    settleable = page.tile("settleable")
    assert settleable.value.text() == f"{ready.total_amount:,.2f}"

    press_enter(qtbot, settleable)
    settlement_page = window.pages["settlement"]
    assert settlement_page.tabs.currentWidget() is settlement_page.overview
    assert settlement_page.overview.view.currentData() == "settleable"
    assert [row[1] for row in settlement_page.overview.model.rows] == [ready.number]

    go_home(qtbot, window, page)
    click(qtbot, page.tile("batches_unpaid").items[0])
    assert settlement_page.tabs.currentWidget() is settlement_page.batches
    assert settlement_page.batches.view.number == batch.number


def test_the_figures_are_read_off_the_gui_thread_each_time_the_page_is_shown(
        qtbot, desk, db_path, monkeypatch):
    threads = []
    figure = home.figure
    monkeypatch.setattr(home, "figure", lambda *args: threads.append(
        threading.current_thread()) or figure(*args))
    window, page = open_home(qtbot, desk["clerk"], db_path)
    assert page.tile("receipts_open").value.text() == "0"
    assert page.tile("receipts_open").value.property("empty")
    make_receipt(desk["clerk"], {PADS: 1})
    window.select("catalog")
    go_home(qtbot, window, page)
    assert page.tile("receipts_open").value.text() == "1"
    assert len(threads) == 2 * 5 and threading.main_thread() not in threads   # five figures
    assert page.status.text().startswith("Updated")


def test_the_home_page_speaks_chinese(qtbot, desk, db_path):
    i18n.set_language("zh_CN")
    window, page = open_home(qtbot, desk["ri"], db_path)
    assert window.title.text() == "首页"
    assert [tile.title.text() for tile in page.tiles] == ["已发运，待收货", "逾期未鉴定"]
    assert page.refresh_button.text() == "刷新"
    assert page.day.text().startswith("今天")
