"""Locations: bins, the receiving area, the defective (quarantine) store and scrap."""

from __future__ import annotations

import re
from dataclasses import dataclass

from partsdesk.db import bulk
from partsdesk.db.connection import transaction
from partsdesk.db.fields import utcnow
from partsdesk.db.models import LOCATION_KINDS, Location
from partsdesk.i18n import Translator
from partsdesk.services import audit
from partsdesk.services.errors import Duplicate, NotFound, ValidationError
from partsdesk.services.permissions import require

tr = Translator("Locations")

KIND_NAMES = {
    "bin": tr.mark("Bin"),
    "receiving": tr.mark("Receiving"),
    "defective": tr.mark("Defective store"),
    "scrap": tr.mark("Scrap"),
}
CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9._/\-]{0,29}$")
LABEL_PREFIX = "L:"     # what a bin label's barcode carries before the code


def kind_name(kind: str) -> str:
    return tr(KIND_NAMES.get(kind, kind))


def normalise_code(text: str) -> str:
    code = str(text or "").strip().upper()
    return code[len(LABEL_PREFIX):] if code.startswith(LABEL_PREFIX) else code


def parse_kind(text: str) -> str:
    """A kind as typed in a form or a spreadsheet, in English or Chinese."""
    value = str(text or "").strip()
    if not value:
        return "bin"
    for kind, label in KIND_NAMES.items():
        if value.lower() in (kind, label.lower(), tr.lang("zh_CN", label)):
            return kind
    raise ValidationError(tr("Unknown location kind \"{kind}\". Use one of: {kinds}.", kind=value,
                             kinds=", ".join(LOCATION_KINDS)), field="kind")


@dataclass
class LocationData:
    code: str
    kind: str = "bin"
    description: str = ""
    allow_negative: bool = False

    def cleaned(self) -> "LocationData":
        code = normalise_code(self.code)
        if not code:
            raise ValidationError(tr("The location code is empty."), field="code")
        if not CODE_RE.match(code):
            raise ValidationError(tr(
                "Location code \"{code}\" is not valid: up to 30 letters, digits and . _ / - "
                "characters, without spaces.", code=code), field="code")
        return LocationData(code, parse_kind(self.kind),
                            " ".join(str(self.description or "").split())[:200],
                            bool(self.allow_negative))


def get_location(code: str) -> Location:
    location = Location.get_or_none(Location.code == normalise_code(code))
    if location is None:
        raise NotFound(tr("Location {code} does not exist. Check the code or create it.",
                          code=normalise_code(code)))
    return location


def create_location(actor, data: LocationData) -> Location:
    require(actor, "locations.edit")
    data = data.cleaned()
    with transaction():
        if Location.select().where(Location.code == data.code).exists():
            raise Duplicate(tr("Location {code} already exists.", code=data.code), field="code")
        location = Location.create(code=data.code, kind=data.kind, description=data.description,
                                   allow_negative=data.allow_negative)
        audit.record(actor, "location.create", "location", location.code,
                     tr.message("Location {code} created", code=location.code),
                     after=audit.snapshot(location))
    return location


def update_location(actor, code: str, data: LocationData) -> Location:
    require(actor, "locations.edit")
    data = data.cleaned()
    with transaction():
        location = get_location(code)
        before = audit.snapshot(location)
        location.kind, location.description = data.kind, data.description
        location.allow_negative = data.allow_negative
        location.save()
        audit.record(actor, "location.update", "location", location.code,
                     tr.message("Location {code} changed", code=location.code), before=before,
                     after=audit.snapshot(location))
    return location


def set_active(actor, code: str, active: bool) -> Location:
    require(actor, "locations.edit")
    with transaction():
        location = get_location(code)
        if location.active != active:
            location.active = active
            location.save()
            audit.record(actor, "location.activate" if active else "location.deactivate",
                         "location", location.code,
                         tr.message("Location {code} reactivated", code=location.code) if active
                         else tr.message("Location {code} deactivated", code=location.code),
                         before={"active": not active}, after={"active": active})
    return location


def search_locations(text: str = "", *, kind: str | None = None, include_inactive: bool = False,
                     after: str | None = None, limit: int = 200) -> list[tuple]:
    query = Location.select(Location.id, Location.code, Location.kind, Location.description,
                            Location.allow_negative, Location.active)
    for term in text.split():
        upper = term.upper()
        query = query.where(((Location.code >= upper) & (Location.code < upper + "\uffff"))
                            | Location.description.contains(term))
    if kind:
        query = query.where(Location.kind == kind)
    if not include_inactive:
        query = query.where(Location.active == True)  # noqa: E712
    if after is not None:
        query = query.where(Location.code > after)
    return list(query.order_by(Location.code).limit(limit).tuples())


def import_locations(actor, rows: list[LocationData], source: str = "", progress=None) -> dict:
    """Create or update every row in one transaction; all or nothing."""
    require(actor, "locations.import")
    total = len(rows)
    with transaction():
        existing = set(Location.select(Location.code).tuples().iterator())
        existing = {c for (c,) in existing}
        created = sum(1 for r in rows if r.code not in existing)
        stamp = Location.created_at.db_value(utcnow())
        bulk.executemany(
            "INSERT INTO location (code, kind, description, allow_negative, active, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, "
            "description = excluded.description, allow_negative = excluded.allow_negative, "
            "active = excluded.active",
            ((r.code, r.kind, r.description, r.allow_negative, True, stamp) for r in rows),
            progress=(lambda n: progress(n, total)) if progress else None)
        audit.record(actor, "location.import", "location", source or "import",
                     tr.message("Location import {source}: {created} new, {updated} updated",
                                source=source, created=created, updated=total - created),
                     after={"rows": total, "created": created, "updated": total - created})
    return {"created": created, "updated": total - created, "rows": total}
