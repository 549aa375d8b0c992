"""Claim entry, amounts, warnings and the approval states (claims without stock)."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partsdesk.db.models.claims import ClaimComment
from partsdesk.services import approvals, audit, claim_states, claim_warnings, claims, gate
from partsdesk.services.claims import LabourLineData, PartLineData
from partsdesk.services.errors import (ClaimStateError, NotFound, PermissionDenied,
                                       ValidationError)
from tests.factories import VIN, claim_data, make_claim, make_codes, make_part, make_user

BAD_VIN = VIN[:8] + "1" + VIN[9:]
BACKENDS = ("sqlite", "postgres")


@pytest.fixture
def office(admin):
    """The warranty office: code tables, an administrator, a supervisor, a manager, a clerk."""
    make_codes(admin)
    clerk = make_user(admin, "pc", "parts_clerk")
    make_part(clerk, "15208-65F0E", name="Oil filter", unit_price="38.50", must_return=True)
    return {"wa": make_user(admin, "wa", "warranty_admin"),
            "wa2": make_user(admin, "wa2", "warranty_admin"),
            "sup": make_user(admin, "sup", "supervisor"),
            "mgr": make_user(admin, "mgr", "manager"), "clerk": clerk, "admin": admin}


def submitted(office, **fields):
    claim = make_claim(office["wa"], **fields)
    return approvals.submit(office["wa"], claim.number)


# --- entry and amounts ---------------------------------------------------------------------

def test_a_new_claim_is_a_numbered_draft_with_its_amounts(office):
    claim = make_claim(office["wa"], other_amount="15.00", labour=[
        LabourLineData("01-010"), LabourLineData("01-010", "0.25")])
    assert claim.number == f"WC-{date.today().year}-000001"
    assert claim.state == claim_states.DRAFT
    assert claim.labour_rate == Decimal("120.00")
    assert claim.labour_amount == Decimal("90.00")        # 0.75 h x 120
    assert claim.total_amount == Decimal("105.00")
    assert claim.vehicle.model.code == "SED20"


def test_part_lines_take_the_catalogue_price_and_return_rule(office):
    claim = make_claim(office["wa"], parts=[PartLineData("15208-65f0e", "2",
                                                         replacement_reason="Leaking",
                                                         failed_batch="B2409")])
    line = claim.part_lines.get()
    assert (line.unit_price, line.amount, line.must_return) == (Decimal("38.50"),
                                                                Decimal("77.00"), True)
    assert claim.parts_amount == Decimal("77.00")
    assert claim.total_amount == Decimal("137.00")


def test_not_returning_a_must_return_part_needs_a_reason(office):
    with pytest.raises(ValidationError, match="must be returned. Give a reason to keep it here"):
        make_claim(office["wa"], parts=[PartLineData("15208-65F0E", must_return=False)])
    claim = make_claim(office["wa"], parts=[PartLineData("15208-65F0E", must_return=False,
                                                         must_return_reason="Scrapped by OEM")])
    assert claim.part_lines.get().must_return_reason == "Scrapped by OEM"


def test_hours_above_standard_need_a_reason(office):
    with pytest.raises(ValidationError, match="1.5 h is above the standard 0.5 h"):
        make_claim(office["wa"], labour=[LabourLineData("01-010", "1.5")])
    claim = make_claim(office["wa"], labour=[LabourLineData("01-010", "1.5", "Seized bolt")])
    assert claim.labour_amount == Decimal("180.00")


def test_the_labour_rate_is_a_shared_setting_kept_on_each_claim(office):
    old = make_claim(office["wa"])
    claims.configure(office["admin"], labour_rate="150")
    new = make_claim(office["wa"])
    assert (old.labour_amount, new.labour_amount) == (Decimal("60.00"), Decimal("75.00"))
    with pytest.raises(PermissionDenied):
        claims.configure(office["wa"], labour_rate="1")


def test_unknown_codes_and_parts_are_refused(office):
    with pytest.raises(ValidationError, match="F999 is not in the code table"):
        make_claim(office["wa"], fault_code="F999")
    with pytest.raises(NotFound, match="NOPE is not in the catalogue"):
        make_claim(office["wa"], parts=[PartLineData("nope")])
    with pytest.raises(ValidationError, match="Mileage"):
        make_claim(office["wa"], mileage="12 km")
    with pytest.raises(ValidationError, match="has 16 characters"):
        make_claim(office["wa"], vin=VIN[:16])


def test_a_parts_clerk_cannot_enter_claims(office):
    with pytest.raises(PermissionDenied, match="enter or change warranty claims"):
        make_claim(office["clerk"])


def test_a_draft_can_be_changed_and_the_change_is_in_its_history(office):
    claim = make_claim(office["wa"])
    claims.update_claim(office["wa"], claim.number, claim_data(mileage=15_000))
    events = [e.action for e in audit.history("claim", claim.number)]
    assert events == ["claim.create", "claim.update"]
    assert claim_states.get_claim(claim.number).mileage == 15_000


amounts = st.decimals(min_value=0, max_value=100_000, places=2, allow_nan=False)
quantities = st.decimals(min_value=Decimal("0.001"), max_value=1000, places=3, allow_nan=False)


@given(st.lists(st.tuples(quantities, amounts), max_size=8),
       st.lists(st.tuples(quantities, amounts), max_size=8), amounts)
def test_the_total_is_the_sum_of_lines_rounded_to_the_cent(labour, parts, other):
    result = claims.compute_amounts(labour, parts, other)
    assert result.total == result.parts + result.labour + result.other
    assert result.parts == sum((claims.line_amount(q, p) for q, p in parts), Decimal(0))
    for value in (result.parts, result.labour, result.total):
        assert value == value.quantize(Decimal("0.01"))
        assert isinstance(value, Decimal)
    exact = sum((q * p for q, p in labour + parts), Decimal(0)) + other
    assert abs(result.total - exact) <= Decimal("0.005") * (len(labour) + len(parts))


@given(amounts)
def test_the_approval_level_follows_the_limits(total):
    limits = (Decimal("2000"), Decimal("10000"))
    expected = 1 if total <= 2000 else 2 if total <= 10000 else 3
    assert approvals.tier_for(total, limits) == expected


# --- warnings before submitting ------------------------------------------------------------

def test_out_of_warranty_by_date_and_mileage_is_a_warning(office):
    claim = make_claim(office["wa"], mileage=120_000,
                       warranty_start=date.today() - timedelta(days=4 * 365))
    found = claim_warnings.warnings(claim)
    assert any("out of warranty by date" in w for w in found)
    assert any("out of warranty by mileage: 120000 km" in w for w in found)
    assert approvals.submit(office["wa"], claim.number).state == claim_states.SUBMITTED


def test_an_operation_not_valid_for_the_model_is_a_warning(office):
    claim = make_claim(office["wa"], labour=[LabourLineData("02-120")])
    assert claim_warnings.warnings(claim) == [
        "Labour operation 02-120 is not valid for model SED20."]


def test_the_same_vin_and_fault_within_the_window_is_a_warning(office):
    first = make_claim(office["wa"], repair_date=date.today() - timedelta(days=10))
    second = make_claim(office["wa"])
    assert claim_warnings.warnings(second) == [
        f"Vehicle {VIN} had claim {first.number} for the same fault F101 on "
        f"{date.today() - timedelta(days=10)}."]
    claims.configure(office["admin"], repeat_days=5)
    assert claim_warnings.warnings(second) == []


# --- submit --------------------------------------------------------------------------------

def test_a_claim_with_an_invalid_vin_cannot_be_submitted_without_an_override(office):
    claim = make_claim(office["wa"], vin=BAD_VIN)
    with pytest.raises(ValidationError) as err:
        approvals.submit(office["wa"], claim.number)
    assert claim.number in str(err.value) and "check digit (position 9) is 1 but should be X" \
        in str(err.value) and "override reason" in str(err.value)
    claims.update_claim(office["wa"], claim.number,
                        claim_data(BAD_VIN, vin_override_reason="Market without check digit"))
    assert approvals.submit(office["wa"], claim.number).state == claim_states.SUBMITTED


def test_a_claim_without_fault_code_mileage_or_lines_cannot_be_submitted(office):
    claim = make_claim(office["wa"], fault_code="", mileage=0, labour=[])
    with pytest.raises(ValidationError) as err:
        approvals.submit(office["wa"], claim.number)
    text = str(err.value)
    assert "fault code" in text and "mileage" in text and "at least one labour" in text


def bare_lines(*parts) -> claims.ClaimData:
    """Claim data whose part lines are exactly as given (no reason or batch filled in)."""
    data = claim_data()
    data.parts = list(parts)
    return data


def test_submitting_refuses_a_part_line_without_its_replacement_reason(office):
    make_part(office["clerk"], "26060-9UX7X", name="Headlamp", unit_price="1250.00")
    claim = claims.create_claim(office["wa"], bare_lines(PartLineData("26060-9UX7X")))
    with pytest.raises(ValidationError) as err:       # a draft may lack it; submitting may not
        approvals.submit(office["wa"], claim.number)
    assert str(err.value) == (
        f"Claim {claim.number} cannot be submitted yet: Part 26060-9UX7X: enter the replacement "
        "reason (what failed and why the part was replaced).")
    assert claim_states.get_claim(claim.number).state == claim_states.DRAFT
    claims.update_claim(office["wa"], claim.number, bare_lines(
        PartLineData("26060-9UX7X", replacement_reason="Water inside")))
    assert approvals.submit(office["wa"], claim.number).state == claim_states.SUBMITTED


def test_submitting_refuses_a_part_to_be_returned_without_the_failed_parts_batch(office):
    claim = claims.create_claim(office["wa"], bare_lines(
        PartLineData("15208-65F0E", replacement_reason="Leaking")))
    assert [p.field for p in claims.submission_problems(claim)] == ["parts"]
    with pytest.raises(ValidationError, match="Part 15208-65F0E must be returned: enter the "
                                              "production batch of the failed part."):
        approvals.submit(office["wa"], claim.number)
    kept = claims.create_claim(office["wa"], bare_lines(PartLineData(
        "15208-65F0E", replacement_reason="Leaking", must_return=False,
        must_return_reason="Scrapped by the OEM")))
    assert approvals.submit(office["wa"], kept.number).state == claim_states.SUBMITTED  # kept


def test_every_problem_of_a_typed_claim_is_named_at_its_field_in_plain_words(office):
    data = claims.ClaimData(vin="", repair_date=date.today() + timedelta(days=5), mileage="",
                            fault_code="F999", parts=[PartLineData("15208-65F0E")])
    saving = claims.entry_problems(data)
    assert [(p.field, p.text) for p in saving] == [
        ("vin", "Enter the VIN (17 characters)."),
        ("repair_date", f"The repair date {data.repair_date} is in the future."),
        ("mileage", "Enter the mileage in kilometres."),
        ("fault_code", "Code F999 is not in the code table (or no longer active). Choose a "
                       "code from the list.")]
    submitting = claims.entry_problems(data, submitting=True)
    assert [p.field for p in submitting] == ["vin", "model", "repair_date", "mileage",
                                             "fault_code", "parts", "parts"]
    assert submitting[1].text == "Choose the vehicle's model."
    assert submitting[-2:] == [p for p in submitting if p.field == "parts"]
    assert "Part 15208-65F0E: enter the replacement reason" in submitting[-2].text
    data = claims.ClaimData(vin=VIN[:16], repair_date=date.today(), mileage="12 km")
    assert [p.text for p in claims.entry_problems(data)] == [
        f"The VIN {VIN[:16]} has 16 characters; enter all 17.",
        'Mileage "12 km" is not a whole number of kilometres.']


def test_a_complete_claim_has_no_problems_and_one_missing_only_for_submitting_saves(office):
    assert claims.entry_problems(claim_data(), submitting=True) == []
    data = claim_data(fault_code="", labour=[])
    assert claims.entry_problems(data) == []                # a draft may be incomplete
    assert [p.text for p in claims.entry_problems(data, submitting=True)] == [
        "Choose a fault code.", "Add at least one labour or part line."]
    claim = claims.create_claim(office["wa"], data)
    assert claims.problems(claim) == ["Choose a fault code.",
                                      "Add at least one labour or part line."]


def test_why_an_approver_may_not_decide_is_the_services_own_refusal(office):
    claim = submitted(office)
    assert approvals.why_not_decide(office["wa"], claim) == (
        f"Claim {claim.number} was entered or submitted by you; nobody approves their own "
        "claim. Another Warranty administrator or higher must decide.")
    assert "approve warranty claims" in approvals.why_not_decide(office["clerk"], claim)
    assert approvals.why_not_decide(office["wa2"], claim) is None
    assert approvals.can_decide(office["wa2"], claim)
    large = submitted(office, other_amount="5000")
    assert "waiting for approval by a Supervisor" in approvals.why_not_decide(office["wa2"], large)
    approvals.approve(office["sup"], large.number)
    assert approvals.why_not_decide(office["mgr"], claim_states.get_claim(large.number)) == (
        f"Claim {large.number} is Approved, not waiting for approval.")


def test_submitting_sets_the_approval_level_by_the_total(office):
    small = submitted(office)
    assert small.tier == 1
    medium = submitted(office, other_amount="5000")
    large = submitted(office, other_amount="10000.01")
    assert (medium.tier, large.tier) == (2, 3)


def test_a_submitted_claim_cannot_be_submitted_again_or_changed(office):
    claim = submitted(office)
    with pytest.raises(ClaimStateError, match=f"Claim {claim.number} is already Submitted"):
        approvals.submit(office["wa"], claim.number)
    with pytest.raises(ClaimStateError, match="return it for information first"):
        claims.update_claim(office["wa"], claim.number, claim_data())


# --- approval ------------------------------------------------------------------------------

def test_nobody_approves_their_own_claim(office):
    claim = submitted(office)
    with pytest.raises(ClaimStateError) as err:
        approvals.approve(office["wa"], claim.number)
    assert claim.number in str(err.value) and "nobody approves their own claim" in str(err.value)
    assert claim_states.get_claim(claim.number).state == claim_states.SUBMITTED


def test_approving_above_your_level_is_refused_with_who_may(office):
    claim = submitted(office, other_amount="5000")
    with pytest.raises(ClaimStateError) as err:
        approvals.approve(office["wa2"], claim.number)
    assert str(err.value) == (
        f"Claim {claim.number} (5060.00) is waiting for approval by a Supervisor; you are a "
        "Warranty administrator. Leave it to a Supervisor or higher.")
    assert approvals.approve(office["sup"], claim.number).state == claim_states.APPROVED


def test_a_higher_level_may_approve_a_small_claim(office):
    claim = submitted(office)
    approved = approvals.approve(office["mgr"], claim.number)
    assert (approved.state, approved.approved_by.username) == (claim_states.APPROVED, "mgr")


def test_a_parts_clerk_may_not_approve(office):
    claim = submitted(office)
    with pytest.raises(PermissionDenied, match="approve warranty claims"):
        approvals.approve(office["clerk"], claim.number)


def test_each_approver_sees_the_claims_of_their_level_but_not_their_own(office):
    small, medium, large = (submitted(office), submitted(office, other_amount="5000"),
                            submitted(office, other_amount="20000"))
    numbers = lambda user: [c.number for c in approvals.approval_queue(user)]  # noqa: E731
    assert numbers(office["wa2"]) == [small.number]
    assert numbers(office["sup"]) == [small.number, medium.number]
    assert numbers(office["mgr"]) == [small.number, medium.number, large.number]
    assert numbers(office["wa"]) == []            # all three are wa's own
    assert numbers(office["clerk"]) == []


def test_the_approval_limits_are_settings(office):
    claims.configure(office["admin"], approval_limits=("50", "100"))
    assert submitted(office).tier == 2            # 60.00: above 50, up to 100
    assert submitted(office, other_amount="40.01").tier == 3
    with pytest.raises(ValidationError, match="must be above"):
        claims.configure(office["admin"], approval_limits=("100", "50"))


def test_rejecting_needs_a_reason_and_ends_the_claim(office):
    claim = submitted(office)
    with pytest.raises(ValidationError, match=f"reason for rejecting claim {claim.number}"):
        approvals.reject(office["sup"], claim.number, " ")
    approvals.reject(office["sup"], claim.number, "Wear part, not a defect")
    claim = claim_states.get_claim(claim.number)
    assert (claim.state, claim.closing_reason) == (claim_states.REJECTED, "Wear part, not a defect")
    with pytest.raises(ClaimStateError, match="is Rejected, not waiting for approval"):
        approvals.approve(office["sup"], claim.number)
    with pytest.raises(ClaimStateError, match="can no longer be cancelled"):
        claims.cancel(office["wa"], claim.number, "x")


def test_a_claim_returned_for_information_goes_back_to_draft_with_the_question(office):
    claim = submitted(office)
    with pytest.raises(ValidationError, match="what information"):
        approvals.return_for_information(office["sup"], claim.number, "")
    approvals.return_for_information(office["sup"], claim.number, "Photo of the leak, please")
    claim = claim_states.get_claim(claim.number)
    assert (claim.state, claim.tier) == (claim_states.DRAFT, None)
    assert ClaimComment.get(ClaimComment.claim == claim.id).text == "Photo of the leak, please"
    claims.update_claim(office["wa"], claim.number, claim_data(description="Photo attached"))
    assert approvals.submit(office["wa"], claim.number).state == claim_states.SUBMITTED


def test_a_claim_without_parts_is_repaired_right_after_approval(office):
    claim = submitted(office)
    approvals.approve(office["sup"], claim.number)
    assert claims.mark_repaired(office["wa"], claim.number).state == claim_states.REPAIRED


def test_cancelling_needs_a_reason_and_is_in_the_history(office):
    claim = make_claim(office["wa"])
    with pytest.raises(ValidationError, match="reason for cancelling"):
        claims.cancel(office["wa"], claim.number, "")
    claims.cancel(office["wa"], claim.number, "Customer withdrew")
    assert claim_states.get_claim(claim.number).state == claim_states.CANCELLED
    assert audit.history("claim", claim.number)[-1].action == "claim.cancel"
    with pytest.raises(ClaimStateError,
                       match="is already Cancelled; only a draft can be submitted"):
        approvals.submit(office["wa"], claim.number)


def test_move_to_refuses_a_move_the_table_does_not_list(office):
    claim = make_claim(office["wa"])
    with pytest.raises(ClaimStateError, match=f"Claim {claim.number} is Draft; it cannot become "
                                              "Paid"):
        gate.move_to(office["wa"], claim, claim_states.PAID, "x", "x")


def test_every_state_has_a_name_and_a_place_in_the_table():
    assert set(claim_states.STATES) == set(claim_states.TRANSITIONS)
    for targets in claim_states.TRANSITIONS.values():
        assert targets <= set(claim_states.STATES)
    assert claim_states.CANCELLED in claim_states.TRANSITIONS[claim_states.SUBMITTED]
    assert claim_states.CANCELLED not in claim_states.TRANSITIONS[claim_states.PAID]
