"""Every data-changing action × every role, through the services (so the CLI and the GUI obey the
same table): allowed or refused exactly as ``permissions.ACTIONS`` says, and every allowed change
leaves an audit event naming the user.

The matrix is generated from ACTIONS. Each action needs an attempt function in ATTEMPTS below:
``attempt(actor, admin, tmp_path)`` makes the smallest change the action allows (``admin`` can
set up what it needs) and returns the audit action it expects ("*": any, by this user), or None
when the action writes no audit event (a backup changes no data). A new action without an
attempt fails ``test_every_action_can_be_attempted``.
"""

import pytest

from partsdesk import cli
from partsdesk.db.models import AuditEvent
from partsdesk.services import catalog, locations, users
from partsdesk.services.catalog import PartData
from partsdesk.services.errors import PermissionDenied
from partsdesk.services.locations import LocationData
from partsdesk.services.permissions import ACTIONS, ROLES
from tests.factories import PASSWORD, make_part, make_user


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


def _catalog_edit(actor, admin, tmp_path):
    catalog.create_part(actor, PartData("NEW-1", "New part"))
    return "part.create"


def _catalog_import(actor, admin, tmp_path):
    catalog.import_parts(actor, [PartData("IMP-1", "Imported").cleaned()], "parts.xlsx")
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
}

# Actions whose attempt functions are still to be written (stock, receiving, counting, claims).
# Remove an action from here when its attempt is added; never add a new action here.
PENDING = {
    "stock.receive", "stock.move", "stock.issue", "stock.reserve", "stock.adjust", "stock.count",
    "stock.count.approve", "receipt.reopen", "claims.edit", "claims.submit", "claims.approve",
    "claims.issue_parts", "claims.cancel",
}


def test_every_action_can_be_attempted():
    missing = sorted(set(ACTIONS) - set(ATTEMPTS) - PENDING)
    assert not missing, (f"add an attempt function to tests/test_permissions_matrix.py for: "
                         f"{', '.join(missing)}")
    assert not (PENDING & set(ATTEMPTS)), "remove actions that have an attempt from PENDING"


MATRIX = [(action, role) for action in ACTIONS if action in ATTEMPTS for role in ROLES]


@pytest.mark.parametrize("action,role", MATRIX, ids=[f"{a}-{r}" for a, r in MATRIX])
def test_each_role_may_do_exactly_what_the_role_table_says(action, role, admin, tmp_path,
                                                             monkeypatch):
    monkeypatch.setenv("PARTSDESK_PASSWORD", PASSWORD)
    make_part(admin, "P-1")
    actor = admin if role == "admin" else make_user(admin, f"u-{role}"[:40], role)
    if role == "admin":
        monkeypatch.setenv("PARTSDESK_PASSWORD", "admin-pass")
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


@pytest.mark.parametrize("action", [a for a in ACTIONS if a in ATTEMPTS])
def test_a_deactivated_user_may_do_nothing(action, admin, tmp_path, monkeypatch):
    monkeypatch.setenv("PARTSDESK_PASSWORD", PASSWORD)
    make_part(admin, "P-1")
    role = sorted(ACTIONS[action])[0]
    actor = make_user(admin, "gone", role)
    users.update_user(admin, "gone", active=False)
    actor = users.get("gone")
    with pytest.raises(Exception) as err:
        ATTEMPTS[action](actor, admin, tmp_path)
    assert isinstance(err.value, PermissionDenied) or "deactivated" in str(err.value)
