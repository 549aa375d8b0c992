"""Every data-changing action × every role, through the services (so the CLI and the GUI obey the
same table): allowed or refused exactly as ``permissions.ACTIONS`` says, and every allowed change
leaves an audit event naming the user.

The matrix is generated from ACTIONS. Each action needs an attempt function in ATTEMPTS below:
``attempt(actor, admin, tmp_path)`` makes the smallest change the action allows (``admin`` can
set up what it needs) and returns the audit action it expects ("*": any, by this user), or None
when the action writes no audit event (a backup changes no data). What an attempt needs
beforehand (stock, a submitted claim) is made by its ``@prepared(setup)`` before the history is
read. A new action without an attempt fails ``test_every_action_can_be_attempted``.
"""

import pytest

from partsdesk import cli
from partsdesk.db.models import AuditEvent
from partsdesk.services import catalog, catalog_import, locations, permissions, users
from partsdesk.services.catalog import PartData
from partsdesk.services.errors import PermissionDenied
from partsdesk.services.locations import LocationData
from partsdesk.services.permissions import ACTIONS, ROLES
from tests.factories import (PASSWORD, make_claim, make_codes, make_location, make_part,
                             make_receipt, make_stock, make_user)


def _users_manage(actor, admin, tmp_path):
    users.create_user(actor, "newbie", "newbie-pass", "parts_clerk")
    return "user.create"


def _settings_edit(actor, admin, tmp_path):
    from partsdesk.services import claims
    claims.configure(actor, labour_rate="88.00")
    return "*"


def _cli_db(action):
    def attempt(actor, admin, tmp_path):
        from partsdesk.db.connection import database
        target = database.obj.database
        backup_file = tmp_path / "copy.sqlite3"
        if action == "restore":
            from partsdesk.db import backup
            backup.backup_sqlite(target, backup_file)
        code = cli.main(["db", action, str(backup_file), "--db", target,
                         "--user", actor.username])
        if code != 0:
            raise PermissionDenied(f"partsdesk db {action} refused (exit {code})")
        return None
    return attempt


def _claims_read(actor, admin, tmp_path):
    """Export the claims (customers' names, phones, VINs) from the command line."""
    from partsdesk.db.connection import database
    target = tmp_path / "claims.xlsx"
    code = cli.main(["export", "claims", str(target), "--db", database.obj.database,
                     "--user", actor.username])
    if code != 0:
        assert not target.exists()
        raise PermissionDenied(f"partsdesk export claims refused (exit {code})")
    assert target.exists()
    return None


def _quality_read(actor, admin, tmp_path):
    """Export the quality analysis from the command line."""
    from partsdesk.db.connection import database
    target = tmp_path / "quality.xlsx"
    code = cli.main(["export", "quality", str(target), "--by", "fault", "--db",
                     database.obj.database, "--user", actor.username])
    if code != 0:
        assert not target.exists()
        raise PermissionDenied(f"partsdesk export quality refused (exit {code})")
    assert target.exists()
    return None


def _catalog_edit(actor, admin, tmp_path):
    catalog.create_part(actor, PartData("NEW-1", "New part"))
    return "part.create"


def _catalog_import(actor, admin, tmp_path):
    catalog_import.import_parts(actor, [PartData("IMP-1", "Imported").cleaned()], "parts.xlsx")
    return "part.import"


def _locations_edit(actor, admin, tmp_path):
    locations.create_location(actor, LocationData("Z-01"))
    return "location.create"


def _locations_import(actor, admin, tmp_path):
    locations.import_locations(actor, [LocationData("Z-02").cleaned()], "bins.xlsx")
    return "location.import"


def _codes_edit(actor, admin, tmp_path):
    from partsdesk.services import codes
    codes.save_code(actor, "fault_codes", codes.CodeData("F-TEST", "Test fault"))
    return "*"


# --- stock, receiving, counting, claims: each needs a small world, set up before the attempt

def prepared(setup):
    """Attach ``setup(admin)``: it runs (as the administrator and other helpers) before the
    history is read, so only what the attempt itself writes is judged."""
    def attach(attempt):
        attempt.setup = setup
        return attempt
    return attach


def _stocked(admin):
    make_stock(admin, "P-1", make_location(admin, "A-01-01"), 5)
    make_location(admin, "A-01-02")


@prepared(lambda admin: make_location(admin, "RECV", "receiving"))
def _stock_receive(actor, admin, tmp_path):
    from partsdesk.services import receiving
    receiving.create_receipt(actor, source="Supplier", location="RECV", lines=[("P-1", 2)])
    return "receipt.create"


@prepared(_stocked)
def _stock_move(actor, admin, tmp_path):
    from partsdesk.services import stock
    stock.transfer(actor, "P-1", 1, "A-01-01", "A-01-02")
    return "stock.move"


@prepared(_stocked)
def _stock_issue(actor, admin, tmp_path):
    from partsdesk.services import stock
    stock.move(actor, "P-1", 1, "A-01-01", None, "issue", document="COUNTER")
    return "stock.move"


@prepared(_stocked)
def _stock_reserve(actor, admin, tmp_path):
    from partsdesk.services import stock
    stock.reserve(actor, "P-1", 2, "WO-1")
    return "stock.reserve"


@prepared(_stocked)
def _stock_adjust(actor, admin, tmp_path):
    from partsdesk.services import stock
    stock.adjust(actor, "P-1", "A-01-01", -1, "damaged")
    return "stock.move"


@prepared(_stocked)
def _stock_count(actor, admin, tmp_path):
    from partsdesk.services import counting
    counting.create_count(actor, ["A-01-01"])
    return "count.create"


def _big_variance(admin):
    """A count whose variance is worth more than a parts clerk may post."""
    from partsdesk.services import counting
    bin_ = make_location(admin, "A-01-01")
    make_stock(admin, make_part(admin, "BIG-1", "Gearbox", unit_price="9000.00"), bin_, 2)
    number = counting.create_count(admin, ["A-01-01"]).number
    counting.record_count(admin, number, "A-01-01", "BIG-1", 0)


@prepared(_big_variance)
def _stock_count_approve(actor, admin, tmp_path):
    from partsdesk.services import counting
    counting.post(actor, _latest("CycleCount"))
    return "count.post"


def _closed_receipt(admin):
    from partsdesk.services import receiving
    number = make_receipt(admin, {"P-1": 2}).number
    receiving.scan(admin, number, "P-1")
    receiving.close(admin, number)


@prepared(_closed_receipt)
def _receipt_reopen(actor, admin, tmp_path):
    from partsdesk.services import receiving
    receiving.reopen(actor, _latest("Receipt"), "One carton was scanned twice")
    return "receipt.reopen"


def _latest(model_name: str) -> str:
    from partsdesk.db import models
    from partsdesk.db.models import claims as claim_models
    from partsdesk.db.models import stock as stock_models
    model = next(getattr(m, model_name) for m in (models, stock_models, claim_models)
                 if hasattr(m, model_name))
    return model.select().order_by(model.id.desc()).first().number


def _claim_desk(admin):
    """Code tables, and a warranty administrator and a supervisor who are not the actor."""
    make_codes(admin)
    return make_user(admin, "wa-desk", "warranty_admin"), make_user(admin, "sv-desk",
                                                                    "supervisor")


def _draft_claim(admin):
    wa, _ = _claim_desk(admin)
    make_claim(wa)


def _submitted_claim(admin):
    from partsdesk.services import approvals
    wa, _ = _claim_desk(admin)
    approvals.submit(wa, make_claim(wa).number)


def _approved_claim_with_a_part(admin):
    from partsdesk.services import approvals
    from partsdesk.services.claims import PartLineData
    wa, supervisor = _claim_desk(admin)
    _stocked(admin)
    number = make_claim(wa, parts=[PartLineData("P-1", 1)]).number
    approvals.submit(wa, number)
    approvals.approve(supervisor, number)      # reserves the part


@prepared(lambda admin: _claim_desk(admin))
def _claims_edit(actor, admin, tmp_path):
    make_claim(actor)
    return "claim.create"


@prepared(_draft_claim)
def _claims_submit(actor, admin, tmp_path):
    from partsdesk.services import approvals
    approvals.submit(actor, _latest("Claim"))
    return "claim.submit"


@prepared(_submitted_claim)
def _claims_approve(actor, admin, tmp_path):
    from partsdesk.services import approvals
    approvals.approve(actor, _latest("Claim"))
    return "claim.approve"


@prepared(_approved_claim_with_a_part)
def _claims_issue_parts(actor, admin, tmp_path):
    from partsdesk.services import claim_parts
    claim_parts.issue_part(actor, _latest("Claim"), "P-1", "A-01-01", 1)
    return "claim.issue_part"


@prepared(_draft_claim)
def _claims_cancel(actor, admin, tmp_path):
    from partsdesk.services import claims
    claims.cancel(actor, _latest("Claim"), "The customer withdrew the claim")
    return "*"


# --- returns and settlement: a claim walked through the loop by the desk's own users --------

def _issued_tag(admin):
    from partsdesk.services.claims import PartLineData
    from tests.factories import FILTER, make_issued_claim, make_loop_desk
    desk = make_loop_desk(admin)
    return desk, make_issued_claim(desk, PartLineData(FILTER))


def _shipped_tag(admin):
    from partsdesk.services import return_shipments, returns
    desk, claim = _issued_tag(admin)
    shipment = return_shipments.create_shipment(desk["clerk"])
    return_shipments.pack(desk["clerk"], shipment.number, returns.tags_of(claim)[0].number)
    return_shipments.ship(desk["clerk"], shipment.number, "SF Express", "SF1")


def _printed_voucher(admin):
    from partsdesk.documents import voucher
    desk, claim = _issued_tag(admin)
    voucher.print_voucher(desk["wa"], claim.number)


def _settleable_claim(admin):
    from datetime import date

    from partsdesk.documents import voucher
    from partsdesk.services import vouchers
    from tests.factories import make_issued_claim, make_loop_desk
    desk = make_loop_desk(admin)
    claim = make_issued_claim(desk)                 # labour only: nothing to return
    voucher.print_voucher(desk["wa"], claim.number)
    vouchers.record_signed(desk["wa"], claim.number, date.today())
    return desk, claim


def _submitted_batch(admin):
    from partsdesk.services import batches
    desk, claim = _settleable_claim(admin)
    batch = batches.create_batch(desk["sc"], claim_numbers=[claim.number])
    batches.submit_batch(desk["sc"], batch.number)


def _latest_tag() -> str:
    from partsdesk.db.models.returns import DefectTag
    return DefectTag.select().order_by(DefectTag.id.desc()).first().number


def _latest_claim() -> str:
    from partsdesk.db.models.claims import Claim
    return Claim.select().order_by(Claim.id.desc()).first().number


@prepared(_issued_tag)
def _returns_tag(actor, admin, tmp_path):
    from partsdesk.services import returns
    returns.store(actor, _latest_tag())
    return "tag.store"


def _returns_ship(actor, admin, tmp_path):
    from partsdesk.services import return_shipments
    return_shipments.create_shipment(actor)
    return "shipment.create"


@prepared(_shipped_tag)
def _returns_inspect(actor, admin, tmp_path):
    from partsdesk.services import return_inspection
    return_inspection.receive(actor, _latest_tag())
    return "tag.receive"


@prepared(_issued_tag)
def _vouchers_print(actor, admin, tmp_path):
    from partsdesk.documents import voucher
    voucher.print_voucher(actor, _latest_claim())
    return "voucher.print"


@prepared(_printed_voucher)
def _vouchers_record_signed(actor, admin, tmp_path):
    from datetime import date

    from partsdesk.services import vouchers
    vouchers.record_signed(actor, _latest_claim(), date.today(), "Zhang Min")
    return "voucher.signed"


@prepared(_settleable_claim)
def _settlement_batch(actor, admin, tmp_path):
    from partsdesk.services import batches
    batches.create_batch(actor, claim_numbers=[_latest_claim()])
    return "batch.create"


@prepared(_submitted_batch)
def _settlement_payment(actor, admin, tmp_path):
    from datetime import date

    from partsdesk.db.models.settlement import SettlementBatch
    from partsdesk.services import batches
    batch = SettlementBatch.select().order_by(SettlementBatch.id.desc()).first()
    batches.record_payment(actor, batch.number, batch.expected_total, date.today(), "TT-1")
    return "batch.payment"


@prepared(_submitted_batch)
def _settlement_withdraw(actor, admin, tmp_path):
    from partsdesk.db.models.settlement import SettlementBatch
    from partsdesk.services import batches
    batch = SettlementBatch.select().order_by(SettlementBatch.id.desc()).first()
    batches.withdraw_batch(actor, batch.number, "Statement sent twice")
    return "batch.withdraw"


ATTEMPTS = {
    "users.manage": _users_manage,
    "settings.edit": _settings_edit,
    "db.backup": _cli_db("backup"),
    "db.restore": _cli_db("restore"),
    "catalog.edit": _catalog_edit,
    "catalog.import": _catalog_import,
    "locations.edit": _locations_edit,
    "locations.import": _locations_import,
    "codes.edit": _codes_edit,
    "claims.read": _claims_read,
    "quality.read": _quality_read,
    "stock.receive": _stock_receive,
    "stock.move": _stock_move,
    "stock.issue": _stock_issue,
    "stock.reserve": _stock_reserve,
    "stock.adjust": _stock_adjust,
    "stock.count": _stock_count,
    "stock.count.approve": _stock_count_approve,
    "receipt.reopen": _receipt_reopen,
    "claims.edit": _claims_edit,
    "claims.submit": _claims_submit,
    "claims.approve": _claims_approve,
    "claims.issue_parts": _claims_issue_parts,
    "claims.cancel": _claims_cancel,
    "returns.tag": _returns_tag,
    "returns.ship": _returns_ship,
    "returns.inspect": _returns_inspect,
    "vouchers.print": _vouchers_print,
    "vouchers.record_signed": _vouchers_record_signed,
    "settlement.batch": _settlement_batch,
    "settlement.payment": _settlement_payment,
    "settlement.withdraw": _settlement_withdraw,
}

# Actions whose attempt functions are still to be written.
# Remove an action from here when its attempt is added; never add a new action here.
PENDING: set[str] = set()


def test_every_action_can_be_attempted():
    missing = sorted(set(ACTIONS) - set(ATTEMPTS) - PENDING)
    assert not missing, (f"add an attempt function to tests/services/test_permissions_matrix.py for: "
                         f"{', '.join(missing)}")
    assert not (PENDING & set(ATTEMPTS)), "remove actions that have an attempt from PENDING"


def _set_up(action, admin):
    setup = getattr(ATTEMPTS[action], "setup", None)
    if setup is not None:
        setup(admin)


MATRIX = [(action, role) for action in ACTIONS if action in ATTEMPTS for role in ROLES]


@pytest.mark.parametrize("action,role", MATRIX, ids=[f"{a}-{r}" for a, r in MATRIX])
def test_each_role_may_do_exactly_what_the_role_table_says(action, role, admin, tmp_path,
                                                             monkeypatch):
    monkeypatch.setenv("PARTSDESK_PASSWORD", PASSWORD)
    make_part(admin, "P-1")
    actor = admin if role == "admin" else make_user(admin, f"u-{role}"[:40], role)
    if role == "admin":
        monkeypatch.setenv("PARTSDESK_PASSWORD", "admin-pass")
    _set_up(action, admin)
    last_event = AuditEvent.select().order_by(AuditEvent.id.desc()).first().id
    allowed = role in ACTIONS[action]
    if allowed:
        audited = ATTEMPTS[action](actor, admin, tmp_path)
        if audited is not None:
            events = list(AuditEvent.select().where(AuditEvent.id > last_event))
            assert events, f"{action} by {role} changed data without an audit event"
            assert all(e.user_id == actor.id for e in events)
            if audited != "*":
                assert audited in {e.action for e in events}
    else:
        with pytest.raises(PermissionDenied):
            ATTEMPTS[action](actor, admin, tmp_path)
        new = AuditEvent.select().where((AuditEvent.id > last_event)
                                        & (AuditEvent.action != "user.login"))
        assert not new.exists(), f"a refused {action} by {role} still changed something"


# Actions attempted through the command line, which logs the user in and says why it refuses.
COMMAND_LINE = {"db.backup", "db.restore", "claims.read", "quality.read"}


@pytest.mark.parametrize("action", [a for a in ACTIONS if a in ATTEMPTS])
def test_a_deactivated_user_may_do_nothing(action, admin, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PARTSDESK_PASSWORD", PASSWORD)
    make_part(admin, "P-1")
    role = sorted(ACTIONS[action])[0]
    actor = make_user(admin, "gone", role)
    _set_up(action, admin)
    users.update_user(admin, "gone", active=False)
    actor = users.get("gone")
    capsys.readouterr()
    with pytest.raises(PermissionDenied) as err:
        ATTEMPTS[action](actor, admin, tmp_path)
    if action in COMMAND_LINE:
        assert capsys.readouterr().err == \
            "error: User gone is deactivated. Ask an administrator.\n"
    else:
        assert str(err.value).startswith(f"gone ({permissions.role_name(role)}) may not ")
