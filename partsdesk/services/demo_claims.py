"""The claim desk of the demo database: code tables and claims in every state of the claim desk.

``small`` walks a few dozen claims through the real services (entry, submit, approval with
reservations and parts requests, issue, repair, rejection, cancelling), so their history is real.
``large`` adds 200,000 claims with 500,000 part lines by bulk inserts, to measure the claim list.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

from peewee import fn

from partsdesk.db import bulk
from partsdesk.db.connection import transaction
from partsdesk.db.fields import utcnow
from partsdesk.db.models import Location, NumberSeries, Part, User
from partsdesk.db.models.claims import (CauseCode, Claim, FaultCode, LaborOperation, Vehicle,
                                        VehicleModel)
from partsdesk.services import claim_parts, claims, codes, users, vehicles
from partsdesk.services.claims import ClaimData, LabourLineData, PartLineData
from partsdesk.services.codes import CodeData
from partsdesk.services.permissions import (ADMIN, MANAGER, PARTS_CLERK, SUPERVISOR,
                                            WARRANTY_ADMIN)

SEED = 20260404
LARGE_CLAIMS, LARGE_PART_LINES = 200_000, 500_000
PASSWORD = "demo123"

VEHICLE_MODELS = [  # code, name
    ("COR12T", "卡罗拉 1.2T"), ("CAM25", "凯美瑞 2.5"), ("RAV20", "RAV4荣放 2.0"),
    ("LAV15", "朗逸 1.5"), ("SAG14T", "速腾 1.4T"), ("PAS20T", "帕萨特 2.0T"),
    ("CIV15T", "思域 1.5T"), ("ACC15T", "雅阁 1.5T"), ("SYL16", "轩逸 1.6"),
    ("EMG15", "帝豪 1.5"), ("BOY18T", "博越 1.8T"), ("TUC15T", "途胜 1.5T"),
]
LABOUR_OPERATIONS = [  # code, description, standard hours, models ("" = all)
    ("01-010", "更换机油滤清器", "0.5", ""), ("01-020", "更换空气滤清器", "0.3", ""),
    ("01-110", "更换火花塞（一组）", "0.8", ""), ("01-210", "更换气门室盖垫", "1.5", ""),
    ("01-310", "更换正时链条张紧器", "3.2", "SAG14T PAS20T BOY18T"),
    ("02-010", "更换前刹车片", "1.2", ""), ("02-020", "更换后刹车片", "1.2", ""),
    ("02-110", "更换前制动盘", "1.5", ""), ("02-210", "更换ABS轮速传感器", "0.9", ""),
    ("03-010", "更换前减震器（单侧）", "1.5", ""), ("03-120", "更换前轮毂轴承（单侧）", "2.0", ""),
    ("03-210", "更换下摆臂（单侧）", "1.3", ""), ("04-010", "更换空调压缩机", "3.5", ""),
    ("04-020", "更换鼓风机", "1.0", ""), ("04-110", "空调系统抽真空加注", "0.8", ""),
    ("05-010", "更换离合器总成", "4.0", "LAV15 EMG15 SYL16"), ("05-110", "更换外球笼（单侧）", "1.8", ""),
    ("06-010", "更换发电机", "1.6", ""), ("06-020", "更换起动机", "1.4", ""),
    ("06-110", "更换蓄电池", "0.3", ""), ("07-010", "更换车窗升降器", "1.2", ""),
    ("07-020", "更换车门锁总成", "1.0", ""), ("08-010", "更换水泵", "2.5", ""),
    ("08-020", "更换节温器", "1.2", ""), ("09-010", "更换燃油泵", "2.0", ""),
    ("10-010", "故障诊断", "0.5", ""),
]
FAULT_CODES = [
    ("F01", "漏油"), ("F02", "异响"), ("F03", "功能失效"), ("F04", "异常磨损"), ("F05", "过热"),
    ("F06", "漏水"), ("F07", "漏气"), ("F08", "抖动"), ("F09", "电气故障"), ("F10", "断裂"),
    ("F11", "冷却液渗漏"), ("F12", "照明故障"),
]
CAUSE_CODES = [
    ("C01", "密封件失效"), ("C02", "材料缺陷"), ("C03", "装配不良"), ("C04", "设计缺陷"),
    ("C05", "电子元件失效"), ("C06", "供应商零件质量"), ("C07", "润滑不良"), ("C08", "原因不明"),
]
PART_CATEGORIES = [("ENGINE", "发动机"), ("BRAKE", "制动"), ("ELECTRIC", "电气"), ("BODY", "车身"),
                   ("SUSPENSION", "悬架"), ("AC", "空调"), ("DRIVELINE", "传动")]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
         "明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "志强", "海燕"]
WMI = ["LFV", "LSV", "LVG", "LHG", "LGB", "LB3", "LBE", "LVS"]
YEAR_CODES = "GHJKLMNPRS"      # 2016 … 2025


def add_code_tables(admin) -> None:
    codes.import_codes(admin, {
        "vehicle_models": [CodeData(c, n, warranty_months=36, warranty_km=100_000)
                           for c, n in VEHICLE_MODELS],
        "labour_operations": [CodeData(c, d, h, models=m.split()) for c, d, h, m in
                              LABOUR_OPERATIONS],
        "fault_codes": [CodeData(c, d) for c, d in FAULT_CODES],
        "cause_codes": [CodeData(c, d) for c, d in CAUSE_CODES],
        "part_categories": [CodeData(c, n) for c, n in PART_CATEGORIES],
    }, "demo")


def make_vin(rng: random.Random, serial: int) -> str:
    body = (rng.choice(WMI) + "".join(rng.choices("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", k=5))
            + "0" + rng.choice(YEAR_CODES) + rng.choice("ABCDEFGH") + f"{serial:06d}")
    return body[:8] + vehicles.check_digit(body) + body[9:]


def _customer(rng: random.Random) -> tuple[str, str]:
    return (rng.choice(SURNAMES) + rng.choice(GIVEN),
            "1" + rng.choice("3589") + "".join(rng.choices("0123456789", k=9)))


def _actors() -> dict[str, User]:
    """The first active user of each role the claim desk needs; created when missing."""
    admin = User.get(User.role == ADMIN, User.active == True)  # noqa: E712
    out = {"admin": admin}
    for role, name in ((WARRANTY_ADMIN, "warranty"), (SUPERVISOR, "supervisor"),
                       (MANAGER, "manager"), (PARTS_CLERK, "clerk")):
        user = User.select().where((User.role == role) & User.active).order_by(User.id).first()
        out[role] = user or users.create_user(admin, name, PASSWORD, role)
    out["warranty2"] = (User.select().where((User.role == WARRANTY_ADMIN) & User.active
                                            & (User.id != out[WARRANTY_ADMIN].id)).first()
                        or users.create_user(admin, "warranty2", PASSWORD, WARRANTY_ADMIN,
                                             "Sun Li"))
    return out


def add_claims(size: str = "small", progress=None) -> dict:
    """Code tables and claims; returns counts. ``progress(fraction)`` is called as it goes."""
    report = progress or (lambda fraction: None)
    rng = random.Random(SEED)
    actors = _actors()
    add_code_tables(actors["admin"])
    parts = list(Part.select().where(Part.active == True)  # noqa: E712
                 .order_by(Part.unit_price.desc()).limit(400))
    counts = {"claims": _walk_small(rng, actors, parts)}
    report(0.2 if size == "large" else 1.0)
    if size == "large":
        counts["claims"] += add_bulk_claims(rng, actors, LARGE_CLAIMS - counts["claims"],
                                            LARGE_PART_LINES,
                                            lambda f: report(0.2 + 0.8 * f))
    return counts


def demo_step(world) -> None:
    """For ``services.demo.STEPS``."""
    world.counts.update(add_claims(world.size, world.report))


# --- small: real claims through the services -------------------------------------------------

def _data(rng: random.Random, vin: str, model: str, parts: list[Part], days_ago: int,
          **changes) -> ClaimData:
    name, phone = _customer(rng)
    repair = date.today() - timedelta(days=days_ago)
    lines = [PartLineData(p.part_no, "1", replacement_reason="漏油" if i == 0 else "磨损",
                          failed_batch=f"B{rng.randrange(2301, 2412)}",
                          must_return=p.must_return)
             for i, p in enumerate(parts)]
    values = dict(vin=vin, repair_date=repair, mileage=rng.randrange(3_000, 90_000),
                  customer_name=name, customer_phone=phone, fault_code=rng.choice(FAULT_CODES)[0],
                  cause_code=rng.choice(CAUSE_CODES)[0], description="客户反映故障，经检查确认",
                  model_code=model, production_date=repair - timedelta(days=500),
                  warranty_start=repair - timedelta(days=rng.randrange(20, 470)),   # sold after built
                  labour=[LabourLineData(rng.choice(LABOUR_OPERATIONS[:4])[0])], parts=lines)
    values.update(changes)
    return ClaimData(**values)


def _stock(actors, parts: list[Part]) -> None:
    from partsdesk.services import stock
    bin_ = Location.select().where(Location.kind == "bin").order_by(Location.code).first()
    if bin_ is None:
        return
    for part in parts:
        if stock.available(part) < 20:
            stock.move(actors[PARTS_CLERK], part, 20, None, bin_, "receipt", "DEMO")


# state of the claim after the walk, and how many of each
SMALL_PLAN = [("draft", 4), ("returned", 2), ("submitted", 6), ("approved", 4),
              ("short", 3), ("parts_issued", 4), ("repaired", 8), ("rejected", 3),
              ("cancelled", 3)]


def _walk_small(rng: random.Random, actors, parts: list[Part]) -> int:
    wa, wa2, sup = actors[WARRANTY_ADMIN], actors["warranty2"], actors[SUPERVISOR]
    mgr, clerk = actors[MANAGER], actors[PARTS_CLERK]
    in_stock = parts[-12:]           # cheap parts, kept on the shelf
    scarce = parts[:3]               # expensive parts nobody stocks: parts requests
    if in_stock:
        _stock(actors, in_stock)
    made, serial = 0, 1
    for plan, count in SMALL_PLAN:
        for _ in range(count):
            model = rng.choice(VEHICLE_MODELS)[0]
            chosen = (scarce[:1] if plan == "short" else
                      rng.sample(in_stock, k=min(len(in_stock), rng.choice((1, 1, 2)))))
            extra = {"other_amount": rng.choice(["0", "0", "2600", "12000"])} \
                if plan == "submitted" else {}
            claim = claims.create_claim(wa, _data(rng, make_vin(rng, serial), model, chosen,
                                                  rng.randrange(1, 60), **extra))
            serial += 1
            made += 1
            _advance(plan, claim.number, wa, wa2, sup, mgr, clerk)
    return made


def _advance(plan: str, number: str, wa, wa2, sup, mgr, clerk) -> None:
    if plan == "draft":
        return
    if plan == "cancelled":
        claims.cancel(wa, number, "客户放弃索赔")
        return
    claims.submit(wa, number)
    if plan == "submitted":
        return
    approver = mgr if claims.get_claim(number).tier == 3 else sup   # prices vary by demo size
    if plan == "returned":
        claims.return_for_information(approver, number, "请补充故障照片和里程表照片")
        return
    if plan == "rejected":
        claims.reject(approver, number, "属于正常磨损，不在保修范围")
        return
    claims.approve(approver, number)
    if plan in ("approved", "short"):
        return
    claim = claims.get_claim(number)
    for line in claim.part_lines:
        claim_parts.issue_part(clerk, number, line.part.part_no, _bin_of(line.part),
                               line.quantity)
    if plan == "repaired":
        claims.mark_repaired(wa, number)


def _bin_of(part: Part) -> str:
    from partsdesk.services import stock
    return stock.locations_of(part)[0][0].code


# --- large: bulk inserts ---------------------------------------------------------------------

# state -> weight in the large set (the states this desk produces)
LARGE_STATES = [("draft", 3), ("submitted", 4), ("approved", 3), ("parts_issued", 5),
                ("repaired", 80), ("rejected", 3), ("cancelled", 2)]


def add_bulk_claims(rng: random.Random, actors, count: int, part_lines: int,
                    progress=None) -> int:
    """``count`` claims with ``part_lines`` part lines in all, written by executemany."""
    report = progress or (lambda fraction: None)
    parts = list(Part.select(Part.id, Part.unit_price, Part.must_return).tuples())
    if not parts:
        return 0
    model_ids = [i for (i,) in VehicleModel.select(VehicleModel.id).tuples()]
    operations = list(LaborOperation.select(LaborOperation.id, LaborOperation.standard_hours)
                      .tuples())
    faults = [i for (i,) in FaultCode.select(FaultCode.id).tuples()]
    causes = [i for (i,) in CauseCode.select(CauseCode.id).tuples()]
    states = [s for s, w in LARGE_STATES for _ in range(w)]
    creator, approver = actors[WARRANTY_ADMIN].id, actors[SUPERVISOR].id
    rate = claims.labour_rate()
    with transaction():
        claim_id = (Claim.select(fn.MAX(Claim.id)).scalar() or 0)
        vehicle_id = (Vehicle.select(fn.MAX(Vehicle.id)).scalar() or 0)
        numbers = _number_counters()
        vehicle_rows, claim_rows, labour_rows, line_rows, events = [], [], [], [], []
        lines_done = 0
        fleet: list[tuple[int, int, date]] = []   # vehicle, its model, built
        now = _stamp(utcnow())
        for i in range(count):
            if not fleet or rng.random() < 0.8:
                vehicle_id += 1
                built = date(2021, 1, 1) + timedelta(days=rng.randrange(1400))
                vin = make_vin(rng, 100_000 + vehicle_id)
                vehicle_rows.append((vehicle_id, vin, vin[::-1], rng.choice(model_ids),
                                     built.isoformat(), (built + timedelta(days=30)).isoformat(),
                                     "", now))
                fleet.append((vehicle_id, vehicle_rows[-1][3], built))
            vid, model_id, built = rng.choice(fleet) if rng.random() < 0.2 else fleet[-1]
            repair = min(date.today(), built + timedelta(days=rng.randrange(40, 1100)))
            claim_id += 1
            numbers[repair.year] = numbers.get(repair.year, 0) + 1
            number = f"WC-{repair.year}-{numbers[repair.year]:06d}"
            state = rng.choice(states)
            issued = 1000 if state in ("parts_issued", "repaired") else 0
            n_lines = min(len(parts), round(part_lines * (i + 1) / count) - lines_done)
            lines_done += n_lines
            parts_total = Decimal(0)
            for part_id, price, must_return in rng.sample(parts, k=n_lines):
                parts_total += price
                line_rows.append((claim_id, part_id, 1000, _cents(price), _cents(price),
                                  "损坏", f"B{rng.randrange(2001, 2412)}", must_return, "",
                                  issued, _cents(price), ""))
            op_id, hours = rng.choice(operations)
            labour = claims.line_amount(hours, rate)
            labour_rows.append((claim_id, op_id, int(hours * 1000), _cents(rate), _cents(labour),
                                ""))
            decided = state not in ("draft", "submitted")
            name, phone = _customer(rng)
            total = parts_total + labour
            stamp = _stamp(datetime.combine(repair, time(9), timezone.utc))
            claim_rows.append((
                claim_id, number, state, vid, rng.randrange(1_000, 120_000), repair.isoformat(),
                name, phone, rng.choice(faults), rng.choice(causes),
                "客户反映故障，经检查确认", _cents(rate), 0, "", _cents(parts_total),
                _cents(labour), _cents(total),
                None if state == "draft" else claims.tier_for(total, (Decimal(2000),
                                                                      Decimal(10000))),
                creator, stamp, stamp, None if state == "draft" else creator,
                None if state == "draft" else stamp, approver if decided else None,
                stamp if decided else None,
                "客户放弃索赔" if state == "cancelled" else "正常磨损" if state == "rejected" else "",
                model_id, built.isoformat(), (built + timedelta(days=30)).isoformat()))
            events.append((stamp, creator, "claim.create", "claim", number,
                           f"Claim {number} entered"))
            if (i + 1) % 20_000 == 0:
                report(0.9 * (i + 1) / count)
        _write(vehicle_rows, claim_rows, labour_rows, line_rows, events)
        _save_counters(numbers)
    report(1.0)
    return count


def _cents(value) -> int:
    return int((Decimal(value) * 100).to_integral_value())


def _stamp(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S")


def _number_counters() -> dict[int, int]:
    return {year: last for year, last in NumberSeries.select(NumberSeries.year, NumberSeries.last)
            .where(NumberSeries.series == "WC").tuples()}


def _save_counters(numbers: dict[int, int]) -> None:
    for year, last in numbers.items():
        (NumberSeries.insert(series="WC", year=year, last=last)
         .on_conflict(conflict_target=[NumberSeries.series, NumberSeries.year],
                      update={NumberSeries.last: last}).execute())


def _write(vehicle_rows, claim_rows, labour_rows, line_rows, events) -> None:
    bulk.executemany(
        "INSERT INTO vehicle (id, vin, vin_reversed, model_id, production_date, warranty_start, "
        "check_digit_override, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", vehicle_rows)
    bulk.executemany(
        "INSERT INTO claim (id, number, state, vehicle_id, mileage, repair_date, customer_name, "
        "customer_phone, fault_code_id, cause_code_id, description, labour_rate, other_amount, "
        "other_description, parts_amount, labour_amount, total_amount, tier, created_by_id, "
        "created_at, updated_at, submitted_by_id, submitted_at, approved_by_id, approved_at, "
        "closing_reason, vehicle_model_id, production_date, warranty_start) VALUES (?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", claim_rows)
    bulk.executemany(
        "INSERT INTO claim_labor_line (claim_id, operation_id, hours, rate, amount, hours_reason) "
        "VALUES (?, ?, ?, ?, ?, ?)", labour_rows)
    bulk.executemany(
        "INSERT INTO claim_part_line (claim_id, part_id, quantity, unit_price, amount, "
        "replacement_reason, failed_batch, must_return, must_return_reason, issued_quantity, "
        "catalogue_price, price_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", line_rows)
    bulk.executemany(
        "INSERT INTO audit_event (time, user_id, action, entity, record_id, summary) "
        "VALUES (?, ?, ?, ?, ?, ?)", events)

