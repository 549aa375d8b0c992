"""Packing lists in, discrepancy reports out: read back as a person would read them."""

from decimal import Decimal

import openpyxl
import pytest
from pypdf import PdfReader

from partsdesk.db.models.stock import Receipt
from partsdesk.documents import discrepancy_report
from partsdesk.services import receiving
from partsdesk.services.errors import ImportRejected, PermissionDenied
from partsdesk.spreadsheets import packing_list, stock_export
from tests.factories import make_location, make_part, make_receipt, make_user


@pytest.fixture
def world(clerk):
    make_part(clerk, "04152-YZZA1", name="Oil filter", name_zh="机油滤清器", aliases=["6901234567892"])
    make_part(clerk, "04465-02220", name="Brake <pads> & clips", name_zh="前刹车片")
    make_location(clerk, "RECV", "receiving")
    make_location(clerk, "QUAR", "defective")
    return clerk


def workbook(path, rows, title="发货装箱单 / Packing list"):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = title
    sheet.merge_cells("A1:D1")
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_a_chinese_packing_list_becomes_a_receipt(world, tmp_path):
    path = workbook(tmp_path / "DN-2026-17.xlsx", [
        ["箱号", "零件号", "名称", "数量"],
        ["C1", "04152-YZZA1 ", "机油滤清器", "4"],
        [None, None, None, None],
        ["C2", "6901234567892", "机油滤清器", 6],           # a box barcode, numbers as numbers
        ["C2", "04465-02220", "刹车片", "2"]])
    receipt = packing_list.import_packing_list(world, path, source="FAW")
    assert receipt.reference == "DN-2026-17"
    assert [(line.part_no, line.expected, line.description)
            for line in receiving.lines(receipt.number)] == [
        ("04152-YZZA1", 10, "机油滤清器"), ("04465-02220", 2, "刹车片")]


def test_a_packing_list_with_bad_rows_creates_nothing_and_names_every_row(world, tmp_path):
    path = workbook(tmp_path / "bad.xlsx", [
        ["Part No.", "Qty", "Description"],
        ["04152-YZZA1", "two", "Oil filter"],
        ["NOT-IN-CATALOGUE", 1, ""],
        ["", 3, "no number"],
        ["04465-02220", 0, ""]])
    with pytest.raises(ImportRejected) as err:
        packing_list.import_packing_list(world, path)
    assert [(p.row, p.column) for p in err.value.problems] == [
        (3, "Qty"), (4, "Part No."), (5, "Part No."), (6, "Qty")]
    assert "NOT-IN-CATALOGUE is not a part number" in str(err.value.problems[1])
    assert "4 row(s) have problems" in str(err.value)
    assert Receipt.select().count() == 0


def test_a_sender_s_own_headers_are_read_with_a_column_mapping(world, tmp_path):
    path = workbook(tmp_path / "odd.xlsx", [["Artikel", "Menge"], ["04152-YZZA1", 3]])
    with pytest.raises(ImportRejected, match="no header row found in its first 30 rows"):
        packing_list.read(path)
    lines = packing_list.read(path, mapping={"part_no": "Artikel", "quantity": "Menge"})
    assert lines == [receiving.ExpectedLine("04152-YZZA1", Decimal("3"), "")]


def test_the_template_reads_back_as_an_empty_packing_list(world, tmp_path):
    path = tmp_path / "template.xlsx"
    packing_list.write_template(path)
    book = openpyxl.load_workbook(path)
    assert [c.value for c in book.active[3]][:2] == ["Part No.", "Quantity"]
    with pytest.raises(ImportRejected, match="no lines"):
        packing_list.read(path)


def test_only_the_warehouse_imports_packing_lists(world, admin, tmp_path):
    wa = make_user(admin, "wa", "warranty_admin")
    with pytest.raises(PermissionDenied):
        packing_list.import_packing_list(wa, tmp_path / "nothing.xlsx")


def closed_receipt(clerk):
    receipt = make_receipt(clerk, {"04152-YZZA1": 2, "04465-02220": 3})
    for code in ("04152-YZZA1", "04152-YZZA1", "04152-YZZA1"):
        receiving.scan(clerk, receipt.number, code)
    receiving.scan(clerk, receipt.number, "04465-02220", damaged=True)
    receiving.scan(clerk, receipt.number, "UNKNOWN-BOX")
    receiving.close(clerk, receipt.number)
    return receipt.number


def test_the_discrepancy_report_pdf_lists_every_discrepancy(world, tmp_path):
    number = closed_receipt(world)
    path = discrepancy_report.write(number, tmp_path / "report.pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    assert f"Receipt discrepancies {number}" in text
    for words in ("Over", "04152-YZZA1", "Damaged", "Short", "Brake <pads> & clips",
                  "Unknown item", "UNKNOWN-BOX"):
        assert words in text


def test_the_discrepancy_report_prints_in_chinese_with_an_embedded_font(world, tmp_path):
    number = closed_receipt(world)
    data = discrepancy_report.render(number, lang="zh_CN")
    reader = PdfReader(__import__("io").BytesIO(data))
    text = reader.pages[0].extract_text()
    assert "入库差异" in text and "短缺" in text
    fonts = {f["/BaseFont"] for f in reader.pages[0]["/Resources"]["/Font"].values()}
    assert any("WenQuanYi" in str(name) for name in fonts)


def test_the_discrepancy_list_exports_to_excel(world, tmp_path):
    number = closed_receipt(world)
    path = tmp_path / "discrepancies.xlsx"
    assert stock_export.write_discrepancies(number, path) == 4
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    assert rows[0][:2] == ("Discrepancy", "Part No. / code")
    assert [(r[0], r[1], r[5]) for r in rows[1:]] == [
        ("Over", "04152-YZZA1", 1), ("Short", "04465-02220", 2),
        ("Damaged", "04465-02220", 1), ("Unknown item", "UNKNOWN-BOX", 1)]


def test_a_damaged_piece_is_reported_as_damaged_and_not_again_as_over(world, tmp_path):
    receipt = make_receipt(world, {"04152-YZZA1": 2})
    for damaged in (False, False, True):                 # 3 pieces came, 1 of them damaged
        receiving.scan(world, receipt.number, "04152-YZZA1", damaged=damaged)
    receiving.close(world, receipt.number)
    line = receiving.lines(receipt.number)[0]
    assert (line.expected, line.received, line.damaged) == (2, 2, 1)     # as the screen shows
    assert [(d.kind, d.quantity) for d in receiving.discrepancies(receipt.number)] == [
        ("damaged", 1)]
    path = discrepancy_report.write(receipt.number, tmp_path / "report.pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    assert "Damaged 04152-YZZA1 Oil filter 2 3 1" in text
    assert "Over" not in text and "Short" not in text


def test_a_good_piece_scanned_after_a_damaged_one_is_not_an_over_receipt(world):
    receipt = make_receipt(world, {"04152-YZZA1": 2})
    receiving.scan(world, receipt.number, "04152-YZZA1", damaged=True)
    receiving.scan(world, receipt.number, "04152-YZZA1")
    second = receiving.scan(world, receipt.number, "04152-YZZA1")
    assert second.outcome == "ok"
    third = receiving.scan(world, receipt.number, "04152-YZZA1")
    assert third.outcome == "over"
    assert [(d.kind, d.quantity) for d in receiving.discrepancies(receipt.number)] == [
        ("over", 1), ("damaged", 1)]
