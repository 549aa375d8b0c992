"""What a cell holds, made into the text, code, number or yes/no that an import needs.

Real files store numbers as text, pad cells with spaces, mix in full-width characters from
Chinese input methods, and carry control characters pasted from other systems. Each function
here either returns a clean value or raises ``ValidationError`` with a reason for the user.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from partsdesk.i18n import Translator
from partsdesk.services.catalog import parse_money
from partsdesk.services.errors import ValidationError

tr = Translator("Spreadsheet")

# Characters that make a spreadsheet treat text as a formula (or a DDE command).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Controls other than whitespace, zero-width characters and the byte-order mark.
_INVISIBLE = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\u2060\ufeff]")
# Excel stores a control character in a cell as "_x0001_" (OOXML escaping), and a typed
# "_x0001_" as "_x005F_x0001_"; openpyxl hands both on as they are.
_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_CURRENCY = re.compile(r"^(RMB|CNY)|元$", re.IGNORECASE)
_MAX_TEXT = 200

YES = {"1", "y", "yes", "true", "t", "是", "需", "需要", "要", "√", "✓", "✔", "☑"}
NO = {"0", "n", "no", "false", "f", "否", "不", "不需", "不需要", "×", "✗", "✘", "-"}


def text(value) -> str:
    """The cell as one line of text: trimmed, inner whitespace collapsed, invisibles removed."""
    if value is None:
        return ""
    if isinstance(value, float):
        value = int(value) if value.is_integer() else value
    elif isinstance(value, datetime):
        value = value.date() if value.time() == datetime.min.time() else value
    if isinstance(value, date):
        value = value.isoformat()
    value = _OOXML_ESCAPE.sub(_unescape, str(value))
    result = " ".join(_INVISIBLE.sub("", value).split())
    # An export wrote "'" before text that starts like a formula; reading it back drops it.
    if result[:1] == "'" and result[1:2] and result[1] in FORMULA_STARTS:
        result = result[1:]
    return result


def _unescape(match) -> str:
    # Only control characters (dropped next) and the escaped underscore are turned back.
    char = chr(int(match.group(1), 16))
    return char if char < " " or char in "\x7f_" else match.group()


def code(value) -> str:
    """Part numbers, barcodes, location codes, units: full-width letters and digits made plain."""
    return unicodedata.normalize("NFKC", text(value)).strip()


def limited(value, limit: int = _MAX_TEXT) -> str:
    """Text that must fit a field: too long is refused, never silently cut."""
    result = text(value)
    if len(result) > limit:
        raise ValidationError(tr("The text has {length} characters; at most {limit} fit.",
                                 length=len(result), limit=limit))
    return result


def money(value) -> Decimal:
    """A price: a number cell, or text such as " 1,234.50 ", "￥12.5" or "12.50元"."""
    if isinstance(value, bool):
        raise ValidationError(tr("\"{value}\" is not an amount of money.", value=value))
    if isinstance(value, (int, float, Decimal)):
        return parse_money(_exact(value, Decimal("0.01")))
    raw = code(value)
    return parse_money(_CURRENCY.sub("", raw).strip() if raw else raw)


def quantity(value) -> Decimal:
    """A stock quantity: zero or more, at most three decimal places; empty means zero."""
    if value is None or code(value) == "":
        return Decimal("0")
    try:
        amount = _exact(value) if isinstance(value, (int, float)) else \
            Decimal(code(value).replace(",", ""))
    except InvalidOperation:
        amount = None
    if amount is None or not amount.is_finite() or amount < 0 or amount >= Decimal("1e9"):
        raise ValidationError(tr("\"{value}\" is not a quantity (a number, zero or more).",
                                 value=text(value)))
    if amount != amount.quantize(Decimal("0.001")):
        raise ValidationError(tr("{value} has more than three decimal places.", value=text(value)))
    return amount.normalize() if amount == amount.to_integral() else amount


def flag(value) -> bool:
    """Yes or no: 是/否, Y/N, yes/no, 1/0, √/×, a TRUE/FALSE cell; empty means no."""
    if isinstance(value, bool):
        return value
    word = code(value).lower()
    if word in YES:
        return True
    if word in NO or word == "":
        return False
    raise ValidationError(tr("\"{value}\" is neither yes nor no. Write 是 or 否, Y or N, 1 or 0.",
                             value=text(value)))


def code_list(value) -> list[str]:
    """Several codes in one cell, separated by ; , 、 spaces or line breaks."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = text(value)      # a long EAN stored as a number: keep its digits
    return [c for c in re.split(r"[;,、\s]+", code(value)) if c]


def _exact(number, places: Decimal = Decimal("0.001")) -> Decimal:
    # A float cell holds 12.35 as 12.3499999…; its shortest repr is what the user typed, and a
    # formula's 12.350000000000001 is 12.35 too.
    if not isinstance(number, float):
        return Decimal(number)
    amount = Decimal(repr(number))
    if not amount.is_finite() or abs(amount) >= Decimal("1e15"):
        return amount
    snapped = amount.quantize(places)
    return snapped if abs(amount - snapped) < Decimal("1e-9") else amount
