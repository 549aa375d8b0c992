"""Document numbers: unique and gap-free per series and year, e.g. WC-2026-000123.

The number is taken inside the document's own transaction: if the document is rolled back, so is
the number, and no gap appears. The counter row is bumped with an UPDATE before it is read, which
takes the row lock (PostgreSQL) or the write lock (SQLite) first, so two PCs can never read the
same value.
"""

from __future__ import annotations

from datetime import date

from peewee import IntegrityError

from partsdesk.db.connection import database
from partsdesk.db.models import NumberSeries

# series code -> prefix printed on the document; the prefixes can never be part numbers
# because they contain a dash right after two letters and are checked first by the scanner.
SERIES = {
    "WC": "warranty claim",
    "RC": "receipt",
    "DT": "defective-part tag",
    "RS": "return shipment",
    "SB": "settlement batch",
    "SC": "stock count",
    "PR": "parts request",
}


def format_number(series: str, year: int, number: int) -> str:
    return f"{series}-{year}-{number:06d}"


def next_number(series: str, on: date | None = None) -> str:
    """Allocate the next number of ``series``; must run inside the caller's transaction."""
    if series not in SERIES:
        raise ValueError(f"unknown number series {series!r}")
    if database.transaction_depth() == 0:
        raise RuntimeError("next_number() must run inside the document's transaction")
    year = (on or date.today()).year
    for _ in range(3):
        bumped = (NumberSeries.update(last=NumberSeries.last + 1)
                  .where((NumberSeries.series == series) & (NumberSeries.year == year)).execute())
        if bumped:
            last = (NumberSeries.select(NumberSeries.last)
                    .where((NumberSeries.series == series) & (NumberSeries.year == year))
                    .scalar())
            return format_number(series, year, last)
        try:
            with database.atomic():     # savepoint: a racing first insert must not spoil ours
                NumberSeries.create(series=series, year=year, last=1)
            return format_number(series, year, 1)
        except IntegrityError:
            continue                    # another PC created the row first; bump it instead
    raise RuntimeError(f"could not allocate a number in series {series}")
