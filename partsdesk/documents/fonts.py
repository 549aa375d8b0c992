"""The bundled Chinese TrueType font, registered with reportlab once and embedded in every PDF.

Registering the 5 MB collection costs about 0.1 s, so it happens on first use, not at import.
``UnicodeCIDFont`` would need no file but embeds nothing, and a PC without Chinese fonts would
print boxes on a voucher the customer signs.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from partsdesk import resources

CJK = "WenQuanYiMicroHei"
"""The font name for any text that may contain Chinese (names, descriptions, notes)."""

LATIN_BOLD = "Helvetica-Bold"
"""For codes that are ASCII by rule (part numbers, location codes, document numbers)."""

_lock = threading.Lock()
_registered = False


def cjk_font() -> str:
    """Register the bundled font if needed and return its reportlab name."""
    global _registered
    if not _registered:
        with _lock:
            if not _registered:
                path = resources.path(*resources.CJK_FONT)
                pdfmetrics.registerFont(TTFont(CJK, str(path), subfontIndex=0))
                _registered = True
    return CJK


def text_width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)
