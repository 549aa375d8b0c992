"""The quality analysis as a PDF report, read back: the figures of the fixed set of claims
(tests/services/test_quality.py) in the table, the charts, the months-in-service matrix and the
claims per 100 vehicles, in English and in Chinese, with the Chinese font embedded and no
pictures."""

import io
from datetime import date

import pytest
from pypdf import PdfReader

from partsdesk import cli
from partsdesk.documents import quality_report
from partsdesk.services import users
from partsdesk.services.errors import PermissionDenied
from partsdesk.services.quality import QualityFilters
from tests.factories import FILTER, PADS, PASSWORD, PUMP


def read(data: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(data))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def fonts(reader: PdfReader) -> set[str]:
    found = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            found.add(str(font.get_object()["/BaseFont"]))
    return found


def images(reader: PdfReader) -> int:
    count = 0
    for page in reader.pages:
        for thing in (page["/Resources"].get("/XObject") or {}).values():
            count += thing.get_object()["/Subtype"] == "/Image"
    return count


def test_the_report_prints_the_hand_computed_figures(quality_claims):
    reader, text = read(quality_report.render(users.get("sup"), "part", lang="en"))
    assert "Quality analysis: claims by Part" in text
    assert "Approved or later (not rejected or cancelled)" in text
    assert "3 claims, 2,010.50 claimed" in text
    for figures in (f"{FILTER} Oil filter 2 2 3 115.50 120.00 0.00 1,515.50 86.30 470.70 "
                    "757.75 75.4%",
                    f"{PADS} Brake pads 2 2 2 840.00 120.00 15.00 1,052.00 86.30 470.70 "
                    "526.00 52.3%",
                    f"{PUMP} Water pump 1 1 1 860.00 60.00 0.00 958.50 0.00 0.00 958.50 47.7%"):
        assert figures in " ".join(text.split())
    # the charts are drawn as vectors: their labels are text, nothing is a picture
    assert "Pareto of total claimed" in text and "Cumulative share" in text
    assert "2026-09" in text                    # the month without claims, in the trend
    assert images(reader) == 0
    # the matrix and the rates
    assert "Months-in-service matrix" in text and "2025-12" in text
    assert "SED20 · Sedan 2.0 4 2 50.00" in " ".join(text.split())
    assert "2026-01 3 1 33.33" in " ".join(text.split())
    assert "divided by the vehicles PartsDesk knows with a warranty start" in " ".join(
        text.split())


def test_the_report_reads_in_chinese_with_the_font_embedded(quality_claims):
    reader, text = read(quality_report.render(users.get("wa"), "fault", lang="zh_CN"))
    plain = " ".join(text.split())
    assert "质量分析：按故障代码统计索赔" in plain
    assert "3 张索赔单，索赔 2,010.50" in plain
    assert "F101 Oil leak 2 4 5 1,395.50" in plain
    assert "在保月数矩阵" in plain and "百车索赔数" in plain
    assert any("WenQuanYi" in name for name in fonts(reader))


def test_filters_and_a_cross_table_are_named(quality_claims):
    filters = QualityFilters(date_from=date(2026, 8, 1), date_to=date(2026, 8, 31),
                             model="SED20")
    _, text = read(quality_report.render(users.get("wa"), "fault", filters, then="part",
                                         top=2, lang="en"))
    plain = " ".join(text.split())
    assert "claims by Fault code, then Part" in plain
    assert "2026-08-01 – 2026-08-31" in plain and "SED20 · Sedan 2.0" in plain
    assert "the 2 largest groups, the rest summed" in plain
    assert f"F101 / {FILTER} Oil leak / Oil filter 2 2 3 115.50" in plain
    assert "Other 1 1 1 420.00" in plain                  # F101 / pads summed as the rest
    assert "Pareto of total claimed" not in plain        # no Pareto of a cross table


def test_no_claims_is_said_not_drawn(quality_claims):
    _, text = read(quality_report.render(users.get("wa"), "fault",
                                         QualityFilters(fault="F999"), lang="en"))
    assert "No claims for these filters." in text
    assert "No claims with a warranty start." in text


def test_a_settlement_clerk_may_not_print_it(quality_claims, tmp_path):
    target = tmp_path / "quality.pdf"
    with pytest.raises(PermissionDenied, match="quality analysis"):
        quality_report.write(users.get("sc"), target, "part")
    assert not target.exists()


def test_print_quality_from_the_command_line(quality_claims, tmp_path, db_path, monkeypatch,
                                             capsys):
    monkeypatch.setenv("PARTSDESK_PASSWORD", PASSWORD)
    target = tmp_path / "by-fault.pdf"
    assert cli.main(["print", "quality", "-o", str(target), "--by", "fault", "--then", "part",
                     "--from", "2026-08-01", "--to", "2026-10-31", "--model", "SED20",
                     "--top", "2", "--lang", "zh_CN", "--db", str(db_path),
                     "--user", "sup"]) == 0
    assert f"Quality analysis by fault written to {target}." in capsys.readouterr().out
    plain = " ".join(read(target.read_bytes())[1].split())
    assert "质量分析：按故障代码，再按配件统计索赔" in plain
    assert f"F101 / {FILTER} Oil leak / 机油滤清器 2 2 3 115.50" in plain
    assert "2026-08-01 – 2026-10-31" in plain and "最大的 2 组，其余合计" in plain

    refused = tmp_path / "refused.pdf"
    assert cli.main(["print", "quality", "-o", str(refused), "--by", "part",
                     "--db", str(db_path), "--user", "sc"]) != 0
    assert "may not read the quality analysis" in capsys.readouterr().err
    assert not refused.exists()
    assert cli.main(["print", "quality", "-o", str(refused), "--db", str(db_path),
                     "--user", "sup"]) != 0
    assert "--by" in capsys.readouterr().err
