"""The words on every screen: each role walks every page of its main window on a small world of
every state, and no table cell, label, button or list item shows a state's code (``closed``,
``in_batch``) or a count with the wrong word ("1 lines", "claim(s)")."""

import re
from datetime import date

import pytest
from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel,
                               QTabWidget)

from partsdesk import i18n
from partsdesk.documents import voucher
from partsdesk.services import (approvals, batches, claim_states, counting, receiving,
                                return_inspection, return_shipments, returns, vouchers)
from partsdesk.services.claims import PartLineData
from partsdesk.ui import i18n_qt
from partsdesk.ui.main_window import MainWindow
from tests.factories import (FILTER, PADS, PUMP, loop_vin, make_claim, make_issued_claim,
                             make_loop_desk, make_receipt)

pytestmark = pytest.mark.usefixtures("headless_ui", "quiet_sounds")

# every state code a screen could show, from the services that name them
STATE_CODES = (set(claim_states.STATES) | set(receiving.STATUS_NAMES) | set(counting.STATUS_NAMES)
               | set(claim_states.TAG_STATES) | set(claim_states.OUTCOMES)
               | set(return_shipments.SHIPMENT_STATES)
               | set(batches.BATCH_STATES))
CODE_IN_TEXT = re.compile(r"\b(" + "|".join(sorted(c for c in STATE_CODES if "_" in c)) + r")\b")
COUNTED = ("lines", "pieces", "claims", "tags", "parts", "rows", "users", "items", "labels",
           "sheets", "days", "variances", "receipts", "locations", "codes", "copies",
           "discrepancies", "batches", "shipments", "counts", "pages")
WRONG_PLURAL = re.compile(r"(?<![\d.,])1 (" + "|".join(COUNTED) + r")\b|\w\(s\)")


def world(admin):
    """Users of each role and something in every state a page lists: claims from draft to
    closed, tags stored, shipped and inspected, a batch closed and one open, receipts open and
    closed, a stock count being counted; where a count is shown, often exactly one."""
    desk = make_loop_desk(admin)
    make_claim(desk["wa"], vin=loop_vin(1))                                   # draft
    submitted = make_claim(desk["wa"], vin=loop_vin(2))
    approvals.submit(desk["wa"], submitted.number)
    make_issued_claim(desk, PartLineData(PADS), vin=loop_vin(3))              # parts issued
    stored = make_issued_claim(desk, PartLineData(FILTER), vin=loop_vin(4))
    returns.store(desk["clerk"], returns.tags_of(stored)[0].number)
    for serial, outcome in ((5, claim_states.CONFIRMED), (6, None)):
        claim = make_issued_claim(desk, PartLineData(PUMP), vin=loop_vin(serial))
        voucher.print_voucher(desk["wa"], claim.number)
        vouchers.record_signed(desk["wa"], claim.number, date.today(), "Customer")
        shipment = return_shipments.create_shipment(desk["clerk"])
        tag = returns.tags_of(claim)[0].number
        returns.store(desk["clerk"], tag)
        return_shipments.pack(desk["clerk"], shipment.number, tag)
        return_shipments.ship(desk["clerk"], shipment.number, "SF Express", f"SF{serial}")
        return_inspection.receive(desk["ri"], tag)
        if outcome:
            return_inspection.inspect(desk["ri"], tag, outcome, "")
            batch = batches.create_batch(desk["sc"], claim_numbers=[claim.number])
            batches.submit_batch(desk["sc"], batch.number)
            batches.record_payment(desk["sc"], batch.number,
                                   batches.get_batch(batch.number).expected_total,
                                   date.today(), "PAY-1")
            batches.close_batch(desk["sc"], batch.number)
    closed = make_receipt(desk["clerk"], {PADS: 1})
    receiving.scan(desk["clerk"], closed.number, PADS)
    receiving.close(desk["clerk"], closed.number)
    make_receipt(desk["clerk"], {FILTER: 1})                                  # open, 1 piece
    counting.create_count(desk["clerk"], ["A-01-01"])
    return desk


def shown_texts(window) -> list[str]:
    """Every text a user can read in the window now: labels, buttons, group titles, tabs,
    combo entries, table headers and the cells of every visible table."""
    texts = [window.windowTitle()]
    texts += [w.text() for w in window.findChildren(QLabel) if w.isVisibleTo(window)]
    texts += [w.text() for w in window.findChildren(QAbstractButton) if w.isVisibleTo(window)]
    texts += [w.title() for w in window.findChildren(QGroupBox) if w.isVisibleTo(window)]
    for tabs in (t for t in window.findChildren(QTabWidget) if t.isVisibleTo(window)):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    for combo in (c for c in window.findChildren(QComboBox) if c.isVisibleTo(window)):
        texts += [combo.itemText(i) for i in range(combo.count())]
    for view in (v for v in window.findChildren(QAbstractItemView) if v.isVisibleTo(window)):
        model = view.model()
        if model is None:
            continue
        # a list model has one column (Qt keeps its columnCount private)
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
        texts += [str(model.headerData(c, Qt.Horizontal) or "") for c in range(columns)]
        for row in range(model.rowCount()):
            texts += [str(model.index(row, c).data() or "") for c in range(columns)]
    return [t for t in texts if t]


# lowercase words that once stood for a state on screen
RAW_WORDS = STATE_CODES | {"counting"}


def wrong_words(texts: list[str]) -> list[str]:
    return [t for t in texts if t.strip() in RAW_WORDS or CODE_IN_TEXT.search(t)
            or WRONG_PLURAL.search(t)]


def click_page(qtbot, window, row: int) -> None:
    navigation = window.navigation
    rect = navigation.visualItemRect(navigation.item(row))
    QTest.mouseClick(navigation.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.navigation.currentRow() == row)


def walk(qtbot, user, db_path) -> dict[str, list[str]]:
    """Each page of ``user``'s window, clicked in the navigation: page key -> wrong words."""
    window = MainWindow(user, db_path)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    found = {}
    for row, spec in enumerate(window.specs):
        click_page(qtbot, window, row)
        qtbot.wait(50)          # lazy tables fetch their first page
        found[spec.key] = wrong_words(shown_texts(window))
    window.close()
    return found


@pytest.mark.parametrize("username", ["admin", "clerk", "wa", "sup", "sc", "ri"])
def test_every_page_says_states_and_counts_in_the_readers_words(qtbot, admin, db_path,
                                                                 username):
    desk = world(admin)
    found = walk(qtbot, desk[username], db_path)
    assert found and not any(found.values()), found


def test_every_page_in_chinese_shows_no_state_code(qtbot, admin, db_path):
    desk = world(admin)
    i18n_qt.install("zh_CN")
    try:
        for username in ("clerk", "sc", "ri"):
            found = walk(qtbot, desk[username], db_path)
            assert not any(found.values()), found
    finally:
        i18n_qt.install("en")


def test_the_window_title_names_the_page_the_user_and_the_database(qtbot, admin, db_path):
    desk = world(admin)
    window = MainWindow(desk["clerk"], db_path)
    qtbot.addWidget(window)
    window.show()
    row = next(r for r, spec in enumerate(window.specs) if spec.key == "stock")
    click_page(qtbot, window, row)
    assert window.windowTitle() == "Stock — Li Wei — partsdesk.sqlite3 — PartsDesk"
    assert window.context.text() == "Li Wei · Parts clerk · partsdesk.sqlite3"


def test_an_open_receipt_of_one_piece_says_1_line_and_1_piece(qtbot, admin, db_path):
    desk = world(admin)
    window = MainWindow(desk["clerk"], db_path)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    click_page(qtbot, window, next(r for r, s in enumerate(window.specs) if s.key == "receiving"))
    page = window.pages["receiving"]
    table = page.list.table
    qtbot.waitUntil(lambda: table.model().rowCount() == 2)
    row = next(r for r in range(2) if table.model().index(r, 1).data() == "Open")
    rect = table.visualRect(table.model().index(row, 0))
    QTest.mouseClick(table.viewport(), Qt.LeftButton, pos=rect.center())
    QTest.keyClick(table, Qt.Key_Return)
    qtbot.waitUntil(lambda: page.view.isVisible())
    assert page.view.progress.text() == "1 line · 0 of 1 piece arrived"
    assert not wrong_words(shown_texts(window))


def test_one_is_said_in_the_singular_and_chinese_has_one_word_for_both():
    tr = i18n.Translator("ReceivingPage")
    assert tr.plural(1, "{n} line", "{n} lines") == "1 line"
    assert tr.plural(1200, "{n} line", "{n} lines") == "1,200 lines"
    i18n.set_language("zh_CN")
    assert tr.plural(1, "{n} line", "{n} lines") == tr.plural(1, "{n} lines", "{n} lines")


def test_the_wrong_words_are_caught():
    assert wrong_words(["closed", "counting", "in_batch", "1 lines", "claim(s)",
                        "3 of 1 pieces"]) == ["closed", "counting", "in_batch", "1 lines",
                                              "claim(s)", "3 of 1 pieces"]
    assert wrong_words(["Closed", "1 line", "21 lines", "1.5 pieces"]) == []
