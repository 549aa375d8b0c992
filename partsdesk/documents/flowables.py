"""Pieces the A4 claim-loop documents share: barcodes inside flowing text, drawings placed on
the page itself, the page frame, and how money, dates and quantities are printed.

A barcode reads best when its bars sit on the printer's dot grid, which is a property of the
page, not of the table cell it is in; so barcode and page drawings undo the frame's translation
(``canvas.absolutePosition``) and draw in page coordinates.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Callable

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.doctemplate import BaseDocTemplate, PageTemplate
from reportlab.platypus.frames import Frame

from partsdesk import __version__
from partsdesk.documents import barcodes
from partsdesk.documents.pdf import escape, styles

MARGIN = 15 * mm
FRAME_WIDTH = A4[0] - 2 * MARGIN


class PageDrawing(Flowable):
    """Takes ``width`` × ``height`` in the flow but draws ``draw(canvas, x, y)`` in page
    coordinates, (x, y) being its own bottom-left corner on the page. Zero size draws on the
    page without taking room (watermarks, page marks)."""

    def __init__(self, draw: Callable, width: float = 0, height: float = 0):
        super().__init__()
        self.draw_on_page, self.width, self.height = draw, width, height

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        canvas.saveState()
        x, y = canvas.absolutePosition(0, 0)
        canvas.translate(-x, -y)
        self.draw_on_page(canvas, x, y)
        canvas.restoreState()


def barcode(text: str, width: float, height: float, text_size: float = 8) -> PageDrawing:
    """A Code 128 of ``text`` centred in ``width`` × ``height``, the code printed under it."""
    symbol = barcodes.fit(text, width)
    return PageDrawing(lambda canvas, x, y: barcodes.draw(canvas, symbol, x, y, width, height,
                                                          text_size=text_size),
                       width, height)


class FullPage(Flowable):
    """Fills what is left of the frame and draws ``draw(canvas)`` on the whole page (labels
    placed at their sheet positions); the next flowable starts on a new page."""

    def __init__(self, draw: Callable):
        super().__init__()
        self.draw_page = draw

    def wrap(self, available_width, available_height):
        self.width, self.height = available_width, available_height
        return available_width, available_height

    def draw(self):
        canvas = self.canv
        canvas.saveState()
        x, y = canvas.absolutePosition(0, 0)
        canvas.translate(-x, -y)
        self.draw_page(canvas)
        canvas.restoreState()


def document(output, title: str, pagesize=A4, on_page: Callable | None = None
             ) -> BaseDocTemplate:
    """A document with one frame inside 15 mm margins; ``on_page(canvas, doc)`` draws on
    every page (a footer)."""
    doc = BaseDocTemplate(output, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=MARGIN, bottomMargin=MARGIN, title=title,
                          author="PartsDesk", creator=f"PartsDesk {__version__}")
    frame = Frame(MARGIN, MARGIN, pagesize[0] - 2 * MARGIN, pagesize[1] - 2 * MARGIN,
                  id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    template = PageTemplate(id="page", frames=[frame], pagesize=pagesize)
    if on_page is not None:
        template.onPage = on_page
    doc.addPageTemplates([template])
    return doc


def para(text, style: str = "body") -> Paragraph:
    """Database or translated text as a paragraph that prints exactly as typed."""
    return Paragraph(escape(text), styles()[style])


def money(value) -> str:
    return f"{Decimal(value or 0):,.2f}"


def qty(value) -> str:
    value = Decimal(value or 0)
    return f"{value.normalize():f}" if value else "0"


def day(value) -> str:
    return value.isoformat() if isinstance(value, date) else ""


def local_time(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else ""
