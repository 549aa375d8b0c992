"""Quality analysis: where warranty money goes and what fails, grouped in SQL.

One engine (``analyse``) groups the claims a ``QualityFilters`` selects by one dimension (or two:
a cross table) and returns per group the measures of ``Measures``. One statement of the
database (services/quality_sql.py: a plain GROUP BY where each claim has one key, else over
(key, claim) pairs) works out every measure, orders the groups, keeps the top N and sums the
rest, the same SQL on SQLite and PostgreSQL; ``groups_slice`` hands a stretch of the groups at a
time to a table that loads as it scrolls. Money is summed as whole cents, so every figure is an
exact Decimal.

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

from partsdesk.db.connection import is_sqlite
from partsdesk.db.fields import CENT
from partsdesk.db.models import Part
from partsdesk.db.models.claims import Claim, ClaimPartLine, Vehicle, VehicleModel
from partsdesk.i18n import Translator, language as ui_language
from partsdesk.services.errors import ValidationError
from partsdesk.services import quality_sql as sql
from partsdesk.services.quality_labels import OTHER, labeller
from partsdesk.services.quality_sql import PART_LINE_DIMENSIONS

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


@dataclass
class Slice:
    """A stretch of the groups as ``analyse`` lists them, for a table that loads as it scrolls:
    ``groups`` from position ``offset`` on, ``largest`` the groups of most total claimed (most
    first, for the charts), ``count`` the groups in all."""
    groups: list[Group]
    largest: list[Group]
    count: int
    offset: int = 0


# --- SQL (written in services/quality_sql.py) --------------------------------------------

def _bands(bands) -> tuple[int, ...]:
    values = tuple(int(b) for b in (bands or DEFAULT_BANDS))
    if not values or values[0] != 0 or list(values) != sorted(set(values)):
        raise ValidationError(tr("Mileage bands must start at 0 and rise, not {bands}.",
                                 bands=", ".join(str(b) for b in values)), field="bands")
    return values


def _check(dimension: str) -> None:
    if dimension not in DIMENSIONS and dimension not in _EXTRA_DIMENSIONS:
        raise ValidationError(tr("\"{by}\" is not a way to group claims; use one of {names}.",
                                 by=dimension, names=", ".join(DIMENSIONS)), field="by")


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
        clauses.append(f"EXISTS (SELECT 1 FROM {sql.t(ClaimPartLine)} pl2 JOIN {sql.t(Part)} p2 "
                       f"ON p2.id = pl2.part_id WHERE pl2.claim_id = c.id AND p2.category = ?)")
        params.append(category)
        if lines:
            clauses.append("p.category = ?")
            params.append(category)
    return "WHERE " + " AND ".join(clauses), params


def _money(cents) -> Decimal:
    return Decimal(int(cents or 0)).scaleb(-2)          # whole cents: exact, two places


def _grouped(dimensions, filters: QualityFilters, bands) -> tuple[str, list]:
    where, params = _where(filters, lines=any(d in PART_LINE_DIMENSIONS for d in dimensions))
    return sql.grouped_sql(dimensions, filters, bands, where, params,
                           filters.category.strip().upper())


def _ranked(dimensions, filters: QualityFilters, bands, *, kept: str, rest: str | None = None,
            values=()) -> tuple[list, tuple | None, int, Decimal | None]:
    """The rows ``kept`` selects (keys tuple, then ``quality_sql.MEASURES``, rank, pos), the
    summed row of those ``rest`` selects (None when there are none), the count of groups, and
    the whole total claimed when every claim is in one group (else None: ask ``whole_total``)."""
    grouped, params = _grouped(dimensions, filters, bands)
    n = len(dimensions)
    rows, summed, count, whole = [], None, 0, None
    for row in sql.run(sql.ranked_sql(grouped, dimensions, kept=kept, rest=rest),
                       params + list(values)):
        if row[0]:                          # the rest summed (NULL sums when there is none)
            if row[n + 1] is not None:
                summed = row[n + 1:]
                count = count or int(summed[len(sql.MEASURES)])
            continue
        rows.append((tuple(row[1:n + 1]), *row[n + 1:n + 12]))
        count, whole = int(row[n + 12]), row[n + 13]
    return rows, summed, count, (_money(whole) if sql.one_per_claim(dimensions) and rows
                                 else None)


def _measures(row) -> Measures:
    """The Measures of one row: the claims, the claim-level money in cents, the part lines,
    their quantity in thousandths and their amount in cents (no average and share yet)."""
    claims, labour, other, total, charge_backs, settled, lines, quantity, amount = row[:9]
    return Measures(int(claims or 0), int(lines or 0), Decimal(int(quantity or 0)) / 1000,
                    _money(amount), _money(labour), _money(other), _money(total),
                    _money(charge_backs), _money(settled))


def whole_total(filters: QualityFilters = QualityFilters()) -> Decimal:
    """Total claimed of the distinct claims the filters select: what ``share`` is a share of."""
    where, params = _where(filters, lines=False)
    rows = sql.run(f"SELECT SUM(c.total_amount) {sql.from_sql((), filters)}{where}", params)
    return _money(rows[0][0])


def _finish(measures: Measures, whole: Decimal) -> Measures:
    measures.average_per_claim = \
        (measures.total_claimed / measures.claims).quantize(CENT, ROUND_HALF_UP) \
        if measures.claims else Decimal("0.00")
    measures.share = (measures.total_claimed / whole).quantize(FOUR_PLACES, ROUND_HALF_UP) \
        if whole else Decimal("0.0000")
    return measures


def _groups(rows, dimensions, whole: Decimal, language, bands) -> list[Group]:
    """Groups of ``rows``, labelled in ``language`` with one query per dimension."""
    labellers = [labeller(d, {row[0][i] for row in rows}, language, bands)
                 for i, d in enumerate(dimensions)]
    pair = len(dimensions) > 1
    groups = []
    for row in rows:
        key = row[0]
        labels = tuple(label(k) for label, k in zip(labellers, key))
        groups.append(Group(key if pair else key[0], labels if pair else labels[0],
                            _finish(_measures(row[1:]), whole)))
    return groups


def _dimensions(by: str, then: str | None) -> tuple:
    dimensions = (by,) if then is None else (by, then)
    for dimension in dimensions:
        _check(dimension)
    return dimensions


# --- the analyses ------------------------------------------------------------------------

def analyse(by: str, filters: QualityFilters = QualityFilters(), *, then: str | None = None,
            top: int | None = None, language: str | None = None, bands=None) -> list[Group]:
    """The claims ``filters`` select grouped by ``by`` (and by ``then``: a cross table whose keys
    and labels are pairs); ``top`` keeps the N groups of most total claimed and sums the rest
    into one group keyed ``OTHER``. ``bands``: lower bounds of the mileage bands in km.

    SQL groups, orders, keeps the top N and sums the rest; Python builds (and labels) only the
    groups it returns, so a grouping of 100,000 parts costs little besides SQL."""
    dimensions = _dimensions(by, then)
    bands = _bands(bands)
    if top is None:
        rows, rest, _, whole = _ranked(dimensions, filters, bands, kept="1 = 1")
    else:
        rows, rest, _, whole = _ranked(dimensions, filters, bands, kept="rnk <= ?",
                                       rest="rnk > ?", values=(int(top), int(top)))
    if whole is None:
        whole = whole_total(filters) if rows or rest else Decimal("0.00")
    groups = _groups(rows, dimensions, whole, language, bands)
    if rest is not None:
        groups.append(Group(OTHER, tr.lang(language or ui_language(), "Other"),
                            _finish(_measures(rest), whole)))
    return groups


def groups_slice(by: str, filters: QualityFilters = QualityFilters(), *,
                 then: str | None = None, offset: int = 0, limit: int = 200, largest: int = 0,
                 language: str | None = None, bands=None) -> Slice:
    """``limit`` groups as ``analyse`` lists them from position ``offset`` (0: the first), and
    the ``largest`` groups of most total claimed, for a table that loads as it scrolls and the
    charts beside it: one statement, whatever the number of groups."""
    dimensions = _dimensions(by, then)
    bands = _bands(bands)
    rows, _, count, whole = _ranked(
        dimensions, filters, bands, kept="(pos > ? AND pos <= ?) OR rnk <= ?",
        values=(int(offset), int(offset) + int(limit), int(largest)))
    if whole is None:
        whole = whole_total(filters) if rows else Decimal("0.00")
    groups = _groups(rows, dimensions, whole, language, bands)
    listed = [g for g, row in zip(groups, rows) if offset < row[11] <= offset + limit]
    by_rank = sorted((row[10], g) for g, row in zip(groups, rows) if row[10] <= largest)
    return Slice(listed, [g for _, g in by_rank], count, offset)


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
    grouped, params = _grouped(("warranty_month", "months_in_service"), filters, DEFAULT_BANDS)
    cells = {(row[0], row[1]): int(row[2]) for row in sql.run(grouped, params)
             if row[0] is not None and row[1] is not None}
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
        join = f"LEFT JOIN {sql.t(VehicleModel)} vm ON vm.id = v.model_id "
    elif by == "warranty_month":
        key, join = sql.month("v.warranty_start"), ""
    else:
        raise ValidationError(tr("Claims per 100 vehicles are by model or by warranty month, "
                                 "not \"{by}\".", by=by), field="by")
    vehicles = {row[0]: int(row[1]) for row in sql.run(
        f"SELECT {key}, COUNT(*) FROM {sql.t(Vehicle)} v {join}"
        f"WHERE v.warranty_start IS NOT NULL GROUP BY {key}", [])}
    where, params = _where(filters, lines=False)
    claims = {row[0]: int(row[1]) for row in sql.run(   # each claim has one vehicle: one key
        f"SELECT {key} AS k, COUNT(*) {sql.from_sql((), filters, vehicle=True)}{join}{where} "
        f"AND v.warranty_start IS NOT NULL GROUP BY 1", params)}
    label = labeller("model" if by == "model" else "month", set(vehicles), language)
    rates = []
    for k in sorted(vehicles, key=lambda k: (k is None, str(k))):
        count = claims.get(k, 0)
        rates.append(Rate(k, label(k), vehicles[k], count,
                          (Decimal(count * 100) / vehicles[k]).quantize(CENT, ROUND_HALF_UP)))
    return rates


def claims_behind(by, key, filters: QualityFilters = QualityFilters(), *,
                  after: str | None = None, limit: int = 200, bands=None,
                  shown=()) -> list[str]:
    """The numbers of the claims behind one group (``by`` a dimension and ``key`` its key, or
    both pairs for a cross-table cell or a months-in-service cell: ("warranty_month",
    "months_in_service")), by claim id, ``limit`` at a time after the claim number ``after``.
    The ``OTHER`` group of a top N is the claims with a key not among ``shown`` (the keys of
    the groups listed beside it)."""
    dimensions = (by,) if isinstance(by, str) else tuple(by)
    for dimension in dimensions:
        _check(dimension)
    bands = _bands(bands)
    by_lines = any(d in PART_LINE_DIMENSIONS for d in dimensions)
    where, params = _where(filters, lines=by_lines)
    expressions = [sql.key_sql(d, bands) for d in dimensions]

    def matches(value) -> str:
        keys = (value,) if isinstance(by, str) else tuple(value)
        params.extend(keys)
        return "(" + " AND ".join(sql.same(e) for e in expressions) + ")"
    if key == OTHER:
        if shown:
            where += " AND NOT (" + " OR ".join(matches(k) for k in shown) + ")"
    else:
        where += " AND " + matches(key)
    if after:
        where += f" AND c.id > (SELECT id FROM {sql.t(Claim)} WHERE number = ?)"
        params.append(after)
    statement = (f"SELECT DISTINCT c.id, c.number "
                 f"{sql.from_sql(dimensions, filters, lines='LEFT' if by_lines else '')}"
                 f"{where} ORDER BY c.id LIMIT {int(limit)}")
    return [row[1] for row in sql.run(statement, params)]


def dimension_name(dimension: str) -> str:
    return tr(DIMENSIONS.get(dimension, dimension))
