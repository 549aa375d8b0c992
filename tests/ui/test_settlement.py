"""The settlement page driven like the warranty office and the settlement clerk drive it: the
voucher printed (original, then copies), the signed copy recorded with its scan, claim packages
built off the GUI thread, a batch built, its statement made, submitted and paid."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from partsdesk.documents import voucher
from partsdesk.services import (batch_lists, batches, claim_states, return_inspection,
                                return_shipments, returns, vouchers)
from partsdesk.services.claims import PartLineData
from partsdesk.ui import messages, operations
from partsdesk.ui.pages import pages_for
from partsdesk.ui.pages.settlement import SettlementPage
from partsdesk.ui.widgets import rows_of
from tests.factories import FILTER, PADS, PUMP, loop_vin, make_issued_claim, sign
from tests.ui.helpers import scan, show_page

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
       b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N"
       b"\x00\x00\x00\x00IEND\xaeB`\x82")


def open_page(qtbot, user) -> SettlementPage:
    page = show_page(qtbot, SettlementPage(user), 1240, 820)
    page.activated()
    return page


def finish_background_work(qtbot) -> None:
    qtbot.waitUntil(lambda: not operations.running(), timeout=30_000)


def ship(desk, claim, receive=True, outcomes=None):
    shipment = return_shipments.create_shipment(desk["clerk"]).number
    tags = [t.number for t in returns.tags_of(claim.number)]
    for tag in tags:
        return_shipments.pack(desk["clerk"], shipment, tag)
    return_shipments.ship(desk["clerk"], shipment, "SF Express", "SF100")
    for tag in tags if receive else []:
        return_inspection.receive(desk["ri"], tag)
        outcome, comment = (outcomes or {}).get(tag, (claim_states.CONFIRMED, ""))
        return_inspection.inspect(desk["ri"], tag, outcome, comment)


def settleable(desk, serial, *parts, outcomes=None):
    claim = make_issued_claim(desk, *parts, vin=loop_vin(serial),
                              repair_date=date.today() - timedelta(days=serial))
    sign(desk, claim)
    ship(desk, claim, outcomes=outcomes)
    assert claim_states.get_claim(claim.number).state == claim_states.SETTLEABLE
    return claim


def test_the_page_is_there_for_the_office_and_the_settlement_clerk(desk):
    keys = {role: [spec.key for spec in pages_for(desk[role])] for role in desk}
    assert "settlement" in keys["wa"] and "settlement" in keys["sc"]
    assert "settlement" not in keys["clerk"]


def test_voucher_printed_as_original_then_copy_and_the_signed_copy_recorded(qtbot, desk,
                                                                            tmp_path):
    claim = make_issued_claim(desk, PartLineData(FILTER), customer_name="王<&>\"强\"")
    page = open_page(qtbot, desk["wa"])
    overview, panel = page.overview, page.overview.panel
    scan(qtbot, overview.search, claim.number)
    assert panel.claim.number == claim.number
    assert "The settlement voucher has not been printed." in panel.blockers.text()
    assert "has not been shipped" in panel.blockers.text()
    assert panel.print_button.text() == "Print voucher (original)"
    assert not panel.signed_button.isVisible()      # nothing to sign before the print

    qtbot.mouseClick(panel.print_button, Qt.LeftButton)
    assert panel.dialog.windowTitle().endswith("— original")
    assert "This is the original" in panel.dialog.note.text()
    assert panel.dialog.preview.page_count() == 1
    panel.dialog.done(0)
    assert claim_states.get_claim(claim.number).state == claim_states.REPAIRED
    assert panel.print_button.text() == "Print voucher (copy 1)"
    panel.language.setCurrentIndex(panel.language.findData("zh_CN"))
    qtbot.mouseClick(panel.print_button, Qt.LeftButton)
    assert panel.dialog.windowTitle().endswith("— copy 1")
    panel.dialog.done(0)
    assert [p.copy_number for p in vouchers.prints(claim)] == [0, 1]
    assert vouchers.prints(claim)[1].language == "zh_CN"
    assert rows_of(panel.prints)[0][0] == "original" and rows_of(panel.prints)[1][3] == "中文"
    assert "1 copy since, at" in panel.voucher.text()
    shown = panel.show_selected_print()             # the last print, byte for byte
    assert shown.preview.pdf_bytes() == vouchers.archived_voucher(
        vouchers.prints(claim)[1].id)
    shown.done(0)

    scanned = tmp_path / "signed voucher.png"
    scanned.write_bytes(PNG)
    dialog = panel.ask_signed()
    messages.answers.append(tmp_path / "notes.txt")
    qtbot.mouseClick(dialog.choose_button, Qt.LeftButton)
    dialog.accept()
    assert dialog.isVisible() and "PDF, JPG or PNG" in dialog.error.text()
    messages.answers.append(scanned)
    qtbot.mouseClick(dialog.choose_button, Qt.LeftButton)
    assert dialog.file.text() == str(scanned)
    dialog.received_by.setText("Zhang Min")
    qtbot.keyClick(dialog.received_by, Qt.Key_Return)
    assert not dialog.isVisible()
    copy = vouchers.signed_copy(claim)
    assert copy.received_by == "Zhang Min" and copy.signed_on == date.today()
    assert copy.file_sha256 and claim_states.get_claim(claim.number).state == claim_states.SIGNED
    assert "received by Zhang Min" in panel.signed.text() and "Scanned copy" in panel.signed.text()
    assert "The voucher signed by the customer" not in panel.blockers.text()
    assert not panel.signed_button.isVisible()


def test_a_claim_whose_tag_never_arrived_is_refused_from_a_batch_naming_the_tag(qtbot, desk):
    good = settleable(desk, 1, PartLineData(FILTER))
    waiting = make_issued_claim(desk, PartLineData(PUMP), vin=loop_vin(2))
    sign(desk, waiting)
    ship(desk, waiting, receive=False)
    (tag,) = [t.number for t in returns.tags_of(waiting.number)]
    page = open_page(qtbot, desk["sc"])
    overview = page.overview
    rows = {values[1]: row for row, values in enumerate(overview.model.rows)}
    assert overview.model.data(overview.model.index(rows[good.number], 5)) == "✓ Settleable"
    blocked = overview.model.data(overview.model.index(rows[waiting.number], 5))
    assert f"Tag {tag} ({PUMP}) has not been received yet." in blocked

    for number, keys in ((good.number, Qt.NoModifier), (waiting.number, Qt.ControlModifier)):
        cell = overview.table.visualRect(overview.model.index(rows[number], 0)).center()
        qtbot.mouseClick(overview.table.viewport(), Qt.LeftButton, keys, cell)
    assert overview.selected() == sorted([good.number, waiting.number],
                                         key=lambda n: rows[n])
    assert overview.batch_selected() is None
    (refusal,) = [m for m in messages.shown if m.level == "error"]
    assert waiting.number in refusal.text and f"Tag {tag} ({PUMP}) has not been received yet." \
        in refusal.text
    assert good.number not in refusal.text
    assert claim_states.get_claim(good.number).state == claim_states.SETTLEABLE     # all or nothing
    assert batch_lists.search_batches() == []
    overview.view.setCurrentIndex(overview.view.findData("settleable"))
    assert [row[1] for row in overview.model.rows] == [good.number]
    overview.view.setCurrentIndex(overview.view.findData("blocked"))
    assert [row[1] for row in overview.model.rows] == [waiting.number]


def test_a_batch_is_built_by_period_its_statement_made_submitted_and_paid(qtbot, desk,
                                                                          tmp_path):
    first = settleable(desk, 3, PartLineData(FILTER), PartLineData(PADS))
    pump = make_issued_claim(desk, PartLineData(PUMP), vin=loop_vin(4),
                             repair_date=date.today() - timedelta(days=4))
    sign(desk, pump)
    (pump_tag,) = [t.number for t in returns.tags_of(pump.number)]
    ship(desk, pump, outcomes={pump_tag: (claim_states.NO_FAULT, "Bench test passed")})
    page = open_page(qtbot, desk["sc"])
    page.tabs.setCurrentWidget(page.batches)
    tab = page.batches
    dialog = tab.new_batch()
    dialog.period_from.setDate(date.today() - timedelta(days=30))
    assert [r[0] for r in rows_of(dialog.table)] == [first.number, pump.number]
    assert "2 settleable claims" in dialog.summary.text()
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
    assert not dialog.isVisible()
    view = tab.view
    batch = batches.get_batch(view.number)
    assert batch.state == "open" and tab.model.rowCount() == 1
    assert [r[0] for r in rows_of(view.lines)] == [first.number, pump.number]
    assert rows_of(view.differences)[0] == [pump.number, "Inspection", pump_tag, "920.00",
                                            f"Tag {pump_tag}: No fault found — Bench test "
                                            "passed"]      # the pump and its labour
    expected = first.total_amount + pump.total_amount - Decimal("920.00")
    assert f"to be paid {expected:,.2f}" in view.totals.text()

    unsigned = make_issued_claim(desk, PartLineData(PADS), vin=loop_vin(5))
    voucher.print_voucher(desk["wa"], unsigned.number)
    scan(qtbot, view.add, unsigned.number)          # not signed: the gate refuses it
    (refusal,) = [m for m in messages.shown if m.level == "error"]
    assert unsigned.number in refusal.text
    assert "The voucher signed by the customer has not been recorded." in refusal.text
    assert len(rows_of(view.lines)) == 2
    messages.shown.clear()

    pdf = view.statement_pdf()
    assert pdf.preview.page_count() >= 1
    pdf.done(0)
    path = tmp_path / "statement.xlsx"
    messages.answers.append(path)
    qtbot.mouseClick(view.excel_button, Qt.LeftButton)
    finish_background_work(qtbot)
    assert load_workbook(path).active["A1"].value == f"Settlement statement {batch.number}"

    messages.answers.append(True)
    qtbot.mouseClick(view.submit_button, Qt.LeftButton)
    assert batches.get_batch(batch.number).state == "submitted"
    assert view.payment_button.isVisible() and not view.add.isVisible()

    payment = view.ask_payment()
    payment.amount.setText(f"{expected - 50:.2f}")
    assert "50.00 is not explained" in payment.balance.text()
    qtbot.keyClicks(payment.reference, "TT20260505")
    payment.accept()                                 # 50 short and nothing says why
    assert payment.isVisible() and "differs from the statement" in payment.error.text()
    payment.set_difference(first.number, "50", "Labour rate of the region")
    assert "Balanced." in payment.balance.text()
    payment.accept()
    assert not payment.isVisible()
    batch = batches.get_batch(batch.number)
    assert batch.state == "paid" and batch.payment_amount == expected - 50
    assert claim_states.get_claim(first.number).state == claim_states.PAID
    assert "Paid" in view.totals.text() and "TT20260505" in view.totals.text()
    assert ["Payment", "Paid less — Labour rate of the region"] in [
        [r[1], r[4]] for r in rows_of(view.differences)]
    qtbot.mouseClick(view.close_button, Qt.LeftButton)
    assert batches.get_batch(batch.number).state == "closed"
    assert claim_states.get_claim(pump.number).state == claim_states.CLOSED
    assert not [m for m in messages.shown if m.level == "error"]


def type_into_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """Click a cell of an editable table, type, press Enter: what a user does in the table."""
    index = table.model().index(row, column)
    cell = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, Qt.NoModifier, cell)
    if table.indexWidget(index) is None:
        qtbot.mouseDClick(table.viewport(), Qt.LeftButton, Qt.NoModifier, cell)
    editor = table.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: table.item(row, column).text() == text)   # committed after Enter


def test_a_supervisor_withdraws_a_submitted_batch_and_an_over_payment_balances(qtbot, desk):
    one = settleable(desk, 6, PartLineData(FILTER))
    two = settleable(desk, 7, PartLineData(FILTER), PartLineData(PADS))
    batch = batches.create_batch(desk["sc"], claim_numbers=[one.number, two.number]).number
    batches.submit_batch(desk["sc"], batch)
    clerk = open_page(qtbot, desk["sc"])
    clerk.show_batch(batch)
    assert clerk.batches.view.payment_button.isVisible()
    assert not clerk.batches.view.withdraw_button.isVisible()       # not the clerk's to do

    page = open_page(qtbot, desk["sup"])
    page.show_batch(batch)
    view = page.batches.view
    assert view.withdraw_button.isVisible()
    messages.answers.append("Claim {} disputed by the maker".format(two.number))
    qtbot.mouseClick(view.withdraw_button, Qt.LeftButton)
    assert messages.shown[0].detail == "Withdraw batch"
    assert batches.get_batch(batch).state == "open"
    assert not view.withdraw_button.isVisible() and view.remove_button.isVisible()
    assert {claim_states.get_claim(n).state for n in (one.number, two.number)} == {
        claim_states.IN_BATCH}
    assert not [m for m in messages.shown if m.level == "error"]

    messages.answers.append(True)
    qtbot.mouseClick(view.submit_button, Qt.LeftButton)
    assert batches.get_batch(batch).state == "submitted"
    qtbot.mouseClick(view.payment_button, Qt.LeftButton)
    payment = view.dialog
    expected = batches.get_batch(batch).expected_total
    payment.amount.selectAll()
    qtbot.keyClicks(payment.amount, f"{expected + 30:.2f}")
    assert "30.00 more than due is not explained" in payment.balance.text()
    row = [r[0] for r in rows_of(payment.table)].index(two.number)
    type_into_cell(qtbot, payment.table, row, 2, "-30")
    type_into_cell(qtbot, payment.table, row, 3, "Brake pads paid twice")
    assert "Balanced." in payment.balance.text()
    qtbot.keyClicks(payment.reference, "TT-OVER")
    qtbot.mouseClick(payment.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok),
                     Qt.LeftButton)
    assert not payment.isVisible(), payment.error.text()
    lines = {line.number: line for line in batches.batch_lines(batch)}
    assert lines[two.number].paid == two.total_amount + 30
    assert batches.get_batch(batch).payment_amount == expected + 30
    assert ["Payment", "-30.00", "Over-paid — Brake pads paid twice"] in [
        [r[1], r[3], r[4]] for r in rows_of(view.differences)]
    assert f"to be paid {expected:,.2f}" in view.totals.text()
    assert "30.00 more than to be paid" in view.totals.text()
    assert {r[0]: r[6] for r in rows_of(view.lines)}[two.number] == (
        "Over-paid — Brake pads paid twice (30.00)")


def test_claim_packages_of_selected_claims_are_built_in_the_background(qtbot, desk):
    made = [make_issued_claim(desk, PartLineData(FILTER), vin=loop_vin(10 + i))
            for i in range(3)]
    page = open_page(qtbot, desk["wa"])
    overview = page.overview
    overview.table.selectAll()
    assert len(overview.selected()) == 3
    operation = overview.package_selected()
    assert operation is not None
    finish_background_work(qtbot)
    dialog = overview.panel.dialog
    assert dialog.windowTitle() == "Claim packages of 3 claims"
    assert dialog.preview.page_count() >= 6            # a voucher and an issue slip each
    dialog.done(0)
    assert all(vouchers.prints(c)[0].copy_number == 0 for c in made)
    assert all(claim_states.get_claim(c.number).state == claim_states.REPAIRED for c in made)


def test_the_claim_details_show_tags_voucher_and_signature_with_their_actions(qtbot, desk):
    from partsdesk.ui.claims.view import ClaimView
    claim = make_issued_claim(desk, PartLineData(FILTER))
    view = ClaimView(desk["wa"])
    qtbot.addWidget(view)
    view.resize(1180, 520)
    view.show()
    changed = []
    view.changed.connect(changed.append)
    view.show_claim(claim.number)
    panel = view.settlement
    view.tabs.setCurrentWidget(panel)
    (tag,) = returns.tags_of(claim.number)
    assert rows_of(panel.tags)[0][:2] == [tag.number, FILTER]
    assert "Not printed yet." in panel.voucher.text()
    qtbot.mouseClick(panel.print_button, Qt.LeftButton)
    panel.dialog.done(0)
    assert changed == [claim.number]
    assert view.badge.text() == "Repaired"                  # the claim itself moved on
    dialog = panel.ask_signed()
    dialog.accept()
    assert "Signed" in view.badge.text()
    assert "received by Zhang Min" in panel.signed.text()
    assert view.history.findItems("voucher of claim", Qt.MatchContains)   # in its history


def backdate(claim, copy_number: int, days: int) -> None:
    from datetime import datetime, time
    from partsdesk.db.models.settlement import VoucherPrint
    from tests.unprotected import unprotected
    noon = datetime.combine(date.today() - timedelta(days=days), time(12)).astimezone()
    with unprotected("voucher_print"):      # prints are never changed: back-dated by hand
        (VoucherPrint.update(printed_at=noon)
         .where((VoucherPrint.claim == claim.id) & (VoucherPrint.copy_number == copy_number))
         .execute())


def pick_in_calendar(qtbot, edit, key, times: int) -> None:
    """Open the date editor's calendar with a click on its arrow, move ``times`` days with
    ``key`` and take the day with Enter."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication
    qtbot.mouseClick(edit, Qt.LeftButton, pos=QPoint(edit.width() - 8, edit.height() // 2))
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), key)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    qtbot.waitUntil(lambda: not calendar.isVisible())


# the calendar popup on the offscreen platform
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_the_signed_copy_dialog_records_which_print_was_signed_and_keeps_its_date_in_range(
        qtbot, desk):
    claim = make_issued_claim(desk, PartLineData(FILTER))
    voucher.print_voucher(desk["wa"], claim.number, "en")
    voucher.print_voucher(desk["wa"], claim.number, "en")
    backdate(claim, 0, 3)
    backdate(claim, 1, 1)
    today, original_day, copy_day = (date.today(), date.today() - timedelta(days=3),
                                     date.today() - timedelta(days=1))
    page = open_page(qtbot, desk["wa"])
    overview, panel = page.overview, page.overview.panel
    scan(qtbot, overview.search, claim.number)
    qtbot.mouseClick(panel.signed_button, Qt.LeftButton)
    dialog = panel.dialog
    qtbot.waitExposed(dialog)
    choices = [dialog.signed_print.itemText(i) for i in range(dialog.signed_print.count())]
    assert choices[0].startswith(f"Original, printed {original_day}")
    assert choices[1].startswith(f"Copy 1, printed {copy_day}")
    assert choices[0].endswith("by Zhang Min")
    assert dialog.signed_print.currentIndex() == 1            # the latest print

    pick_in_calendar(qtbot, dialog.signed_on, Qt.Key_Right, 3)     # never after today
    assert dialog.signed_date() == today
    pick_in_calendar(qtbot, dialog.signed_on, Qt.Key_Left, 5)      # never before copy 1's day
    assert dialog.signed_date() == copy_day

    dialog.signed_print.setFocus()
    qtbot.keyClick(dialog.signed_print, Qt.Key_Up)              # the original was signed
    assert dialog.signed_print.currentData() == 0
    pick_in_calendar(qtbot, dialog.signed_on, Qt.Key_Left, 6)
    assert dialog.signed_date() == original_day
    qtbot.keyClick(dialog.received_by, Qt.Key_Return)
    assert not dialog.isVisible()

    copy = vouchers.signed_copy(claim)
    assert copy.voucher_print.copy_number == 0
    assert copy.signed_on == original_day
    assert f"on the original printed {original_day}" in panel.signed.text()
    assert rows_of(panel.prints)[0][0] == "original — signed by the customer"
    assert rows_of(panel.prints)[1][0] == "copy 1"

    qtbot.mouseClick(panel.print_button, Qt.LeftButton)         # a copy after signing
    assert "copy 2 of the signed voucher" in panel.dialog.note.text()
    panel.dialog.done(0)
    assert rows_of(panel.prints)[2][0] == "copy 2 — copy of the signed voucher"


# --- one set of figures: the page, the statement PDF and the Excel statement ---------------------

def short_paid_batch(desk, short="26.80", reason="Labour capped at 1.0 h"):
    """A batch of a clean claim and one charged back (no fault found), paid ``short`` less than
    its statement, the difference on the clean claim: (batch, clean, charged, expected)."""
    clean = settleable(desk, 21, PartLineData(FILTER), PartLineData(PADS))
    charged = make_issued_claim(desk, PartLineData(PUMP), vin=loop_vin(22),
                                repair_date=date.today() - timedelta(days=22))
    sign(desk, charged)
    (tag,) = [t.number for t in returns.tags_of(charged.number)]
    ship(desk, charged, outcomes={tag: (claim_states.NO_FAULT, "Bench test passed")})
    batch = batches.create_batch(desk["sc"], claim_numbers=[clean.number, charged.number])
    batches.submit_batch(desk["sc"], batch.number)
    expected = batches.get_batch(batch.number).expected_total
    batches.record_payment(desk["sc"], batch.number, expected - Decimal(short), date.today(),
                           "TT-SHORT", {clean.number: (short, reason)})
    return batch.number, clean, charged, expected


def amounts(text: str) -> list[Decimal]:
    import re
    return [Decimal(found.replace(",", "")) for found in re.findall(r"-?\d[\d,]*\.\d\d", text)]


def open_batch_by_click(qtbot, page, number: str):
    """Click the batches tab, then the batch's row in the list."""
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.LeftButton, pos=bar.tabRect(1).center())
    tab = page.batches
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    row = [values[1] for values in tab.model.rows].index(number)
    cell = tab.table.visualRect(tab.model.index(row, 0)).center()
    qtbot.mouseClick(tab.table.viewport(), Qt.LeftButton, Qt.NoModifier, cell)
    qtbot.waitUntil(lambda: tab.view.number == number)
    return tab.view


def test_a_short_paid_batch_shows_the_same_figures_on_screen_in_the_pdf_and_in_excel(
        qtbot, desk, tmp_path):
    from io import BytesIO
    from pypdf import PdfReader
    number, clean, charged, expected = short_paid_batch(desk)
    paid = expected - Decimal("26.80")
    claimed = clean.total_amount + charged.total_amount
    charge_backs = claimed - expected                        # the pump's no fault found
    page = open_page(qtbot, desk["sc"])
    view = open_batch_by_click(qtbot, page, number)

    asked, received = view.totals.text().split("\n")
    assert amounts(asked) == [claimed, charge_backs, expected]     # a − b = c, nothing mixed in
    assert claimed - charge_backs == expected
    assert amounts(received)[0] == paid and "TT-SHORT" in received
    assert "26.80 less than to be paid" in received
    lines = {row[0]: row for row in rows_of(view.lines)}
    pump_due = charged.total_amount - charge_backs
    assert lines[clean.number][3:7] == ["", f"{clean.total_amount:,.2f}",
                                        f"{clean.total_amount - Decimal('26.80'):,.2f}",
                                        "Paid less — Labour capped at 1.0 h (26.80)"]
    assert lines[charged.number][3:7] == [f"{charge_backs:,.2f}", f"{pump_due:,.2f}",
                                          f"{pump_due:,.2f}", ""]

    qtbot.mouseClick(view.pdf_button, Qt.LeftButton)
    pdf = view.dialog.preview.pdf_bytes()
    view.dialog.done(0)
    text = "\n".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages)
    cells = text.splitlines()                    # pypdf gives a table's cells line by line
    total = amounts("\n".join(cells[cells.index("Total"):][:9]))
    assert total[3:] == [claimed, charge_backs, expected, Decimal("26.80"), paid]
    assert f"to be paid {expected:,.2f}" in text and f"Paid {paid:,.2f}" in text

    path = tmp_path / "statement.xlsx"
    messages.answers.append(path)
    qtbot.mouseClick(view.excel_button, Qt.LeftButton)
    finish_background_work(qtbot)
    sheet = load_workbook(path).active
    heads = [cell.value for cell in sheet[5]]
    column = {name: heads.index(name) for name in ("Claimed", "Charge-backs", "To be paid",
                                                   "Payment difference", "Paid")}
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=6)}

    def cents(row, name):                     # Excel keeps numbers, not decimals
        return Decimal(str(rows[row][column[name]].value or 0))

    def total(name):                          # what Excel shows for the total's formula
        cell = rows["Total"][column[name]]
        letter = cell.column_letter
        assert cell.value == f"=SUM({letter}6:{letter}{cell.row - 1})"
        return sum((cents(n, name) for n in (clean.number, charged.number)), Decimal(0))
    assert [total(n) for n in column] == [claimed, charge_backs, expected, Decimal("26.80"),
                                          paid]
    assert [cents(clean.number, n) for n in ("To be paid", "Paid")] == [
        clean.total_amount, clean.total_amount - Decimal("26.80")]
    assert rows[clean.number][len(heads) - 1].value == "Paid less — Labour capped at 1.0 h"
    assert not [m for m in messages.shown if m.level == "error"]


def test_a_short_paid_claim_shows_what_was_paid_and_why_not_what_is_missing(qtbot, desk,
                                                                            monkeypatch):
    from partsdesk import i18n
    number, clean, charged, expected = short_paid_batch(desk)
    page = open_page(qtbot, desk["sc"])
    overview, panel = page.overview, page.overview.panel
    scan(qtbot, overview.search, clean.number)
    assert panel.claim.number == clean.number and panel.badge.text() == "Paid"
    said = panel.blockers.text()
    paid = clean.total_amount - Decimal("26.80")
    assert f"Paid {paid:,.2f} in settlement batch {number} on {date.today()}" in said
    assert f"to be paid {clean.total_amount:,.2f}" in said
    assert "Paid 26.80 less than to be paid:" in said
    assert "Paid less — Labour capped at 1.0 h (26.80)" in said
    assert "missing" not in said and "already" not in said

    scan(qtbot, overview.search, charged.number)       # charged back before, paid in full
    said = panel.blockers.text()
    assert f"to be paid {charged.total_amount - Decimal('920.00'):,.2f}" in said
    assert "charge-backs 920.00" in said and "less than" not in said

    assert overview.view.currentData() == "batched"     # the list shows what the panel shows
    rows = {values[1]: row for row, values in enumerate(overview.model.rows)}
    assert set(rows) == {clean.number, charged.number}
    assert overview.selected() == [charged.number]      # in plain ink: nothing blocks it
    assert overview.model.data(overview.model.index(rows[clean.number], 5),
                               Qt.ForegroundRole) is None
    assert overview.count.text() == "2 claims"

    monkeypatch.setattr(i18n, "_language", "zh_CN")     # the reader's language
    chinese = open_page(qtbot, desk["sc"])
    scan(qtbot, chinese.overview.search, clean.number)
    said = chinese.overview.panel.blockers.text()
    assert "比应付少付 26.80" in said and "少付——Labour capped at 1.0 h (26.80)" in said


def test_one_settleable_claim_is_one_claim_not_one_claims(qtbot, desk):
    claim = settleable(desk, 31, PartLineData(FILTER))
    page = open_page(qtbot, desk["sc"])
    overview = page.overview
    overview.view.setFocus()
    for _ in range(overview.view.count()):
        if overview.view.currentData() == "settleable":
            break
        qtbot.keyClick(overview.view, Qt.Key_Down)
    assert overview.count.text() == "1 claim"
    page.tabs.setCurrentWidget(page.batches)
    dialog = page.batches.new_batch()
    dialog.period_from.setDate(date.today() - timedelta(days=60))
    assert dialog.summary.text() == f"1 settleable claim, {claim.total_amount:,.2f} claimed"
