"""Settlement: voucher print history, the customer's signed copy, batches, and differences."""

from __future__ import annotations

from peewee import BooleanField, CharField, DateField, ForeignKeyField, IntegerField, TextField

from partsdesk.db.fields import MoneyField, UTCDateTimeField, utcnow
from partsdesk.db.models import BaseModel, User
from partsdesk.db.models.claims import Claim


class VoucherPrint(BaseModel):
    """One printing of a claim's settlement voucher: copy 0 is the original."""
    claim = ForeignKeyField(Claim, backref="voucher_prints", on_delete="RESTRICT", index=False)
    copy_number = IntegerField()
    language = CharField(max_length=10, default="en")
    printed_by = ForeignKeyField(User, null=True, on_delete="SET NULL", index=False)
    printed_at = UTCDateTimeField(default=utcnow)
    path = CharField(max_length=500)         # the archived PDF, exactly as printed
    sha256 = CharField(max_length=64)
    after_signing = BooleanField(default=False)  # a copy of a voucher already signed

    class Meta:
        indexes = ((("claim", "copy_number"), True),)


class SignedCopy(BaseModel):
    """The voucher came back signed by the customer: the only valid basis for settlement."""
    claim = ForeignKeyField(Claim, backref="signed_copies", unique=True, on_delete="RESTRICT")
    voucher_print = ForeignKeyField(VoucherPrint, null=True, backref="+", on_delete="RESTRICT",
                                    index=False)                 # the print the customer signed
    signed_on = DateField()
    received_by = CharField(max_length=100)
    file_path = CharField(max_length=500, default="")    # scanned copy, in the document store
    file_sha256 = CharField(max_length=64, default="")
    recorded_by = ForeignKeyField(User, null=True, on_delete="SET NULL", index=False)
    recorded_at = UTCDateTimeField(default=utcnow)


class SettlementBatch(BaseModel):
    """Settleable claims sent to be paid together: open, submitted, paid, closed."""
    number_series = "SB"
    number = CharField(max_length=20, unique=True)
    state = CharField(max_length=10, default="open", index=True)
    period_from = DateField(null=True)
    period_to = DateField(null=True)
    claimed_total = MoneyField(default=0)
    differences_total = MoneyField(default=0)   # charge-backs known before payment
    expected_total = MoneyField(default=0)      # what the statement asks for
    payment_amount = MoneyField(null=True)
    payment_date = DateField(null=True)
    payment_reference = CharField(max_length=60, default="")
    note = TextField(default="")
    created_by = ForeignKeyField(User, null=True, on_delete="SET NULL", index=False)
    created_at = UTCDateTimeField(default=utcnow)
    submitted_at = UTCDateTimeField(null=True)
    paid_at = UTCDateTimeField(null=True)
    closed_at = UTCDateTimeField(null=True)

    def __str__(self) -> str:
        return self.number


class SettlementBatchClaim(BaseModel):
    """A claim in a batch; a claim is in one batch at a time (removed: the row goes)."""
    batch = ForeignKeyField(SettlementBatch, backref="members", on_delete="CASCADE",
                            index=False)
    claim = ForeignKeyField(Claim, backref="batch_members", unique=True, on_delete="RESTRICT")
    claimed_amount = MoneyField()
    differences_amount = MoneyField(default=0)
    paid_amount = MoneyField(null=True)

    class Meta:
        indexes = ((("batch", "id"), False),)


class Difference(BaseModel):
    """Settled differs from claimed: a charge-back from an inspection, or found in a payment."""
    claim = ForeignKeyField(Claim, backref="differences", on_delete="RESTRICT")
    amount = MoneyField()                    # taken off what the claim is paid (< 0: given back)
    reason = CharField(max_length=300)       # the user's own words
    source = CharField(max_length=12)        # inspection, payment, reversal
    # what kind of difference, printed in the reader's language (services.batches)
    code = CharField(max_length=40, default="")
    tag = CharField(max_length=20, default="")   # the tag number, for an inspection's
    batch = ForeignKeyField(SettlementBatch, null=True, backref="differences",
                            on_delete="SET NULL", index=False)
    created_by = ForeignKeyField(User, null=True, on_delete="SET NULL", index=False)
    created_at = UTCDateTimeField(default=utcnow)
