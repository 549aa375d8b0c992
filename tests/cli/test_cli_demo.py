"""``partsdesk demo --db postgresql://…`` builds the same demo on an empty PostgreSQL database,
so a dealer group can try several PCs on one server, and never adds to one that holds data."""

import pytest

from partsdesk.cli import main
from partsdesk.db.connection import close_database, open_database
from partsdesk.db.models import Part, User
from partsdesk.db.models.claims import Claim
from partsdesk.services import users

BACKENDS = ("postgres",)


@pytest.fixture
def cli(db_target, capsys):
    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", db_target, *args])
        out, err = capsys.readouterr()
        return code, out, err

    yield run
    close_database()


def test_the_demo_is_built_on_an_empty_postgresql_database(cli, db_target, db_backend):
    code, out, err = cli("demo")
    assert code == 0, err
    assert "Demo database ready at postgresql://" in out and "3,000 parts" in out
    open_database(db_target)
    assert Part.select().count() == 3000 and Claim.select().count() > 0
    assert users.authenticate("warranty", "demo123").role == "warranty_admin"

    code, out, err = cli("demo")                      # now it holds data: refused, unchanged
    assert code == 1 and out == ""
    assert err.startswith("error: The database PostgreSQL postgres@") and \
        "already holds data, and the demo is built only on an empty database" in err
    assert len(err.splitlines()) == 1
    open_database(db_target)
    assert Part.select().count() == 3000


def test_a_postgresql_database_with_any_data_is_refused(cli, db_target, db_backend,
                                                        monkeypatch):
    monkeypatch.setenv("PARTSDESK_PASSWORD", "admin-pass")
    assert cli("db", "init")[0] == 0                  # only its administrator
    code, _, err = cli("demo")
    assert code == 1 and "already holds data" in err
    open_database(db_target)
    assert [u.username for u in User.select()] == ["admin"] and Part.select().count() == 0
