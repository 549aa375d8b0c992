"""The home page's figures: for each role, what its user must do today.

Every figure is a count, an amount or a short list that the service owning it answers (receipts,
stock, counts, returns, claim search, the approval queue, settlement, quality); this module only
picks which figures a role sees, in which order, and says for each which page lists what is
behind it and with which filter (a ``Target``), so the home page can open that list. A figure is
computed only for a user who may read it (``permissions.can``); a role with no figure (the
administrator) has no home page.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Callable

from partsdesk import i18n
from partsdesk.i18n import Translator
from partsdesk.services import (approvals, batch_lists, batches, claim_search, claim_states,
                                codes, counting, quality, receiving, return_shipments, returns,
                                stock_views)
from partsdesk.services.claim_search import Filters
from partsdesk.services.permissions import (MANAGER, PARTS_CLERK, RETURN_INSPECTOR,
                                            SETTLEMENT_CLERK, SUPERVISOR, WARRANTY_ADMIN, can,
                                            require)
from partsdesk.services.quality import QualityFilters
from partsdesk.services.stock import qty_text

tr = Translator("Home")

ITEMS = 3               # the oldest few listed under a count
TOP = 5                 # fault codes and models in the supervisor's figures
RECENT_DAYS = 90        # "of the last 90 days"
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class Target:
    """Where the list behind a figure is: a page (its key in ``ui.pages.PAGES``) and what
    that page's ``show_filter`` is given to list just that."""
    page: str
    filter: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Item:
    """One line under a figure: a document, code or state with its count or amount, and since
    when it has waited."""
    key: str                            # a document number, a code, a state
    label: str = ""                     # its name: a customer, a part, a sender …
    value: int | Decimal | None = None
    money: bool = False
    since: date | None = None
    target: Target | None = None        # this item alone; None: the figure's list
    note: str = ""                      # a value in words ("4 of 10"), shown instead


@dataclass(frozen=True)
class Series:
    label: str
    values: tuple[Decimal, ...]         # one per month, January first


@dataclass(frozen=True)
class Figure:
    key: str
    title: str
    value: int | Decimal
    money: bool = False
    hint: str = ""                      # what is counted, in a sentence
    detail: str = ""                    # a second figure in words ("12,300.00 to be paid")
    items: tuple[Item, ...] = ()
    target: Target | None = None
    more: bool = False                  # the count stopped at a limit: "500+"
    urgent: bool = False                # anything counted is late (overdue)
    months: tuple[str, ...] = ()        # a chart's month labels
    series: tuple[Series, ...] = ()     # a chart's series (this year, last year)


def _day(moment: datetime | None) -> date | None:
    """A stored UTC time as the reader's local date."""
    return moment.astimezone().date() if moment else None


def _name(name: str, name_zh: str) -> str:
    return name_zh if i18n.language() == "zh_CN" and name_zh else name


# --- the parts clerk -------------------------------------------------------------------------

def receipts_open(user, today: date) -> Figure:
    return Figure(
        "receipts_open", tr("Receipts open"), receiving.count_receipts("open"),
        hint=tr("Shipments still being received: scan what arrived, then close the receipt."),
        items=tuple(Item(r.number, r.source or r.reference, since=_day(r.created_at),
                         target=Target("receiving", {"receipt": r.number}))
                    for r in receiving.oldest_receipts("open", ITEMS)),
        target=Target("receiving", {"status": "open"}))


def waiting_for_put_away(user, today: date) -> Figure:
    return Figure(
        "put_away", tr("Waiting for put-away"),
        stock_views.count_by_location(kind="receiving"),
        hint=tr("Parts received into a receiving area (one per part and area) that still have "
                "to go into their bins."),
        target=Target("putaway"))


def low_stock(user, today: date) -> Figure:
    return Figure(
        "low_stock", tr("Low stock"), stock_views.count_low_stock(),
        hint=tr("Active parts whose usable stock is below their minimum stock."),
        items=tuple(Item(row.part_no, _name(row.name, row.name_zh), row.on_hand,
                         note=tr("{on_hand} of {minimum}", on_hand=qty_text(row.on_hand),
                                 minimum=qty_text(row.min_stock)))
                    for row in stock_views.low_stock(limit=ITEMS)),
        target=Target("stock", {"view": "low"}))


def tags_overdue(user, today: date) -> Figure:
    return Figure(
        "tags_overdue", tr("Tags overdue for return"), returns.count_overdue(today=today),
        urgent=True,
        hint=tr("Failed parts kept here longer than the {days}-day retention time: pack and "
                "ship them.", days=returns.retention_days()),
        items=tuple(Item(row.number, row.part_no, since=row.repair_date)
                    for row in returns.overdue(limit=ITEMS, today=today)),
        target=Target("returns", {"tab": "store", "view": "overdue"}))


def counts_in_progress(user, today: date) -> Figure:
    return Figure(
        "counts_open", tr("Counts in progress"), counting.count_counts("open"),
        hint=tr("Stock counts started and not posted or cancelled yet."),
        items=tuple(Item(row.number, row.note, since=_day(row.created_at),
                         target=Target("counting", {"count": row.number}))
                    for row in counting.oldest_counts("open", ITEMS)),
        target=Target("counting", {"status": "open"}))


# --- the warranty administrator -----------------------------------------------------------------

# the states of a claim on its way to the money, in the order of the loop
ON_THEIR_WAY = (claim_states.DRAFT, claim_states.SUBMITTED, claim_states.APPROVED,
                claim_states.PARTS_ISSUED, claim_states.REPAIRED, claim_states.SIGNED,
                claim_states.PARTS_RETURNED, claim_states.SETTLEABLE, claim_states.IN_BATCH)
WAITING_FOR_SIGNATURE = Filters(states=(claim_states.REPAIRED, claim_states.PARTS_RETURNED))
WAITING_FOR_PARTS = Filters(states=(claim_states.PARTS_ISSUED, claim_states.REPAIRED,
                                    claim_states.SIGNED), parts_not_back=True)
WAITING_FOR_INFORMATION = Filters(states=(claim_states.DRAFT,), returned_for_information=True)


def claims_by_state(user, today: date) -> Figure:
    counts = {state: claim_search.count_claims(Filters(states=(state,)))
              for state in ON_THEIR_WAY}
    return Figure(
        "claims_by_state", tr("Claims on their way"), sum(counts.values()),
        hint=tr("Claims from draft until they are in a settlement batch, by state."),
        items=tuple(Item(claim_states.state_name(state), value=count,
                         target=Target("claims", {"filters": Filters(states=(state,))}))
                    for state, count in counts.items() if count),
        target=Target("claims", {"filters": Filters(states=ON_THEIR_WAY),
                                 "label": tr("Claims on their way")}))


def _claims_figure(key: str, title: str, hint: str, filters: Filters) -> Figure:
    """A count of the claims ``filters`` select with the ones repaired longest ago."""
    return Figure(
        key, title, claim_search.count_claims(filters), hint=hint,
        items=tuple(Item(row.number, row.customer_name, since=row.repair_date,
                         target=Target("claims", {"claim": row.number}))
                    for row in claim_search.oldest_claims(filters, ITEMS)),
        target=Target("claims", {"filters": filters, "label": title}))


def waiting_for_signature(user, today: date) -> Figure:
    return _claims_figure(
        "waiting_signature", tr("Waiting for the customer's signature"),
        tr("Repaired claims whose voucher signed by the customer has not been recorded."),
        WAITING_FOR_SIGNATURE)


def waiting_for_parts(user, today: date) -> Figure:
    return _claims_figure(
        "waiting_parts", tr("Waiting for returned parts"),
        tr("Claims with a defective part that has not come back and been inspected yet."),
        WAITING_FOR_PARTS)


def waiting_for_information(user, today: date) -> Figure:
    return _claims_figure(
        "waiting_information", tr("Returned for information"),
        tr("Claims an approver sent back with a question: answer it and submit them again."),
        WAITING_FOR_INFORMATION)


# --- the supervisor and the manager --------------------------------------------------------------

def approval_queue(user, today: date) -> Figure:
    limit = 500
    queue = approvals.approval_queue(user, limit=limit)
    return Figure(
        "approval_queue", tr("Waiting for your approval"), len(queue), more=len(queue) >= limit,
        hint=tr("Submitted claims within your approval level, oldest first."),
        items=tuple(Item(c.number, c.customer_name, c.total_amount, money=True,
                         since=_day(c.submitted_at),
                         target=Target("approvals", {"claim": c.number}))
                    for c in queue[:ITEMS]),
        target=Target("approvals"))


def _recent(today: date) -> QualityFilters:
    return QualityFilters(date_from=today - timedelta(days=RECENT_DAYS), date_to=today)


def _top(key: str, title: str, by: str, today: date) -> Figure:
    """The ``by`` groups (fault codes or models) with most claims repaired in the last 90 days;
    each opens the analysis of its claims by the other (a fault's models, a model's faults)."""
    filters = _recent(today)
    groups = [g for g in quality.analyse(by, filters) if g.key is not None]
    ranked = sorted(groups, key=lambda g: (-g.measures.claims, -g.measures.total_claimed,
                                           str(g.key)))[:TOP]
    table, other = TOP_OF[by]
    return Figure(
        key, title, sum(g.measures.claims for g in groups),
        hint=tr("Approved claims repaired in the last {days} days (not rejected or cancelled), "
                "by the most claims.", days=RECENT_DAYS),
        detail=tr("claims repaired since {date}", date=filters.date_from),
        items=tuple(Item(g.key, codes.describe(codes.get_code(table, g.key)), g.measures.claims,
                         target=Target("quality", {
                             "by": other, "filters": replace(filters, **{by: g.key})}))
                    for g in ranked),
        target=Target("quality", {"by": by, "filters": filters}))


# what the top groups are (the code table) and what each one opens by (a fault by model …)
TOP_OF = {"fault": ("fault_codes", "model"), "model": ("vehicle_models", "fault")}


def top_faults(user, today: date) -> Figure:
    return _top("top_faults", tr("Top fault codes, last {days} days", days=RECENT_DAYS),
                "fault", today)


def top_models(user, today: date) -> Figure:
    return _top("top_models", tr("Top models, last {days} days", days=RECENT_DAYS),
                "model", today)


def cost_by_month(user, today: date) -> Figure:
    """Warranty cost (total claimed) per repair month: this year so far against last year."""
    filters = QualityFilters(date_from=date(today.year - 1, 1, 1), date_to=today)
    months = quality.trend(filters)
    last = tuple(g.measures.total_claimed for g in months[:12])
    this = tuple(g.measures.total_claimed for g in months[12:])
    same_time = sum(last[:len(this)], ZERO)
    return Figure(
        "cost_by_month", tr("Warranty cost per month"), sum(this, ZERO), money=True,
        hint=tr("Total claimed of approved claims by repair month (not rejected or "
                "cancelled): {this} against {last}.", this=today.year, last=today.year - 1),
        detail=tr("{year} to the same month: {amount}", year=today.year - 1,
                  amount=f"{same_time:,.2f}"),
        months=tuple(f"{m:02d}" for m in range(1, 13)),
        series=(Series(str(today.year), this), Series(str(today.year - 1), last)),
        target=Target("quality", {"by": "month", "filters": filters}))


# --- the settlement clerk ---------------------------------------------------------------------

def settleable(user, today: date) -> Figure:
    found, after = [], None
    while True:
        page = batches.settleable_claims(after=after)
        found += page
        if len(page) < batches.PAGE:
            break
        after = page[-1].id
    claimed = sum((c.total_amount for c in found), ZERO)
    charged = sum((batches.differences_of(c) for c in found), ZERO)
    return Figure(
        "settleable", tr("Settleable"), claimed - charged, money=True,
        hint=tr("What a batch of every settleable claim would ask for: claimed less the "
                "charge-backs."),
        detail=tr.plural(len(found), "{n} claim", "{n} claims"),
        items=tuple(Item(c.number, c.customer_name, c.total_amount, money=True,
                         since=c.repair_date, target=Target("settlement", {"claim": c.number}))
                    for c in found[:ITEMS]),
        target=Target("settlement", {"view": "settleable"}))


def batches_unpaid(user, today: date) -> Figure:
    unpaid = batch_lists.unpaid_batches()
    owed = sum((b.expected_total for b in unpaid), ZERO)
    return Figure(
        "batches_unpaid", tr("Batches unpaid"), len(unpaid),
        hint=tr("Settlement batches open or submitted, with no payment recorded yet."),
        detail=tr("{amount} to be paid", amount=f"{owed:,.2f}"),
        items=tuple(Item(b.number, batches.batch_state_name(b.state), b.expected_total,
                         money=True, since=_day(b.submitted_at or b.created_at),
                         target=Target("settlement", {"batch": b.number}))
                    for b in unpaid[:ITEMS]),
        target=Target("settlement", {"tab": "batches"}))


def open_differences(user, today: date) -> Figure:
    count, amount = batch_lists.open_difference_total()
    return Figure(
        "open_differences", tr("Open differences"), count,
        hint=tr("Charge-backs and payment differences of claims not closed yet."),
        detail=tr("{amount} in all", amount=f"{amount:,.2f}"),
        items=tuple(Item(d.claim.number, batches.difference_label(d), d.amount, money=True,
                         since=_day(d.created_at),
                         target=Target("settlement", {"claim": d.claim.number}))
                    for d in batch_lists.open_differences(ITEMS)),
        target=Target("settlement", {"tab": "batches"}))


# --- the return inspector ---------------------------------------------------------------------

def tags_on_the_way(user, today: date) -> Figure:
    return Figure(
        "tags_on_the_way", tr("Shipped, waiting for receipt"),
        returns.count_tags((claim_states.SHIPPED,)),
        hint=tr("Defective-part tags shipped to the claim centre that have not arrived yet; "
                "below, the shipments on their way longest."),
        items=tuple(Item(s.number, s.carrier, s.outstanding, since=_day(s.shipped_at),
                         note=tr.plural(s.outstanding, "{n} tag", "{n} tags"))
                    for s in return_shipments.shipments_on_the_way(ITEMS)),
        target=Target("returns", {"tab": "receipt"}))


def inspections_overdue(user, today: date) -> Figure:
    return Figure(
        "inspections_overdue", tr("Inspections overdue"),
        return_shipments.count_overdue_inspections(today=today), urgent=True,
        hint=tr("Returned parts received on an earlier day and not inspected yet."),
        items=tuple(Item(row.number, row.part.part_no, since=_day(row.received_at))
                    for row in return_shipments.overdue_inspections(ITEMS, today=today)),
        target=Target("returns", {"tab": "receipt", "view": "waiting"}))


# --- who sees what --------------------------------------------------------------------------

@dataclass(frozen=True)
class _Spec:
    action: str                                     # who may read it (permissions.can)
    compute: Callable[[object, date], Figure]


FIGURES: dict[str, _Spec] = {
    "receipts_open": _Spec("stock.receive", receipts_open),
    "put_away": _Spec("stock.move", waiting_for_put_away),
    "low_stock": _Spec("stock.reserve", low_stock),
    "tags_overdue": _Spec("returns.tag", tags_overdue),
    "counts_open": _Spec("stock.count", counts_in_progress),
    "claims_by_state": _Spec("claims.read", claims_by_state),
    "waiting_signature": _Spec("claims.read", waiting_for_signature),
    "waiting_parts": _Spec("claims.read", waiting_for_parts),
    "waiting_information": _Spec("claims.read", waiting_for_information),
    "approval_queue": _Spec("claims.approve", approval_queue),
    "top_faults": _Spec("quality.read", top_faults),
    "top_models": _Spec("quality.read", top_models),
    "cost_by_month": _Spec("quality.read", cost_by_month),
    "settleable": _Spec("settlement.batch", settleable),
    "batches_unpaid": _Spec("settlement.batch", batches_unpaid),
    "open_differences": _Spec("settlement.payment", open_differences),
    "tags_on_the_way": _Spec("returns.inspect", tags_on_the_way),
    "inspections_overdue": _Spec("returns.inspect", inspections_overdue),
}

CHARTS = frozenset({"cost_by_month"})
_SUPERIOR = ("approval_queue", "top_faults", "top_models", "cost_by_month")
ROLE_FIGURES: dict[str, tuple[str, ...]] = {
    PARTS_CLERK: ("receipts_open", "put_away", "low_stock", "tags_overdue", "counts_open"),
    WARRANTY_ADMIN: ("claims_by_state", "waiting_signature", "waiting_parts",
                     "waiting_information"),
    SUPERVISOR: _SUPERIOR,
    MANAGER: _SUPERIOR,
    SETTLEMENT_CLERK: ("settleable", "batches_unpaid", "open_differences"),
    RETURN_INSPECTOR: ("tags_on_the_way", "inspections_overdue"),
}


def figure_keys(user) -> list[str]:
    """The figures ``user``'s home page shows, in order, without computing any."""
    return [key for key in ROLE_FIGURES.get(getattr(user, "role", ""), ())
            if can(user, FIGURES[key].action)]


def is_chart(key: str) -> bool:
    """Whether figure ``key`` is drawn as a chart (months of two years) rather than a count."""
    return key in CHARTS


def figure(user, key: str, today: date | None = None) -> Figure:
    """Figure ``key`` of ``user``'s home page, computed now (in the reader's language); the
    page reads each on its own, so the quick ones show while the slow ones are counted."""
    spec = FIGURES[key]
    require(user, spec.action)
    return spec.compute(user, today or date.today())


def figures(user, today: date | None = None) -> list[Figure]:
    """Every figure of ``user``'s home page, computed now."""
    return [figure(user, key, today) for key in figure_keys(user)]
