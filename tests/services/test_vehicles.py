from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partsdesk.db.models import AuditEvent
from partsdesk.services import vehicles
from partsdesk.services.errors import PermissionDenied, ValidationError
from partsdesk.services.vehicles import VehicleData
from tests.factories import VIN, make_codes, make_user

VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
vin_bodies = st.text(alphabet=VIN_CHARS, min_size=17, max_size=17)


def with_check_digit(body: str) -> str:
    return body[:8] + vehicles.check_digit(body) + body[9:]


@pytest.fixture
def wa(admin):
    make_codes(admin)
    return make_user(admin, "wa", "warranty_admin")


def test_known_vins_have_the_right_check_digit():
    # published examples: 49 CFR 565 and common test VINs
    assert vehicles.check_digit("1M8GDM9AXKP042788") == "X"
    assert vehicles.check_digit("11111111111111111") == "1"
    assert vehicles.check_digit_problem("1HGCM82633A004352") is None
    assert "should be 3" in vehicles.check_digit_problem("1HGCM82643A004352")


@given(vin_bodies)
def test_every_vin_with_its_computed_check_digit_is_accepted(body):
    vin = with_check_digit(body)
    assert vehicles.validate_format(vin) == vin
    assert vehicles.check_digit_problem(vin) is None


@given(vin_bodies, st.integers(min_value=0, max_value=16), st.sampled_from(VIN_CHARS))
def test_changing_one_character_changes_the_check(body, position, char):
    vin = with_check_digit(body)
    changed = vin[:position] + char + vin[position + 1:]
    weight = vehicles.WEIGHTS[position]
    same_value = vehicles.TRANSLITERATION[char] == vehicles.TRANSLITERATION[vin[position]]
    if changed != vin and weight and not same_value and position != 8:
        # mod 11 with weights prime to 11: one changed character always shows
        assert vehicles.check_digit_problem(changed) is not None


@given(st.text(alphabet="IOQ", min_size=1, max_size=3), vin_bodies)
def test_vins_with_i_o_or_q_are_refused(bad, body):
    vin = (bad + body)[:17]
    with pytest.raises(ValidationError, match="except I, O and Q"):
        vehicles.validate_format(vin)


def test_a_vin_is_trimmed_and_upper_cased_and_must_have_17_characters():
    assert vehicles.validate_format(" 1m8gdm9axkp042788 ") == VIN
    with pytest.raises(ValidationError, match="has 16 characters"):
        vehicles.validate_format(VIN[:16])


def test_a_wrong_check_digit_is_kept_but_the_vehicle_is_not_valid_until_overridden(wa):
    bad = VIN[:8] + "1" + VIN[9:]
    vehicle = vehicles.save_vehicle(wa, VehicleData(bad, "SED20"))
    assert not vehicles.is_valid(vehicle)
    vehicle = vehicles.save_vehicle(wa, VehicleData(bad, override_reason="Market without "
                                                                         "check digit"))
    assert vehicles.is_valid(vehicle)
    assert vehicle.model.code == "SED20"        # kept from the first save


def test_saving_the_same_vehicle_twice_writes_one_history_event(wa):
    data = VehicleData(VIN, "SED20", date(2024, 1, 5), date(2024, 2, 1))
    vehicles.save_vehicle(wa, data)
    vehicles.save_vehicle(wa, data)
    assert AuditEvent.select().where(AuditEvent.entity == "vehicle").count() == 1


def test_a_vehicle_is_found_by_the_last_characters_of_its_vin(wa):
    vehicles.save_vehicle(wa, VehicleData(VIN, "SED20"))
    other = with_check_digit("LSVAB4187E2000001")
    vehicles.save_vehicle(wa, VehicleData(other, "SED20"))
    assert [v.vin for v in vehicles.find_by_tail("042788")] == [VIN]
    assert [v.vin for v in vehicles.find_by_tail("p042788")] == [VIN]
    assert vehicles.find_by_tail("999999") == []


def test_warranty_ends_after_the_models_months(wa):
    vehicle = vehicles.save_vehicle(wa, VehicleData(VIN, "SED20", date(2023, 1, 31),
                                                    date(2023, 1, 31)))
    assert vehicles.warranty_end(vehicle) == date(2026, 1, 31)


def test_a_parts_clerk_cannot_enter_vehicles(admin):
    make_codes(admin)
    clerk = make_user(admin, "pc", "parts_clerk")
    with pytest.raises(PermissionDenied):
        vehicles.save_vehicle(clerk, VehicleData(VIN))


def test_a_claim_for_a_known_vehicle_fills_in_but_never_rewrites_its_record(wa):
    vehicles.save_vehicle(wa, VehicleData(VIN, "SED20", None, date(2024, 2, 1)))
    vehicle = vehicles.save_vehicle(wa, VehicleData(VIN, "SUV30", date(2024, 1, 5),
                                                    date(2025, 6, 1)))
    assert (vehicle.model.code, vehicle.production_date, vehicle.warranty_start) == (
        "SED20", date(2024, 1, 5), date(2024, 2, 1))
    vehicle = vehicles.change_vehicle(wa, VIN, VehicleData(VIN, "SUV30"), "Papers say SUV30")
    assert (vehicle.model.code, vehicle.warranty_start) == ("SUV30", date(2024, 2, 1))
    assert [e.action for e in AuditEvent.select().where(AuditEvent.entity == "vehicle")
            .order_by(AuditEvent.id)] == ["vehicle.save", "vehicle.save", "vehicle.change"]


def test_warranty_ends_from_a_claims_own_facts(wa):
    vehicle = vehicles.save_vehicle(wa, VehicleData(VIN, "SED20"))
    assert vehicles.warranty_end_of(vehicle.model, date(2023, 1, 31), None) == date(2026, 1, 31)
    assert vehicles.warranty_end_of(vehicle.model, date(2023, 1, 31),
                                    date(2023, 3, 1)) == date(2026, 3, 1)
    assert vehicles.warranty_end_of(None, date(2023, 1, 31), None) is None
