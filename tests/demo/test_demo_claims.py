"""The claim desk of the demo: code tables and claims in every state of the desk."""

from partsdesk.db.models.claims import Claim, ClaimPartLine, PartsRequest
from partsdesk.demo import claims as demo_claims
from partsdesk.services import claim_search, claim_states, claim_warnings, claims
from partsdesk.services.claim_search import Filters
from tests.factories import make_location, make_part, make_user


def test_the_small_demo_has_claims_in_every_state_of_the_desk(admin):
    clerk = make_user(admin, "clerk", "parts_clerk")
    make_location(clerk, "A-01-01")
    for i in range(20):
        make_part(clerk, f"P-{i:04d}", unit_price=str(50 + 10 * i), must_return=i % 2 == 0)
    result = demo_claims.add_claims("small")
    states = {state for (state,) in Claim.select(Claim.state).tuples()}
    assert states == {claim_states.DRAFT, claim_states.SUBMITTED, claim_states.APPROVED,
                      claim_states.PARTS_ISSUED, claim_states.REPAIRED, claim_states.REJECTED,
                      claim_states.CANCELLED}
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


def _demo_catalogue(admin, count: int):
    """Parts named as the demo names them: position, kind, vehicle model and model year."""
    import random

    from partsdesk.services import catalog_import
    from partsdesk import demo
    clerk = make_user(admin, "clerk", "parts_clerk")
    make_location(clerk, "A-01-01")
    rows, _ = demo.generate_catalogue(random.Random(5), count)
    catalog_import.import_parts(clerk, rows, source="test")


def test_demo_parts_fit_the_model_they_are_named_after(admin):
    from partsdesk.db.models import Part
    from partsdesk.services import catalog
    _demo_catalogue(admin, 120)
    demo_claims.add_code_tables(admin)
    for part in Part.select():
        assert catalog.models_of(part) == [demo_claims.model_named(part.name_zh)], part.name_zh
    civic = next(p for p in Part.select() if "思域" in p.name_zh)
    assert catalog.models_of(civic) == ["CIV15T"]
    assert demo_claims.link_demo_parts() == 0           # once is enough


def test_no_claim_of_the_small_demo_gets_a_does_not_fit_warning(admin):
    from partsdesk.services import catalog, codes
    _demo_catalogue(admin, 300)
    demo_claims.add_claims("small")
    assert Claim.select().count() == 37
    for claim in Claim.select():
        model = claims.vehicle_facts(claim).model
        warned = [w for w in claim_warnings.warnings(claim) if "does not fit" in w
                  or "not valid for model" in w]
        assert warned == [], claim.number
        lines = list(claim.part_lines)
        assert all(catalog.fits(line.part, model) and catalog.models_of(line.part)
                   for line in lines), claim.number
        assert claim.fault_code.code in demo_claims.faults_for(lines[0].part.category)
        assert all(codes.applies_to(line.operation, model) for line in claim.labour_lines)
    # the fault is that of the part: a brake pad does not leak oil
    assert {c.fault_code.code for c in Claim.select()} != {"F01"}


def test_bulk_claims_take_parts_and_labour_of_their_model(admin):
    import random

    from partsdesk.services import catalog, codes
    _demo_catalogue(admin, 200)
    demo_claims.add_code_tables(admin)
    demo_claims.add_bulk_claims(random.Random(3), demo_claims._actors(), 150, 300)
    for claim in Claim.select():
        model = claims.vehicle_facts(claim).model
        assert all(catalog.fits(line.part, model) for line in claim.part_lines), claim.number
        assert all(codes.applies_to(line.operation, model) for line in claim.labour_lines)
        first = claim.part_lines.order_by(ClaimPartLine.id).first()
        if first is not None:
            assert claim.fault_code.code in demo_claims.faults_for(first.part.category)
