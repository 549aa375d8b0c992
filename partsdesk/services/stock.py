"""The stock ledger: moves, levels, reservations, and the rules they keep.

Every change of stock is one immutable :class:`StockMove` row plus the matching
:class:`StockLevel` changes, in one transaction. Levels are changed by an atomic
``on_hand = on_hand + delta`` upsert: on PostgreSQL that statement takes the row lock, on SQLite
the IMMEDIATE transaction already holds the write lock, so two PCs never both spend the same
stock. Locations are touched in id order so two opposite transfers cannot deadlock.

Usable stock is what lies in ``bin`` and ``receiving`` locations; defective and scrap stock is on
hand but never available. Available = usable on hand − reserved. Parts go to a repair (an
``issue`` move) only from bins: receiving, the defective store and scrap are quarantine. A failed
part under its tag leaves the defective store only with its return shipment (``return_out``).

What the stock screens list (on hand by part and by location, a part's ledger, low stock) is
``services.stock_views``.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from peewee import EXCLUDED, fn

from partsdesk.db.connection import database, is_sqlite, transaction
from partsdesk.db.models import Location, Part, User
from partsdesk.db.models.stock import MOVE_KINDS, Reservation, StockLevel, StockMove
from partsdesk.i18n import Message, Translator
from partsdesk.services import audit, catalog, locations
from partsdesk.services.claim_states import IN_DEFECTIVE_STORE
from partsdesk.services.errors import (Conflict, InsufficientStock, NotFound,  # noqa: F401
                                       ValidationError)
from partsdesk.services.permissions import require

tr = Translator("Stock")

ZERO = Decimal("0")
USABLE_KINDS = ("bin", "receiving")
ISSUE_KIND = "bin"          # the only kind of location parts are issued from

# why stock in quarantine is not issued, and what to do instead
QUARANTINE_ADVICE = {
    "receiving": tr.mark("Put it away into a bin first, then issue it from the bin."),
    "defective": tr.mark("The defective store holds failed parts under their tags; issue from "
                         "a bin."),
    "scrap": tr.mark("Scrapped stock is never issued; issue from a bin."),
}

KIND_NAMES = {
    "receipt": tr.mark("Receipt"),
    "put_away": tr.mark("Put-away"),
    "transfer": tr.mark("Transfer"),
    "issue": tr.mark("Issue"),
    "adjustment": tr.mark("Adjustment"),
    "count": tr.mark("Stock count"),
    "defective_in": tr.mark("Defective part in"),
    "return_out": tr.mark("Return to supplier"),
    "scrap": tr.mark("Scrap"),
}

# the permission each kind of move needs
KIND_ACTIONS = {
    "receipt": "stock.receive",
    "put_away": "stock.move",
    "transfer": "stock.move",
    "issue": "stock.issue",
    "defective_in": "stock.issue",
    "return_out": "stock.issue",
    "adjustment": "stock.adjust",
    "scrap": "stock.adjust",
    "count": "stock.count",
}

ADJUSTMENT_REASONS = {
    "found": tr.mark("Found in the warehouse"),
    "lost": tr.mark("Lost or missing"),
    "damaged": tr.mark("Damaged in the warehouse"),
    "wrong_booking": tr.mark("Correction of a wrong booking"),
    "sample": tr.mark("Sample or internal use"),
    "other": tr.mark("Other (explain in the note)"),
}


def kind_name(kind: str) -> str:
    return tr(KIND_NAMES.get(kind, kind))


def qty_text(value) -> str:
    """A quantity as people write it: 5, 2.5 — no trailing zeros."""
    value = Decimal(value)
    return f"{value.normalize():f}" if value else "0"


# --- inputs --------------------------------------------------------------------------------

def as_part(value) -> Part:
    if isinstance(value, Part):
        return value
    if isinstance(value, int):
        part = Part.get_or_none(Part.id == value)
        if part is None:
            raise NotFound(tr("Part #{id} does not exist.", id=value))
        return part
    return catalog.get_part(value)


def as_location(value) -> Location | None:
    if value is None or isinstance(value, Location):
        return value
    if isinstance(value, int):
        location = Location.get_or_none(Location.id == value)
        if location is None:
            raise NotFound(tr("Location #{id} does not exist.", id=value))
        return location
    return locations.get_location(value)


def as_quantity(value, field: str = "quantity") -> Decimal:
    """A positive quantity with at most three decimals (the ledger stores thousandths)."""
    try:
        quantity = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        raise ValidationError(tr("\"{value}\" is not a quantity.", value=value),
                              field=field) from None
    if not quantity.is_finite() or quantity <= 0:
        raise ValidationError(tr("The quantity must be more than zero (got {value}).",
                                 value=value), field=field)
    if quantity != quantity.quantize(Decimal("0.001")) or quantity >= Decimal("1e12"):
        raise ValidationError(tr("{value} is not a valid quantity: at most three decimals.",
                                 value=value), field=field)
    return quantity


def from_db(raw) -> Decimal:
    """A sum of QuantityField values as SQL returns it (thousandths) -> Decimal."""
    return Decimal(int(raw or 0)) / 1000


def _lock_part(part: Part) -> None:
    """Serialise reservations and issues of one part (PostgreSQL; SQLite's write lock does it)."""
    if not is_sqlite():
        list(Part.select(Part.id).where(Part.id == part.id).for_update())


# --- the ledger ----------------------------------------------------------------------------

def book(actor, part, quantity, from_location, to_location, kind: str, document: str = "",
         reason: str = "", reverses: StockMove | None = None) -> StockMove:
    """Write one move and its level changes inside the caller's transaction.

    For services that have already checked permission and write their own audit event; refuses
    to take a level below zero unless its location allows it (``InsufficientStock``).
    """
    if database.transaction_depth() == 0:
        raise RuntimeError("book() must run inside the caller's transaction")
    part, quantity = as_part(part), as_quantity(quantity)
    source, target = as_location(from_location), as_location(to_location)
    if kind not in MOVE_KINDS:
        raise ValidationError(tr("Unknown kind of stock move \"{kind}\".", kind=kind))
    if source is None and target is None:
        raise ValidationError(tr("A stock move needs a location to take from or to put into."))
    if source is not None and target is not None and source.id == target.id:
        raise ValidationError(tr("Part {part_no} is already in {location}; choose another "
                                 "location.", part_no=part.part_no, location=source.code))
    if kind == "issue" and source is not None:
        require_bin(part, source)
    with database.atomic():     # savepoint: a refused move leaves no half-written level
        move = StockMove.create(part=part, from_location=source, to_location=target,
                                quantity=quantity, kind=kind, document=str(document or "")[:40],
                                reason=str(reason or "")[:200], reverses=reverses,
                                user=actor if isinstance(actor, User) else None)
        changes = [(loc, delta) for loc, delta in ((source, -quantity), (target, quantity))
                   if loc is not None]
        for location, delta in sorted(changes, key=lambda c: c[0].id):
            _change_level(part, location, delta)
        if source is not None and source.kind == "defective" and kind != "return_out":
            _keep_tagged_units(part, source, quantity)
    return move


def require_bin(part: Part, location: Location) -> None:
    """Refuse to issue ``part`` from anywhere but a bin (quarantine is never issued)."""
    if location.kind == ISSUE_KIND:
        return
    advice = QUARANTINE_ADVICE.get(location.kind, QUARANTINE_ADVICE["scrap"])
    raise ValidationError(tr("{part_no} cannot be issued from {location}: it is a location of "
                             "kind \"{kind}\", where stock is in quarantine. {advice}",
                             part_no=part.part_no, location=location.code,
                             kind=locations.kind_name(location.kind), advice=tr(advice)),
                          field="location")


def tagged_units(part, location) -> tuple[Decimal, list[str]]:
    """The quantity of ``part`` at ``location`` that failed parts under tags (in the defective
    store or packed for return) hold, and their tag numbers."""
    from partsdesk.db.models.returns import DefectTag
    rows = list(DefectTag.select(DefectTag.number, DefectTag.quantity)
                .where((DefectTag.part == as_part(part).id)
                       & (DefectTag.location == as_location(location).id)
                       & DefectTag.state.in_(IN_DEFECTIVE_STORE))
                .order_by(DefectTag.number).tuples())
    return sum((q for _, q in rows), ZERO), [number for number, _ in rows]


def _keep_tagged_units(part: Part, location: Location, quantity: Decimal) -> None:
    """After a move out of a defective store: the tags' units must still be there.

    Runs after the level change, which holds the level's row lock, so two moves at once cannot
    both take the same untagged piece.
    """
    held, tags = tagged_units(part, location)
    if not held:
        return
    left = on_hand(part, location)
    if left >= held:
        return
    free = max(left + quantity - held, ZERO)
    raise Conflict(tr(
        "{qty} x {part_no} cannot leave {location}: {held} of it there are failed parts under "
        "their tags ({tags}), which leave the defective store only with their return shipment. "
        "At most {free} may be taken out.", qty=qty_text(quantity), part_no=part.part_no,
        location=location.code, held=qty_text(held), tags=_some(tags), free=qty_text(free)))


def _some(names: list[str], at_most: int = 5) -> str:
    shown = ", ".join(names[:at_most])
    return shown + (" …" if len(names) > at_most else "")


def _change_level(part: Part, location: Location, delta: Decimal) -> None:
    (StockLevel.insert(part=part.id, location=location.id, on_hand=delta)
     .on_conflict(conflict_target=[StockLevel.part, StockLevel.location],
                  update={StockLevel.on_hand: StockLevel.on_hand + EXCLUDED.on_hand})
     .execute())
    if delta > 0 or location.allow_negative:
        return
    now = (StockLevel.select(StockLevel.on_hand)
           .where((StockLevel.part == part.id) & (StockLevel.location == location.id)).scalar())
    if now < 0:
        before = now - delta
        raise InsufficientStock(
            tr("Not enough {part_no} in {location}: {on_hand} on hand, {requested} requested.",
               part_no=part.part_no, location=location.code, on_hand=qty_text(before),
               requested=qty_text(-delta)),
            part.part_no, location.code, before, -delta)


def _summary(move: StockMove) -> Message:
    return tr.message("{kind}: {qty} x {part_no} from {source} to {target}",
                      kind=tr.message(KIND_NAMES.get(move.kind, move.kind)),
                      qty=qty_text(move.quantity), part_no=move.part.part_no,
                      source=move.from_location.code if move.from_location else "—",
                      target=move.to_location.code if move.to_location else "—")


def _move_after(move: StockMove) -> dict:
    return {"part": move.part.part_no, "quantity": str(move.quantity), "kind": move.kind,
            "from": move.from_location.code if move.from_location else None,
            "to": move.to_location.code if move.to_location else None,
            "document": move.document, "reason": move.reason,
            "reverses": move.reverses_id}


def move(actor, part, quantity, from_location, to_location, kind: str, document: str = "",
         reason: str = "") -> StockMove:
    """Move stock: one immutable ledger row and its levels, in one transaction.

    ``part`` and the locations may be records or codes; a location of None is outside the
    warehouse (a supplier, a repair). Raises ``InsufficientStock`` rather than go negative.
    """
    if kind not in KIND_ACTIONS:
        raise ValidationError(tr("Unknown kind of stock move \"{kind}\".", kind=kind))
    require(actor, KIND_ACTIONS[kind])
    with transaction():
        made = book(actor, part, quantity, from_location, to_location, kind, document, reason)
        audit.record(actor, "stock.move", "stock_move", made.id, _summary(made),
                     after=_move_after(made))
    return made


def reverse(actor, move_id: int, reason: str) -> StockMove:
    """Correct a move by a new move the other way; the wrong one stays in the ledger."""
    reason = " ".join(str(reason or "").split())
    if not reason:
        raise ValidationError(tr("Say why the move is reversed."), field="reason")
    with transaction():
        original = StockMove.get_or_none(StockMove.id == move_id)
        if original is None:
            raise NotFound(tr("Stock move #{id} does not exist.", id=move_id))
        require(actor, KIND_ACTIONS[original.kind])
        if original.reverses_id is not None:
            raise Conflict(tr("Move #{id} is itself a reversal; make a new move instead.",
                              id=original.id))
        done = StockMove.get_or_none(StockMove.reverses == original.id)
        if done is not None:
            raise Conflict(tr("Move #{id} was already reversed by move #{other}.",
                              id=original.id, other=done.id))
        made = book(actor, original.part, original.quantity, original.to_location,
                    original.from_location, original.kind, original.document, reason,
                    reverses=original)
        audit.record(actor, "stock.reverse", "stock_move", made.id,
                     tr.message("Move #{id} reversed: {reason}", id=original.id, reason=reason),
                     after=_move_after(made))
    return made


# --- adjustments and transfers -----------------------------------------------------------

def transfer(actor, part, quantity, from_location, to_location, document: str = "",
             reason: str = "") -> StockMove:
    return move(actor, part, quantity, from_location, to_location, "transfer", document, reason)


def adjust(actor, part, location, change, reason_code: str, note: str = "") -> StockMove:
    """Add (change > 0) or remove (change < 0) stock at a location, with a reason code."""
    require(actor, "stock.adjust")
    if reason_code not in ADJUSTMENT_REASONS:
        raise ValidationError(tr("Choose a reason for the adjustment: {reasons}.",
                                 reasons=", ".join(ADJUSTMENT_REASONS)), field="reason")
    note = " ".join(str(note or "").split())
    if reason_code == "other" and not note:
        raise ValidationError(tr("Explain an adjustment with the reason \"other\" in the note."),
                              field="note")
    try:
        change = Decimal(str(change).strip())
    except (InvalidOperation, ValueError):
        raise ValidationError(tr("\"{value}\" is not a quantity.", value=change),
                              field="quantity") from None
    if not change.is_finite() or change == 0:
        raise ValidationError(tr("The adjustment must add or remove some stock."),
                              field="quantity")
    location = as_location(location)
    source, target = (None, location) if change > 0 else (location, None)
    reason = f"{reason_code}: {note}" if note else reason_code
    return move(actor, part, abs(change), source, target, "adjustment", "", reason)


# --- reservations --------------------------------------------------------------------------

def reserve(actor, part, quantity, document: str) -> Reservation:
    """Promise ``quantity`` of free stock to ``document``; refuses more than is available."""
    require(actor, "stock.reserve")
    part, quantity = as_part(part), as_quantity(quantity)
    document = _document(document)
    with transaction():
        _lock_part(part)
        free = available(part)
        if quantity > free:
            raise InsufficientStock(
                tr("Only {available} of {part_no} is available; {requested} cannot be reserved "
                   "for {document}.", available=qty_text(free), part_no=part.part_no,
                   requested=qty_text(quantity), document=document),
                part.part_no, "", free, quantity)
        (Reservation.insert(part=part.id, document=document, quantity=quantity,
                            user=actor if isinstance(actor, User) else None)
         .on_conflict(conflict_target=[Reservation.document, Reservation.part],
                      update={Reservation.quantity: Reservation.quantity
                              + EXCLUDED.quantity}).execute())
        made = Reservation.get((Reservation.document == document)
                               & (Reservation.part == part.id))
        audit.record(actor, "stock.reserve", "reservation", document,
                     tr.message("{qty} x {part_no} reserved for {document}", qty=qty_text(quantity),
                                part_no=part.part_no, document=document),
                     after={"part": part.part_no, "quantity": str(quantity),
                            "reserved": str(made.quantity)})
    return made


def release(actor, document: str, part=None) -> Decimal:
    """Give back what ``document`` reserved (of one part, or all); returns the quantity freed."""
    require(actor, "stock.reserve")
    document = _document(document)
    with transaction():
        query = Reservation.select().where(Reservation.document == document)
        if part is not None:
            query = query.where(Reservation.part == as_part(part).id)
        freed = list(query)
        if not freed:
            return ZERO
        Reservation.delete().where(Reservation.id.in_([r.id for r in freed])).execute()
        total = sum((r.quantity for r in freed), ZERO)
        audit.record(actor, "stock.release", "reservation", document,
                     tr.message("Reservations of {document} released", document=document),
                     before={r.part.part_no: str(r.quantity) for r in freed})
    return total


def reduce_reservation(actor, document: str, part, quantity) -> Decimal:
    """Give back ``quantity`` (at most what is held) of what ``document`` reserved of ``part``,
    inside the caller's transaction; returns the quantity freed."""
    require(actor, "stock.reserve")
    part, quantity, document = as_part(part), as_quantity(quantity), _document(document)
    held = Reservation.get_or_none((Reservation.document == document)
                                   & (Reservation.part == part.id))
    if held is None:
        return ZERO
    freed = min(quantity, held.quantity)
    if freed == held.quantity:
        held.delete_instance()
    else:
        Reservation.update(quantity=Reservation.quantity - freed).where(
            Reservation.id == held.id).execute()
    audit.record(actor, "stock.release", "reservation", document,
                 tr.message("{qty} x {part_no} of {document} released", qty=qty_text(freed),
                            part_no=part.part_no, document=document),
                 before={part.part_no: str(held.quantity)},
                 after={part.part_no: str(held.quantity - freed)})
    return freed


def issue_reserved(actor, part, location, quantity, document: str) -> StockMove:
    """Issue reserved stock to ``document`` (out of the warehouse) and use up the reservation.

    ``location`` None takes it from the first bin that holds enough; stock elsewhere is in
    quarantine and is refused (``require_bin``).
    """
    require(actor, "stock.issue")
    part, quantity = as_part(part), as_quantity(quantity)
    document = _document(document)
    with transaction():
        _lock_part(part)
        held = Reservation.get_or_none((Reservation.document == document)
                                       & (Reservation.part == part.id))
        if held is None or held.quantity < quantity:
            raise Conflict(tr(
                "{document} has {reserved} of {part_no} reserved; {requested} cannot be issued "
                "against it. Reserve the parts for {document} first.", document=document,
                reserved=qty_text(held.quantity if held else 0), part_no=part.part_no,
                requested=qty_text(quantity)))
        source = as_location(location) if location is not None else _source_for(part, quantity)
        made = book(actor, part, quantity, source, None, "issue", document)
        if held.quantity == quantity:
            held.delete_instance()
        else:
            Reservation.update(quantity=Reservation.quantity - quantity).where(
                Reservation.id == held.id).execute()
        audit.record(actor, "stock.issue", "stock_move", made.id, _summary(made),
                     after=_move_after(made))
    return made


def _source_for(part: Part, quantity: Decimal) -> Location:
    for location, held in locations_of(part):
        if location.kind == ISSUE_KIND and held >= quantity:
            return location
    raise InsufficientStock(tr("No single bin holds {requested} of {part_no}; issue it from "
                               "several bins, or put away what waits in receiving first.",
                               requested=qty_text(quantity), part_no=part.part_no),
                            part.part_no, "", None, quantity)


def reservations(document: str) -> list[Reservation]:
    return list(Reservation.select(Reservation, Part).join(Part)
                .where(Reservation.document == _document(document))
                .order_by(Part.part_no))


def _document(document) -> str:
    document = str(document or "").strip().upper()
    if not document:
        raise ValidationError(tr("Name the document the stock is for."), field="document")
    return document


# --- quantities ----------------------------------------------------------------------------

def on_hand(part, location=None) -> Decimal:
    """On hand at ``location`` (any kind), or usable on hand (bins + receiving) in all."""
    part = as_part(part)
    if location is not None:
        location = as_location(location)
        value = (StockLevel.select(StockLevel.on_hand)
                 .where((StockLevel.part == part.id) & (StockLevel.location == location.id))
                 .scalar())
        return value if value is not None else ZERO
    raw = (StockLevel.select(fn.SUM(StockLevel.on_hand).coerce(False)).join(Location)
           .where((StockLevel.part == part.id) & Location.kind.in_(USABLE_KINDS)).scalar())
    return from_db(raw)


def reserved(part) -> Decimal:
    part = as_part(part)
    raw = (Reservation.select(fn.SUM(Reservation.quantity).coerce(False))
           .where(Reservation.part == part.id).scalar())
    return from_db(raw)


def available(part) -> Decimal:
    return on_hand(part) - reserved(part)


def locations_of(part, usable_only: bool = True) -> list[tuple[Location, Decimal]]:
    """Where the part lies, bins before the receiving area, fullest first."""
    part = as_part(part)
    query = (StockLevel.select(StockLevel, Location).join(Location)
             .where((StockLevel.part == part.id) & (StockLevel.on_hand != 0)))
    if usable_only:
        query = query.where(Location.kind.in_(USABLE_KINDS))
    rows = [(level.location, level.on_hand) for level in query]
    order = {"bin": 0, "receiving": 1, "defective": 2, "scrap": 3}
    return sorted(rows, key=lambda r: (order.get(r[0].kind, 9), -r[1], r[0].code))


def bins_holding(part) -> list[tuple[Location, Decimal]]:
    """The bins (never quarantine) that hold ``part``, fullest first: where an issue takes it."""
    return [(location, held) for location, held in locations_of(part)
            if location.kind == ISSUE_KIND and held > 0]


# --- the consistency check -----------------------------------------------------------------

def level_differences(limit: int = 100) -> list[tuple[str, str, Decimal, Decimal]]:
    """(part no, location, level, sum of moves) wherever the two differ, at most ``limit``."""
    sums: dict[tuple[int, int], int] = {}
    for side, sign in (("to_location_id", 1), ("from_location_id", -1)):
        cursor = database.execute_sql(
            f"SELECT part_id, {side}, SUM(quantity) FROM stock_move "
            f"WHERE {side} IS NOT NULL GROUP BY part_id, {side}")
        for part_id, location_id, total in cursor:
            key = (part_id, location_id)
            sums[key] = sums.get(key, 0) + sign * int(total)
    wrong = []
    for part_id, location_id, level in database.execute_sql(
            "SELECT part_id, location_id, on_hand FROM stock_level"):
        if sums.pop((part_id, location_id), 0) != level:
            wrong.append((part_id, location_id, level))
    wrong += [(p, loc, 0) for (p, loc), total in sums.items() if total != 0]
    wrong = wrong[:limit]
    parts = dict(Part.select(Part.id, Part.part_no).where(
        Part.id.in_([w[0] for w in wrong])).tuples()) if wrong else {}
    places = dict(Location.select(Location.id, Location.code).where(
        Location.id.in_([w[1] for w in wrong])).tuples()) if wrong else {}
    out = []
    for part_id, location_id, level in wrong:
        moved = _move_sum(part_id, location_id)
        out.append((parts.get(part_id, f"#{part_id}"), places.get(location_id, f"#{location_id}"),
                    Decimal(level) / 1000, moved))
    return out


def _move_sum(part_id: int, location_id: int) -> Decimal:
    into = (StockMove.select(fn.SUM(StockMove.quantity).coerce(False))
            .where((StockMove.part == part_id) & (StockMove.to_location == location_id)).scalar())
    out = (StockMove.select(fn.SUM(StockMove.quantity).coerce(False))
           .where((StockMove.part == part_id) & (StockMove.from_location == location_id))
           .scalar())
    return from_db(into) - from_db(out)


def check_levels() -> list[str]:
    """For ``partsdesk db check``: one line per part and location whose level is wrong."""
    return [tr("{part_no} in {location}: level {level}, moves add up to {moves}",
               part_no=p, location=loc, level=qty_text(level), moves=qty_text(moved))
            for p, loc, level, moved in level_differences()]


def check_issues_from_bins(limit: int = 100) -> list[str]:
    """For ``partsdesk db check``: every issue move whose source is not a bin, by move id."""
    rows = (StockMove.select(StockMove.id, StockMove.quantity, StockMove.document, Part.part_no,
                             Location.code, Location.kind)
            .join(Location, on=(StockMove.from_location == Location.id))
            .switch(StockMove).join(Part, on=(StockMove.part == Part.id))
            .where((StockMove.kind == "issue") & (Location.kind != ISSUE_KIND))
            .order_by(StockMove.id).limit(limit).tuples())
    return [tr("Move #{id}: {qty} x {part_no} issued to {document} from {location} ({kind}), "
               "not from a bin", id=move_id, qty=qty_text(qty), part_no=part_no,
               document=document or "—", location=code, kind=locations.kind_name(kind))
            for move_id, qty, document, part_no, code, kind in rows]


def check_tagged_units(limit: int = 100) -> list[str]:
    """For ``partsdesk db check``: wherever tags in the defective store (stored or packed) hold
    more of a part than its level there, and every such tag that names no location."""
    from partsdesk.db.models.returns import DefectTag
    here = DefectTag.state.in_(IN_DEFECTIVE_STORE)
    problems = [tr("Tag {tag} is in the defective store but names no location", tag=number)
                for (number,) in DefectTag.select(DefectTag.number)
                .where(here & DefectTag.location.is_null()).order_by(DefectTag.number)
                .limit(limit).tuples()]
    tagged = (DefectTag.select(DefectTag.part, DefectTag.location,
                               fn.SUM(DefectTag.quantity).coerce(False))
              .where(here & DefectTag.location.is_null(False))
              .group_by(DefectTag.part, DefectTag.location).tuples())
    levels = dict(((part_id, location_id), on_hand) for part_id, location_id, on_hand in (
        StockLevel.select(StockLevel.part, StockLevel.location, StockLevel.on_hand).join(Location)
        .where(Location.kind == "defective").tuples()))
    short = [(part_id, location_id, from_db(total), levels.get((part_id, location_id), ZERO))
             for part_id, location_id, total in tagged]
    short = [row for row in short if row[3] < row[2]][:max(limit - len(problems), 0)]
    for part_id, location_id, held, level in short:
        part, place = Part.get_by_id(part_id), Location.get_by_id(location_id)
        problems.append(tr("{part_no} in {location}: {held} under tags ({tags}), but {on_hand} "
                           "on hand", part_no=part.part_no, location=place.code,
                           held=qty_text(held), tags=_some(tagged_units(part, place)[1]),
                           on_hand=qty_text(level)))
    return problems
