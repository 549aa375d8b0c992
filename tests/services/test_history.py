"""The history in words: every event the services write says itself in either language."""

import ast
import shutil
from pathlib import Path

import pytest

from partsdesk import demo, i18n
from partsdesk.db.connection import close_database, open_database
from partsdesk.db.models import AuditEvent
from partsdesk.i18n import Message, Translator
from partsdesk.services import (approvals, audit, catalog, codes, counting, history, receiving,
                                stock, users, vehicles)
from partsdesk.services.catalog import PartData
from partsdesk.services.codes import CodeData
from partsdesk.services.errors import AuthenticationFailed
from partsdesk.services.vehicles import VehicleData
from tests.factories import (PASSWORD, VIN, make_claim, make_codes, make_location, make_part,
                             make_receipt, make_user)

BACKENDS = ("sqlite", "postgres")
SERVICES = Path(__file__).resolve().parents[2] / "partsdesk"


def _messages(said: Message):
    """``said`` and every message among its parameters."""
    yield said
    for value in said.params.values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, Message):
                yield from _messages(item)


def _check_said_in_both_languages(events) -> None:
    """Each event keeps a message whose texts all have a Chinese translation; said in English
    it is the summary its English writer saw."""
    catalogue = i18n.load_catalog()
    for event in events:
        said = history.message(event)
        assert said is not None, (event.action, event.summary)
        for part in _messages(said):
            assert (part.context, part.template) in catalogue, (event.action, part.key)
        assert history.describe(event, "en") == event.summary, event.action
        assert history.describe(event, "zh_CN") != event.summary, event.action


@pytest.fixture(scope="module")
def built_demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("history") / "demo.sqlite3"
    demo.build(str(path))
    close_database()
    return path


def test_every_event_of_the_demo_is_said_in_either_language(built_demo, tmp_path):
    path = tmp_path / "demo.sqlite3"
    shutil.copy(built_demo, path)
    open_database(str(path), backup=False)
    try:
        events = list(AuditEvent.select())
        assert len({e.action for e in events}) > 30
        _check_said_in_both_languages(events)
    finally:
        close_database()


def _record_calls():
    """(file, line, summary argument) of every audit.record and move_to call in partsdesk/."""
    for path in sorted(SERVICES.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            called = (ast.unparse(func) in ("audit.record", "move_to", "gate.move_to"))
            if called and len(node.args) > 4:           # the summary is the fifth argument
                yield path.name, node.lineno, node.args[4]


def test_every_event_the_services_write_is_given_a_message():
    """A summary is made by tr.message (or a helper that makes one), never a text rendered
    in the writer's language."""
    calls = list(_record_calls())
    assert len(calls) > 70
    for name, line, summary in calls:
        rendered = isinstance(summary, ast.Constant) or (
            isinstance(summary, ast.Call) and isinstance(summary.func, ast.Name)
            and summary.func.id == "tr") or (
            isinstance(summary, ast.Call) and getattr(summary.func, "attr", "") in (
                "plural", "lang"))
        assert not rendered, f"{name}:{line}"


def test_the_events_outside_the_demo_are_said_in_either_language(admin):
    make_codes(admin)
    clerk = make_user(admin, "pc", "parts_clerk")
    make_user(admin, "wa", "warranty_admin")
    make_part(clerk, "P-1", "Oil filter", unit_price="12.50")
    catalog.update_part(clerk, "P-1", PartData("P-1", "Oil filter, spin-on", unit_price="12.50",
                                               must_return=True, aliases=["4900000000017"]))
    catalog.update_part(clerk, "P-1", PartData("P-1", "Oil filter, spin-on", unit_price="12.50",
                                               must_return=True, aliases=["4900000000017"]))
    catalog.set_active(clerk, "P-1", False)
    catalog.set_active(clerk, "P-1", True)
    make_part(clerk, "P-2", "Oil filter, new")
    catalog.supersede(clerk, "P-1", "P-2")
    codes.save_code(admin, "fault_codes", CodeData("F303", "Squeak"))
    codes.set_active(admin, "fault_codes", "F303", False)
    make_location(clerk, "A-01-01")
    stock.move(clerk, "P-1", 5, None, "A-01-01", "receipt", "RC-TEST")
    receipt = make_receipt(clerk, {"P-1": 2})
    receiving.scan(clerk, receipt.number, "P-1")
    receiving.scan(clerk, receipt.number, "NO-SUCH-CODE")
    receiving.close(clerk, receipt.number)
    receiving.reopen(admin, receipt.number, "Second carton found")
    count = counting.create_count(clerk, ["A-01-01"])
    counting.cancel(clerk, count.number, "Wrong bin")
    users.authenticate("pc", PASSWORD)
    with pytest.raises(AuthenticationFailed):
        users.authenticate("pc", "not the password")
    users.set_password(admin, "pc", "another-pass1")
    _check_said_in_both_languages(AuditEvent.select())
    tr = Translator("Catalog")
    lines = [history.describe(e, "zh_CN") for e in audit.history("part", "P-1")]
    assert lines[0] == tr.lang("zh_CN", "Created")
    assert tr.lang("zh_CN", "Name") in lines[1] and "Oil filter, spin-on" in lines[1]
    assert lines[2] == tr.lang("zh_CN", "Changed")         # saved without a change
    assert lines[-1] == tr.lang("zh_CN", "Superseded by {new}", new="P-2")


def test_a_reason_typed_by_a_person_stays_as_typed(admin):
    make_codes(admin)
    wa = make_user(admin, "wa", "warranty_admin")
    boss = make_user(admin, "boss", "supervisor")
    claim = make_claim(wa)
    vehicles.change_vehicle(wa, VIN, VehicleData(VIN, "SUV30"), "Registration papers say SUV30")
    approvals.submit(wa, claim.number)
    approvals.reject(boss, claim.number, "照片不清楚 — photo unclear")
    tr = Translator("Claims")
    rejected = audit.history("claim", claim.number)[-1]
    for language in ("en", "zh_CN"):
        assert history.describe(rejected, language) == tr.lang(
            language, "Claim {number} rejected: {reason}", number=claim.number,
            reason="照片不清楚 — photo unclear")
    changed = audit.history("vehicle", VIN)[-1]
    assert history.describe(changed, "zh_CN") == Translator("Vehicles").lang(
        "zh_CN", "Vehicle {vin} changed: {reason}", vin=VIN,
        reason="Registration papers say SUV30")


def test_an_event_without_a_message_shows_its_summary(admin):
    event = audit.record(admin, "note", "part", "P-1", "Counted twice by hand")
    assert (event.message, event.params) == ("", None)
    assert history.describe(event, "zh_CN") == "Counted twice by hand"
