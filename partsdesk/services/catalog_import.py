"""A catalogue file into the catalogue: what it would change, then all of it or nothing.

A file updates only what it has. Each row says which fields it states (``PartData.given``, the
columns the file has); a part already in the catalogue keeps every other field as it is, and its
activation changes only through an "active" column. ``plan`` compares the rows with the
catalogue before anything is written (new parts, changed parts with the fields that change,
unchanged parts), so the import dialog and ``partsdesk import parts --dry-run`` can show it;
``import_parts`` writes the new and the changed parts in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from partsdesk.db import bulk
from partsdesk.db.connection import transaction
from partsdesk.db.fields import utcnow
from partsdesk.db.models import Part, PartAlias
from partsdesk.i18n import Translator
from partsdesk.services import audit
from partsdesk.services.catalog import FIELDS, PartData, link_models
from partsdesk.services.permissions import require

tr = Translator("Catalog")

# the part's own columns an import may set, in the order a preview lists them
COLUMNS = ("name", "name_zh", "category", "unit", "unit_price", "must_return", "min_stock",
           "active")
STATED = frozenset(COLUMNS) | {"aliases", "models"}
LABELS = FIELDS | {"active": tr.mark("Active"), "models": tr.mark("Fits models")}
CHUNK = 900     # values per IN (…): under SQLite's limit on parameters


def label(name: str) -> str:
    """A field's name in the reader's language."""
    return tr(LABELS[name])


def shown(value) -> str:
    """A field's value as a preview shows it: Yes/No, barcodes joined, — for nothing."""
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    if isinstance(value, list):
        return ", ".join(value) or "—"
    if isinstance(value, Decimal):
        return f"{value:,.2f}" if value.as_tuple().exponent == -2 else f"{value.normalize():,f}"
    return "—" if value in (None, "") else str(value)


def stated(row: PartData) -> frozenset[str]:
    """The fields ``row`` says something about: those of its file's columns, or all of them."""
    return STATED if row.given is None else frozenset(row.given) & STATED


@dataclass(frozen=True)
class Change:
    part_no: str
    field: str
    before: object
    after: object

    @property
    def label(self) -> str:
        return label(self.field)


@dataclass
class Plan:
    """What an import would do to the catalogue as it is now."""
    new: list[str] = field(default_factory=list)
    changes: dict[str, list[Change]] = field(default_factory=dict)   # part → its changes
    unchanged: int = 0

    @property
    def rows(self) -> int:
        return len(self.new) + len(self.changes) + self.unchanged

    def counts(self) -> dict:
        return {"rows": self.rows, "created": len(self.new), "updated": len(self.changes),
                "unchanged": self.unchanged}

    def fields_changed(self) -> dict[str, int]:
        """How many parts each field changes in, in the order of COLUMNS."""
        seen: dict[str, int] = {}
        for changes in self.changes.values():
            for change in changes:
                seen[change.field] = seen.get(change.field, 0) + 1
        order = COLUMNS + ("aliases", "models")
        return {name: seen[name] for name in order if name in seen}

    def cleared(self) -> dict[str, int]:
        """How many parts lose a value of each field (an empty cell in a column the file has)."""
        seen: dict[str, int] = {}
        for changes in self.changes.values():
            for change in changes:
                if _empty(change.after) and not _empty(change.before):
                    seen[change.field] = seen.get(change.field, 0) + 1
        return seen

    def summary(self) -> str:
        """One line: "3 new parts, 12 changed (Unit price 10, Name 2), 80 unchanged"."""
        fields = tr(", ").join(f"{label(name)} {count}"
                           for name, count in self.fields_changed().items())
        changed = tr.plural(len(self.changes), "{n} changed", "{n} changed")
        if fields:
            changed = tr("{changed} ({fields})", changed=changed, fields=fields)
        return tr("{new}, {changed}, {unchanged} unchanged",
                  new=tr.plural(len(self.new), "{n} new part", "{n} new parts"),
                  changed=changed, unchanged=self.unchanged)


def _empty(value) -> bool:
    return value in ("", None) or value == [] or (isinstance(value, Decimal) and value == 0)


def _chunks(values: list):
    for start in range(0, len(values), CHUNK):
        yield values[start:start + CHUNK]


def _current(numbers: list[str], aliases: bool, models: bool) -> dict[str, dict]:
    """The catalogue's fields of the parts ``numbers`` that exist, by part number."""
    from partsdesk.db.models.claims import PartVehicleModel, VehicleModel
    found: dict[str, dict] = {}
    ids: dict[int, str] = {}
    columns = [getattr(Part, name) for name in COLUMNS]
    for chunk in _chunks(numbers):
        for part_id, part_no, *values in (Part.select(Part.id, Part.part_no, *columns)
                                          .where(Part.part_no.in_(chunk)).tuples()):
            found[part_no] = dict(zip(COLUMNS, values), aliases=[], models=[])
            ids[part_id] = part_no
    every = list(ids)
    for chunk in _chunks(every) if aliases else ():
        for code, part_id in (PartAlias.select(PartAlias.code, PartAlias.part_id)
                              .where(PartAlias.part_id.in_(chunk)).tuples()):
            found[ids[part_id]]["aliases"].append(code)
    for chunk in _chunks(every) if models else ():
        for code, part_id in (VehicleModel.select(VehicleModel.code, PartVehicleModel.part_id)
                              .join(PartVehicleModel).where(PartVehicleModel.part_id.in_(chunk))
                              .tuples()):
            found[ids[part_id]]["models"].append(code)
    return found


def _same(name: str, before, after) -> bool:
    if name in ("aliases", "models"):
        return sorted(before or []) == sorted(after or [])
    if name in ("unit_price", "min_stock"):
        return Decimal(before or 0) == Decimal(after or 0)
    return before == after


def _value(row: PartData, name: str):
    return row.active if name == "active" else getattr(row, name)


def plan(rows: list[PartData]) -> Plan:
    """Compare checked rows with the catalogue; nothing is written."""
    numbers = [row.part_no for row in rows]
    every = set().union(*(stated(row) for row in rows)) if rows else set()
    current = _current(numbers, "aliases" in every, "models" in every)
    result = Plan()
    for row in rows:
        before = current.get(row.part_no)
        if before is None:
            result.new.append(row.part_no)
            continue
        changes = [Change(row.part_no, name, before[name], _value(row, name))
                   for name in COLUMNS + ("aliases", "models")
                   if name in stated(row) and _value(row, name) is not None
                   and not _same(name, before[name], _value(row, name))]
        if changes:
            result.changes[row.part_no] = changes
        else:
            result.unchanged += 1
    return result


def _upsert(names: tuple[str, ...]) -> str:
    """INSERT of a whole part that, for a part already there, sets only ``names``."""
    sets = "".join(f"{name} = excluded.{name}, " for name in names)
    return ("INSERT INTO part (part_no, name, name_zh, category, unit, unit_price, must_return, "
            "min_stock, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            f"ON CONFLICT (part_no) DO UPDATE SET {sets}updated_at = excluded.updated_at")


def import_parts(actor, rows: list[PartData], source: str = "", progress=None) -> dict:
    """Create the new parts and change the changed ones, in one transaction; all or nothing.

    Rows must already be checked (``spreadsheets.catalog`` does that with row numbers). A part
    the file leaves as it is is not written at all. Returns ``{"rows", "created", "updated",
    "unchanged"}``. ``progress(done, total)`` may raise Cancelled to stop; then nothing is
    written.
    """
    require(actor, "catalog.import")
    total = len(rows)
    now = utcnow()
    price, qty, stamp = Part.unit_price.db_value, Part.min_stock.db_value, Part.updated_at.db_value
    with transaction():
        found = plan(rows)
        new = set(found.new)
        writing = [row for row in rows if row.part_no in new or row.part_no in found.changes]
        groups: dict[tuple[str, ...], list[PartData]] = {}
        for row in writing:
            names = tuple(name for name in COLUMNS if name in stated(row)
                          and (name != "active" or row.active is not None))
            groups.setdefault(names, []).append(row)
        done = 0
        for names, group in groups.items():
            bulk.executemany(_upsert(names), (
                (r.part_no, r.name, r.name_zh, r.category, r.unit, price(r.unit_price),
                 r.must_return, qty(r.min_stock), True if r.active is None else r.active,
                 stamp(now), stamp(now)) for r in group),
                progress=(lambda n, done=done: progress((done + n) * 9 // 10, total))
                if progress else None)
            done += len(group)
        _write_aliases([r for r in writing if "aliases" in stated(r)
                        and (r.aliases or r.part_no not in new)])
        link_models([r for r in writing if "models" in stated(r)])
        if progress:
            progress(total, total)
        counts = found.counts()
        summary = tr.message("Catalogue import {source}: {created} new, {updated} changed, "
                             "{unchanged} unchanged", source=source, **{
                                 k: counts[k] for k in ("created", "updated", "unchanged")})
        audit.record(actor, "part.import", "part", source or "import", summary, after={
            **counts, "changed": {part_no: [c.field for c in changes]
                                  for part_no, changes in found.changes.items()}})
    return counts


def _write_aliases(rows: list[PartData]) -> None:
    """Replace the barcodes of the parts ``rows`` name with the rows' own."""
    if not rows:
        return
    ids: dict[str, int] = {}
    for chunk in _chunks([r.part_no for r in rows]):
        ids.update(Part.select(Part.part_no, Part.id).where(Part.part_no.in_(chunk)).tuples())
    for chunk in _chunks(list(ids.values())):
        PartAlias.delete().where(PartAlias.part.in_(chunk)).execute()
    bulk.executemany("INSERT INTO part_alias (code, part_id) VALUES (?, ?)",
                     ((code, ids[r.part_no]) for r in rows for code in r.aliases))
