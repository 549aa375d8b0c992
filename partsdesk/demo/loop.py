"""The second half of the claim loop in the demo database: tags, return shipments, vouchers,
signed and unsigned claims, settlement batches and payments, so every state can be seen.

Every claim is walked through the real services (and its vouchers printed and archived), so its
history, stock moves and documents are what a user would have made.
"""

from __future__ import annotations

import random
from datetime import date

from partsdesk.db.models import Location, Part, User
from partsdesk.db.models.claims import FaultCode
from partsdesk.services import (approvals, batches, catalog, claim_parts, claim_states, claims,
                                locations, return_inspection, return_shipments, returns, users,
                                vouchers)
from partsdesk.services.locations import LocationData
from partsdesk.services.permissions import (MANAGER, PARTS_CLERK, RETURN_INSPECTOR,
                                            SETTLEMENT_CLERK, SUPERVISOR,
                                            WARRANTY_ADMIN)

SEED = 20260505
VIN_SERIALS = 900_000           # far from the serials of the claim desk's demo vehicles

# where each claim ends up, and how many of each (stage names are the walk's, not states)
PLAN = [("tagged", 2), ("stored", 2), ("overdue", 2), ("packed", 2), ("shipped", 2),
        ("received", 1),
        ("signed_waiting", 2), ("returned_unsigned", 2), ("no_return_signed", 2),
        ("missing", 1), ("settleable", 3), ("in_batch", 3), ("submitted", 3), ("paid", 3),
        ("closed", 3), ("cancelled", 1)]


def demo_step(world) -> None:
    """For ``partsdesk.demo.STEPS``, after the claim desk's step."""
    world.counts.update(add_loop(world.report))


def add_loop(progress=None) -> dict:
    from partsdesk.demo import claims as demo_claims
    report = progress or (lambda fraction: None)
    rng = random.Random(SEED)
    actors = demo_claims._actors()
    actors[SETTLEMENT_CLERK] = _user_of(actors["admin"], SETTLEMENT_CLERK, "settlement",
                                        "Zhao Lei")
    actors[RETURN_INSPECTOR] = _user_of(actors["admin"], RETURN_INSPECTOR, "inspector",
                                        "Sun Hao")
    if not FaultCode.select().where(FaultCode.code == demo_claims.FAULT_CODES[0][0]).exists():
        demo_claims.add_code_tables(actors["admin"])
    _defective_store(actors["admin"])
    returned = list(Part.select().where((Part.must_return == True)  # noqa: E712
                                        & (Part.active == True))  # noqa: E712
                    .order_by(Part.unit_price).limit(8))
    kept = list(Part.select().where((Part.must_return == False)  # noqa: E712
                                    & (Part.active == True))  # noqa: E712
                .order_by(Part.unit_price).limit(4))
    demo_claims._stock(actors, returned + kept)
    walk = _Walk(rng, actors, returned, kept)
    total = sum(count for _, count in PLAN)
    for stage, count in PLAN:
        for _ in range(count):
            walk.claim(stage)
            report(walk.made / total)
    walk.finish()
    return {"loop claims": walk.made}


def _user_of(admin, role: str, username: str, full_name: str) -> User:
    """The first active user of ``role``, or a new demo user of it."""
    found = (User.select().where((User.role == role) & User.active).order_by(User.id).first())
    return found or users.create_user(admin, username, "demo123", role, full_name)


def _defective_store(admin) -> None:
    if not Location.select().where(Location.kind == "defective").exists():
        locations.create_location(admin, LocationData("DEF-01", "defective",
                                                      "Defective parts store 旧件库"))


class _Walk:
    """Claims taken to their stage; tags gathered into shipments and claims into batches."""

    def __init__(self, rng, actors, returned, kept):
        self.rng, self.actors, self.returned, self.kept = rng, actors, returned, kept
        self.made = 0
        self.wa, self.sup, self.mgr = (actors[WARRANTY_ADMIN], actors[SUPERVISOR],
                                       actors[MANAGER])
        self.clerk, self.sc = actors[PARTS_CLERK], actors[SETTLEMENT_CLERK]
        self.inspector = actors[RETURN_INSPECTOR]      # at the claim centre
        self.batches: dict[str, list[str]] = {}
        self.open_shipment = None

    # --- one claim --------------------------------------------------------------------------

    def claim(self, stage: str) -> None:
        from partsdesk.demo import claims as demo_claims
        from partsdesk.demo.claims import VEHICLE_MODELS, make_vin
        rng = self.rng
        parts = (rng.sample(self.kept, 1) if stage == "no_return_signed"
                 else self._two_of_one_model() if stage == "missing"
                 else rng.sample(self.returned, 1))
        days = rng.randrange(45, 70) if stage == "overdue" else rng.randrange(3, 25)
        data = demo_claims._data(rng, make_vin(rng, VIN_SERIALS + self.made),
                                 rng.choice(VEHICLE_MODELS)[0], parts, days)
        number = claims.create_claim(self.wa, data).number
        self.made += 1
        approvals.submit(self.wa, number)
        claim = claim_states.get_claim(number)
        approvals.approve(self.mgr if claim.tier == 3 else self.sup, number)
        for line in claim.part_lines:
            claim_parts.issue_part(self.clerk, number, line.part.part_no,
                                   demo_claims._bin_of(line.part), line.quantity)
        getattr(self, "_" + stage, self._settled)(number, stage)

    def _tags(self, number: str) -> list[str]:
        return [tag.number for tag in returns.tags_of(number)]

    def _print(self, number: str) -> None:
        from partsdesk.documents import voucher
        voucher.print_voucher(self.wa, number, "zh_CN")

    def _sign(self, number: str) -> None:
        self._print(number)
        # signed the day it was printed: a customer never signs a print before it exists
        vouchers.record_signed(self.wa, number, date.today(), self.wa.full_name)

    def _ship(self, number: str, receive: bool, outcomes=()) -> None:
        shipment = return_shipments.create_shipment(self.clerk)
        for tag in self._tags(number):
            returns.store(self.clerk, tag)
            return_shipments.pack(self.clerk, shipment.number, tag)
        return_shipments.ship(self.clerk, shipment.number, self.rng.choice(["顺丰速运", "EMS", "德邦物流"]),
                              f"SF{self.rng.randrange(10**11, 10**12)}")
        for index, tag in enumerate(self._tags(number) if receive else []):
            outcome, comment = outcomes[index] if index < len(outcomes) else (
                claim_states.CONFIRMED, "")
            if outcome != claim_states.MISSING:
                return_inspection.receive(self.inspector, tag)
            return_inspection.inspect(self.inspector, tag, outcome, comment)

    def _two_of_one_model(self) -> list:
        """Two failed parts of one repair, both fitting one vehicle model."""
        def share(a, b) -> bool:
            first, second = set(catalog.models_of(a)), set(catalog.models_of(b))
            return not first or not second or bool(first & second)
        pairs = [(a, b) for a in self.returned for b in self.returned
                 if a.id < b.id and share(a, b)]
        return list(self.rng.choice(pairs)) if pairs else self.rng.sample(self.returned, 2)

    # --- stages -----------------------------------------------------------------------------

    def _tagged(self, number, stage) -> None:
        pass                                     # the failed part is still at the workshop

    def _stored(self, number, stage) -> None:
        for tag in self._tags(number):
            returns.store(self.clerk, tag)

    _overdue = _stored

    def _packed(self, number, stage) -> None:
        if self.open_shipment is None:
            self.open_shipment = return_shipments.create_shipment(self.clerk).number
        for tag in self._tags(number):
            return_shipments.pack(self.clerk, self.open_shipment, tag)

    def _shipped(self, number, stage) -> None:
        self._print(number)
        self._ship(number, receive=False)

    def _received(self, number, stage) -> None:
        self._shipped(number, stage)
        for tag in self._tags(number):
            return_inspection.receive(self.inspector, tag)           # waiting for the inspection

    def _signed_waiting(self, number, stage) -> None:
        self._sign(number)
        self._ship(number, receive=False)

    def _returned_unsigned(self, number, stage) -> None:
        self._print(number)
        self._ship(number, receive=True)

    def _no_return_signed(self, number, stage) -> None:
        self._sign(number)

    def _missing(self, number, stage) -> None:
        self._sign(number)
        self._ship(number, receive=True, outcomes=[(claim_states.CONFIRMED, ""),
                                                   (claim_states.MISSING, "包裹内未找到该旧件")])

    def _cancelled(self, number, stage) -> None:
        self._stored(number, stage)
        claims.cancel(self.sup, number, "客户撤回索赔")

    def _settled(self, number, stage) -> None:
        """Settleable, then into a batch of its stage (one of them with no fault found)."""
        self._sign(number)
        nff = stage == "in_batch" and not self.batches.get(stage)
        self._ship(number, receive=True,
                   outcomes=[(claim_states.NO_FAULT, "台架测试正常，未发现故障")] if nff else ())
        if stage != "settleable":
            self.batches.setdefault(stage, []).append(number)

    # --- batches ----------------------------------------------------------------------------

    def finish(self) -> None:
        for stage in ("in_batch", "submitted", "paid", "closed"):
            numbers = self.batches.get(stage, [])
            if not numbers:
                continue
            batch = batches.create_batch(self.sc, claim_numbers=numbers).number
            if stage == "in_batch":
                continue
            batches.submit_batch(self.sc, batch)
            if stage == "submitted":
                continue
            expected = batches.get_batch(batch).expected_total
            short = {numbers[0]: ("50.00", "工时单价按区域标准核减")} if stage == "paid" else {}
            batches.record_payment(self.sc, batch, expected - (50 if short else 0),
                                   date.today(), f"TT{self.rng.randrange(10**8, 10**9)}",
                                   short)
            if stage == "closed":
                batches.close_batch(self.sc, batch)
