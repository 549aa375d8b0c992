from datetime import date

import pytest

from partsdesk.db.connection import transaction
from partsdesk.services import numbering

BACKENDS = ("sqlite", "postgres")   # every test here runs on both databases


def test_numbers_run_gap_free_per_series_and_year(db):
    with transaction():
        got = [numbering.next_number("WC", date(2026, 5, 1)) for _ in range(3)]
        got.append(numbering.next_number("RC", date(2026, 5, 1)))
        got.append(numbering.next_number("WC", date(2027, 1, 2)))
    assert got == ["WC-2026-000001", "WC-2026-000002", "WC-2026-000003", "RC-2026-000001",
                   "WC-2027-000001"]


def test_a_rolled_back_document_gives_its_number_back(db):
    with pytest.raises(ZeroDivisionError):
        with transaction():
            numbering.next_number("WC", date(2026, 1, 1))
            1 / 0
    with transaction():
        assert numbering.next_number("WC", date(2026, 1, 1)) == "WC-2026-000001"


def test_a_number_is_only_given_inside_a_transaction(db):
    with pytest.raises(RuntimeError, match="must run inside the document's transaction"):
        numbering.next_number("WC")
