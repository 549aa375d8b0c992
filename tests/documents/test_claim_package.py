"""Claim packages (voucher + tags + issue slip), tags on labels, packing lists and statements:
pages in the right order, every barcode scans back, nothing recorded when a build stops."""

import io
from datetime import date

import openpyxl
import pytest
from pypdf import PdfReader

from partsdesk.cli import main
from partsdesk.db.models.settlement import VoucherPrint
from partsdesk.documents import claim_package, packing_list, statement, tags
from partsdesk.documents.labels import LAYOUTS
from partsdesk.services import batches, claim_states, return_shipments, returns, vouchers
from partsdesk.services.claims import PartLineData
from partsdesk.services.errors import Cancelled, Conflict, ValidationError
from partsdesk.spreadsheets import statement as statement_sheet
from tests.documents.reading import decode, decode_slots, flat, text_of
from tests.factories import FILTER, PADS, PASSWORD, PUMP, loop_vin, make_issued_claim


def pages_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def test_a_claim_package_has_the_voucher_its_tags_and_the_issue_slip(desk):
    claim = make_issued_claim(desk, PartLineData(FILTER), PartLineData(PUMP),
                              PartLineData(PADS))
    data = claim_package.build(desk["wa"], [claim.number], "en")
    pages = pages_text(data)
    assert len(pages) == 3
    assert "Warranty settlement voucher" in pages[0]
    tag_numbers = [t.number for t in returns.tags_of(claim)]
    assert all(number in pages[1] for number in tag_numbers)
    assert "Parts issue slip" in pages[2] and PADS in pages[2]
    assert decode(data) == [claim.number] + tag_numbers + [claim.number]
    assert [p.copy_number for p in vouchers.prints(claim)] == [0]
    assert claim_states.get_claim(claim.number).state == claim_states.REPAIRED


def test_a_batch_package_reports_progress_and_marks_reprints_as_copies(desk):
    first = make_issued_claim(desk, PartLineData(FILTER))
    second = make_issued_claim(desk, PartLineData(PADS), vin=loop_vin(2))
    claim_package.build(desk["wa"], [first.number], "en")
    seen = []
    data = claim_package.build(desk["wa"], [first.number, second.number.lower()], "zh_CN",
                               progress=lambda done, total: seen.append((done, total)))
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]
    pages = pages_text(data)
    assert len(pages) == 5           # voucher, tags, slip; voucher, slip (no part to return)
    assert "副本 1" in pages[0] and "正本" in pages[3]
    assert [p.copy_number for p in vouchers.prints(first)] == [0, 1]


def test_a_cancelled_package_build_records_no_print(desk):
    claim = make_issued_claim(desk, PartLineData(FILTER))

    def cancel(done, total):
        if done == 1:
            raise Cancelled("stop")
    with pytest.raises(Cancelled):
        claim_package.build(desk["wa"], [claim.number], progress=cancel)
    assert not VoucherPrint.select().exists()
    assert claim_states.get_claim(claim.number).state == claim_states.PARTS_ISSUED


def test_a_package_names_the_claim_that_cannot_be_printed(desk):
    from tests.factories import make_claim
    ready = make_issued_claim(desk, PartLineData(FILTER))
    draft = make_claim(desk["wa"], vin=loop_vin(5))
    with pytest.raises(Conflict, match=f"Claim {draft.number} is Draft"):
        claim_package.build(desk["wa"], [ready.number, draft.number])
    assert not VoucherPrint.select().exists()
    with pytest.raises(ValidationError, match="Name at least one claim for the package"):
        claim_package.build(desk["wa"], [])


@pytest.mark.parametrize("name", ["a4-2x7", "a4-3x8", "roll-100x50", "roll-60x40"])
def test_tags_scan_back_to_their_numbers_on_sheets_and_rolls(desk, name):
    claim = make_issued_claim(desk, PartLineData(FILTER), PartLineData(PUMP))
    found = returns.tags_of(claim)
    layout = LAYOUTS[name]
    for lang in ("en", "zh_CN"):
        pages = decode_slots(tags.render_tags(found, layout, lang=lang), layout)
        assert [t for page in pages for t in page if t] == [t.number for t in found]


def test_the_packing_list_lists_every_tag_and_its_barcode_opens_the_shipment(desk):
    claim = make_issued_claim(desk, PartLineData(FILTER), PartLineData(PUMP),
                              customer_name='王 <b>& "Sons"')
    shipment = return_shipments.create_shipment(desk["clerk"])
    for tag in returns.tags_of(claim):
        return_shipments.pack(desk["clerk"], shipment.number, tag.number)
    return_shipments.ship(desk["clerk"], shipment.number, "顺丰 <SF> & \"Express\"", "SF123")
    for lang in ("en", "zh_CN"):
        data = packing_list.render(shipment.number, lang)
        assert decode(data) == [shipment.number]
        text = text_of(data)
        assert all(t.number in text for t in returns.tags_of(claim))
        assert flat('顺丰 <SF> & "Express"') in flat(text)


def _paid_batch(desk):
    from tests.factories import ship_and_receive, sign
    claim = make_issued_claim(desk, PartLineData(FILTER), customer_name='=HYPERLINK("x") <b>')
    sign(desk, claim)
    ship_and_receive(desk, claim, {FILTER: (claim_states.NO_FAULT, 'Tight <ok> & "dry"')})
    other = make_issued_claim(desk, PartLineData(PADS), vin=loop_vin(7))
    sign(desk, other)
    batch = batches.create_batch(desk["sc"], claim_numbers=[claim.number, other.number])
    batches.submit_batch(desk["sc"], batch.number)
    expected = batches.get_batch(batch.number).expected_total
    batches.record_payment(desk["sc"], batch.number, expected - 10, date.today(), "TT-88",
                           {other.number: ("10", "Labour rate capped")})
    return batches.get_batch(batch.number), claim, other


def test_the_statement_pdf_and_excel_show_claims_differences_and_payment(desk, tmp_path):
    batch, claim, other = _paid_batch(desk)
    data = statement.render(batch.number, "zh_CN")
    assert decode(data) == [batch.number]
    text = text_of(data)
    assert claim.number in text and "TT-88" in text and "Labour rate capped" in text
    assert flat('Tight <ok> & "dry"') in flat(text)
    path = tmp_path / "statement.xlsx"
    assert statement_sheet.write(batch.number, path, "en") == 2
    book = openpyxl.load_workbook(path)
    rows = list(book.worksheets[0].iter_rows(min_row=6, values_only=True))
    customers = {row[0]: row[3] for row in rows if row[0] and row[0].startswith("WC-")}
    assert customers[claim.number] == "'=HYPERLINK(\"x\") <b>"
    assert rows[2][4].startswith("=SUM(")
    reasons = [row[4] for row in book.worksheets[1].iter_rows(min_row=2, values_only=True)]
    assert "Labour rate capped" in reasons


def test_partsdesk_print_voucher_and_package_from_the_command_line(desk, admin, db_path,
                                                                   tmp_path, monkeypatch,
                                                                   capsys):
    from partsdesk.db.connection import close_database, database
    claim = make_issued_claim(desk, PartLineData(FILTER))
    target = database.obj.database
    close_database()
    monkeypatch.setenv("PARTSDESK_PASSWORD", PASSWORD)
    out = tmp_path / "voucher.pdf"
    assert main(["print", "voucher", claim.number, "-o", str(out), "--db", target,
                 "--user", "wa", "--lang", "zh_CN"]) == 0, capsys.readouterr().err
    assert "正本" in text_of(out.read_bytes())
    package = tmp_path / "package.pdf"
    assert main(["print", "package", claim.number, "-o", str(package), "--db", target,
                 "--user", "wa"]) == 0, capsys.readouterr().err
    assert len(PdfReader(package).pages) == 3 and "COPY 1" in text_of(package.read_bytes())
    assert main(["print", "package", "WC-2099-999999", "-o", str(package), "--db", target,
                 "--user", "wa"]) == 1
    assert "WC-2099-999999" in capsys.readouterr().err
    assert main(["print", "voucher", claim.number, "-o", str(out), "--db", target,
                 "--user", "pc"]) == 1
    assert "may not print settlement vouchers" in capsys.readouterr().err


def test_a_package_printed_after_signing_marks_its_voucher_as_a_copy_of_a_signed_voucher(desk):
    claim = make_issued_claim(desk, PartLineData(FILTER))
    claim_package.build(desk["wa"], [claim.number], "en")
    vouchers.record_signed(desk["wa"], claim.number, date.today(), "Zhang Min")
    data = claim_package.build(desk["wa"], [claim.number], "en")
    voucher_page = flat(pages_text(data)[0])
    assert flat("COPY 1 of a signed voucher") in voucher_page
    assert flat(f"The signed original is the original printed on {date.today()}") in voucher_page
    original, copy = vouchers.prints(claim)
    assert not original.after_signing and copy.after_signing
    assert flat("COPY 1 of a signed voucher") in flat(text_of(vouchers.archived_voucher(
        copy.id)))
