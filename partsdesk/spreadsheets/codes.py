"""The code tables as one workbook: a sheet per table, headers in Chinese or English.

Import is all or nothing: every bad row of every sheet is reported with its sheet, row number,
column and reason, and then nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

from partsdesk.db.models.claims import VehicleModel
from partsdesk.i18n import Translator, language, translate
from partsdesk.services import codes
from partsdesk.services.codes import TABLES, CodeData
from partsdesk.services.errors import ImportRejected, ValidationError
from partsdesk.spreadsheets import cells
from partsdesk.spreadsheets.reader import (CONTEXT, Column, Problem, find_table, header_key,
                                           open_workbook, quiet_openpyxl)
from partsdesk.spreadsheets.writer import safe      # text that looks like a formula stays text

# Headers are in the reader's context, so one Chinese header is the same word in every import.
tr = Translator("Spreadsheet")      # the reader's context: one Chinese word per header
trc = Translator("CodeSheets")

CODE = Column("code", tr.mark("Code"), ("代码", "编码", "编号"), 14)
ACTIVE = Column("active", tr.mark("Active"), ("有效", "启用", "状态"), 8)
YES, NO = tr.mark("Yes"), tr.mark("No")


@dataclass(frozen=True)
class Sheet:
    table: str
    columns: tuple[Column, ...]
    synonyms: tuple[str, ...] = ()       # sheet titles manufacturers use


# Each table's description (a name, for models and categories) in English and in Chinese; the
# headers of earlier files (one description column, "Fault" / "故障描述") mean the English one,
# and a description there written in Chinese is taken as the Chinese one (services.codes.clean).
def _names(*synonyms: str) -> tuple[Column, Column]:
    return (Column("description", tr.mark("English name"), synonyms, 30),
            Column("description_zh", tr.mark("Chinese name"), ("中文名称", "Name in Chinese"), 30))


def _descriptions(*synonyms: str) -> tuple[Column, Column]:
    return (Column("description", tr.mark("English description"), ("Description", *synonyms),
                   40),
            Column("description_zh", tr.mark("Chinese description"),
                   ("中文描述", "中文说明", "Description in Chinese"), 40))


SHEETS = (
    Sheet("vehicle_models", (
        Column("code", tr.mark("Model code"), ("车型", "车型编码", "model")),
        *_names("Model name", "车型名称", "名称", "车型描述", "name"),
        Column("warranty_months", tr.mark("Warranty months"), ("保修期", "保修期(月)", "月数")),
        Column("warranty_km", tr.mark("Warranty km"), ("保修里程", "里程", "保修公里数")),
        ACTIVE), ("车型", "models")),
    Sheet("labour_operations", (
        Column("code", tr.mark("Operation code"), ("工时位置代码", "工时编码", "操作代码")),
        *_descriptions("Operation", "工时名称", "作业内容", "说明", "描述"),
        Column("standard_hours", tr.mark("Standard hours"), ("工时", "标准工时(小时)", "定额工时")),
        Column("models", tr.mark("Vehicle models"), ("车型", "适用车型"), 24,
               tr.mark("Model codes separated by commas; empty = every model")),
        ACTIVE), ("工时", "工时代码表", "labour")),
    Sheet("fault_codes", (Column("code", tr.mark("Fault code"), ("故障编码", "代码")),
                          *_descriptions("Fault", "故障描述", "故障现象", "说明"),
                          ACTIVE), ("故障", "faults")),
    Sheet("cause_codes", (Column("code", tr.mark("Cause code"), ("原因编码", "原因代码", "代码")),
                          *_descriptions("Cause", "原因描述", "故障原因", "说明"),
                          ACTIVE), ("原因", "causes")),
    Sheet("part_categories", (Column("code", tr.mark("Category code"), ("类别编码", "大类代码")),
                              *_names("Category name", "类别名称", "部件大类", "名称",
                                     "Category"),
                              ACTIVE), ("部件大类", "categories")),
)


def _sheet_names(sheet: Sheet) -> set[str]:
    label = TABLES[sheet.table].label
    return {header_key(n) for n in (label, translate("Codes", label, "zh_CN"), sheet.table,
                                    *sheet.synonyms)}


def _which(title: str) -> Sheet | None:
    key = header_key(title)
    return next((s for s in SHEETS if key in _sheet_names(s)), None)


# --- import ----------------------------------------------------------------------------------

def read_file(path) -> dict[str, list[CodeData]]:
    """Every table found in the workbook, validated; ImportRejected listing every bad row."""
    path = Path(path)
    tables, problems = {}, []
    with quiet_openpyxl(), open_workbook(path) as book:
        for worksheet in book.worksheets:
            sheet = _which(worksheet.title)
            if sheet is None:
                continue            # an instructions sheet, or one we do not know
            table = find_table(SimpleNamespace(worksheets=[worksheet]), path.name, sheet.columns,
                               (("code",), ("description", "description_zh")))
            rows, bad = _read_sheet(sheet, table)
            tables[sheet.table] = rows
            problems += [f"{worksheet.title}: {p}" for p in bad]
    if not tables:
        raise ImportRejected(trc("{file} was not imported: none of its sheets is a code table. "
                                 "Name the sheets as in the exported file, for example "
                                 "\"{example}\".", file=path.name,
                                 example=codes.table_name("labour_operations")), [])
    problems += _unknown_models(tables)
    if problems:
        raise ImportRejected(trc("{file} was not imported: {n} rows have problems. Nothing was "
                                 "changed.", file=path.name, n=len(problems)), problems)
    return tables


def _read_sheet(sheet: Sheet, table) -> tuple[list[CodeData], list[Problem]]:
    rows, problems, seen = [], [], {}
    for number, values in table.rows():
        raw = {c.key: table.value(values, c.key) for c in sheet.columns}
        try:
            data = codes.clean(sheet.table, CodeData(
                cells.code(raw["code"]), _description(sheet, raw["description"], "description"),
                standard_hours=cells.code(raw.get("standard_hours")) or None,
                models=cells.code_list(raw.get("models")),
                warranty_months=cells.code(raw.get("warranty_months")) or None,
                warranty_km=cells.code(raw.get("warranty_km")) or None,
                active=True if cells.code(raw.get("active")) == "" else cells.flag(raw["active"]),
                description_zh=_description(sheet, raw.get("description_zh"), "description_zh")))
        except ValidationError as exc:
            column = next((table.headers.get(c.key) for c in sheet.columns
                           if c.key == exc.field), None)
            problems.append(Problem(number, column, str(exc)))
            continue
        if data.code in seen:
            problems.append(Problem(number, table.headers["code"], trc(
                "{code} is already in row {row}.", code=data.code, row=seen[data.code])))
            continue
        seen[data.code] = number
        data.row = number
        rows.append(data)
    return rows, problems


def _description(sheet: Sheet, value, key: str) -> str:
    """Refused when too long, as in every import (the service alone would cut it short)."""
    try:
        return cells.limited(value, TABLES[sheet.table].limit)
    except ValidationError as exc:
        raise ValidationError(str(exc), field=key) from None


def _unknown_models(tables: dict[str, list[CodeData]]) -> list[str]:
    known = {c for (c,) in VehicleModel.select(VehicleModel.code).tuples()}
    known |= {row.code for row in tables.get("vehicle_models", [])}
    out = []
    for row in tables.get("labour_operations", []):
        missing = [m for m in row.models if m not in known]
        if missing:
            out.append(f"{codes.table_name('labour_operations')}: " + str(Problem(
                row.row, None, trc("vehicle models {models} are neither in this file nor in "
                                   "the code table.", models=", ".join(missing)))))
    return out


def import_file(actor, path, progress=None) -> dict:
    """Read, validate and import; returns rows, created and updated over all tables."""
    path = Path(path)
    tables = read_file(path)
    result = codes.import_codes(actor, tables, path.name, progress)
    created = sum(r["created"] for r in result.values())
    updated = sum(r["updated"] for r in result.values())
    return {"rows": created + updated, "created": created, "updated": updated}


# --- export ----------------------------------------------------------------------------------

def export_file(path, lang: str | None = None, template: bool = False) -> int:
    """Write every table (or, as a template, only the headers); returns the rows written."""
    import openpyxl
    from openpyxl.styles import Font
    lang = lang or language()
    book = openpyxl.Workbook()
    book.remove(book.active)
    written = 0
    for sheet in SHEETS:
        worksheet = book.create_sheet(translate("Codes", TABLES[sheet.table].label, lang)[:31])
        worksheet.append([c.label(lang) for c in sheet.columns])
        for cell in worksheet[1]:
            cell.font = Font(bold=True)
        for index, column in enumerate(sheet.columns):
            worksheet.column_dimensions[chr(ord("A") + index)].width = column.width
        worksheet.freeze_panes = "A2"
        for row in ([] if template else codes.list_codes(sheet.table, include_inactive=True)):
            worksheet.append([safe(_value(sheet, row, c.key, lang)) for c in sheet.columns])
            written += 1
    book.save(Path(path))
    return written


def _value(sheet: Sheet, row, key: str, lang: str):
    if key == "description":
        return cells.text(getattr(row, TABLES[sheet.table].text_field))
    if key == "description_zh":
        return cells.text(getattr(row, TABLES[sheet.table].zh_field))
    if key == "active":
        return translate(CONTEXT, YES if row.active else NO, lang)
    if key == "models":
        return ", ".join(codes.models_of(row))
    if key == "standard_hours":
        return float(row.standard_hours)
    return getattr(row, key)
