"""Stock tables: the move ledger, levels kept beside it, reservations, receipts and counts.

Indexes are chosen for 200,000 parts and 2,000,000 moves (see MEASURED.md): sums read covering
indexes only, lists page by key, and no index is added that only slows the scan-to-commit path.
"""

from __future__ import annotations

from peewee import CharField, ForeignKeyField, IntegerField, TextField

from partsdesk.db.fields import QuantityField, UTCDateTimeField, utcnow
from partsdesk.db.models import BaseModel, Location, Part, User

MOVE_KINDS = ("receipt", "put_away", "transfer", "issue", "adjustment", "count", "defective_in",
              "return_out", "scrap")


class StockMove(BaseModel):
    """One immutable ledger row: ``quantity`` (> 0) of a part went from one place to another.

    A missing location is outside the warehouse (a supplier, a repair, the bin). Rows are never
    edited or deleted; a correction is a new move that ``reverses`` the wrong one.
    """
    part = ForeignKeyField(Part, backref="moves", on_delete="RESTRICT", index=False)
    from_location = ForeignKeyField(Location, null=True, backref="moves_out",
                                    on_delete="RESTRICT", index=False)
    to_location = ForeignKeyField(Location, null=True, backref="moves_in",
                                  on_delete="RESTRICT", index=False)
    quantity = QuantityField()
    kind = CharField(max_length=16)
    document = CharField(max_length=40, default="", index=True)
    reason = CharField(max_length=200, default="")
    reverses = ForeignKeyField("self", null=True, backref="reversals", on_delete="RESTRICT")
    user = ForeignKeyField(User, null=True, on_delete="SET NULL", index=False)
    time = UTCDateTimeField(default=utcnow)

    class Meta:
        indexes = (
            # a part's ledger page by id, and its running balance, from the index alone
            (("part", "id", "quantity", "from_location", "to_location"), False),
            # sums per location and part for `db check` and location history
            (("to_location", "part", "quantity"), False),
            (("from_location", "part", "quantity"), False),
        )


class StockLevel(BaseModel):
    """On hand of one part at one location; changed only together with a move."""
    part = ForeignKeyField(Part, backref="levels", on_delete="RESTRICT", index=False)
    location = ForeignKeyField(Location, backref="levels", on_delete="RESTRICT", index=False)
    on_hand = QuantityField(default=0)

    class Meta:
        indexes = (
            (("part", "location"), True),
            (("location", "part", "on_hand"), False),
        )


class Reservation(BaseModel):
    """Stock promised to a document (an approved claim); one row per document and part."""
    part = ForeignKeyField(Part, backref="reservations", on_delete="RESTRICT", index=False)
    document = CharField(max_length=40)
    quantity = QuantityField()
    user = ForeignKeyField(User, null=True, on_delete="SET NULL", index=False)
    created_at = UTCDateTimeField(default=utcnow)

    class Meta:
        indexes = (
            (("document", "part"), True),
            (("part", "quantity"), False),
        )


RECEIPT_STATES = ("open", "closed")


class Receipt(BaseModel):
    """An incoming shipment, received by scanning into the receiving location."""
    number_series = "RC"            # scanning.resolve finds documents by this attribute
    number = CharField(max_length=20, unique=True)
    source = CharField(max_length=100, default="")        # supplier or sending warehouse
    reference = CharField(max_length=60, default="")      # the sender's delivery note number
    location = ForeignKeyField(Location, backref="receipts", on_delete="RESTRICT")
    status = CharField(max_length=10, default="open", index=True)
    note = TextField(default="")
    created_by = ForeignKeyField(User, null=True, on_delete="SET NULL", index=False)
    created_at = UTCDateTimeField(default=utcnow)
    closed_by = ForeignKeyField(User, null=True, on_delete="SET NULL", index=False)
    closed_at = UTCDateTimeField(null=True)
    times_reopened = IntegerField(default=0)

    def __str__(self) -> str:
        return self.number


class ReceiptLine(BaseModel):
    """One part on a receipt: expected from the packing list, received and damaged by scans."""
    receipt = ForeignKeyField(Receipt, backref="lines", on_delete="CASCADE", index=False)
    line_no = IntegerField()
    part = ForeignKeyField(Part, on_delete="RESTRICT", index=False)
    description = CharField(max_length=200, default="")   # as the packing list says it
    expected = QuantityField(default=0)
    received = QuantityField(default=0)                   # good pieces
    damaged = QuantityField(default=0)

    class Meta:
        indexes = ((("receipt", "part"), True), (("receipt", "line_no"), True))


SCAN_OUTCOMES = ("ok", "over", "unknown", "damaged", "voided")


class ReceiptScan(BaseModel):
    """Every scan as it happened, committed on its own; the receipt's evidence."""
    receipt = ForeignKeyField(Receipt, backref="scans", on_delete="CASCADE", index=False)
    line = ForeignKeyField(ReceiptLine, null=True, on_delete="CASCADE", index=False)
    code = CharField(max_length=80)
    part = ForeignKeyField(Part, null=True, on_delete="RESTRICT", index=False)
    quantity = QuantityField()                 # negative for a voiding scan
    outcome = CharField(max_length=10)
    voids = ForeignKeyField("self", null=True, on_delete="CASCADE", index=False)
    user = ForeignKeyField(User, null=True, on_delete="SET NULL", index=False)
    time = UTCDateTimeField(default=utcnow)

    class Meta:
        indexes = ((("receipt", "id"), False),)


COUNT_STATES = ("open", "posted", "cancelled")


class CycleCount(BaseModel):
    """A stock count of some locations: expected frozen at the start, counted, then posted."""
    number_series = "SC"
    number = CharField(max_length=20, unique=True)
    status = CharField(max_length=10, default="open", index=True)
    note = TextField(default="")
    created_by = ForeignKeyField(User, null=True, on_delete="SET NULL", index=False)
    created_at = UTCDateTimeField(default=utcnow)
    posted_by = ForeignKeyField(User, null=True, on_delete="SET NULL", index=False)
    approved_by = ForeignKeyField(User, null=True, on_delete="SET NULL", index=False)
    posted_at = UTCDateTimeField(null=True)

    def __str__(self) -> str:
        return self.number


class CycleCountLocation(BaseModel):
    count = ForeignKeyField(CycleCount, backref="locations", on_delete="CASCADE", index=False)
    location = ForeignKeyField(Location, on_delete="RESTRICT", index=False)

    class Meta:
        indexes = ((("count", "location"), True),)


class CycleCountLine(BaseModel):
    count = ForeignKeyField(CycleCount, backref="lines", on_delete="CASCADE", index=False)
    location = ForeignKeyField(Location, on_delete="RESTRICT", index=False)
    part = ForeignKeyField(Part, on_delete="RESTRICT", index=False)
    expected = QuantityField(default=0)        # the level when the count started
    counted = QuantityField(null=True)         # None until counted
    counted_by = ForeignKeyField(User, null=True, on_delete="SET NULL", index=False)
    counted_at = UTCDateTimeField(null=True)

    class Meta:
        indexes = ((("count", "location", "part"), True),)
