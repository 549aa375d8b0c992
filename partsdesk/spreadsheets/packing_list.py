"""A sender's packing list (Excel) becomes the expected lines of a new receipt.

Headers may be Chinese or English and sit below merged title rows; a file with headers of its
own is read with a ``mapping`` {column key: the header as written in the file}. All or nothing:
every bad row is reported with its row number, column and reason, and no receipt is created.
A part may be named by its part number or by a barcode alias (the sender's own code).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from partsdesk.i18n import Translator
from partsdesk.services import catalog, receiving
from partsdesk.services.errors import ImportRejected, ValidationError
from partsdesk.services.permissions import require
from partsdesk.services.receiving import ExpectedLine
from partsdesk.spreadsheets import cells, reader, writer
from partsdesk.spreadsheets.reader import Column, Problem

tr = Translator("Spreadsheet")      # the reader's context: one Chinese word per header

COLUMNS = (
    Column("part_no", tr.mark("Part No."), (
        "配件编号", "配件号", "零件号", "零件编号", "件号", "物料号", "物料编码", "Part Number",
        "Part Code", "PartNo", "P/N", "PN", "Material No.", "Item No.", "Article No."), width=20,
        note=tr.mark("Required. The part number or a barcode of the part.")),
    Column("quantity", tr.mark("Quantity"), (
        "数量", "发货数量", "装箱数量", "实发数量", "件数", "Qty", "Qty.", "Quantity shipped",
        "Shipped qty"), width=10, note=tr.mark("Required. How many were sent, more than zero.")),
    Column("description", tr.mark("Description"), (
        "名称", "配件名称", "零件名称", "品名", "描述", "Part name", "Name", "Item description"),
        width=32, note=tr.mark("Optional. What the sender calls it.")),
    Column("carton", tr.mark("Carton"), ("箱号", "包装箱号", "Carton No.", "Box No.", "Box",
                                          "Case No."), width=10,
           note=tr.mark("Optional. Rows of one part from several cartons are added up.")),
)
REQUIRED = (("part_no",), ("quantity",))
KEYS = tuple(c.key for c in COLUMNS)


def columns(mapping: dict[str, str] | None = None) -> tuple[Column, ...]:
    """The columns, with the file's own header names added where the user mapped them."""
    mapping = mapping or {}
    unknown = set(mapping) - set(KEYS)
    if unknown:
        raise ValidationError(tr("Unknown packing list column {key}; use one of {keys}.",
                                 key=", ".join(sorted(unknown)), keys=", ".join(KEYS)))
    return tuple(replace(c, synonyms=c.synonyms + (mapping[c.key],)) if mapping.get(c.key)
                 else c for c in COLUMNS)


def read(path, mapping: dict[str, str] | None = None) -> list[ExpectedLine]:
    """Every line of the file, checked; ImportRejected lists every bad row."""
    path = Path(path)
    problems, found = [], []
    with reader.quiet_openpyxl(), reader.open_workbook(path) as book:
        table = reader.find_table(book, path.name, columns(mapping), REQUIRED)
        for number, values in table.rows():
            line = _line(table, number, values, problems)
            if line is not None:
                found.append(line)
    if not found and not problems:
        raise reader.rejected(path.name, tr("it has a header row but no lines below it."))
    if problems:
        raise ImportRejected(tr(
            "{file} was not imported: {count} row(s) have problems. Nothing was changed; correct "
            "them and import the file again.", file=path.name,
            count=len({p.row for p in problems})), problems)
    return found


def _line(table, number: int, values: tuple, problems: list) -> ExpectedLine | None:
    known = len(problems)
    code = cells.code(table.value(values, "part_no"))
    part = catalog.find_by_code(code) if code else None
    if not code:
        problems.append(Problem(number, table.headers["part_no"], tr("the part number is empty.")))
    elif part is None:
        problems.append(Problem(number, table.headers["part_no"], tr(
            "{code} is not a part number or barcode in the catalogue. Add the part first or "
            "correct the number.", code=code)))
    try:
        quantity = cells.quantity(table.value(values, "quantity"))
        if quantity <= 0:
            raise ValidationError(tr("the quantity must be more than zero."))
    except ValidationError as exc:
        problems.append(Problem(number, table.headers["quantity"], str(exc)))
    description = cells.text(table.value(values, "description"))[:200]
    if len(problems) > known:
        return None
    return ExpectedLine(part.part_no, quantity, description)


def import_packing_list(actor, path, *, source: str = "", reference: str = "", location=None,
                        mapping: dict[str, str] | None = None):
    """A new receipt expecting what the packing list says; returns the receipt."""
    require(actor, "stock.receive")     # before reading the file for nothing
    lines = read(path, mapping)
    return receiving.create_receipt(actor, source=source, reference=reference or Path(path).stem,
                                    location=location, lines=lines,
                                    note=tr("From packing list {file}", file=Path(path).name))


def write_template(path) -> None:
    writer.write_template(
        path, tr("Packing list"), tr("Packing list"),
        tr("One row per part (or per carton). Part No. and Quantity are required; the headers "
           "may also be in Chinese."),
        [c.label() for c in COLUMNS], [c.width for c in COLUMNS], [tr(c.note) for c in COLUMNS],
        {}, text_columns=(0,))
