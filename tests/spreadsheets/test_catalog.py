"""Importing and exporting the parts catalogue and locations as Excel files."""

from decimal import Decimal

import openpyxl
import pytest

from partsdesk import i18n
from partsdesk.db.models import AuditEvent, Location, Part
from partsdesk.services import catalog, catalog_import
from partsdesk.services.errors import Cancelled, ImportRejected, PermissionDenied
from partsdesk.spreadsheets import catalog as sheets
from partsdesk.spreadsheets.reader import header_key
from tests.factories import make_location, make_part, make_user

BACKENDS = ("sqlite", "postgres")      # the import's checks and bulk writes run on both

HEADERS_ZH = ["序号", "配件编号", "配件名称", "英文名称", "类别", "单位", "单价（元）", "旧件返回",
              "条码", "最低库存"]


def workbook(path, rows, merge=None):
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    if merge:
        sheet.merge_cells(merge)
    book.save(path)
    return path


def rejection(clerk, path, what="parts") -> ImportRejected:
    with pytest.raises(ImportRejected) as err:
        sheets.import_file(clerk, what, path)
    return err.value


def by_row(error: ImportRejected) -> dict[int, list]:
    rows: dict[int, list] = {}
    for problem in error.problems:
        rows.setdefault(problem.row, []).append(problem)
    return rows


# --- reading real files ----------------------------------------------------------------------

def test_a_manufacturers_chinese_price_list_imports_as_it_is(clerk, tmp_path):
    path = workbook(tmp_path / "东风配件价格目录.xlsx", [
        ["东风汽车配件价格目录（2026年第1版）"],
        [],
        HEADERS_ZH,
        [1, "  04152-yzza1 ", "机油滤芯 ", " Oil  filter element", "发动机", "个", " 68.50 ", "是",
         "6901234567892;6901234567809", "10"],
        [None, "   ", None],
        [2, "０４４６５－０２２２０", "前刹车片", "Front brake pad set", "制动", "套", "￥1,280.00",
         "Y", "", " 2.5 "],
        [3, 90915, "空气滤芯", "Air filter", "发动机", "个", 45, "否", 6901234567816, 0],
        [],
        [4, "PN-4\u200b", "雨刮片", None, None, None, None, None, None, None],
    ], merge="A1:J1")

    result = sheets.import_file(clerk, "parts", path)

    assert result == {"rows": 4, "created": 4, "updated": 0, "unchanged": 0}
    oil = catalog.get_part("04152-YZZA1")
    assert (oil.name, oil.name_zh, oil.category, oil.unit) == \
        ("Oil filter element", "机油滤芯", "发动机", "个")
    assert oil.unit_price == Decimal("68.50") and oil.must_return and oil.min_stock == 10
    assert catalog.aliases_of(oil) == ["6901234567809", "6901234567892"]
    brake = catalog.get_part("04465-02220")       # typed with full-width characters
    assert brake.unit_price == Decimal("1280.00") and brake.min_stock == Decimal("2.5")
    air = catalog.get_part("90915")               # a part number Excel stored as a number
    assert catalog.aliases_of(air) == ["6901234567816"] and not air.must_return
    wiper = catalog.get_part("PN-4")              # no English name: the Chinese one is the name
    assert wiper.name == "雨刮片" and wiper.unit == "PCS" and wiper.unit_price == 0


def test_english_headers_with_other_words_and_an_instructions_sheet_first(clerk, tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "Read me"
    book.active.append(["Fill in the sheet Parts. Prices in CNY."])
    sheet = book.create_sheet("Parts")
    sheet.append(["Part Number", "Description", "Price", "UOM", "Return required", "EAN"])
    sheet.append(["ab-1 ", "Spark plug", 12.35, "pcs", "no", "4711 4712"])
    sheet.append(["AB-2", "Ignition coil", "12.3", "PCS", "TRUE", None])
    book.save(tmp_path / "supplier.xlsx")

    assert sheets.import_file(clerk, "parts", tmp_path / "supplier.xlsx")["created"] == 2
    plug = catalog.get_part("AB-1")
    assert plug.unit_price == Decimal("12.35") and catalog.aliases_of(plug) == ["4711", "4712"]
    assert catalog.get_part("AB-2").must_return


def test_every_header_word_means_one_column_only():
    for layout in sheets.LAYOUTS.values():
        seen = {}
        for column in layout.columns:
            for name in column.names():
                assert seen.setdefault(name, column.key) == column.key, name
    assert header_key("Part No. *") == header_key("part_no") == header_key(" Part  No ")


# --- bad files import nothing ----------------------------------------------------------------

def test_a_file_with_bad_rows_lists_every_one_and_imports_nothing(clerk, tmp_path):
    make_part(clerk, "P9", aliases=["111", "222"])
    path = workbook(tmp_path / "bad.xlsx", [
        ["Parts price list"],
        ["Part No.", "Name", "Unit price", "Must return", "Barcodes"],
        ["OK-1", "Good part", "10", "N", "900"],                  # row 3: fine
        ["OK-2", "Bad price", "abc", "N", ""],                    # row 4
        ["OK-3", "", "5", "", ""],                                # row 5: no name
        ["ok-1", "Same number again", "1", "", ""],               # row 6: duplicate of row 3
        ["OK-4", "Barcode twice", "1", "", "900"],                # row 7: row 3's barcode
        ["OK-5", "Taken barcode", "1", "", "111"],                # row 8: P9's barcode
        ["OK-6", "x" * 201, "1", "maybe", ""],                    # row 9: two problems
        ["222", "Number is a barcode", "1", "", ""],              # row 10
        ["WC-2026-000001", "Looks like a claim", "1", "", ""],    # row 11
        ["OK-7", "Part number as barcode", "1", "", "P9"],        # row 12
    ])

    error = rejection(clerk, path)

    rows = by_row(error)
    assert sorted(rows) == [4, 5, 6, 7, 8, 9, 10, 11, 12]
    assert str(rows[4][0]) == 'Row 4, Unit price: "abc" is not an amount of money.'
    assert "The name is empty" in str(rows[5][0])
    assert "OK-1 is already in row 3 of this file" in str(rows[6][0])
    assert "Barcode 900 is already given to part OK-1 in row 3" in str(rows[7][0])
    assert "Barcode 111 already belongs to part P9" in str(rows[8][0])
    assert [p.column for p in rows[9]] == ["Name", "Must return"]
    assert "201 characters" in rows[9][0].reason
    assert "itself a part number in the catalogue" in rows[12][0].reason
    assert "already a barcode of part P9" in str(rows[10][0])
    assert "document number" in rows[11][0].reason
    assert "9 row(s) have problems" in str(error)
    assert Part.select().count() == 1
    assert not AuditEvent.select().where(AuditEvent.action == "part.import").exists()


def test_a_file_may_move_barcodes_between_parts_it_also_replaces(clerk, tmp_path):
    make_part(clerk, "P9", aliases=["111"])
    path = workbook(tmp_path / "move.xlsx", [["Part No.", "Name", "Barcodes"],
                                             ["P9", "Old owner", "222"],
                                             ["P10", "New owner", "111"]])
    sheets.import_file(clerk, "parts", path)
    assert catalog.find_by_code("111").part_no == "P10"
    assert catalog.find_by_code("222").part_no == "P9"


def test_a_missing_required_column_is_one_clear_problem(clerk, tmp_path):
    path = workbook(tmp_path / "no-number.xlsx", [["配件名称", "单价"], ["机油滤芯", "5"]])
    error = rejection(clerk, path)
    assert len(error.problems) == 1
    problem = error.problems[0]
    assert (problem.row, problem.column) == (1, "Part No.")
    assert "This column is missing" in problem.reason


def test_two_columns_meaning_the_same_are_refused(clerk, tmp_path):
    path = workbook(tmp_path / "two-prices.xlsx", [["配件编号", "名称", "单价", "零售价"],
                                                   ["P1", "x", "1", "2"]])
    error = rejection(clerk, path)
    assert 'C "单价", D "零售价"' in error.problems[0].reason


@pytest.mark.parametrize("content, reason", [
    (b"part_no,name\nP1,Filter\n", "not an Excel workbook"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "password"),
    (b"PK\x03\x04" + b"\0" * 100, "damaged"),
])
def test_a_file_that_is_no_workbook_is_refused_in_one_line(clerk, tmp_path, content, reason):
    path = tmp_path / "parts.xlsx"
    path.write_bytes(content)
    error = rejection(clerk, path)
    assert reason in str(error) and "\n" not in str(error) and error.problems == []


def test_empty_and_headless_workbooks_are_refused(clerk, tmp_path):
    assert "empty" in str(rejection(clerk, workbook(tmp_path / "e.xlsx", [])))
    assert "no header row" in str(rejection(clerk, workbook(tmp_path / "t.xlsx", [["Prices"]])))
    only_header = workbook(tmp_path / "h.xlsx", [["Part No.", "Name"], []])
    assert "no rows below its header (row 1)" in str(rejection(clerk, only_header))
    assert "cannot be opened" in str(rejection(clerk, tmp_path / "missing.xlsx"))


def test_invisible_characters_are_dropped_and_long_categories_refused(clerk, tmp_path):
    path = workbook(tmp_path / "odd.xlsx", [["Part No.", "Name", "Category"],
                                            ["\ufeffP1", "Oil\u00a0\u200bfilter\n", "ENGINE"],
                                            ["P2", "Cap", "C" * 41]])
    error = rejection(clerk, path)
    assert [(p.row, p.column) for p in error.problems] == [(3, "Category")]
    path = workbook(tmp_path / "odd.xlsx", [["Part No.", "Name"],
                                            ["\ufeffP1", "Oil\u00a0\u200bfilter\n"]])
    sheets.import_file(clerk, "parts", path)
    assert catalog.get_part("P1").name == "Oil filter"


def test_a_warranty_administrator_cannot_import_the_catalogue(admin, tmp_path):
    wa = make_user(admin, "wa", "warranty_admin")
    path = workbook(tmp_path / "p.xlsx", [["Part No.", "Name"], ["P1", "x"]])
    with pytest.raises(PermissionDenied):
        sheets.import_file(wa, "parts", path)


# --- cancel ----------------------------------------------------------------------------------

@pytest.mark.parametrize("when", [1, sheets.READ_SHARE + 1])
def test_cancelling_an_import_while_reading_or_writing_imports_nothing(clerk, tmp_path, when):
    rows = [["Part No.", "Name", "Barcodes"]] + [[f"P{i:05}", f"Part {i}", f"EAN{i}"]
                                                 for i in range(1500)]
    path = workbook(tmp_path / "big.xlsx", rows)
    seen = []

    def progress(done, total):
        seen.append(done)
        if done >= when:
            raise Cancelled("stop")

    with pytest.raises(Cancelled):
        sheets.import_file(clerk, "parts", path, progress)
    assert seen[-1] >= when and max(seen) <= sheets.STEPS
    assert Part.select().count() == 0 and catalog.find_by_code("EAN1") is None


def test_progress_runs_from_zero_to_the_end(clerk, tmp_path):
    rows = [["Part No.", "Name"]] + [[f"P{i}", "x"] for i in range(1200)]
    seen = []
    sheets.import_file(clerk, "parts", workbook(tmp_path / "p.xlsx", rows),
                       lambda done, total: seen.append((done, total)))
    assert seen == sorted(seen) and seen[-1] == (sheets.STEPS, sheets.STEPS) and len(seen) > 3


# --- export ----------------------------------------------------------------------------------

def _catalogue():
    return catalog.export_page(limit=10_000)


def _make_catalogue(clerk):
    make_part(clerk, "04152-YZZA1", name="Oil filter element", name_zh="机油滤芯",
              category="ENGINE", unit="PCS", unit_price="68.5", must_return=True,
              min_stock=Decimal("2.5"), aliases=["6901234567892", "4711"])
    make_part(clerk, "90915", name="Air filter", unit_price="0.1")
    make_part(clerk, "F-1", name="=HYPERLINK(\"http://x\",\"click\")", name_zh="+86 风扇",
              category="@SUM(A1)", unit="-")
    make_part(clerk, "F-2", name="-5V relay", name_zh="=1+2")


@pytest.mark.parametrize("language, first_header", [("en", "Part No."), ("zh_CN", "配件编号")])
def test_an_export_imports_back_to_the_same_catalogue(clerk, tmp_path, language, first_header):
    _make_catalogue(clerk)
    make_part(clerk, "OLD", name="Gone")
    catalog.set_active(clerk, "OLD", False)
    before = _catalogue()
    i18n.set_language(language)
    path = tmp_path / "catalogue.xlsx"

    assert sheets.export_file("parts", path) == 4

    sheet = openpyxl.load_workbook(path).active
    assert sheet["A1"].value == first_header and sheet["A1"].font.bold
    assert sheet.freeze_panes == "A2"
    # the round trip changes nothing
    assert sheets.import_file(clerk, "parts", path) == {"rows": 4, "created": 0, "updated": 0,
                                                        "unchanged": 4}
    assert _catalogue() == before


def test_exported_text_that_looks_like_a_formula_is_never_a_formula(clerk, tmp_path):
    _make_catalogue(clerk)
    path = tmp_path / "catalogue.xlsx"
    sheets.export_file("parts", path)
    cells = [cell for row in openpyxl.load_workbook(path).active.iter_rows() for cell in row]
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    texts = {c.value for c in cells if isinstance(c.value, str)}
    assert {"'=HYPERLINK(\"http://x\",\"click\")", "'+86 风扇", "'@SUM(A1)", "'-5V relay",
            "'=1+2", "'-"} <= texts
    assert not any(t.startswith(("=", "+", "-", "@")) for t in texts)


def test_an_export_of_many_parts_pages_through_the_catalogue(clerk, tmp_path):
    rows = [catalog.PartData(f"P{i:05}", f"Part {i}").cleaned() for i in range(4500)]
    catalog_import.import_parts(clerk, rows)
    seen = []
    path = tmp_path / "all.xlsx"
    assert sheets.export_file("parts", path, lambda d, t: seen.append((d, t))) == 4500
    assert seen[-1] == (4500, 4500) and len(seen) == 3
    assert len(sheets.read_file("parts", path)) == 4500


def test_a_cancelled_export_leaves_no_file(clerk, tmp_path):
    catalog_import.import_parts(clerk, [catalog.PartData(f"P{i}", "x").cleaned()
                                        for i in range(2500)])

    def cancel(done, total):
        raise Cancelled("stop")

    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(Cancelled):
        sheets.export_file("parts", folder / "x.xlsx", cancel)
    assert list(folder.iterdir()) == []


# --- templates -------------------------------------------------------------------------------

def test_a_filled_in_template_imports(clerk, tmp_path):
    i18n.set_language("zh_CN")
    path = tmp_path / "template.xlsx"
    sheets.write_template("parts", path)
    book = openpyxl.load_workbook(path)
    sheet = book.active
    headers = [c.value for c in sheet[3]]
    assert headers[:2] == ["配件编号 *", "名称 *"]
    assert sheet["A3"].comment is not None and sheet.freeze_panes == "A4"
    assert "A1:J1" in {str(r) for r in sheet.merged_cells.ranges}
    assert any('"是,否"' == v.formula1 for v in sheet.data_validations.dataValidation)
    assert sheet.column_dimensions["A"].width >= 15
    sheet.append(["00123", "Oil filter", "机油滤芯", "", "", "12.5", "是", "", ""])
    book.save(path)
    sheets.import_file(clerk, "parts", path)
    assert catalog.get_part("00123").must_return


def test_an_empty_template_says_there_is_nothing_to_import(clerk, tmp_path):
    path = tmp_path / "template.xlsx"
    sheets.write_template("locations", path)
    assert "no rows below its header (row 3)" in str(rejection(clerk, path, "locations"))


# --- locations -------------------------------------------------------------------------------

def test_locations_import_with_chinese_kinds_and_report_duplicates(clerk, tmp_path):
    make_location(clerk, "A-01-01", description="old")
    rows = [["仓库库位表"], ["库位", "类型", "说明", "允许负库存"],
            ["a-01-01", "货位", "一号货架", "否"],
            [" RCV ", "收货区", "收货暂存", ""],
            ["Q-1", "不良品", "", "1"],
            ["SCRAP", "Scrap", "", "N"]]
    path = workbook(tmp_path / "bins.xlsx", rows, merge="A1:D1")
    assert sheets.import_file(clerk, "locations", path) == {"rows": 4, "created": 3, "updated": 1}
    assert Location.get(Location.code == "A-01-01").description == "一号货架"
    assert {(l.code, l.kind) for l in Location.select()} == {
        ("A-01-01", "bin"), ("RCV", "receiving"), ("Q-1", "defective"), ("SCRAP", "scrap")}
    assert Location.get(Location.code == "Q-1").allow_negative

    bad = workbook(tmp_path / "bad.xlsx", [["Location", "Kind"], ["B 1", "bin"], ["B2", "bin"],
                                           ["b2", ""], ["B3", "shelf"]])
    problems = [(p.row, p.column) for p in rejection(clerk, bad, "locations").problems]
    assert problems == [(2, "Location"), (4, "Location"), (5, "Kind")]


def test_locations_export_and_import_back(clerk, tmp_path):
    make_location(clerk, "A-01-01", description="=cmd|' /C calc'!A0")
    make_location(clerk, "DEF", kind="defective", allow_negative=True)
    i18n.set_language("zh_CN")
    path = tmp_path / "locations.xlsx"
    assert sheets.export_file("locations", path) == 2
    assert openpyxl.load_workbook(path).active["B3"].value == "旧件库"
    before = list(Location.select().order_by(Location.code).tuples())
    assert sheets.import_file(clerk, "locations", path)["updated"] == 2
    assert list(Location.select().order_by(Location.code).tuples()) == before


# --- the sample files shipped with the application -------------------------------------------

def test_the_sample_catalogue_and_locations_import_cleanly(clerk):
    from partsdesk import resources
    samples = resources.path("samples")
    result = sheets.import_file(clerk, "parts", samples / "parts-catalogue-sample.xlsx")
    assert result["created"] == 30
    filters = [p for p in Part.select() if p.name == "Oil filter"]
    assert filters[0].name_zh == "机油滤清器" and filters[0].must_return
    result = sheets.import_file(clerk, "locations", samples / "locations-sample.xlsx")
    assert result["created"] == 40
    assert Location.get(Location.code == "DEF-01").kind == "defective"
