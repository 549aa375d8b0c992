"""Quality analysis: where warranty money goes and what fails, grouped in SQL.

One engine (``analyse``) groups the claims a ``QualityFilters`` selects by one dimension (or two:
a cross table) and returns per group the measures of ``Measures``. Grouping is done by the
database (a plain GROUP BY where each claim has one key, else over DISTINCT (key, claim) pairs),
which also orders the groups, the same SQL on SQLite and PostgreSQL; money is summed
as whole cents, so every figure is an exact Decimal.

How money is attributed when a claim appears in several groups
-----------------------------------------------------------------
A claim belongs to every group of a dimension it has a value in: with a part-line dimension
(part, category, batch, outcome) a claim with a filter and a pump is in two part groups; with
``operation`` a claim is in the group of each of its labour operations.

* ``part_lines``, ``quantity`` and ``parts_cost`` are the group's own part lines (each part line
  counted once per group). With ``operation`` (a labour-line dimension) the part lines of every
  claim in the group are counted.
* ``claims`` counts distinct claims in the group. ``labour_cost``, ``other``, ``total_claimed``,
  ``charge_backs`` and ``settled`` are claim-level: the WHOLE claim's amount goes to each group
  the claim appears in, once per group. Summed over the groups of a part-line dimension they can
  therefore exceed the whole.
* ``share`` is the group's ``total_claimed`` over the total claimed of the distinct claims the
  filters select (each claim once), so shares of a part-line dimension may add up to more than
  one. ``average_per_claim`` is ``total_claimed / claims``.
* ``charge_backs`` are the claim's differences from inspections and reversals (a reversal is
  negative: money given back); ``settled`` is the amount the settlement batch paid for it.
* A claim without a value (no part lines, no fault code, no warranty start…) is in the group whose
  key is ``None``.
* ``outcome`` is the inspection outcome of the part line's tag (the first by name when a line's
  tags were inspected differently); lines not inspected are in the ``None`` group.
* ``top``: the groups after the first N (by total claimed) are summed measure by measure into one
  ``OTHER`` group, so its ``claims`` counts a claim once for each of those groups it is in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from partsdesk.db.connection import database, is_sqlite
from partsdesk.db.fields import CENT
from partsdesk.db.models import Part, User
from partsdesk.db.models.claims import (CauseCode, Claim, ClaimLaborLine, ClaimPartLine,
                                        FaultCode, LaborOperation, Vehicle, VehicleModel)
from partsdesk.db.models.returns import DefectTag, Inspection, InspectionWithdrawal
from partsdesk.db.models.settlement import Difference, SettlementBatchClaim
from partsdesk.i18n import Translator, language as ui_language
from partsdesk.services.errors import ValidationError
from partsdesk.services.quality_labels import OTHER, labeller

tr = Translator("Quality")

# --- what is analysed --------------------------------------------------------------------

APPROVED_OR_LATER = ("approved", "parts_issued", "repaired", "signed", "parts_returned",
                     "settleable", "in_batch", "paid", "closed")
SUBMITTED_ALL = ("submitted",) + APPROVED_OR_LATER + ("rejected", "cancelled")
SETTLED = ("paid", "closed")
STATE_GROUPS = {"approved": APPROVED_OR_LATER, "submitted": SUBMITTED_ALL, "settled": SETTLED}
STATE_GROUP_NAMES = {"approved": tr.mark("Approved or later (not rejected or cancelled)"),
                     "submitted": tr.mark("Every submitted claim"),
                     "settled": tr.mark("Settled only (paid or closed)")}

DEFAULT_BANDS = (0, 5_000, 10_000, 20_000, 50_000, 100_000)   # km, lower bounds
FOUR_PLACES = Decimal("0.0001")


@dataclass(frozen=True)
class QualityFilters:
    date_from: date | None = None       # repair date, inclusive
    date_to: date | None = None
    model: str = ""                     # vehicle model code
    category: str = ""                  # part category code: claims with such a part line, and
                                        # only those lines in part-line measures
    fault: str = ""                     # fault code
    states: str = "approved"            # approved | submitted | settled


DIMENSIONS = {
    "category": tr.mark("Part category"),
    "part": tr.mark("Part"),
    "fault": tr.mark("Fault code"),
    "cause": tr.mark("Cause code"),
    "operation": tr.mark("Labour operation"),
    "batch": tr.mark("Production batch of the failed part"),
    "model": tr.mark("Vehicle model"),
    "month": tr.mark("Repair month"),
    "mileage": tr.mark("Mileage band"),
    "months_in_service": tr.mark("Months in service"),
    "outcome": tr.mark("Inspection outcome"),
    "entered_by": tr.mark("Entered by"),
}
# not offered as an analysis dimension, but a cell of the months-in-service matrix drills by it
_EXTRA_DIMENSIONS = ("warranty_month",)
PART_LINE_DIMENSIONS = ("category", "part", "batch", "outcome")
ORDERED_DIMENSIONS = ("month", "mileage", "months_in_service", "warranty_month")


@dataclass
class Measures:
    claims: int = 0
    part_lines: int = 0
    quantity: Decimal = Decimal("0.000")
    parts_cost: Decimal = Decimal("0.00")
    labour_cost: Decimal = Decimal("0.00")
    other: Decimal = Decimal("0.00")
    total_claimed: Decimal = Decimal("0.00")
    charge_backs: Decimal = Decimal("0.00")
    settled: Decimal = Decimal("0.00")
    average_per_claim: Decimal = Decimal("0.00")
    share: Decimal = Decimal("0.0000")      # of the whole total claimed, 4 places

    def add(self, other: "Measures") -> "Measures":
        return Measures(self.claims + other.claims, self.part_lines + other.part_lines,
                        self.quantity + other.quantity, self.parts_cost + other.parts_cost,
                        self.labour_cost + other.labour_cost, self.other + other.other,
                        self.total_claimed + other.total_claimed,
                        self.charge_backs + other.charge_backs, self.settled + other.settled)


@dataclass
class Group:
    key: object                 # a code, month, band…; a (key, key) pair in a cross table
    label: object               # code and description in the reader's language (a pair too)
    measures: Measures = field(default_factory=Measures)


@dataclass
class ParetoRow:
    group: Group
    cumulative_share: Decimal


@dataclass
class MisMatrix:
    rows: list[str]             # warranty-start months, YYYY-MM
    columns: list[int]          # whole months in service, 0 … the largest seen
    cells: dict                 # (row, column) -> claims

    def claims(self, row: str, column: int) -> int:
        return self.cells.get((row, column), 0)


@dataclass
class Rate:
    key: object
    label: str
    vehicles: int
    claims: int
    per_100: Decimal            # claims per 100 vehicles, 2 places


# --- SQL ---------------------------------------------------------------------------------

def _t(model) -> str:
    return f'"{model._meta.table_name}"'


def _month(column: str) -> str:
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


def _bands(bands) -> tuple[int, ...]:
    values = tuple(int(b) for b in (bands or DEFAULT_BANDS))
    if not values or values[0] != 0 or list(values) != sorted(set(values)):
        raise ValidationError(tr("Mileage bands must start at 0 and rise, not {bands}.",
                                 bands=", ".join(str(b) for b in values)), field="bands")
    return values


def _key_sql(dimension: str, bands) -> str:
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
        "month": _month("c.repair_date"),
        "months_in_service": f"CASE WHEN {warranty} IS NULL THEN NULL ELSE "
                             f"{_months_between(warranty, 'c.repair_date')} END",
        "warranty_month": f"CASE WHEN {warranty} IS NULL THEN NULL ELSE {_month(warranty)} END",
        "outcome": "io.outcome",
        "entered_by": "u.username",
    }[dimension]


def _check(dimension: str) -> None:
    if dimension not in DIMENSIONS and dimension not in _EXTRA_DIMENSIONS:
        raise ValidationError(tr("\"{by}\" is not a way to group claims; use one of {names}.",
                                 by=dimension, names=", ".join(DIMENSIONS)), field="by")


def _from(dimensions, filters: QualityFilters | None = None, *, lines: str = "",
          vehicle: bool = False) -> str:
    """The claims with what the keys of ``dimensions`` and the ``filters`` read (the vehicle, its
    model, the codes, the user who entered it, the part); ``lines`` "LEFT"/"INNER" joins part
    lines, ``vehicle`` the vehicle even when nothing else reads it. Tables nothing reads are left
    out: every claim has its vehicle and its user, so leaving their joins out drops no claim."""
    wanted = set(dimensions)
    model = "model" in wanted or bool(filters and filters.model)
    vehicle = vehicle or model or bool(wanted & {"months_in_service", "warranty_month"})
    sql = f"FROM {_t(Claim)} c "
    if vehicle:
        sql += f"JOIN {_t(Vehicle)} v ON v.id = c.vehicle_id "
    if model:
        sql += (f"LEFT JOIN {_t(VehicleModel)} m "
                f"ON m.id = COALESCE(c.vehicle_model_id, v.model_id) ")
    if "fault" in wanted or (filters and filters.fault):
        sql += f"LEFT JOIN {_t(FaultCode)} f ON f.id = c.fault_code_id "
    if "cause" in wanted:
        sql += f"LEFT JOIN {_t(CauseCode)} cc ON cc.id = c.cause_code_id "
    if "entered_by" in wanted:
        sql += f"JOIN {_t(User)} u ON u.id = c.created_by_id "
    if lines:
        sql += f"{lines} JOIN {_t(ClaimPartLine)} pl ON pl.claim_id = c.id "
    if lines and (wanted & {"category", "part"} or (filters and filters.category)):
        sql += f"LEFT JOIN {_t(Part)} p ON p.id = pl.part_id "
    if lines and "outcome" in wanted:
        # a part line's inspection outcome (the first by name if its tags were split)
        sql += (f"LEFT JOIN (SELECT t.part_line_id, MIN(i.outcome) AS outcome "
                f"FROM {_t(DefectTag)} t JOIN {_t(Inspection)} i ON i.tag_id = t.id "
                f"WHERE NOT EXISTS (SELECT 1 FROM {_t(InspectionWithdrawal)} w "
                f"WHERE w.inspection_id = i.id) "
                f"GROUP BY t.part_line_id) io ON io.part_line_id = pl.id ")
    if "operation" in wanted:
        sql += (f"LEFT JOIN {_t(ClaimLaborLine)} ll ON ll.claim_id = c.id "
                f"LEFT JOIN {_t(LaborOperation)} lo ON lo.id = ll.operation_id ")
    return sql


def _date(value):
    return value.isoformat() if is_sqlite() else value


def _where(filters: QualityFilters, *, lines: bool) -> tuple[str, list]:
    if filters.states not in STATE_GROUPS:
        raise ValidationError(tr("\"{states}\" is not a group of claim states; use approved, "
                                 "submitted or settled.", states=filters.states), field="states")
    states = STATE_GROUPS[filters.states]
    clauses = [f"c.state IN ({', '.join('?' for _ in states)})"]
    params: list = list(states)
    if filters.date_from:
        clauses.append("c.repair_date >= ?")
        params.append(_date(filters.date_from))
    if filters.date_to:
        clauses.append("c.repair_date <= ?")
        params.append(_date(filters.date_to))
    if filters.model:
        clauses.append("m.code = ?")
        params.append(filters.model.strip().upper())
    if filters.fault:
        clauses.append("f.code = ?")
        params.append(filters.fault.strip().upper())
    if filters.category:
        category = filters.category.strip().upper()
        clauses.append(f"EXISTS (SELECT 1 FROM {_t(ClaimPartLine)} pl2 JOIN {_t(Part)} p2 "
                       f"ON p2.id = pl2.part_id WHERE pl2.claim_id = c.id AND p2.category = ?)")
        params.append(category)
        if lines:
            clauses.append("p.category = ?")
            params.append(category)
    return "WHERE " + " AND ".join(clauses), params


def _run(sql: str, params) -> list[tuple]:
    return list(database.execute_sql(sql.replace("?", database.param), params).fetchall())


def _money(cents) -> Decimal:
    return Decimal(int(cents or 0)).scaleb(-2)          # whole cents: exact, two places


def _one_per_claim(dimensions) -> bool:
    """Whether each claim has one key of ``dimensions`` (and each of its part lines one): then
    the measures are a plain GROUP BY, with no DISTINCT pairs to build first."""
    return not any(d in PART_LINE_DIMENSIONS or d == "operation" for d in dimensions)


def _order_by(dimensions) -> str:
    """ORDER BY (over the grouped rows ``g``) of the order ``analyse`` lists groups in: by the
    keys for a dimension with an order of its own (months, bands), else by most total claimed
    and then the keys as text; no key (NULL) last. Text compares by code point, as in Python."""
    text = "" if is_sqlite() else ' COLLATE "C"'
    numeric = ("mileage", "months_in_service")
    if dimensions[0] in ORDERED_DIMENSIONS:
        keys = [f"g.k{i} IS NULL, g.k{i}{'' if d in numeric else text}"
                for i, d in enumerate(dimensions)]
        return "ORDER BY " + ", ".join(keys)
    keys = [f"g.k{i} IS NULL, CAST(g.k{i} AS {'TEXT' if is_sqlite() else 'VARCHAR'}){text}"
            for i in range(len(dimensions))]
    return "ORDER BY COALESCE(g.total, 0) DESC, " + ", ".join(keys)


def _claim_measures_sql(dimensions, filters: QualityFilters, bands) -> tuple[str, list]:
    """Claim-level measures per group, in the order ``analyse`` lists groups: the claims of each
    group counted once (over DISTINCT (key, claim) pairs when a claim can be in several)."""
    keys = [_key_sql(d, bands) for d in dimensions]
    names = ", ".join(f"k{i}" for i in range(len(keys)))
    positions = ", ".join(str(i + 1) for i in range(len(keys)))
    by_lines = any(d in PART_LINE_DIMENSIONS for d in dimensions)
    where, params = _where(filters, lines=by_lines)
    measures = ("COUNT(*) AS claims, SUM(c.labour_amount) AS labour, SUM(c.other_amount) AS other, "
                "SUM(c.total_amount) AS total, SUM(COALESCE(cb.amount, 0)) AS charge_backs, "
                "SUM(COALESCE(sbc.paid_amount, 0)) AS settled")
    money = (f"LEFT JOIN (SELECT claim_id, SUM(amount) AS amount FROM {_t(Difference)} "
             f"WHERE source IN ('inspection', 'reversal') GROUP BY claim_id) cb "
             f"ON cb.claim_id = c.id "
             f"LEFT JOIN {_t(SettlementBatchClaim)} sbc ON sbc.claim_id = c.id ")
    select_keys = ", ".join(f"{k} AS k{i}" for i, k in enumerate(keys))
    if _one_per_claim(dimensions):
        grouped = (f"SELECT {select_keys}, {measures} {_from(dimensions, filters)}{money}{where} "
                   f"GROUP BY {positions}")
    else:
        outer_keys = ", ".join(f"x.k{i}" for i in range(len(keys)))
        grouped = (f"SELECT {outer_keys}, {measures} "
                   f"FROM (SELECT DISTINCT {select_keys}, c.id AS claim_id "
                   f"{_from(dimensions, filters, lines='LEFT' if by_lines else '')}{where}) x "
                   f"JOIN {_t(Claim)} c ON c.id = x.claim_id {money}GROUP BY {positions}")
    return f"SELECT {names}, claims, labour, other, total, charge_backs, settled " \
           f"FROM ({grouped}) g {_order_by(dimensions)}", params


def _line_measures_sql(dimensions, filters: QualityFilters, bands) -> tuple[str, list]:
    """Part-line measures per group: each part line counted once per group (over DISTINCT
    (key, part line) pairs when labour lines could repeat it)."""
    keys = [_key_sql(d, bands) for d in dimensions]
    select_keys = ", ".join(f"{k} AS k{i}" for i, k in enumerate(keys))
    positions = ", ".join(str(i + 1) for i in range(len(keys)))
    where, params = _where(filters, lines=True)
    if "operation" not in dimensions:
        return (f"SELECT {select_keys}, COUNT(*), SUM(pl.quantity), SUM(pl.amount) "
                f"{_from(dimensions, filters, lines='INNER')}{where} GROUP BY {positions}"), params
    outer_keys = ", ".join(f"x.k{i}" for i in range(len(keys)))
    return (f"SELECT {outer_keys}, COUNT(*), SUM(pl.quantity), SUM(pl.amount) "
            f"FROM (SELECT DISTINCT {select_keys}, pl.id AS line_id "
            f"{_from(dimensions, filters, lines='INNER')}{where}) x "
            f"JOIN {_t(ClaimPartLine)} pl ON pl.id = x.line_id GROUP BY {positions}"), params


def _grouped_rows(dimensions, filters: QualityFilters, bands) -> tuple[list, bool]:
    """The groups as plain rows (key tuple, claims, labour, other, total, charge-backs, settled
    in cents, part lines, quantity in thousandths, parts cost in cents), and whether they are in
    the order ``analyse`` lists them (not when a group had part lines but no claim row)."""
    n = len(dimensions)
    rows = [[tuple(row[:n]), *row[n:], 0, 0, 0]
            for row in _run(*_claim_measures_sql(dimensions, filters, bands))]
    found = {row[0]: row for row in rows}
    in_order = True
    for line in _run(*_line_measures_sql(dimensions, filters, bands)):
        key = tuple(line[:n])
        row = found.get(key)
        if row is None:
            row = found[key] = [key, 0, 0, 0, 0, 0, 0, 0, 0, 0]
            rows.append(row)
            in_order = False
        row[7:10] = line[n:]
    return rows, in_order


def _measures(row) -> Measures:
    """The Measures of one grouped row (no average and share yet)."""
    return Measures(int(row[1]), int(row[7] or 0), Decimal(int(row[8] or 0)) / 1000,
                    _money(row[9]), _money(row[2]), _money(row[3]), _money(row[4]),
                    _money(row[5]), _money(row[6]))


def _grouped(dimensions, filters: QualityFilters, bands) -> dict:
    """{key tuple: Measures} without average and share."""
    return {row[0]: _measures(row) for row in _grouped_rows(dimensions, filters, bands)[0]}


def whole_total(filters: QualityFilters = QualityFilters()) -> Decimal:
    """Total claimed of the distinct claims the filters select: what ``share`` is a share of."""
    where, params = _where(filters, lines=False)
    rows = _run(f"SELECT SUM(c.total_amount) {_from((), filters)}{where}", params)
    return _money(rows[0][0])


def _finish(measures: Measures, whole: Decimal) -> Measures:
    measures.average_per_claim = \
        (measures.total_claimed / measures.claims).quantize(CENT, ROUND_HALF_UP) \
        if measures.claims else Decimal("0.00")
    measures.share = (measures.total_claimed / whole).quantize(FOUR_PLACES, ROUND_HALF_UP) \
        if whole else Decimal("0.0000")
    return measures


def _sorted(rows, dimensions) -> list:
    """Rows in the order ``analyse`` lists groups (what ``_order_by`` asks SQL for), for the
    rare rows SQL could not order: a group with part lines but no claim row."""
    def order(value):
        return (value is None, value if value is not None else 0)
    if dimensions[0] in ORDERED_DIMENSIONS:
        return sorted(rows, key=lambda row: tuple(order(k) for k in row[0]))
    return sorted(rows, key=lambda row: (-int(row[4] or 0), tuple(
        order(str(k) if k is not None else None) for k in row[0])))


def _top(rows, dimensions, top: int | None) -> tuple[list, list | None]:
    """The rows of the ``top`` groups of most total claimed (ties: the one listed first), in
    the groups' order, and the rest (None without ``top`` or with no more groups than that)."""
    if top is None or len(rows) <= top:
        return rows, None
    if dimensions[0] not in ORDERED_DIMENSIONS:
        return rows[:top], rows[top:]           # listed by most total claimed already
    chosen = set(sorted(range(len(rows)), key=lambda i: -int(rows[i][4] or 0))[:top])
    return ([row for i, row in enumerate(rows) if i in chosen],
            [row for i, row in enumerate(rows) if i not in chosen])


def _summed(rows) -> Measures:
    """The rest of a top N as one group: each measure summed over its groups, in whole cents
    and thousandths (so a claim counts once for each of those groups it is in)."""
    sums = [sum(int(value or 0) for value in column) for column in list(zip(*rows))[1:]]
    return Measures(sums[0], sums[6], Decimal("0.000") + Decimal(sums[7]) / 1000,
                    _money(sums[8]), _money(sums[1]), _money(sums[2]), _money(sums[3]),
                    _money(sums[4]), _money(sums[5]))


# --- the analyses ------------------------------------------------------------------------

def analyse(by: str, filters: QualityFilters = QualityFilters(), *, then: str | None = None,
            top: int | None = None, language: str | None = None, bands=None) -> list[Group]:
    """The claims ``filters`` select grouped by ``by`` (and by ``then``: a cross table whose keys
    and labels are pairs); ``top`` keeps the N groups of most total claimed and sums the rest
    into one group keyed ``OTHER``. ``bands``: lower bounds of the mileage bands in km.

    SQL groups and orders; Python builds (and labels) only the groups it returns, and sums the
    rest of a top N as plain integers, so a grouping of 100,000 parts costs little besides SQL."""
    dimensions = (by,) if then is None else (by, then)
    for dimension in dimensions:
        _check(dimension)
    bands = _bands(bands)
    rows, in_order = _grouped_rows(dimensions, filters, bands)
    if _one_per_claim(dimensions):          # each claim in one group: the groups sum the whole
        whole = _money(sum(int(row[4] or 0) for row in rows))
    else:
        whole = whole_total(filters)
    if not in_order:
        rows = _sorted(rows, dimensions)
    kept, rest = _top(rows, dimensions, top)
    labellers = [labeller(d, {row[0][i] for row in kept}, language, bands)
                 for i, d in enumerate(dimensions)]
    groups = []
    for row in kept:
        key = row[0]
        labels = tuple(label(k) for label, k in zip(labellers, key))
        groups.append(Group(key if then else key[0], labels if then else labels[0],
                            _finish(_measures(row), whole)))
    if rest is not None:
        groups.append(Group(OTHER, tr.lang(language or ui_language(), "Other"),
                            _finish(_summed(rest), whole)))
    return groups


def _month_range(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def trend(filters: QualityFilters = QualityFilters(), by: str | None = None, *,
          language: str | None = None) -> list[Group]:
    """Groups by repair month from the filters' first to last month (else from the first to the
    last month with claims), months without claims as zero groups. With ``by``, keys are
    (month, key) pairs for every month and every key seen."""
    groups = analyse("month", filters, then=by, language=language)
    months = {g.key[0] if by else g.key for g in groups}
    first = filters.date_from.isoformat()[:7] if filters.date_from else min(months, default=None)
    last = filters.date_to.isoformat()[:7] if filters.date_to else max(months, default=None)
    if first is None or last is None:
        return []
    if not by:
        found = {g.key: g for g in groups}
        return [found.get(m, Group(m, m)) for m in _month_range(first, last)]
    found = {g.key: g for g in groups}
    seconds = {g.key[1]: g.label[1] for g in groups}
    ordered = sorted(seconds, key=lambda k: (k is None, str(k)))
    return [found.get((m, k), Group((m, k), (m, seconds[k])))
            for m in _month_range(first, last) for k in ordered]


def pareto(by: str, filters: QualityFilters = QualityFilters(), *,
           language: str | None = None) -> list[ParetoRow]:
    """Groups by most total claimed first, each with the running sum of their shares."""
    groups = sorted(analyse(by, filters, language=language),
                    key=lambda g: (-g.measures.total_claimed, str(g.key)))
    rows, running = [], Decimal("0.0000")
    for group in groups:
        running += group.measures.share
        rows.append(ParetoRow(group, running))
    return rows


def mis_matrix(filters: QualityFilters = QualityFilters()) -> MisMatrix:
    """Claims by the month their vehicle entered warranty (the claim's warranty start, else its
    vehicle's; rows, every month from the first to the last) and whole months in service at the
    repair (columns, 0 to the largest). Claims without a warranty start are left out."""
    grouped = _grouped(("warranty_month", "months_in_service"), filters, DEFAULT_BANDS)
    cells = {k: m.claims for k, m in grouped.items() if k[0] is not None and k[1] is not None}
    if not cells:
        return MisMatrix([], [], {})
    rows = _month_range(min(k[0] for k in cells), max(k[0] for k in cells))
    columns = list(range(min(0, min(k[1] for k in cells)), max(k[1] for k in cells) + 1))
    return MisMatrix(rows, columns, cells)


RATE_DEFINITION = tr.mark(
    "Claims per 100 vehicles: the claims selected, of vehicles with a warranty start, divided by "
    "the vehicles PartsDesk knows with a warranty start in the same group (the vehicle's model, "
    "or the month its warranty started), times 100.")


def claims_per_100(by: str = "model", filters: QualityFilters = QualityFilters(), *,
                   language: str | None = None) -> list[Rate]:
    """Claims per 100 vehicles by ``by`` = "model" or "warranty_month".

    The vehicle population is every vehicle PartsDesk knows with a warranty start (its master
    record). Claims are those ``filters`` select whose vehicle has a warranty start, grouped by
    the same vehicle master facts (the vehicle's model, the month its warranty started), so the
    numerator and the denominator are the same vehicles. Rate = claims / vehicles × 100, two
    places; groups with vehicles but no claims are listed at 0."""
    if by == "model":
        key = "vm.code"
        join = f"LEFT JOIN {_t(VehicleModel)} vm ON vm.id = v.model_id "
    elif by == "warranty_month":
        key, join = _month("v.warranty_start"), ""
    else:
        raise ValidationError(tr("Claims per 100 vehicles are by model or by warranty month, "
                                 "not \"{by}\".", by=by), field="by")
    vehicles = {row[0]: int(row[1]) for row in _run(
        f"SELECT {key}, COUNT(*) FROM {_t(Vehicle)} v {join}"
        f"WHERE v.warranty_start IS NOT NULL GROUP BY {key}", [])}
    where, params = _where(filters, lines=False)
    claims = {row[0]: int(row[1]) for row in _run(      # each claim has one vehicle: one key
        f"SELECT {key} AS k, COUNT(*) {_from((), filters, vehicle=True)}{join}{where} "
        f"AND v.warranty_start IS NOT NULL GROUP BY 1", params)}
    label = labeller("model" if by == "model" else "month", set(vehicles), language)
    rates = []
    for k in sorted(vehicles, key=lambda k: (k is None, str(k))):
        count = claims.get(k, 0)
        rates.append(Rate(k, label(k), vehicles[k], count,
                          (Decimal(count * 100) / vehicles[k]).quantize(CENT, ROUND_HALF_UP)))
    return rates


def claims_behind(by, key, filters: QualityFilters = QualityFilters(), *,
                  after: str | None = None, limit: int = 200, bands=None) -> list[str]:
    """The numbers of the claims behind one group (``by`` a dimension and ``key`` its key, or
    both pairs for a cross-table cell or a months-in-service cell: ("warranty_month",
    "months_in_service")), by claim id, ``limit`` at a time after the claim number ``after``.
    The ``OTHER`` group of ``top`` has no claims of its own: drill into the groups it sums."""
    dimensions = (by,) if isinstance(by, str) else tuple(by)
    keys = (key,) if isinstance(by, str) else tuple(key)
    for dimension in dimensions:
        _check(dimension)
    bands = _bands(bands)
    by_lines = any(d in PART_LINE_DIMENSIONS for d in dimensions)
    where, params = _where(filters, lines=by_lines)
    for dimension, value in zip(dimensions, keys):
        expression = _key_sql(dimension, bands)
        if value is None:
            where += f" AND {expression} IS NULL"
        else:
            where += f" AND {expression} = ?"
            params.append(value)
    if after:
        where += f" AND c.id > (SELECT id FROM {_t(Claim)} WHERE number = ?)"
        params.append(after)
    sql = (f"SELECT DISTINCT c.id, c.number "
           f"{_from(dimensions, filters, lines='LEFT' if by_lines else '')}"
           f"{where} ORDER BY c.id LIMIT {int(limit)}")
    return [row[1] for row in _run(sql, params)]


def dimension_name(dimension: str) -> str:
    return tr(DIMENSIONS.get(dimension, dimension))
