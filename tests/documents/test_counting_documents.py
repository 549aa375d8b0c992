"""The count sheet as the counters get it: PDF and Excel, blind unless asked."""

import io

import openpyxl
from pypdf import PdfReader

from partsdesk.documents import count_sheet
from partsdesk.services import counting
from partsdesk.spreadsheets import stock_export
from tests.factories import make_location, make_part, make_stock


def world(clerk):
    make_part(clerk, "P-1", name="Spark plug <NGK>", name_zh="火花塞")
    make_location(clerk, "A-01")
    make_location(clerk, "EMPTY-1")
    make_stock(clerk, "P-1", "A-01", 12)
    return counting.create_count(clerk, ["A-01", "EMPTY-1"]).number


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)


def test_the_count_sheet_lists_every_location_without_expected_quantities(clerk):
    number = world(clerk)
    text = pdf_text(count_sheet.render(number))
    for words in (f"Stock count {number}", "Location A-01", "P-1", "Spark plug <NGK> 火花塞",
                  "Location EMPTY-1", "Nothing on the books here", "Counted by"):
        assert words in text
    assert "Expected" not in text and "PCS Location EMPTY-1" in text     # no quantity printed


def test_the_count_sheet_can_show_expected_and_print_in_chinese(clerk, tmp_path):
    number = world(clerk)
    path = count_sheet.write(number, tmp_path / "sheet.pdf", lang="zh_CN", show_expected=True)
    text = pdf_text(path.read_bytes())
    assert "盘点单" in text and "账面数" in text and "12" in text


def test_the_count_sheet_exports_to_excel_with_an_empty_counted_column(clerk, tmp_path):
    number = world(clerk)
    path = tmp_path / "sheet.xlsx"
    assert stock_export.write_count_sheet(number, path) == 1
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    assert rows[0] == ("Location", "Part No.", "Name", "Chinese name", "Unit", "Counted")
    assert rows[1] == ("A-01", "P-1", "Spark plug <NGK>", "火花塞", "PCS", None)
