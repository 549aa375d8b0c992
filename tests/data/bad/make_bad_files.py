"""A corpus of bad import files, made at test time (nothing large is committed).

Each maker writes one file into a folder and returns its path. Whole-file defects are the same
for every import; content defects are made for one import at a time (``what`` is "parts",
"locations", "codes" or "packing_list"), with the bad cells in the rows ``BAD_ROWS[kind]`` names.

    python -m tests.data.bad.make_bad_files OUTDIR      # writes the whole corpus for a look
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl

# --- whole files that are no workbook, or a broken one --------------------------------------

PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
       b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
       b"trailer << /Root 1 0 R >>\n%%EOF\n")
# The first sector of an old Excel 97-2003 (.xls) file: the OLE2 compound document header.
BIFF = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00"
        + b"\0" * 478 + b"\x09\x08\x10\x00\x00\x06\x05\x00" + b"\0" * 504)


def _zip_of(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for name, data in files.items():
            out.writestr(name, data)
    return buffer.getvalue()


def _good_workbook_bytes(rows) -> bytes:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _broken_sheet_xml() -> bytes:
    """A real workbook whose sheet XML holds a raw control character (illegal in XML)."""
    data = _good_workbook_bytes([["Part No.", "Name"], ["P-1", "CTRL"]])
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        files = {n: book.read(n) for n in book.namelist()}
    files["xl/worksheets/sheet1.xml"] = files["xl/worksheets/sheet1.xml"].replace(
        b"CTRL", b"Oil\x01\x02filter")
    return _zip_of(files)


WHOLE_FILES = {
    "pdf_renamed": lambda: PDF,
    "text_renamed": lambda: "part_no,name\nP-1,Oil filter\n".encode(),
    "zip_not_a_workbook": lambda: _zip_of({"readme.txt": b"not a workbook",
                                           "photo.jpg": b"\xff\xd8\xff\xe0"}),
    "xls_renamed": lambda: BIFF,
    "empty_file": lambda: b"",
    "truncated_workbook": lambda: _good_workbook_bytes(
        [["Part No.", "Name"]] + [[f"P-{i}", "x" * 50] for i in range(300)])[:2500],
    "control_bytes_in_xml": _broken_sheet_xml,
}
# what the one-line refusal says, by defect
WHOLE_FILE_REASONS = {
    "pdf_renamed": "not an Excel workbook",
    "text_renamed": "not an Excel workbook",
    "zip_not_a_workbook": "damaged",
    "xls_renamed": "Excel 97-2003",
    "empty_file": "not an Excel workbook",
    "truncated_workbook": "damaged",
    "control_bytes_in_xml": "damaged",
}


def whole_file(kind: str, folder: Path, name: str = "") -> Path:
    path = Path(folder) / (name or f"{kind}.xlsx")
    path.write_bytes(WHOLE_FILES[kind]())
    return path


# --- workbooks with bad content -------------------------------------------------------------

HEADERS = {
    "parts": ["Part No.", "Name", "Unit price", "Min stock", "Barcodes"],
    "locations": ["Location", "Kind", "Description", "Allow negative stock"],
    "codes": ["Operation code", "Operation", "Standard hours"],
    "packing_list": ["Part No.", "Quantity", "Description"],
}
SHEET_TITLES = {"codes": "labour"}      # the code import finds its tables by sheet name
# Catalogue parts a packing list may name (the test creates them first).
KNOWN_PARTS = ("P-1", "P-2", "P-3")
LONG = "Ω" * 10_000


def good_rows(what: str, count: int = 3, start: int = 1) -> list[list]:
    """Rows that import cleanly on their own."""
    make = {
        "parts": lambda i: [f"NEW-{i:06d}", f"Part {i}", f"{i % 997}.50", i % 7,
                            f"69{i:011d}"],
        "locations": lambda i: [f"Z-{i:06d}", "Bin", f"Shelf {i}", "N"],
        "codes": lambda i: [f"99-{i:06d}", f"Operation {i}", 0.5],
        "packing_list": lambda i: [KNOWN_PARTS[i % len(KNOWN_PARTS)], 1 + i % 5, "box"],
    }[what]
    return [make(i) for i in range(start, start + count)]


def _bad_cells(what: str, kind: str) -> dict[int, dict[int, object]]:
    """{data row index: {column index: value}} for a content defect."""
    key = 0
    if kind == "wrong_types":
        return {
            "parts": {0: {2: datetime(2026, 3, 1)}, 1: {3: "ten"}, 2: {2: True}},
            "locations": {0: {3: datetime(2026, 3, 1)}, 1: {1: 12}},
            "codes": {0: {2: "one hour"}, 1: {2: datetime(2026, 3, 1)}},
            "packing_list": {0: {1: "ten"}, 1: {1: datetime(2026, 3, 1)}, 2: {1: -4}},
        }[what]
    if kind == "long_cells":
        # (a packing list's description is the sender's note, kept cut short: its quantity)
        text_column = {"parts": 1, "locations": 2, "codes": 1, "packing_list": 1}[what]
        return {0: {key: "A" * 10_000}, 1: {text_column: LONG}}
    if kind == "control_characters":
        # a key of nothing but control characters, beside names full of them
        name = {"parts": 1, "locations": 2, "codes": 1, "packing_list": 2}[what]
        return {0: {name: "Oil\x00\x1f\x7ffil\x0bter\x08"},
                1: {key: "\x01\x02\x03\x7f\x1b"}}
    raise KeyError(kind)


# Excel row numbers (header in row 1) that must be named in the rejection, by defect and import.
def bad_rows(what: str, kind: str) -> set[int]:
    if kind in ("formulas", "merged_cells"):
        return {3}
    if kind == "duplicate_keys":
        return {5}      # the copy of row 2 below the three good rows
    if kind == "control_characters":
        return {3}
    if kind == "wrong_types":
        return {2 + i for i in _bad_cells(what, kind)}
    if kind == "long_cells":
        return {2, 3}
    raise KeyError(kind)


CONTENT_KINDS = ("formulas", "merged_cells", "wrong_types", "duplicate_keys", "long_cells",
                 "control_characters")


def save(what: str, rows, path: Path, edit=None) -> Path:
    """``rows`` (the first is the header) as the one sheet of a workbook for ``what``."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = SHEET_TITLES.get(what, "Sheet1")
    for row in rows:
        sheet.append(row)
    if edit:
        edit(sheet)
    book.save(path)
    return path


def _with_control_characters(path: Path, values: list[str]) -> None:
    """openpyxl refuses control characters; write them as Excel stores them (``_x0001_``)."""
    with zipfile.ZipFile(path) as book:
        files = {n: book.read(n) for n in book.namelist()}
    xml = files["xl/worksheets/sheet1.xml"].decode()
    for index, value in enumerate(values):
        escaped = re.sub(r"[\x00-\x1f]", lambda m: f"_x{ord(m.group()):04X}_", value)
        xml = xml.replace(f"CONTROL{index}PLACEHOLDER", escaped)
    files["xl/worksheets/sheet1.xml"] = xml.encode()
    path.write_bytes(_zip_of(files))


def content(kind: str, what: str, folder: Path) -> Path:
    """A workbook for ``what`` with the content defect ``kind``."""
    path = Path(folder) / f"{what}-{kind}.xlsx"
    rows = good_rows(what)
    if kind == "empty_sheet":
        return save(what, [], path)
    if kind == "formulas":
        # formulas without a stored result, as a program that does not calculate writes them
        rows[1][0] = '=A2&"-COPY"'
        rows[1][1] = "=UPPER(B2)" if what != "packing_list" else "=B2*2"
        return save(what, [HEADERS[what]] + rows, path)
    if kind == "merged_cells":
        rows[1][0] = None
        return save(what, [HEADERS[what]] + rows, path, lambda s: s.merge_cells("A2:A3"))
    if kind == "duplicate_keys":
        rows.append(list(rows[0]))
        if what == "packing_list":      # the same part twice is added up; a location twice is not
            rows[-1][0] = "P-404"
        return save(what, [HEADERS[what]] + rows, path)
    for index, changes in _bad_cells(what, kind).items():
        for column, value in changes.items():
            rows[index][column] = value
    return workbook_with_controls(what, rows, path)


def workbook_with_controls(what: str, rows, path: Path) -> Path:
    """Like ``save`` (header added), but cells may hold control characters, as Excel keeps
    them."""
    controls = []
    rows = [list(row) for row in rows]
    for row in rows:
        for column, value in enumerate(row):
            if isinstance(value, str) and re.search(r"[\x00-\x1f]", value):
                controls.append(value)
                row[column] = f"CONTROL{len(controls) - 1}PLACEHOLDER"
    save(what, [HEADERS[what]] + rows, path)
    if controls:
        _with_control_characters(path, controls)
    return path


# Every column an import writes, each value as long as its column takes.
LONGEST = {
    "parts": (["Part No.", "Name", "Chinese name", "Category", "Unit", "Unit price",
               "Min stock", "Barcodes", "Must return"],
              ["P" + "9" * 38 + "Z", "N" * 200, "配" * 200, "C" * 40, "U" * 10,
               "99999999.99", "999999999.999", "6" * 60 + "; " + "7" * 60, "是"]),
    "locations": (["Location", "Kind", "Description", "Allow negative stock"],
                  ["L" + "-" * 28 + "Z", "Defective store", "说" * 200, "Y"]),
    "codes": (["Operation code", "Operation", "Standard hours", "Vehicle models"],
              ["O" + "9" * 18 + "Z", "工" * 200, 998.5, ""]),
    "packing_list": (["Part No.", "Quantity", "Description", "Carton"],
                     [KNOWN_PARTS[0], "999999999.999", "描" * 200, "B" * 200]),
}


def longest_rows(what: str) -> list[list]:
    header, row = LONGEST[what]
    return [header, row]


def huge(what: str, folder: Path, rows: int = 100_000, bad_row: int = 87_654) -> Path:
    """``rows`` good rows with one bad one deep inside (Excel row ``bad_row``)."""
    path = Path(folder) / f"{what}-huge.xlsx"
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet(SHEET_TITLES.get(what, "Sheet1"))
    sheet.append(HEADERS[what])
    for number, row in enumerate(good_rows(what, rows), start=2):
        if number == bad_row:
            row[0] = "BAD PART <NO>" if what != "packing_list" else "P-404"
        sheet.append(row)
    book.save(path)
    return path


def write_all(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = [whole_file(kind, folder) for kind in WHOLE_FILES]
    for what in HEADERS:
        made += [content(kind, what, folder) for kind in ("empty_sheet", *CONTENT_KINDS)]
    return made


if __name__ == "__main__":
    for made in write_all(Path(sys.argv[1] if len(sys.argv) > 1 else "bad-files")):
        print(made)
