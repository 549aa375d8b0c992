"""Labels: every layout prints barcodes that decode back to the code, where the clerk expects."""

import pytest
from pypdf import PdfReader

from partsdesk.documents import barcodes, labels, pdf
from partsdesk.documents.labels import LAYOUTS, LocationLabel, PartLabel
from partsdesk.services.locations import LABEL_PREFIX, normalise_code
from tests.documents.reading import decode_slots
from tests.factories import make_part

NAMES = [("Oil filter, Corolla 1.6", "机油滤清器 卡罗拉1.6"), ("Front brake pads", "前刹车片 速腾"),
         ("Spark plug", "火花塞"), ("Timing belt kit", "正时皮带套件"), ("Cabin air filter", "空调滤芯")]


def part_items(count):
    return [PartLabel(f"04152-{n:05d}", *NAMES[n % len(NAMES)], bin=f"A-{n % 20 + 1:02d}-01")
            for n in range(count)]


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_part_labels_of_every_layout_scan_back_to_their_part_numbers(name):
    layout = LAYOUTS[name]
    items = part_items(layout.per_page + 1)             # spills onto a second page
    pages = decode_slots(labels.render_part_labels(items, layout), layout)
    decoded = [text for page in pages for text in page if text is not None]
    assert decoded == [item.part_no for item in items]


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_bin_labels_of_every_layout_scan_as_locations(name):
    layout = LAYOUTS[name]
    codes = [LocationLabel(f"B-{n:02d}-03", "bin") for n in range(1, layout.per_page + 2)]
    pages = decode_slots(labels.render_location_labels(codes, layout), layout)
    decoded = [text for page in pages for text in page if text is not None]
    assert decoded == [LABEL_PREFIX + c.code for c in codes]
    assert {normalise_code(text) for text in decoded} == {c.code for c in codes}


def test_a_partly_used_sheet_starts_at_the_chosen_position():
    layout = LAYOUTS["a4-3x8"]
    items = part_items(3)
    pages = decode_slots(labels.render_part_labels(items, layout, start=5), layout)
    assert pages == [[None] * 4 + [i.part_no for i in items] + [None] * 17]


def test_copies_print_side_by_side_and_continue_on_the_next_sheet():
    layout = LAYOUTS["a4-2x7"]
    items = part_items(2)
    pages = decode_slots(labels.render_part_labels(items, layout, start=13, copies=3), layout)
    first, second = items[0].part_no, items[1].part_no
    assert pages[0][12:] == [first, first]
    assert pages[1][:4] == [first, second, second, second]


def test_a_start_position_beyond_the_sheet_is_refused():
    with pytest.raises(labels.ValidationError, match="use 1 to 24"):
        labels.render_part_labels(part_items(1), "a4-3x8", start=25)


def test_an_unknown_layout_names_the_ones_there_are():
    with pytest.raises(labels.ValidationError, match="roll-50x30"):
        labels.get_layout("a4-9x9")


def test_chinese_names_are_text_in_the_pdf_in_the_embedded_font(tmp_path):
    out = tmp_path / "labels.pdf"
    labels.render_part_labels(part_items(5), "roll-60x40", output=out)
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "机油滤清器 卡罗拉1.6" in text and "正时皮带套件" in text
    fonts = [font.get_object() for font in reader.pages[0]["/Resources"]["/Font"].values()]
    cjk = [f for f in fonts if "WenQuanYi" in f["/BaseFont"]]
    assert cjk and "/FontFile2" in cjk[0]["/FontDescriptor"].get_object()


def test_labels_print_catalogue_parts_from_the_database(admin):
    part = make_part(admin, "1K0 698 151 A", "Front brake pads", name_zh="前刹车片")
    layout = LAYOUTS["a4-3x10"]
    pages = decode_slots(labels.render_part_labels([part], layout), layout)
    assert pages[0][0] == "1K0 698 151 A"


def test_markup_like_text_prints_as_typed():
    item = PartLabel("P-1", 'Seal <b>big</b> & "O" ring', "密封圈 <i>")
    text = PdfReader(__import__("io").BytesIO(labels.render_part_labels([item], "roll-100x50"))
                     ).pages[0].extract_text()
    assert 'Seal <b>big</b> & "O" ring' in text and "密封圈 <i>" in text


def test_escaped_database_text_survives_paragraph_markup(tmp_path):
    from reportlab.platypus import Paragraph, SimpleDocTemplate
    typed = 'Gasket <b>head</b> & "cover" \'set\' 缸盖垫 > 1'
    out = tmp_path / "p.pdf"
    SimpleDocTemplate(str(out)).build([Paragraph(pdf.escape(typed), pdf.styles()["body"])])
    assert typed in PdfReader(out).pages[0].extract_text()


def test_a_code_too_long_for_the_label_is_refused_with_the_sizes():
    with pytest.raises(barcodes.BarcodeTooWide, match="needs .* mm but the label has 48 mm"):
        labels.render_part_labels([PartLabel("ABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456789")],
                                  "roll-50x30")


def test_codes_with_characters_code_128_cannot_carry_are_refused():
    with pytest.raises(barcodes.BarcodeNotEncodable):
        barcodes.fit("配件-1", 200)


def test_bars_are_whole_printer_dots_and_keep_their_quiet_zones():
    for dpi in (203, 300):
        symbol = barcodes.fit("04152-YZZA1", 60 * 72 / 25.4, dpi)
        dots = symbol.module / barcodes.dot(dpi)
        assert abs(dots - round(dots)) < 1e-9 and dots >= 1
        assert symbol.width <= 60 * 72 / 25.4
        assert symbol.width == (len(symbol.pattern) + 2 * barcodes.QUIET_MODULES) * symbol.module


def test_printed_documents_are_archived_with_their_hash(home):
    path, digest = pdf.archive(b"%PDF-1.4 test", "voucher", "WC-2026-000123")
    assert path.is_relative_to(home / "documents" / "voucher")
    assert path.read_bytes() == b"%PDF-1.4 test" and pdf.sha256_of(path) == digest
    again, _ = pdf.archive(b"%PDF-1.4 test", "voucher", "WC-2026-000123")
    assert again != path and path.exists()


def test_partsdesk_print_labels_writes_scannable_part_labels(admin, db_path, tmp_path, capsys):
    from partsdesk.cli import main
    make_part(admin, "04152-YZZA1", "Oil filter", name_zh="机油滤清器")
    make_part(admin, "90919-01253", "Spark plug", name_zh="火花塞")
    out = tmp_path / "parts.pdf"
    code = main(["print", "labels", "--db", db_path, "--parts", "04152-yzza1, 90919-01253",
                 "--layout", "a4-3x8", "--start", "23", "--copies", "2", "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    assert "4 labels on 2 page(s)" in capsys.readouterr().out
    pages = decode_slots(out.read_bytes(), LAYOUTS["a4-3x8"])
    assert pages[0][22:] == ["04152-YZZA1"] * 2
    assert pages[1][:3] == ["90919-01253", "90919-01253", None]


def test_partsdesk_print_labels_writes_bin_labels(admin, db_path, tmp_path, capsys):
    from partsdesk.cli import main
    from tests.factories import make_location
    make_location(admin, "A-01-01")
    make_location(admin, "DEF-01", "defective")
    out = tmp_path / "bins.pdf"
    assert main(["print", "labels", "--db", db_path, "--locations", "A-01-01,DEF-01",
                 "--layout", "roll-60x40", "-o", str(out)]) == 0
    pages = decode_slots(out.read_bytes(), LAYOUTS["roll-60x40"])
    assert pages == [["L:A-01-01"], ["L:DEF-01"]]


def test_partsdesk_print_labels_names_an_unknown_part_in_one_line(admin, db_path, tmp_path,
                                                                   capsys):
    from partsdesk.cli import main
    out = tmp_path / "none.pdf"
    assert main(["print", "labels", "--db", db_path, "--parts", "NOPE-1", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "NOPE-1" in err and not out.exists()


def test_partsdesk_print_layouts_lists_every_layout(capsys):
    from partsdesk.cli import main
    assert main(["print", "layouts"]) == 0
    out = capsys.readouterr().out
    assert [line.split()[0] for line in out.splitlines()] == list(LAYOUTS)


def test_a_batch_is_checked_against_the_label_width_before_it_is_rendered():
    labels.check_fits(["04152-YZZA1", "1K0 698 151 A"], LAYOUTS["roll-50x30"])
    labels.check_fits(["A-01-01"], LAYOUTS["roll-50x30"], locations=True)
    with pytest.raises(barcodes.BarcodeTooWide, match="WIDE-PART-NUMBER-ABCDEFGHIJKLMNOPQRSTUV"):
        labels.check_fits(["P-1", "WIDE-PART-NUMBER-ABCDEFGHIJKLMNOPQRSTUV"], LAYOUTS["a4-3x8"])


def test_partsdesk_print_labels_for_a_receipt_gives_a_label_per_piece_or_per_line(
        admin, db_path, tmp_path, capsys):
    from partsdesk.cli import main
    from partsdesk.services import receiving
    from tests.factories import make_receipt
    make_part(admin, "04152-YZZA1", "Oil filter", name_zh="机油滤清器")
    make_part(admin, "90919-01253", "Spark plug", name_zh="火花塞")
    receipt = make_receipt(admin, {"04152-YZZA1": 3, "90919-01253": 4})
    for code in ("04152-YZZA1", "04152-YZZA1", "90919-01253"):
        receiving.scan(admin, receipt.number, code)
    per_piece, per_line = tmp_path / "pieces.pdf", tmp_path / "lines.pdf"
    assert main(["print", "labels", "--db", db_path, "--receipt", receipt.number,
                 "--layout", "a4-3x8", "-o", str(per_piece)]) == 0
    assert main(["print", "labels", "--db", db_path, "--receipt", receipt.number, "--per-line",
                 "--layout", "a4-3x8", "-o", str(per_line)]) == 0
    assert decode_slots(per_piece.read_bytes(), LAYOUTS["a4-3x8"])[0][:4] == \
        ["04152-YZZA1", "04152-YZZA1", "90919-01253", None]
    assert decode_slots(per_line.read_bytes(), LAYOUTS["a4-3x8"])[0][:3] == \
        ["04152-YZZA1", "90919-01253", None]
