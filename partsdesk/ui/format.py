"""How values read on every screen: quantities, money, times, names, and where they align.

One place, so a quantity or an amount looks the same on every page, dialog and table.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from partsdesk import i18n
from partsdesk.i18n import Translator
from partsdesk.services.stock import qty_text

tr = Translator("Tables")

RIGHT = Qt.AlignRight | Qt.AlignVCenter        # numbers
LEFT = Qt.AlignLeft | Qt.AlignVCenter          # words


def qty(value) -> str:
    """A quantity as people write it (5, 2.5); nothing for no value."""
    return "" if value is None else qty_text(value)


def blank_zero(value) -> str:
    """A quantity that is mostly zero: an empty cell for zero, so the others stand out."""
    return "" if not value else qty_text(value)


def money(value) -> str:
    """An amount with thousands separators and two decimals; nothing for no value."""
    return "" if value is None else f"{Decimal(value):,.2f}"


def local_time(moment) -> str:
    """A stored UTC time as the reader's local time, to the minute."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


def yes_no(value) -> str:
    return tr("Yes") if value else ""


def part_name(name: str, name_zh: str = "") -> str:
    """A part's name in the reader's language, when the catalogue has it."""
    if i18n.language() == "zh_CN" and name_zh:
        return name_zh
    return name or name_zh
