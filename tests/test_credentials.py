"""The PostgreSQL password of a PC is kept in the credential store, not in settings.json: a URL
with a password found there moves into the store at the first start, the driver is handed the
password at connect time and nothing that names the database shows it; without a store the
password is kept in a file only the user may read, and PartsDesk says so."""

import json
import stat

import keyring
import pytest
from keyring.backends import fail

from partsdesk import credentials
from partsdesk.cli import main
from partsdesk.db.connection import describe, make_database
from partsdesk.settings import (LocalSettings, data_dir, keep_database_password,
                                password_warnings, resolve_database)
from tests import pg

URL = "postgresql://pc1:s3cret@dbserver:5433/parts"
BARE = "postgresql://pc1@dbserver:5433/parts"
KEY = ("PartsDesk", "pc1@dbserver:5433/parts")


def write_settings(database: str) -> None:
    LocalSettings.file().write_text(json.dumps({"database": database}), encoding="utf-8")


def test_a_password_in_settings_moves_into_the_credential_store_at_the_first_start(
        credential_store):
    write_settings(URL)
    assert resolve_database() == BARE
    assert "s3cret" not in LocalSettings.file().read_text(encoding="utf-8")
    assert LocalSettings.load().database == BARE
    assert credential_store.passwords == {KEY: "s3cret"}
    assert resolve_database("other.sqlite3") == "other.sqlite3"     # moved once, kept
    assert credential_store.passwords == {KEY: "s3cret"}


def test_a_start_with_another_database_moves_the_password_too(credential_store):
    write_settings(URL)
    assert resolve_database("elsewhere.sqlite3") == "elsewhere.sqlite3"
    assert "s3cret" not in LocalSettings.file().read_text(encoding="utf-8")
    assert credential_store.passwords == {KEY: "s3cret"}


def test_the_driver_is_handed_the_kept_password_and_the_database_is_named_without_it(
        credential_store):
    keep_database_password(BARE, "s3cret")
    db = make_database(BARE)
    assert db.connect_params["password"] == "s3cret"
    assert "s3cret" not in db.database and describe(db.database) == \
        "PostgreSQL pc1@dbserver:5433/parts"
    typed = make_database(URL)                       # a password typed into the address
    assert typed.connect_params["password"] == "s3cret" and "s3cret" not in typed.database
    assert "password" not in make_database("postgresql://pc2@dbserver/parts").connect_params


def test_without_a_credential_store_the_password_is_kept_in_a_file_only_the_user_reads(
        credential_store):
    keyring.set_keyring(fail.Keyring())
    assert not credentials.has_store()
    assert keep_database_password(BARE, "s3cret") == credentials.FILE
    path = data_dir() / credentials.FALLBACK_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert make_database(BARE).connect_params["password"] == "s3cret"
    (warning,) = password_warnings(BARE)
    assert warning.startswith("This PC has no credential store, so the database password of "
                              f"pc1@dbserver:5433/parts is kept in {path}, readable only by you.")
    assert password_warnings("postgresql://pc2@dbserver/parts") == []


def test_a_password_saved_once_a_store_exists_leaves_the_file(credential_store):
    keyring.set_keyring(fail.Keyring())
    keep_database_password(BARE, "old")
    keyring.set_keyring(credential_store)
    assert keep_database_password(BARE, "new") == credentials.STORE
    assert not (data_dir() / credentials.FALLBACK_FILE).exists()
    assert credentials.lookup(BARE, data_dir()) == "new"


@pytest.mark.postgres
def test_db_connect_tries_the_login_and_keeps_its_password_in_the_store(
        credential_store, pg_url, monkeypatch, capsys):
    monkeypatch.setenv("PARTSDESK_DB_PASSWORD", "typed-secret")
    assert main(["db", "connect", pg_url]) == 0
    out = capsys.readouterr().out
    assert "typed-secret" not in out + LocalSettings.file().read_text(encoding="utf-8")
    assert LocalSettings.load().database == pg_url
    assert credential_store.passwords == {("PartsDesk", credentials.account(pg_url)):
                                          "typed-secret"}
    assert "is kept in the credential store of this PC" in out
    if not pg.as_app_role():        # the test server's own login is a superuser
        assert "WARN This PC logs in to PostgreSQL as postgres, a superuser" in out
