"""What the groups of the quality analysis are called: the label of each key of a dimension in
the reader's language (a code and its description, a part and its name, a mileage band…), and
what a table or a chart shows of a group (its code, its name without the code, its label)."""

from __future__ import annotations

from partsdesk.db.models import Part, User
from partsdesk.db.models.claims import CauseCode, FaultCode, LaborOperation, VehicleModel
from partsdesk.i18n import Translator, language as ui_language
from partsdesk.services import codes

tr = Translator("Quality")

OTHER = "*other*"       # the key of the group ``top`` sums the rest into

# dimensions whose groups are codes: a code column shows the code, a name column its description
CODED = ("category", "part", "fault", "cause", "operation", "model", "batch", "entered_by")


def _parts(value) -> tuple:
    return value if isinstance(value, tuple) else (value,)


def group_label(group) -> str:
    """The group's label; a cross-table cell's two labels joined by " / "."""
    return " / ".join(str(p) for p in _parts(group.label))


def group_code(group) -> str:
    """The group's key as a code ("—" for none); nothing for the summed rest of a top N."""
    if group.key == OTHER:
        return ""
    return " / ".join("—" if k is None else str(k) for k in _parts(group.key))


def group_name(group, dimensions) -> str:
    """The group's name without the code a code column already shows."""
    names = []
    for dimension, key, label in zip(dimensions, _parts(group.key), _parts(group.label)):
        prefix, text = f"{key} · ", str(label)
        names.append(text[len(prefix):] if dimension in CODED and text.startswith(prefix)
                     else text)
    return " / ".join(names)


# --- labels ---------------------------------------------------------------------------

MANY_PARTS = 2_000          # part numbers named in one query at most
_CODE_TABLES = {"fault": FaultCode, "cause": CauseCode, "operation": LaborOperation,
                "model": VehicleModel}


def labeller(dimension: str, keys, language: str | None, bands=()):
    """A function giving the label of each of ``keys`` (those of ``dimension``) in ``language``,
    with what it names read in one query; ``bands``: the mileage bands' lower bounds."""
    lang = language or ui_language()
    present = [k for k in keys if k is not None]
    none_label = tr.lang(lang, "(none)")
    if dimension in _CODE_TABLES or dimension == "category":
        from partsdesk.db.models.claims import PartCategory
        table = PartCategory if dimension == "category" else _CODE_TABLES[dimension]
        rows = {r.code: r for r in table.select().where(table.code.in_(present))} if present \
            else {}
        return lambda k: none_label if k is None else (
            codes.code_text(rows[k], lang) if k in rows else str(k))
    if dimension == "part":
        names = _part_names(present)

        def part_label(k):
            if k is None:
                return none_label
            name, name_zh = names.get(k, ("", ""))
            name = name_zh if lang == "zh_CN" and name_zh else name
            return f"{k} · {name}" if name else str(k)
        return part_label
    if dimension == "entered_by":
        rows = {u.username: u for u in User.select().where(User.username.in_(present))} \
            if present else {}
        return lambda k: none_label if k is None else (
            f"{rows[k].full_name} ({k})" if k in rows and rows[k].full_name else str(k))
    if dimension == "outcome":
        from partsdesk.services import claim_states
        return lambda k: none_label if k is None else claim_states.tr_returns.lang(
            lang, claim_states.OUTCOMES.get(k, k))
    if dimension == "mileage":
        return lambda k: none_label if k is None else _band_label(k, bands, lang)
    if dimension == "months_in_service":
        return lambda k: none_label if k is None else tr.plural(
            k, "{n} month", "{n} months", lang=lang, n=k)
    return lambda k: none_label if k is None else str(k)


def _part_names(part_numbers) -> dict:
    """{part number: (name, Chinese name)} of ``part_numbers`` in one query: by the numbers, or
    for very many of them (more than a statement may name) the whole catalogue's names."""
    columns = Part.select(Part.part_no, Part.name, Part.name_zh)
    if not part_numbers:
        return {}
    if len(part_numbers) <= MANY_PARTS:
        columns = columns.where(Part.part_no.in_(list(part_numbers)))
    return {number: (name, name_zh) for number, name, name_zh in columns.tuples()}


def _band_label(low: int, bands, lang: str) -> str:
    higher = [b for b in bands if b > low]
    if not higher:
        return tr.lang(lang, "over {low} km", low=f"{low:,}")
    return tr.lang(lang, "{low}–{high} km", low=f"{low:,}", high=f"{higher[0]:,}")
