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
from tests.factories import make_loop_desk, make_quality_claims, make_user  # noqa: E402,F401


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


@pytest.fixture(autouse=True)
def credential_store(monkeypatch):
    """An empty credential store in memory for each test; child processes get none (keyring's
    fail backend), so no test touches the machine's own store."""
    import keyring
    from tests.memory_keyring import MemoryKeyring
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


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
def pg_login():
    """This run's own schema on the test server, with every table created once, and the URL
    the tests log in with: the server's, or with PARTSDESK_TEST_PG_ROLE=app the application
    role's of a schema its owner role made (see tests/pg.py)."""
    url = pg.require_server()
    schema = pg.new_schema(url)
    roles_made = ()
    if pg.as_app_role():
        from partsdesk.db import roles
        from partsdesk.db.connection import database
        roles_made = pg.role_names()
        owner, app = roles_made
        open_database(pg.schema_url(url, schema), migrate=False)
        roles.prepare(database, owner, app, None)
        close_database()
        open_database(roles.as_role(pg.schema_url(url, schema), owner))
        roles.grant(database, app)
        login = pg.as_user(url, app)
    else:
        open_database(pg.schema_url(url, schema))
        login = url
    close_database()
    yield schema, login
    close_database()
    pg.drop_schema(url, schema)
    pg.drop_roles(url, *roles_made)


@pytest.fixture(scope="session")
def pg_schema(pg_login):
    """This run's own schema on the test server, with every table created once."""
    return pg_login[0]


@pytest.fixture
def pg_url(pg_login):
    """A URL to this run's schema, all its tables emptied for this test."""
    schema, login = pg_login
    pg.empty_tables(pg.server_url(), schema)
    return pg.schema_url(login, schema)


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
def quality_claims(desk, admin):
    """The fixed set of claims A to E the quality analysis, its page, report and export are
    checked on (tests.factories.make_quality_claims)."""
    return make_quality_claims(desk, admin)


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
