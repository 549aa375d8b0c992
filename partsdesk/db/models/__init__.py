"""The tables. Every model hangs off the one proxy in ``connection``.

Core tables are here; each workflow keeps its tables in a module of this package (``stock``,
``claims`` …), imported below so that ``all_models()`` sees them. A new table needs nothing else:
``migrations.upgrade`` creates missing tables. A new column on an existing table needs a numbered
step in ``migrations``.
"""

from __future__ import annotations

from peewee import (BooleanField, CharField, ForeignKeyField, IntegerField, Model, TextField)

from partsdesk.db.fields import MoneyField, QuantityField, UTCDateTimeField, utcnow
from partsdesk.db.proxy import database


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class SchemaVersion(BaseModel):
    version = IntegerField()
    applied_at = UTCDateTimeField(default=utcnow)


class User(BaseModel):
    username = CharField(max_length=40, unique=True)
    full_name = CharField(max_length=100, default="")
    role = CharField(max_length=30, index=True)
    password_hash = CharField(max_length=300)
    active = BooleanField(default=True)
    created_at = UTCDateTimeField(default=utcnow)
    last_login_at = UTCDateTimeField(null=True)
    failed_logins = IntegerField(default=0)      # wrong passwords since the last good log-in
    locked_until = UTCDateTimeField(null=True)   # log-in refused until then (an admin unlocks)

    def __str__(self) -> str:
        return self.username


class AuditEvent(BaseModel):
    """Who changed what, when: one row per change, written in the change's own transaction."""
    time = UTCDateTimeField(default=utcnow, index=True)
    user = ForeignKeyField(User, null=True, backref="audit_events", on_delete="SET NULL")
    action = CharField(max_length=60)
    entity = CharField(max_length=40)
    record_id = CharField(max_length=60)
    summary = CharField(max_length=300, default="")    # in the writer's language
    message = TextField(default="")     # "context|template" of the summary, "" before schema 4
    params = TextField(null=True)       # JSON: the message's parameters
    before = TextField(null=True)   # JSON
    after = TextField(null=True)    # JSON

    class Meta:
        indexes = ((("entity", "record_id", "time"), False),)


class NumberSeries(BaseModel):
    """Last number given out per series and year; bumped in the document's own transaction."""
    series = CharField(max_length=10)
    year = IntegerField()
    last = IntegerField(default=0)

    class Meta:
        indexes = ((("series", "year"), True),)


class Setting(BaseModel):
    """Settings shared by every PC on this database (JSON values)."""
    key = CharField(max_length=60, primary_key=True)
    value = TextField()


class Part(BaseModel):
    part_no = CharField(max_length=40, unique=True)
    name = CharField(max_length=200)
    name_zh = CharField(max_length=200, default="")
    category = CharField(max_length=40, default="", index=True)
    unit = CharField(max_length=10, default="PCS")
    unit_price = MoneyField(default=0)
    must_return = BooleanField(default=False)
    min_stock = QuantityField(default=0)
    superseded_by = ForeignKeyField("self", null=True, backref="supersedes", on_delete="SET NULL")
    active = BooleanField(default=True)
    created_at = UTCDateTimeField(default=utcnow)
    updated_at = UTCDateTimeField(default=utcnow)

    def __str__(self) -> str:
        return self.part_no


class PartAlias(BaseModel):
    """A supplier's EAN or OEM box code that also means this part when scanned."""
    code = CharField(max_length=60, unique=True)
    part = ForeignKeyField(Part, backref="aliases", on_delete="CASCADE")


LOCATION_KINDS = ("bin", "receiving", "defective", "scrap")


class Location(BaseModel):
    code = CharField(max_length=30, unique=True)
    kind = CharField(max_length=12, default="bin", index=True)
    description = CharField(max_length=200, default="")
    allow_negative = BooleanField(default=False)
    active = BooleanField(default=True)
    created_at = UTCDateTimeField(default=utcnow)

    def __str__(self) -> str:
        return self.code


def all_models() -> list[type[BaseModel]]:
    """Every table, from this module and the workflow modules beside it."""
    import importlib
    import pkgutil
    for info in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{info.name}")
    found, todo = [], list(BaseModel.__subclasses__())
    while todo:
        model = todo.pop(0)
        found.append(model)
        todo.extend(model.__subclasses__())
    return found
