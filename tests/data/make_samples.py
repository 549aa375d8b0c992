"""Writes the sample workbooks in ``resources/samples/``: a manufacturer's parts catalogue as
they really arrive (merged title rows, Chinese headers, prices as text, stray spaces, blank rows)
and a warehouse's location list. Deterministic; rerun after changing it:

    python tests/data/make_samples.py
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
PARTS_FILE = SAMPLES / "parts-catalogue-sample.xlsx"
LOCATIONS_FILE = SAMPLES / "locations-sample.xlsx"

# (Chinese name, English name, category, unit, must return)
PARTS = [
    ("机油滤清器", "Oil filter", "发动机", "个", True), ("空气滤清器", "Air filter", "发动机", "个", False),
    ("空调滤清器", "Cabin air filter", "空调", "个", False),
    ("燃油滤清器", "Fuel filter", "燃油系统", "个", True),
    ("火花塞", "Spark plug", "点火", "个", False), ("点火线圈", "Ignition coil", "点火", "个", True),
    ("前刹车片", "Front brake pad set", "制动", "套", True),
    ("后刹车片", "Rear brake pad set", "制动", "套", True),
    ("前制动盘", "Front brake disc", "制动", "个", True), ("制动液", "Brake fluid DOT4", "油液", "瓶", False),
    ("前减振器", "Front shock absorber", "悬挂", "个", True),
    ("下摆臂", "Lower control arm", "悬挂", "个", True),
    ("横拉杆球头", "Tie rod end", "转向", "个", True), ("水泵", "Water pump", "冷却", "个", True),
    ("节温器", "Thermostat", "冷却", "个", True), ("散热器", "Radiator", "冷却", "个", True),
    ("正时皮带", "Timing belt", "发动机", "条", True), ("发电机", "Alternator", "电器", "台", True),
    ("起动机", "Starter motor", "电器", "台", True), ("蓄电池", "Battery 12V 60Ah", "电器", "个", True),
    ("左前大灯总成", "Headlamp assembly front left", "灯具", "个", True),
    ("雨刮片", "Wiper blade", "车身", "片", False), ("门把手", "Door handle", "车身", "个", False),
    ("油底壳密封垫", "Oil pan gasket", "发动机", "个", False),
    ("氧传感器", "Oxygen sensor", "排放", "个", True), ("三元催化器", "Catalytic converter", "排放", "个", True),
    ("离合器片", "Clutch disc", "传动", "片", True), ("轮毂轴承", "Wheel bearing", "底盘", "个", True),
    ("机油 5W-30 4L", "Engine oil 5W-30 4 L", "油液", "桶", False),
    ("放油螺栓垫片", "Drain plug washer", "发动机", "个", False),
]


def _styled_header(sheet, row: int, headers: list[str]) -> None:
    thin = Side(style="thin", color="999999")
    for column, text in enumerate(headers, 1):
        cell = sheet.cell(row=row, column=column, value=text)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        cell.alignment = Alignment(horizontal="center")


def write_parts(path: Path = PARTS_FILE) -> Path:
    rng = random.Random(2026)
    book = Workbook()
    sheet = book.active
    sheet.title = "配件价格目录"
    headers = ["序号", "配件编号", "配件名称", "英文名称", "类别", "单位", "单价(元)", "旧件返回",
               "条码", "最低库存", "备注"]
    sheet["A1"] = "华安汽车 售后配件价格目录（2026年第一季度）"
    sheet["A1"].font = Font(bold=True, size=16)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.merge_cells("A1:K1")
    sheet["A2"] = "价格单位：元（含税）    生效日期：2026-01-01    如有疑问请联系售后配件部"
    sheet.merge_cells("A2:K2")
    _styled_header(sheet, 4, headers)
    row = 5
    for index, (zh, en, category, unit, must_return) in enumerate(PARTS, 1):
        part_no = f"{rng.randint(10000, 99999)}-{rng.choice('ABCDEFGHJK')}{rng.randint(100, 999)}"
        price = rng.randint(800, 250_000) / 100
        values = [index, part_no + (" " if index % 4 == 0 else ""), zh, en, category, unit,
                  f"{price:,.2f}" if index % 3 == 0 else price,     # some prices typed as text
                  "是" if must_return else "否",
                  f"69{rng.randint(10 ** 10, 10 ** 11 - 1)}" if index % 2 else None,
                  str(rng.choice([0, 2, 5, 10])) if index % 5 else rng.choice([0, 2, 5, 10]),
                  "新品" if index % 7 == 0 else None]
        for column, value in enumerate(values, 1):
            sheet.cell(row=row, column=column, value=value)
        row += 2 if index % 10 == 0 else 1     # a blank row after every tenth part
    for letter, width in zip("ABCDEFGHIJK", (6, 16, 22, 30, 10, 6, 10, 9, 16, 9, 8)):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A5"
    book.save(path)
    return path


def write_locations(path: Path = LOCATIONS_FILE) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "库位表"
    sheet["A1"] = "配件仓库 库位清单"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.merge_cells("A1:D1")
    _styled_header(sheet, 2, ["库位代码", "类型", "说明", "允许负库存"])
    rows = [("RCV-01", "收货区", "收货暂存区", "否"), ("DEF-01", "旧件库", "待返厂旧件", "否"),
            ("SCRAP", "报废区", "报废件", "否")]
    for aisle in "ABC":
        for shelf in range(1, 5):
            for level in range(1, 4):
                rows.append((f"{aisle}-{shelf:02d}-{level:02d}", "货位",
                             f"{aisle} 区 {shelf} 号货架 第 {level} 层", "否"))
    rows.append(("OIL-01", "货位", "机油桶装区（按升发料）", "是"))
    for number, values in enumerate(rows, 3):
        for column, value in enumerate(values, 1):
            sheet.cell(row=number, column=column, value=value)
    for letter, width in zip("ABCD", (14, 10, 30, 12)):
        sheet.column_dimensions[letter].width = width
    book.save(path)
    return path


if __name__ == "__main__":
    SAMPLES.mkdir(parents=True, exist_ok=True)
    for written in (write_parts(), write_locations()):
        print(written)
    sys.exit(0)
