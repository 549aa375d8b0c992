"""Field types that keep money, quantities and time exact across SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal

from peewee import BigIntegerField, DateTimeField

CENT = Decimal("0.01")
MILLI = Decimal("0.001")


class MoneyField(BigIntegerField):
    """Decimal with two places, stored as whole cents so SQL sums stay exact."""

    def db_value(self, value):
        if value is None:
            return None
        return int((Decimal(value) * 100).quantize(Decimal(1), ROUND_HALF_UP))

    def python_value(self, value):
        return None if value is None else (Decimal(int(value)) / 100).quantize(CENT)


class QuantityField(BigIntegerField):
    """Decimal with three places (litres, metres), stored as thousandths."""

    def db_value(self, value):
        if value is None:
            return None
        return int((Decimal(value) * 1000).quantize(Decimal(1), ROUND_HALF_UP))

    def python_value(self, value):
        return None if value is None else Decimal(int(value)) / 1000


class UTCDateTimeField(DateTimeField):
    """Timezone-aware UTC in Python, naive UTC in the database."""

    def db_value(self, value):
        if isinstance(value, datetime) and value.tzinfo is not None:
            value = value.astimezone(timezone.utc).replace(tzinfo=None)
        return super().db_value(value)

    def python_value(self, value):
        value = super().python_value(value)
        if isinstance(value, datetime) and value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value


def utcnow() -> datetime:
    return datetime.now(timezone.utc)
