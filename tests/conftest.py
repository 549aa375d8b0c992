"""Every test runs offscreen, in a fresh per-user folder and a fresh database.

The ``db`` fixture is SQLite. A test module that sets ``BACKENDS = ("sqlite", "postgres")`` runs
each of its database tests on both (``("postgres",)``: on PostgreSQL only); the PostgreSQL run uses the server named by
PARTSDESK_TEST_PG (skipped with a reason when unset, failed when set but unreachable).
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from partsdesk import i18n  # noqa: E402
from partsdesk.db.connection import close_database, open_database  # noqa: E402
from tests import pg  # noqa: E402
from tests.factories import make_loop_desk, make_user  # noqa: E402,F401


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    """A private PARTSDESK_HOME: settings, default database and backups land in tmp."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("PARTSDESK_HOME", str(folder))
    monkeypatch.delenv("PARTSDESK_DB", raising=False)
    monkeypatch.delenv("PARTSDESK_PASSWORD", raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    i18n.set_language("en")
    yield folder
    i18n.set_language("en")


@pytest.fixture
def db_path(tmp_path):
    return str(tmp_path / "partsdesk.sqlite3")


def pytest_generate_tests(metafunc):
    backends = getattr(metafunc.module, "BACKENDS", None)
    if backends and "db_backend" in metafunc.fixturenames:
        metafunc.parametrize("db_backend", [
            pytest.param(name, marks=[pytest.mark.postgres] if name == "postgres" else [])
            for name in backends], indirect=True)


@pytest.fixture
def db_backend(request):
    """"sqlite", or each of the module's BACKENDS in turn (see above)."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def pg_schema():
    """This run's own schema on the test server, with every table created once."""
    url = pg.require_server()
    schema = pg.new_schema(url)
    open_database(pg.schema_url(url, schema))
    close_database()
    yield schema
    close_database()
    pg.drop_schema(url, schema)


@pytest.fixture
def pg_url(pg_schema):
    """A URL to this run's schema, all its tables emptied for this test."""
    url = pg.server_url()
    pg.empty_tables(url, pg_schema)
    return pg.schema_url(url, pg_schema)


@pytest.fixture
def db_target(request, db_backend, db_path):
    """What open_database() is given: the SQLite file or the PostgreSQL URL of this test."""
    return request.getfixturevalue("pg_url") if db_backend == "postgres" else db_path


@pytest.fixture
def db(db_target):
    """A fresh, migrated database: SQLite, or PostgreSQL in modules that run on both."""
    database = open_database(db_target)
    yield database
    close_database()


@pytest.fixture
def pg_db(pg_url):
    """A fresh, migrated PostgreSQL database (this run's schema, emptied)."""
    database = open_database(pg_url)
    yield database
    close_database()


@pytest.fixture
def admin(db):
    from partsdesk.services import users
    return users.create_first_admin("admin-pass", full_name="Ada Admin")


@pytest.fixture
def clerk(admin):
    return make_user(admin, "clerk", "parts_clerk")


@pytest.fixture
def desk(admin):
    """The claim loop's desk (tests.factories.make_loop_desk): its people by role
    (wa, sup, sc, ri, clerk, admin), code tables, three parts with stock in A-01-01 and
    the defective store DEF-01. A module that needs more overrides it with
    ``def desk(desk): ...``."""
    return make_loop_desk(admin)


@pytest.fixture
def headless_ui(qapp):
    """The application's real look, and messages headless: tests read ``messages.shown`` and
    answer prompts through ``messages.answers``. Every test in tests/ui/ has it."""
    from partsdesk.ui import app, messages
    app.prepare(qapp)
    messages.headless = True
    messages.shown.clear()
    messages.answers.clear()
    yield
    messages.headless = False


@pytest.fixture
def quiet_sounds():
    """No sounds on the scanning pages; ``sounds.played`` records what would have played. Every
    test in tests/ui/ has it."""
    from partsdesk.ui import sounds
    sounds.enabled = False
    sounds.played.clear()
    yield
    sounds.enabled = True
