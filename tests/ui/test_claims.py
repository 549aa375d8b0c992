"""The claim desk driven like the warranty office and the warehouse drive it: a claim typed into
the form, submitted, approved by a supervisor, its parts issued by scanning, the list searched and
exported."""

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt

from partsdesk.db.models.claims import Claim
from partsdesk.services import approvals, audit, claim_states, stock
from partsdesk.services.claims import PartLineData
from partsdesk.ui import messages, operations
from partsdesk.ui.claims.form import ClaimForm
from partsdesk.ui.pages import pages_for
from partsdesk.ui.pages.approvals import ApprovalsPage
from partsdesk.ui.pages.claims import ClaimsPage
from partsdesk.ui.widgets import rows_of
from tests.factories import FILTER, HEADLAMP, VIN, make_claim
from tests.ui.helpers import activate, enter, show, type_chinese

BAD_VIN = VIN[:8] + "1" + VIN[9:]


def fill_claim(qtbot, form: ClaimForm, vin: str = VIN) -> None:
    """Type a whole claim the way an administrator does, field by field."""
    qtbot.keyClicks(form.vin, vin.lower())
    form.model.setFocus()
    qtbot.keyClicks(form.model.lineEdit(), "SED20")
    form.mileage.setFocus()
    qtbot.keyClicks(form.mileage, "12500")
    type_chinese(form.customer_name, "张伟")
    qtbot.keyClicks(form.customer_phone, "138 0013 8000")
    qtbot.keyClicks(form.fault.lineEdit(), "F101")
    qtbot.keyClicks(form.cause.lineEdit(), "C01")
    qtbot.keyClicks(form.description, "Oil leaking at the filter seal")
    enter(qtbot, form.operation.lineEdit(), "01-010")                 # Enter adds the line
    qtbot.keyClicks(form.part_no, "6901234567892")                    # the filter's box barcode
    qtbot.keyClicks(form.replacement_reason, "Seal leaking")
    qtbot.keyClicks(form.failed_batch, "B2311")
    qtbot.keyClick(form.failed_batch, Qt.Key_Return)
    qtbot.keyClicks(form.part_no, HEADLAMP)
    form.part_qty.clear()
    qtbot.keyClicks(form.part_qty, "2")
    enter(qtbot, form.replacement_reason, "Water inside")


def test_a_claim_is_entered_submitted_approved_and_its_parts_issued_by_scanning(qtbot, office):
    # the warranty administrator types the claim into the form and submits it
    page = show(qtbot, ClaimsPage(office["wa"]))
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    form = page.dialog
    assert isinstance(form, ClaimForm) and form.isVisible()
    fill_claim(qtbot, form)
    assert "Check digit correct" in form.vin_status.text()
    assert rows_of(form.labour_table) == [["01-010", "更换机油滤清器", "0.5", "0.5", "60.00", ""]]
    assert [row[:7] for row in rows_of(form.parts_table)] == [
        [FILTER, "Oil filter", "1", "38.50", "38.50", "10", "10"],
        [HEADLAMP, "Headlamp assembly, left", "2", "1,250.00", "2,500.00", "4", "4"]]
    assert form.totals["total"].text() == "2,598.50"
    assert form.totals["tier"].text() == "Supervisor"
    activate(qtbot, form)
    qtbot.keyClick(form, Qt.Key_Return, Qt.ControlModifier)        # Ctrl+Enter submits
    qtbot.waitUntil(lambda: not form.isVisible())
    claim = Claim.get()
    assert (claim.state, claim.tier, claim.customer_name) == (claim_states.SUBMITTED, 2, "张伟")
    assert claim.total_amount == Decimal("2598.50") and claim.mileage == 12500
    assert messages.shown[-1].text == (f"Claim {claim.number} submitted for approval by a "
                                       "Supervisor.")
    assert page.view.claim.number == claim.number

    # another warranty administrator does not see it: it needs a supervisor
    assert show(qtbot, ApprovalsPage(office["wa2"])).model.rowCount() == 0
    queue = show(qtbot, ApprovalsPage(office["sup"]))
    assert [row[1] for row in queue.model.rows] == [claim.number]
    assert queue.view.claim.number == claim.number
    activate(qtbot, queue)
    messages.answers.append(True)                                   # "Approve claim …?" Yes
    qtbot.keyClick(queue.table, Qt.Key_Return, Qt.ControlModifier)  # Ctrl+Enter approves
    assert messages.shown[-1].text.startswith(f"Approve claim {claim.number} of 张伟 for "
                                              "2,598.50?")
    assert claim_states.get_claim(claim.number).state == claim_states.APPROVED
    assert queue.model.rowCount() == 0
    assert stock.available(HEADLAMP) == Decimal("2")

    # the parts clerk scans the bin, then each part, into the claim's scan field
    desk = show(qtbot, ClaimsPage(office["clerk"]))
    assert not desk.new_button.isVisible()
    enter(qtbot, desk.search, claim.number)
    view = desk.view
    assert view.claim.number == claim.number and view.issue_box.isVisible()
    enter(qtbot, view.scan, "A-01-01")
    enter(qtbot, view.scan, "6901234567892")
    assert "1 x 15208-65F0E issued from A-01-01" in view.issue_status.text()
    view.quantity.clear()
    qtbot.keyClicks(view.quantity, "2")
    enter(qtbot, view.scan, HEADLAMP)
    claim = claim_states.get_claim(claim.number)
    assert claim.state == claim_states.PARTS_ISSUED
    assert view.scan.property("feedback") == "ok"
    assert "All parts of claim" in view.issue_status.text()
    assert stock.on_hand(FILTER) == Decimal("9") and stock.on_hand(HEADLAMP) == Decimal("2")
    assert stock.available(HEADLAMP) == Decimal("2")
    where = rows_of(view.where_table)
    assert [(r[0], r[4]) for r in where] == [(FILTER, "1"), (HEADLAMP, "2")]
    history = [view.history.item(i).text().split("\n")[0] for i in range(view.history.count())]
    assert history[0] == f"All parts of claim {claim.number} issued"
    assert f"Claim {claim.number} approved" in history
    assert f"Claim {claim.number} entered" == history[-1]
    actions = [e.action for e in audit.history("claim", claim.number)]
    assert actions[-3:] == ["claim.issue_part", "claim.issue_part", "claim.parts_issued"]


def test_approve_is_disabled_on_your_own_claim_and_says_why(qtbot, office):
    claim = make_claim(office["sup"])
    approvals.submit(office["sup"], claim.number)
    page = show(qtbot, ClaimsPage(office["sup"]))
    page.show_claim(claim.number)
    assert "You entered this claim" in page.view.note.text()
    why = (f"Claim {claim.number} was entered or submitted by you; nobody approves their own "
           "claim. Another Warranty administrator or higher must decide.")
    for button in (page.view.approve_button, page.view.reject_button, page.view.return_button):
        assert button.isVisible() and not button.isEnabled() and button.toolTip() == why
    qtbot.mouseClick(page.view.approve_button, Qt.LeftButton)
    assert messages.shown == []                     # no "Something went wrong"
    activate(qtbot, page)
    qtbot.keyClick(page.table, Qt.Key_Return, Qt.ControlModifier)  # Ctrl+Enter says why
    assert [(m.level, m.text) for m in messages.shown] == [("warning", why)]
    assert claim_states.get_claim(claim.number).state == claim_states.SUBMITTED


def test_the_vin_is_checked_as_it_is_typed_and_a_bad_check_digit_needs_a_reason(qtbot, office):
    form = show(qtbot, ClaimForm(office["wa"]))
    qtbot.keyClicks(form.vin, VIN[:10])
    assert form.vin_status.text() == "10 of 17 characters"
    qtbot.keyClicks(form.vin, "O")
    assert form.vin_status.text() == ("O cannot be in a VIN: it uses digits and letters except "
                                      "I, O and Q.")
    form.vin.clear()
    qtbot.keyClicks(form.vin, BAD_VIN)
    assert "check digit (position 9) is 1 but should be X" in form.vin_status.text()
    assert form.vehicle_form.isRowVisible(form.vin_override)
    fill_rest = [("mileage", "8000")]
    for name, text in fill_rest:
        qtbot.keyClicks(getattr(form, name), text)
    form.model.setEditText("SED20")
    form.fault.setEditText("F101")
    enter(qtbot, form.operation.lineEdit(), "01-010")
    messages.answers.append(True)
    assert not form.submit()                    # saved as a draft, refused at submit
    assert "check digit (position 9) is 1" in form.errors.text("vin")     # at the VIN
    assert Claim.get().state == claim_states.DRAFT
    qtbot.keyClicks(form.vin_override, "Imported vehicle, market without check digits")
    assert form.submit()
    assert Claim.get().state == claim_states.SUBMITTED


def test_hours_above_standard_need_a_reason_before_the_line_is_added(qtbot, office):
    form = show(qtbot, ClaimForm(office["wa"]))
    qtbot.keyClicks(form.operation.lineEdit(), "01-010")
    enter(qtbot, form.hours, "0.8")
    assert form.labour == []
    assert form.errors.text("labour") == (
        "0.8 h is above the standard 0.5 h of 01-010: give a reason for the extra hours.")
    enter(qtbot, form.hours_reason, "Seized drain plug")
    assert rows_of(form.labour_table)[0][2:] == ["0.8", "0.5", "96.00", "Seized drain plug"]
    assert form.totals["labour"].text() == "96.00"


def retype(qtbot, field, text: str) -> None:
    """Select what the field holds and type over it, as a user does."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(field, text)


def test_a_price_other_than_the_catalogues_needs_a_reason_typed_in_the_form(qtbot, office):
    form = show(qtbot, ClaimForm(office["wa"]))
    activate(qtbot, form)
    qtbot.keyClicks(form.vin, VIN)
    qtbot.keyClicks(form.model.lineEdit(), "SED20")
    qtbot.keyClicks(form.mileage, "8000")
    qtbot.keyClicks(form.fault.lineEdit(), "F101")
    qtbot.keyClicks(form.part_no, HEADLAMP)
    qtbot.waitUntil(lambda: form.part_price.text() == "1250.00")   # the catalogue price
    assert not form.price_reason.isVisible()
    retype(qtbot, form.part_qty, "1.5")
    assert form.part_qty.text() == "15"            # a headlamp is counted in whole pieces
    retype(qtbot, form.part_qty, "1")
    retype(qtbot, form.part_price, "1380")
    qtbot.keyClicks(form.replacement_reason, "Water inside")
    assert form.price_reason.isVisible()           # a price of its own needs its reason
    qtbot.keyClick(form.part_price, Qt.Key_Return)
    assert form.parts == []
    assert form.errors.text("parts") == (f"1,380.00 is not the catalogue price 1,250.00 of "
                                         f"{HEADLAMP}: give a reason for the price.")
    assert form.price_reason.hasFocus()
    enter(qtbot, form.price_reason, "LED version fitted")
    row = rows_of(form.parts_table)[0]
    assert (row[2], row[3], row[4], row[-1]) == ("1", "1,380.00 (catalogue 1,250.00)",
                                                "1,380.00", "LED version fitted")
    assert form.part_price.text() == "" and not form.price_reason.isVisible()
    qtbot.keyClick(form, Qt.Key_S, Qt.ControlModifier)
    line = claim_states.get_claim(form.claim.number).part_lines.get()
    assert (line.unit_price, line.catalogue_price, line.price_reason) == (
        Decimal("1380.00"), Decimal("1250.00"), "LED version fitted")
    # changed back to the catalogue price, the reason is not asked for and not kept
    cell = form.parts_table.visualItemRect(form.parts_table.item(0, 0)).center()
    qtbot.mouseClick(form.parts_table.viewport(), Qt.LeftButton, pos=cell)
    qtbot.mouseDClick(form.parts_table.viewport(), Qt.LeftButton, pos=cell)   # back to entry
    assert form.part_price.text() == "1380.00" and form.price_reason.isVisible()
    retype(qtbot, form.part_price, "1250.00")
    assert not form.price_reason.isVisible()
    qtbot.keyClick(form.part_price, Qt.Key_Return)
    assert rows_of(form.parts_table)[0][3] == "1,250.00"
    assert form.parts[0].unit_price is None


def test_warnings_are_shown_before_submitting_and_can_stop_it(qtbot, office):
    make_claim(office["wa"], repair_date=date.today() - timedelta(days=3))
    form = show(qtbot, ClaimForm(office["wa"]))
    fill_claim(qtbot, form)
    form.mileage.clear()
    qtbot.keyClicks(form.mileage, "150000")
    enter(qtbot, form.operation.lineEdit(), "02-120")              # only for model SUV30
    messages.answers.append(False)                                 # "Submit it anyway?" No
    activate(qtbot, form)
    qtbot.keyClick(form, Qt.Key_S, Qt.ControlModifier)
    assert "out of warranty by mileage" in form.warnings.text()
    assert not form.submit()
    question = messages.shown[-1]
    assert question.level == "question"
    assert "out of warranty by mileage: 150000 km" in question.text
    assert "Labour operation 02-120 is not valid for model SED20." in question.text
    assert "for the same fault F101" in question.text
    assert form.claim.state == claim_states.DRAFT and form.isVisible()


def test_a_draft_is_changed_through_the_form_and_a_rejected_field_is_marked(qtbot, office):
    claim = make_claim(office["wa"], parts=[PartLineData(FILTER, "1")])
    page = show(qtbot, ClaimsPage(office["wa"]))
    page.show_claim(claim.number)
    form = page.view.edit()
    assert form.vin.text() == VIN and len(form.parts) == 1
    form.mileage.clear()
    qtbot.keyClicks(form.mileage, "12,5OO")
    activate(qtbot, form)
    qtbot.keyClick(form, Qt.Key_S, Qt.ControlModifier)
    assert form.errors.text("mileage") == "Mileage \"12,5OO\" is not a whole number of kilometres."
    form.mileage.clear()
    qtbot.keyClicks(form.mileage, "12600")
    form.parts_table.setFocus()
    form.parts_table.setCurrentCell(0, 0)
    qtbot.keyClick(form.parts_table, Qt.Key_Delete)                 # Delete removes the line
    qtbot.keyClick(form, Qt.Key_S, Qt.ControlModifier)
    assert form.status.text() == f"Saved as draft {claim.number}."
    form.close_button.click()
    claim = claim_states.get_claim(claim.number)
    assert claim.mileage == 12600 and not claim.part_lines.exists()
    assert page.view.values["repair"].text().endswith("at 12,600 km")


def test_cancelling_asks_for_a_reason_and_releases_the_reserved_parts(qtbot, office):
    claim = make_claim(office["wa"], parts=[PartLineData(FILTER, "3")])
    approvals.submit(office["wa"], claim.number)
    approvals.approve(office["wa2"], claim.number)
    assert stock.available(FILTER) == Decimal("7")
    page = show(qtbot, ClaimsPage(office["wa"]))
    page.show_claim(claim.number)
    messages.answers.extend(["", "客户放弃索赔"])     # first Enter on an empty reason
    qtbot.mouseClick(page.view.cancel_button, Qt.LeftButton)
    asked, refused = messages.shown
    assert asked.level == "reason" and asked.detail == f"Cancel claim {claim.number}"
    assert refused.level == "refused" and "Give the reason for cancelling" in refused.text
    assert claim_states.get_claim(claim.number).state == claim_states.CANCELLED
    assert stock.available(FILTER) == Decimal("10")
    assert page.view.note.text() == "Reason: 客户放弃索赔"


def test_one_search_box_finds_claims_by_vin_tail_customer_and_part(qtbot, office):
    first = make_claim(office["wa"], customer_name="王芳", customer_phone="13911112222")
    second = make_claim(office["wa"], vin="LFV2A21K8G4000101", model_code="SUV30",
                        parts=[PartLineData(HEADLAMP, "1")])
    page = show(qtbot, ClaimsPage(office["wa"]))
    qtbot.waitUntil(lambda: page.count_label.text() == "2 claims")

    def found(text: str) -> list[str]:
        page.search.clear()
        qtbot.keyClicks(page.search, text)
        page.apply_filter()
        return [row[1] for row in page.model.rows]
    assert found("4000101") == [second.number]
    assert found("1391111") == [first.number]
    assert found(HEADLAMP) == [second.number]
    page.search.clear()
    type_chinese(page.search, "王芳")
    page.apply_filter()
    assert [row[1] for row in page.model.rows] == [first.number]
    page.search.clear()
    approvals.submit(office["wa"], second.number)
    page.state_filter.setCurrentIndex(page.state_filter.findData(claim_states.SUBMITTED))
    assert [row[1] for row in page.model.rows] == [second.number]


def test_the_claim_list_is_exported_to_excel_off_the_gui_thread(qtbot, office, tmp_path):
    make_claim(office["wa"], customer_name="李娜")
    page = show(qtbot, ClaimsPage(office["wa"]))
    messages.answers.append(tmp_path / "claims")
    qtbot.mouseClick(page.export_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not operations.running(), timeout=10_000)
    assert (tmp_path / "claims.xlsx").exists()
    assert messages.shown[-1].text == f"1 claim exported to {tmp_path / 'claims.xlsx'}."


def test_a_parts_clerk_issues_parts_on_the_claims_page_but_has_no_export(qtbot, office):
    clerk_page = show(qtbot, ClaimsPage(office["clerk"]))
    assert clerk_page.export_button.isHidden()
    assert not show(qtbot, ClaimsPage(office["wa"])).export_button.isHidden()


def test_the_claim_pages_appear_only_for_roles_that_use_them(office):
    keys = lambda user: [spec.key for spec in pages_for(user)]  # noqa: E731
    assert {"claims", "approvals"} <= set(keys(office["wa"]))
    assert "claims" in keys(office["clerk"]) and "approvals" not in keys(office["clerk"])
    assert "claims" not in keys(office["admin"])


# --- code tables ------------------------------------------------------------------------------

def test_the_administrator_adds_a_labour_operation_and_a_bad_hours_value_is_marked(qtbot, office):
    from partsdesk.services import codes
    from partsdesk.ui.pages.codes import CodesPage
    page = show(qtbot, CodesPage(office["admin"]))
    assert page.current_table() == "labour_operations"
    assert [row[0] for row in rows_of(page.table)] == ["01-010", "02-120"]
    assert rows_of(page.table)[1][4] == "SUV30"
    dialog = page.new_code()
    qtbot.keyClicks(dialog.code, "03-300")
    qtbot.keyClicks(dialog.description, "Replace water pump")
    qtbot.keyClicks(dialog.hours, "two")
    qtbot.keyClick(dialog.description, Qt.Key_Return)
    assert dialog.isVisible()
    assert "Standard hours of 03-300 must be a number" in dialog.errors.text("standard_hours")
    dialog.hours.clear()
    qtbot.keyClicks(dialog.hours, "2.4")
    qtbot.keyClicks(dialog.models, "SED20")
    qtbot.keyClick(dialog.description, Qt.Key_Return)
    assert not dialog.isVisible()
    operation = codes.get_code("labour_operations", "03-300")
    assert operation.standard_hours == Decimal("2.4")
    assert codes.models_of(operation) == ["SED20"]
    assert page.selected_code() == "03-300"
    qtbot.mouseClick(page.active_button, Qt.LeftButton)
    assert not codes.get_code("labour_operations", "03-300").active


def test_code_tables_go_out_to_excel_and_come_back(qtbot, office, tmp_path):
    from partsdesk.ui.pages.codes import CodesPage
    page = show(qtbot, CodesPage(office["admin"]))
    messages.answers.append(tmp_path / "codes.xlsx")
    qtbot.mouseClick(page.export_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not operations.running(), timeout=10_000)
    assert messages.shown[-1].text.startswith("8 codes exported to")
    messages.answers.append(tmp_path / "codes.xlsx")
    qtbot.mouseClick(page.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not operations.running(), timeout=10_000)
    assert messages.shown[-1].text == "codes.xlsx imported: 8 rows, 0 new and 8 updated."
    assert "codes" in [spec.key for spec in pages_for(office["admin"])]
    assert "codes" not in [spec.key for spec in pages_for(office["wa"])]
