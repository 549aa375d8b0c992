"""The home page's figures per role, on small worlds built through the services; every figure is
checked against one counted by hand."""

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from partsdesk.documents import voucher
from partsdesk.services import (approvals, batches, claim_states, counting, home, quality,
                                receiving, return_inspection, return_shipments, returns, users)
from partsdesk.services.claims import PartLineData
from partsdesk.services.errors import PermissionDenied
from partsdesk.services.permissions import ROLES
from tests.factories import (FILTER, PADS, PUMP, loop_vin, make_claim, make_issued_claim,
                             make_location, make_part, make_receipt, make_stock, make_user,
                             ship_and_receive, sign)

BACKENDS = ("sqlite", "postgres")
D = Decimal
TODAY = date.today()


def shown(user, today: date = TODAY) -> dict[str, home.Figure]:
    return {figure.key: figure for figure in home.figures(user, today)}


def keys(figure: home.Figure) -> list[str]:
    return [item.key for item in figure.items]


def facts(serial: int, days_ago: int, on: date | None = None, **fields) -> dict:
    repaired = on or TODAY - timedelta(days=days_ago)
    return dict(vin=loop_vin(serial), repair_date=repaired,
                warranty_start=repaired - timedelta(days=200),
                production_date=repaired - timedelta(days=260), **fields)


# --- who sees what -------------------------------------------------------------------------

def test_each_role_has_its_own_figures_and_the_administrator_none(desk, admin):
    people = {role: make_user(admin, f"home-{role}"[:40], role) for role in ROLES}
    assert {role: home.figure_keys(user) for role, user in people.items()} == {
        "parts_clerk": ["receipts_open", "put_away", "low_stock", "tags_overdue",
                        "counts_open"],
        "warranty_admin": ["claims_by_state", "waiting_signature", "waiting_parts",
                           "waiting_information"],
        "supervisor": ["approval_queue", "top_faults", "top_models", "cost_by_month"],
        "manager": ["approval_queue", "top_faults", "top_models", "cost_by_month"],
        "settlement_clerk": ["settleable", "batches_unpaid", "open_differences"],
        "return_inspector": ["tags_on_the_way", "inspections_overdue"],
        "admin": []}
    users.update_user(admin, people["parts_clerk"].username, active=False)
    assert home.figure_keys(users.get(people["parts_clerk"].username)) == []


def test_a_figure_is_shown_only_to_a_role_that_may_read_it(desk, monkeypatch):
    from partsdesk.services import permissions
    monkeypatch.setitem(permissions.ACTIONS, "quality.read", frozenset({"manager"}))
    assert home.figure_keys(desk["sup"]) == ["approval_queue"]
    assert list(shown(desk["sup"])) == ["approval_queue"]
    with pytest.raises(PermissionDenied, match="read the quality analysis"):
        home.figure(desk["sup"], "top_faults")


# --- the parts clerk -----------------------------------------------------------------------

def test_the_parts_clerk_sees_receipts_put_away_low_stock_overdue_tags_and_counts(desk):
    clerk = desk["clerk"]
    first = make_receipt(clerk, {PADS: 2})
    second = make_receipt(clerk, {FILTER: 3, PUMP: 1})
    third = make_receipt(clerk, {PADS: 1}, source="Second supplier")
    receiving.scan(clerk, second.number, FILTER, 3)
    receiving.scan(clerk, second.number, PUMP, 1)
    receiving.close(clerk, second.number)               # two parts now wait in RECV
    make_part(clerk, "90915-YZZE1", name="Oil filter element", min_stock="10")
    make_part(clerk, "90919-01253", name="Spark plug", min_stock="4")
    make_stock(clerk, "90915-YZZE1", "A-01-01", 4)      # 4 of 10: low
    make_stock(clerk, "90919-01253", "A-01-01", 4)      # 4 of 4: enough
    old = make_issued_claim(desk, PartLineData(FILTER), **facts(1, 40))     # tag kept 40 days
    make_issued_claim(desk, PartLineData(FILTER), **facts(2, 3))
    make_location(clerk, "A-02-01")
    counting.create_count(clerk, ["A-01-01"], note="Aisle A")
    dropped = counting.create_count(clerk, ["A-02-01"])
    counting.cancel(clerk, dropped.number, "Started by mistake")

    got = shown(clerk)
    assert list(got) == ["receipts_open", "put_away", "low_stock", "tags_overdue",
                         "counts_open"]
    assert (got["receipts_open"].value, keys(got["receipts_open"])) == (
        2, [first.number, third.number])                # oldest first
    assert got["receipts_open"].items[1].label == "Second supplier"
    assert got["receipts_open"].target == home.Target("receiving", {"status": "open"})
    assert got["receipts_open"].items[0].target == home.Target(
        "receiving", {"receipt": first.number})
    assert got["put_away"].value == 2 and got["put_away"].target.page == "putaway"
    assert (got["low_stock"].value, keys(got["low_stock"])) == (1, ["90915-YZZE1"])
    assert got["low_stock"].items[0].value == D("4")
    tag = returns.tags_of(old)[0]
    assert (got["tags_overdue"].value, keys(got["tags_overdue"])) == (1, [tag.number])
    assert got["tags_overdue"].urgent and got["tags_overdue"].items[0].since == \
        TODAY - timedelta(days=40)
    assert got["counts_open"].value == 1 and got["counts_open"].items[0].label == "Aisle A"


def test_nothing_waiting_counts_zero(desk):
    got = shown(desk["clerk"])
    assert [(f.value, f.items) for f in got.values()] == [(0, ())] * 5


# --- the warranty administrator ------------------------------------------------------------

def test_the_warranty_administrator_sees_claims_by_state_and_what_each_waits_for(desk):
    wa, sup = desk["wa"], desk["sup"]
    make_claim(wa, **facts(1, 2))                                   # draft
    submitted = make_claim(wa, **facts(2, 3))
    approvals.submit(wa, submitted.number)
    asked = make_claim(wa, **facts(3, 9))
    approvals.submit(wa, asked.number)
    approvals.return_for_information(sup, asked.number, "Photo of the leak, please")
    answered = make_claim(wa, **facts(4, 8))
    approvals.submit(wa, answered.number)
    approvals.return_for_information(sup, answered.number, "Mileage?")
    approvals.submit(wa, answered.number)                              # answered: submitted again
    printed = make_issued_claim(desk, PartLineData(PADS), **facts(5, 20))
    voucher.print_voucher(wa, printed.number)                       # repaired, nothing to return
    issued = make_issued_claim(desk, PartLineData(FILTER), **facts(6, 5))   # tag not back
    signed = make_issued_claim(desk, PartLineData(FILTER), **facts(7, 12))
    sign(desk, signed)                                              # signed, tag not back
    both = make_issued_claim(desk, PartLineData(PUMP), **facts(8, 30))
    voucher.print_voucher(wa, both.number)                          # waits for both

    got = shown(wa)
    by_state = got["claims_by_state"]
    assert by_state.value == 8
    assert [(i.key, i.value) for i in by_state.items] == [
        ("Draft", 2), ("Submitted", 2), ("Parts issued", 1), ("Repaired", 2), ("Signed", 1)]
    assert by_state.items[0].target.filter["filters"].states == ("draft",)
    assert (got["waiting_signature"].value, keys(got["waiting_signature"])) == (
        2, [both.number, printed.number])               # repaired 30 and 20 days ago
    assert got["waiting_signature"].items[0].since == TODAY - timedelta(days=30)
    assert got["waiting_signature"].items[0].target == home.Target(
        "claims", {"claim": both.number})
    assert (got["waiting_parts"].value, keys(got["waiting_parts"])) == (
        3, [both.number, signed.number, issued.number])
    assert (got["waiting_information"].value, keys(got["waiting_information"])) == (
        1, [asked.number])
    assert got["waiting_information"].items[0].label == "Zhang Wei"
    target = got["waiting_parts"].target
    assert target.page == "claims" and target.filter["label"] == "Waiting for returned parts"
    assert target.filter["filters"].parts_not_back

    ship_and_receive(desk, signed)                      # back and inspected: settleable now
    assert keys(shown(wa)["waiting_parts"]) == [both.number, issued.number]


# --- the supervisor and the manager ----------------------------------------------------------

def approved(desk, serial: int, days_ago: int, **fields):
    claim = make_claim(desk["wa"], **facts(serial, days_ago, **fields))
    approvals.submit(desk["wa"], claim.number)
    approvals.approve(desk["sup"], claim.number)
    return claim_states.get_claim(claim.number)


def test_the_supervisor_sees_the_queue_top_faults_and_models_and_the_cost_by_month(desk):
    one = approved(desk, 1, 10, other_amount="15.00", other_description="Sealant")  # 75.00
    two = approved(desk, 2, 20)                                                     # 60.00
    three = approved(desk, 3, 5, fault_code="F202", model_code="SUV30")             # 60.00
    long_ago = approved(desk, 4, 120, fault_code="F202")        # before the 90 days
    a_year_ago = approved(desk, 5, 0, on=date(TODAY.year - 1, TODAY.month, 1),
                          other_amount="40.00", other_description="Towing")         # 100.00
    rejected = make_claim(desk["wa"], **facts(6, 4))
    approvals.submit(desk["wa"], rejected.number)
    approvals.reject(desk["sup"], rejected.number, "Not covered")
    waiting = [make_claim(desk["wa"], **facts(7 + n, 2)) for n in range(2)]
    for claim in waiting:
        approvals.submit(desk["wa"], claim.number)

    got = shown(desk["sup"])
    queue = got["approval_queue"]
    assert (queue.value, keys(queue)) == (2, [w.number for w in waiting])
    assert queue.items[0].value == D("60.00") and queue.items[0].money
    assert queue.items[0].target == home.Target("approvals", {"claim": waiting[0].number})
    faults = got["top_faults"]
    assert faults.value == 3                    # one, two, three (not the rejected one)
    assert [(i.key, i.value) for i in faults.items] == [("F101", 2), ("F202", 1)]
    assert faults.items[0].label == "Oil leak"
    recent = faults.target.filter["filters"]
    assert (recent.date_from, recent.date_to) == (TODAY - timedelta(days=90), TODAY)
    assert faults.target == home.Target("quality", {"by": "fault", "filters": recent})
    assert faults.items[1].target == home.Target(     # a fault opens its models
        "quality", {"by": "model", "filters": replace(recent, fault="F202")})
    models = got["top_models"]
    assert [(i.key, i.label, i.value) for i in models.items] == [("SED20", "Sedan 2.0", 2),
                                                                ("SUV30", "SUV 3.0", 1)]
    assert models.items[0].target.filter == {"by": "fault",
                                             "filters": replace(recent, model="SED20")}

    cost = got["cost_by_month"]
    this_year = [D("0.00")] * TODAY.month
    for claim in (one, two, three, long_ago):
        if claim.repair_date.year == TODAY.year:
            this_year[claim.repair_date.month - 1] += claim.total_amount
    last_year = [D("0.00")] * 12
    last_year[TODAY.month - 1] = D("100.00")
    for claim in (one, two, three, long_ago):
        if claim.repair_date.year == TODAY.year - 1:
            last_year[claim.repair_date.month - 1] += claim.total_amount
    assert [s.label for s in cost.series] == [str(TODAY.year), str(TODAY.year - 1)]
    assert list(cost.series[0].values) == this_year and list(cost.series[1].values) == last_year
    assert cost.value == sum(this_year) and cost.money
    assert cost.months == tuple(f"{m:02d}" for m in range(1, 13))
    assert cost.detail == f"{TODAY.year - 1} to the same month: " \
                          f"{sum(last_year[:TODAY.month]):,.2f}"
    assert a_year_ago.total_amount == D("100.00")
    assert quality.whole_total(recent) == D("195.00")          # the figures' own engine


# --- the settlement clerk --------------------------------------------------------------------

def test_the_settlement_clerk_sees_what_is_settleable_unpaid_and_still_different(desk):
    first = make_issued_claim(desk, PartLineData(PADS), **facts(1, 30))
    second = make_issued_claim(desk, PartLineData(PADS), **facts(2, 20))
    charged = make_issued_claim(desk, PartLineData(FILTER), **facts(3, 10))
    for claim in (first, second, charged):
        sign(desk, claim)
    ship_and_receive(desk, charged, {FILTER: (claim_states.NO_FAULT, "Works at 3 bar")})
    submitted = make_issued_claim(desk, PartLineData(PADS), **facts(4, 40))
    sign(desk, submitted)
    batch = batches.create_batch(desk["sc"], claim_numbers=[submitted.number])
    batches.submit_batch(desk["sc"], batch.number)
    short = make_issued_claim(desk, PartLineData(PADS), **facts(5, 50))
    sign(desk, short)
    paid = batches.create_batch(desk["sc"], claim_numbers=[short.number])
    batches.submit_batch(desk["sc"], paid.number)
    batches.record_payment(desk["sc"], paid.number, paid.expected_total - 25, TODAY, "TT-1",
                           {short.number: ("25", "Labour capped")})      # paid, not closed
    charge_back = batches.differences_of(charged)
    assert charge_back > 0

    got = shown(desk["sc"])
    claimed = sum((c.total_amount for c in (first, second, charged)), D(0))
    assert got["settleable"].value == claimed - charge_back        # what a batch would ask
    assert got["settleable"].detail == "3 claims"
    assert keys(got["settleable"]) == [first.number, second.number, charged.number]
    assert got["settleable"].target == home.Target("settlement", {"view": "settleable"})
    unpaid = got["batches_unpaid"]
    assert (unpaid.value, keys(unpaid)) == (1, [batch.number])
    expected = batches.get_batch(batch.number).expected_total
    assert unpaid.detail == f"{expected:,.2f} to be paid"
    assert unpaid.items[0].label == "Submitted" and unpaid.items[0].value == expected
    assert unpaid.items[0].target == home.Target("settlement", {"batch": batch.number})
    differences = got["open_differences"]
    assert differences.value == 2
    assert differences.detail == f"{charge_back + D('25'):,.2f} in all"
    assert keys(differences) == [charged.number, short.number]      # oldest first
    assert differences.items[1].value == D("25.00")

    batches.close_batch(desk["sc"], paid.number)
    assert shown(desk["sc"])["open_differences"].value == 1


# --- the return inspector --------------------------------------------------------------------

def test_the_return_inspector_sees_tags_on_their_way_and_inspections_overdue(desk):
    claim = make_issued_claim(desk, PartLineData(FILTER), PartLineData(PUMP), **facts(1, 5))
    shipment = return_shipments.create_shipment(desk["clerk"])
    for tag in returns.tags_of(claim):
        returns.store(desk["clerk"], tag.number)
        return_shipments.pack(desk["clerk"], shipment.number, tag.number)
    return_shipments.ship(desk["clerk"], shipment.number, "SF Express", "SF200")
    got = shown(desk["ri"])
    assert got["tags_on_the_way"].value == 2
    assert [(i.key, i.label, i.value) for i in got["tags_on_the_way"].items] == [
        (shipment.number, "SF Express", 2)]
    assert got["inspections_overdue"].value == 0

    first = returns.tags_of(claim)[0]
    return_inspection.receive(desk["ri"], first.number)
    assert shown(desk["ri"])["tags_on_the_way"].value == 1
    assert shown(desk["ri"])["inspections_overdue"].value == 0      # received today
    tomorrow = shown(desk["ri"], TODAY + timedelta(days=1))["inspections_overdue"]
    assert (tomorrow.value, keys(tomorrow), tomorrow.urgent) == (1, [first.number], True)
    assert tomorrow.items[0].label == FILTER and tomorrow.items[0].since == TODAY
    return_inspection.inspect(desk["ri"], first.number, claim_states.CONFIRMED)
    assert shown(desk["ri"], TODAY + timedelta(days=1))["inspections_overdue"].value == 0
