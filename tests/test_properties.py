"""Properties that must hold for any input (hypothesis): number series, part numbers, money.

VIN validation and scan resolution get their properties here as well (still to be written)."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partsdesk.db.connection import transaction
from partsdesk.db.fields import MoneyField
from partsdesk.services import numbering
from partsdesk.services.catalog import (DOCUMENT_NO_RE, normalise_part_no, parse_money,
                                        validate_part_no)
from partsdesk.services.errors import ValidationError

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
