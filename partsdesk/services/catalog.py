"""The parts catalogue: parts, barcode aliases, supersession, search (a file into the
catalogue: services/catalog_import.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from peewee import IntegrityError, fn

from partsdesk.db import bulk
from partsdesk.db.connection import for_update, transaction
from partsdesk.db.fields import utcnow
from partsdesk.db.models import Part, PartAlias
from partsdesk.i18n import Message, Translator
from partsdesk.services import audit
from partsdesk.services.errors import Conflict, Duplicate, NotFound, ValidationError
from partsdesk.services.permissions import require

tr = Translator("Catalog")

PART_NO_RE = re.compile(r"^[A-Z0-9][A-Z0-9 ._/\-]{0,39}$")
DOCUMENT_NO_RE = re.compile(r"^[A-Z]{2}-\d{4}-\d{6}$")
PAGE = 200


def normalise_part_no(text: str) -> str:
    return re.sub(r"\s+", " ", str(text or "").strip()).upper()


def validate_part_no(text: str) -> str:
    part_no = normalise_part_no(text)
    if not part_no:
        raise ValidationError(tr("The part number is empty."), field="part_no")
    if not PART_NO_RE.match(part_no):
        raise ValidationError(tr(
            "Part number \"{part_no}\" is not valid: use up to 40 letters, digits, spaces and "
            ". _ / - characters.", part_no=part_no), field="part_no")
    if DOCUMENT_NO_RE.match(part_no):
        raise ValidationError(tr(
            "Part number \"{part_no}\" looks like a PartsDesk document number; it would be "
            "mistaken for one when scanned.", part_no=part_no), field="part_no")
    return part_no


def parse_money(value, field_name: str = "unit_price") -> Decimal:
    if value is None or str(value).strip() == "":
        return Decimal("0.00")
    text = str(value).strip().replace(",", "").replace("¥", "").replace("￥", "")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise ValidationError(tr("\"{value}\" is not an amount of money.", value=value),
                              field=field_name) from None
    if not amount.is_finite() or amount < 0 or amount >= Decimal("1e11"):
        raise ValidationError(tr("{value} is not a valid price.", value=value), field=field_name)
    if amount != amount.quantize(Decimal("0.01")):
        raise ValidationError(tr("{value} has more than two decimal places.", value=value),
                              field=field_name)
    return amount.quantize(Decimal("0.01"))


# Units counted in whole pieces, as catalogues write them (English and Chinese); anything else
# (L, KG, M …) may be a fraction.
PIECE_UNITS = frozenset({"PCS", "PC", "EA", "SET", "KIT", "PR", "PAIR", "个", "個", "件", "套",
                         "只", "支", "条", "根", "片", "块", "台", "副", "对", "组"})


def counted_in_pieces(unit: str) -> bool:
    """True when a part of this unit is counted in whole pieces (1.5 PCS is not a thing)."""
    return str(unit or "").strip().upper() in PIECE_UNITS


@dataclass
class PartData:
    """What a form, a CLI call or an import row says about a part."""
    part_no: str
    name: str
    name_zh: str = ""
    category: str = ""
    unit: str = "PCS"
    unit_price: Decimal = Decimal("0.00")
    must_return: bool = False
    min_stock: Decimal = Decimal("0")
    aliases: list[str] = field(default_factory=list)
    # vehicle model codes the part fits: [] = every model, None = as it is (not given)
    models: list[str] | None = None
    active: bool | None = None      # None: as it is (a new part is active)
    # the fields a file's columns state (services/catalog_import.py); None: every field (a form)
    given: frozenset[str] | None = None

    def cleaned(self) -> "PartData":
        part_no = validate_part_no(self.part_no)
        name = " ".join(str(self.name or "").split())
        if not name:
            raise ValidationError(tr("Part {part_no} has no name.", part_no=part_no), field="name")
        if len(name) > 200:
            raise ValidationError(tr("The name of part {part_no} is longer than 200 characters.",
                                     part_no=part_no), field="name")
        name_zh = " ".join(str(self.name_zh or "").split())[:200]
        unit = (str(self.unit or "").strip().upper() or "PCS")[:10]
        aliases = []
        for alias in self.aliases:
            code = validate_alias(alias)
            if code and code != part_no and code not in aliases:
                aliases.append(code)
        models = None if self.models is None else sorted(
            {str(m).strip().upper() for m in self.models if str(m or "").strip()})
        return PartData(part_no, name, name_zh, str(self.category or "").strip()[:40], unit,
                        parse_money(self.unit_price), bool(self.must_return),
                        Decimal(self.min_stock or 0), aliases, models, self.active, self.given)


def validate_alias(text: str) -> str:
    """A barcode alias that fits its column and that a scan finds as this part: never a
    document number, a bin label (L:…) or text with control characters (a scan drops them)."""
    code = normalise_part_no(text)
    if len(code) > 60:
        raise ValidationError(tr("Barcode {code} is longer than 60 characters.",
                                 code=code[:60] + "…"), field="aliases")
    if DOCUMENT_NO_RE.match(code) or code.startswith("L:") or not code.isprintable():
        raise ValidationError(tr(
            "Barcode {code} would be read as a document number or a bin label when scanned, "
            "or holds invisible characters; use the barcode as printed on the box.",
            code=code.encode("unicode_escape").decode() if not code.isprintable() else code),
            field="aliases")
    return code


def get_part(part_no: str) -> Part:
    part = Part.get_or_none(Part.part_no == normalise_part_no(part_no))
    if part is None:
        raise NotFound(tr("Part {part_no} is not in the catalogue. Check the number or add the "
                          "part.", part_no=normalise_part_no(part_no)))
    return part


def find_by_code(code: str) -> Part | None:
    """A scanned or typed code: the part number itself, else a barcode alias."""
    code = normalise_part_no(code)
    if not code:
        return None
    part = Part.get_or_none(Part.part_no == code)
    if part is None:
        alias = PartAlias.get_or_none(PartAlias.code == code)
        part = alias.part if alias else None
    return part


# --- the vehicle models a part fits ---------------------------------------------------------

def models_of(part: Part) -> list[str]:
    """Codes of the vehicle models the part fits; empty means every model."""
    from partsdesk.db.models.claims import PartVehicleModel, VehicleModel
    return [code for (code,) in VehicleModel.select(VehicleModel.code).join(PartVehicleModel)
            .where(PartVehicleModel.part == part.id).order_by(VehicleModel.code).tuples()]


def fits(part: Part, model) -> bool:
    """Whether the part fits vehicle ``model`` (a VehicleModel; None: not known, so yes)."""
    from partsdesk.db.models.claims import PartVehicleModel
    links = PartVehicleModel.select().where(PartVehicleModel.part == part.id)
    if model is None or not links.exists():
        return True
    return links.where(PartVehicleModel.model == model.id).exists()


def unknown_models(codes: list[str]) -> list[str]:
    """Of these vehicle model codes, those the code table does not have."""
    from partsdesk.db.models.claims import VehicleModel
    codes = sorted(set(codes))
    known = {c for (c,) in VehicleModel.select(VehicleModel.code)
             .where(VehicleModel.code.in_(codes)).tuples()} if codes else set()
    return [c for c in codes if c not in known]


def link_models(rows: list[PartData]) -> None:
    """Replace the vehicle models of the parts whose rows name them (models not None)."""
    from partsdesk.db.models.claims import PartVehicleModel, VehicleModel
    given = [r for r in rows if r.models is not None]
    if not given:
        return
    missing = unknown_models([m for r in given for m in r.models])
    if missing:
        raise ValidationError(tr("Vehicle models {models} are not in the code table; add them "
                                 "to the vehicle models first.", models=", ".join(missing)),
                              field="models")
    model_ids = dict(VehicleModel.select(VehicleModel.code, VehicleModel.id).tuples())
    ids: dict[str, int] = {}
    numbers = [r.part_no for r in given]
    for start in range(0, len(numbers), 900):
        ids.update(Part.select(Part.part_no, Part.id)
                   .where(Part.part_no.in_(numbers[start:start + 900])).tuples())
    part_ids = list(ids.values())
    for start in range(0, len(part_ids), 900):
        PartVehicleModel.delete().where(
            PartVehicleModel.part.in_(part_ids[start:start + 900])).execute()
    bulk.executemany("INSERT INTO part_vehicle_model (part_id, model_id) VALUES (?, ?)",
                     ((ids[r.part_no], model_ids[m]) for r in given for m in r.models))


def aliases_of(part: Part) -> list[str]:
    return [a.code for a in part.aliases.order_by(PartAlias.code)]


def _set_aliases(part: Part, codes: list[str]) -> None:
    taken = (PartAlias.select(PartAlias.code, Part.part_no).join(Part)
             .where(PartAlias.code.in_(codes) & (PartAlias.part != part.id)).tuples()) if codes else []
    for code, owner in taken:
        raise Duplicate(tr("Barcode {code} already belongs to part {owner}.", code=code,
                           owner=owner), field="aliases")
    clash = Part.select(Part.part_no).where(Part.part_no.in_(codes)).scalar() if codes else None
    if clash:
        raise Duplicate(tr("Barcode {code} is itself a part number in the catalogue.", code=clash),
                        field="aliases")
    PartAlias.delete().where(PartAlias.part == part.id).execute()
    for code in codes:
        PartAlias.create(code=code, part=part)


def _once_more_on_a_race(change):
    """Run ``change()``; if another PC committed the same part or barcode between our checks
    and our insert (PostgreSQL lets both check at once), run it again: the checks now see the
    other PC's row and raise Duplicate naming it."""
    try:
        return change()
    except IntegrityError:
        return change()


def create_part(actor, data: PartData) -> Part:
    require(actor, "catalog.edit")
    data = data.cleaned()
    return _once_more_on_a_race(lambda: _create_part(actor, data))


def _create_part(actor, data: PartData) -> Part:
    with transaction():
        if Part.select().where(Part.part_no == data.part_no).exists():
            raise Duplicate(tr("Part {part_no} already exists. Open it to change it.",
                               part_no=data.part_no), field="part_no")
        if PartAlias.select().where(PartAlias.code == data.part_no).exists():
            raise Duplicate(tr("{part_no} is already a barcode of another part.",
                               part_no=data.part_no), field="part_no")
        part = Part.create(part_no=data.part_no, name=data.name, name_zh=data.name_zh,
                           category=data.category, unit=data.unit, unit_price=data.unit_price,
                           must_return=data.must_return, min_stock=data.min_stock)
        _set_aliases(part, data.aliases)
        link_models([data])
        after = audit.snapshot(part) | {"aliases": data.aliases}
        if data.models is not None:
            after["models"] = data.models
        audit.record(actor, "part.create", "part", part.part_no, tr.message("Created"),
                     after=after)
    return part


def update_part(actor, part_no: str, data: PartData) -> Part:
    """Change name, prices, flags and aliases; the part number itself never changes."""
    require(actor, "catalog.edit")
    data = data.cleaned()
    return _once_more_on_a_race(lambda: _update_part(actor, part_no, data))


def _update_part(actor, part_no: str, data: PartData) -> Part:
    with transaction():
        # Lock the part first: two PCs changing it at once take turns, so its name and its
        # barcodes always come from the same change.
        list(for_update(Part.select(Part.id).where(Part.part_no == normalise_part_no(part_no))))
        part = get_part(part_no)
        before = audit.snapshot(part) | {"aliases": aliases_of(part), "models": models_of(part)}
        part.name, part.name_zh, part.category = data.name, data.name_zh, data.category
        part.unit, part.unit_price, part.must_return = data.unit, data.unit_price, data.must_return
        part.min_stock, part.updated_at = data.min_stock, utcnow()
        part.save()
        _set_aliases(part, data.aliases)
        link_models([data])
        after = audit.snapshot(part) | {"aliases": data.aliases, "models": models_of(part)}
        audit.record(actor, "part.update", "part", part.part_no, _changes(before, after),
                     before=before, after=after)
    return part


def set_active(actor, part_no: str, active: bool) -> Part:
    require(actor, "catalog.edit")
    with transaction():
        part = get_part(part_no)
        if part.active == active:
            return part
        part.active, part.updated_at = active, utcnow()
        part.save()
        audit.record(actor, "part.activate" if active else "part.deactivate", "part",
                     part.part_no, tr.message("Reactivated") if active
                     else tr.message("Deactivated"),
                     before={"active": not active}, after={"active": active})
    return part


def supersede(actor, old_part_no: str, new_part_no: str | None) -> Part:
    """Record that ``old`` is replaced by ``new`` (None clears it); refuses loops."""
    require(actor, "catalog.edit")
    with transaction():
        old = get_part(old_part_no)
        new = get_part(new_part_no) if new_part_no else None
        seen, step = {old.id}, new
        while step is not None:
            if step.id in seen:
                raise Conflict(tr("{old} cannot be superseded by {new}: that would make a loop.",
                                  old=old.part_no, new=new.part_no))
            seen.add(step.id)
            step = step.superseded_by
        before = {"superseded_by": old.superseded_by.part_no if old.superseded_by else None}
        old.superseded_by, old.updated_at = new, utcnow()
        old.save()
        audit.record(actor, "part.supersede", "part", old.part_no,
                     tr.message("Superseded by {new}", new=new.part_no if new else "—"),
                     before=before, after={"superseded_by": new.part_no if new else None})
    return old


# The fields an edit names in the part's history, which the catalogue shows beside the part.
FIELDS = {"name": tr.mark("Name"), "name_zh": tr.mark("Chinese name"),
          "category": tr.mark("Category"), "unit": tr.mark("Unit"),
          "unit_price": tr.mark("Unit price"), "must_return": tr.mark("Must return"),
          "min_stock": tr.mark("Minimum stock"), "aliases": tr.mark("Barcode aliases")}


def _changes(before: dict, after: dict) -> Message:
    """What an edit changed, field by field ("Name: Oil filter → Oil filter, spin-on")."""
    said = [tr.message("{field}: {old} → {new}", field=tr.message(label),
                       old=_plain(before.get(key)), new=_plain(after.get(key)))
            for key, label in FIELDS.items() if before.get(key) != after.get(key)]
    return tr.message("{changes}", changes=said) if said else tr.message("Changed")


def _plain(value):
    if isinstance(value, list):
        return ", ".join(value) or "—"
    if isinstance(value, bool):
        return tr.message("Yes") if value else tr.message("No")
    return "—" if value in (None, "") else str(value)


def current_part(part: Part) -> Part:
    """Follow the supersession chain to the part to use today."""
    seen = set()
    while part.superseded_by_id and part.id not in seen:
        seen.add(part.id)
        part = part.superseded_by
    return part


# --- search -------------------------------------------------------------------------------

SEARCH_COLUMNS = (Part.id, Part.part_no, Part.name, Part.name_zh, Part.category, Part.unit,
                  Part.unit_price, Part.must_return, Part.active)


def _prefix_range(column, text: str):
    # A range instead of LIKE 'x%': uses the unique index (0.04 ms against 13.7 ms measured).
    return (column >= text) & (column < text + "\uffff")


def _term_condition(term: str):
    upper = normalise_part_no(term)
    alias_ids = PartAlias.select(PartAlias.part).where(_prefix_range(PartAlias.code, upper))
    return (_prefix_range(Part.part_no, upper) | Part.name.contains(term)
            | Part.name_zh.contains(term) | Part.id.in_(alias_ids)
            | (Part.category == term))


def search_parts(text: str = "", *, include_inactive: bool = False, after: str | None = None,
                 limit: int = PAGE) -> list[tuple]:
    """One page of parts matching every word of ``text``, ordered by part number.

    Keyset paging: pass the last part number of the previous page as ``after``; any depth costs
    the same.
    """
    query = Part.select(*SEARCH_COLUMNS)
    terms = text.split()
    if terms:
        words = _term_condition(terms[0])
        for term in terms[1:]:
            words &= _term_condition(term)
        if len(terms) > 1:      # a part number with a space in it, scanned or typed whole
            words |= _prefix_range(Part.part_no, normalise_part_no(text))
        query = query.where(words)
    if not include_inactive:
        query = query.where(Part.active == True)  # noqa: E712 (peewee expression)
    if terms:
        return filtered_page(query, after, limit)
    if after is not None:
        query = query.where(Part.part_no > after)
    return list(query.order_by(Part.part_no).limit(limit).tuples())


SCAN_WINDOW = 10_000


def filtered_page(query, after: str | None, limit: int) -> list[tuple]:
    """The next page of a filtered search, fast whether many parts match or few.

    ``query`` is any select from Part filtered by a condition (the search here, the on-hand
    view of ``services.stock_views``); the rows come back ordered by part number, after ``after``.

    Walking the part-number index is instant when many parts match, but costs one random read
    per part when few do (0.7 s for 200,000 parts, where a sequential scan and sort takes
    0.07 s). So walk the next SCAN_WINDOW numbers in order; if they hold few matches, find the
    rest of the page with one scan beyond them.
    """
    start = Part.select(Part.part_no).order_by(Part.part_no)
    near = query
    if after is not None:
        start = start.where(Part.part_no > after)
        near = near.where(Part.part_no > after)
    window_end = start.offset(SCAN_WINDOW).limit(1).scalar()
    if window_end is not None:
        near = near.where(Part.part_no < window_end)
    rows = list(near.order_by(Part.part_no).limit(limit).tuples())
    if len(rows) == limit or window_end is None:
        return rows
    if len(rows) * 8 >= limit:      # matches are common enough: the walk will soon fill the page
        rest = query.where(Part.part_no >= window_end).order_by(Part.part_no)
    else:
        unindexed = Part.part_no.concat("")     # an expression keeps the planner off the index
        rest = query.where(unindexed >= window_end).order_by(unindexed)
    return rows + list(rest.limit(limit - len(rows)).tuples())


def count_parts(include_inactive: bool = False) -> int:
    query = Part.select(fn.COUNT(Part.id))
    if not include_inactive:
        query = query.where(Part.active == True)  # noqa: E712
    return query.scalar()


def export_page(after: str | None = None, limit: int = 2000) -> list[PartData]:
    """One page of active parts with their barcodes, by part number (keyset, like search)."""
    query = (Part.select(Part.id, Part.part_no, Part.name, Part.name_zh, Part.category,
                         Part.unit, Part.unit_price, Part.must_return, Part.min_stock)
             .where(Part.active == True))  # noqa: E712
    if after is not None:
        query = query.where(Part.part_no > after)
    from partsdesk.db.models.claims import PartVehicleModel, VehicleModel
    parts = list(query.order_by(Part.part_no).limit(limit))
    codes: dict[int, list[str]] = {}
    models: dict[int, list[str]] = {}
    if parts:
        ids = [p.id for p in parts]
        for code, part_id in (PartAlias.select(PartAlias.code, PartAlias.part)
                              .where(PartAlias.part.in_(ids))
                              .order_by(PartAlias.code).tuples()):
            codes.setdefault(part_id, []).append(code)
        for code, part_id in (VehicleModel.select(VehicleModel.code, PartVehicleModel.part)
                              .join(PartVehicleModel).where(PartVehicleModel.part.in_(ids))
                              .order_by(VehicleModel.code).tuples()):
            models.setdefault(part_id, []).append(code)
    return [PartData(p.part_no, p.name, p.name_zh, p.category, p.unit, p.unit_price,
                     p.must_return, p.min_stock, codes.get(p.id, []), models.get(p.id, []))
            for p in parts]


def code_owners(codes: list[str], chunk: int = 900) -> dict[str, str]:
    """For each code that the catalogue already knows: the part number it means.

    A part number means itself; a barcode means the part it belongs to. Used to check a whole
    import file against the catalogue before anything is written.
    """
    owners: dict[str, str] = {}
    codes = sorted(set(codes))
    for start in range(0, len(codes), chunk):
        part = codes[start:start + chunk]
        owners.update((no, no) for (no,) in
                      Part.select(Part.part_no).where(Part.part_no.in_(part)).tuples())
        owners.update(PartAlias.select(PartAlias.code, Part.part_no).join(Part)
                      .where(PartAlias.code.in_(part)).tuples())
    return owners
