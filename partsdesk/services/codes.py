"""Code tables: labour operations, fault codes, causes, part categories, vehicle models.

The manufacturer publishes them; an administrator keeps them here by hand or by importing its
Excel file. Codes are never deleted (old claims point at them), only deactivated.

Every code has an English and a Chinese description (a name, for vehicle models and part
categories); at least one of them. ``describe`` gives the one of the reader's language, or the
other when that one is missing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from partsdesk.db.connection import transaction
from partsdesk.db.models.claims import (CauseCode, FaultCode, LaborOperation, LaborOperationModel,
                                        PartCategory, VehicleModel)
from partsdesk.i18n import Translator, language as ui_language
from partsdesk.services import audit
from partsdesk.services.errors import ImportRejected, NotFound, ValidationError
from partsdesk.services.permissions import require

tr = Translator("Codes")

CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9._/\-]{0,19}$")
MAX_HOURS = Decimal("999")
CHINESE_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class TableSpec:
    model: type
    text_field: str          # the column holding the English description or name
    label: str               # marked for translation
    limit: int = 200         # characters of a description

    @property
    def zh_field(self) -> str:
        """The column holding the Chinese description or name."""
        return self.text_field + "_zh"


# The order matters for imports: vehicle models before the operations that name them.
TABLES = {
    "vehicle_models": TableSpec(VehicleModel, "name", tr.mark("Vehicle models"), 100),
    "labour_operations": TableSpec(LaborOperation, "description", tr.mark("Labour operations")),
    "fault_codes": TableSpec(FaultCode, "description", tr.mark("Fault codes")),
    "cause_codes": TableSpec(CauseCode, "description", tr.mark("Causes")),
    "part_categories": TableSpec(PartCategory, "name", tr.mark("Part categories"), 100),
}
_TEXT_FIELDS = {spec.model: (spec.text_field, spec.zh_field) for spec in TABLES.values()}


def table_name(table: str) -> str:
    return tr(TABLES[table].label)


def has_chinese(text) -> bool:
    return bool(CHINESE_RE.search(str(text or "")))


def describe(row, language: str | None = None) -> str:
    """The description (or name) of a code in ``language`` (default: the program's), or the
    other language's when this one is missing; "" for no row."""
    if row is None:
        return ""
    english_field, chinese_field = _TEXT_FIELDS[type(row)]
    english, chinese = getattr(row, english_field) or "", getattr(row, chinese_field) or ""
    if (language or ui_language()) == "zh_CN":
        return chinese or english
    return english or chinese


def code_text(row, language: str | None = None, separator: str = " · ") -> str:
    """"CODE · description" in ``language``; "—" for no row."""
    if row is None:
        return "—"
    text = describe(row, language)
    return f"{row.code}{separator}{text}" if text else row.code


@dataclass
class CodeData:
    """One row of any code table; fields a table does not have are ignored."""
    code: str
    description: str                                 # English (or the only one given)
    standard_hours: Decimal | str | None = None     # labour operations
    models: list[str] = field(default_factory=list)  # labour operations: vehicle model codes
    warranty_months: int | str | None = None         # vehicle models
    warranty_km: int | str | None = None             # vehicle models
    active: bool = True
    description_zh: str = ""                         # Chinese


def normalise_code(text) -> str:
    return str(text or "").strip().upper()


def _whole_number(value, default: int, field_name: str, code: str) -> int:
    if value is None or str(value).strip() == "":
        return default
    try:
        number = Decimal(str(value).strip().replace(",", ""))
    except InvalidOperation:
        number = Decimal(-1)
    if number < 0 or number != number.to_integral_value() or number > 10_000_000:
        what = tr("Warranty months") if field_name == "warranty_months" else tr("Warranty km")
        raise ValidationError(tr("{what} of {code} must be a whole number, not \"{value}\".",
                                 what=what, code=code, value=value), field=field_name)
    return int(number)


def _hours(value, code: str) -> Decimal:
    try:
        hours = Decimal(str(value if value is not None else "0").strip() or "0")
    except InvalidOperation:
        hours = Decimal(-1)
    if not hours.is_finite() or hours < 0 or hours > MAX_HOURS or hours != hours.quantize(
            Decimal("0.001")):
        raise ValidationError(tr("Standard hours of {code} must be a number of hours between 0 "
                                 "and 999 (up to 3 decimals), not \"{value}\".",
                                 code=code, value=value), field="standard_hours")
    return hours


def clean(table: str, data: CodeData) -> CodeData:
    """Validated and normalised data, or ValidationError naming the code and field."""
    code = normalise_code(data.code)
    if not code:
        raise ValidationError(tr("The code is empty."), field="code")
    limit = 40 if table == "part_categories" else 20
    if not CODE_RE.match(code[:20]) or len(code) > limit:
        raise ValidationError(tr("Code \"{code}\" is not valid: use up to {n} letters, digits and "
                                 ". _ / - characters.", code=code, n=limit), field="code")
    limit = TABLES[table].limit
    english = " ".join(str(data.description or "").split())[:limit]
    chinese = " ".join(str(data.description_zh or "").split())[:limit]
    if not english and not chinese:
        raise ValidationError(tr("Code {code} has no description: give it in English, in "
                                 "Chinese or both.", code=code), field="description")
    if not chinese and has_chinese(english):     # one description, written in Chinese
        english, chinese = "", english
    out = CodeData(code, english, active=bool(data.active), description_zh=chinese)
    if table == "labour_operations":
        out.standard_hours = _hours(data.standard_hours, code)
        out.models = sorted({normalise_code(m) for m in data.models if normalise_code(m)})
    if table == "vehicle_models":
        out.warranty_months = _whole_number(data.warranty_months, 36, "warranty_months", code)
        out.warranty_km = _whole_number(data.warranty_km, 100_000, "warranty_km", code)
    return out


def get_code(table: str, code: str):
    model = TABLES[table].model
    row = model.get_or_none(model.code == normalise_code(code))
    if row is None:
        raise NotFound(tr("{table}: code {code} does not exist. Check the code or import the "
                          "code tables.", table=table_name(table), code=normalise_code(code)))
    return row


def list_codes(table: str, include_inactive: bool = False) -> list:
    model = TABLES[table].model
    query = model.select().order_by(model.code)
    if not include_inactive:
        query = query.where(model.active == True)  # noqa: E712 (peewee expression)
    return list(query)


def models_of(operation: LaborOperation) -> list[str]:
    """Codes of the vehicle models an operation applies to; empty means all models."""
    return [code for (code,) in VehicleModel.select(VehicleModel.code)
            .join(LaborOperationModel).where(LaborOperationModel.operation == operation.id)
            .order_by(VehicleModel.code).tuples()]


def applies_to(operation: LaborOperation, model: VehicleModel | None) -> bool:
    links = LaborOperationModel.select().where(LaborOperationModel.operation == operation.id)
    if model is None or not links.exists():
        return True
    return links.where(LaborOperationModel.model == model.id).exists()


def _snapshot(table: str, row) -> dict:
    out = audit.snapshot(row)
    if table == "labour_operations":
        out["models"] = models_of(row)
    return out


def _write(table: str, data: CodeData):
    """Create or update one row from cleaned data; inside the caller's transaction."""
    spec = TABLES[table]
    row = spec.model.get_or_none(spec.model.code == data.code) or spec.model(code=data.code)
    setattr(row, spec.text_field, data.description)
    setattr(row, spec.zh_field, data.description_zh)
    row.active = data.active
    if table == "labour_operations":
        row.standard_hours = data.standard_hours
    if table == "vehicle_models":
        row.warranty_months, row.warranty_km = data.warranty_months, data.warranty_km
    row.save()
    if table == "labour_operations":
        _link_models(row, data.models)
    return row


def _link_models(operation: LaborOperation, codes: list[str]) -> None:
    found = dict(VehicleModel.select(VehicleModel.code, VehicleModel.id)
                 .where(VehicleModel.code.in_(codes)).tuples()) if codes else {}
    missing = [c for c in codes if c not in found]
    if missing:
        raise ValidationError(tr("Labour operation {code} names vehicle models that are not in "
                                 "the code table: {models}. Add the models first.",
                                 code=operation.code, models=", ".join(missing)), field="models")
    LaborOperationModel.delete().where(LaborOperationModel.operation == operation.id).execute()
    for model_id in found.values():
        LaborOperationModel.create(operation=operation, model=model_id)


def save_code(actor, table: str, data: CodeData):
    """Create the code, or change its description, terms and models."""
    require(actor, "codes.edit")
    data = clean(table, data)
    with transaction():
        spec = TABLES[table]
        existing = spec.model.get_or_none(spec.model.code == data.code)
        before = _snapshot(table, existing) if existing else None
        row = _write(table, data)
        audit.record(actor, "code.save", table, data.code,
                     tr.message("{table}: {code} saved", table=tr.message(spec.label),
                                code=data.code),
                     before=before, after=_snapshot(table, row))
    return row


def set_active(actor, table: str, code: str, active: bool):
    require(actor, "codes.edit")
    with transaction():
        row = get_code(table, code)
        if row.active != active:
            row.active = active
            row.save()
            label = tr.message(TABLES[table].label)
            audit.record(actor, "code.activate" if active else "code.deactivate", table,
                         row.code,
                         (tr.message("{table}: {code} reactivated", table=label, code=row.code)
                          if active else
                          tr.message("{table}: {code} deactivated", table=label, code=row.code)),
                         before={"active": not active}, after={"active": active})
    return row


def import_codes(actor, tables: dict[str, list[CodeData]], source: str = "",
                 progress=None) -> dict:
    """Create or update every row of every table in one transaction: all or nothing.

    Rows are normally validated by ``spreadsheets.codes`` with their row numbers; anything that
    still fails here (a model named by an operation but nowhere defined) rejects the whole file.
    Returns {table: {"created": n, "updated": n}}.
    """
    require(actor, "codes.edit")
    total = sum(len(rows) for rows in tables.values())
    done, result = 0, {}
    with transaction():
        for table in TABLES:
            rows = tables.get(table) or []
            model = TABLES[table].model
            known = {c for (c,) in model.select(model.code).tuples()}
            created = 0
            for number, data in enumerate(rows, start=1):
                try:
                    data = clean(table, data)
                    created += data.code not in known
                    _write(table, data)
                except ValidationError as exc:
                    raise ImportRejected(tr("{source}: nothing was imported.",
                                            source=source or table_name(table)),
                                         [f"{table_name(table)} #{number}: {exc}"]) from None
                done += 1
                if progress and done % 200 == 0:
                    progress(done, total)
            result[table] = {"created": created, "updated": len(rows) - created}
        audit.record(actor, "code.import", "code_tables", source or "import",
                     tr.message("Code tables imported from {source}: {rows} rows",
                                source=source, rows=total), after=result)
    if progress:
        progress(total, total)
    return result
