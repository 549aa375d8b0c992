"""The demo database: a realistic, repeatable warehouse to try PartsDesk on."""

import re
import shutil
import sqlite3

import pytest

from partsdesk.cli import main
from partsdesk.db.connection import close_database, open_database
from partsdesk.db.models import Location, Part, PartAlias, User
from partsdesk.services import catalog, users
from partsdesk import demo
from partsdesk.services.errors import Conflict
from partsdesk.services.permissions import ROLES

CATALOGUE_SQL = """
    SELECT p.part_no, p.name, p.name_zh, p.category, p.unit, p.unit_price, p.must_return,
           p.min_stock, p.active, s.part_no, a.code
    FROM part p LEFT JOIN part s ON s.id = p.superseded_by_id
    LEFT JOIN part_alias a ON a.part_id = p.id ORDER BY p.part_no, a.code"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    summary = demo.build(str(path))
    close_database()
    return path, summary


@pytest.fixture
def demo_db(built, tmp_path):
    """A private copy of the small demo, open."""
    path = tmp_path / "demo.sqlite3"
    shutil.copy(built[0], path)
    open_database(str(path), backup=False)
    yield path
    close_database()


def rows(path, sql):
    with sqlite3.connect(path) as connection:
        return connection.execute(sql).fetchall()


def test_the_small_demo_has_a_catalogue_bins_and_a_user_per_role(built, demo_db):
    assert built[1].startswith("3,000 parts, 184 locations, ")
    assert built[1].endswith(" users (password demo123)")
    assert Part.select().count() == 3000
    assert Part.select().where(Part.name_zh != "").count() == 3000
    assert {l.kind for l in Location.select()} == {"bin", "receiving", "defective", "scrap"}
    assert Location.get(Location.code == "A-01-01").kind == "bin"
    assert {u.role for u in User.select()} == set(ROLES)


def test_the_demo_catalogue_looks_like_a_dealers(demo_db):
    categories = {c for (c,) in Part.select(Part.category).distinct().tuples()}
    assert {"发动机", "制动", "电气", "车身", "悬架"} <= categories
    names = {p.name for p in Part.select(Part.name)}
    assert any(n.startswith("Front brake pads") for n in names)
    assert Part.select().where(Part.must_return == True).count() > 100     # noqa: E712
    numbers = [p.part_no for p in Part.select(Part.part_no)]
    assert any(re.fullmatch(r"\d{5}-[0-9A-Z]{5}", n) for n in numbers)           # Toyota style
    assert any(re.fullmatch(r"\d[A-Z]\d \d{3} \d{3}( [A-Z])?", n) for n in numbers)  # VW
    for n in numbers:
        assert catalog.validate_part_no(n) == n


def test_superseded_parts_lead_to_the_part_to_use_today(demo_db):
    old = Part.select().where(Part.superseded_by.is_null(False)).first()
    today = catalog.current_part(old)
    assert today.superseded_by is None and today.name == old.name
    assert Part.select().where(Part.superseded_by.is_null(False)).count() > 30


def test_supplier_ean_barcodes_find_their_parts(demo_db):
    alias = PartAlias.select().first()
    assert re.fullmatch(r"69\d{11}", alias.code)
    digits = [int(d) for d in alias.code]
    assert sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10 == 0
    assert catalog.find_by_code(alias.code) == alias.part


def test_the_demo_is_the_same_every_time(built, tmp_path):
    again = tmp_path / "again.sqlite3"
    demo.build(str(again))
    close_database()
    first, second = rows(built[0], CATALOGUE_SQL), rows(again, CATALOGUE_SQL)
    assert len(first) >= 3000 and first == second
    locations = "SELECT code, kind, description FROM location ORDER BY code"
    assert rows(built[0], locations) == rows(again, locations)


def test_the_log_in_window_lists_one_account_per_role_and_each_logs_in(demo_db):
    accounts = demo.accounts()
    assert sorted(role for _, role, _ in accounts) == sorted(ROLES)
    for username, role, password in accounts:
        assert users.authenticate(username, password).role == role


def test_the_demo_inspector_has_work_waiting_and_shipments_on_their_way(demo_db):
    from partsdesk.db.models.returns import Inspection
    from partsdesk.services import claim_states, return_shipments
    inspector = users.get("inspector")
    assert inspector.role == "return_inspector" and inspector.full_name == "Sun Hao"
    assert return_shipments.waiting_for_inspection()                    # received, not inspected
    assert any(row.state == "shipped" and row.outstanding         # on their way
               for row in return_shipments.search_shipments())
    inspections = list(Inspection.select())
    assert inspections and all(i.inspected_by_id == inspector.id for i in inspections)
    assert {claim_states.CONFIRMED, claim_states.NO_FAULT, claim_states.MISSING} <= {
        i.outcome for i in inspections}


def test_a_real_database_shows_no_demo_accounts(admin):
    assert demo.accounts() == []


def test_the_demo_never_overwrites_a_real_database(admin, db_path):
    close_database()
    with pytest.raises(Conflict, match="is not a PartsDesk demo database"):
        demo.build(db_path)
    assert rows(db_path, "SELECT username FROM user") == [("admin",)]


def test_the_demo_refuses_a_file_that_is_no_database(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes")
    with pytest.raises(Conflict,
                       match="is not a PartsDesk demo database, and the demo never overwrites"):
        demo.build(str(notes))
    assert notes.read_text() == "my notes"


def test_a_demo_is_rebuilt_in_place(demo_db):
    users.create_user(users.get("admin"), "extra", "extra-pass", "parts_clerk")
    close_database()
    demo.build(str(demo_db))
    assert not User.select().where(User.username == "extra").exists()
    assert not demo_db.with_name(demo_db.name + ".building").exists()


def test_partsdesk_demo_builds_from_the_command_line(tmp_path, capsys):
    target = tmp_path / "cli-demo.sqlite3"
    assert main(["demo", "--db", str(target)]) == 0
    assert "3,000 parts" in capsys.readouterr().out


def test_partsdesk_demo_refuses_a_real_database_in_one_line(admin, db_path, capsys):
    close_database()
    assert main(["demo", "--db", db_path]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a PartsDesk demo database" in err

