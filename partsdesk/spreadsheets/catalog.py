"""Excel import, export and template of the parts catalogue and the locations.

An import reads and checks the whole file first: every bad row is reported with its row number,
column and reason, and nothing is written. Only a clean file goes to the service, which writes
all rows in one transaction. ``progress(done, total)`` may raise ``Cancelled`` at any point;
nothing is written then either.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from partsdesk.db.models import LOCATION_KINDS
from partsdesk.i18n import Translator
from partsdesk.services import catalog, catalog_import, locations
from partsdesk.services.catalog import PartData
from partsdesk.services.errors import ImportRejected, ValidationError
from partsdesk.services.locations import LocationData
from partsdesk.services.permissions import require
from partsdesk.spreadsheets import cells, reader, writer
from partsdesk.spreadsheets.reader import Column, Problem

tr = Translator("Spreadsheet")

STEPS = 1000            # progress is reported in thousandths of the whole job
READ_SHARE = 800        # reading and checking the file is most of an import's time
PAGE = 2000             # parts fetched per query while exporting


@dataclass(frozen=True)
class Layout:
    """What one kind of file holds: its columns and how a row becomes a record."""
    what: str
    columns: tuple[Column, ...]
    required: tuple[tuple[str, ...], ...]   # for each: one of these columns must be present
    title: str
    hint: str
    action: str                              # permission needed to import
    parse: Callable
    duplicates: Callable


# --- parts -----------------------------------------------------------------------------------

PART_COLUMNS = (
    Column("part_no", tr.mark("Part No."), (
        "配件编号", "配件号", "配件代码", "零件号", "零件编号", "零件代码", "零部件号", "零部件编号",
        "物料号", "物料编码", "Part Number", "Part Code", "PartNo", "P/N", "PN", "Material No."),
        width=20, note=tr.mark("Required. Letters, digits, spaces and . _ / - (at most 40).")),
    Column("name", tr.mark("Name"), (
        "配件名称", "零件名称", "品名", "Part name", "Description", "Part description"),
        width=34, note=tr.mark("Required. The part's name as the manufacturer writes it.")),
    Column("name_en", tr.mark("English name"), ("英文名称", "英文名", "English description"),
           export=False),
    Column("name_zh", tr.mark("Chinese name"), ("中文名称", "中文名", "中文描述"),
           width=28, note=tr.mark("The Chinese name; a search finds either name.")),
    Column("category", tr.mark("Category"), ("类别", "分类", "配件类别", "Group"),
           width=14, note=tr.mark("For example ENGINE or BRAKES (at most 40 characters).")),
    Column("unit", tr.mark("Unit"), ("单位", "计量单位", "UOM", "Unit of measure"), width=8,
           note=tr.mark("PCS when empty.")),
    Column("unit_price", tr.mark("Unit price"), (
        "单价", "价格", "零售价", "销售价", "Price", "Retail price"), width=12,
        note=tr.mark("An amount with at most two decimals, for example 128.50.")),
    Column("must_return", tr.mark("Must return"), (
        "需返回", "旧件返回", "是否返回", "需返回旧件", "旧件回收", "Return required"), width=12,
        note=tr.mark("Whether a failed part goes back to the manufacturer: 是/否, Y/N or 1/0.")),
    Column("aliases", tr.mark("Barcodes"), (
        "条码", "条形码", "Barcode", "EAN", "EAN code", "别名", "Aliases"), width=24,
        note=tr.mark("Box barcodes (EAN) that also mean this part; separate several with ;")),
    Column("min_stock", tr.mark("Min stock"), (
        "最低库存", "最小库存", "安全库存", "Minimum stock", "Safety stock"), width=10,
        note=tr.mark("Reorder level; 0 when empty.")),
    Column("models", tr.mark("Fits models"), (
        "Models", "Vehicle models", "适用车型", "车型", "Applicable models", "Fitment"), width=20,
        note=tr.mark("Codes of the vehicle models the part fits, separated by commas or spaces; "
                     "empty = every model.")),
    Column("active", tr.mark("Active"), (
        "有效", "是否有效", "启用", "是否启用", "在用", "Enabled", "In use"), width=8,
        note=tr.mark("Only with this column does an import activate or deactivate a part "
                     "(是/否); an empty cell leaves it as it is."), export=False),
)

# which of a part's fields each column states: a file updates only the fields it has
STATES = {"name": ("name",), "name_en": ("name",), "name_zh": ("name_zh",),
          "category": ("category",), "unit": ("unit",), "unit_price": ("unit_price",),
          "must_return": ("must_return",), "aliases": ("aliases",), "min_stock": ("min_stock",),
          "models": ("models",), "active": ("active",)}


def _stated(positions) -> frozenset[str]:
    """The fields a file with these columns states (a generic name beside an English one is
    the Chinese name)."""
    given = {name for key in positions for name in STATES.get(key, ())}
    if "name_en" in positions and "name" in positions:
        given.add("name_zh")
    return frozenset(given)


def _cell(table, number: int, values: tuple, problems: list, key: str, parse, default=None):
    """One cell parsed, or its problem noted against the file's own header."""
    if key not in table.positions:
        return default
    try:
        return parse(table.value(values, key))
    except ValidationError as exc:
        problems.append(Problem(number, table.headers[key], str(exc)))
        return default


def _part(table, number: int, values: tuple, problems: list) -> PartData | None:
    known = len(problems)

    def cell(key, parse, default=""):
        return _cell(table, number, values, problems, key, parse, default)

    part_no = cell("part_no", lambda v: catalog.validate_part_no(cells.code(v)))
    before_names = len(problems)
    generic, english, chinese = (cell(k, cells.limited) for k in ("name", "name_en", "name_zh"))
    name = english or generic or chinese
    name_zh = chinese or (generic if "name_en" in table.positions and generic != name else "")
    if not name and len(problems) == before_names:
        header = next(table.headers[k] for k in ("name", "name_en", "name_zh")
                      if k in table.positions)
        problems.append(Problem(number, header, tr("The name is empty.")))
    data = PartData(
        part_no, name, name_zh,
        category=cell("category", lambda v: cells.limited(v, 40)),
        unit=cell("unit", lambda v: cells.limited(cells.code(v).upper(), 10)) or "PCS",
        unit_price=cell("unit_price", cells.money, None),
        must_return=cell("must_return", cells.flag, False),
        min_stock=cell("min_stock", cells.quantity, None),
        aliases=cell("aliases", _barcodes, []),
        models=cell("models", lambda v: [c.upper() for c in cells.code_list(v)], None),
        active=cell("active", lambda v: None if cells.code(v) == "" else cells.flag(v), None),
        given=_stated(table.positions))
    if len(problems) > known:
        return None
    try:
        return data.cleaned()
    except ValidationError as exc:      # a rule of the service the cells did not catch
        problems.append(Problem(number, table.headers.get(exc.field) or None, str(exc)))
        return None


def _barcodes(value) -> list[str]:
    codes = [catalog.normalise_part_no(c) for c in cells.code_list(value)]
    for code in codes:
        if len(code) > 60:
            raise ValidationError(tr("Barcode {code} is longer than 60 characters.", code=code))
    return codes


def _part_duplicates(rows, table) -> list[Problem]:
    """The same part number twice, a barcode given to two parts, a barcode that is a part
    number: each reported on the later row, naming the earlier one."""
    first: dict[str, int] = {}
    problems = []
    part_header, alias_header = table.headers["part_no"], table.headers.get("aliases")
    for number, data in rows:
        if data.part_no in first:
            problems.append(Problem(number, part_header, tr(
                "{part_no} is already in row {row} of this file.", part_no=data.part_no,
                row=first[data.part_no])))
        else:
            first[data.part_no] = number
    given: dict[str, tuple[int, str]] = {}
    for number, data in rows:
        for code in data.aliases:
            if code in first:
                problems.append(Problem(number, alias_header, tr(
                    "Barcode {code} is the part number in row {row}.", code=code,
                    row=first[code])))
            elif code in given and given[code][1] != data.part_no:
                problems.append(Problem(number, alias_header, tr(
                    "Barcode {code} is already given to part {part_no} in row {row}.",
                    code=code, part_no=given[code][1], row=given[code][0])))
            else:
                given.setdefault(code, (number, data.part_no))
    return problems


def _catalogue_clashes(rows, table) -> list[Problem]:
    """Part numbers and barcodes of the file that the catalogue already uses otherwise."""
    owners = catalog.code_owners([d.part_no for _, d in rows]
                                 + [code for _, d in rows for code in d.aliases])
    replaced = {d.part_no for _, d in rows if d.aliases}    # their old barcodes are replaced
    problems = []
    for number, data in rows:
        owner = owners.get(data.part_no)
        if owner and owner != data.part_no and owner not in replaced:
            problems.append(Problem(number, table.headers["part_no"], tr(
                "{part_no} is already a barcode of part {owner} in the catalogue.",
                part_no=data.part_no, owner=owner)))
        for code in data.aliases:
            owner = owners.get(code)
            if owner == code:
                reason = tr("Barcode {code} is itself a part number in the catalogue.", code=code)
            elif owner and owner != data.part_no and owner not in replaced:
                reason = tr("Barcode {code} already belongs to part {owner} in the catalogue.",
                            code=code, owner=owner)
            else:
                continue
            problems.append(Problem(number, table.headers["aliases"], reason))
    return problems


def _unknown_models(rows, table) -> list[Problem]:
    """Rows naming vehicle models that the code table does not have."""
    missing = set(catalog.unknown_models([m for _, d in rows for m in d.models or []]))
    problems = []
    for number, data in rows:
        unknown = [m for m in data.models or [] if m in missing]
        if unknown:
            problems.append(Problem(number, table.headers["models"], tr(
                "Vehicle models {models} are not in the code table; add them to the vehicle "
                "models first or correct the codes.", models=", ".join(unknown))))
    return problems


# --- locations -------------------------------------------------------------------------------

LOCATION_COLUMNS = (
    Column("code", tr.mark("Location"), (
        "库位代码", "库位编码", "库位号", "货位", "货位号", "仓位", "Code", "Location code", "Bin"),
        width=16, note=tr.mark("Required. Letters, digits and . _ / - without spaces "
                               "(at most 30), for example A-01-02.")),
    Column("kind", tr.mark("Kind"), ("类型", "库位类型", "Type"), width=16,
           note=tr.mark("Bin, Receiving, Defective store or Scrap; Bin when empty.")),
    Column("description", tr.mark("Description"), ("说明", "描述", "备注", "Remarks", "Note"),
           width=36, note=tr.mark("Free text, at most 200 characters.")),
    Column("allow_negative", tr.mark("Allow negative stock"), (
        "允许负库存", "可负库存", "Allow negative", "Negative stock"), width=14,
        note=tr.mark("Whether stock here may go below zero: 是/否, Y/N or 1/0.")),
)

# Words warehouses use for the kinds besides PartsDesk's own names.
KIND_WORDS = {"库位": "bin", "货架": "bin", "收货": "receiving", "收货区域": "receiving",
              "待检区": "receiving", "不良品": "defective", "不良品库": "defective",
              "旧件": "defective", "quarantine": "defective", "defective": "defective",
              "报废": "scrap", "报废库": "scrap"}


def _kind(value) -> str:
    word = cells.code(value)
    return KIND_WORDS.get(word.lower()) or locations.parse_kind(word)


def _location(table, number: int, values: tuple, problems: list) -> LocationData | None:
    known = len(problems)

    def cell(key, parse, default=""):
        return _cell(table, number, values, problems, key, parse, default)

    data = LocationData(cell("code", lambda v: locations.normalise_code(cells.code(v))),
                        kind=cell("kind", _kind, "bin"),
                        description=cell("description", cells.limited),
                        allow_negative=cell("allow_negative", cells.flag, False))
    if len(problems) == known:
        try:
            return data.cleaned()
        except ValidationError as exc:
            problems.append(Problem(number, table.headers.get(exc.field) or None, str(exc)))
    return None


def _location_duplicates(rows, table) -> list[Problem]:
    first: dict[str, int] = {}
    problems = []
    for number, data in rows:
        if data.code in first:
            problems.append(Problem(number, table.headers["code"], tr(
                "{code} is already in row {row} of this file.", code=data.code,
                row=first[data.code])))
        first.setdefault(data.code, number)
    return problems


LAYOUTS = {
    "parts": Layout("parts", PART_COLUMNS, (("part_no",), ("name", "name_en", "name_zh")),
                    tr.mark("Parts catalogue"),
                    tr.mark("One part per row below the header. Columns marked * are required; "
                            "the others may stay empty. Point at a header for what it takes. "
                            "A part number already in the catalogue updates that part."),
                    "catalog.import", _part, _part_duplicates),
    "locations": Layout("locations", LOCATION_COLUMNS, (("code",),), tr.mark("Locations"),
                        tr.mark("One location per row below the header. Columns marked * are "
                                "required. A code already in use updates that location."),
                        "locations.import", _location, _location_duplicates),
}


def layout(what: str) -> Layout:
    if what not in LAYOUTS:
        raise ValidationError(tr("Unknown kind of file \"{what}\"; use parts or locations.",
                                 what=what))
    return LAYOUTS[what]


# --- import ----------------------------------------------------------------------------------

def _stage(progress, start: int, end: int):
    """A progress callback for one stretch [start, end] of the whole job's STEPS."""
    if progress is None:
        return None
    return lambda done, total: progress(start + (end - start) * min(done, total)
                                        // max(total, 1), STEPS)


def _read(what: str, path, progress=None):
    """(table, [(row number, record)], problems) for the whole file."""
    spec, name = layout(what), Path(path).name
    rows, problems = [], []
    with reader.quiet_openpyxl(), reader.open_workbook(path) as book:
        table = reader.find_table(book, name, spec.columns, spec.required)
        for number, values in table.rows(progress):
            record = spec.parse(table, number, values, problems)
            if record is not None:
                rows.append((number, record))
    if not rows and not problems:
        raise reader.rejected(name, tr("there are no rows below its header (row {row}).",
                                       row=table.header_row))
    return table, rows, problems + spec.duplicates(rows, table)


def _reject(path, problems: list[Problem]) -> ImportRejected:
    problems = sorted(problems, key=lambda p: p.row or 0)     # stable: cells stay in order
    count = len({p.row for p in problems})
    return ImportRejected(tr(
        "{file} was not imported: {count} row(s) have problems. Nothing was changed; correct "
        "them and import the file again.", file=Path(path).name, count=count), problems)


@dataclass(frozen=True)
class Checked:
    """A file read and checked, not yet written: its records and, for parts, what they would
    change in the catalogue (shown before the user confirms)."""
    what: str
    file: str
    records: list
    plan: catalog_import.Plan | None


def read_file(what: str, path, progress=None) -> list:
    """Every record of the file, checked on its own; ImportRejected lists every bad row."""
    _table, rows, problems = _read(what, path, progress)
    if problems:
        raise _reject(path, problems)
    return [record for _number, record in rows]


def check_file(actor, what: str, path, progress=None) -> Checked:
    """Read the whole file and check it against itself and the catalogue; nothing is written.

    ImportRejected lists every bad row; a clean parts file comes back with its plan.
    """
    spec = layout(what)
    require(actor, spec.action)     # before reading 200,000 rows for nothing
    table, rows, problems = _read(what, path, _stage(progress, 0, READ_SHARE))
    if what == "parts":
        problems += _catalogue_clashes(rows, table) + _unknown_models(rows, table)
    if problems:
        raise _reject(path, problems)
    records = [record for _number, record in rows]
    return Checked(what, Path(path).name, records,
                   catalog_import.plan(records) if what == "parts" else None)


def write_checked(actor, checked: Checked, progress=None) -> dict:
    """Write a checked file, all rows or none: ``{"rows", "created", "updated"[, "unchanged"]}``."""
    write = catalog_import.import_parts if checked.what == "parts" else \
        locations.import_locations
    return write(actor, checked.records, source=checked.file,
                 progress=_stage(progress, READ_SHARE, STEPS))


def import_file(actor, what: str, path, progress=None) -> dict:
    """Read, check against the file and the catalogue, then write all rows or none."""
    return write_checked(actor, check_file(actor, what, path, progress), progress)


# --- export and template ---------------------------------------------------------------------

def _yes_no(value: bool) -> str:
    return tr("Yes") if value else tr("No")


def _part_cells(data: PartData) -> list:
    return [data.part_no, data.name, data.name_zh, data.category, data.unit, data.unit_price,
            _yes_no(data.must_return), "; ".join(data.aliases), data.min_stock,
            ", ".join(data.models or [])]


def _part_pages():
    after = None
    while page := catalog.export_page(after, PAGE):
        yield [_part_cells(data) for data in page]
        after = page[-1].part_no


def _location_pages():
    after = None
    while page := locations.search_locations(after=after, limit=PAGE):
        yield [[code, locations.kind_name(kind), description, _yes_no(negative)]
               for _id, code, kind, description, negative, _active in page]
        after = page[-1][1]


def export_file(what: str, path, progress=None) -> int:
    """Write every active part (or location) to ``path``; returns the rows written.

    Headers follow the current language; the file imports back to the same data.
    """
    spec = layout(what)
    columns = [c for c in spec.columns if c.export]
    formats = {5: "#,##0.00"} if what == "parts" else {}
    sheet = writer.StreamedSheet(tr(spec.title), [c.label() for c in columns],
                                 [c.width for c in columns], formats)
    total = catalog.count_parts() if what == "parts" else 0
    try:
        for page in (_part_pages() if what == "parts" else _location_pages()):
            for values in page:
                sheet.append(values)
            if progress:
                progress(sheet.rows, max(total, sheet.rows))
    except BaseException:
        sheet.discard()
        raise
    sheet.save(path)
    return sheet.rows


def write_template(what: str, path) -> None:
    """An empty workbook to fill in: title, help line, headers with notes, drop-down lists."""
    spec = layout(what)
    columns = [c for c in spec.columns if c.export]
    required = {keys[0] for keys in spec.required}
    keys = [c.key for c in columns]
    choices = {keys.index(k): [_yes_no(True), _yes_no(False)]
               for k in ("must_return", "allow_negative") if k in keys}
    if "kind" in keys:
        choices[keys.index("kind")] = [locations.kind_name(k) for k in LOCATION_KINDS]
    writer.write_template(
        path, tr(spec.title),
        tr("PartsDesk import template: {title}", title=tr(spec.title)), tr(spec.hint),
        [c.label() + (" *" if c.key in required else "") for c in columns],
        [c.width for c in columns], [tr(c.note) if c.note else "" for c in columns], choices,
        text_columns=tuple(keys.index(k) for k in ("part_no", "aliases", "code") if k in keys))
