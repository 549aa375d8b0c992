"""The receiving page, driven like a clerk with a USB scanner: keystrokes and Enter."""

from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt

from partsdesk import i18n
from partsdesk.db.models.stock import StockMove
from partsdesk.services import receiving, stock
from partsdesk.ui import messages, operations, sounds
from partsdesk.ui.pages.receiving import ReceivingPage
from tests.factories import make_location, make_part, make_receipt, make_user
from tests.ui.helpers import scan, show_page


@pytest.fixture
def warehouse(clerk):
    make_part(clerk, "04152-YZZA1", "Oil filter element", name_zh="机油滤芯",
              unit_price="12.50", aliases=["6901234567892"])
    make_part(clerk, "04465-02220", "Brake pad set, front", name_zh="前刹车片",
              unit_price="380.00")
    make_part(clerk, "90915-YZZD2", "Oil filter", name_zh="机油滤清器", unit_price="45.00")
    make_location(clerk, "RECV", "receiving")
    make_location(clerk, "DEF", "defective")
    make_location(clerk, "A-01-01", "bin")
    return clerk


def open_page(qtbot, user) -> ReceivingPage:
    return show_page(qtbot, ReceivingPage(user), 1200, 760)


def finish_background_work(qtbot) -> None:
    qtbot.waitUntil(lambda: not operations.running(), timeout=15_000)


def test_a_whole_receipt_is_scanned_closed_and_reported(qtbot, warehouse):
    receipt = make_receipt(warehouse, {"04152-YZZA1": 3, "04465-02220": 2, "90915-YZZD2": 1},
                           source="FAW Parts Centre")
    page = open_page(qtbot, warehouse)
    page.open_receipt(receipt.number)
    view = page.view
    qtbot.waitUntil(view.scan.hasFocus)

    for _ in range(3):
        scan(qtbot, view.scan, "6901234567892")      # the box barcode of the oil filter element
    assert view.banner.kind == "ok"
    assert "3 of 3 received" in view.banner.detail.text()
    scan(qtbot, view.scan, "04152-yzza1")
    assert view.banner.kind == "over"
    assert view.scan.property("feedback") == "warning"
    scan(qtbot, view.scan, "XX-404")
    assert view.banner.kind == "unknown"
    assert view.scan.property("feedback") == "error"
    qtbot.keyClick(view.scan, Qt.Key_F8)              # the next piece is damaged
    assert view.damaged.isChecked()
    scan(qtbot, view.scan, "04465-02220")
    assert view.banner.kind == "damaged"
    assert not view.damaged.isChecked()               # only that one scan
    scan(qtbot, view.scan, "04465-02220")
    assert view.banner.kind == "ok"
    assert sounds.played == ["ok"] * 3 + ["over", "unknown", "damaged", "ok"]

    # every scan is committed at once, before the receipt is closed
    outcomes = [s.outcome for s in receiving.scans(receipt.number)]
    assert outcomes == ["ok"] * 3 + ["over", "unknown", "damaged", "ok"]
    assert view.lines.item(0, 4).text() == "4"

    messages.answers.append(True)                     # "Close receipt …?" yes
    qtbot.mouseClick(view.close_button, Qt.LeftButton)
    finish_background_work(qtbot)
    assert receiving.get_receipt(receipt.number).status == "closed"
    assert not view.scan_panel.isVisible()

    # the ledger: good pieces into receiving, the damaged one into the defective store
    assert stock.on_hand("04152-YZZA1", "RECV") == 4
    assert stock.on_hand("04465-02220", "RECV") == 1
    assert stock.on_hand("04465-02220", "DEF") == 1
    assert stock.on_hand("90915-YZZD2") == 0
    assert {m.document for m in StockMove.select()} == {receipt.number}

    pdf_path, xlsx_path = page.last_report
    text = "".join(p.extract_text() for p in PdfReader(str(pdf_path)).pages)
    for expected in ("Over", "Damaged", "Unknown item", "XX-404", "Short", "90915-YZZD2"):
        assert expected in text
    rows = list(load_workbook(xlsx_path).active.iter_rows(values_only=True))
    kinds = {(row[0], row[1]): row[5] for row in rows[1:]}
    assert kinds[("Over", "04152-YZZA1")] == 1
    assert kinds[("Damaged", "04465-02220")] == 1
    assert kinds[("Unknown item", "XX-404")] == 1
    assert kinds[("Short", "90915-YZZD2")] == 1
    assert page.report_dialog.isVisible()
    assert page.report_dialog.preview.page_count() == 1


def test_scans_typed_while_the_page_is_busy_are_all_recorded(qtbot, warehouse):
    receipt = make_receipt(warehouse, {"04152-YZZA1": 5})
    page = open_page(qtbot, warehouse)
    page.open_receipt(receipt.number)
    page.view.scan.set_busy(True)          # e.g. while a report is being prepared
    for _ in range(3):
        scan(qtbot, page.view.scan, "04152-YZZA1")
    assert receiving.lines(receipt.number)[0].received == 0
    page.view.scan.set_busy(False)
    assert receiving.lines(receipt.number)[0].received == 3


def test_f9_takes_back_a_misread(qtbot, warehouse):
    receipt = make_receipt(warehouse, {"04152-YZZA1": 2})
    page = open_page(qtbot, warehouse)
    page.open_receipt(receipt.number)
    scan(qtbot, page.view.scan, "04152-YZZA1")
    scan(qtbot, page.view.scan, "??bad")
    qtbot.keyClick(page.view.scan, Qt.Key_F9)
    assert page.view.banner.kind == "voided"
    assert receiving.discrepancies(receipt.number)[0].kind == "short"
    assert all(d.kind != "unknown" for d in receiving.discrepancies(receipt.number))


def test_only_a_supervisor_may_reopen_a_closed_receipt(qtbot, warehouse, admin):
    receipt = make_receipt(warehouse, {"04152-YZZA1": 1})
    receiving.scan(warehouse, receipt.number, "04152-YZZA1")
    receiving.close(warehouse, receipt.number)
    clerk_page = open_page(qtbot, warehouse)
    clerk_page.open_receipt(receipt.number)
    assert clerk_page.view.reopen_button.isHidden()
    supervisor = make_user(admin, "sam", "supervisor")
    page = open_page(qtbot, supervisor)
    page.open_receipt(receipt.number)
    assert not page.view.reopen_button.isHidden()
    messages.answers.append("Second carton found in the van")
    qtbot.mouseClick(page.view.reopen_button, Qt.LeftButton)
    assert messages.shown == [messages.Shown(
        "reason", f"Why is receipt {receipt.number} reopened?", "Reopen receipt")]
    assert receiving.get_receipt(receipt.number).status == "open"
    page.view.tabs.setCurrentWidget(page.view.history)
    assert any("Second carton" in page.view.history.item(i).text()
               for i in range(page.view.history.count()))


def test_the_history_is_shown_in_the_readers_language(qtbot, warehouse, admin):
    receipt = make_receipt(warehouse, {"04152-YZZA1": 1})           # written in English
    receiving.close(warehouse, receipt.number)
    receiving.reopen(admin, receipt.number, "Second carton found in the van")
    i18n.set_language("zh_CN")
    page = open_page(qtbot, warehouse)
    page.open_receipt(receipt.number)
    page.view.tabs.setCurrentWidget(page.view.history)
    lines = [page.view.history.item(i).text() for i in range(page.view.history.count())]
    tr = i18n.Translator("Receiving")
    assert lines[0].endswith(tr.lang("zh_CN", "Receipt {number} created with {lines} lines",
                                     number=receipt.number, lines=1))
    assert lines[-1].endswith(tr.lang("zh_CN", "Receipt {number} reopened: {reason}",
                                      number=receipt.number,
                                      reason="Second carton found in the van"))


def test_scanning_a_receipt_number_in_the_list_opens_it(qtbot, warehouse):
    receipt = make_receipt(warehouse, {"04152-YZZA1": 1})
    page = open_page(qtbot, warehouse)
    assert page.list.model.rowCount() == 1
    scan(qtbot, page.list.search, receipt.number)
    assert page.stack.currentWidget() is page.view
    assert page.view.number == receipt.number


def packing_list(path, rows, headers=("配件编号", "数量", "配件名称")):
    book = Workbook()
    sheet = book.active
    sheet.append(["装箱单 — 一汽配件中心"])
    sheet.merge_cells("A1:C1")
    sheet.append(list(headers))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return str(path)


def test_a_receipt_is_created_from_a_packing_list_with_chinese_headers(qtbot, warehouse,
                                                                       tmp_path):
    path = packing_list(tmp_path / "装箱单-0815.xlsx", [
        ("04152-YZZA1", 10, "机油滤芯"), ("04465-02220", "2", "前刹车片"),
        ("6901234567892", 5, "机油滤芯 第二箱")])
    page = open_page(qtbot, warehouse)
    dialog = page.new_from_file(path)
    finish_background_work(qtbot)
    assert dialog.table.rowCount() == 3
    assert dialog.create_button.isEnabled()
    dialog.source.setText("FAW Parts Centre")
    dialog.create()
    finish_background_work(qtbot)
    number = dialog.receipt.number
    assert page.view.number == number
    assert [(line.part_no, line.expected) for line in receiving.lines(number)] == [
        ("04152-YZZA1", Decimal(15)), ("04465-02220", Decimal(2))]
    assert receiving.get_receipt(number).reference == "装箱单-0815"


def test_a_packing_list_with_bad_rows_creates_nothing_and_lists_them(qtbot, warehouse,
                                                                     tmp_path):
    path = packing_list(tmp_path / "bad.xlsx", [
        ("04152-YZZA1", 10, ""), ("NO-SUCH-PART", 1, ""), ("04465-02220", "zwei", "")])
    page = open_page(qtbot, warehouse)
    dialog = page.new_from_file(path)
    finish_background_work(qtbot)
    assert not dialog.create_button.isEnabled()
    assert [row[0] for row in dialog.rejection.rows()] == [4, 5]
    assert receiving.search_receipts() == []


def test_a_packing_list_with_its_own_headers_is_read_by_mapping_the_columns(qtbot, warehouse,
                                                                            tmp_path):
    path = packing_list(tmp_path / "lieferschein.xlsx", [("04152-YZZA1", 4, "Ölfilter")],
                        headers=("Teilenummer", "Menge", "Bezeichnung"))
    page = open_page(qtbot, warehouse)
    dialog = page.new_from_file(path)
    finish_background_work(qtbot)
    assert dialog.table.rowCount() == 0
    dialog.mapping["part_no"].setCurrentIndex(dialog.mapping["part_no"].findData("Teilenummer"))
    dialog.mapping["quantity"].setCurrentIndex(dialog.mapping["quantity"].findData("Menge"))
    finish_background_work(qtbot)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "4"


def test_a_receipt_typed_by_hand(qtbot, warehouse):
    page = open_page(qtbot, warehouse)
    dialog = page.new_by_hand()
    dialog.source.setText("Dealer 12 transfer")
    scan(qtbot, dialog.add_field, "04152-YZZA1")
    scan(qtbot, dialog.add_field, "6901234567892")     # the same part again: 2 expected
    scan(qtbot, dialog.add_field, "90915-YZZD2")
    dialog.create()
    assert [(line.part_no, line.expected) for line in receiving.lines(dialog.receipt.number)] == [
        ("04152-YZZA1", 2), ("90915-YZZD2", 1)]
    assert page.view.number == dialog.receipt.number


def test_labels_for_a_receipt_print_one_per_received_piece(qtbot, warehouse, tmp_path):
    import pypdfium2
    import zxingcpp
    receipt = make_receipt(warehouse, {"04152-YZZA1": 3, "90915-YZZD2": 1})
    page = open_page(qtbot, warehouse)
    page.open_receipt(receipt.number)
    for _ in range(3):
        scan(qtbot, page.view.scan, "04152-YZZA1")
    scan(qtbot, page.view.scan, "90915-YZZD2")
    dialog = page.view.print_labels()
    assert dialog.per_piece.isChecked()
    saved = dialog.preview.save_to(str(tmp_path / "labels.pdf"))
    image = pypdfium2.PdfDocument(saved.read_bytes())[0].render(scale=300 / 72).to_pil()
    found = sorted(b.text for b in zxingcpp.read_barcodes(image))
    assert found == ["04152-YZZA1"] * 3 + ["90915-YZZD2"]
    dialog.per_line.setChecked(True)
    dialog.render_now()
    assert len(dialog.labels_to_print()) == 2


def test_a_scanners_enter_in_the_new_receipt_dialog_adds_a_line_and_creates_nothing(qtbot,
                                                                                   warehouse):
    page = open_page(qtbot, warehouse)
    dialog = page.new_by_hand()
    qtbot.waitExposed(dialog)
    dialog.add_field.setFocus()
    scan(qtbot, dialog.add_field, "04152-YZZA1")
    scan(qtbot, dialog.add_field, "90915-YZZD2")
    assert dialog.isVisible() and dialog.receipt is None
    from partsdesk.db.models.stock import Receipt
    assert not Receipt.select().exists()
    assert dialog.table.rowCount() == 2
    dialog.source.setText("Dealer 12 transfer")
    qtbot.mouseClick(dialog.create_button, Qt.LeftButton)   # only the button creates it
    assert dialog.receipt is not None
    assert [line.part_no for line in receiving.lines(dialog.receipt.number)] == [
        "04152-YZZA1", "90915-YZZD2"]


def test_the_discrepancy_report_says_what_the_screen_says_of_a_damaged_piece(qtbot, warehouse):
    receipt = make_receipt(warehouse, {"04152-YZZA1": 2})
    page = open_page(qtbot, warehouse)
    page.open_receipt(receipt.number)
    view = page.view
    qtbot.waitUntil(view.scan.hasFocus)
    scan(qtbot, view.scan, "04152-YZZA1")
    qtbot.keyClick(view.scan, Qt.Key_F8)              # the next piece is damaged
    scan(qtbot, view.scan, "04152-YZZA1")
    scan(qtbot, view.scan, "04152-YZZA1")
    assert view.banner.kind == "ok"                   # two good pieces of two: not over
    assert sounds.played == ["ok", "damaged", "ok"]
    line = [view.lines.item(0, column).text() for column in range(3, 7)]
    assert line == ["2", "2", "1", ""]                # expected, received, damaged, to come

    messages.answers.append(True)                     # "Close receipt …?" yes
    qtbot.mouseClick(view.close_button, Qt.LeftButton)
    finish_background_work(qtbot)
    assert "It has 1 discrepancy;" in messages.shown[-1].text
    pdf_path, xlsx_path = page.last_report
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(pdf_path)).pages)
    assert "Damaged 04152-YZZA1 Oil filter element 2 3 1" in text
    assert "Over" not in text and "Short" not in text
    rows = list(load_workbook(xlsx_path).active.iter_rows(values_only=True))
    assert [(row[0], row[5]) for row in rows[1:]] == [("Damaged", 1)]
