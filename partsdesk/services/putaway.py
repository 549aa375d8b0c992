"""Put-away: moving received goods from the receiving area into bins.

Put-away is separate from receiving: a closed receipt leaves its parts in the receiving area
(where they are in quarantine, never issued), and put-away moves them into a bin, one committed
``put_away`` move per scan. A part usually goes into the bin it is usually kept in
(``usual_bin``); the page asks before it goes elsewhere.
"""

from __future__ import annotations

from typing import NamedTuple

from partsdesk.db.models import Location, Part
from partsdesk.db.models.stock import StockMove
from partsdesk.i18n import Translator
from partsdesk.services import scanning, stock
from partsdesk.services.errors import Conflict, InsufficientStock, NotFound, ValidationError
from partsdesk.services.stock import ISSUE_KIND, ZERO, as_location, as_part, as_quantity, qty_text

tr = Translator("Receiving")


def usual_bin(part) -> Location | None:
    """Where ``part`` is usually kept: the bin that holds most of it now (by code on a tie), or,
    while no bin holds any, the bin it was last put away or moved into; None if never in one."""
    held = stock.bins_holding(part)
    if held:
        return held[0][0]
    part = as_part(part)
    last = (StockMove.select(StockMove.to_location).join(Location,
                                                         on=(StockMove.to_location == Location.id))
            .where((StockMove.part == part.id) & (Location.kind == ISSUE_KIND)
                   & StockMove.kind.in_(["put_away", "transfer"]))
            .order_by(StockMove.id.desc()).first())
    return last.to_location if last is not None else None


def put_away(actor, part, quantity, bin, from_location=None) -> StockMove:
    """Move parts from the receiving area into a bin.

    Without ``from_location`` the parts come from the receiving location that holds most of them.
    """
    part, quantity, target = as_part(part), as_quantity(quantity), as_location(bin)
    if target.kind != "bin":
        raise ValidationError(tr("Put-away goes into a bin; {code} is not a bin.",
                                 code=target.code), field="location")
    source = as_location(from_location) if from_location is not None else _waiting(part)
    return stock.move(actor, part, quantity, source, target, "put_away")


def _waiting(part: Part) -> Location:
    held = [(loc, qty) for loc, qty in stock.locations_of(part) if loc.kind == "receiving"]
    if not held:
        raise InsufficientStock(tr("No {part_no} is waiting in the receiving area.",
                                   part_no=part.part_no), part.part_no, "", ZERO, None)
    return max(held, key=lambda item: item[1])[0]


class PutAwayOutcome(NamedTuple):
    kind: str               # bin (the target bin is set) or moved
    message: str
    move: object = None

    @property
    def feedback(self) -> str:
        return "ok"


class PutAway:
    """Scan a bin, then the parts that go into it; each part scan is one committed move."""

    def __init__(self, actor, from_location=None):
        self.actor = actor
        self.from_location = as_location(from_location) if from_location is not None else None
        self.bin: Location | None = None

    def scan(self, code, quantity=1) -> PutAwayOutcome:
        found = scanning.resolve(code)
        if found.kind == "location":
            if found.record.kind != "bin":
                raise ValidationError(tr("{code} is not a bin; scan the label of the bin the "
                                         "parts go into.", code=found.record.code))
            self.bin = found.record
            return PutAwayOutcome("bin", tr("Bin {code}: now scan the parts.",
                                            code=self.bin.code))
        if found.kind != "part":
            raise NotFound(tr("{what} is neither a bin nor a part.", what=found.describe()))
        if self.bin is None:
            raise Conflict(tr("Scan the bin first, then the parts that go into it."))
        made = put_away(self.actor, found.record, quantity, self.bin, self.from_location)
        return PutAwayOutcome("moved", tr("{qty} x {part_no} put away into {code} ({on_hand} "
                                          "there now).", qty=qty_text(made.quantity),
                                          part_no=found.record.part_no, code=self.bin.code,
                                          on_hand=qty_text(stock.on_hand(found.record,
                                                                         self.bin))), made)
