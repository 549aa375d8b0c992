"""Code 128 barcodes: python-barcode computes the bars, reportlab draws them as vector rectangles.

Scanners read a printed symbol when every bar is a whole number of printer dots (a bar of 2.4
dots prints as 2 or 3, and the widths no longer match), and when there is blank space (the quiet
zone) on both sides. So the module (narrowest bar) is a whole number of dots at the printer's
resolution, and the bars start on the dot grid of the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import barcode
from reportlab.lib.units import mm

from partsdesk.i18n import Translator
from partsdesk.services.errors import ValidationError

tr = Translator("Barcodes")

THERMAL_DPI = 203
LASER_DPI = 300
QUIET_MODULES = 10          # the Code 128 minimum on each side
MIN_MODULE_MM = 0.125       # 5 mil: one thermal dot; any current imager reads it
MAX_MODULE_MM = 0.38        # wider only makes the symbol long without reading any better
_BARS = re.compile("1+")


class BarcodeTooWide(ValidationError):
    """The code has too many characters to print readably in the space of the label."""


class BarcodeNotEncodable(ValidationError):
    """The code has characters Code 128 cannot carry (only ASCII can)."""


@dataclass(frozen=True)
class Code128:
    """A symbol ready to draw: its text, its module pattern and the module width in points."""
    text: str
    pattern: str            # "1" = bar module, "0" = space module; without quiet zones
    module: float           # points, a whole number of dots

    @property
    def width(self) -> float:
        """Width including both quiet zones, in points."""
        return (len(self.pattern) + 2 * QUIET_MODULES) * self.module


def modules(text: str) -> str:
    """The module pattern of ``text`` as python-barcode encodes it (shortest code sets)."""
    if not text or not text.isascii() or not text.isprintable():
        raise BarcodeNotEncodable(tr(
            "\"{text}\" cannot be printed as a Code 128 barcode: use letters, digits and "
            "ASCII punctuation only.", text=text), field="barcode")
    return barcode.get("code128", text).build()[0]


def dot(dpi: int) -> float:
    """One printer dot in points."""
    return 72.0 / dpi


def fit(text: str, width: float, dpi: int = LASER_DPI) -> Code128:
    """The widest symbol of ``text`` (up to MAX_MODULE_MM) that fits ``width`` points with its
    quiet zones; raise BarcodeTooWide when even the narrowest readable module does not fit."""
    pattern = modules(text)
    count = len(pattern) + 2 * QUIET_MODULES
    one = dot(dpi)
    smallest = max(1, _ceil_dots(MIN_MODULE_MM * mm, one))
    largest = max(smallest, int(MAX_MODULE_MM * mm / one))
    dots = min(largest, int(width / count / one + 1e-9))
    if dots < smallest:
        raise BarcodeTooWide(tr(
            "The barcode for \"{text}\" needs {need} mm but the label has {have} mm. Choose a "
            "wider label layout.", text=text, need=f"{count * smallest * one / mm:.0f}",
            have=f"{width / mm:.0f}"), field="barcode")
    return Code128(text, pattern, dots * one)


def _ceil_dots(length: float, one: float) -> int:
    whole = int(length / one)
    return whole if whole * one >= length - 1e-9 else whole + 1


def draw(canvas, symbol: Code128, x: float, y: float, width: float, height: float,
         dpi: int = LASER_DPI, text_size: float = 0) -> None:
    """Draw ``symbol`` centred in the box (x, y, width, height), bars snapped to the dot grid.

    With ``text_size`` > 0 the code is printed in that size under the bars, inside the box.
    """
    one = dot(dpi)
    left = x + (width - symbol.width) / 2 + QUIET_MODULES * symbol.module
    left = round(left / one) * one
    bar_y, bar_h = y, height
    if text_size:
        gap = text_size * 0.25
        bar_y, bar_h = y + text_size + gap, height - text_size - gap
        canvas.setFont("Helvetica", text_size)
        canvas.drawCentredString(left + len(symbol.pattern) * symbol.module / 2,
                                 y + text_size * 0.2, symbol.text)
    path = canvas.beginPath()
    for run in _BARS.finditer(symbol.pattern):
        path.rect(left + run.start() * symbol.module, bar_y,
                  (run.end() - run.start()) * symbol.module, bar_h)
    canvas.drawPath(path, stroke=0, fill=1)
