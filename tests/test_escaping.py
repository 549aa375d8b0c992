"""Text from the database that looks like markup or a formula is shown as typed: in the PDFs
(labels, discrepancy report, count sheet), as inert text in every Excel export, and literally in
the tables and panels of the window."""

import io

import openpyxl
import pytest
from pypdf import PdfReader

from partsdesk.documents import count_sheet, discrepancy_report, labels
from partsdesk.services import counting, receiving
from partsdesk.services.codes import CodeData
from partsdesk.spreadsheets import catalog as sheets
from partsdesk.spreadsheets import claims_export, stock_export
from partsdesk.spreadsheets import codes as code_sheets
from tests.factories import make_claim, make_codes, make_location, make_part, make_receipt, \
    make_stock, make_user

MARKUP = '<b>Seal</b> & "O" \'ring\' > 2'
FORMULA = "=cmd|' /C calc'!A0"
OTHER_FORMULAS = ['=HYPERLINK("http://x","click")', "+86 10", "-5V relay", "@SUM(A1)"]


def squeezed(text: str) -> str:
    """Without whitespace: table cells wrap long text wherever they like."""
    return "".join(text.split())


def pdf_text(data: bytes) -> str:
    return squeezed(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages))


@pytest.fixture
def world(clerk, admin):
    """A part named like markup, one named like a formula, both in a bin and on a receipt."""
    make_part(clerk, "P-1", name=MARKUP, name_zh="密封圈 <i>&amp;")
    make_part(clerk, "P-2", name=FORMULA, name_zh=OTHER_FORMULAS[0])
    for i, name in enumerate(OTHER_FORMULAS[1:], start=3):
        make_part(clerk, f"P-{i}", name=name)
    make_location(clerk, "A-01", description=MARKUP)
    make_location(clerk, "QUARANTINE", "defective")
    for part_no in ("P-1", "P-2"):
        make_stock(clerk, part_no, "A-01", 3)
    receipt = make_receipt(clerk, {"P-1": 2, "P-2": 1}, source=MARKUP)
    receiving.scan(clerk, receipt.number, "P-1")
    receiving.scan(clerk, receipt.number, "<X&Y>")          # an unknown code, as scanned
    return receipt.number


# --- PDFs ----------------------------------------------------------------------------------

def test_labels_print_database_text_as_typed(world):
    from partsdesk.services.catalog import get_part
    text = pdf_text(labels.render_part_labels([get_part("P-1"), get_part("P-2")],
                                              "roll-100x50"))
    for typed in (MARKUP, "密封圈 <i>&amp;", FORMULA):
        assert squeezed(typed) in text, typed


def test_the_discrepancy_report_prints_database_text_as_typed(world):
    text = pdf_text(discrepancy_report.render(world))
    for typed in (MARKUP, FORMULA, "<X&Y>"):
        assert squeezed(typed) in text, typed


def test_the_count_sheet_prints_database_text_as_typed(world, clerk):
    number = counting.create_count(clerk, ["A-01"]).number
    text = pdf_text(count_sheet.render(number))
    for typed in (MARKUP, "密封圈 <i>&amp;", FORMULA, OTHER_FORMULAS[0]):
        assert squeezed(typed) in text, typed


# --- Excel ---------------------------------------------------------------------------------

def _cells(path) -> list:
    book = openpyxl.load_workbook(path)
    return [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]


def assert_inert(path, *typed):
    """No formula anywhere, and each typed text is there (formula-like text after a ')."""
    cells = _cells(path)
    assert [c.coordinate for c in cells if c.data_type == "f"] == [], path.name
    texts = {c.value for c in cells if isinstance(c.value, str)}
    for text in typed:
        shown = "'" + text if text.startswith(("=", "+", "-", "@")) else text
        assert shown in texts, (path.name, text)


def test_every_stock_export_writes_formula_like_text_as_text(world, clerk, tmp_path):
    stock_export.write_stock_by_part(tmp_path / "by-part.xlsx")
    assert_inert(tmp_path / "by-part.xlsx", MARKUP, FORMULA)
    stock_export.write_stock_by_location(tmp_path / "by-location.xlsx")
    assert_inert(tmp_path / "by-location.xlsx", MARKUP, FORMULA)
    stock_export.write_discrepancies(world, tmp_path / "discrepancies.xlsx")
    assert_inert(tmp_path / "discrepancies.xlsx", MARKUP, FORMULA, "<X&Y>")
    number = counting.create_count(clerk, ["A-01"]).number
    stock_export.write_count_sheet(number, tmp_path / "count.xlsx")
    assert_inert(tmp_path / "count.xlsx", MARKUP, FORMULA, OTHER_FORMULAS[0])


def test_catalogue_and_location_exports_write_formula_like_text_as_text(world, tmp_path):
    sheets.export_file("parts", tmp_path / "parts.xlsx")
    assert_inert(tmp_path / "parts.xlsx", MARKUP, FORMULA, *OTHER_FORMULAS)
    sheets.export_file("locations", tmp_path / "locations.xlsx")
    assert_inert(tmp_path / "locations.xlsx", MARKUP)


def test_code_tables_and_claims_export_formula_like_text_as_text(admin, tmp_path):
    from partsdesk.services import codes
    make_codes(admin)
    codes.save_code(admin, "fault_codes", CodeData("F-EVIL", FORMULA))
    codes.save_code(admin, "cause_codes", CodeData("C-EVIL", MARKUP))
    code_sheets.export_file(tmp_path / "codes.xlsx")
    assert_inert(tmp_path / "codes.xlsx", FORMULA, MARKUP)
    imported = code_sheets.read_file(tmp_path / "codes.xlsx")        # and back, as typed
    assert FORMULA in {c.description for c in imported["fault_codes"]}

    wa = make_user(admin, "wa", "warranty_admin")
    make_claim(wa, customer_name=OTHER_FORMULAS[0], description=FORMULA)
    claims_export.export_file(wa, tmp_path / "claims.xlsx")
    assert_inert(tmp_path / "claims.xlsx", OTHER_FORMULAS[0], FORMULA)


# --- the window ----------------------------------------------------------------------------

def shown(label) -> str:
    """What a QLabel shows, as Qt decides it: markup rendered, or the text as it is."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextDocument
    text, format_ = label.text(), label.textFormat()
    if format_ == Qt.RichText or (format_ == Qt.AutoText and Qt.mightBeRichText(text)):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def test_the_catalogue_shows_database_text_literally(qtbot, world, clerk):
    from PySide6.QtCore import Qt

    from partsdesk.ui.pages.catalog import CatalogPage
    page = CatalogPage(clerk)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2)
    shown = {page.model.index(row, column).data(Qt.DisplayRole)
             for row in range(page.model.rowCount()) for column in range(2)}
    assert MARKUP in shown and FORMULA in shown          # a table view draws plain text


@pytest.mark.parametrize("name, category", [(MARKUP, "A&B"), ("Nut & bolt", "<GASKETS>")])
def test_the_part_panel_shows_names_and_values_literally(qtbot, clerk, name, category):
    from partsdesk.services.catalog import get_part
    from partsdesk.ui.pages.catalog import CatalogPage
    make_part(clerk, "P-9", name=name, category=category)
    page = CatalogPage(clerk)
    qtbot.addWidget(page)
    page.details.show_part(get_part("P-9"))
    assert shown(page.details.names) == name
    assert shown(page.details.values["category"]) == category


def test_the_supersede_dialog_names_the_new_part_literally(qtbot, world, clerk):
    from partsdesk.services.catalog import get_part
    from partsdesk.ui.part_dialog import SupersedeDialog
    dialog = SupersedeDialog(clerk, get_part("P-3"))
    qtbot.addWidget(dialog)
    dialog.new_part_no.setText("P-1")
    assert shown(dialog.found) == f"P-1 — {MARKUP}"


def test_the_claim_view_shows_what_users_typed_literally(qtbot, admin):
    from partsdesk.services import claims, codes
    from partsdesk.ui.claims.view import ClaimView
    make_codes(admin)
    codes.save_code(admin, "fault_codes", CodeData("F-EVIL", MARKUP))
    codes.save_code(admin, "cause_codes", CodeData("C-EVIL", "<i>worn</i> & torn"))
    wa = make_user(admin, "wa", "warranty_admin", full_name="<u>Li</u> & Wang")
    claim = make_claim(wa, customer_name=MARKUP, description="<h1>Leak</h1> at <b>seal</b>",
                       fault_code="F-EVIL", cause_code="C-EVIL")
    claims.cancel(wa, claim.number, "<s>duplicate</s> of <i>WC-1</i>")
    view = ClaimView(wa)
    qtbot.addWidget(view)
    view.show_claim(claim.number)
    assert shown(view.values["customer"]) == f"{MARKUP} · 13800138000"
    assert shown(view.values["description"]) == "<h1>Leak</h1> at <b>seal</b>"
    assert shown(view.values["fault"]) == f"F-EVIL · {MARKUP}"
    assert shown(view.values["cause"]) == "C-EVIL · <i>worn</i> & torn"
    assert "<u>Li</u> & Wang" in shown(view.meta)
    assert shown(view.note).endswith("<s>duplicate</s> of <i>WC-1</i>")
