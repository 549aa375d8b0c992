"""The one place a scanned or typed code is resolved.

Order matters: our own document numbers first (``RC-2026-000001``: two letters, a dash, the year
— a shape part numbers may not take), then location labels (``L:`` + code), then the part number
or a supplier's barcode alias, and last a bare location code typed by hand.

A document is found through its model: any table with a ``number_series`` attribute (the series
of ``numbering.SERIES``) and a ``number`` column is looked up, so a new document type becomes
scannable by declaring its series on its model.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from partsdesk.db.models import Location, Part, all_models
from partsdesk.i18n import Translator
from partsdesk.services import catalog, locations
from partsdesk.services.numbering import SERIES

tr = Translator("Scanning")

DOCUMENT_RE = re.compile(r"^([A-Z]{2})-(\d{4})-(\d{6})$")

# what a scanned document number is called, by series
DOCUMENT_KINDS = {
    "WC": "claim",
    "RC": "receipt",
    "DT": "tag",
    "RS": "return_shipment",
    "SB": "settlement_batch",
    "SC": "count",
    "PR": "parts_request",
}

KIND_NAMES = {
    "part": tr.mark("part"),
    "location": tr.mark("location"),
    "claim": tr.mark("warranty claim"),
    "receipt": tr.mark("receipt"),
    "tag": tr.mark("defective-part tag"),
    "return_shipment": tr.mark("return shipment"),
    "settlement_batch": tr.mark("settlement batch"),
    "count": tr.mark("stock count"),
    "parts_request": tr.mark("parts request"),
    "unknown": tr.mark("unknown code"),
}


class Scanned(NamedTuple):
    """What a code means: ``kind`` (part, location, receipt, claim …, or unknown), the record
    (None when unknown, or for a document type whose table does not exist), the code as read."""
    kind: str
    record: Any
    code: str

    @property
    def known(self) -> bool:
        return self.kind != "unknown"

    def describe(self) -> str:
        """"Location A-01-01", "Receipt RC-2026-000001", "Unknown code X"."""
        name = str(self.record) if self.record is not None else self.code
        text = tr("{kind} {code}", kind=kind_name(self.kind), code=name)
        return text[:1].upper() + text[1:]


def kind_name(kind: str) -> str:
    return tr(KIND_NAMES.get(kind, kind))


def clean(code) -> str:
    """What the scanner typed, without the Enter, spaces or the odd control character."""
    return "".join(ch for ch in str(code or "") if ch.isprintable()).strip()


def resolve(code) -> Scanned:
    text = clean(code)
    upper = text.upper()
    if not text:
        return Scanned("unknown", None, text)
    match = DOCUMENT_RE.match(upper)
    if match and match.group(1) in SERIES:
        series = match.group(1)
        kind = DOCUMENT_KINDS.get(series, series.lower())
        model = _document_models().get(series)
        if model is None:
            return Scanned(kind, None, upper)
        record = model.get_or_none(model.number == upper)
        return Scanned(kind, record, upper) if record else Scanned("unknown", None, upper)
    if upper.startswith(locations.LABEL_PREFIX):
        location = Location.get_or_none(Location.code == locations.normalise_code(upper))
        return Scanned("location", location, upper) if location else Scanned("unknown", None,
                                                                              upper)
    part = catalog.find_by_code(text)
    if part is not None:
        return Scanned("part", part, catalog.normalise_part_no(text))
    location = Location.get_or_none(Location.code == upper)
    if location is not None:
        return Scanned("location", location, upper)
    return Scanned("unknown", None, upper)


def resolve_part(code) -> Part | None:
    """The part a code means, or None (document numbers and locations are never parts)."""
    found = resolve(code)
    return found.record if found.kind == "part" else None


def resolve_location(code) -> Location | None:
    found = resolve(code)
    return found.record if found.kind == "location" else None


_models: dict[str, type] | None = None


def _document_models() -> dict[str, type]:
    global _models
    if _models is None:
        _models = {model.number_series: model for model in all_models()
                   if isinstance(getattr(model, "number_series", None), str)
                   and "number" in model._meta.fields}
    return _models
