"""Code tables in the reader's language: every code has an English and a Chinese description (or
name), at least one of them; it is shown in the reader's language, else in the other one."""

import openpyxl
import pytest

from partsdesk import i18n
from partsdesk.services import codes
from partsdesk.services.codes import CodeData
from partsdesk.services.errors import ImportRejected, ValidationError
from partsdesk.spreadsheets import codes as code_sheets
from tests.factories import make_workbook

BACKENDS = ("sqlite", "postgres")


def test_a_code_keeps_both_descriptions_and_shows_the_one_of_the_readers_language(admin):
    codes.save_code(admin, "fault_codes", CodeData("F01", "Oil leak", description_zh="漏油"))
    fault = codes.get_code("fault_codes", "F01")
    assert (fault.description, fault.description_zh) == ("Oil leak", "漏油")
    assert codes.describe(fault, "en") == "Oil leak"
    assert codes.describe(fault, "zh_CN") == "漏油"
    assert codes.describe(fault) == "Oil leak"              # the program's language
    i18n.set_language("zh_CN")
    assert codes.describe(fault) == "漏油"
    assert codes.code_text(fault) == "F01 · 漏油"
    assert codes.code_text(None) == "—" and codes.describe(None) == ""


def test_vehicle_models_and_part_categories_have_an_english_and_a_chinese_name(admin):
    codes.save_code(admin, "vehicle_models", CodeData("CIV15T", "Civic 1.5T",
                                                      description_zh="思域 1.5T"))
    codes.save_code(admin, "part_categories", CodeData("BRAKE", "Brakes", description_zh="制动"))
    civic = codes.get_code("vehicle_models", "CIV15T")
    assert (civic.name, civic.name_zh) == ("Civic 1.5T", "思域 1.5T")
    assert codes.describe(codes.get_code("part_categories", "BRAKE"), "zh_CN") == "制动"


def test_one_description_is_enough_and_the_other_language_shows_it(admin):
    codes.save_code(admin, "cause_codes", CodeData("C01", "Seal defect"))
    codes.save_code(admin, "cause_codes", CodeData("C02", "", description_zh="材料缺陷"))
    english_only, chinese_only = (codes.get_code("cause_codes", c) for c in ("C01", "C02"))
    assert codes.describe(english_only, "zh_CN") == "Seal defect"
    assert codes.describe(chinese_only, "en") == "材料缺陷"


def test_a_lone_description_written_in_chinese_is_the_chinese_one(admin):
    codes.save_code(admin, "labour_operations", CodeData("02-210", "更换ABS轮速传感器",
                                                         standard_hours="0.9"))
    operation = codes.get_code("labour_operations", "02-210")
    assert (operation.description, operation.description_zh) == ("", "更换ABS轮速传感器")
    # given both, each stays where it was typed
    codes.save_code(admin, "labour_operations", CodeData(
        "02-210", "Replace ABS sensor (ABS传感器)", standard_hours="0.9",
        description_zh="更换ABS轮速传感器"))
    operation = codes.get_code("labour_operations", "02-210")
    assert operation.description == "Replace ABS sensor (ABS传感器)"


def test_a_code_without_any_description_is_refused_at_the_description(admin):
    with pytest.raises(ValidationError, match="give it in English, in Chinese or both") as err:
        codes.save_code(admin, "fault_codes", CodeData("F09", " ", description_zh="  "))
    assert err.value.field == "description"


def test_both_descriptions_go_out_to_excel_and_come_back(admin, tmp_path):
    codes.save_code(admin, "fault_codes", CodeData("F01", "Oil leak", description_zh="漏油"))
    codes.save_code(admin, "fault_codes", CodeData("F02", "", description_zh="异响"))
    codes.save_code(admin, "vehicle_models", CodeData("CIV15T", "Civic 1.5T",
                                                      description_zh="思域 1.5T"))
    path = tmp_path / "codes.xlsx"
    code_sheets.export_file(path, lang="en")
    book = openpyxl.load_workbook(path)
    assert [c.value for c in book["Fault codes"][1]] == [
        "Fault code", "English description", "Chinese description", "Active"]
    assert [c.value for c in book["Fault codes"][2]][:3] == ["F01", "Oil leak", "漏油"]
    assert [c.value for c in book["Vehicle models"][1]][:3] == [
        "Model code", "English name", "Chinese name"]
    assert [c.value for c in book["Vehicle models"][2]][:3] == ["CIV15T", "Civic 1.5T", "思域 1.5T"]
    zh_path = tmp_path / "codes-zh.xlsx"
    code_sheets.export_file(zh_path, lang="zh_CN")
    assert [c.value for c in openpyxl.load_workbook(zh_path)["故障代码"][1]][:3] == [
        "故障代码", "英文描述", "中文描述"]
    codes.save_code(admin, "fault_codes", CodeData("F01", "changed", description_zh="改了"))
    assert code_sheets.import_file(admin, zh_path)["updated"] == 3
    fault = codes.get_code("fault_codes", "F01")
    assert (fault.description, fault.description_zh) == ("Oil leak", "漏油")
    assert codes.get_code("fault_codes", "F02").description == ""


def test_a_manufacturers_file_with_chinese_headers_fills_both_columns(admin, tmp_path):
    path = make_workbook(tmp_path / "faults.xlsx", {
        "故障": [["故障代码", "英文描述", "中文描述"], ["F01", "Oil leak", "漏油"],
               ["F02", "", "异响"]],
        "原因": [["原因代码", "原因描述"], ["C01", "密封件失效"]],     # one column, as before
        "Labour operations": [["Operation code", "Operation", "Standard hours"],
                              ["01-010", "Replace oil filter", "0.5"]],
    })
    assert code_sheets.import_file(admin, path)["created"] == 4
    assert codes.describe(codes.get_code("fault_codes", "F01"), "zh_CN") == "漏油"
    assert codes.describe(codes.get_code("fault_codes", "F02"), "en") == "异响"
    cause = codes.get_code("cause_codes", "C01")
    assert (cause.description, cause.description_zh) == ("", "密封件失效")
    assert codes.get_code("labour_operations", "01-010").description == "Replace oil filter"


def test_a_row_without_either_description_or_with_a_too_long_one_is_reported(admin, tmp_path):
    path = make_workbook(tmp_path / "bad.xlsx", {
        "Fault codes": [["Fault code", "English description", "Chinese description"],
                        ["F01", "", ""], ["F02", "Noise", "异" * 201]],
    })
    with pytest.raises(ImportRejected) as err:
        code_sheets.import_file(admin, path)
    problems = err.value.problems
    assert any(p.startswith("Fault codes: Row 2, English description:") for p in problems)
    assert any(p.startswith("Fault codes: Row 3, Chinese description:") and "201" in p
               for p in problems)
    assert codes.list_codes("fault_codes") == []


def test_a_voucher_prints_the_codes_in_its_own_language(admin):
    from partsdesk.documents import voucher
    from tests.factories import make_claim, make_codes, make_user
    make_codes(admin)
    codes.save_code(admin, "fault_codes", CodeData("F101", "Oil leak", description_zh="漏油"))
    claim = make_claim(make_user(admin, "wa", "warranty_admin"))
    assert voucher._fault(claim, "zh_CN")._cellvalues[0][1].text == "F101 漏油"
    assert voucher._fault(claim, "en")._cellvalues[0][1].text == "F101 Oil leak"
