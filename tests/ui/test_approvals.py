"""The approval queue as supervisors and administrators use it: their claims only, oldest first;
approve, reject with a reason, return for information with a comment."""

import pytest
from PySide6.QtCore import Qt

from partsdesk.services import approvals, claim_states, claims
from partsdesk.services.claims import PartLineData
from partsdesk.ui import messages
from partsdesk.ui.pages.approvals import ApprovalsPage
from partsdesk.ui.pages.claims import ClaimsPage
from tests.factories import HEADLAMP, claim_data, make_claim, make_codes, make_part, make_user



@pytest.fixture
def office(admin):
    make_codes(admin)
    clerk = make_user(admin, "pc", "parts_clerk")
    make_part(clerk, HEADLAMP, name="Headlamp assembly, left", unit_price="1250.00")
    return {"wa": make_user(admin, "wa", "warranty_admin", "Zhang Min"),
            "wa2": make_user(admin, "wa2", "warranty_admin", "Sun Li"),
            "sup": make_user(admin, "sup", "supervisor", "Liu Yang"),
            "mgr": make_user(admin, "mgr", "manager", "Chen Jing")}


def submitted(user, customer: str, headlamps: str = "0", other: str = "0"):
    parts = [PartLineData(HEADLAMP, headlamps)] if headlamps != "0" else []
    claim = make_claim(user, customer_name=customer, parts=parts, other_amount=other)
    return approvals.submit(user, claim.number)


def open_queue(qtbot, user) -> ApprovalsPage:
    page = ApprovalsPage(user)
    qtbot.addWidget(page)
    page.resize(1180, 760)
    page.show()
    return page


def queue_numbers(page) -> list[str]:
    return [row[1] for row in page.model.rows]


def test_each_approver_sees_the_claims_of_their_level_that_others_entered(qtbot, office):
    small = submitted(office["wa"], "王芳")                          # 60.00: tier 1
    medium = submitted(office["wa"], "李娜", headlamps="2")          # 2,560.00: supervisor
    large = submitted(office["wa2"], "陈静", other="12000")          # manager
    own = submitted(office["wa2"], "刘洋")
    assert queue_numbers(open_queue(qtbot, office["wa"])) == [own.number]
    assert queue_numbers(open_queue(qtbot, office["wa2"])) == [small.number]
    supervisor = open_queue(qtbot, office["sup"])
    assert queue_numbers(supervisor) == [small.number, medium.number, own.number]
    assert supervisor.heading.text() == "3 claims are waiting for your decision."
    assert supervisor.level.text() == "You approve claims up to the level of a Supervisor."
    manager = open_queue(qtbot, office["mgr"])
    assert queue_numbers(manager) == [small.number, medium.number, large.number, own.number]
    assert manager.model.data(manager.model.index(2, 8)) == "Manager"
    assert manager.view.claim.number == small.number      # the oldest is selected


def test_rejecting_asks_for_a_reason_and_selects_the_next_claim(qtbot, office):
    first = submitted(office["wa"], "王芳")
    second = submitted(office["wa"], "李娜")
    page = open_queue(qtbot, office["wa2"])
    messages.answers.append("Normal wear, not covered")
    qtbot.mouseClick(page.view.reject_button, Qt.LeftButton)
    assert messages.shown[-1] == messages.Shown(
        "reason", f"Why is claim {first.number} rejected? The reason is kept with the claim.",
        f"Reject claim {first.number}")
    assert claim_states.get_claim(first.number).state == claim_states.REJECTED
    assert queue_numbers(page) == [second.number]
    assert page.view.claim.number == second.number
    assert page.heading.text() == "1 claim is waiting for your decision."


def test_returning_for_information_sends_the_claim_back_as_a_draft_with_the_question(
        qtbot, office):
    claim = submitted(office["wa"], "王芳")
    page = open_queue(qtbot, office["sup"])
    messages.answers.append("Add a photo of the odometer")
    qtbot.mouseClick(page.view.return_button, Qt.LeftButton)
    assert claim_states.get_claim(claim.number).state == claim_states.DRAFT
    assert page.heading.text() == "No claims are waiting for you."
    assert not page.view.body.isVisible()

    desk = ClaimsPage(office["wa"])
    qtbot.addWidget(desk)
    desk.show()
    desk.show_claim(claim.number)
    assert desk.view.note.text().startswith(
        "Returned for information by Liu Yang: Add a photo of the odometer")
    assert desk.view.submit_button.isVisible() and desk.view.edit_button.isVisible()
    history = desk.view.history.item(0).text()
    assert history.startswith(f"Claim {claim.number} returned for information: Add a photo")
    form = desk.view.edit()                         # the question is in front of the editor
    assert form.warnings.text() == ("? Returned for information by Liu Yang: Add a photo of the "
                                    "odometer")
    form.close_button.click()
    assert desk.view.submit()
    assert claim_states.get_claim(claim.number).state == claim_states.SUBMITTED


def test_approve_is_disabled_for_an_approver_outside_the_claims_level(qtbot, office):
    claim = submitted(office["wa"], "李娜", headlamps="2")
    desk = ClaimsPage(office["wa2"])
    qtbot.addWidget(desk)
    desk.show()
    desk.show_claim(claim.number)
    assert not desk.view.approve_button.isEnabled()
    assert desk.view.approve_button.toolTip() == (
        f"Claim {claim.number} (2560.00) is waiting for approval by a Supervisor; you are a "
        "Warranty administrator. Leave it to a Supervisor or higher.")
    qtbot.mouseClick(desk.view.approve_button, Qt.LeftButton)
    assert messages.shown == []
    assert claim_states.get_claim(claim.number).state == claim_states.SUBMITTED


def test_approve_is_disabled_on_a_claim_whose_figures_you_changed(qtbot, office):
    claim = make_claim(office["wa"], customer_name="王芳")
    claims.update_claim(office["sup"], claim.number, claim_data(customer_name="王芳",
                                                                other_amount="80"))
    approvals.submit(office["wa"], claim.number)
    assert queue_numbers(open_queue(qtbot, office["sup"])) == []     # not in their queue
    desk = ClaimsPage(office["sup"])
    qtbot.addWidget(desk)
    desk.show()
    desk.show_claim(claim.number)
    button = desk.view.approve_button
    assert button.isVisible() and not button.isEnabled()
    assert button.toolTip() == (
        f"Claim {claim.number}: you changed its figures (60.00 → 140.00); nobody approves "
        "figures they entered. Another Warranty administrator or higher must decide.")
    qtbot.mouseClick(button, Qt.LeftButton)
    assert messages.shown == []
    assert claim_states.get_claim(claim.number).state == claim_states.SUBMITTED
    other = ClaimsPage(office["mgr"])           # someone else may
    qtbot.addWidget(other)
    other.show()
    other.show_claim(claim.number)
    assert other.view.approve_button.isEnabled()
    assert other.view.approve_button.toolTip() == "Approve (Ctrl+Enter)"


def test_approving_asks_first_and_no_leaves_the_claim_waiting(qtbot, office):
    claim = submitted(office["wa"], "王芳")
    page = open_queue(qtbot, office["sup"])
    messages.answers.append(False)
    qtbot.mouseClick(page.view.approve_button, Qt.LeftButton)
    assert messages.shown[-1].level == "question"
    assert messages.shown[-1].text == (f"Approve claim {claim.number} of 王芳 for 60.00? Its "
                                       "parts are then reserved for the repair.")
    assert claim_states.get_claim(claim.number).state == claim_states.SUBMITTED
    assert queue_numbers(page) == [claim.number]


def double_click(qtbot, widget) -> None:
    """What a mouse sends for a double click: press, release, double-click (a second press),
    release."""
    qtbot.mouseClick(widget, Qt.LeftButton)
    qtbot.mouseDClick(widget, Qt.LeftButton)
    qtbot.mouseRelease(widget, Qt.LeftButton)


def test_a_double_click_on_approve_approves_one_claim_and_keeps_it_in_view(qtbot, office):
    first = submitted(office["wa"], "王芳")
    second = submitted(office["wa"], "李娜")
    page = open_queue(qtbot, office["sup"])
    assert page.view.claim.number == first.number
    messages.answers.extend([True, True])       # whatever a second click might ask is Yes
    double_click(qtbot, page.view.approve_button)
    assert claim_states.get_claim(first.number).state == claim_states.APPROVED
    assert claim_states.get_claim(second.number).state == claim_states.SUBMITTED
    assert page.view.claim.number == first.number          # the selection did not jump
    assert page.view.badge.text() == "Approved" and not page.view.approve_button.isVisible()
    assert queue_numbers(page) == [second.number] and not page.table.selectedIndexes()
    qtbot.mouseClick(page.view.approve_button, Qt.LeftButton)   # once more, on purpose
    assert claim_states.get_claim(second.number).state == claim_states.SUBMITTED
    cell = page.table.visualRect(page.model.index(0, 0)).center()
    qtbot.mouseClick(page.table.viewport(), Qt.LeftButton, pos=cell)   # the next, chosen
    assert page.view.claim.number == second.number
    messages.answers.append(True)
    qtbot.mouseClick(page.view.approve_button, Qt.LeftButton)
    assert claim_states.get_claim(second.number).state == claim_states.APPROVED
