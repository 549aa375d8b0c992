"""The SQL of the quality analysis: one statement groups the claims and works out every measure
of each group, numbers the groups in two orders (by most total claimed, and as they are listed)
and hands back only the groups asked for, with the rest of a top N summed by the database.

The same SQL runs on SQLite and PostgreSQL. Keys are named k0, k1; measures are whole cents and
thousandths (see ``MEASURES``), so Python turns them into exact Decimals without arithmetic.
"""

from __future__ import annotations

from partsdesk.db.connection import database, is_sqlite
from partsdesk.db.models import Part, User
from partsdesk.db.models.claims import (CauseCode, Claim, ClaimLaborLine, ClaimPartLine,
                                        FaultCode, LaborOperation, Vehicle, VehicleModel)
from partsdesk.db.models.returns import DefectTag, Inspection, InspectionWithdrawal
from partsdesk.db.models.settlement import Difference, SettlementBatchClaim

PART_LINE_DIMENSIONS = ("category", "part", "batch", "outcome")
ORDERED_DIMENSIONS = ("month", "mileage", "months_in_service", "warranty_month")
NUMERIC_DIMENSIONS = ("mileage", "months_in_service")
# the measures of a grouped row, after its keys: counts, whole cents, thousandths
MEASURES = ("claims", "labour", "other", "total", "charge_backs", "settled", "lines",
            "quantity", "amount")


def t(model) -> str:
    return f'"{model._meta.table_name}"'


def month(column: str) -> str:
    return f"substr({column}, 1, 7)" if is_sqlite() else f"to_char({column}, 'YYYY-MM')"


def _part(column: str, which: str) -> str:
    if is_sqlite():
        start, length = {"year": (1, 4), "month": (6, 2), "day": (9, 2)}[which]
        return f"CAST(substr({column}, {start}, {length}) AS INTEGER)"
    return f"CAST(EXTRACT({which.upper()} FROM {column}) AS INTEGER)"


def _months_between(start: str, end: str) -> str:
    return (f"(({_part(end, 'year')} - {_part(start, 'year')}) * 12 + {_part(end, 'month')} - "
            f"{_part(start, 'month')} - CASE WHEN {_part(end, 'day')} < {_part(start, 'day')} "
            f"THEN 1 ELSE 0 END)")


def key_sql(dimension: str, bands) -> str:
    warranty = "COALESCE(c.warranty_start, v.warranty_start)"
    if dimension == "mileage":
        cases = " ".join(f"WHEN c.mileage >= {low} THEN {low}" for low in reversed(bands))
        return f"(CASE {cases} ELSE 0 END)"
    return {
        "category": "NULLIF(p.category, '')",
        "part": "p.part_no",
        "fault": "f.code",
        "cause": "cc.code",
        "operation": "lo.code",
        "batch": "NULLIF(pl.failed_batch, '')",
        "model": "m.code",
        "month": month("c.repair_date"),
        "months_in_service": f"CASE WHEN {warranty} IS NULL THEN NULL ELSE "
                             f"{_months_between(warranty, 'c.repair_date')} END",
        "warranty_month": f"CASE WHEN {warranty} IS NULL THEN NULL ELSE {month(warranty)} END",
        "outcome": "io.outcome",
        "entered_by": "u.username",
    }[dimension]


def same(expression: str) -> str:
    """``expression`` equal to a parameter, NULL equal to NULL."""
    return f"{expression} IS ?" if is_sqlite() else f"{expression} IS NOT DISTINCT FROM ?"


def from_sql(dimensions, filters=None, *, lines: str = "", vehicle: bool = False) -> str:
    """The claims with what the keys of ``dimensions`` and the ``filters`` read (the vehicle, its
    model, the codes, the user who entered it, the part); ``lines`` "LEFT"/"INNER" joins part
    lines, ``vehicle`` the vehicle even when nothing else reads it. Tables nothing reads are left
    out: every claim has its vehicle and its user, so leaving their joins out drops no claim."""
    wanted = set(dimensions)
    model = "model" in wanted or bool(filters and filters.model)
    vehicle = vehicle or model or bool(wanted & {"months_in_service", "warranty_month"})
    sql = f"FROM {t(Claim)} c "
    if vehicle:
        sql += f"JOIN {t(Vehicle)} v ON v.id = c.vehicle_id "
    if model:
        sql += (f"LEFT JOIN {t(VehicleModel)} m "
                f"ON m.id = COALESCE(c.vehicle_model_id, v.model_id) ")
    if "fault" in wanted or (filters and filters.fault):
        sql += f"LEFT JOIN {t(FaultCode)} f ON f.id = c.fault_code_id "
    if "cause" in wanted:
        sql += f"LEFT JOIN {t(CauseCode)} cc ON cc.id = c.cause_code_id "
    if "entered_by" in wanted:
        sql += f"JOIN {t(User)} u ON u.id = c.created_by_id "
    if lines:
        sql += f"{lines} JOIN {t(ClaimPartLine)} pl ON pl.claim_id = c.id "
    if lines and (wanted & {"category", "part"} or (filters and filters.category)):
        sql += f"LEFT JOIN {t(Part)} p ON p.id = pl.part_id "
    if lines and "outcome" in wanted:
        # a part line's inspection outcome (the first by name if its tags were split)
        sql += (f"LEFT JOIN (SELECT t.part_line_id, MIN(i.outcome) AS outcome "
                f"FROM {t(DefectTag)} t JOIN {t(Inspection)} i ON i.tag_id = t.id "
                f"WHERE NOT EXISTS (SELECT 1 FROM {t(InspectionWithdrawal)} w "
                f"WHERE w.inspection_id = i.id) "      # a withdrawn finding no longer stands
                f"GROUP BY t.part_line_id) io ON io.part_line_id = pl.id ")
    if "operation" in wanted:
        sql += (f"LEFT JOIN {t(ClaimLaborLine)} ll ON ll.claim_id = c.id "
                f"LEFT JOIN {t(LaborOperation)} lo ON lo.id = ll.operation_id ")
    return sql


def run(sql: str, params) -> list[tuple]:
    return list(database.execute_sql(sql.replace("?", database.param), params).fetchall())


def one_per_claim(dimensions) -> bool:
    """Whether each claim has one key of ``dimensions`` (and each of its part lines one): then
    the measures are a plain GROUP BY, with no (key, claim) pairs to build first."""
    return not any(d in PART_LINE_DIMENSIONS or d == "operation" for d in dimensions)


_MONEY = (f"LEFT JOIN (SELECT claim_id, SUM(amount) AS amount FROM {t(Difference)} "
          f"WHERE source IN ('inspection', 'reversal') GROUP BY claim_id) cb "
          f"ON cb.claim_id = c.id "
          f"LEFT JOIN {t(SettlementBatchClaim)} sbc ON sbc.claim_id = c.id ")
_CLAIM_MEASURES = ("COUNT(*) AS claims, SUM(c.labour_amount) AS labour, "
                   "SUM(c.other_amount) AS other, SUM(c.total_amount) AS total, "
                   "SUM(COALESCE(cb.amount, 0)) AS charge_backs, "
                   "SUM(COALESCE(sbc.paid_amount, 0)) AS settled")


def _claim_lines(category: str) -> tuple[str, list]:
    """Each claim's part lines summed (only those of ``category`` when one is named)."""
    if not category:
        return (f"LEFT JOIN (SELECT claim_id, COUNT(*) AS n, SUM(quantity) AS q, "
                f"SUM(amount) AS a FROM {t(ClaimPartLine)} GROUP BY claim_id) ls "
                f"ON ls.claim_id = c.id "), []
    return (f"LEFT JOIN (SELECT pl.claim_id, COUNT(*) AS n, SUM(pl.quantity) AS q, "
            f"SUM(pl.amount) AS a FROM {t(ClaimPartLine)} pl JOIN {t(Part)} p "
            f"ON p.id = pl.part_id WHERE p.category = ? GROUP BY pl.claim_id) ls "
            f"ON ls.claim_id = c.id "), [category]


def grouped_sql(dimensions, filters, bands, where: str, params: list,
                category: str) -> tuple[str, list]:
    """Every group of ``dimensions`` with all its measures in one row (keys k0…, then
    ``MEASURES``). ``where``/``params``: the claims chosen; ``category``: the only part
    category whose lines count, if any.

    Each claim is counted once per group: with a key of the claim's own a plain GROUP BY over
    the claims (their part lines summed per claim first); with a part-line key over (key,
    claim) pairs whose part lines are summed as the pairs are formed; with a labour operation
    over DISTINCT (key, claim) pairs, so labour lines never count a part line twice."""
    keys = [key_sql(d, bands) for d in dimensions]
    select_keys = ", ".join(f"{k} AS k{i}" for i, k in enumerate(keys))
    positions = ", ".join(str(i + 1) for i in range(len(keys)))
    outer = ", ".join(f"x.k{i}" for i in range(len(keys)))
    line_sums = ("SUM(COALESCE(ls.n, 0)) AS lines, SUM(COALESCE(ls.q, 0)) AS quantity, "
                 "SUM(COALESCE(ls.a, 0)) AS amount")
    if one_per_claim(dimensions):
        lines, line_params = _claim_lines(category)
        return (f"SELECT {select_keys}, {_CLAIM_MEASURES}, {line_sums} "
                f"{from_sql(dimensions, filters)}{_MONEY}{lines}{where} "
                f"GROUP BY {positions}"), line_params + params
    if not any(d in PART_LINE_DIMENSIONS for d in dimensions):      # labour operations
        lines, line_params = _claim_lines(category)
        return (f"SELECT {outer}, {_CLAIM_MEASURES}, {line_sums} "
                f"FROM (SELECT DISTINCT {select_keys}, c.id AS claim_id "
                f"{from_sql(dimensions, filters)}{where}) x "
                f"JOIN {t(Claim)} c ON c.id = x.claim_id {_MONEY}{lines}"
                f"GROUP BY {positions}"), params + line_params
    pair_keys = ", ".join(f"y.k{i}" for i in range(len(keys)))
    joined = from_sql(dimensions, filters, lines="LEFT")
    if "operation" in dimensions:       # labour lines repeat part lines: each line once
        pairs = (f"SELECT {pair_keys}, y.claim_id, COUNT(y.line_id) AS n, SUM(y.q) AS q, "
                 f"SUM(y.a) AS a FROM (SELECT DISTINCT {select_keys}, c.id AS claim_id, "
                 f"pl.id AS line_id, pl.quantity AS q, pl.amount AS a {joined}{where}) y "
                 f"GROUP BY {positions}, {len(keys) + 1}")
    else:
        pairs = (f"SELECT {select_keys}, c.id AS claim_id, COUNT(pl.id) AS n, "
                 f"SUM(pl.quantity) AS q, SUM(pl.amount) AS a {joined}{where} "
                 f"GROUP BY {positions}, {len(keys) + 1}")
    return (f"SELECT {outer}, {_CLAIM_MEASURES}, SUM(x.n) AS lines, SUM(x.q) AS quantity, "
            f"SUM(x.a) AS amount FROM ({pairs}) x JOIN {t(Claim)} c ON c.id = x.claim_id "
            f"{_MONEY}GROUP BY {positions}"), params


def _keys_order(dimensions) -> str:
    """The keys in the order groups are listed: months and bands by themselves, others by
    their text (by code point, as in Python); no key (NULL) last."""
    text = "" if is_sqlite() else ' COLLATE "C"'
    if dimensions[0] in ORDERED_DIMENSIONS:
        return ", ".join(f"g.k{i} IS NULL, g.k{i}{'' if d in NUMERIC_DIMENSIONS else text}"
                         for i, d in enumerate(dimensions))
    return ", ".join(f"g.k{i} IS NULL, CAST(g.k{i} AS {'TEXT' if is_sqlite() else 'VARCHAR'})"
                     f"{text}" for i in range(len(dimensions)))


def ranked_sql(grouped: str, dimensions, *, kept: str, rest: str | None) -> str:
    """The groups of ``grouped`` numbered by most total claimed (``rank``, ties in the listed
    order) and as listed (``pos``: by the keys for months and bands, else by rank), each with
    the count of groups and their whole total claimed; only the rows ``kept`` selects (a
    condition on rank and pos), in the listed order, then (with ``rest``) one row summing the
    measures of the rows ``rest`` selects, flagged 1 in the first column. Columns: the flag,
    the keys, ``MEASURES``, rank, pos, groups, whole."""
    n = len(dimensions)
    keys = _keys_order(dimensions)
    by_total = f"COALESCE(g.total, 0) DESC, {keys}"
    listed = keys if dimensions[0] in ORDERED_DIMENSIONS else by_total
    names = ", ".join(f"k{i}" for i in range(n))
    measures = ", ".join(MEASURES)
    sql = (f"WITH g AS ({grouped}), "
           f"r AS (SELECT g.*, ROW_NUMBER() OVER (ORDER BY {by_total}) AS rnk, "
           f"ROW_NUMBER() OVER (ORDER BY {listed}) AS pos, COUNT(*) OVER () AS n_groups, "
           f"SUM(g.total) OVER () AS whole FROM g) "
           f"SELECT 0 AS flag, {names}, {measures}, rnk, pos, n_groups, whole FROM r "
           f"WHERE {kept}")
    if rest is not None:
        nulls = ", ".join("NULL" for _ in range(n))
        sums = ", ".join(f"SUM({m})" for m in MEASURES)
        sql += (f" UNION ALL SELECT 1, {nulls}, {sums}, COUNT(*), NULL, NULL, NULL FROM r "
                f"WHERE {rest}")
    return sql + " ORDER BY 1, " + str(n + len(MEASURES) + 3)
