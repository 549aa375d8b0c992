"""Upgrading a database written by an earlier PartsDesk: every numbered step, on both databases."""

from datetime import date

import pytest
from playhouse.migrate import PostgresqlMigrator, SqliteMigrator, migrate

from partsdesk import i18n
from partsdesk.db import migrations
from partsdesk.db.connection import close_database, database, is_sqlite, open_database
from partsdesk.db.models import SchemaVersion
from tests import pg

# Columns that step 2 adds, by table: a version-1 database has none of them.
STEP_2 = {
    "user": ["failed_logins", "locked_until"],
    "claim": ["vehicle_model_id", "production_date", "warranty_start", "figures_changed_by_id",
              "figures_changed_at"],
    "claim_part_line": ["catalogue_price", "price_reason"],
    "inspection": ["charge_back_reason"],
    "voucher_print": ["after_signing"],
    "signed_copy": ["voucher_print_id"],
    "difference": ["code"],
}
# Columns that step 3 adds: the Chinese description or name of each code table.
STEP_3 = {
    "vehicle_model": ["name_zh"],
    "labor_operation": ["description_zh"],
    "fault_code": ["description_zh"],
    "cause_code": ["description_zh"],
    "part_category_code": ["name_zh"],
}
# Columns that step 4 adds: the message key and parameters of each history event.
STEP_4 = {"audit_event": ["message", "params"]}
# Step 5 adds an inspection's attempt (a tag had one inspection in all before), the withdrawal
# table and every trigger.
STEP_5 = {"inspection": ["attempt"]}


def _columns(table: str) -> set[str]:
    return {c.name for c in database.get_columns(table)}


def _make_version_1(target: str) -> None:
    """A database as version 1 left it: today's tables less the columns of steps 2 and 3, with a
    claim, and code tables described in one column, English or Chinese."""
    from partsdesk.services import users
    from tests.factories import make_claim, make_codes, make_user
    open_database(target)
    admin = users.create_first_admin("admin-pass")
    make_codes(admin)
    make_claim(make_user(admin, "wa", "warranty_admin"))
    migrator = SqliteMigrator(database.obj) if is_sqlite() else PostgresqlMigrator(database.obj)
    if is_sqlite():
        database.execute_sql("PRAGMA foreign_keys = OFF")   # the tables are rebuilt below
    with database.atomic():
        _undo_step_5(migrator)
        for table, names in (*STEP_2.items(), *STEP_3.items(), *STEP_4.items()):
            # SQLite's own DROP COLUMN refuses a foreign key: peewee rebuilds the table instead
            extra = {"legacy": True} if is_sqlite() else {}
            migrate(*(migrator.drop_column(table, name, **extra) for name in names))
        # version 1 had one description: the factories' Chinese one was written there
        database.execute_sql("UPDATE labor_operation SET description = '更换机油滤清器' "
                             "WHERE code = '01-010'")
        database.execute_sql("UPDATE fault_code SET description = '漏油 Oil leak' "
                             "WHERE code = 'F101'")
        SchemaVersion.delete().execute()
        SchemaVersion.create(version=1)
    close_database()


def _undo_step_5(migrator) -> None:
    """The schema as it was before step 5: no triggers, no withdrawal table, no attempt, one
    inspection per tag."""
    from partsdesk.db.models.returns import InspectionWithdrawal
    _drop_triggers()
    database.drop_tables([InspectionWithdrawal])
    extra = {"legacy": True} if is_sqlite() else {}
    migrate(*(migrator.drop_column("inspection", name, **extra)
              for name in STEP_5["inspection"]))
    database.execute_sql('DROP INDEX IF EXISTS "inspection_tag_id_attempt"')
    database.execute_sql('CREATE UNIQUE INDEX "inspection_tag_id" ON "inspection" ("tag_id")')


def _drop_triggers() -> None:
    if is_sqlite():
        for (name,) in database.execute_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            database.execute_sql(f'DROP TRIGGER "{name}"')
        return
    for name, table in database.execute_sql(
            "SELECT t.tgname, c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND NOT t.tgisinternal").fetchall():
        database.execute_sql(f'DROP TRIGGER "{name}" ON "{table}"')


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def old_database(request, db_path):
    """The target of a version-1 database: an SQLite file, or a schema of its own."""
    if request.param == "sqlite":
        _make_version_1(db_path)
        yield db_path
        return
    url = pg.require_server()
    schema = pg.new_schema(url)
    try:
        _make_version_1(pg.schema_url(url, schema))
        yield pg.schema_url(url, schema)
    finally:
        close_database()
        pg.drop_schema(url, schema)


def test_a_version_1_database_upgrades_to_the_latest_and_keeps_its_claims(old_database):
    open_database(old_database)
    try:
        assert migrations.current_version() == migrations.LATEST >= 2
        for table, names in (*STEP_2.items(), *STEP_3.items(), *STEP_4.items(),
                             *STEP_5.items()):
            assert set(names) <= _columns(table), table
        from partsdesk.db import append_only, claim_moves
        assert append_only.missing(database) == []
        assert claim_moves.missing(database, append_only.present(database)) == []
        from partsdesk.db.models.claims import Claim
        claim = Claim.get()
        # the claim keeps the facts its vehicle had when the upgrade ran
        assert claim.vehicle_model.code == "SED20"
        assert claim.warranty_start == claim.vehicle.warranty_start
        assert isinstance(claim.production_date, date)
        assert claim.figures_changed_by is None
    finally:
        close_database()


def test_an_upgrade_moves_chinese_descriptions_to_the_chinese_column(old_database):
    from partsdesk.db.models.claims import CauseCode, FaultCode, LaborOperation, VehicleModel
    from partsdesk.services import codes
    open_database(old_database)
    try:
        oil = LaborOperation.get(LaborOperation.code == "01-010")
        assert (oil.description, oil.description_zh) == ("", "更换机油滤清器")
        mixed = FaultCode.get(FaultCode.code == "F101")          # any Chinese makes it Chinese
        assert (mixed.description, mixed.description_zh) == ("", "漏油 Oil leak")
        brakes = LaborOperation.get(LaborOperation.code == "02-120")
        assert (brakes.description, brakes.description_zh) == ("Replace front brake pads", "")
        assert VehicleModel.get(VehicleModel.code == "SED20").name == "Sedan 2.0"
        assert CauseCode.get(CauseCode.code == "C01").description_zh == ""
        # an English reader still sees the Chinese description where there is no other
        assert codes.describe(oil, "en") == "更换机油滤清器"
    finally:
        close_database()


def test_an_upgraded_database_opens_again_without_running_a_step_twice(old_database):
    open_database(old_database)
    close_database()
    open_database(old_database)
    try:
        versions = [v for (v,) in SchemaVersion.select(SchemaVersion.version).tuples()]
        assert sorted(versions) == list(range(1, migrations.LATEST + 1))
    finally:
        close_database()


def _make_version_3(target: str) -> dict:
    """A database as version 3 left it: history written in English and in Chinese, each event
    with its summary only. Returns the claim and the part its events are about."""
    from partsdesk.services import approvals, audit, catalog, claims, users
    from partsdesk.services.catalog import PartData
    from partsdesk.services.permissions import ROLES
    from tests.factories import make_claim, make_codes, make_part, make_user
    open_database(target)
    admin = users.create_first_admin("admin-pass")
    make_codes(admin)
    make_part(admin, "P-1", "Oil filter", unit_price="12.50")
    clerk = make_user(admin, "wa", "warranty_admin")
    boss = make_user(admin, "boss", "supervisor")
    claim = make_claim(clerk)                                   # written in English
    i18n.set_language("zh_CN")
    try:
        claims.add_comment(clerk, claim.number, "Customer waits in the lounge")
        approvals.submit(clerk, claim.number)
        approvals.reject(boss, claim.number, "照片不清楚")
        catalog.update_part(admin, "P-1", PartData("P-1", "Oil filter, spin-on",
                                                   unit_price="12.50", must_return=True))
    finally:
        i18n.set_language("en")
    audit.record(admin, "part.note", "part", "P-1", "Counted twice by hand")
    migrator = SqliteMigrator(database.obj) if is_sqlite() else PostgresqlMigrator(database.obj)
    with database.atomic():
        _undo_step_5(migrator)
        migrate(*(migrator.drop_column("audit_event", name) for name in STEP_4["audit_event"]))
        SchemaVersion.delete().execute()
        SchemaVersion.create(version=3)
    close_database()
    claim = claims.get_claim(claim.number)
    return {"claim": claim.number, "total": str(claim.total_amount),
            "tier": ROLES[approvals.TIER_ROLES[claim.tier]]}


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def version_3(request, db_path):
    """The target of a version-3 database and what its history is about."""
    if request.param == "sqlite":
        yield db_path, _make_version_3(db_path)
        return
    url = pg.require_server()
    schema = pg.new_schema(url)
    try:
        yield pg.schema_url(url, schema), _make_version_3(pg.schema_url(url, schema))
    finally:
        close_database()
        pg.drop_schema(url, schema)


def _lines(entity: str, record_id: str, language: str) -> list[str]:
    from partsdesk.services import audit, history
    return [history.describe(e, language) for e in audit.history(entity, record_id)]


def test_an_upgrade_reads_the_history_back_into_messages_said_in_either_language(version_3):
    target, made = version_3
    number = made["claim"]
    claims_tr, roles_tr = i18n.Translator("Claims"), i18n.Translator("Roles")
    open_database(target)
    try:
        assert set(STEP_4["audit_event"]) <= _columns("audit_event")
        for language in ("en", "zh_CN"):
            tier = roles_tr.lang(language, made["tier"])
            assert _lines("claim", number, language) == [
                claims_tr.lang(language, "Claim {number} entered", number=number),
                # what a person typed stays as typed, in the words around it of the reader
                claims_tr.lang(language, "Comment on claim {number}: {text}", number=number,
                               text="Customer waits in the lounge"),
                claims_tr.lang(language, "Claim {number} submitted for approval by a {tier} "
                               "({total})", number=number, tier=tier, total=made["total"]),
                claims_tr.lang(language, "Claim {number} rejected: {reason}", number=number,
                               reason="照片不清楚")]
        assert _lines("part", "P-1", "en")[:2] == [
            "Created", "Name: Oil filter → Oil filter, spin-on; Must return: No → Yes"]
        catalog_tr = i18n.Translator("Catalog")
        assert _lines("part", "P-1", "zh_CN")[1] == "; ".join([
            catalog_tr.lang("zh_CN", "{field}: {old} → {new}", field=catalog_tr.lang(
                "zh_CN", "Name"), old="Oil filter", new="Oil filter, spin-on"),
            catalog_tr.lang("zh_CN", "{field}: {old} → {new}", field=catalog_tr.lang(
                "zh_CN", "Must return"), old=catalog_tr.lang("zh_CN", "No"),
                new=catalog_tr.lang("zh_CN", "Yes"))])
    finally:
        close_database()


def test_an_event_no_text_of_the_catalogue_matches_keeps_its_summary(version_3):
    from partsdesk.db.models import AuditEvent
    from partsdesk.services import history
    target, _ = version_3
    open_database(target)
    try:
        note = AuditEvent.get(AuditEvent.action == "part.note")
        assert (note.message, note.params) == ("", None)
        assert history.describe(note, "zh_CN") == "Counted twice by hand"
        assert _lines("part", "P-1", "en")[-1] == "Counted twice by hand"
    finally:
        close_database()
