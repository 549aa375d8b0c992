"""The quality analysis written to Excel and from the command line, read back with openpyxl:
the Data sheet's figures and formats, and the native charts with the cells they read."""

import zipfile
from decimal import Decimal

import openpyxl
import pytest

from partsdesk import cli
from partsdesk.services.errors import PermissionDenied
from partsdesk.spreadsheets import quality as quality_sheets
from tests.factories import FILTER, PADS, PASSWORD, PUMP

D = Decimal


def test_data_sheet_has_one_row_per_group_with_numbers_and_formats(quality_claims, tmp_path):
    target = tmp_path / "quality.xlsx"
    desk_user = quality_claims["A"].created_by
    assert quality_sheets.export_file(desk_user, target, "part", lang="en") == 3
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Data", "Total claimed", "Pareto"]
    data = book["Data"]
    rows = list(data.iter_rows(values_only=True))
    assert rows[0] == ("Code", "Name", "Claims", "Part lines", "Parts cost", "Labour cost",
                       "Total claimed", "Charge-backs", "Settled")
    assert rows[1:] == [
        (FILTER, f"{FILTER} · Oil filter", 2, 2, 115.5, 120, 1515.5, 86.3, 470.7),
        (PADS, f"{PADS} · Brake pads", 2, 2, 840, 120, 1052, 86.3, 470.7),
        (PUMP, f"{PUMP} · Water pump", 1, 1, 860, 60, 958.5, 0, 0)]
    assert data.freeze_panes == "A2"
    assert data["C2"].number_format == "#,##0" and data["G2"].number_format == "#,##0.00"
    pareto = list(book["Pareto"].iter_rows(values_only=True))
    assert [(r[0], r[2], round(r[3], 4)) for r in pareto[1:]] == [
        (FILTER, 1515.5, 0.7538), (PADS, 1052, 1.2771), (PUMP, 958.5, 1.7538)]
    assert book["Pareto"]["D2"].number_format == "0.0%"


def _chart_xml(path):
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()
                if name.startswith("xl/charts/chart")}


def test_charts_are_native_and_read_the_data_cells(quality_claims, tmp_path):
    target = tmp_path / "quality.xlsx"
    quality_sheets.export_file(quality_claims["A"].created_by, target, "fault", lang="en")
    book = openpyxl.load_workbook(target)
    (bar,) = book["Total claimed"]._charts
    assert type(bar).__name__ == "BarChart"
    assert [(s.val.numRef.f, s.cat.numRef.f) for s in bar.series] == [
        ("'Data'!$G$2:$G$3", "'Data'!$B$2:$B$3")]
    (pareto,) = book["Pareto"]._charts
    assert [s.val.numRef.f for s in pareto.series] == ["'Pareto'!$C$2:$C$3"]
    # openpyxl reads back only the first chart type of a combination: the line is in the XML
    charts = _chart_xml(target)
    assert sorted(charts) == ["xl/charts/chart1.xml", "xl/charts/chart2.xml"]
    assert "<barChart>" in charts["xl/charts/chart1.xml"]
    assert "<lineChart>" not in charts["xl/charts/chart1.xml"]
    combined = charts["xl/charts/chart2.xml"]
    assert "<barChart>" in combined and "<lineChart>" in combined
    line = combined[combined.index("<lineChart>"):combined.index("</lineChart>")]
    assert "'Pareto'!$D$2:$D$3" in line and '<axId val="200" />' in line   # its own axis


def test_chinese_workbook_calls_its_data_sheet_shuju(quality_claims, tmp_path):
    target = tmp_path / "quality-zh.xlsx"
    quality_sheets.export_file(quality_claims["A"].created_by, target, "part", top=1, lang="zh_CN")
    book = openpyxl.load_workbook(target)
    assert book.sheetnames[0] == "数据"
    rows = list(book["数据"].iter_rows(values_only=True))
    assert rows[0][:3] == ("代码", "名称", "索赔数")
    assert rows[1][:3] == (FILTER, f"{FILTER} · 机油滤清器", 2)
    assert rows[2][:3] == (None, "其他", 3) and rows[2][6] == 2010.5   # the rest summed
    assert book["索赔总额"]._charts[0].series[0].val.numRef.f == "'数据'!$G$2:$G$3"


def test_a_settlement_clerk_may_not_export_the_quality_analysis(quality_claims, tmp_path, admin):
    from partsdesk.services import users
    target = tmp_path / "quality.xlsx"
    with pytest.raises(PermissionDenied, match="quality analysis"):
        quality_sheets.export_file(users.get("sc"), target, "part")
    assert not target.exists()


def test_export_quality_from_the_command_line(quality_claims, tmp_path, db_path, monkeypatch,
                                              capsys):
    monkeypatch.setenv("PARTSDESK_PASSWORD", PASSWORD)
    target = tmp_path / "by-model.xlsx"
    assert cli.main(["export", "quality", str(target), "--by", "fault", "--then", "part",
                     "--from", "2026-08-01", "--to", "2026-08-31", "--model", "SED20",
                     "--db", str(db_path), "--user", "wa"]) == 0
    assert "3 rows exported" in capsys.readouterr().out
    rows = list(openpyxl.load_workbook(target).worksheets[0].iter_rows(values_only=True))
    assert [(r[0], r[2], r[4]) for r in rows[1:]] == [
        (f"F101 / {FILTER}", 2, 115.5), (f"F101 / {PUMP}", 1, 860), (f"F101 / {PADS}", 1, 420)]
    top = tmp_path / "top.xlsx"
    assert cli.main(["export", "quality", str(top), "--by", "part", "--top", "2",
                     "--db", str(db_path), "--user", "wa"]) == 0
    assert openpyxl.load_workbook(top).worksheets[0].max_row == 4    # header, 2, the rest
    refused = tmp_path / "refused.xlsx"
    assert cli.main(["export", "quality", str(refused), "--by", "part",
                     "--db", str(db_path), "--user", "sc"]) != 0
    assert "may not read the quality analysis" in capsys.readouterr().err
    assert not refused.exists()


def test_export_the_months_in_service_matrix_from_the_command_line(quality_claims, tmp_path,
                                                                  db_path, monkeypatch, capsys):
    monkeypatch.setenv("PARTSDESK_PASSWORD", PASSWORD)
    target = tmp_path / "mis.xlsx"
    assert cli.main(["export", "quality", str(target), "--by", "mis", "--db", str(db_path),
                     "--user", "wa"]) == 0
    assert "3 rows exported" in capsys.readouterr().out
    sheet = openpyxl.load_workbook(target)["Months in service"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Warranty start",) + tuple(range(0, 11))
    # A: warranty 2026-01, 6 months; B: 2026-02, 6 months; C: 2025-12, 10 months
    assert rows[1] == ("2025-12",) + (0,) * 10 + (1,)
    assert rows[2] == ("2026-01",) + (0,) * 6 + (1,) + (0,) * 4
    assert rows[3] == ("2026-02",) + (0,) * 6 + (1,) + (0,) * 4
    assert sheet.freeze_panes == "B2"
    assert [str(r.sqref) for r in sheet.conditional_formatting] == ["B2:L4"]
    assert cli.main(["export", "quality", str(target), "--by", "mis", "--top", "2",
                     "--db", str(db_path), "--user", "wa"]) != 0
    assert "--then or --top" in capsys.readouterr().err
    refused = tmp_path / "refused.xlsx"
    assert cli.main(["export", "quality", str(refused), "--by", "mis", "--db", str(db_path),
                     "--user", "sc"]) != 0
    assert "may not read the quality analysis" in capsys.readouterr().err
    assert not refused.exists()
