"""Workbooks that Excel opens safely: streamed exports and fill-in templates.

Every text cell goes through ``safe()``: text that begins like a formula gets a leading
apostrophe, so neither Excel nor a CSV saved from it ever runs it. Files are written beside the
target and moved into place, so a failed or cancelled export leaves no half-written file.
"""

from __future__ import annotations

import os
import re
from contextlib import contextmanager
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from partsdesk.spreadsheets.cells import FORMULA_STARTS

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="2F5597")
TITLE_FONT = Font(bold=True, size=14)
HINT_FONT = Font(italic=True, color="595959")
# openpyxl refuses these in a cell (XML cannot hold them).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
TEMPLATE_ROWS = 2000        # rows below the header that get the template's drop-down lists


def sheet_title(text: str) -> str:
    """A sheet name Excel accepts: at most 31 characters, none of []:*?/\\."""
    return re.sub(r"[\[\]:*?/\\]", " ", text).strip()[:31] or "Sheet"


def safe(value):
    """A value Excel shows as it is and never executes."""
    if not isinstance(value, str):
        return value
    value = _ILLEGAL.sub("", value)
    return "'" + value if value.startswith(FORMULA_STARTS) else value


@contextmanager
def replacing(path):
    """A temporary file beside ``path`` that becomes ``path`` only when the block succeeds."""
    path = Path(path)
    tmp = path.with_name(f".{path.stem}.partial{path.suffix}")
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


class StreamedSheet:
    """One sheet written row by row in openpyxl's write-only mode (constant memory)."""

    def __init__(self, title: str, headers: list[str], widths: list[int],
                 formats: dict[int, str] | None = None):
        self.book = Workbook(write_only=True)
        self.sheet = self.book.create_sheet(sheet_title(title))
        self.formats = formats or {}
        for index, width in enumerate(widths, 1):
            self.sheet.column_dimensions[get_column_letter(index)].width = width
        self.sheet.freeze_panes = "A2"
        self.width = len(headers)
        self.rows = 0
        self.sheet.append([self._header(text) for text in headers])

    def _header(self, text: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.sheet, safe(text))
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        return cell

    def append(self, values: list) -> None:
        row = [None if v == "" else safe(v) for v in values]     # empty text: no cell at all
        for index, number_format in self.formats.items():
            if row[index] is not None:
                cell = WriteOnlyCell(self.sheet, row[index])
                cell.number_format = number_format
                row[index] = cell
        self.sheet.append(row)
        self.rows += 1

    def save(self, path) -> None:
        self.sheet.auto_filter.ref = f"A1:{get_column_letter(self.width)}{self.rows + 1}"
        with replacing(path) as tmp:
            self.book.save(tmp)

    def discard(self) -> None:
        """Drop an export that stopped half-way (cancelled or failed) and its temporary file."""
        self.sheet.close()
        self.sheet._writer.cleanup()


def write_template(path, sheet_name: str, title: str, hint: str, headers: list[str],
                   widths: list[int], notes: list[str], choices: dict[int, list[str]],
                   text_columns: tuple[int, ...] = ()) -> None:
    """A sheet a clerk fills in: title, one line of help, the header row with a note on each
    column, drop-down lists where only some words are allowed."""
    book = Workbook()
    sheet = book.active
    sheet.title = sheet_title(sheet_name)
    last = get_column_letter(len(headers))
    sheet["A1"], sheet["A2"] = safe(title), safe(hint)
    sheet["A1"].font, sheet["A2"].font = TITLE_FONT, HINT_FONT
    sheet["A2"].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.merge_cells(f"A1:{last}1")
    sheet.merge_cells(f"A2:{last}2")
    sheet.row_dimensions[2].height = 48
    for index, (text, width, note) in enumerate(zip(headers, widths, notes), 1):
        cell = sheet.cell(row=3, column=index, value=safe(text))
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        if note:
            cell.comment = Comment(note, "PartsDesk", width=260, height=110)
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = width
        if index - 1 in text_columns:       # typed numbers stay text: no lost leading zeros
            sheet.column_dimensions[letter].number_format = "@"
    for index, words in choices.items():
        letter = get_column_letter(index + 1)
        rule = DataValidation(type="list", formula1='"' + ",".join(words) + '"',
                              allow_blank=True)
        rule.add(f"{letter}4:{letter}{TEMPLATE_ROWS + 3}")
        sheet.add_data_validation(rule)
    sheet.freeze_panes = "A4"
    with replacing(path) as tmp:
        book.save(tmp)
