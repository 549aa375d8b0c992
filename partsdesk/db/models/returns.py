"""Defective-part returns: the tag on each failed part, return shipments, and inspections.

A tag is made when a part that must be returned is issued to a claim; it follows the failed part
from the workshop into the defective store, into a return shipment, to the receiver who inspects
it. ``state`` says where the failed part is now (TAG_STATES in ``services.claim_states``).
"""

from __future__ import annotations

from peewee import CharField, DateField, ForeignKeyField, IntegerField, TextField

from partsdesk.db.fields import MoneyField, QuantityField, UTCDateTimeField, utcnow
from partsdesk.db.models import BaseModel, Location, Part, User
from partsdesk.db.models.claims import Claim, ClaimPartLine



class ReturnShipment(BaseModel):
    """Tags packed together and sent back, with the carrier's tracking number."""
    number_series = "RS"            # scanning.resolve finds documents by this attribute
    number = CharField(max_length=20, unique=True)
    state = CharField(max_length=10, default="open", index=True)     # open, shipped
    carrier = CharField(max_length=60, default="")
    tracking_number = CharField(max_length=60, default="")
    note = TextField(default="")
    created_by = ForeignKeyField(User, null=True, on_delete="SET NULL", index=False)
    created_at = UTCDateTimeField(default=utcnow)
    shipped_by = ForeignKeyField(User, null=True, on_delete="SET NULL", index=False)
    shipped_at = UTCDateTimeField(null=True)

    def __str__(self) -> str:
        return self.number


class DefectTag(BaseModel):
    number_series = "DT"
    number = CharField(max_length=20, unique=True)
    claim = ForeignKeyField(Claim, backref="tags", on_delete="RESTRICT")
    part_line = ForeignKeyField(ClaimPartLine, backref="tags", on_delete="RESTRICT", index=False)
    part = ForeignKeyField(Part, on_delete="RESTRICT", index=False)
    quantity = QuantityField()
    repair_date = DateField()                 # the retention clock runs from here
    state = CharField(max_length=10, default="tagged")
    location = ForeignKeyField(Location, null=True, on_delete="RESTRICT", index=False)
    shipment = ForeignKeyField(ReturnShipment, null=True, backref="tags", on_delete="SET NULL")
    created_by = ForeignKeyField(User, null=True, on_delete="SET NULL", index=False)
    created_at = UTCDateTimeField(default=utcnow)
    stored_at = UTCDateTimeField(null=True)
    received_by = ForeignKeyField(User, null=True, on_delete="SET NULL", index=False)
    received_at = UTCDateTimeField(null=True)

    class Meta:
        # the overdue list: tags still here, oldest repair first, straight off the index
        indexes = ((("state", "repair_date", "id"), False),)

    def __str__(self) -> str:
        return self.number


class Inspection(BaseModel):
    """What the receiver found: confirmed, no fault found, wrong part, or missing.

    Never changed nor removed (``db.append_only``). A tag's current finding is its inspection
    not withdrawn; ``attempt`` counts the withdrawn ones before it, so a tag has one inspection
    per attempt.
    """
    tag = ForeignKeyField(DefectTag, backref="inspections", on_delete="CASCADE", index=False)
    outcome = CharField(max_length=16)
    comment = TextField(default="")
    charge_back = MoneyField(default=0)
    charge_back_reason = CharField(max_length=300, default="")   # when less than the default
    inspected_by = ForeignKeyField(User, null=True, on_delete="SET NULL", index=False)
    inspected_at = UTCDateTimeField(default=utcnow)
    attempt = IntegerField(default=0)

    class Meta:
        indexes = ((("tag", "attempt"), True),)


class InspectionWithdrawal(BaseModel):
    """An inspection that no longer stands: a tag written off as missing turned up after all.
    The inspection stays as it was written; this row says when and by whom it was set aside."""
    inspection = ForeignKeyField(Inspection, backref="withdrawals", unique=True,
                                 on_delete="CASCADE")
    reason = CharField(max_length=20, default="turned_up")
    withdrawn_by = ForeignKeyField(User, null=True, on_delete="SET NULL", index=False)
    withdrawn_at = UTCDateTimeField(default=utcnow)


def standing():
    """The condition on Inspection that it still stands (no withdrawal of it)."""
    from peewee import SQL, fn
    return ~fn.EXISTS(InspectionWithdrawal.select(SQL("1"))
                      .where(InspectionWithdrawal.inspection == Inspection.id))
