"""The claim desk of the demo: code tables and claims in every state of the desk."""

from partsdesk.db.models.claims import Claim, ClaimPartLine, PartsRequest
from partsdesk.services import claim_search, claims, demo_claims
from partsdesk.services.claim_search import Filters
from tests.factories import make_location, make_part, make_user


def test_the_small_demo_has_claims_in_every_state_of_the_desk(admin):
    clerk = make_user(admin, "clerk", "parts_clerk")
    make_location(clerk, "A-01-01")
    for i in range(20):
        make_part(clerk, f"P-{i:04d}", unit_price=str(50 + 10 * i), must_return=i % 2 == 0)
    result = demo_claims.add_claims("small")
    states = {state for (state,) in Claim.select(Claim.state).tuples()}
    assert states == {claims.DRAFT, claims.SUBMITTED, claims.APPROVED, claims.PARTS_ISSUED,
                      claims.REPAIRED, claims.REJECTED, claims.CANCELLED}
    assert result["claims"] == Claim.select().count() == 37
    assert PartsRequest.select().exists()
    assert {row.state for row in claim_search.search_claims("", Filters())} == states


def test_bulk_claims_are_searchable_like_real_ones(admin):
    clerk = make_user(admin, "clerk", "parts_clerk")
    for i in range(10):
        make_part(clerk, f"P-{i:04d}", unit_price="100")
    demo_claims.add_code_tables(admin)
    actors = demo_claims._actors()
    import random
    assert demo_claims.add_bulk_claims(random.Random(1), actors, 1000, 2500) == 1000
    assert ClaimPartLine.select().count() == 2500
    newest = claim_search.search_claims("", limit=1)[0]
    assert claim_search.search_claims(newest.vin[-6:])[0].vin == newest.vin
    assert claim_search.search_claims(newest.number)[0].id == newest.id
    new = claims.create_claim(actors["warranty_admin"], claims.ClaimData(
        vin=newest.vin, repair_date=newest.repair_date, mileage=1000, fault_code="F01",
        labour=[claims.LabourLineData("01-010")]))
    assert new.number not in {row.number for row in claim_search.search_claims(limit=1000)[1:]}
