"""The settings shared by every PC (the Setting table), gathered for the settings page: what
they are now, and a change to any of them saved as one unit of work.

Each setting belongs to its workflow's service, which reads it, checks it and records its change
(claims, returns, counting, settlement); this module only lists them and calls those. The
services read and write a setting through ``services.setting_values``, below them, so this
module above them is not imported back.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from partsdesk.db.connection import transaction
from partsdesk.services import claims, counting, returns, setting_values, vouchers
from partsdesk.services.permissions import require

DOCUMENT_FIELDS = ("organisation", "dealer_name", "dealer_code", "dealer_address",
                   "dealer_phone")
# section -> its fields, in the order of the page
SECTIONS = {
    "documents": DOCUMENT_FIELDS,
    "claims": ("labour_rate", "approval_limit_1", "approval_limit_2", "repeat_days"),
    "returns": ("retention_days",),
    "counting": ("threshold",),
}


@dataclass
class SharedSettings:
    """Every shared setting as text, the way a form shows and returns it."""
    organisation: str = ""
    dealer_name: str = ""
    dealer_code: str = ""
    dealer_address: str = ""
    dealer_phone: str = ""
    labour_rate: str = ""
    approval_limit_1: str = ""
    approval_limit_2: str = ""
    repeat_days: str = ""
    retention_days: str = ""
    threshold: str = ""


def current() -> SharedSettings:
    documents = vouchers.document_settings()
    first, second = claims.approval_limits()
    return SharedSettings(
        **{name: documents[f"documents.{name}"] for name in DOCUMENT_FIELDS},
        labour_rate=str(claims.labour_rate()), approval_limit_1=str(first),
        approval_limit_2=str(second), repeat_days=str(claims.setting("claims.repeat_days")),
        retention_days=str(returns.retention_days()),
        threshold=str(counting.approval_threshold()))


def _text(value) -> str:
    return str(value if value is not None else "").strip()


def changed_sections(new: SharedSettings) -> list[str]:
    old = asdict(current())
    return [section for section, names in SECTIONS.items()
            if any(_text(getattr(new, name)) != _text(old[name]) for name in names)]


def save(actor, new: SharedSettings) -> list[str]:
    """Save the sections that differ from now, all or none; returns their names.

    Each section's service checks its values and records one audit event; a refusal in a later
    section undoes the earlier ones (nested transactions), so the page never saves half a form.
    """
    require(actor, "settings.edit")
    sections = changed_sections(new)
    values = {field.name: _text(getattr(new, field.name)) for field in fields(new)}
    with transaction():
        if "documents" in sections:
            vouchers.configure_documents(
                actor, **{name: values[name] for name in DOCUMENT_FIELDS})
        if "claims" in sections:
            claims.configure(actor, labour_rate=values["labour_rate"],
                             approval_limits=(values["approval_limit_1"],
                                              values["approval_limit_2"]),
                             repeat_days=values["repeat_days"])
        if "returns" in sections:
            returns.configure(actor, days=setting_values.days(values["retention_days"],
                                                              "retention_days"))
        if "counting" in sections:
            counting.set_approval_threshold(actor, values["threshold"])
    return sections
