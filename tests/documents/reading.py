"""Reading printed documents back as a person or a scanner would: their text, and their barcodes."""

import io

import pypdfium2
import zxingcpp
from pypdf import PdfReader

SCAN_DPI = 300


def text_of(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def flat(text: str) -> str:
    """Extracted text without the line breaks that wrapping put in."""
    return "".join(text.split())


def decode(data: bytes) -> list[str]:
    """Every Code 128 barcode of the document, page by page."""
    found = []
    for page in pypdfium2.PdfDocument(data):
        image = page.render(scale=300 / 72).to_pil()
        found += [b.text for b in zxingcpp.read_barcodes(
            image, formats=zxingcpp.BarcodeFormat.Code128)]
    return found


def decode_slots(data: bytes, layout):
    """The decoded text of each label position, page by page: [[text or None, ...], ...]."""
    document = pypdfium2.PdfDocument(data)
    pages = []
    for page in document:
        image = page.render(scale=SCAN_DPI / 72).to_pil()
        texts = []
        for slot in range(layout.per_page):
            x, y = layout.origin(slot)          # points, from the bottom left
            px = lambda pt: round(pt / 72 * SCAN_DPI)    # noqa: E731
            crop = image.crop((px(x), image.height - px(y + layout.label_height * 72 / 25.4),
                               px(x + layout.label_width * 72 / 25.4), image.height - px(y)))
            found = zxingcpp.read_barcodes(crop, formats=zxingcpp.BarcodeFormat.Code128)
            assert len(found) <= 1
            texts.append(found[0].text if found else None)
        pages.append(texts)
    return pages
