from decimal import Decimal

import pytest

from partsdesk.db.models import AuditEvent
from partsdesk.db.models.claims import LaborOperation
from partsdesk.services import codes
from partsdesk.services.codes import CodeData
from partsdesk.services.errors import ImportRejected, NotFound, PermissionDenied, ValidationError
from tests.factories import make_codes, make_user


def test_an_administrator_keeps_each_code_table(admin):
    make_codes(admin)
    assert [m.code for m in codes.list_codes("vehicle_models")] == ["SED20", "SUV30"]
    operation = codes.get_code("labour_operations", "01-010")
    # one description, written in Chinese, is the Chinese one
    assert (operation.description, operation.description_zh) == ("", "更换机油滤清器")
    assert operation.standard_hours == Decimal("0.5")
    assert codes.get_code("part_categories", "engine").name == "Engine"


def test_a_labour_operation_applies_to_its_models_or_to_all(admin):
    make_codes(admin)
    sedan = codes.get_code("vehicle_models", "SED20")
    suv = codes.get_code("vehicle_models", "SUV30")
    brakes = codes.get_code("labour_operations", "02-120")
    oil = codes.get_code("labour_operations", "01-010")
    assert codes.models_of(brakes) == ["SUV30"]
    assert codes.applies_to(brakes, suv) and not codes.applies_to(brakes, sedan)
    assert codes.applies_to(oil, sedan) and codes.applies_to(oil, suv)


def test_saving_a_code_again_changes_it_and_records_before_and_after(admin):
    make_codes(admin)
    codes.save_code(admin, "fault_codes", CodeData("f101", "Oil leak at gasket"))
    event = AuditEvent.select().where((AuditEvent.entity == "fault_codes")
                                      & (AuditEvent.record_id == "F101")).order_by(
        AuditEvent.id.desc()).first()
    assert "Oil leak" in event.before and "gasket" in event.after


def test_bad_codes_are_refused_with_the_field(admin):
    with pytest.raises(ValidationError) as err:
        codes.save_code(admin, "fault_codes", CodeData("F 1", "x"))
    assert err.value.field == "code"
    with pytest.raises(ValidationError, match="no description"):
        codes.save_code(admin, "cause_codes", CodeData("C9", "  "))
    with pytest.raises(ValidationError, match="Standard hours of 01-999"):
        codes.save_code(admin, "labour_operations", CodeData("01-999", "x", standard_hours="-1"))
    with pytest.raises(ValidationError, match="whole number"):
        codes.save_code(admin, "vehicle_models", CodeData("M1", "x", warranty_km="1.5"))
    with pytest.raises(ValidationError, match="not in the code table: NOPE"):
        codes.save_code(admin, "labour_operations", CodeData("01-998", "x", models=["nope"]))
    assert not LaborOperation.select().where(LaborOperation.code == "01-998").exists()


def test_a_deactivated_code_leaves_the_lists_but_stays_findable(admin):
    make_codes(admin)
    codes.set_active(admin, "fault_codes", "F202", False)
    assert [c.code for c in codes.list_codes("fault_codes")] == ["F101"]
    assert len(codes.list_codes("fault_codes", include_inactive=True)) == 2
    assert not codes.get_code("fault_codes", "F202").active
    with pytest.raises(NotFound, match="code F999 does not exist"):
        codes.get_code("fault_codes", "F999")


def test_only_an_administrator_changes_code_tables(admin):
    wa = make_user(admin, "wa", "warranty_admin")
    with pytest.raises(PermissionDenied, match="change the code tables"):
        codes.save_code(wa, "fault_codes", CodeData("F1", "x"))


def test_an_import_creates_and_updates_all_tables_at_once(admin):
    make_codes(admin)
    result = codes.import_codes(admin, {
        "vehicle_models": [CodeData("MPV25", "MPV 2.5", warranty_months=24, warranty_km=60000)],
        "labour_operations": [CodeData("03-001", "Replace wiper", "0.3", models=["MPV25"]),
                              CodeData("01-010", "更换机油滤清器", "0.6")],
    }, "codes.xlsx")
    assert result["vehicle_models"] == {"created": 1, "updated": 0}
    assert result["labour_operations"] == {"created": 1, "updated": 1}
    assert codes.models_of(codes.get_code("labour_operations", "03-001")) == ["MPV25"]
    assert codes.get_code("labour_operations", "01-010").standard_hours == Decimal("0.6")


def test_an_import_with_one_bad_row_imports_nothing(admin):
    with pytest.raises(ImportRejected) as err:
        codes.import_codes(admin, {"fault_codes": [CodeData("F1", "ok"), CodeData("F2", "")]})
    assert "#2" in err.value.problems[0]
    assert codes.list_codes("fault_codes") == []
