"""The claim desk of the demo database: code tables and claims in every state of the claim desk.

``small`` walks a few dozen claims through the real services (entry, submit, approval with
reservations and parts requests, issue, repair, rejection, cancelling), so their history is real.
``large`` adds 200,000 claims with 500,000 part lines by bulk inserts, to measure the claim list.
"""

from __future__ import annotations

import json
import random
import re
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

from peewee import fn

from partsdesk.db import bulk
from partsdesk.db.connection import transaction
from partsdesk.db.fields import utcnow
from partsdesk.db.models import Location, NumberSeries, Part, User
from partsdesk.db.models.claims import (CauseCode, Claim, FaultCode, LaborOperation,
                                        PartVehicleModel, Vehicle, VehicleModel)
from partsdesk.i18n import Translator
from partsdesk.services import (approvals, catalog, claim_parts, claim_states, claims, codes, users,
                                vehicles)
from partsdesk.services.claims import ClaimData, LabourLineData, PartLineData
from partsdesk.services.codes import CodeData
from partsdesk.services.permissions import (ADMIN, MANAGER, PARTS_CLERK, SUPERVISOR,
                                            WARRANTY_ADMIN)

tr_claims = Translator("Claims")    # the claims' own words, for the history of bulk claims
SEED = 20260404
LARGE_CLAIMS, LARGE_PART_LINES = 200_000, 500_000
PASSWORD = "demo123"

VEHICLE_MODELS = [  # code, English, Chinese: the models the demo names its parts after
    ("COR12T", "Corolla 1.2T", "卡罗拉 1.2T"), ("CAM25", "Camry 2.5", "凯美瑞 2.5"),
    ("RAV20", "RAV4 2.0", "RAV4荣放 2.0"), ("HIG20T", "Highlander 2.0T", "汉兰达 2.0T"),
    ("LAV15", "Lavida 1.5", "朗逸 1.5"), ("SAG14T", "Sagitar 1.4T", "速腾 1.4T"),
    ("PAS20T", "Passat 2.0T", "帕萨特 2.0T"), ("TIG20T", "Tiguan L 2.0T", "途观L 2.0T"),
    ("MAG14T", "Magotan 1.4T", "迈腾 1.4T"), ("CIV15T", "Civic 1.5T", "思域 1.5T"),
    ("ACC15T", "Accord 1.5T", "雅阁 1.5T"), ("CRV15T", "CR-V 1.5T", "CR-V 1.5T"),
    ("SYL16", "Sylphy 1.6", "轩逸 1.6"), ("TEA20", "Teana 2.0", "天籁 2.0"),
    ("XTR25", "X-Trail 2.5", "奇骏 2.5"), ("EMG15", "Emgrand 1.5", "帝豪 1.5"),
    ("BOY18T", "Boyue 1.8T", "博越 1.8T"), ("ELA15", "Elantra 1.5", "伊兰特 1.5"),
    ("TUC15T", "Tucson 1.5T", "途胜 1.5T"),
]
LABOUR_OPERATIONS = [  # code, English, Chinese, standard hours, models ("" = all)
    ("01-010", "Replace oil filter", "更换机油滤清器", "0.5", ""),
    ("01-020", "Replace air filter", "更换空气滤清器", "0.3", ""),
    ("01-110", "Replace spark plugs (set)", "更换火花塞（一组）", "0.8", ""),
    ("01-210", "Replace valve cover gasket", "更换气门室盖垫", "1.5", ""),
    ("01-310", "Replace timing chain tensioner", "更换正时链条张紧器", "3.2",
     "SAG14T PAS20T BOY18T"),
    ("02-010", "Replace front brake pads", "更换前刹车片", "1.2", ""),
    ("02-020", "Replace rear brake pads", "更换后刹车片", "1.2", ""),
    ("02-110", "Replace front brake disc", "更换前制动盘", "1.5", ""),
    ("02-210", "Replace ABS wheel speed sensor", "更换ABS轮速传感器", "0.9", ""),
    ("03-010", "Replace front shock absorber (one side)", "更换前减震器（单侧）", "1.5", ""),
    ("03-120", "Replace front wheel bearing (one side)", "更换前轮毂轴承（单侧）", "2.0", ""),
    ("03-210", "Replace lower control arm (one side)", "更换下摆臂（单侧）", "1.3", ""),
    ("04-010", "Replace AC compressor", "更换空调压缩机", "3.5", ""),
    ("04-020", "Replace blower motor", "更换鼓风机", "1.0", ""),
    ("04-110", "Evacuate and recharge the AC system", "空调系统抽真空加注", "0.8", ""),
    ("05-010", "Replace clutch assembly", "更换离合器总成", "4.0", "LAV15 EMG15 SYL16"),
    ("05-110", "Replace outer CV joint (one side)", "更换外球笼（单侧）", "1.8", ""),
    ("06-010", "Replace alternator", "更换发电机", "1.6", ""),
    ("06-020", "Replace starter motor", "更换起动机", "1.4", ""),
    ("06-110", "Replace battery", "更换蓄电池", "0.3", ""),
    ("07-010", "Replace window regulator", "更换车窗升降器", "1.2", ""),
    ("07-020", "Replace door lock assembly", "更换车门锁总成", "1.0", ""),
    ("08-010", "Replace water pump", "更换水泵", "2.5", ""),
    ("08-020", "Replace thermostat", "更换节温器", "1.2", ""),
    ("09-010", "Replace fuel pump", "更换燃油泵", "2.0", ""),
    ("10-010", "Fault diagnosis", "故障诊断", "0.5", ""),
]
DIAGNOSIS = "10-010"        # fits every model: the labour of a part no operation names
FAULT_CODES = [
    ("F01", "Oil leak", "漏油"), ("F02", "Abnormal noise", "异响"),
    ("F03", "Does not work", "功能失效"), ("F04", "Abnormal wear", "异常磨损"),
    ("F05", "Overheating", "过热"), ("F06", "Water leak", "漏水"), ("F07", "Air leak", "漏气"),
    ("F08", "Vibration", "抖动"), ("F09", "Electrical fault", "电气故障"),
    ("F10", "Broken", "断裂"), ("F11", "Coolant leak", "冷却液渗漏"),
    ("F12", "Lighting fault", "照明故障"),
]
CAUSE_CODES = [
    ("C01", "Seal failure", "密封件失效"), ("C02", "Material defect", "材料缺陷"),
    ("C03", "Poor assembly", "装配不良"), ("C04", "Design defect", "设计缺陷"),
    ("C05", "Electronic component failure", "电子元件失效"),
    ("C06", "Supplier part quality", "供应商零件质量"), ("C07", "Poor lubrication", "润滑不良"),
    ("C08", "Cause unknown", "原因不明"),
]
PART_CATEGORIES = [("ENGINE", "Engine", "发动机"), ("BRAKE", "Brakes", "制动"),
                   ("ELECTRIC", "Electrical", "电气"), ("BODY", "Body", "车身"),
                   ("SUSPENSION", "Suspension", "悬架"), ("AC", "Air conditioning", "空调"),
                   ("DRIVELINE", "Driveline", "传动")]
# The faults a part of each category shows (the demo catalogue names categories in Chinese).
CATEGORY_FAULTS = {
    "发动机": ("F01", "F02", "F03", "F05", "F07", "F08", "F11"),
    "制动": ("F02", "F03", "F04", "F08", "F09"),
    "电气": ("F03", "F09", "F12"),
    "车身": ("F02", "F03", "F06", "F10"),
    "悬架": ("F01", "F02", "F04", "F10"),
    "空调": ("F02", "F03", "F05", "F07"),
    "传动": ("F01", "F02", "F04", "F08"),
}
# The labour operation that replaces a part, by words of the part's English name (first match).
KIND_OPERATIONS = [
    ("cabin air filter", DIAGNOSIS), ("air filter", "01-020"), ("oil filter", "01-010"),
    ("spark plug", "01-110"), ("valve cover gasket", "01-210"),
    ("front brake pads", "02-010"), ("rear brake pads", "02-020"), ("brake disc", "02-110"),
    ("abs wheel speed sensor", "02-210"), ("shock absorber", "03-010"),
    ("wheel bearing", "03-120"), ("lower control arm", "03-210"), ("ac compressor", "04-010"),
    ("blower motor", "04-020"), ("condenser", "04-110"), ("expansion valve", "04-110"),
    ("clutch kit", "05-010"), ("outer cv joint", "05-110"), ("alternator", "06-010"),
    ("starter motor", "06-020"), ("battery", "06-110"), ("window regulator", "07-010"),
    ("door handle", "07-020"), ("water pump", "08-010"), ("thermostat", "08-020"),
]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
         "明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "志强", "海燕"]
WMI = ["LFV", "LSV", "LVG", "LHG", "LGB", "LB3", "LBE", "LVS"]
YEAR_CODES = "GHJKLMNPRS"      # 2016 … 2025


def add_code_tables(admin) -> None:
    codes.import_codes(admin, {
        "vehicle_models": [CodeData(c, en, warranty_months=36, warranty_km=100_000,
                                    description_zh=zh) for c, en, zh in VEHICLE_MODELS],
        "labour_operations": [CodeData(c, en, h, models=m.split(), description_zh=zh)
                              for c, en, zh, h, m in LABOUR_OPERATIONS],
        "fault_codes": [CodeData(c, en, description_zh=zh) for c, en, zh in FAULT_CODES],
        "cause_codes": [CodeData(c, en, description_zh=zh) for c, en, zh in CAUSE_CODES],
        "part_categories": [CodeData(c, en, description_zh=zh) for c, en, zh in PART_CATEGORIES],
    }, "demo")
    link_demo_parts()


# the demo names a part "<position><kind> <model> <year>款" in Chinese
_YEAR_IN_NAME = re.compile(r" \d{4}款$")


def model_named(name_zh: str) -> str | None:
    """The code of the vehicle model a demo part is named after, or None."""
    found = _YEAR_IN_NAME.search(name_zh or "")
    if not found:
        return None
    before = " " + name_zh[:found.start()]
    return next((code for zh, code in _MODEL_CODES if before.endswith(" " + zh)), None)


# longest names first: "CR-V 1.5T" before any shorter name it ends with
_MODEL_CODES = sorted(((zh, code) for code, _en, zh in VEHICLE_MODELS),
                      key=lambda pair: -len(pair[0]))


def link_demo_parts() -> int:
    """Each demo part fits the model its name gives (PartVehicleModel); parts named after no
    model fit every model. Returns the links written."""
    model_ids = dict(VehicleModel.select(VehicleModel.code, VehicleModel.id).tuples())
    linked = {p for (p,) in PartVehicleModel.select(PartVehicleModel.part).distinct().tuples()}
    rows = []
    for part_id, name_zh in Part.select(Part.id, Part.name_zh).tuples():
        code = model_named(name_zh)
        if code in model_ids and part_id not in linked:
            rows.append((part_id, model_ids[code]))
    if rows:
        with transaction():
            bulk.executemany("INSERT INTO part_vehicle_model (part_id, model_id) VALUES (?, ?)",
                             rows)
    return len(rows)


def operation_for(part_name: str) -> str:
    """The labour operation that replaces a part of this (English) name."""
    name = (part_name or "").lower()
    return next((op for words, op in KIND_OPERATIONS if words in name), DIAGNOSIS)


def faults_for(category: str) -> tuple[str, ...]:
    """The fault codes a part of this category shows (every fault for an unknown category)."""
    return CATEGORY_FAULTS.get(category) or tuple(code for code, _en, _zh in FAULT_CODES)


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
    """For ``partsdesk.demo.STEPS``."""
    world.counts.update(add_claims(world.size, world.report))


# --- small: real claims through the services -------------------------------------------------

def _data(rng: random.Random, vin: str, model: str, parts: list[Part], days_ago: int,
          **changes) -> ClaimData:
    """A claim as an administrator writes it: a vehicle model its parts fit (``model`` when they
    do), a fault a part of that kind shows, and the labour that replaces the first part."""
    name, phone = _customer(rng)
    repair = date.today() - timedelta(days=days_ago)
    model = _fitting_model(rng, model, parts)
    fault = rng.choice(faults_for(parts[0].category)) if parts else rng.choice(FAULT_CODES)[0]
    lines = [PartLineData(p.part_no, "1",
                          replacement_reason=_FAULT_ZH[fault] if i == 0 else "磨损",
                          failed_batch=f"B{rng.randrange(2301, 2412)}",
                          must_return=p.must_return)
             for i, p in enumerate(parts)]
    values = dict(vin=vin, repair_date=repair, mileage=rng.randrange(3_000, 90_000),
                  customer_name=name, customer_phone=phone, fault_code=fault,
                  cause_code=rng.choice(CAUSE_CODES)[0], description="客户反映故障，经检查确认",
                  model_code=model, production_date=repair - timedelta(days=500),
                  warranty_start=repair - timedelta(days=rng.randrange(20, 470)),   # sold after built
                  labour=[LabourLineData(_labour_for(parts[0] if parts else None, model))],
                  parts=lines)
    values.update(changes)
    return ClaimData(**values)


_FAULT_ZH = {code: zh for code, _en, zh in FAULT_CODES}


def _fitting_model(rng: random.Random, model: str, parts: list[Part]) -> str:
    """``model`` when every part fits it, else a model they all fit (or the first part fits)."""
    fits = [set(catalog.models_of(p)) for p in parts]
    fits = [f for f in fits if f]                   # an empty set: fits every model
    if not fits or all(model in f for f in fits):
        return model
    common = set.intersection(*fits)
    return rng.choice(sorted(common or fits[0]))


def _labour_for(part: Part | None, model: str) -> str:
    """The operation that replaces ``part`` when it applies to ``model``, else diagnosis."""
    code = operation_for(part.name) if part is not None else DIAGNOSIS
    operation = LaborOperation.get_or_none(LaborOperation.code == code)
    vehicle_model = VehicleModel.get_or_none(VehicleModel.code == model)
    if operation is None or not codes.applies_to(operation, vehicle_model):
        return DIAGNOSIS
    return code


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
            chosen = scarce[:1] if plan == "short" else [rng.choice(in_stock)]
            model = _fitting_model(rng, rng.choice(VEHICLE_MODELS)[0], chosen)
            if plan != "short" and rng.choice((1, 1, 2)) == 2:     # a second part, same model
                fitting = VehicleModel.get_or_none(VehicleModel.code == model)
                others = [p for p in in_stock if p not in chosen and catalog.fits(p, fitting)]
                if others:
                    chosen.append(rng.choice(others))
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
    approvals.submit(wa, number)
    if plan == "submitted":
        return
    approver = mgr if claim_states.get_claim(number).tier == 3 else sup   # prices vary by demo size
    if plan == "returned":
        approvals.return_for_information(approver, number, "请补充故障照片和里程表照片")
        return
    if plan == "rejected":
        approvals.reject(approver, number, "属于正常磨损，不在保修范围")
        return
    approvals.approve(approver, number)
    if plan in ("approved", "short"):
        return
    claim = claim_states.get_claim(number)
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
    rows = list(Part.select(Part.id, Part.unit_price, Part.must_return, Part.name,
                            Part.category).tuples())
    if not rows:
        return 0
    parts = [(part_id, price, must_return) for part_id, price, must_return, _, _ in rows]
    model_ids = [i for (i,) in VehicleModel.select(VehicleModel.id).tuples()]
    fitting = _parts_by_model(parts, model_ids)
    fault_ids = dict(FaultCode.select(FaultCode.code, FaultCode.id).tuples())
    faults_of = {part_id: [fault_ids[c] for c in faults_for(category) if c in fault_ids]
                 or list(fault_ids.values()) for part_id, _, _, _, category in rows}
    operation_of = {part_id: operation_for(name) for part_id, _, _, name, _ in rows}
    operations = _operations_by_model(model_ids)
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
            candidates = fitting.get(model_id) or parts         # the parts this model takes
            n_lines = min(len(candidates), round(part_lines * (i + 1) / count) - lines_done)
            lines_done += n_lines
            parts_total = Decimal(0)
            chosen = rng.sample(candidates, k=n_lines)
            first_part = chosen[0][0] if chosen else None
            for part_id, price, must_return in chosen:
                parts_total += price
                line_rows.append((claim_id, part_id, 1000, _cents(price), _cents(price),
                                  "损坏", f"B{rng.randrange(2001, 2412)}", must_return, "",
                                  issued, _cents(price), ""))
            by_code = operations[model_id]
            op_id, hours = (by_code.get(operation_of.get(first_part)) or by_code.get(DIAGNOSIS)
                            or rng.choice(list(by_code.values())))
            labour = claims.line_amount(hours, rate)
            labour_rows.append((claim_id, op_id, int(hours * 1000), _cents(rate), _cents(labour),
                                ""))
            decided = state not in ("draft", "submitted")
            name, phone = _customer(rng)
            total = parts_total + labour
            stamp = _stamp(datetime.combine(repair, time(9), timezone.utc))
            claim_rows.append((
                claim_id, number, state, vid, rng.randrange(1_000, 120_000), repair.isoformat(),
                name, phone, rng.choice(faults_of[first_part] if first_part else
                                        list(fault_ids.values())), rng.choice(causes),
                "客户反映故障，经检查确认", _cents(rate), 0, "", _cents(parts_total),
                _cents(labour), _cents(total),
                None if state == "draft" else approvals.tier_for(total, (Decimal(2000),
                                                                         Decimal(10000))),
                creator, stamp, stamp, None if state == "draft" else creator,
                None if state == "draft" else stamp, approver if decided else None,
                stamp if decided else None,
                "客户放弃索赔" if state == "cancelled" else "正常磨损" if state == "rejected" else "",
                model_id, built.isoformat(), (built + timedelta(days=30)).isoformat()))
            entered = tr_claims.message("Claim {number} entered", number=number)
            events.append((stamp, creator, "claim.create", "claim", number, entered.text("en"),
                           entered.key, json.dumps(entered.data())))
            if (i + 1) % 20_000 == 0:
                report(0.9 * (i + 1) / count)
        _write(vehicle_rows, claim_rows, labour_rows, line_rows, events)
        _save_counters(numbers)
    report(1.0)
    return count


def _parts_by_model(parts: list[tuple], model_ids: list[int]) -> dict[int, list[tuple]]:
    """For each model, the parts that fit it: its own and those that fit every model."""
    links: dict[int, set[int]] = {}
    for part_id, model_id in PartVehicleModel.select(PartVehicleModel.part,
                                                     PartVehicleModel.model).tuples():
        links.setdefault(part_id, set()).add(model_id)
    out: dict[int, list[tuple]] = {m: [] for m in model_ids}
    for part in parts:
        for model_id in links.get(part[0], model_ids):
            out[model_id].append(part)
    return out


def _operations_by_model(model_ids: list[int]) -> dict[int, dict[str, tuple]]:
    """For each model, {code: (operation id, standard hours)} of the operations it takes."""
    from partsdesk.db.models.claims import LaborOperationModel
    links: dict[int, set[int]] = {}
    for operation_id, model_id in LaborOperationModel.select(
            LaborOperationModel.operation, LaborOperationModel.model).tuples():
        links.setdefault(operation_id, set()).add(model_id)
    out: dict[int, dict[str, tuple]] = {m: {} for m in model_ids}
    for op_id, code, hours in LaborOperation.select(LaborOperation.id, LaborOperation.code,
                                                    LaborOperation.standard_hours).tuples():
        for model_id in links.get(op_id, model_ids):
            out[model_id][code] = (op_id, hours)
    return out


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
        "INSERT INTO audit_event (time, user_id, action, entity, record_id, summary, message, "
        "params) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", events)

