"""Code tables and claims in Excel: round trip, all-or-nothing import, claim export."""

from decimal import Decimal

import openpyxl
import pytest

from partsdesk import i18n
from partsdesk.services import claim_states, codes
from partsdesk.services.claim_search import Filters
from partsdesk.services.errors import ImportRejected
from partsdesk.spreadsheets import claims_export
from partsdesk.spreadsheets import codes as code_sheets
from tests.factories import make_claim, make_codes, make_user, make_workbook


def test_code_tables_go_out_and_come_back_unchanged(admin, tmp_path):
    make_codes(admin)
    path = tmp_path / "codes.xlsx"
    assert code_sheets.export_file(path, lang="en") == 8
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Vehicle models", "Labour operations", "Fault codes", "Causes",
                               "Part categories"]
    assert [c.value for c in book["Labour operations"][1]] == [
        "Operation code", "English description", "Chinese description", "Standard hours",
        "Vehicle models", "Active"]
    assert [c.value for c in book["Labour operations"][2]] == [
        "01-010", None, "更换机油滤清器", 0.5, None, "Yes"]
    assert [c.value for c in book["Labour operations"][3]] == [
        "02-120", "Replace front brake pads", None, 1.2, "SUV30", "Yes"]
    result = code_sheets.import_file(admin, path)
    assert result == {"rows": 8, "created": 0, "updated": 8}
    assert codes.models_of(codes.get_code("labour_operations", "02-120")) == ["SUV30"]


def test_a_manufacturers_chinese_workbook_imports(admin, tmp_path):
    path = make_workbook(tmp_path / "厂家代码.xlsx", {
        "说明": [["本文件由厂家发布"]],
        "车型": [["车型代码表"], [], ["车型代码", "车型名称", "保修月数", "保修里程"],
               ["SED20 ", "轿车 2.0", "36", "100000"]],
        "工时代码": [["工时代码", "工时名称", "标准工时", "适用车型"],
                 ["01-010", "更换机油滤清器", "0.5", ""], [None, None, None, None],
                 ["02-120", "更换前刹车片", 1.2, "SED20、SUV30"]],
        "故障代码": [["故障代码", "故障描述"], ["F101", "漏油"]],
    })
    with pytest.raises(ImportRejected) as err:
        code_sheets.import_file(admin, path)
    assert any("SUV30" in str(p) and "Row 4" in str(p) for p in err.value.problems)
    assert codes.list_codes("vehicle_models") == []             # nothing written
    book = openpyxl.load_workbook(path)
    book["工时代码"]["D4"] = "SED20"
    book.save(path)
    assert code_sheets.import_file(admin, path)["created"] == 4
    assert codes.get_code("vehicle_models", "SED20").warranty_km == 100_000
    # the manufacturer's only description is in Chinese: it is the Chinese one
    operation = codes.get_code("labour_operations", "01-010")
    assert (operation.description, operation.description_zh) == ("", "更换机油滤清器")


def test_every_bad_row_is_reported_with_sheet_row_and_column(admin, tmp_path):
    path = make_workbook(tmp_path / "bad.xlsx", {
        "Fault codes": [["Fault code", "Fault"], ["F1", "ok"], ["F 2", "bad code"],
                        ["F1", "again"]],
        "Labour operations": [["Operation code", "Operation", "Standard hours"],
                              ["01-010", "x", "half"]],
    })
    with pytest.raises(ImportRejected) as err:
        code_sheets.import_file(admin, path)
    problems = err.value.problems
    assert any(p.startswith("Fault codes: Row 3, Fault code:") for p in problems)
    assert any("F1 is already in row 2" in p for p in problems)
    assert any(p.startswith("Labour operations: Row 2, Standard hours:") for p in problems)


def test_a_workbook_without_code_sheets_is_refused(admin, tmp_path):
    path = make_workbook(tmp_path / "other.xlsx", {"Sheet1": [["a", "b"]]})
    with pytest.raises(ImportRejected, match="none of its sheets is a code table"):
        code_sheets.import_file(admin, path)


def test_the_export_in_chinese_has_chinese_sheets_and_headers(admin, tmp_path):
    make_codes(admin)
    path = tmp_path / "zh.xlsx"
    code_sheets.export_file(path, lang="zh_CN")
    book = openpyxl.load_workbook(path)
    assert "工时代码" in book.sheetnames
    assert book["工时代码"]["A1"].value == "工时代码"
    assert code_sheets.export_file(tmp_path / "template.xlsx", template=True) == 0
    assert code_sheets.import_file(admin, tmp_path / "template.xlsx")["rows"] == 0


def test_claims_export_has_one_row_per_claim_with_exact_amounts(admin, tmp_path):
    make_codes(admin)
    wa = make_user(admin, "wa", "warranty_admin")
    make_claim(wa, other_amount="0.10")
    make_claim(wa, customer_name="=HYPERLINK(\"x\")")
    path = tmp_path / "claims.xlsx"
    assert claims_export.export_file(wa, path, lang="en") == 2
    sheet = openpyxl.load_workbook(path).active
    rows = list(sheet.values)
    assert rows[0][:4] == ("Claim No.", "State", "Repair date", "VIN")
    assert rows[1][1] == "Draft" and Decimal(str(rows[1][13])) == Decimal("60.10")
    assert rows[2][6].startswith("'=")                    # never a live formula
    assert claims_export.export_file(wa, tmp_path / "none.xlsx",
                                     Filters(states=(claim_states.APPROVED,))) == 0
    i18n.set_language("zh_CN")
    claims_export.export_file(wa, path)
    assert openpyxl.load_workbook(path).active["B2"].value == "草稿"


def test_claims_export_shows_the_model_each_claim_was_made_with(admin, tmp_path):
    from partsdesk.services import vehicles
    from partsdesk.services.vehicles import VehicleData
    from tests.factories import VIN
    make_codes(admin)
    wa = make_user(admin, "wa", "warranty_admin")
    make_claim(wa, model_code="SED20")
    make_claim(wa, model_code="SUV30")                  # the same VIN, another model
    vehicles.change_vehicle(wa, VIN, VehicleData(VIN, "SUV30"), "Registration papers")
    path = tmp_path / "claims.xlsx"
    claims_export.export_file(wa, path, lang="en")
    rows = list(openpyxl.load_workbook(path).active.values)
    assert rows[0][4] == "Vehicle model"
    assert [row[4] for row in rows[1:]] == ["SED20", "SUV30"]


def test_the_command_line_imports_codes_and_exports_codes_and_claims(admin, db_path, tmp_path,
                                                                    monkeypatch, capsys):
    from partsdesk import cli
    make_codes(admin)
    make_claim(make_user(admin, "wa", "warranty_admin"))
    monkeypatch.setenv("PARTSDESK_PASSWORD", "admin-pass")
    codes_file, claims_file = tmp_path / "codes.xlsx", tmp_path / "claims.xlsx"
    assert cli.main(["export", "codes", str(codes_file), "--db", db_path]) == 0
    assert cli.main(["import", "codes", str(codes_file), "--db", db_path]) == 0
    assert "8 rows imported (0 new, 8 updated)" in capsys.readouterr().out
    assert cli.main(["export", "claims", str(claims_file), "--db", db_path]) == 0
    assert "1 rows exported" in capsys.readouterr().out
    bad = make_workbook(tmp_path / "bad.xlsx",
                        {"Fault codes": [["Fault code", "Fault"], ["F 1", "x"]]})
    assert cli.main(["import", "codes", str(bad), "--db", db_path]) == 1
    assert "Row 2" in capsys.readouterr().err


def test_a_parts_clerk_cannot_export_the_claims_customers(admin, tmp_path):
    from partsdesk.services.errors import PermissionDenied
    make_codes(admin)
    make_claim(make_user(admin, "wa", "warranty_admin"))
    clerk = make_user(admin, "pc", "parts_clerk")
    with pytest.raises(PermissionDenied, match="read warranty claims|claims"):
        claims_export.export_file(clerk, tmp_path / "claims.xlsx")
    assert not (tmp_path / "claims.xlsx").exists()
