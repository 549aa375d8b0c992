"""The demo database: a realistic dealership warehouse to try PartsDesk on, built in seconds.

Deterministic (seeded), so screenshots and measurements repeat. It is built in a temporary file
and moved over ``target`` only when complete, and it never overwrites a database that is not a
demo. Each workflow adds its own step to STEPS (stock history, claims …): a step is a function
``step(world)`` that builds through the services and may use ``world.rng``.
"""

from __future__ import annotations

import os
import random
import sqlite3
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Callable

from partsdesk.db import bulk
from partsdesk.db.connection import (close_database, database, describe, is_postgres_url,
                                     open_database, transaction)
from partsdesk.db.models import SchemaVersion, User, all_models
from partsdesk.demo import claims as demo_claims
from partsdesk.demo import loop as demo_loop
from partsdesk.demo import stock as demo_stock
from partsdesk.i18n import Translator
from partsdesk.services import audit, catalog_import, locations, setting_values, users, vouchers
from partsdesk.services.catalog import PartData
from partsdesk.services.errors import Conflict, ValidationError
from partsdesk.services.locations import LocationData
from partsdesk.services.permissions import (ADMIN, MANAGER, PARTS_CLERK, RETURN_INSPECTOR,
                                            SETTLEMENT_CLERK, SUPERVISOR, WARRANTY_ADMIN)

tr = Translator("Demo")

SEED = 20260101
PASSWORD = "demo123"
SIZES = {"small": 3_000, "large": 200_000}
DEMO_KEY = "demo"

USERS = [  # user name, role, full name
    ("admin", ADMIN, "Wang Fang"),
    ("clerk", PARTS_CLERK, "Li Wei"),
    ("warranty", WARRANTY_ADMIN, "Zhang Min"),
    ("supervisor", SUPERVISOR, "Liu Yang"),
    ("manager", MANAGER, "Chen Jing"),
    ("settlement", SETTLEMENT_CLERK, "Zhao Lei"),
    ("inspector", RETURN_INSPECTOR, "Sun Hao"),
]


# --- the catalogue ---------------------------------------------------------------------------
# Real part kinds by category, with the positions they come in and a price range in yuan; names
# are built as position + kind + vehicle model + model year, in English and Chinese.

POSITIONS = {
    "": [("", "")],
    "fr": [("Front", "前"), ("Rear", "后")],
    "lr": [("Left", "左"), ("Right", "右")],
    "corner": [("Front left", "左前"), ("Front right", "右前"), ("Rear left", "左后"),
               ("Rear right", "右后")],
    "o2": [("Upstream", "前"), ("Downstream", "后")],
}

KINDS = [  # category, English, Chinese, unit, yuan from, to, must return, positions
    ("发动机", "oil filter", "机油滤清器", "PCS", 25, 90, False, ""),
    ("发动机", "air filter", "空气滤清器", "PCS", 40, 160, False, ""),
    ("发动机", "fuel filter", "燃油滤清器", "PCS", 60, 220, False, ""),
    ("发动机", "spark plug", "火花塞", "PCS", 35, 120, False, ""),
    ("发动机", "timing belt", "正时皮带", "PCS", 180, 520, False, ""),
    ("发动机", "timing belt kit", "正时皮带套件", "SET", 650, 1800, False, ""),
    ("发动机", "serpentine belt", "多楔带", "PCS", 90, 260, False, ""),
    ("发动机", "water pump", "水泵", "PCS", 380, 1200, True, ""),
    ("发动机", "thermostat", "节温器", "PCS", 120, 480, False, ""),
    ("发动机", "cylinder head gasket", "气缸垫", "PCS", 150, 600, False, ""),
    ("发动机", "valve cover gasket", "气门室盖垫", "PCS", 60, 240, False, ""),
    ("发动机", "fuel injector", "喷油嘴", "PCS", 450, 1600, True, ""),
    ("发动机", "ignition coil", "点火线圈", "PCS", 220, 680, True, ""),
    ("发动机", "turbocharger", "涡轮增压器", "PCS", 4800, 12800, True, ""),
    ("发动机", "oil pump", "机油泵", "PCS", 600, 2200, True, ""),
    ("发动机", "engine mount", "发动机支架", "PCS", 260, 900, False, "lr"),
    ("发动机", "crankshaft oil seal", "曲轴油封", "PCS", 30, 120, False, "fr"),
    ("发动机", "engine oil 5W-30 4 L", "机油 5W-30 4升", "PCS", 260, 480, False, ""),
    ("制动", "brake pads", "刹车片", "SET", 220, 780, False, "fr"),
    ("制动", "brake disc", "刹车盘", "PCS", 320, 1100, False, "fr"),
    ("制动", "brake caliper", "制动钳", "PCS", 900, 2800, True, "corner"),
    ("制动", "ABS wheel speed sensor", "ABS轮速传感器", "PCS", 260, 780, True, "corner"),
    ("制动", "brake master cylinder", "制动总泵", "PCS", 800, 2400, True, ""),
    ("制动", "brake fluid DOT 4 1 L", "刹车油 DOT4 1升", "PCS", 50, 120, False, ""),
    ("制动", "handbrake cable", "手刹拉线", "PCS", 120, 380, False, "lr"),
    ("电气", "alternator", "发电机", "PCS", 1800, 5200, True, ""),
    ("电气", "starter motor", "起动机", "PCS", 1500, 4200, True, ""),
    ("电气", "battery 12 V 60 Ah", "蓄电池 12V 60Ah", "PCS", 520, 980, False, ""),
    ("电气", "headlamp bulb H7", "大灯灯泡 H7", "PCS", 30, 160, False, ""),
    ("电气", "headlamp assembly", "大灯总成", "PCS", 1800, 6800, True, "lr"),
    ("电气", "tail lamp assembly", "尾灯总成", "PCS", 600, 2400, True, "lr"),
    ("电气", "wiper motor", "雨刮电机", "PCS", 450, 1300, True, "fr"),
    ("电气", "window regulator motor", "玻璃升降电机", "PCS", 380, 1100, True, "corner"),
    ("电气", "oxygen sensor", "氧传感器", "PCS", 380, 1400, True, "o2"),
    ("电气", "engine control unit", "发动机控制单元", "PCS", 4200, 9800, True, ""),
    ("电气", "horn", "喇叭", "PCS", 80, 260, False, ""),
    ("车身", "bumper cover", "保险杠皮", "PCS", 800, 2600, False, "fr"),
    ("车身", "door mirror", "外后视镜", "PCS", 650, 2200, False, "lr"),
    ("车身", "wiper blade", "雨刮片", "PCS", 45, 180, False, "fr"),
    ("车身", "door handle", "车门外拉手", "PCS", 120, 420, False, "corner"),
    ("车身", "fender", "翼子板", "PCS", 600, 1800, False, "lr"),
    ("车身", "bonnet", "发动机盖", "PCS", 1400, 3600, False, ""),
    ("车身", "windscreen", "前挡风玻璃", "PCS", 1200, 3800, False, ""),
    ("悬架", "shock absorber", "减震器", "PCS", 420, 1500, True, "corner"),
    ("悬架", "coil spring", "螺旋弹簧", "PCS", 220, 620, False, "fr"),
    ("悬架", "lower control arm", "下摆臂", "PCS", 380, 1200, False, "lr"),
    ("悬架", "stabiliser link", "平衡杆连杆", "PCS", 90, 320, False, "corner"),
    ("悬架", "ball joint", "球头", "PCS", 120, 380, False, "lr"),
    ("悬架", "wheel bearing", "轮毂轴承", "PCS", 320, 1100, True, "fr"),
    ("悬架", "tie rod end", "转向横拉杆球头", "PCS", 110, 360, False, "lr"),
    ("空调", "cabin air filter", "空调滤芯", "PCS", 35, 150, False, ""),
    ("空调", "AC compressor", "空调压缩机", "PCS", 2600, 6800, True, ""),
    ("空调", "condenser", "冷凝器", "PCS", 700, 2000, False, ""),
    ("空调", "blower motor", "鼓风机", "PCS", 380, 1200, True, ""),
    ("空调", "expansion valve", "膨胀阀", "PCS", 180, 520, False, ""),
    ("传动", "clutch kit", "离合器套件", "SET", 900, 2600, False, ""),
    ("传动", "outer CV joint", "外球笼", "PCS", 420, 1200, True, "lr"),
    ("传动", "gearbox mount", "变速箱支架", "PCS", 240, 760, False, ""),
    ("传动", "ATF gear oil 1 L", "自动变速箱油 1升", "L", 90, 180, False, ""),
]
CONSUMABLES = {"oil filter", "air filter", "fuel filter", "spark plug", "brake pads",
               "wiper blade", "cabin air filter", "headlamp bulb H7", "engine oil 5W-30 4 L",
               "brake fluid DOT 4 1 L", "ATF gear oil 1 L"}

MODELS = [  # brand (part number style), English, Chinese
    ("toyota", "Corolla 1.2T", "卡罗拉 1.2T"), ("toyota", "Camry 2.5", "凯美瑞 2.5"),
    ("toyota", "RAV4 2.0", "RAV4荣放 2.0"), ("toyota", "Highlander 2.0T", "汉兰达 2.0T"),
    ("vw", "Lavida 1.5", "朗逸 1.5"), ("vw", "Sagitar 1.4T", "速腾 1.4T"),
    ("vw", "Passat 2.0T", "帕萨特 2.0T"), ("vw", "Tiguan L 2.0T", "途观L 2.0T"),
    ("vw", "Magotan 1.4T", "迈腾 1.4T"), ("honda", "Civic 1.5T", "思域 1.5T"),
    ("honda", "Accord 1.5T", "雅阁 1.5T"), ("honda", "CR-V 1.5T", "CR-V 1.5T"),
    ("nissan", "Sylphy 1.6", "轩逸 1.6"), ("nissan", "Teana 2.0", "天籁 2.0"),
    ("nissan", "X-Trail 2.5", "奇骏 2.5"), ("geely", "Emgrand 1.5", "帝豪 1.5"),
    ("geely", "Boyue 1.8T", "博越 1.8T"), ("hyundai", "Elantra 1.5", "伊兰特 1.5"),
    ("hyundai", "Tucson 1.5T", "途胜 1.5T"),
]
YEARS = range(2016, 2025)
_DIGITS, _LETTERS = "0123456789", "ABCDEFGHJKLMNPRSTUVWXYZ"
_POOLS = {0.0: _DIGITS, 0.3: _DIGITS * 5 + _LETTERS, 0.5: _DIGITS * 2 + _LETTERS,
          0.8: _DIGITS + _LETTERS * 2, 1: _LETTERS}


def _chars(rng: random.Random, n: int, letters: float = 0.0) -> str:
    """``n`` characters, about ``letters`` of them letters (one of the _POOLS shares)."""
    if not letters:
        return f"{rng.randrange(10 ** n):0{n}d}"
    return "".join(rng.choices(_POOLS[letters], k=n))


def _part_no(rng: random.Random, brand: str) -> str:
    """A number in the style of the brand's catalogue (04152-YZZA1, 5Q0 698 151 A …)."""
    if brand == "toyota":
        return f"{_chars(rng, 5)}-{_chars(rng, 5, 0.3)}"
    if brand == "vw":
        suffix = f" {rng.choice(_LETTERS)}" if rng.random() < 0.4 else ""
        return f"{_chars(rng, 1)}{rng.choice('KQJCGT')}{_chars(rng, 1)} {_chars(rng, 3)} " \
               f"{_chars(rng, 3)}{suffix}"
    if brand == "honda":
        return f"{_chars(rng, 5)}-{_chars(rng, 3, 0.8)}-{rng.choice(_LETTERS)}{_chars(rng, 2)}"
    if brand == "nissan":
        return f"{_chars(rng, 5)}-{_chars(rng, 1)}{_chars(rng, 2, 1)}{_chars(rng, 1)}{rng.choice(_LETTERS)}"
    if brand == "geely":
        return "10" + _chars(rng, 8)
    return f"{_chars(rng, 5)}-{_chars(rng, 2, 0.5)}{_chars(rng, 3)}"       # hyundai


def _ean13(rng: random.Random) -> str:
    """A valid EAN-13 with a Chinese (69x) prefix, as printed on supplier boxes."""
    body = "69" + _chars(rng, 10)
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def generate_catalogue(rng: random.Random, count: int) -> tuple[list[PartData], list[tuple]]:
    """``count`` parts and the (old, new) pairs of superseded part numbers among them."""
    rows: list[PartData] = []
    successors: list[tuple[str, str]] = []
    taken: set[str] = set()
    previous: tuple | None = None           # (row, brand) of a part a new number replaces
    while len(rows) < count:
        if previous is None:
            category, en, zh, unit, low, high, must_return, where = rng.choice(KINDS)
            position_en, position_zh = rng.choice(POSITIONS[where])
            brand, model_en, model_zh = rng.choice(MODELS)
            while en == "turbocharger" and not model_en.endswith("T"):
                brand, model_en, model_zh = rng.choice(MODELS)
            year = rng.choice(YEARS)
            name = f"{position_en} {en}" if position_en else en[0].upper() + en[1:]
            data = PartData(
                "", f"{name}, {model_en} ({year})", f"{position_zh}{zh} {model_zh} {year}款",
                category, unit, Decimal(rng.randint(low * 10, high * 10)) / 10,
                must_return,
                Decimal(rng.randint(4, 20) if en in CONSUMABLES and rng.random() < 0.6 else 0))
        else:
            old, brand = previous
            data = PartData("", old.name, old.name_zh, old.category, old.unit,
                            (old.unit_price * Decimal("1.05")).quantize(Decimal("0.1")),
                            old.must_return, old.min_stock)
        part_no = _part_no(rng, brand)
        while part_no in taken:
            part_no = _part_no(rng, brand)
        taken.add(part_no)
        data.part_no = part_no
        if rng.random() < 0.2:
            alias = _ean13(rng)
            if alias not in taken:
                taken.add(alias)
                data.aliases = [alias]
        if previous is not None:
            successors.append((previous[0].part_no, part_no))
        rows.append(data)
        previous = (data, brand) if rng.random() < 0.03 else None
    return rows, successors


# --- the world every step builds on ----------------------------------------------------------

@dataclass
class DemoWorld:
    size: str
    rng: random.Random
    report: Callable[[float], None]          # fraction of the current step done, 0..1
    users: dict[str, User] = field(default_factory=dict)
    part_nos: list[str] = field(default_factory=list)
    bins: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def admin(self) -> User:
        return self.users["admin"]


def add_users(world: DemoWorld) -> None:
    admin = users.create_first_admin(PASSWORD, full_name=USERS[0][2])
    world.users["admin"] = admin
    for username, role, full_name in USERS[1:]:
        world.users[username] = users.create_user(admin, username, PASSWORD, role, full_name)
    world.counts["users"] = len(world.users)


# Printed at the top of every voucher, claim package and statement.
DEALER = {"organisation": "华东汽车服务网络", "dealer_name": "上海浦东宏达汽车销售服务有限公司",
          "dealer_code": "SH-0217", "dealer_address": "上海市浦东新区张江路 1288 号",
          "dealer_phone": "021-5080 1234"}


def add_shared_settings(world: DemoWorld) -> None:
    vouchers.configure_documents(world.admin, **DEALER)


def add_locations(world: DemoWorld) -> None:
    zones, aisles, levels = ("ABC", 12, 5) if world.size == "small" else ("ABCDEFGH", 30, 6)
    world.bins = [f"{zone}-{aisle:02d}-{level:02d}" for zone in zones
                  for aisle in range(1, aisles + 1) for level in range(1, levels + 1)]
    rows = [LocationData(code, "bin") for code in world.bins]
    rows += [LocationData("RECV-01", "receiving", "Receiving dock 1 收货区1号"),
             LocationData("RECV-02", "receiving", "Receiving dock 2 收货区2号"),
             LocationData("DEF-01", "defective", "Defective parts store 旧件库"),
             LocationData("SCRAP-01", "scrap", "Scrap cage 报废区", allow_negative=False)]
    locations.import_locations(world.admin, rows, source="demo")
    world.counts["locations"] = len(rows)


def add_catalogue(world: DemoWorld) -> None:
    rows, successors = generate_catalogue(world.rng, SIZES[world.size])
    catalog_import.import_parts(world.admin, rows, source="demo",
                                progress=lambda done, total: world.report(0.9 * done / total))
    with transaction():
        bulk.executemany(
            "UPDATE part SET superseded_by_id = (SELECT id FROM part WHERE part_no = ?) "
            "WHERE part_no = ?", [(new, old) for old, new in successors])
        audit.record(world.admin, "part.supersede", "part", "demo",
                     tr.message("{n} demo parts superseded", n=len(successors)),
                     after={"superseded": len(successors)})
    world.part_nos = [row.part_no for row in rows]
    world.counts["parts"] = len(rows)


def mark_demo(world: DemoWorld) -> None:
    with transaction():
        setting_values.write(DEMO_KEY, True)
        setting_values.write("demo.size", world.size)


# (share of the progress bar, step); later workflows append theirs before mark_demo.
STEPS: list[tuple[int, Callable[[DemoWorld], None]]] = [
    (5, add_users),
    (1, add_shared_settings),
    (10, add_locations),
    (80, add_catalogue),
    (40, demo_stock.demo_step),
    (15, demo_claims.demo_step),
    (10, demo_loop.demo_step),
    (5, mark_demo),
]


# --- building --------------------------------------------------------------------------------

def build(target: str, size: str = "small", progress=None) -> str:
    """Build the demo database at ``target`` and leave it open: an SQLite file (built beside
    it and moved over it when complete), or an empty PostgreSQL database (``_build_on_server``).

    ``progress(done, total)`` is called as the steps go. Returns a one-line summary.
    """
    if size not in SIZES:
        raise ValidationError(tr("Unknown demo size \"{size}\": use small or large.", size=size),
                              field="size")
    report = progress or (lambda done, total: None)
    world = DemoWorld(size, random.Random(SEED), lambda fraction: None)
    if is_postgres_url(target):
        _build_on_server(target, world, report)
        return _summary(world)
    path = Path(target)
    _check_may_overwrite(path)
    building = path.with_name(path.name + ".building")
    _remove_database_files(building)
    close_database()
    try:
        open_database(str(building), backup=False)
        _run_steps(world, report)
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        close_database()
        _remove_database_files(path)
        os.replace(building, path)
    except BaseException:
        close_database()
        _remove_database_files(building)
        raise
    open_database(str(path), backup=False)
    return _summary(world)


def _run_steps(world: DemoWorld, report) -> None:
    total = sum(share for share, _ in STEPS)
    done = 0
    for share, step in STEPS:
        world.report = (lambda f, base=done, share=share:
                        report(base + round(share * min(1.0, f)), total))
        step(world)
        done += share
        report(done, total)


def _build_on_server(url: str, world: DemoWorld, report) -> None:
    """The demo on a PostgreSQL database that holds no data yet, in one transaction: it is
    built whole or not at all. A database with any row in it is refused, never added to."""
    close_database()
    open_database(url, backup=False)
    try:
        with transaction():
            if any(model.select().exists() for model in all_models()
                   if model is not SchemaVersion):
                raise Conflict(tr("The database {database} already holds data, and the demo is "
                                  "built only on an empty database. Create an empty database "
                                  "for it and give that one with --db.",
                                  database=describe(url)))
            _run_steps(world, report)
    except BaseException:
        close_database()
        raise


def _summary(world: DemoWorld) -> str:
    return tr("{parts} parts, {locations} locations, {moves} stock moves, {claims} claims, "
              "{users} users (password {password})",
              parts=f"{world.counts.get('parts', 0):,}",
              locations=f"{world.counts.get('locations', 0):,}",
              moves=f"{world.counts.get('moves', 0):,}",
              claims=f"{world.counts.get('claims', 0):,}",
              users=world.counts.get("users", 0), password=PASSWORD)


def _remove_database_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def is_demo_file(path: Path) -> bool:
    """True when ``path`` is an SQLite database marked as a demo (read without changing it)."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT value FROM setting WHERE key = ?",
                                     (DEMO_KEY,)).fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return False
    return bool(row) and row[0] == "true"


def _check_may_overwrite(path: Path) -> None:
    if path.is_dir():
        raise Conflict(tr("{path} is a folder; give a file name for the demo database.",
                          path=path))
    if path.exists() and path.stat().st_size > 0 and not is_demo_file(path):
        raise Conflict(tr("{path} is not a PartsDesk demo database, and the demo never "
                          "overwrites other data. Choose another file with --db.", path=path))


# --- the log-in window's list ----------------------------------------------------------------

def is_demo() -> bool:
    """True when the open database is a demo database."""
    if database.obj is None:
        return False
    try:
        return setting_values.read(DEMO_KEY, False) is True
    except Exception:       # no database, no table yet: not a demo either way
        return False


def accounts() -> list[tuple[str, str, str]]:
    """(user name, role, password) of each demo user, or [] when the database is not a demo."""
    if not is_demo():
        return []
    active = {u.username for u in User.select(User.username).where(User.active == True)}  # noqa: E712
    return [(name, role, PASSWORD) for name, role, _ in USERS if name in active]

