"""The settings page and the PostgreSQL password: an address is shown without its password,
the password field never shows a kept one, and what is typed there goes to the credential store
on Save, never into settings.json."""

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from partsdesk.settings import LocalSettings
from tests.ui.helpers import log_in

KEY = ("PartsDesk", "pc1@dbserver:5432/parts")


def open_settings(qtbot, start_shell, language="en"):
    shell = start_shell(language=language)
    window = log_in(qtbot, shell, "admin", "admin-pass")
    window.settings_action.trigger()
    return shell.dialog


def shown_texts(dialog) -> list[str]:
    return ([edit.text() for edit in dialog.findChildren(QLineEdit)]
            + [edit.placeholderText() for edit in dialog.findChildren(QLineEdit)]
            + [label.text() for label in dialog.findChildren(QLabel)])


def test_an_address_saved_with_a_password_is_shown_without_it_and_kept_in_the_store(
        qtbot, start_shell, admin, credential_store):
    LocalSettings.file().write_text(json.dumps(
        {"database": "postgresql://pc1:s3cret@dbserver/parts"}), encoding="utf-8")
    settings = open_settings(qtbot, start_shell)

    assert settings.ui.usePostgres.isChecked()
    assert settings.ui.postgresUrl.text() == "postgresql://pc1@dbserver/parts"
    assert settings.ui.postgresPassword.text() == ""
    assert settings.ui.postgresPassword.echoMode() == QLineEdit.Password
    assert settings.ui.postgresPassword.placeholderText() == \
        "Saved; type a new one to replace it"
    assert not any("s3cret" in text for text in shown_texts(settings))
    assert "s3cret" not in LocalSettings.file().read_text(encoding="utf-8")
    assert credential_store.passwords == {KEY: "s3cret"}


def test_a_password_typed_on_the_settings_page_goes_to_the_store_on_save(
        qtbot, start_shell, admin, credential_store):
    settings = open_settings(qtbot, start_shell)
    qtbot.mouseClick(settings.ui.usePostgres, Qt.LeftButton)
    qtbot.keyClicks(settings.ui.postgresUrl, "postgresql://pc1@dbserver/parts")
    qtbot.keyClicks(settings.ui.postgresPassword, "new-secret")
    qtbot.mouseClick(settings.ui.saveButton, Qt.LeftButton)

    saved = LocalSettings.file().read_text(encoding="utf-8")
    assert "new-secret" not in saved
    assert LocalSettings.load().database == "postgresql://pc1@dbserver/parts"
    assert credential_store.passwords == {KEY: "new-secret"}


def test_a_password_typed_into_the_address_is_taken_out_of_it_on_save(
        qtbot, start_shell, admin, credential_store):
    settings = open_settings(qtbot, start_shell)
    qtbot.mouseClick(settings.ui.usePostgres, Qt.LeftButton)
    qtbot.keyClicks(settings.ui.postgresUrl, "postgresql://pc1:in-url@dbserver/parts")
    qtbot.mouseClick(settings.ui.saveButton, Qt.LeftButton)

    assert LocalSettings.load().database == "postgresql://pc1@dbserver/parts"
    assert "in-url" not in LocalSettings.file().read_text(encoding="utf-8")
    assert credential_store.passwords == {KEY: "in-url"}


def test_without_a_credential_store_the_page_says_where_the_password_is_kept(
        qtbot, start_shell, admin):
    import keyring
    from keyring.backends import fail
    keyring.set_keyring(fail.Keyring())
    settings = open_settings(qtbot, start_shell)
    qtbot.mouseClick(settings.ui.usePostgres, Qt.LeftButton)
    assert settings.ui.postgresPassword.placeholderText() == "Kept in a file readable only by you"
    assert not settings.ui.passwordNote.isHidden()
    assert settings.ui.passwordNote.text().startswith("This PC has no credential store")
    assert str(Path(LocalSettings.file()).parent) in settings.ui.passwordNote.text()
