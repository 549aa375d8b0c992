"""The lists of the defective store and the return receipt: Chinese part names, and the
received tags that still wait for their inspection."""

from partsdesk.services import claim_states, return_inspection, return_shipments, returns
from partsdesk.services.claims import PartLineData
from tests.factories import FILTER, PADS, PUMP, loop_vin, make_issued_claim

BACKENDS = ("sqlite", "postgres")


def _ship(desk, *claims):
    shipment = return_shipments.create_shipment(desk["clerk"])
    for claim in claims:
        for tag in returns.tags_of(claim):
            return_shipments.pack(desk["clerk"], shipment.number, tag.number)
    return_shipments.ship(desk["clerk"], shipment.number, "SF Express", f"SF{shipment.id}")
    return shipment


def test_the_tag_list_carries_the_chinese_part_name_for_a_chinese_window(desk):
    claim = make_issued_claim(desk, PartLineData(FILTER), PartLineData(PUMP),
                              PartLineData(PADS))
    rows = returns.search_tags(claim.number)
    assert [(r.part_no, r.part_name, r.part_name_zh) for r in rows] == [
        (PUMP, "Water pump", "水泵"), (FILTER, "Oil filter", "机油滤清器")]
    assert [r.part_name_zh for r in returns.overdue(today=claim.repair_date.replace(
        year=claim.repair_date.year + 1))] == ["机油滤清器", "水泵"]


def test_received_tags_wait_for_their_inspection_until_it_is_recorded(desk):
    first = make_issued_claim(desk, PartLineData(FILTER), PartLineData(PUMP),
                              vin=loop_vin(1))
    second = make_issued_claim(desk, PartLineData(PUMP), vin=loop_vin(2))
    one, two = _ship(desk, first), _ship(desk, second)
    assert return_shipments.waiting_for_inspection() == []       # shipped, not received yet
    f_tag, p_tag = returns.tags_of(first)
    other = returns.tags_of(second)[0]
    for tag in (other, p_tag, f_tag):
        return_inspection.receive(desk["ri"], tag.number)
    waiting = return_shipments.waiting_for_inspection()
    assert [line.tag for line in waiting] == [f_tag.number, p_tag.number, other.number]
    line = waiting[0]
    assert (line.claim, line.part_no, line.part_name, line.part_name_zh, line.state,
            line.outcome) == (first.number, FILTER, "Oil filter", "机油滤清器",
                              claim_states.RECEIVED, "")
    assert waiting[0] == return_shipments.shipment_lines(one.number)[0]     # the same lines
    assert [line.tag for line in return_shipments.waiting_for_inspection(two.number.lower())] == [
        other.number]
    return_inspection.inspect(desk["ri"], p_tag.number, claim_states.CONFIRMED)
    assert [line.tag for line in return_shipments.waiting_for_inspection(one.number)] == [
        f_tag.number]


def test_the_inspection_list_pages_by_tag_number(desk):
    claims = [make_issued_claim(desk, PartLineData(FILTER), vin=loop_vin(n)) for n in range(5)]
    _ship(desk, *claims)
    numbers = [returns.tags_of(claim)[0].number for claim in claims]
    for number in reversed(numbers):
        return_inspection.receive(desk["ri"], number)
    first = return_shipments.waiting_for_inspection(limit=2)
    rest = return_shipments.waiting_for_inspection(after=first[-1].tag, limit=10)
    assert [line.tag for line in first + rest] == sorted(numbers)
    assert return_shipments.waiting_for_inspection(after=rest[-1].tag) == []
