"""Settlement batches: the settleable claims settled together, the statement that goes out for
them, the payment that comes back, the differences a claim is settled with, and the figures of
each batch.

Every way into a batch checks the gate again (``gate.check_settleable``), so no call can put an
unsettleable claim there. A difference is what a claim is settled with less (or more) than it
claimed: an inspection's charge-back, its reversal, what a payment paid less or more, each with
a code that ``difference_label`` says in the reader's language. ``batch_figures`` computes the
money of a batch once, for the settlement page, the statement PDF and the Excel statement alike.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import NamedTuple

from peewee import fn

from partsdesk import i18n
from partsdesk.db.connection import transaction
from partsdesk.db.fields import utcnow
from partsdesk.db.models import User
from partsdesk.db.models.claims import Claim, Vehicle
from partsdesk.db.models.settlement import Difference, SettlementBatch, SettlementBatchClaim
from partsdesk.i18n import Translator
from partsdesk.services import audit, catalog
from partsdesk.services.claim_states import (CLOSED, IN_BATCH, OUTCOMES, PAID, SETTLEABLE,
                                             get_claim)
from partsdesk.services.errors import ClaimNotSettleable, Conflict, NotFound, ValidationError
from partsdesk.services.gate import blockers_of, check_settleable, move_to
from partsdesk.services.numbering import next_number
from partsdesk.services.permissions import require

tr = Translator("Settlement")

PAGE = 200
ZERO = Decimal("0.00")
BATCH_STATES = {"open": tr.mark("Open"), "submitted": tr.mark("Submitted"),
                "paid": tr.mark("Paid"), "closed": tr.mark("Closed")}


def batch_state_name(state: str) -> str:
    return tr(BATCH_STATES.get(state, state))


def _user(actor):
    return actor if isinstance(actor, User) else None


def _claim(claim) -> Claim:
    return claim if isinstance(claim, Claim) else get_claim(claim)


# --- settlement batches --------------------------------------------------------------------------

def get_batch(number) -> SettlementBatch:
    number = str(number or "").strip().upper()
    batch = SettlementBatch.get_or_none(SettlementBatch.number == number)
    if batch is None:
        raise NotFound(tr("There is no settlement batch {number}.", number=number))
    return batch


def differences_of(claim) -> Decimal:
    """The total of the claim's differences (above zero: it is settled with less than claimed)."""
    total = (Difference.select(fn.SUM(Difference.amount).coerce(False))
             .where(Difference.claim == _claim(claim).id).scalar())
    return ZERO if total is None else Difference.amount.python_value(total)


def settleable_claims(period_from: date | None = None, period_to: date | None = None, *,
                      after: int | None = None, limit: int = PAGE) -> list[Claim]:
    """Settleable claims by repair date in the period, oldest first (keyset on id).

    Only claims whose gate is clear: a claim marked settleable some other way (a database tool,
    an old version) is not listed, so it never reaches a batch by period and never stops the
    others from going.
    """
    found: list[Claim] = []
    while len(found) < limit:
        query = Claim.select().where(Claim.state == SETTLEABLE)
        if period_from:
            query = query.where(Claim.repair_date >= period_from)
        if period_to:
            query = query.where(Claim.repair_date <= period_to)
        if after is not None:
            query = query.where(Claim.id > after)
        page = list(query.order_by(Claim.id).limit(limit))
        if not page:
            break
        clear = blockers_of(page)
        found += [c for c in page if not clear[c.id]]
        after = page[-1].id
    return found[:limit]


def create_batch(actor, period_from: date | None = None, period_to: date | None = None,
                 claim_numbers: list[str] | None = None, note: str = "") -> SettlementBatch:
    """A new batch of the settleable claims repaired in the period, or of the claims named.

    Named claims are all or nothing: one that is not settleable refuses the batch, and the
    message names every such claim with what it still misses. A batch by period takes the
    claims whose gate is clear and leaves the others to the settlement overview.
    """
    require(actor, "settlement.batch")
    with transaction():
        if claim_numbers:
            chosen = [get_claim(n) for n in dict.fromkeys(
                str(n).strip().upper() for n in claim_numbers)]
        else:
            chosen = []
            while True:
                page = settleable_claims(period_from, period_to,
                                         after=chosen[-1].id if chosen else None, limit=1000)
                if not page:
                    break
                chosen += page
        _check_all(chosen)
        if not chosen:
            raise ValidationError(tr("No claim repaired between {start} and {end} is settleable; "
                                     "the settlement overview says what each one still misses.",
                                     start=period_from or "…", end=period_to or "…"))
        dates = [c.repair_date for c in chosen]
        batch = SettlementBatch.create(number=next_number("SB"), created_by=_user(actor),
                                       period_from=period_from or min(dates),
                                       period_to=period_to or max(dates),
                                       note=str(note or "").strip())
        for claim in chosen:
            _add(actor, batch, claim)
        _retotal(batch)
        audit.record(actor, "batch.create", "settlement_batch", batch.number,
                     tr.plural_message(len(chosen),
                                       "Settlement batch {batch} with {n} claim, {total}",
                                       "Settlement batch {batch} with {n} claims, {total}",
                                       batch=batch.number, total=batch.expected_total),
                     after={"claims": [c.number for c in chosen]})
    return batch


def _check_all(chosen: list[Claim]) -> None:
    refused = {c.number: found for c in chosen if (found := _gate(c))}
    if refused:
        raise ClaimNotSettleable(
            tr("These claims cannot be settled yet: {claims}",
               claims=" ".join(tr("{number}: {missing}", number=n, missing=" ".join(f))
                               for n, f in refused.items())), refused)


def _gate(claim: Claim) -> list[str]:
    try:
        check_settleable(claim)
    except ClaimNotSettleable as refused:
        return refused.blockers[claim.number]
    return []


def _add(actor, batch: SettlementBatch, claim: Claim) -> None:
    check_settleable(claim)
    differences = differences_of(claim)
    if differences > claim.total_amount:
        raise Conflict(tr("Claim {number} has differences of {differences}, more than its total "
                          "{total}; it would be paid less than nothing. Correct its differences "
                          "before it goes into a batch.", number=claim.number,
                          differences=differences, total=claim.total_amount))
    SettlementBatchClaim.create(batch=batch, claim=claim, claimed_amount=claim.total_amount,
                                differences_amount=differences)
    move_to(actor, claim, IN_BATCH, "claim.in_batch",
            tr.message("Claim {number} put in settlement batch {batch}", number=claim.number,
                       batch=batch.number), {"batch": batch.number})


def _retotal(batch: SettlementBatch) -> None:
    claimed = differences = ZERO
    for member in SettlementBatchClaim.select().where(SettlementBatchClaim.batch == batch.id):
        claimed += member.claimed_amount
        differences += member.differences_amount
    if claimed - differences < 0:           # each member is ≥ 0 (``_add``): a broken row
        raise Conflict(tr("Settlement batch {batch} would total {total}, below zero; check the "
                          "differences of its claims.", batch=batch.number,
                          total=claimed - differences))
    batch.claimed_total, batch.differences_total = claimed, differences
    batch.expected_total = claimed - differences
    batch.save()


def _open_batch(number) -> SettlementBatch:
    batch = get_batch(number)
    if batch.state != "open":
        raise Conflict(tr("Settlement batch {batch} is {state}; claims are added or taken out "
                          "only while it is open.", batch=batch.number,
                          state=batch_state_name(batch.state)))
    return batch


def add_claim(actor, batch_no, claim_no) -> SettlementBatch:
    """Put one more claim in an open batch; the gate is checked again here."""
    require(actor, "settlement.batch")
    with transaction():
        batch = _open_batch(batch_no)
        claim = get_claim(claim_no)
        _add(actor, batch, claim)
        _retotal(batch)
        audit.record(actor, "batch.add", "settlement_batch", batch.number,
                     tr.message("Claim {number} added", number=claim.number))
    return batch


def _reason(reason, message: str) -> str:
    reason = " ".join(str(reason or "").split())[:300]
    if not reason:
        raise ValidationError(message, field="reason")
    return reason


def remove_claim(actor, batch_no, claim_no, reason: str) -> SettlementBatch:
    """Take a claim out of an open batch; it is settleable again."""
    require(actor, "settlement.batch")
    reason = _reason(reason, tr("Say why the claim is taken out of the batch."))
    with transaction():
        batch = _open_batch(batch_no)
        claim = get_claim(claim_no)
        member = SettlementBatchClaim.get_or_none((SettlementBatchClaim.batch == batch.id)
                                                  & (SettlementBatchClaim.claim == claim.id))
        if member is None:
            raise NotFound(tr("Claim {number} is not in settlement batch {batch}.",
                              number=claim.number, batch=batch.number))
        member.delete_instance()
        move_to(actor, claim, SETTLEABLE, "claim.out_of_batch",
                tr.message("Claim {number} taken out of settlement batch {batch}: {reason}",
                           number=claim.number, batch=batch.number, reason=reason))
        _retotal(batch)
        audit.record(actor, "batch.remove", "settlement_batch", batch.number,
                     tr.message("Claim {number} taken out: {reason}", number=claim.number,
                                reason=reason))
    return batch


def submit_batch(actor, batch_no) -> SettlementBatch:
    """The statement goes out; the batch no longer changes (unless it is withdrawn)."""
    require(actor, "settlement.batch")
    with transaction():
        batch = _open_batch(batch_no)
        if not batch.members.exists():
            raise ValidationError(tr("Settlement batch {batch} has no claims.",
                                     batch=batch.number))
        batch.state, batch.submitted_at = "submitted", utcnow()
        batch.save()
        audit.record(actor, "batch.submit", "settlement_batch", batch.number,
                     tr.message("Settlement batch {batch} submitted: {total}", batch=batch.number,
                                total=batch.expected_total))
    return batch


def withdraw_batch(actor, batch_no, reason: str) -> SettlementBatch:
    """A submitted statement is called back (sent by mistake, a claim disputed): the batch is
    open again, with its claims still in it, so claims can be taken out before it is submitted
    again. A supervisor's or manager's decision, with its reason."""
    require(actor, "settlement.withdraw")
    reason = _reason(reason, tr("Say why the settlement batch is withdrawn."))
    with transaction():
        batch = get_batch(batch_no)
        if batch.state != "submitted":
            raise Conflict(tr("Settlement batch {batch} is {state}; only a submitted batch is "
                              "withdrawn.", batch=batch.number,
                              state=batch_state_name(batch.state)))
        submitted_at = batch.submitted_at
        batch.state, batch.submitted_at = "open", None
        batch.save()
        audit.record(actor, "batch.withdraw", "settlement_batch", batch.number,
                     tr.message("Settlement batch {batch} withdrawn: {reason}", batch=batch.number,
                                reason=reason),
                     before={"state": "submitted", "submitted_at": str(submitted_at)},
                     after={"state": "open", "reason": reason})
    return batch


def record_payment(actor, batch_no, amount, paid_on: date, reference: str,
                   differences: dict[str, tuple] | None = None) -> SettlementBatch:
    """The money for a submitted batch arrived; the claims become paid.

    ``differences`` {claim number: (amount, reason)} explain every yuan the payment differs
    from the statement: a positive amount for a claim paid less (at most what the claim is
    still owed), a negative amount for a claim paid more (over-paid), so the claims' paid
    amounts add up to the payment.
    """
    require(actor, "settlement.payment")
    amount = catalog.parse_money(amount, "amount")
    reference = " ".join(str(reference or "").split())[:60]
    if not reference:
        raise ValidationError(tr("Enter the payment reference."), field="reference")
    if not isinstance(paid_on, date) or paid_on > date.today():
        raise ValidationError(tr("Enter the payment date (not in the future)."),
                              field="payment_date")
    with transaction():
        batch = get_batch(batch_no)
        if batch.state != "submitted":
            raise Conflict(tr("Settlement batch {batch} is {state}; a payment is recorded for a "
                              "submitted batch.", batch=batch.number,
                              state=batch_state_name(batch.state)))
        members = {m.claim.number: m for m in batch.members}
        explained = _payment_differences(actor, batch, members, differences or {})
        gap = batch.expected_total - sum(explained.values(), ZERO) - amount
        if gap > 0:
            raise ValidationError(tr(
                "The payment {amount} differs from the statement {expected} by {gap} that no "
                "difference explains. Record a difference for each claim paid less.",
                amount=amount, expected=batch.expected_total, gap=gap), field="differences")
        if gap < 0:
            raise ValidationError(tr(
                "The payment {amount} is {over} more than the statement {expected} less its "
                "differences. Record the over-payment as a negative difference, with its "
                "reason, on the claim it was paid for.", amount=amount, over=-gap,
                expected=batch.expected_total), field="differences")
        for number, member in members.items():
            member.differences_amount += explained.get(number, ZERO)
            member.paid_amount = member.claimed_amount - member.differences_amount
            member.save()
            move_to(actor, member.claim, PAID, "claim.paid",
                    tr.message("Claim {number} paid in batch {batch}: {amount}",
                               number=number, batch=batch.number, amount=member.paid_amount),
                    {"paid": str(member.paid_amount)})
        batch.payment_amount, batch.payment_date, batch.payment_reference = (
            amount, paid_on, reference)
        batch.differences_total += sum(explained.values(), ZERO)
        batch.state, batch.paid_at = "paid", utcnow()
        batch.save()
        audit.record(actor, "batch.payment", "settlement_batch", batch.number,
                     tr.message("Payment {amount} of {date} recorded ({reference})", amount=amount,
                                date=paid_on, reference=reference),
                     after={"amount": str(amount), "date": str(paid_on),
                            "reference": reference,
                            "differences": {k: str(v) for k, v in explained.items()}})
    return batch


def _signed_money(value, field_name: str) -> Decimal:
    """An amount that may be negative ("-50" or "−50"), otherwise as ``catalog.parse_money``."""
    text = str(value if value is not None else "").strip().replace("−", "-")
    if text.startswith("-"):
        return -catalog.parse_money(text[1:], field_name)
    return catalog.parse_money(text, field_name)


def _payment_differences(actor, batch, members, differences) -> dict[str, Decimal]:
    explained: dict[str, Decimal] = {}
    rows = []
    for number, (value, reason) in differences.items():
        number = str(number).strip().upper()
        if number not in members:
            raise ValidationError(tr("Claim {number} is not in settlement batch {batch}.",
                                     number=number, batch=batch.number), field="differences")
        value = _signed_money(value, "differences")
        reason = " ".join(str(reason or "").split())[:300]
        if not reason:
            raise ValidationError(tr("Give the reason for the difference on claim {number}.",
                                     number=number), field="differences")
        explained[number] = explained.get(number, ZERO) + value
        rows.append((number, value, reason))
    for number, total in explained.items():
        member = members[number]
        owed = member.claimed_amount - member.differences_amount
        if total > owed:
            raise ValidationError(tr(
                "The difference {amount} on claim {number} is more than the {owed} the claim is "
                "still owed in batch {batch}; a claim is never paid less than nothing. Enter at "
                "most {owed}.", amount=total, number=number, owed=owed, batch=batch.number),
                field="differences")
    for number, value, reason in rows:
        if value:
            Difference.create(claim=members[number].claim, amount=value, reason=reason,
                              source="payment", code=PAID_MORE if value < 0 else PAID_LESS,
                              batch=batch, created_by=_user(actor))
    return explained


def close_batch(actor, batch_no) -> SettlementBatch:
    """The payment is reconciled: the batch and its paid claims close."""
    require(actor, "settlement.payment")
    with transaction():
        batch = get_batch(batch_no)
        if batch.state != "paid":
            raise Conflict(tr("Settlement batch {batch} is {state}; only a paid batch is closed.",
                              batch=batch.number, state=batch_state_name(batch.state)))
        for member in batch.members:
            move_to(actor, member.claim, CLOSED, "claim.close",
                    tr.message("Claim {number} closed", number=member.claim.number))
        batch.state, batch.closed_at = "closed", utcnow()
        batch.save()
        audit.record(actor, "batch.close", "settlement_batch", batch.number,
                     tr.message("Settlement batch {batch} closed", batch=batch.number))
    return batch


# --- differences: what each one is, in the reader's language -------------------------------------

PAID_LESS, PAID_MORE, REVERSAL = "payment", "payment.over_paid", "reversal"


def inspection_code(outcome: str) -> str:
    """The code of an inspection's difference: "inspection.no_fault_found" …"""
    return f"inspection.{outcome}"


def difference_label(difference: Difference, language: str | None = None) -> str:
    """What a difference is, as the statement prints it in ``language``: "Tag DT-…: No fault
    found — <the inspector's words>". A row written before differences had codes prints the
    reason it stored."""
    lang = language or i18n.language()
    code, words = difference.code or "", difference.reason or ""
    if not code:
        return words
    if code.startswith("inspection."):
        outcome = code.split(".", 1)[1]
        head = tr.lang(lang, "Tag {tag}: {outcome}", tag=difference.tag or "—",
                       outcome=i18n.translate("Returns", OUTCOMES.get(outcome, outcome), lang))
    elif code == REVERSAL:
        head = tr.lang(lang, "Tag {tag}: arrived after all; its charge-back as missing is "
                       "reversed", tag=difference.tag or "—")
    elif code == PAID_MORE:
        head = tr.lang(lang, "Over-paid")
    elif code == PAID_LESS:
        head = tr.lang(lang, "Paid less")
    else:
        head = code
    return tr.lang(lang, "{label} — {words}", label=head, words=words) if words else head


# --- the figures of a batch and the lists (keyset-paged, for lazy table models) -------------------

class BatchLine(NamedTuple):
    """One claim of a batch, as the settlement page, the statement PDF and the Excel statement
    show it (all three read ``batch_figures``)."""
    claim_id: int
    number: str
    repair_date: date
    vin: str
    customer_name: str
    parts_amount: Decimal
    labour_amount: Decimal
    other_amount: Decimal
    claimed: Decimal
    charge_backs: Decimal           # differences known before the statement (inspections …)
    expected: Decimal               # claimed − charge-backs: what the statement asks for
    paid_difference: Decimal        # the payment's differences: > 0 paid less, < 0 paid more
    paid: Decimal | None            # expected − paid_difference, once the payment is recorded
    state: str
    charged: tuple = ()             # the charge-back Difference rows
    payment: tuple = ()             # the payment's Difference rows: why paid less or more

    @property
    def differences(self) -> Decimal:
        """The charge-backs (older callers call them the differences)."""
        return self.charge_backs

    def why(self, language: str | None = None) -> list[str]:
        """Why the claim was paid less or more than the statement asked, in ``language``."""
        return [difference_label(d, language) for d in self.payment]


class BatchFigures(NamedTuple):
    """The money of a batch, computed once: the page's footer and lines, the statement PDF and
    the Excel statement all show these, so they never disagree. The payment's differences are
    never mixed into what the statement asked for."""
    number: str
    state: str
    claimed: Decimal
    charge_backs: Decimal
    expected: Decimal               # the statement total: claimed − charge-backs
    paid_differences: Decimal       # the payment's differences of all claims
    paid: Decimal | None            # the payment received (None before it is recorded)
    payment_date: date | None
    payment_reference: str
    paid_at: datetime | None
    lines: list[BatchLine]

    @property
    def shortfall(self) -> Decimal | None:
        """expected − paid: > 0 paid less than the statement, < 0 paid more; None unpaid."""
        return None if self.paid is None else self.expected - self.paid

    @property
    def differences(self) -> list[Difference]:
        """Every difference of the batch's claims, by claim, in the order they were made."""
        return [d for line in self.lines
                for d in sorted(line.charged + line.payment, key=lambda d: d.id)]


def batch_figures(batch_no) -> BatchFigures:
    batch = get_batch(batch_no)
    lines = _batch_lines(batch)
    return BatchFigures(
        batch.number, batch.state, sum((x.claimed for x in lines), ZERO),
        sum((x.charge_backs for x in lines), ZERO), sum((x.expected for x in lines), ZERO),
        sum((x.paid_difference for x in lines), ZERO), batch.payment_amount, batch.payment_date,
        batch.payment_reference, batch.paid_at, lines)


def _batch_lines(batch: SettlementBatch, claim_id: int | None = None) -> list[BatchLine]:
    """The claims of ``batch`` (or only ``claim_id``) with their figures.

    What the statement asked of a claim is its claimed amount less the charge-backs it went
    into the batch with; once paid, it is what was paid plus the payment's differences (the
    differences this batch's payment recorded), so the payment never changes it."""
    query = (SettlementBatchClaim.select(
        Claim.id, Claim.number, Claim.repair_date, Vehicle.vin, Claim.customer_name,
        Claim.parts_amount, Claim.labour_amount, Claim.other_amount,
        SettlementBatchClaim.claimed_amount, SettlementBatchClaim.differences_amount,
        SettlementBatchClaim.paid_amount, Claim.state)
        .join(Claim).join(Vehicle)
        .where(SettlementBatchClaim.batch == batch.id).order_by(Claim.number))
    if claim_id is not None:
        query = query.where(SettlementBatchClaim.claim == claim_id)
    rows = list(query.tuples())
    charged: dict[int, list[Difference]] = {}
    payment: dict[int, list[Difference]] = {}
    for item in (Difference.select(Difference, Claim).join(Claim)
                 .where(Difference.claim.in_([row[0] for row in rows])).order_by(Difference.id)):
        mine = item.source == "payment" and item.batch_id == batch.id
        (payment if mine else charged).setdefault(item.claim_id, []).append(item)
    lines = []
    for i, n, d, v, c, p, lab, o, claimed, before, paid, s in rows:
        paid_rows = tuple(payment.get(i, ()))
        paid_difference = sum((x.amount for x in paid_rows), ZERO)
        expected = claimed - before if paid is None else paid + paid_difference
        lines.append(BatchLine(i, n, d, v, c, p, lab, o, claimed, claimed - expected, expected,
                               paid_difference, paid, s, tuple(charged.get(i, ())), paid_rows))
    return lines


def batch_lines(batch_no) -> list[BatchLine]:
    return batch_figures(batch_no).lines


def batch_differences(batch_no) -> list[Difference]:
    return batch_figures(batch_no).differences


class ClaimSettlement(NamedTuple):
    """A claim in a settlement batch: the batch and the claim's line of its figures."""
    batch: str
    batch_state: str
    payment_date: date | None
    payment_reference: str
    line: BatchLine


def claim_settlement(claim) -> ClaimSettlement | None:
    """Where the claim is in settlement: its batch and figures; None when in no batch."""
    claim = _claim(claim)
    member = (SettlementBatchClaim.select(SettlementBatchClaim, SettlementBatch)
              .join(SettlementBatch).where(SettlementBatchClaim.claim == claim.id).first())
    if member is None:
        return None
    batch = member.batch
    (line,) = _batch_lines(batch, claim.id)
    return ClaimSettlement(batch.number, batch.state, batch.payment_date,
                           batch.payment_reference, line)
