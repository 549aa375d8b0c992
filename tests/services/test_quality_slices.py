"""A table that lists every group loads it a stretch at a time, and a top N has its rest summed
by the database: the figures are those of the whole analysis (tests/services/test_quality.py
works them out by hand), whichever stretch is asked for."""

from decimal import Decimal

from partsdesk.services import quality
from partsdesk.services.quality import OTHER, QualityFilters
from tests.factories import FILTER, PADS, PUMP


def keys(groups):
    return [g.key for g in groups]


def test_a_stretch_of_the_groups_is_the_same_groups_as_the_whole_analysis(quality_claims):
    whole = quality.analyse("part", language="en")
    first = quality.groups_slice("part", limit=2, largest=1, language="en")
    assert (keys(first.groups), keys(first.largest), first.count) == ([FILTER, PADS], [FILTER], 3)
    rest = quality.groups_slice("part", offset=2, limit=2, language="en")
    assert (keys(rest.groups), rest.largest, rest.count) == ([PUMP], [], 3)
    assert first.groups + rest.groups == whole          # every measure, share and label
    assert quality.groups_slice("part", offset=3).groups == []


def test_months_are_listed_in_order_while_the_largest_come_by_total_claimed(quality_claims):
    part = quality.groups_slice("month", limit=1, largest=2)
    assert keys(part.groups) == ["2026-08"]
    assert [(g.key, g.measures.total_claimed) for g in part.largest] == [
        ("2026-08", Decimal("1515.50")), ("2026-10", Decimal("495.00"))]


def test_the_rest_of_a_top_n_is_summed_by_the_database(quality_claims):
    groups = quality.analyse("part", top=1, language="en")
    assert keys(groups) == [FILTER, OTHER]
    other = groups[1].measures
    pads, pump = (g.measures for g in quality.analyse("part")[1:])
    assert (other.claims, other.part_lines, other.parts_cost, other.total_claimed) == (
        pads.claims + pump.claims, pads.part_lines + pump.part_lines,
        pads.parts_cost + pump.parts_cost, pads.total_claimed + pump.total_claimed)
    assert other.share == Decimal("1.0000")          # 2,010.50 of 2,010.50: a claim twice
    assert keys(quality.analyse("part", top=3)) == [FILTER, PADS, PUMP]     # no rest to sum


def test_the_claims_behind_the_rest_are_those_of_every_group_not_shown(quality_claims):
    numbers = quality.claims_behind("part", OTHER, shown=(FILTER,))
    assert numbers == sorted(quality_claims[n].number for n in "ABC")  # the pads and the pump
    assert quality.claims_behind("fault", OTHER, shown=("F101",)) == [quality_claims["C"].number]
    cross = quality.claims_behind(("fault", "model"), OTHER, shown=(("F101", "SED20"),))
    assert cross == [quality_claims["C"].number]
    nothing = QualityFilters(fault="F202")
    assert quality.claims_behind("fault", OTHER, nothing, shown=("F202",)) == []
