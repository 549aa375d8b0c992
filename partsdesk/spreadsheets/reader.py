"""Finding the table in a workbook as people really make it, and reading it row by row.

Manufacturers' files put merged title rows above the header, leave blank rows, name columns in
Chinese or English with their own words, and put an instructions sheet first. The header row is
the row (in the first rows of any sheet) that names the most known columns.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from partsdesk.i18n import Translator, translate
from partsdesk.services.errors import ImportRejected

CONTEXT = "Spreadsheet"
tr = Translator("Spreadsheet")

HEADER_SCAN = 30            # rows searched for the header
PROGRESS_EVERY = 500        # rows between progress reports (each may raise Cancelled)
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"     # old .xls, and any password-protected .xlsx
LONG_WORD = 60              # characters of a cell a problem quotes before it cuts it short
_LONG_WORD = re.compile(r"\S{%d,}" % (LONG_WORD + 1))


@dataclass(frozen=True)
class Column:
    """One column an import understands and an export writes."""
    key: str
    header: str                         # English header; the Chinese one is its translation
    synonyms: tuple[str, ...] = ()      # other headers real files use for it
    width: int = 16
    note: str = ""                      # what to write in it (a comment in the template)
    export: bool = True

    def label(self, lang: str | None = None) -> str:
        return translate(CONTEXT, self.header, lang)

    def names(self) -> set[str]:
        return {header_key(n) for n in (self.header, self.label("zh_CN"), *self.synonyms)}


@dataclass(frozen=True)
class Problem:
    """Why one row (or the header) cannot be imported. ``row`` is Excel's row number."""
    row: int | None
    column: str | None
    reason: str

    def __post_init__(self):
        # A reason quoting a 10,000-character cell would bury the advice that follows it.
        object.__setattr__(self, "reason", _LONG_WORD.sub(
            lambda m: m.group()[:LONG_WORD] + "…", str(self.reason)))

    def __str__(self) -> str:
        if self.row and self.column:
            return tr("Row {row}, {column}: {reason}", row=self.row, column=self.column,
                      reason=self.reason)
        if self.row:
            return tr("Row {row}: {reason}", row=self.row, reason=self.reason)
        return f"{self.column}: {self.reason}" if self.column else self.reason


def header_key(text) -> str:
    """A header reduced to what identifies it: "Part No. *" and "part_no" both give "partno"."""
    text = unicodedata.normalize("NFKC", str(text or "")).lower()
    text = re.sub(r"\(.*?\)|\[.*?\]", "", text)         # units and remarks: 单价(元)
    return re.sub(r"[\s_\-.*:#/]+", "", text)


def rejected(file_name: str, reason: str) -> ImportRejected:
    return ImportRejected(tr("{file} was not imported: {reason}", file=file_name, reason=reason),
                          [])


# --- opening ---------------------------------------------------------------------------------

@contextmanager
def open_workbook(path):
    """The workbook, read-only and with formulas' last values; a clear refusal if it is not one."""
    path = Path(path)
    try:
        handle = open(path, "rb")
    except OSError as exc:
        raise rejected(path.name, tr("the file cannot be opened ({detail}).",
                                     detail=exc.strerror or exc)) from None
    try:
        _check_format(path, handle.read(8))
        handle.seek(0)
        import openpyxl
        with quiet_openpyxl():
            try:
                book = openpyxl.load_workbook(handle, read_only=True, data_only=True)
            except Exception as exc:    # a foreign file: whatever breaks, it is not a workbook
                raise unreadable(path.name, exc) from None
        try:
            yield book
        finally:
            book.close()
    finally:
        handle.close()


def _check_format(path: Path, head: bytes) -> None:
    if head.startswith(OLE_MAGIC):
        raise rejected(path.name, tr(
            "it is an old Excel 97-2003 file (.xls) or it is protected by a password. Open it in "
            "Excel, remove any password and save it as an Excel workbook (.xlsx)."))
    if not head.startswith(ZIP_MAGIC):
        raise rejected(path.name, tr(
            "it is not an Excel workbook. Save it from Excel as an Excel workbook (.xlsx)."))


def damaged(file_name: str) -> ImportRejected:
    return rejected(file_name, tr("the file is damaged or is not an Excel workbook (.xlsx). Open "
                                  "it in Excel and save it again as an Excel workbook."))


def unreadable(file_name: str, exc: Exception) -> ImportRejected:
    """Why openpyxl could not read a part of the workbook: unsafe XML, or damage."""
    # openpyxl parses with defusedxml, which stops at the first entity declaration: before an
    # entity-expansion bomb ("billion laughs") grows, and before an external entity is read.
    from defusedxml import DefusedXmlException
    causes = []
    while exc is not None and exc not in causes:    # openpyxl wraps what the parser raised
        causes.append(exc)
        exc = exc.__cause__ or exc.__context__
    if any(isinstance(cause, DefusedXmlException) for cause in causes):
        return rejected(file_name, tr(
            "it holds unsafe XML (entity declarations, which Excel never writes: they can make a "
            "small file grow without limit or read other files of this PC). Ask its sender for "
            "a copy saved from Excel as an Excel workbook (.xlsx)."))
    return damaged(file_name)


@contextmanager
def quiet_openpyxl():
    """Around a whole read (not inside a generator, so the filters nest properly)."""
    # openpyxl warns about every feature it skips (data validation extensions, default styles);
    # none of them matters for reading values.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl(\.|$)")
        yield


# --- the table -------------------------------------------------------------------------------

@dataclass
class Table:
    """Where the data is: the sheet, its header row and which column holds what."""
    file_name: str
    sheet: object
    header_row: int
    positions: dict[str, int]           # key -> 0-based column index
    headers: dict[str, str]             # key -> the header as written in the file
    estimate: int                       # rows the sheet says it has (progress only)

    def rows(self, progress=None):
        """(Excel row number, values) for each row below the header that has anything in it."""
        wanted = sorted(self.positions.values())
        for number, values in _rows(self.sheet, self.file_name, self.header_row + 1):
            if progress and number % PROGRESS_EVERY == 0:
                progress(min(number, self.estimate), self.estimate)
            if any(_filled(values, i) for i in wanted):
                yield number, values

    def value(self, values: tuple, key: str):
        index = self.positions.get(key)
        return values[index] if index is not None and index < len(values) else None


def find_table(book, file_name: str, columns: tuple[Column, ...],
               required: tuple[tuple[str, ...], ...]) -> Table:
    """The best header row of the workbook; ImportRejected listing what is wrong with it."""
    best, anything = None, False
    for sheet in book.worksheets:
        estimate = sheet.max_row or 0
        sheet.reset_dimensions()    # some programs write a wrong size; read what is there
        for number, values in _rows(sheet, file_name, 1, HEADER_SCAN):
            anything = anything or any(_filled(values, i) for i in range(len(values)))
            found = _match(values, columns)
            if found and (best is None or len(found) > len(best[2])):
                best = (sheet, number, found, estimate)
    if best is None:
        raise rejected(file_name, tr("the workbook is empty.") if not anything else tr(
            "no header row found in its first {n} rows. Name the columns as in the template, "
            "for example {example}.", n=HEADER_SCAN,
            example=" / ".join(f"\"{c.label()}\"" for c in columns[:3])))
    sheet, number, found, estimate = best
    problems = _header_problems(number, found, columns, required)
    if problems:
        raise ImportRejected(tr("{file} was not imported: its header row (row {row}) is "
                                "incomplete. Nothing was changed.", file=file_name, row=number),
                             problems)
    return Table(file_name, sheet, number, {k: v[0][0] for k, v in found.items()},
                 {k: v[0][1] for k, v in found.items()}, max(estimate, number + 1))


def _match(values: tuple, columns) -> dict[str, list[tuple[int, str]]]:
    names = {name: column.key for column in columns for name in column.names()}
    found: dict[str, list[tuple[int, str]]] = {}
    for index, value in enumerate(values):
        if isinstance(value, str) and header_key(value) in names:
            found.setdefault(names[header_key(value)], []).append((index, " ".join(value.split())))
    return found


def _header_problems(row: int, found, columns, required) -> list[Problem]:
    from openpyxl.utils import get_column_letter
    by_key = {c.key: c for c in columns}
    problems = [Problem(row, by_key[keys[0]].label(), tr(
        "This column is missing. Add it to the header row or use the import template."))
        for keys in required if not any(k in found for k in keys)]
    for key, places in found.items():
        if len(places) > 1:
            where = ", ".join(f"{get_column_letter(i + 1)} \"{text}\"" for i, text in places)
            problems.append(Problem(row, by_key[key].label(), tr(
                "Columns {where} all mean the same; delete or rename all but one.", where=where)))
    return problems


def _rows(sheet, file_name: str, first: int, last: int | None = None):
    """Rows as value tuples with their Excel numbers; a damaged sheet becomes ImportRejected."""
    iterator = sheet.iter_rows(min_row=first, max_row=last, values_only=True)
    number = first
    while True:
        try:
            values = next(iterator)
        except StopIteration:
            return
        except Exception as exc:        # broken or unsafe XML inside the sheet
            raise unreadable(file_name, exc) from None
        yield number, values
        number += 1


def _filled(values: tuple, index: int) -> bool:
    if index >= len(values):
        return False
    value = values[index]
    return value is not None and (not isinstance(value, str) or value.strip() != "")
