"""Preview, print and save any PDF that PartsDesk rendered: labels, reports, vouchers.

Every document is rendered once, to PDF, by reportlab; this widget shows those very bytes, prints
them through the system print dialog and saves them, so what is printed is what was previewed.

Pages are drawn to images by PDFium (``pypdfium2``): PySide6-Essentials has no QtPdf. Without
PDFium the widget says so and hands the file to the PC's PDF viewer instead. Printing renders each
page at the printer's own resolution (halved while above 400 dpi) onto the whole sheet with no
margins of Qt's, so label positions and barcode bars land where the PDF puts them.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QDialog, QFrame, QGraphicsDropShadowEffect, QHBoxLayout, QLabel,
                               QPushButton, QScrollArea, QToolButton, QVBoxLayout, QWidget)

from partsdesk.i18n import Translator
from partsdesk.ui import messages

tr = Translator("PdfPreview")

PREVIEW_PAGES = 30          # more pages are printed and saved, not drawn on screen
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
PDF_FILTER = tr.mark("PDF documents (*.pdf)")
PAPER = bytes(range(240, 256))      # grey levels that count as blank paper, not ink


def pdfium():
    """The PDFium binding, or None on a PC where it is not installed or its DLL will not load."""
    try:
        import pypdfium2
    except (ImportError, OSError):      # OSError: ctypes could not load pdfium.dll
        return None
    return pypdfium2


def can_render() -> bool:
    return pdfium() is not None


class PdfPages:
    """A loaded PDF: page sizes in points, and pages drawn to images at any resolution."""

    def __init__(self, data: bytes):
        self.data = data
        library = pdfium()
        self.document = library.PdfDocument(data) if library and data else None
        self.sizes = ([tuple(page.get_size()) for page in self.document]
                      if self.document is not None else [])

    def __len__(self) -> int:
        return len(self.sizes)

    def image(self, number: int, dpi: float) -> QImage:
        bitmap = self.document[number].render(scale=dpi / 72)
        fmt = {3: QImage.Format_BGR888, 4: QImage.Format_ARGB32}[bitmap.n_channels]
        image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, fmt)
        return image.copy()         # own the pixels: the bitmap's buffer goes away

    def close(self) -> None:
        if self.document is not None:
            self.document.close()
            self.document = None


def ink_share(image: QImage) -> float:
    """The share of an image's pixels darker than paper: 0.0 for a page that drew blank, 1.0
    for one that drew black. (The self-test checks a rendered label page with it.)"""
    gray = image.convertToFormat(QImage.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    pixels = bytes(gray.constBits())
    # Each row is padded to a multiple of 4 bytes; the padding is no pixel.
    rows = b"".join(pixels[y * stride:y * stride + width] for y in range(height))
    return len(rows.translate(None, PAPER)) / max(1, width * height)


def print_pages(pages: PdfPages, printer: QPrinter, first: int = 0, last: int | None = None
                ) -> int:
    """Paint pages ``first..last`` onto ``printer``, each on a sheet of its own size; returns
    the number of pages printed."""
    last = len(pages) - 1 if last is None else min(last, len(pages) - 1)
    dpi = printer.resolution()
    while dpi > 400:
        dpi /= 2
    printer.setFullPage(True)
    painter = None
    printed = 0
    try:
        for number in range(first, last + 1):
            width, height = pages.sizes[number]
            # Portrait keeps the page as the PDF has it: a 60 x 40 mm roll label stays 60
            # wide; "landscape" would make Qt send it turned.
            layout = QPageLayout(QPageSize(QSizeF(width, height), QPageSize.Point),
                                 QPageLayout.Portrait, QMarginsF(0, 0, 0, 0))
            if painter is None:
                printer.setPageLayout(layout)
                painter = QPainter()
                if not painter.begin(printer):
                    raise OSError(tr("The printer could not be started."))
            else:
                printer.setPageLayout(layout)
                printer.newPage()
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            painter.drawImage(target, pages.image(number, dpi))
            printed += 1
    finally:
        if painter is not None:
            painter.end()
    return printed


class PdfPreview(QWidget):
    """Pages of a PDF one below the other, zoom, and Print…, Save PDF…, Open in viewer.

    ``set_pdf(data, stem)`` shows a document; ``stem`` names the file Save suggests.
    """

    printed = Signal(int)           # pages sent to the printer
    saved = Signal(str)             # path

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.pages = PdfPages(b"")
        self.stem = "document"
        self.zoom: float | None = None          # None: fit the page width
        self._labels: list[QLabel] = []
        self._rerender = QTimer(self, singleShot=True, interval=120)
        self._rerender.timeout.connect(self._draw)
        self._build()
        self._update_actions()

    def _build(self) -> None:
        self.info = QLabel()
        self.info.setObjectName("pdfInfo")
        self.info.setProperty("role", "hint")
        self.zoom_out = self._tool("−", tr("Smaller"), lambda: self._step_zoom(-1))
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAlignment(Qt.AlignCenter)
        self.zoom_in = self._tool("+", tr("Larger"), lambda: self._step_zoom(1))
        self.fit_button = self._tool(tr("Fit width"), tr("Fit the page to the width"),
                                     self.fit_width)
        self.open_button = QPushButton(tr("Open in PDF viewer"))
        self.open_button.clicked.connect(lambda: self.open_external())
        self.save_button = QPushButton(tr("Save PDF…"))
        self.save_button.clicked.connect(lambda: self.ask_save())
        self.print_button = QPushButton(tr("Print…"))
        self.print_button.setProperty("role", "primary")
        self.print_button.clicked.connect(lambda: self.ask_print())
        for button in (self.open_button, self.save_button, self.print_button):
            button.setAutoDefault(False)
        bar = QHBoxLayout()
        bar.setSpacing(6)
        bar.addWidget(self.info, 1)
        for widget in (self.zoom_out, self.zoom_label, self.zoom_in, self.fit_button):
            bar.addWidget(widget)
        bar.addSpacing(12)
        for widget in (self.open_button, self.save_button, self.print_button):
            bar.addWidget(widget)

        self.sheet = QWidget()
        self.sheet.setObjectName("pdfSheet")
        self.sheet.setStyleSheet("QWidget#pdfSheet { background: #dfe4ea; }")
        self.column = QVBoxLayout(self.sheet)
        self.column.setContentsMargins(18, 18, 18, 18)
        self.column.setSpacing(16)
        self.column.setAlignment(Qt.AlignHCenter | Qt.AlignTop)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("pdfScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setWidget(self.sheet)
        self.scroll.setStyleSheet("QScrollArea#pdfScroll { background: #dfe4ea; "
                                  "border: 1px solid #d5dce5; border-radius: 6px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)

    def _tool(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(False)
        button.clicked.connect(lambda: slot())
        return button

    # --- the document ----------------------------------------------------------------------
    def set_pdf(self, data: bytes, stem: str = "") -> None:
        self.pages.close()
        self.pages = PdfPages(data)
        self.stem = stem or self.stem
        self._draw()
        self._update_actions()

    def pdf_bytes(self) -> bytes:
        return self.pages.data

    def page_count(self) -> int:
        if self.pages.document is not None:
            return len(self.pages)
        return self.pages.data.count(b"/Type /Page\n") or (1 if self.pages.data else 0)

    def clear(self) -> None:
        self.set_pdf(b"")

    def _update_actions(self) -> None:
        has = bool(self.pages.data)
        renders = self.pages.document is not None
        for widget in (self.save_button, self.open_button):
            widget.setEnabled(has)
        self.print_button.setEnabled(has)
        for widget in (self.zoom_out, self.zoom_in, self.fit_button):
            widget.setEnabled(renders)
        if not has:
            self.info.setText("")
        elif not renders:
            self.info.setText(tr("This PC cannot draw the preview; open the PDF in your PDF "
                                 "viewer to see it."))
        else:
            count = len(self.pages)
            text = tr("1 page") if count == 1 else tr("{n} pages", n=count)
            if count > PREVIEW_PAGES:
                text = tr("{n} pages; the preview shows the first {shown}, printing and saving "
                          "include them all", n=count, shown=PREVIEW_PAGES)
            self.info.setText(text)

    # --- drawing ---------------------------------------------------------------------------
    def _page_dpi(self, width_pt: float) -> float:
        if self.zoom is not None:
            return 96 * self.zoom * self.devicePixelRatioF()
        room = max(200, self.scroll.viewport().width() - 2 * 18 - 8)
        return room / width_pt * 72 * self.devicePixelRatioF()

    def _draw(self) -> None:
        for label in self._labels:
            self.column.removeWidget(label)
            label.hide()
            label.deleteLater()
        self._labels = []
        if self.pages.document is None:
            self.zoom_label.setText("")
            return
        ratio = self.devicePixelRatioF()
        for number in range(min(len(self.pages), PREVIEW_PAGES)):
            width, _ = self.pages.sizes[number]
            pixmap = QPixmap.fromImage(self.pages.image(number, self._page_dpi(width)))
            pixmap.setDevicePixelRatio(ratio)
            label = QLabel()
            label.setPixmap(pixmap)
            label.setStyleSheet("background: #ffffff;")
            shadow = QGraphicsDropShadowEffect(label)
            shadow.setBlurRadius(14)
            shadow.setOffset(0, 2)
            shadow.setColor(Qt.gray)
            label.setGraphicsEffect(shadow)
            self.column.addWidget(label, 0, Qt.AlignHCenter)
            self._labels.append(label)
        first_width = self.pages.sizes[0][0] if self.pages.sizes else 595
        shown = self._page_dpi(first_width) / ratio / 96
        self.zoom_label.setText(f"{shown * 100:.0f}%")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.zoom is None and self.pages.document is not None:
            self._rerender.start()

    def fit_width(self) -> None:
        self.zoom = None
        self._draw()

    def _step_zoom(self, step: int) -> None:
        width = self.pages.sizes[0][0] if self.pages.sizes else 595
        current = self.zoom or self._page_dpi(width) / self.devicePixelRatioF() / 96
        if step > 0:
            self.zoom = next((z for z in ZOOMS if z > current + 0.01), ZOOMS[-1])
        else:
            self.zoom = next((z for z in reversed(ZOOMS) if z < current - 0.01), ZOOMS[0])
        self._draw()

    # --- print, save, open -----------------------------------------------------------------
    def ask_print(self) -> None:
        if self.pages.document is None:
            self.open_external()
            return
        printer = QPrinter(QPrinter.HighResolution)
        printer.setDocName(self.stem)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(tr("Print {name}", name=self.stem))
        dialog.setMinMax(1, len(self.pages))
        if dialog.exec() != QDialog.Accepted:
            return
        first, last = 0, None
        if dialog.printRange() == QPrintDialog.PageRange:
            first, last = printer.fromPage() - 1, printer.toPage() - 1
        self.print_to(printer, first, last)

    def print_to(self, printer: QPrinter, first: int = 0, last: int | None = None) -> int:
        try:
            count = print_pages(self.pages, printer, first, last)
        except Exception as exc:        # a printer problem is a message, never a traceback
            messages.report(self, exc)
            return 0
        self.printed.emit(count)
        return count

    def ask_save(self) -> None:
        from partsdesk.ui.import_dialog import suggested_path
        path = messages.save_file(self, tr("Save PDF"), suggested_path(self.stem, ".pdf"),
                                  tr(PDF_FILTER))
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> Path | None:
        from partsdesk.documents.pdf import write_atomic
        path = path if path.lower().endswith(".pdf") else path + ".pdf"
        with messages.attempt(self) as tried:
            written = write_atomic(path, self.pages.data)
        if tried.failed:
            return None
        self.saved.emit(str(written))
        return written

    def open_external(self) -> Path | None:
        """Hand the PDF to this PC's viewer (a temporary copy it may keep open)."""
        folder = Path(tempfile.mkdtemp(prefix="partsdesk-"))
        path = self.save_to(str(folder / f"{self.stem}.pdf"))
        if path is not None and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            messages.warning(self, tr("No PDF viewer opened the file. It is saved at {path}.",
                                      path=path))
        return path


class PdfPreviewDialog(QDialog):
    """A document in a window of its own, with a heading above the preview."""

    def __init__(self, data: bytes, title: str, stem: str, parent=None, note: str = ""):
        super().__init__(parent)
        self.setObjectName("pdfPreviewDialog")
        self.setWindowTitle(title)
        heading = QLabel(title)
        heading.setProperty("role", "section")
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextBrowserInteraction)
        self.note.setOpenExternalLinks(True)
        self.note.setVisible(bool(note))
        self.preview = PdfPreview(self)
        close = QPushButton(tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.note)
        layout.addWidget(self.preview, 1)
        layout.addLayout(bottom)
        self.resize(900, 860)
        self.preview.set_pdf(data, stem)

    def done(self, result: int) -> None:
        self.preview.pages.close()
        super().done(result)


def show_pdf(parent, data: bytes, title: str, stem: str, note: str = "") -> PdfPreviewDialog:
    """Show a rendered document in its preview window, over ``parent``: the call returns at
    once (the window is window-modal) and the window is deleted when it is closed."""
    dialog = PdfPreviewDialog(data, title, stem, parent, note)
    dialog.finished.connect(lambda _: dialog.deleteLater())
    dialog.open()
    return dialog
