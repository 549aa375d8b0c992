"""The quality analysis on a small fixed set of claims built through the services; every figure
is checked against one worked out by hand.

The claims (tests.factories.make_quality_claims builds them; the conftest fixture
quality_claims gives them to a test; labour: operation 01-010, 0.5 h at 120.00 = 60.00 each):
  A  2026-08-10  3,000 km  SED20 F101  filter x1 (B1) 38.50 + pump x1 (B9) 860.00  total 958.50
     warranty from 2026-01-15 (6 months in service)          parts issued, not returned
  B  2026-08-20  7,000 km  SED20 F101  filter x2 (B1) 77.00 + pads x1 (B7) 420.00  total 557.00
     warranty from 2026-02-01 (6 months); filter inspected "no fault found": charge-back
     77.00 + its labour share 77.00/497.00 x 60.00 = 9.30 -> 86.30; paid 470.70; closed
  C  2026-10-05 25,000 km  SUV30 F202  pads x1 (B5) 420.00, other 15.00            total 495.00
     warranty from 2025-12-05 (10 months)                     approved
  D  2026-10-06  SED20 F202 pump x1, cancelled (920.00)      E  draft (never submitted)
No claim was repaired in 2026-09. Approved or later: A + B + C = 2,010.50.
"""

from datetime import date
from decimal import Decimal

import pytest

from partsdesk.services import claim_states, quality
from partsdesk.services.errors import ValidationError
from partsdesk.services.quality import OTHER, QualityFilters
from tests.factories import FILTER, PADS, PUMP

BACKENDS = ("sqlite", "postgres")
D = Decimal
PERIOD = QualityFilters(date_from=date(2026, 8, 1), date_to=date(2026, 10, 31))


def by_key(groups):
    return {g.key: g.measures for g in groups}


def figures(m):
    return (m.claims, m.part_lines, m.quantity, m.parts_cost, m.labour_cost, m.other,
            m.total_claimed, m.charge_backs, m.settled, m.average_per_claim, m.share)


def test_grouping_by_part_counts_each_line_once_and_each_claim_once_per_part(quality_claims):
    groups = quality.analyse("part", language="en")
    assert [g.key for g in groups] == [FILTER, PADS, PUMP]      # most total claimed first
    assert groups[0].label == f"{FILTER} · Oil filter"
    got = by_key(groups)
    # filter: lines of A (1) and B (2); claims A and B, each whole claim once
    assert figures(got[FILTER]) == (2, 2, D("3"), D("115.50"), D("120.00"), D("0.00"),
                                    D("1515.50"), D("86.30"), D("470.70"), D("757.75"),
                                    D("0.7538"))
    assert figures(got[PADS]) == (2, 2, D("2"), D("840.00"), D("120.00"), D("15.00"),
                                  D("1052.00"), D("86.30"), D("470.70"), D("526.00"),
                                  D("0.5233"))
    assert figures(got[PUMP]) == (1, 1, D("1"), D("860.00"), D("60.00"), D("0.00"),
                                  D("958.50"), D("0.00"), D("0.00"), D("958.50"), D("0.4767"))
    # the share is of the distinct claims' whole, so part groups add up to more than one
    assert quality.whole_total() == D("2010.50")
    assert quality.analyse("part", language="zh_CN")[0].label == f"{FILTER} · 机油滤清器"


def test_grouping_by_fault_sums_whole_claims(quality_claims):
    got = by_key(quality.analyse("fault"))
    assert figures(got["F101"]) == (2, 4, D("5"), D("1395.50"), D("120.00"), D("0.00"),
                                    D("1515.50"), D("86.30"), D("470.70"), D("757.75"),
                                    D("0.7538"))
    assert figures(got["F202"]) == (1, 1, D("1"), D("420.00"), D("60.00"), D("15.00"),
                                    D("495.00"), D("0.00"), D("0.00"), D("495.00"), D("0.2462"))
    assert set(got) == {"F101", "F202"}       # the cancelled and the draft claim are not there


def test_two_claims_with_the_same_failed_batch_share_its_group(quality_claims):
    got = by_key(quality.analyse("batch"))
    assert set(got) == {"B1", "B5", "B7", "B9"}
    assert (got["B1"].claims, got["B1"].part_lines, got["B1"].quantity,
            got["B1"].parts_cost) == (2, 2, D("3"), D("115.50"))
    assert (got["B9"].claims, got["B9"].parts_cost, got["B9"].total_claimed) == (
        1, D("860.00"), D("958.50"))
    assert quality.claims_behind("batch", "B1") == [quality_claims["A"].number,
                                                    quality_claims["B"].number]


def test_grouping_by_model_month_mileage_service_months_operation_and_user(quality_claims):
    model = by_key(quality.analyse("model"))
    assert {k: (m.claims, m.total_claimed) for k, m in model.items()} == {
        "SED20": (2, D("1515.50")), "SUV30": (1, D("495.00"))}
    month = quality.analyse("month")
    assert [(g.key, g.measures.claims, g.measures.total_claimed) for g in month] == [
        ("2026-08", 2, D("1515.50")), ("2026-10", 1, D("495.00"))]
    mileage = quality.analyse("mileage", language="en")
    assert [(g.key, g.label, g.measures.claims) for g in mileage] == [
        (0, "0–5,000 km", 1), (5_000, "5,000–10,000 km", 1), (20_000, "20,000–50,000 km", 1)]
    wide = quality.analyse("mileage", bands=(0, 10_000), language="en")
    assert [(g.key, g.label, g.measures.claims) for g in wide] == [
        (0, "0–10,000 km", 2), (10_000, "over 10,000 km", 1)]
    with pytest.raises(ValidationError,
                       match="Mileage bands must start at 0 and rise, not 5000, 1000"):
        quality.analyse("mileage", bands=(5_000, 1_000))
    service = quality.analyse("months_in_service")
    assert [(g.key, g.measures.claims) for g in service] == [(6, 2), (10, 1)]
    operation = by_key(quality.analyse("operation"))
    assert figures(operation["01-010"])[:9] == (3, 5, D("6"), D("1815.50"), D("180.00"),
                                                D("15.00"), D("2010.50"), D("86.30"),
                                                D("470.70"))
    entered = quality.analyse("entered_by")
    assert [(g.key, g.label, g.measures.claims) for g in entered] == [
        ("wa", "Zhang Min (wa)", 3)]
    assert by_key(quality.analyse("cause"))["C01"].claims == 3



def test_part_category_groups_and_filters_part_lines(quality_claims):
    # only the pump is in a category (ENGINE)
    category = quality.analyse("category", language="en")
    assert [(g.key, g.label) for g in category] == [(None, "(none)"),        # most claimed
                                                   ("ENGINE", "ENGINE · Engine")]
    got = by_key(category)
    assert figures(got["ENGINE"])[:7] == (1, 1, D("1"), D("860.00"), D("60.00"), D("0.00"),
                                          D("958.50"))
    assert (got[None].claims, got[None].part_lines, got[None].parts_cost,
            got[None].total_claimed) == (3, 4, D("955.50"), D("2010.50"))
    engine = QualityFilters(category="ENGINE")
    # the filter keeps the claims with such a line, and only those lines in part measures
    assert quality.whole_total(engine) == D("958.50")
    faults = quality.analyse("fault", engine)
    assert [(g.key, g.measures.claims, g.measures.part_lines, g.measures.parts_cost,
             g.measures.total_claimed, g.measures.share) for g in faults] == [
        ("F101", 1, 1, D("860.00"), D("958.50"), D("1.0000"))]
    assert [g.key for g in quality.analyse("part", engine)] == [PUMP]
    assert quality.claims_behind("category", "ENGINE") == [quality_claims["A"].number]


def test_inspection_outcome_groups_the_inspected_lines(quality_claims):
    got = by_key(quality.analyse("outcome"))
    assert figures(got[claim_states.NO_FAULT])[:9] == (1, 1, D("2"), D("77.00"), D("60.00"),
                                                       D("0.00"), D("557.00"), D("86.30"),
                                                       D("470.70"))
    # lines never inspected: both of A, the pads of B and of C
    assert (got[None].claims, got[None].part_lines, got[None].parts_cost) == (
        3, 4, D("1738.50"))


def test_state_groups_and_filters(quality_claims):
    submitted = quality.analyse("fault", QualityFilters(states="submitted"))
    assert by_key(submitted)["F202"].claims == 2            # the cancelled one too
    assert quality.whole_total(QualityFilters(states="submitted")) == D("2930.50")
    settled = quality.analyse("fault", QualityFilters(states="settled"))
    assert [(g.key, g.measures.claims, g.measures.settled) for g in settled] == [
        ("F101", 1, D("470.70"))]
    august = quality.analyse("fault", QualityFilters(date_to=date(2026, 8, 31)))
    assert [g.key for g in august] == ["F101"]
    assert [g.key for g in quality.analyse("fault", QualityFilters(model="SUV30"))] == ["F202"]
    assert [g.key for g in quality.analyse("part", QualityFilters(fault="F202"))] == [PADS]
    # empty groups: filters nothing matches give no groups and a zero whole
    assert quality.analyse("part", QualityFilters(category="BRAKES")) == []
    assert quality.analyse("fault", QualityFilters(fault="F999")) == []
    assert quality.whole_total(QualityFilters(fault="F999")) == D("0.00")
    with pytest.raises(ValidationError, match='"colour" is not a way to group claims'):
        quality.analyse("colour")
    with pytest.raises(ValidationError, match='"everything" is not a group of claim states'):
        quality.analyse("fault", QualityFilters(states="everything"))


def test_top_sums_the_rest_into_other(quality_claims):
    groups = quality.analyse("part", top=1, language="en")
    assert [g.key for g in groups] == [FILTER, OTHER]
    other = groups[1]
    assert other.label == "Other"
    assert (other.measures.claims, other.measures.part_lines, other.measures.parts_cost,
            other.measures.total_claimed, other.measures.share) == (
        3, 3, D("1700.00"), D("2010.50"), D("1.0000"))


def test_trend_shows_a_month_without_claims_as_zero(quality_claims):
    months = quality.trend(PERIOD)
    assert [(g.key, g.measures.claims, g.measures.total_claimed) for g in months] == [
        ("2026-08", 2, D("1515.50")), ("2026-09", 0, D("0.00")), ("2026-10", 1, D("495.00"))]
    per_model = quality.trend(PERIOD, by="model")
    assert [(g.key, g.measures.claims) for g in per_model] == [
        (("2026-08", "SED20"), 2), (("2026-08", "SUV30"), 0), (("2026-09", "SED20"), 0),
        (("2026-09", "SUV30"), 0), (("2026-10", "SED20"), 0), (("2026-10", "SUV30"), 1)]
    assert quality.trend(QualityFilters(fault="F999")) == []


def test_pareto_sorts_and_accumulates_the_share(quality_claims):
    rows = quality.pareto("part")
    assert [(r.group.key, r.group.measures.share, r.cumulative_share) for r in rows] == [
        (FILTER, D("0.7538"), D("0.7538")), (PADS, D("0.5233"), D("1.2771")),
        (PUMP, D("0.4767"), D("1.7538"))]
    faults = quality.pareto("fault")
    assert [(r.group.key, r.cumulative_share) for r in faults] == [
        ("F101", D("0.7538")), ("F202", D("1.0000"))]


def test_cross_table_of_fault_and_part(quality_claims):
    cells = quality.analyse("fault", then="part", language="en")
    got = {g.key: (g.measures.claims, g.measures.part_lines, g.measures.parts_cost,
                   g.measures.total_claimed) for g in cells}
    assert got == {("F101", FILTER): (2, 2, D("115.50"), D("1515.50")),
                   ("F101", PUMP): (1, 1, D("860.00"), D("958.50")),
                   ("F101", PADS): (1, 1, D("420.00"), D("557.00")),
                   ("F202", PADS): (1, 1, D("420.00"), D("495.00"))}
    label = next(g.label for g in cells if g.key == ("F202", PADS))
    assert label == ("F202 · Brake noise", f"{PADS} · Brake pads")
    assert quality.claims_behind(("fault", "part"), ("F101", PADS)) == [quality_claims["B"].number]


def test_months_in_service_matrix(quality_claims):
    matrix = quality.mis_matrix()
    assert matrix.rows == ["2025-12", "2026-01", "2026-02"]
    assert matrix.columns == list(range(0, 11))
    assert matrix.cells == {("2025-12", 10): 1, ("2026-01", 6): 1, ("2026-02", 6): 1}
    assert matrix.claims("2026-01", 5) == 0
    assert quality.claims_behind(("warranty_month", "months_in_service"), ("2026-02", 6)) == [
        quality_claims["B"].number]
    with_cancelled = quality.mis_matrix(QualityFilters(states="submitted"))
    assert with_cancelled.cells[("2026-01", 9)] == 1        # D: 2026-01-01 to 2026-10-06


def test_claims_per_100_vehicles(quality_claims):
    # vehicles with a warranty start: SED20 A, B, D, E; SUV30 C
    by_model = quality.claims_per_100("model", language="en")
    assert [(r.key, r.vehicles, r.claims, r.per_100) for r in by_model] == [
        ("SED20", 4, 2, D("50.00")), ("SUV30", 1, 1, D("100.00"))]
    by_month = quality.claims_per_100("warranty_month")
    assert [(r.key, r.vehicles, r.claims, r.per_100) for r in by_month] == [
        ("2025-12", 1, 1, D("100.00")), ("2026-01", 3, 1, D("33.33")),
        ("2026-02", 1, 1, D("100.00"))]
    with pytest.raises(ValidationError, match='are by model or by warranty month, not "colour"'):
        quality.claims_per_100("colour")


def test_claims_behind_a_group_page_by_claim_id(quality_claims):
    a, b = quality_claims["A"].number, quality_claims["B"].number
    assert quality.claims_behind("fault", "F101") == [a, b]
    assert quality.claims_behind("fault", "F101", limit=1) == [a]
    assert quality.claims_behind("fault", "F101", after=a, limit=1) == [b]
    assert quality.claims_behind("fault", "F101", after=b) == []
    assert quality.claims_behind("month", "2026-09") == []
    assert quality.claims_behind("outcome", None) == [a, b, quality_claims["C"].number]
    assert quality.claims_behind("fault", "F202", QualityFilters(states="submitted")) == [
        quality_claims["C"].number, quality_claims["D"].number]
