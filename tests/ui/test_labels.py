"""The label dialog: stock, start position on a partly used sheet, copies, preview, print, save."""

import pypdfium2
import pytest
import zxingcpp
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from partsdesk.documents.labels import LAYOUTS, LocationLabel, PartLabel
from partsdesk.settings import LocalSettings
from partsdesk.ui.label_dialog import LabelDialog
from partsdesk.ui.pdf_preview import PdfPreview

ITEMS = [(PartLabel("04152-YZZA1", "Oil filter element", "机油滤芯", "A-01-02"), 3),
         (PartLabel("04465-02220", "Brake pad set, front", "前刹车片"), 1)]


def open_dialog(qtbot, items=ITEMS, kind="part") -> LabelDialog:
    dialog = LabelDialog(items, kind)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def decoded(data: bytes, layout) -> list[list]:
    """The code printed at each label position, page by page (None where blank)."""
    pages = []
    for page in pypdfium2.PdfDocument(data):
        image = page.render(scale=300 / 72).to_pil()
        slots = []
        for slot in range(layout.per_page):
            x, y = layout.origin(slot)
            w, h = layout.label_width * 72 / 25.4, layout.label_height * 72 / 25.4
            px = lambda pt: round(pt * 300 / 72)    # noqa: E731
            crop = image.crop((px(x), image.height - px(y + h), px(x + w), image.height - px(y)))
            found = zxingcpp.read_barcodes(crop)
            slots.append(found[0].text if found else None)
        pages.append(slots)
    return pages


def test_a_click_on_the_sheet_map_starts_the_labels_there(qtbot, tmp_path):
    dialog = open_dialog(qtbot)
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("a4-3x8"))
    qtbot.mouseClick(dialog.sheet_map, Qt.LeftButton, pos=dialog.sheet_map.click_position(5))
    assert dialog.start_box.value() == 5
    dialog.per_piece.setChecked(True)
    data = dialog.render_now()
    assert "4 labels on 1 sheet, starting at label 5" in dialog.summary.text()
    slots = decoded(data, LAYOUTS["a4-3x8"])[0]
    assert slots[:8] == [None] * 4 + ["04152-YZZA1"] * 3 + ["04465-02220"]
    saved = dialog.preview.save_to(str(tmp_path / "labels"))
    assert saved.read_bytes() == data and saved.suffix == ".pdf"


def test_copies_spill_onto_a_second_sheet(qtbot):
    dialog = open_dialog(qtbot)
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("a4-2x7"))
    dialog.start_box.setValue(13)
    dialog.copies_box.setValue(2)
    data = dialog.render_now()
    assert dialog.preview.page_count() == 2
    pages = decoded(data, LAYOUTS["a4-2x7"])
    assert pages[0][12:] == ["04152-YZZA1"] * 2
    assert pages[1][:2] == ["04465-02220"] * 2


@pytest.mark.parametrize("name", ["roll-50x30", "roll-100x50"])
def test_a_roll_prints_one_label_per_page_and_has_no_start_position(qtbot, name):
    dialog = open_dialog(qtbot)
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData(name))
    assert dialog.start_box.isHidden() and dialog.sheet_map.isHidden()
    dialog.per_piece.setChecked(True)
    data = dialog.render_now()
    assert dialog.preview.page_count() == 4
    assert [page[0] for page in decoded(data, LAYOUTS[name])] == \
        ["04152-YZZA1"] * 3 + ["04465-02220"]
    assert LocalSettings.load().label_layout == name      # remembered on this PC


def test_bin_labels_scan_as_locations(qtbot):
    dialog = open_dialog(qtbot, [(LocationLabel("A-01-02", "bin"), 1),
                                 (LocationLabel("B-12-01", "bin"), 1)], kind="location")
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("avery-l7160"))
    data = dialog.render_now()
    assert decoded(data, LAYOUTS["avery-l7160"])[0][:2] == ["L:A-01-02", "L:B-12-01"]


def test_printing_sends_every_page_at_its_own_size(qtbot, tmp_path):
    dialog = open_dialog(qtbot)
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("roll-60x40"))
    dialog.render_now()
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(dialog.preview.printed) as printed:
        dialog.preview.print_to(printer)
    assert printed.args == [2]
    pages = PdfReader(str(tmp_path / "printed.pdf")).pages
    assert len(pages) == 2
    width, height = (float(v) for v in pages[0].mediabox.upper_right)
    assert round(width / 72 * 25.4) == 60 and round(height / 72 * 25.4) == 40


def test_the_preview_zooms_and_fits_the_width(qtbot):
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.resize(800, 600)
    preview.show()
    dialog = open_dialog(qtbot)
    preview.set_pdf(dialog.render_now(), "labels")
    assert preview.info.text() == "1 page"
    preview.zoom_in.click()
    assert preview.zoom is not None
    preview.fit_button.click()
    assert preview.zoom is None
    assert preview.print_button.isEnabled()
