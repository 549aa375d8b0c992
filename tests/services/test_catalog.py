from decimal import Decimal

import pytest

from partsdesk.db.models import AuditEvent, Part
from partsdesk.services import catalog, catalog_import
from partsdesk.services.catalog import PartData
from partsdesk.services.errors import Conflict, Duplicate, PermissionDenied, ValidationError
from tests.factories import make_part, make_user

BACKENDS = ("sqlite", "postgres")   # every test here runs on both databases


def test_part_numbers_are_trimmed_and_upper_cased(clerk):
    part = make_part(clerk, "  ab-123 x ", unit_price="12.5")
    assert part.part_no == "AB-123 X"
    assert catalog.get_part("ab-123 x").unit_price == Decimal("12.50")


def test_bad_part_data_is_refused_with_the_field(clerk):
    with pytest.raises(ValidationError) as err:
        make_part(clerk, "A:1")
    assert err.value.field == "part_no"
    with pytest.raises(ValidationError, match="document number"):
        make_part(clerk, "WC-2026-000001")
    with pytest.raises(ValidationError, match="two decimal places"):
        make_part(clerk, "P1", unit_price="1.234")
    with pytest.raises(ValidationError, match="has no name"):
        make_part(clerk, "P1", name="  ")


def test_a_scanned_box_barcode_finds_its_part(clerk):
    make_part(clerk, "90915-YZZD2", name="Oil filter", aliases=["6901234567892"])
    assert catalog.find_by_code("6901234567892").part_no == "90915-YZZD2"
    assert catalog.find_by_code(" 90915-yzzd2 ").part_no == "90915-YZZD2"
    assert catalog.find_by_code("unknown") is None


def test_a_barcode_belongs_to_one_part_only(clerk):
    make_part(clerk, "P1", aliases=["123456"])
    with pytest.raises(Duplicate, match="123456 already belongs to part P1"):
        make_part(clerk, "P2", aliases=["123456"])
    assert not Part.select().where(Part.part_no == "P2").exists()   # nothing half-written


def test_search_finds_by_number_prefix_name_chinese_name_and_alias(clerk):
    make_part(clerk, "04152-YZZA1", name="Oil filter element", name_zh="机油滤芯",
              aliases=["4711111"])
    make_part(clerk, "04465-02220", name="Brake pad set", name_zh="前刹车片")
    numbers = lambda text: [row[1] for row in catalog.search_parts(text)]  # noqa: E731
    assert numbers("04152") == ["04152-YZZA1"]
    assert numbers("brake") == ["04465-02220"]
    assert numbers("刹车") == ["04465-02220"]
    assert numbers("4711") == ["04152-YZZA1"]
    assert numbers("oil element") == ["04152-YZZA1"]
    assert numbers("") == ["04152-YZZA1", "04465-02220"]


def test_search_pages_by_part_number(clerk):
    for i in range(5):
        make_part(clerk, f"P{i}")
    first = catalog.search_parts("", limit=2)
    second = catalog.search_parts("", after=first[-1][1], limit=2)
    assert [r[1] for r in first + second] == ["P0", "P1", "P2", "P3"]


def test_deactivated_parts_leave_the_search_but_stay_in_history(clerk):
    make_part(clerk, "P1")
    catalog.set_active(clerk, "P1", False)
    assert catalog.search_parts("P1") == []
    assert len(catalog.search_parts("P1", include_inactive=True)) == 1
    assert AuditEvent.select().where(AuditEvent.action == "part.deactivate").count() == 1


def test_supersession_follows_the_chain_and_refuses_loops(clerk):
    for no in ("OLD", "MID", "NEW"):
        make_part(clerk, no)
    catalog.supersede(clerk, "OLD", "MID")
    catalog.supersede(clerk, "MID", "NEW")
    assert catalog.current_part(catalog.get_part("OLD")).part_no == "NEW"
    with pytest.raises(Conflict, match="loop"):
        catalog.supersede(clerk, "NEW", "OLD")


def test_a_warranty_administrator_cannot_change_the_catalogue(admin):
    wa = make_user(admin, "wa", "warranty_admin")
    with pytest.raises(PermissionDenied):
        make_part(wa, "P1")


def test_editing_a_part_records_before_and_after(clerk):
    make_part(clerk, "P1", name="Old name")
    catalog.update_part(clerk, "P1", PartData("P1", "New name", unit_price="3"))
    event = AuditEvent.select().where(AuditEvent.action == "part.update").get()
    assert "Old name" in event.before and "New name" in event.after


def test_bulk_import_creates_and_updates_in_one_go(clerk):
    make_part(clerk, "P1", name="before")
    rows = [PartData("P1", "after").cleaned(), PartData("P2", "new", aliases=["999"]).cleaned()]
    assert catalog_import.import_parts(clerk, rows, "test.xlsx") == {
        "created": 1, "updated": 1, "unchanged": 0, "rows": 2}
    assert catalog.get_part("P1").name == "after"
    assert catalog.find_by_code("999").part_no == "P2"
