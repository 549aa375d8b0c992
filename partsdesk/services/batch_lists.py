"""Settlement batches and differences as lists: the batch list the settlement page pages
through, and what the settlement clerk still has to do: the batches not paid yet and the
differences of claims not closed yet (figures of the home page).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import NamedTuple

from peewee import JOIN, fn

from partsdesk.db.models.claims import Claim
from partsdesk.db.models.settlement import Difference, SettlementBatch, SettlementBatchClaim
from partsdesk.services.claim_states import CANCELLED, CLOSED, REJECTED

PAGE = 200
ZERO = Decimal("0.00")


class BatchRow(NamedTuple):
    id: int
    number: str
    state: str
    period_from: date | None
    period_to: date | None
    claims: int
    expected_total: Decimal
    payment_amount: Decimal | None
    payment_date: date | None
    payment_reference: str


def search_batches(text: str = "", *, after: int | None = None,
                   limit: int = PAGE) -> list[BatchRow]:
    """Batches newest first (key column 0 = id), by number prefix or payment reference."""
    query = (SettlementBatch.select(
        SettlementBatch.id, SettlementBatch.number, SettlementBatch.state,
        SettlementBatch.period_from, SettlementBatch.period_to,
        fn.COUNT(SettlementBatchClaim.id), SettlementBatch.expected_total,
        SettlementBatch.payment_amount, SettlementBatch.payment_date,
        SettlementBatch.payment_reference)
        .join(SettlementBatchClaim, JOIN.LEFT_OUTER).group_by(SettlementBatch.id))
    text = str(text or "").strip().upper()
    if text:
        query = query.where(((SettlementBatch.number >= text)
                             & (SettlementBatch.number < text + "\uffff"))
                            | (SettlementBatch.payment_reference == text))
    if after is not None:
        query = query.where(SettlementBatch.id < after)
    return [BatchRow(*row) for row in
            query.order_by(SettlementBatch.id.desc()).limit(limit).tuples()]


# --- what the settlement clerk still has to do (the home page's figures) ----------------------

def unpaid_batches() -> list[SettlementBatch]:
    """Batches with no payment recorded yet (open or submitted), oldest first."""
    return list(SettlementBatch.select().where(SettlementBatch.state.in_(["open", "submitted"]))
                .order_by(SettlementBatch.id))


def _open_differences():
    """Differences of claims not closed yet: charge-backs still to be settled, payment
    differences still to be reconciled (a rejected or cancelled claim is never settled)."""
    return Difference.select().join(Claim).where(
        Claim.state.not_in([CLOSED, REJECTED, CANCELLED]))


def open_difference_total() -> tuple[int, Decimal]:
    """How many differences are open, and their sum."""
    count, total = _open_differences().select(
        fn.COUNT(Difference.id), fn.SUM(Difference.amount).coerce(False)).tuples().get()
    return count, ZERO if total is None else Difference.amount.python_value(total)


def open_differences(limit: int = PAGE) -> list[Difference]:
    """Open differences with their claims, oldest first."""
    return list(_open_differences().select(Difference, Claim)
                .order_by(Difference.id).limit(limit))
