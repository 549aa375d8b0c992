"""Every test runs offscreen, in a fresh per-user folder and a fresh database."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from partsdesk import i18n  # noqa: E402
from partsdesk.db.connection import close_database, open_database  # noqa: E402
from tests.factories import make_user  # noqa: E402,F401


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


@pytest.fixture
def db(db_path):
    """A fresh, migrated SQLite database."""
    database = open_database(db_path)
    yield database
    close_database()


@pytest.fixture
def admin(db):
    from partsdesk.services import users
    return users.create_first_admin("admin-pass", full_name="Ada Admin")


@pytest.fixture
def clerk(admin):
    return make_user(admin, "clerk", "parts_clerk")
