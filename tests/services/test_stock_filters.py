"""The on-hand views' filters find the same rows whichever way the query reads them: few parts or
many, a location code or a part number, on one page or many."""

import pytest

from partsdesk.db.models import Part
from partsdesk.services import catalog, stock_views
from tests.factories import make_location, make_part, make_stock

BACKENDS = ("sqlite", "postgres")

PART_WORDS = ["AB-10", "ab-105", "AB-1", "AC-2", "AC-21", "Holder", "holder ab", "Filters",
              "AB", "XX", "AB-15"]
LOCATION_WORDS = ["AB-1", "AB-10", "ab-1", "A-0", "A", "AC-21", "RECV", "XX", "A-01 AB-10",
                  "AB AC"]


@pytest.fixture
def world(clerk):
    """Parts whose numbers share prefixes with each other and with a bin ("AB-1" is both)."""
    for n in range(12):
        make_part(clerk, f"AB-1{n:02d}", name=f"Bracket {n}",
                  category="Filters" if n % 4 == 0 else "Body")
    for n in range(25):
        make_part(clerk, f"AC-2{n:02d}", name=f"Clamp {n}")
    make_part(clerk, "ZZ-1", name="Holder for AB-105")
    make_part(clerk, "AB-150", name="Old bracket")
    catalog.set_active(clerk, "AB-150", False)
    for code in ("A-01", "A-02", "AB-1", "B-01"):
        make_location(clerk, code)
    make_location(clerk, "RECV", "receiving")
    for index, part_no in enumerate(Part.select(Part.part_no).order_by(Part.id).tuples()):
        if index % 3:
            place = ("A-01", "A-02", "AB-1", "B-01", "RECV")[index % 5]
            make_stock(clerk, part_no[0], place, index % 7 + 1)
            if index % 4 == 0:
                make_stock(clerk, part_no[0], "AB-1" if place != "AB-1" else "A-01", 1)
    return clerk


def _part_matches(part: Part, term: str) -> bool:
    upper = term.upper()
    return (part.part_no.startswith(upper) or term.lower() in part.name.lower()
            or term.lower() in part.name_zh.lower() or part.category == term)


def _paged(view, text: str, limit: int, key) -> list:
    rows, after = [], None
    while True:
        page = view(text, after=after, limit=limit)
        rows += page
        if len(page) < limit:
            return rows
        after = key(page[-1])


@pytest.mark.parametrize("window", [3, 10_000])
def test_the_on_hand_view_filters_like_the_catalogue_searches(world, monkeypatch, window):
    monkeypatch.setattr(catalog, "SCAN_WINDOW", window)
    every = stock_views.stock_by_part(limit=1000)
    parts = {p.part_no: p for p in Part.select()}
    for text in PART_WORDS:
        expected = [row for row in every
                    if all(_part_matches(parts[row.part_no], t) for t in text.split())]
        assert stock_views.stock_by_part(text, limit=1000) == expected, text
        assert _paged(stock_views.stock_by_part, text, 2, lambda r: r.part_no) == expected, text
    assert [r.part_no for r in stock_views.stock_by_part("Filters", in_stock_only=True)] == [
        r.part_no for r in every if r.part_no in ("AB-104", "AB-108") and r.on_hand]
    assert [r.part_no for r in stock_views.stock_by_part(category="Filters")] == [
        "AB-100", "AB-104", "AB-108"]
    assert stock_views.stock_by_part("ab-105") != [] and stock_views.stock_by_part("AB-15") == []


@pytest.mark.parametrize("few_parts", [2, 3000])
def test_the_by_location_view_finds_a_word_in_the_location_or_the_part_number(
        world, monkeypatch, few_parts):
    monkeypatch.setattr(stock_views, "FEW_PARTS", few_parts)
    every = stock_views.stock_by_location(limit=1000)
    for text in LOCATION_WORDS:
        words = text.upper().split()
        expected = [row for row in every if all(
            row.location.startswith(w) or row.part_no.startswith(w) for w in words)]
        assert stock_views.stock_by_location(text, limit=1000) == expected, text
        assert _paged(stock_views.stock_by_location, text, 2, lambda r: r.key) == expected, text
    both = stock_views.stock_by_location("AB-1")
    assert {r.location for r in both} > {"AB-1"}        # the bin, and parts AB-1.. elsewhere
    assert stock_views.stock_by_location("XX") == []
    assert [r.location for r in stock_views.stock_by_location("AC", kind="receiving")] == [
        r.location for r in every if r.part_no.startswith("AC") and r.kind == "receiving"]
