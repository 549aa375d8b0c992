"""A scanned code is resolved in one place: documents first, then locations, then parts."""

import pytest

from partsdesk.services import scanning
from tests.factories import make_location, make_part, make_receipt


@pytest.fixture
def world(clerk):
    make_part(clerk, "90915-YZZD2", aliases=["6901234567892"])
    make_location(clerk, "A-01-01")
    return clerk


def test_document_numbers_come_first(world):
    receipt = make_receipt(world, {"90915-YZZD2": 1})
    found = scanning.resolve(f" {receipt.number.lower()}\r")
    assert (found.kind, found.record.id, found.code) == ("receipt", receipt.id, receipt.number)
    assert scanning.resolve("RC-2026-999999").kind == "unknown"


def test_a_document_of_a_series_whose_table_is_elsewhere_is_still_named(world):
    from partsdesk.services import return_shipments
    shipment = return_shipments.create_shipment(world)
    found = scanning.resolve(shipment.number.lower())
    assert (found.kind, found.record.id) == ("return_shipment", shipment.id)
    assert scanning.resolve("RS-2026-999999").kind == "unknown"


def test_location_labels_part_numbers_and_box_barcodes(world):
    assert scanning.resolve("L:A-01-01").kind == "location"
    assert scanning.resolve("l:a-01-01").record.code == "A-01-01"
    assert scanning.resolve("6901234567892").record.part_no == "90915-YZZD2"
    assert scanning.resolve(" 90915-yzzd2").kind == "part"
    assert scanning.resolve("A-01-01").kind == "location"      # typed by hand, no label prefix
    assert scanning.resolve("L:NOWHERE").kind == "unknown"
    assert scanning.resolve("").kind == "unknown"


def test_parts_only_where_parts_are_wanted(world):
    assert scanning.resolve_part("L:A-01-01") is None
    assert scanning.resolve_part("6901234567892").part_no == "90915-YZZD2"
    assert scanning.resolve_location("L:A-01-01").code == "A-01-01"


def test_the_description_names_what_was_scanned(world):
    assert scanning.resolve("L:A-01-01").describe() == "Location A-01-01"
    assert scanning.resolve("XX").describe() == "Unknown code XX"
