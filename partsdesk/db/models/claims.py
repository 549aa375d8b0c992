"""Warranty claims: the code tables they are written in, vehicles, claims and parts requests."""

from __future__ import annotations

from peewee import (BooleanField, CharField, DateField, ForeignKeyField, IntegerField, TextField)

from partsdesk.db.fields import MoneyField, QuantityField, UTCDateTimeField, utcnow
from partsdesk.db.models import BaseModel, Part, User


# --- code tables (published by the manufacturer, imported from Excel) ---------------------

class VehicleModel(BaseModel):
    code = CharField(max_length=20, unique=True)
    name = CharField(max_length=100)                 # English; "" when only Chinese is known
    name_zh = CharField(max_length=100, default="")  # Chinese; "" when only English is known
    warranty_months = IntegerField(default=36)
    warranty_km = IntegerField(default=100_000)
    active = BooleanField(default=True)

    def __str__(self) -> str:
        return self.code


class LaborOperation(BaseModel):
    code = CharField(max_length=20, unique=True)
    description = CharField(max_length=200)          # English (either one may be "")
    description_zh = CharField(max_length=200, default="")
    standard_hours = QuantityField(default=0)
    active = BooleanField(default=True)

    def __str__(self) -> str:
        return self.code


class LaborOperationModel(BaseModel):
    """The vehicle models an operation applies to; none listed means every model."""
    operation = ForeignKeyField(LaborOperation, backref="model_links", on_delete="CASCADE")
    model = ForeignKeyField(VehicleModel, backref="operation_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("operation", "model"), True),)


class PartVehicleModel(BaseModel):
    """The vehicle models a part fits; none listed means every model."""
    part = ForeignKeyField(Part, backref="model_links", on_delete="CASCADE")
    model = ForeignKeyField(VehicleModel, backref="part_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("part", "model"), True),)


class FaultCode(BaseModel):
    code = CharField(max_length=20, unique=True)
    description = CharField(max_length=200)          # English (either one may be "")
    description_zh = CharField(max_length=200, default="")
    active = BooleanField(default=True)

    def __str__(self) -> str:
        return self.code


class CauseCode(BaseModel):
    code = CharField(max_length=20, unique=True)
    description = CharField(max_length=200)          # English (either one may be "")
    description_zh = CharField(max_length=200, default="")
    active = BooleanField(default=True)

    def __str__(self) -> str:
        return self.code


class PartCategory(BaseModel):
    code = CharField(max_length=40, unique=True)
    name = CharField(max_length=100)                 # English (either one may be "")
    name_zh = CharField(max_length=100, default="")
    active = BooleanField(default=True)

    class Meta:
        table_name = "part_category_code"    # "part_category" is the name of an index on part

    def __str__(self) -> str:
        return self.code


# --- vehicles ----------------------------------------------------------------------------

class Vehicle(BaseModel):
    vin = CharField(max_length=17, unique=True)
    # The VIN backwards, indexed: "last 6-8 characters" becomes a prefix range on this column.
    vin_reversed = CharField(max_length=17, unique=True)
    model = ForeignKeyField(VehicleModel, null=True, backref="vehicles", on_delete="RESTRICT")
    production_date = DateField(null=True)
    warranty_start = DateField(null=True)
    # Why a VIN whose check digit does not compute is accepted (markets without a check digit).
    check_digit_override = CharField(max_length=200, default="")
    created_at = UTCDateTimeField(default=utcnow)

    def __str__(self) -> str:
        return self.vin


# --- claims ------------------------------------------------------------------------------

class Claim(BaseModel):
    number_series = "WC"            # scanning.resolve finds documents by this attribute
    number = CharField(max_length=20, unique=True)
    state = CharField(max_length=20, default="draft")
    vehicle = ForeignKeyField(Vehicle, backref="claims", on_delete="RESTRICT")
    mileage = IntegerField(default=0)
    repair_date = DateField(index=True)
    customer_name = CharField(max_length=100, default="", index=True)
    customer_phone = CharField(max_length=30, default="", index=True)
    fault_code = ForeignKeyField(FaultCode, null=True, on_delete="RESTRICT")
    cause_code = ForeignKeyField(CauseCode, null=True, on_delete="RESTRICT")
    description = TextField(default="")
    labour_rate = MoneyField(default=0)
    other_amount = MoneyField(default=0)
    other_description = CharField(max_length=200, default="")
    parts_amount = MoneyField(default=0)
    labour_amount = MoneyField(default=0)
    total_amount = MoneyField(default=0)
    tier = IntegerField(null=True)           # approval level it waits for or was approved at
    created_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    created_at = UTCDateTimeField(default=utcnow)
    updated_at = UTCDateTimeField(default=utcnow)
    submitted_by = ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    submitted_at = UTCDateTimeField(null=True)
    approved_by = ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT",
                                  index=True)
    approved_at = UTCDateTimeField(null=True)
    closing_reason = CharField(max_length=300, default="")   # why rejected or cancelled
    # The vehicle facts the claim was entered and approved with; later changes of the
    # vehicle's master data do not rewrite them.
    vehicle_model = ForeignKeyField(VehicleModel, null=True, backref="+", on_delete="RESTRICT",
                                    index=False)
    production_date = DateField(null=True)
    warranty_start = DateField(null=True)
    # Who last changed amounts, lines or codes: never its approver (four eyes on figures).
    figures_changed_by = ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT",
                                         index=False)
    figures_changed_at = UTCDateTimeField(null=True)

    class Meta:
        # The claim list's first page of one state, newest first, read straight off the index.
        indexes = ((("state", "id"), False),)

    def __str__(self) -> str:
        return self.number


class ClaimLaborLine(BaseModel):
    claim = ForeignKeyField(Claim, backref="labour_lines", on_delete="CASCADE")
    operation = ForeignKeyField(LaborOperation, on_delete="RESTRICT")
    hours = QuantityField()
    rate = MoneyField()
    amount = MoneyField()
    hours_reason = CharField(max_length=200, default="")     # required above standard hours


class ClaimPartLine(BaseModel):
    claim = ForeignKeyField(Claim, backref="part_lines", on_delete="CASCADE")
    part = ForeignKeyField(Part, backref="claim_lines", on_delete="RESTRICT")
    quantity = QuantityField()
    unit_price = MoneyField()
    amount = MoneyField()
    catalogue_price = MoneyField(null=True)      # the part's price when the line was written
    price_reason = CharField(max_length=200, default="")    # why unit_price differs from it
    replacement_reason = CharField(max_length=200, default="")
    failed_batch = CharField(max_length=60, default="")      # production batch of the failed part
    must_return = BooleanField(default=False)
    must_return_reason = CharField(max_length=200, default="")   # when it differs from the part's
    issued_quantity = QuantityField(default=0)


class ClaimComment(BaseModel):
    """What an approver asked or decided, in words, shown with the claim."""
    claim = ForeignKeyField(Claim, backref="comments", on_delete="CASCADE")
    user = ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    time = UTCDateTimeField(default=utcnow)
    kind = CharField(max_length=20)          # comment, returned, rejected, cancelled
    text = TextField()


# --- parts requests ----------------------------------------------------------------------

class PartsRequest(BaseModel):
    number_series = "PR"
    """Parts an approved claim needs and the warehouse did not have."""
    number = CharField(max_length=20, unique=True)
    claim = ForeignKeyField(Claim, backref="parts_requests", on_delete="RESTRICT")
    state = CharField(max_length=12, default="open", index=True)   # open, received, cancelled
    created_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    created_at = UTCDateTimeField(default=utcnow)

    def __str__(self) -> str:
        return self.number


class PartsRequestLine(BaseModel):
    request = ForeignKeyField(PartsRequest, backref="lines", on_delete="CASCADE")
    part = ForeignKeyField(Part, backref="request_lines", on_delete="RESTRICT")
    quantity = QuantityField()
    received_quantity = QuantityField(default=0)
