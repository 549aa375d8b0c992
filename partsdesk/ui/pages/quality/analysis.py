"""The figures the quality page shows, worked out off the GUI thread.

A ``Request`` is what the page's filters said when it asked. ``group_claims`` analyses the claims
by the chosen grouping and builds the table's rows and the charts' items in the worker: a top N
with the rest summed by the database, or (every group) the first ``PAGE`` groups, the table
asking ``more_rows`` for the next ones as it scrolls, so a grouping of 177,787 parts never builds
every group at once; ``figures`` works out what depends on the filters alone (the trend, the
months-in-service matrix, claims per 100 vehicles), which a change of grouping does not ask
again; ``claims_behind`` finds the claim numbers behind any figure.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from partsdesk.i18n import Translator
from partsdesk.services import quality
from partsdesk.services.quality import OTHER, QualityFilters
from partsdesk.services.quality_labels import CODED, group_code, group_label, group_name
from partsdesk.ui.charts import Item
from partsdesk.ui.format import money

tr = Translator("QualityPage")

CHART_GROUPS = 20           # bars drawn; the table lists every group
PARETO_GROUPS = 25
MOST_CLAIMS = 2_000         # claims a drill-down opens at most
PAGE = 200                  # groups the table loads at a time when it lists every group


@dataclass(frozen=True)
class Request:
    """One analysis the page asks for: what the filters said when it was asked."""
    generation: int
    by: str
    then: str | None
    top: int | None
    filters: QualityFilters
    language: str

    def dimensions(self):
        return self.by if self.then is None else (self.by, self.then)

    def dimensions_tuple(self) -> tuple:
        return (self.by,) if self.then is None else (self.by, self.then)


@dataclass
class Groups:
    """The groups of one request, ready to show: the table's rows and the charts' items are
    built in the worker, so a grouping of 100,000 parts costs the window nothing."""
    request: Request
    rows: list = field(default_factory=list)        # table rows (see COLUMNS), key last
    bars: list = field(default_factory=list)        # the largest CHART_GROUPS, as chart items
    pareto: list = field(default_factory=list)
    cumulative: list = field(default_factory=list)  # running share of each Pareto item
    count: int = 0                                  # groups in all
    loaded: int = 0                                 # groups of them in ``rows`` so far


@dataclass
class Figures:
    """What depends on the filters alone (not on the grouping): the trend, the matrix and the
    claims per 100 vehicles."""
    request: Request
    claims: int = 0
    total: object = 0
    trend: list = field(default_factory=list)
    matrix: quality.MisMatrix | None = None
    by_model: list = field(default_factory=list)
    by_month: list = field(default_factory=list)


def _tip(group) -> str:
    m = group.measures
    return tr.plural(m.claims, "{label}\n{n} claim · total claimed {total} · share {share}",
                     "{label}\n{n} claims · total claimed {total} · share {share}",
                     label=group_label(group), total=money(m.total_claimed),
                     share=f"{float(m.share) * 100:.1f}%")


def _item(group, request: Request, short: bool = False) -> Item:
    label = group_label(group)
    if short and group.key != OTHER and request.then is None and request.by in CODED:
        label = "—" if group.key is None else str(group.key)    # under a column: the code
    return Item(group.key, label, float(group.measures.total_claimed), _tip(group),
                rest=group.key == OTHER)


def _rows(groups, request: Request) -> list[tuple]:
    rows = []
    for group in groups:
        m = group.measures
        rows.append((group_code(group), group_name(group, request.dimensions_tuple()),
                     m.claims, m.part_lines, m.quantity, m.parts_cost, m.labour_cost, m.other,
                     m.total_claimed, m.charge_backs, m.settled, m.average_per_claim, m.share,
                     group.key == OTHER, group.key, group_label(group)))
    return rows


def group_claims(request: Request) -> Groups:
    """The analysis of ``request`` and everything the table and the group charts show
    (runs in a worker thread): a top N with the rest summed, or the first PAGE of every
    group with the largest beside them."""
    if request.top:
        groups = quality.analyse(request.by, request.filters, then=request.then,
                                 top=request.top, language=request.language)
        largest = sorted(groups, key=lambda g: (g.key == OTHER, -g.measures.total_claimed))
        count = loaded = len(groups)
    else:
        part = quality.groups_slice(request.by, request.filters, then=request.then, limit=PAGE,
                                    largest=PARETO_GROUPS, language=request.language)
        groups, largest, count, loaded = part.groups, part.largest, part.count, len(part.groups)
    largest = largest[:PARETO_GROUPS]
    running, cumulative = 0.0, []
    for group in largest:
        running += float(group.measures.share)
        cumulative.append(running)
    return Groups(request, _rows(groups, request),
                  [_item(g, request) for g in largest[:CHART_GROUPS]],
                  [_item(g, request, short=True) for g in largest], cumulative, count, loaded)


def more_rows(request: Request, offset: int) -> list[tuple]:
    """The table's rows of the next PAGE groups after the first ``offset`` (a worker thread)."""
    part = quality.groups_slice(request.by, request.filters, then=request.then, offset=offset,
                                limit=PAGE, language=request.language)
    return _rows(part.groups, request)


def _rate_item(rate, label: str) -> Item:
    return Item(rate.key, label, float(rate.per_100), tr(
        "{label}\n{claims} claims of {vehicles} vehicles: {rate} per 100", label=rate.label,
        claims=f"{rate.claims:,}", vehicles=f"{rate.vehicles:,}", rate=f"{rate.per_100:.2f}"))


def figures(request: Request) -> Figures:
    """The figures of ``request``'s filters that no grouping changes (in a worker thread)."""
    filters, lang = request.filters, request.language
    months = quality.trend(filters, language=lang)
    trend = [Item(g.key, str(g.key), float(g.measures.total_claimed), tr.plural(
        g.measures.claims, "{month}\n{n} claim · {total}", "{month}\n{n} claims · {total}",
        month=g.key, total=money(g.measures.total_claimed))) for g in months]
    return Figures(
        request, sum(g.measures.claims for g in months),      # each claim is in one month
        sum((g.measures.total_claimed for g in months), quality.Measures().total_claimed),
        trend, quality.mis_matrix(filters),
        [_rate_item(r, r.label) for r in quality.claims_per_100("model", filters,
                                                                 language=lang)],
        [_rate_item(r, str(r.key)) for r in quality.claims_per_100("warranty_month", filters,
                                                                    language=lang)])


def claims_behind(request: Request, dimensions, key, shown_keys=()) -> list[str]:
    """The numbers of the claims behind one figure, at most MOST_CLAIMS. The summed rest of a
    top N (``OTHER``) is the claims of every group not shown (``shown_keys``)."""
    found: dict[str, None] = {}
    after = None
    while len(found) < MOST_CLAIMS:
        page = quality.claims_behind(dimensions, key, request.filters, after=after,
                                     shown=tuple(shown_keys) if key == OTHER else ())
        found.update(dict.fromkeys(page))
        if len(page) < 200:
            break
        after = page[-1]
    return list(found)[:MOST_CLAIMS]
