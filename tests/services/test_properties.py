"""Properties that must hold for any input (hypothesis): number series, part numbers, money,
scan resolution and claim amounts (VIN check digits: tests/services/test_vehicles.py)."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partsdesk.db.connection import transaction
from partsdesk.db.fields import MoneyField
from partsdesk.services import numbering, scanning
from partsdesk.services.catalog import (DOCUMENT_NO_RE, normalise_part_no, parse_money,
                                        validate_part_no)
from partsdesk.services.errors import ValidationError
from partsdesk.services.numbering import SERIES

amounts = st.decimals(min_value=0, max_value=Decimal("99999999999.99"), places=2,
                      allow_nan=False, allow_infinity=False)


@given(series=st.sampled_from(sorted(numbering.SERIES)), year=st.integers(2000, 2099),
       number=st.integers(1, 999_999))
def test_a_document_number_is_never_mistaken_for_a_part_number(series, year, number):
    text = numbering.format_number(series, year, number)
    assert DOCUMENT_NO_RE.match(text)
    with pytest.raises(ValidationError):
        validate_part_no(text)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=st.lists(st.tuples(st.sampled_from(["WC", "RC", "DT"]),
                               st.sampled_from([2026, 2027]), st.booleans()), max_size=30))
def test_committed_numbers_run_one_by_one_whatever_is_rolled_back(db, plan):
    from partsdesk.db.models import NumberSeries
    NumberSeries.delete().execute()
    kept: dict[tuple, list[int]] = {}
    for series, year, commit in plan:
        try:
            with transaction():
                number = numbering.next_number(series, date(year, 6, 1))
                if not commit:
                    raise RuntimeError("document abandoned")
        except RuntimeError:
            continue
        kept.setdefault((series, year), []).append(int(number.rsplit("-", 1)[1]))
    for numbers in kept.values():
        assert numbers == list(range(1, len(numbers) + 1))


@given(st.text(max_size=60))
def test_normalising_a_part_number_twice_changes_nothing(text):
    once = normalise_part_no(text)
    assert normalise_part_no(once) == once
    assert once == once.strip() and "  " not in once


@given(st.text(alphabet=st.characters(codec="ascii"), max_size=50))
def test_a_valid_part_number_survives_spaces_and_case(text):
    try:
        part_no = validate_part_no(text)
    except ValidationError:
        return
    assert validate_part_no(f"  {part_no.lower()}  ") == part_no


@given(amounts)
def test_money_survives_typing_and_storing(amount):
    for typed in (str(amount), f"{amount:,}", f"¥{amount}", f" {amount} "):
        assert parse_money(typed) == amount
    field = MoneyField()
    assert field.python_value(field.db_value(amount)) == amount


@given(st.decimals(allow_nan=True, allow_infinity=True, places=None))
def test_money_parsing_gives_an_amount_or_a_clear_refusal(value):
    try:
        amount = parse_money(str(value))
    except ValidationError as exc:
        assert exc.field == "unit_price" and str(exc)
        return
    assert amount >= 0 and amount == amount.quantize(Decimal("0.01"))


# --- scan resolution -----------------------------------------------------------------------
# (VIN check digits have their properties in tests/services/test_vehicles.py.)

PART_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789-./_ "
part_numbers = st.text(alphabet=PART_CHARS, min_size=1, max_size=40).filter(
    lambda t: t[0] not in "-./_ " and t.strip() == t)
barcodes = st.text(alphabet="0123456789", min_size=8, max_size=14)
location_codes = st.text(alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789-._/", min_size=1,
                         max_size=30).filter(lambda t: t[0].isalnum())
typed = st.sampled_from([lambda c: c, str.lower, lambda c: f"  {c}\r", lambda c: f"{c}\t\n"])
db_examples = settings(max_examples=40, deadline=None,
                       suppress_health_check=[HealthCheck.function_scoped_fixture])


@db_examples
@given(series=st.sampled_from(sorted(SERIES)), year=st.integers(2000, 2099),
       number=st.integers(1, 999_999), how=typed)
def test_a_scanned_document_number_never_resolves_as_a_part(admin, series, year, number, how):
    from tests.factories import make_part
    text = numbering.format_number(series, year, number)
    with pytest.raises(ValidationError):
        make_part(admin, "BOX-OF-DOCS", aliases=[how(text)])   # nor may a barcode take it
    found = scanning.resolve(how(text))
    assert found.kind != "part" and scanning.resolve_part(how(text)) is None


@db_examples
@given(part_no=part_numbers, barcode=barcodes, how=typed)
def test_a_part_number_or_its_barcode_always_resolves_to_its_part(admin, part_no, barcode,
                                                                  how):
    from partsdesk.services import catalog
    from tests.factories import make_location, make_part
    try:
        part_no = validate_part_no(part_no)
    except ValidationError:
        return          # a document-number shape: refused as a part number
    if catalog.find_by_code(part_no) or catalog.find_by_code(barcode):
        return          # drawn before in this run
    part = make_part(admin, part_no, aliases=[barcode])
    if " " not in part_no and not scanning.resolve_location(part_no):
        make_location(admin, part_no[:30])      # a bin of the same code does not get in the way
    for code in (part_no, barcode):
        found = scanning.resolve(how(code))
        assert (found.kind, found.record.id) == ("part", part.id), (code, found)


@db_examples
@given(code=location_codes, how=typed)
def test_a_bin_label_always_resolves_to_its_location(admin, code, how):
    from partsdesk.db.models import Location
    from partsdesk.services import catalog
    from tests.factories import make_location, make_part
    if Location.select().where(Location.code == code).exists():
        return
    location = make_location(admin, code)
    if not DOCUMENT_NO_RE.match(code) and not catalog.find_by_code(code):
        make_part(admin, code)          # a part of the same number: the label still means the bin
    found = scanning.resolve(how(f"L:{code}"))
    assert (found.kind, found.record.id) == ("location", location.id)


# --- claim amounts -------------------------------------------------------------------------

hours = st.decimals(min_value=Decimal("0.1"), max_value=40, places=1)
prices = st.decimals(min_value=0, max_value=50_000, places=2)
quantities = st.decimals(min_value=Decimal("0.001"), max_value=200, places=3)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(labour=st.lists(hours, max_size=4), parts=st.lists(st.tuples(quantities, prices),
                                                          max_size=4),
       other=prices)
def test_a_claim_total_is_parts_plus_labour_plus_other_exactly_in_decimal(admin, labour, parts,
                                                                          other):
    from partsdesk.db.models import User
    from partsdesk.services import claim_states, claims
    from partsdesk.services.claims import LabourLineData, PartLineData
    from tests.factories import make_claim, make_codes, make_part, make_user
    if not User.select().where(User.username == "wa").exists():
        make_codes(admin)
        make_user(admin, "wa", "warranty_admin")
        make_part(admin, "P-1", unit_price="99.99", unit="L")     # litres: any quantity
    wa = User.get(User.username == "wa")
    claim = make_claim(
        wa, labour=[LabourLineData("01-010", str(h), "Seized bolts") for h in labour],
        parts=[PartLineData("P-1", str(q), str(p), price_reason="Dealer's net price")
               for q, p in parts], other_amount=str(other))
    for stored in (claim, claim_states.get_claim(claim.number)):
        amounts = (stored.parts_amount, stored.labour_amount, stored.other_amount,
                   stored.total_amount)
        assert all(type(a) is Decimal for a in amounts), [type(a) for a in amounts]
        assert stored.total_amount == stored.parts_amount + stored.labour_amount \
            + stored.other_amount
        assert stored.other_amount == other
        assert stored.parts_amount == sum((claims.line_amount(q, p) for q, p in parts),
                                          Decimal(0))
        assert stored.labour_amount == sum((claims.line_amount(h, claims.labour_rate())
                                            for h in labour), Decimal(0))


any_barcodes = st.one_of(
    barcodes, st.text(alphabet=st.characters(codec="ascii"), max_size=70),
    st.builds(lambda c: f"L:{c}", location_codes),
    st.builds(numbering.format_number, st.sampled_from(sorted(SERIES)), st.integers(2000, 2099),
              st.integers(1, 999_999)))


@db_examples
@given(alias=any_barcodes, how=typed)
def test_a_barcode_the_catalogue_accepts_always_scans_as_its_part(admin, alias, how):
    from partsdesk.db.models import Part
    from partsdesk.services import catalog
    from partsdesk.services.catalog import PartData
    try:
        part = catalog.create_part(admin, PartData(f"ALIAS-{Part.select().count()}", "Boxed",
                                                   aliases=[alias]))
    except ValidationError:
        return          # refused: it could never be scanned as this part, or is taken
    for code in catalog.aliases_of(part):
        found = scanning.resolve(how(code))
        assert (found.kind, found.record and found.record.id) == ("part", part.id), code
