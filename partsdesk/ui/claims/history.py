"""A claim's history in the reader's language.

The stored summary is in the language of whoever made the change. Each summary is matched
against the services' own message templates (in every language) and said again in the
reader's language; values typed by people (reasons, comments) stay as they were written.
"""

from __future__ import annotations

import json
import re

from partsdesk import i18n
from partsdesk.services import approvals

HISTORY_TEMPLATES = [
    ("Claims", "Claim {number} entered"),
    ("Claims", "Claim {number} changed"),
    ("Claims", "Claim {number} changed: figures {before} → {after}"),
    ("Vehicles", "Vehicle {vin} changed: {reason}"),
    ("Claims", "Comment on claim {number}: {text}"),
    ("Claims", "Claim {number} submitted for approval by a {tier} ({total})"),
    ("Claims", "Claim {number} approved"),
    ("Claims", "Claim {number} rejected: {reason}"),
    ("Claims", "Claim {number} returned for information: {comment}"),
    ("Claims", "Claim {number} repaired"),
    ("Claims", "Claim {number} cancelled: {reason}"),
    ("ClaimParts", "{qty} x {part_no} issued to claim {number} from {location}"),
    ("ClaimParts", "All parts of claim {number} issued"),
    ("ClaimParts", "Parts request {request} for claim {number}: {parts}"),
    ("ClaimParts", "Stock is short: parts request {request} raised"),
    ("ClaimParts", "{qty} x {part_no} received for parts request {request}, reserved for "
                   "claim {number}"),
    ("Stock", "{qty} x {part_no} reserved for {document}"),
    ("Stock", "Reservations of {document} released"),
    ("Returns", "Tag {tag}: {qty} x {part_no} booked into the defective store {location}"),
    ("Returns", "Tag {tag} received from shipment {shipment}"),
    ("Settlement", "Settlement voucher of claim {number} printed (original)"),
    ("Settlement", "Settlement voucher of claim {number} printed (copy {copy})"),
    ("Settlement", "Claim {number} repaired; voucher printed for signature"),
    ("Settlement", "Signed voucher of claim {number} received by {name} (signed {date})"),
    ("Settlement", "Claim {number}: the customer's signed voucher is in"),
    ("Settlement", "Claim {number}: every defective part is back and inspected"),
    ("Settlement", "Claim {number} is settleable"),
    ("Settlement", "Claim {number} put in settlement batch {batch}"),
    ("Settlement", "Claim {number} paid in batch {batch}: {amount}"),
    ("Settlement", "Claim {number} closed"),
]
_patterns: list | None = None


def _pattern(template: str) -> re.Pattern:
    parts = re.split(r"(\{\w+\})", template)
    return re.compile("".join(f"(?P<{p[1:-1]}>.+?)" if re.fullmatch(r"\{\w+\}", p)
                              else re.escape(p) for p in parts) + "$", re.S)


def _history_patterns() -> list:
    global _patterns
    if _patterns is None:
        _patterns = []
        for context, template in HISTORY_TEMPLATES:
            for lang in i18n.LANGUAGES:
                _patterns.append((context, template,
                                  _pattern(i18n.translate(context, template, lang))))
    return _patterns


def describe(event) -> str:
    """One history line in the reader's language."""
    after = json.loads(event.after) if event.after else {}
    for context, template, pattern in _history_patterns():
        found = pattern.match(event.summary or "")
        if found:
            values = found.groupdict()
            if "tier" in values and isinstance(after, dict) and after.get("tier"):
                values["tier"] = approvals.tier_name(int(after["tier"]))
            return i18n.translate(context, template).format(**values)
    return event.summary
