"""Schema version and numbered upgrade steps.

A new database gets every table of ``models`` at once and the latest version. An existing one runs
each missing step in its own transaction, together with its version bump, so a crash mid-upgrade
leaves the last good version, then gains any table added since (new tables need no step). A step
is a function ``step(migrator)`` listed in STEPS under its version; add one whenever a column is
added to or changed in an existing table.
"""

from __future__ import annotations

import json

from playhouse.migrate import PostgresqlMigrator, SqliteMigrator

from partsdesk.db import roles
from partsdesk.db.models import SchemaVersion, all_models
from partsdesk.db.proxy import DatabaseUnavailable, database, is_sqlite
from partsdesk.i18n import Translator

tr = Translator("Database")



def _add_columns(migrator, model, *names: str) -> None:
    """Add ``model``'s fields ``names`` to its existing table, as the model declares them.

    A NOT NULL column is added with its default in one statement (peewee's migrator would
    rebuild an SQLite table for it, which a table other tables point to does not survive).
    """
    from playhouse.migrate import migrate
    table = model._meta.table_name
    for name in names:
        field = model._meta.fields[name]
        if field.null:
            migrate(migrator.add_column(table, field.column_name, field))
            continue
        ctx = database.get_sql_context()
        ddl = ctx.sql(field.ddl(ctx)).query()[0]
        default = _literal(field.db_value(field.default))
        database.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN {ddl} DEFAULT {default}')


def _literal(value) -> str:
    if isinstance(value, bool):
        return ("1" if value else "0") if is_sqlite() else ("TRUE" if value else "FALSE")
    if isinstance(value, int):
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"


def step_2(migrator) -> None:
    """The claim loop's rules: log-in lock-out, the facts a claim was made with and who last
    changed its figures, catalogue price and override reason, the print a customer signed,
    reasons for smaller charge-backs and difference codes."""
    from partsdesk.db.models import User
    from partsdesk.db.models.claims import Claim, ClaimPartLine
    from partsdesk.db.models.returns import Inspection
    from partsdesk.db.models.settlement import Difference, SignedCopy, VoucherPrint
    _add_columns(migrator, User, "failed_logins", "locked_until")
    _add_columns(migrator, Claim, "vehicle_model", "production_date", "warranty_start",
                 "figures_changed_by", "figures_changed_at")
    _add_columns(migrator, ClaimPartLine, "catalogue_price", "price_reason")
    _add_columns(migrator, Inspection, "charge_back_reason")
    _add_columns(migrator, VoucherPrint, "after_signing")
    _add_columns(migrator, SignedCopy, "voucher_print")
    _add_columns(migrator, Difference, "code")
    # Claims made before this step keep their vehicle's facts as they are now.
    from partsdesk.db.models.claims import Vehicle

    def of_vehicle(field):
        return Vehicle.select(field).where(Vehicle.id == Claim.vehicle)
    Claim.update(vehicle_model=of_vehicle(Vehicle.model),
                 production_date=of_vehicle(Vehicle.production_date),
                 warranty_start=of_vehicle(Vehicle.warranty_start)).execute()



def step_3(migrator) -> None:
    """Code tables in two languages: an English and a Chinese description (or name) for vehicle
    models, labour operations, fault and cause codes and part categories. A description written
    in Chinese before this step moves to the Chinese column; an English one stays where it is."""
    from partsdesk.db.models.claims import (CauseCode, FaultCode, LaborOperation, PartCategory,
                                            VehicleModel)
    import re
    chinese_text = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")  # CJK ideographs
    for model, english, chinese in ((VehicleModel, "name", "name_zh"),
                                    (LaborOperation, "description", "description_zh"),
                                    (FaultCode, "description", "description_zh"),
                                    (CauseCode, "description", "description_zh"),
                                    (PartCategory, "name", "name_zh")):
        _add_columns(migrator, model, chinese)
        english_field, chinese_field = model._meta.fields[english], model._meta.fields[chinese]
        for row_id, text in model.select(model.id, english_field).tuples():
            if chinese_text.search(text or ""):
                (model.update({chinese_field: text, english_field: ""})
                 .where(model.id == row_id).execute())


def step_4(migrator) -> None:
    """History in the reader's language: an event keeps its message key ("context|template")
    and parameters beside its summary. Each summary written before this step is matched against
    every text of the translation catalogue, in English and in Chinese; where one matches, its
    key and the values in its placeholders are kept (a name the catalogue knows, such as a role
    or an outcome, as a message of its own). A part's events get the words the catalogue page
    gave them. An event that matches nothing keeps only its summary, shown as written."""
    from partsdesk.db.models import AuditEvent
    from partsdesk.i18n import load_catalog
    _add_columns(migrator, AuditEvent, "message", "params")
    matcher = _SummaryMatcher(load_catalog())
    last = 0
    while True:
        rows = list(AuditEvent.select(AuditEvent.id, AuditEvent.action, AuditEvent.summary,
                                      AuditEvent.before, AuditEvent.after)
                    .where(AuditEvent.id > last).order_by(AuditEvent.id).limit(1000).tuples())
        if not rows:
            return
        for event_id, action, summary, before, after in rows:
            found = (_part_event(action, before, after)
                     or matcher.match(action, summary or ""))
            if found:
                key, params = found
                (AuditEvent.update(message=key, params=json.dumps(params, ensure_ascii=False)
                                   if params else None)
                 .where(AuditEvent.id == event_id).execute())
        last = rows[-1][0]


# Placeholders whose value is a name the catalogue translates (a role, an outcome, a kind, a code
# table): kept as a message of its own so that it is said in the reader's language too.
_NAMED = ("tier", "outcome", "kind", "table", "state")


class _SummaryMatcher:
    """Reads a summary back into (key, parameters) with the texts of a translation catalogue;
    the texts one action matched before are tried first."""

    def __init__(self, catalog: dict[tuple[str, str], str]):
        import re
        self.exact: dict[str, list[str]] = {}   # text without placeholders -> its keys
        found = []
        for (context, source), chinese in catalog.items():
            key = f"{context}|{source}"
            names = _placeholders(source)
            if names is None or names != _placeholders(chinese):
                continue
            for text in (source, chinese):
                if not names:
                    self.exact.setdefault(text, []).append(key)
                    continue
                literal = "".join(_literals(text))
                if re.search(r"\w", literal):
                    found.append((len(literal), key, _pattern(text)))
        found.sort(key=lambda c: -c[0])           # the most specific text first
        self.patterns = [(key, pattern) for _, key, pattern in found]
        self.tried: dict[str, list[int]] = {}

    def match(self, action: str, summary: str) -> tuple[str, dict] | None:
        if summary in self.exact:
            return self.exact[summary][0], {}
        tried = self.tried.setdefault(action, [])
        for index in [*tried, *(i for i in range(len(self.patterns)) if i not in tried)]:
            key, pattern = self.patterns[index]
            found = pattern.match(summary)
            if found:
                if index not in tried:
                    tried.insert(0, index)
                return key, {name: self._named(name, key, value)
                             for name, value in found.groupdict().items()}
        return None

    def _named(self, name: str, key: str, value: str):
        """A name the catalogue knows, as a message (of the same context where there is one)."""
        known = self.exact.get(value) if name in _NAMED else None
        if not known:
            return value
        same = [k for k in known if k.partition("|")[0] == key.partition("|")[0]]
        return {"message": (same or known)[0], "params": {}}


def _placeholders(text: str) -> list[str] | None:
    """The placeholder names of ``text`` in order of first use; None for one this matcher cannot
    read back (a format spec, a conversion, a positional or dotted field, unbalanced braces)."""
    import string
    names = []
    try:
        for _, name, spec, conversion in string.Formatter().parse(text):
            if name is None:
                continue
            if spec or conversion or not name.isidentifier():
                return None
            if name not in names:
                names.append(name)
    except ValueError:
        return None
    return sorted(names)


def _literals(text: str) -> list[str]:
    import string
    return [literal for literal, *_ in string.Formatter().parse(text)]


def _pattern(text: str):
    import re
    import string
    out, seen = [], set()
    for literal, name, _, _ in string.Formatter().parse(text):
        out.append(re.escape(literal.replace("{{", "{").replace("}}", "}")))
        if name is not None:
            out.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
            seen.add(name)
    return re.compile("".join(out) + "$", re.S)


# What the catalogue page said of a part's events before they kept their message.
_PART_FIELDS = {"name": "Name", "name_zh": "Chinese name", "category": "Category",
                "unit": "Unit", "unit_price": "Unit price", "must_return": "Must return",
                "min_stock": "Minimum stock", "aliases": "Barcode aliases"}
_PART_EVENTS = {"part.create": "Created", "part.deactivate": "Deactivated",
                "part.activate": "Reactivated"}


def _part_event(action: str, before: str | None, after: str | None) -> tuple[str, dict] | None:
    def said(text: str, **params) -> dict:
        return {"message": "Catalog|" + text, "params": params}

    def plain(value):
        if isinstance(value, list):
            return ", ".join(value) or "—"
        if isinstance(value, bool):
            return said("Yes" if value else "No")
        return "—" if value in (None, "") else str(value)
    after = json.loads(after) if after else {}
    before = json.loads(before) if before else {}
    if action in _PART_EVENTS:
        return "Catalog|" + _PART_EVENTS[action], {}
    if action == "part.supersede" and "superseded_by" in after:
        return "Catalog|Superseded by {new}", {"new": after["superseded_by"] or "—"}
    if action == "part.update":
        changes = [said("{field}: {old} → {new}", field=said(_PART_FIELDS[key]),
                        old=plain(before.get(key)), new=plain(after.get(key)))
                   for key in _PART_FIELDS if key in after]
        return ("Catalog|{changes}", {"changes": changes}) if changes else ("Catalog|Changed", {})
    return None


def step_5(migrator) -> None:
    """The database refuses what the rules refuse: the append-only tables (``append_only``)
    refuse UPDATE and DELETE, and a claim moves only along TRANSITIONS and enters a settlement
    batch only with the gate's facts (``claim_moves``). An inspection is never removed any more:
    one withdrawn (a tag written off as missing turned up) keeps its row beside a withdrawal, so
    a tag has one inspection per attempt instead of one in all."""
    from partsdesk.db.models.returns import Inspection, InspectionWithdrawal
    _add_columns(migrator, Inspection, "attempt")
    database.execute_sql('DROP INDEX IF EXISTS "inspection_tag_id"')
    database.execute_sql('CREATE UNIQUE INDEX IF NOT EXISTS "inspection_tag_id_attempt" '
                         'ON "inspection" ("tag_id", "attempt")')
    database.create_tables([InspectionWithdrawal], safe=True)
    _rules()


def _rules() -> None:
    """The triggers a database of this schema has (a new one gets them with its tables): the
    append-only tables that exist and the claim's moves."""
    from partsdesk.db import append_only, claim_moves
    append_only.protect_all(database)
    claim_moves.install(database)


def missing_rules() -> list[tuple[str, str, str]]:
    """(trigger, table, rule) of each trigger of ``_rules`` the database lacks: dropped or
    disabled with a database tool (``db check`` names them)."""
    from partsdesk.db import append_only, claim_moves
    present = append_only.present(database)
    gone = [(name, table, append_only.TABLES[table])
            for name in append_only.missing(database)
            for table in [name.rsplit("_no_", 1)[0]]]
    return gone + [(name, claim_moves.TRIGGERS[name], claim_moves.RULES[name])
                   for name in claim_moves.missing(database, present)]


def restore_rules() -> list[str]:
    """Put back the triggers ``missing_rules`` names (``partsdesk db upgrade`` does); returns
    their names."""
    with database.atomic():
        _lock_schema()
        gone = [name for name, _, _ in missing_rules()]
        if gone:
            _rules()
    return gone


# version -> step; version 1 is the first schema and has no step.
STEPS: dict[int, callable] = {2: step_2, 3: step_3, 4: step_4, 5: step_5}
LATEST = max(STEPS, default=1)
SCHEMA_LOCK = 0x5041_5254   # "PART": the advisory lock key that guards schema changes


class SchemaTooNew(DatabaseUnavailable):
    pass


def current_version() -> int:
    if not database.table_exists(SchemaVersion._meta.table_name):
        return 0
    row = SchemaVersion.select().order_by(SchemaVersion.version.desc()).first()
    return row.version if row else 0


def _lock_schema() -> None:
    """Let one PC at a time change the schema; the others wait, then find it done.

    SQLite's IMMEDIATE transactions already queue writers; PostgreSQL needs an explicit lock
    (held until the transaction ends), else two PCs starting at once both create the tables.
    """
    if not is_sqlite():
        database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK,))


def upgrade() -> int:
    """Bring the schema to LATEST; return the version now in force."""
    with database.atomic():
        _lock_schema()
        version = current_version()
        if version > LATEST:
            raise SchemaTooNew(tr(
                "This database was written by a newer PartsDesk (schema {version}; this program "
                "knows {latest}). Install the newer PartsDesk on this PC.", version=version,
                latest=LATEST))
        if not is_sqlite() and not roles.may_change_schema(database):
            return _without_schema_rights(version)
        if version == 0:
            database.create_tables(all_models())
            _rules()
            SchemaVersion.create(version=LATEST)
            return LATEST
    migrator = SqliteMigrator(database.obj) if is_sqlite() else PostgresqlMigrator(database.obj)
    for step in range(version + 1, LATEST + 1):
        with database.atomic():
            _lock_schema()
            if current_version() >= step:
                continue                # another PC ran this step while we waited
            STEPS[step](migrator)
            SchemaVersion.create(version=step)
    with database.atomic():
        _lock_schema()
        database.create_tables(all_models(), safe=True)
        roles.regrant(database)     # the application role's rights on any new table too
    return LATEST


def _without_schema_rights(version: int) -> int:
    """A PC logged in with the application role changes nothing in the schema: it finds the
    schema up to date, or says who can bring it there."""
    missing = sorted({model._meta.table_name for model in all_models()}
                     - set(database.get_tables()))
    if version < LATEST or missing:
        raise roles.refuse_upgrade(database, version, LATEST, missing)
    return LATEST
