"""The application shell as a user meets it: first start, log-in, main window, language,
settings, log-out, and a damaged database at start-up."""

from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt

from partsdesk.db import backup
from partsdesk.db.connection import close_database
from partsdesk.services import users
from partsdesk.settings import LocalSettings
from partsdesk.ui import app, messages, operations
from partsdesk.ui.login import FirstRunDialog, LoginDialog
from tests.factories import PASSWORD
from tests.ui.helpers import log_in


def nav_titles(window) -> list[str]:
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


def test_first_start_asks_for_the_admin_password_and_logs_in(qtbot, start_shell):
    shell = start_shell()
    dialog = shell.dialog
    assert isinstance(dialog, FirstRunDialog) and dialog.isVisible()
    assert dialog.ui.username.text() == "admin"

    qtbot.keyClicks(dialog.ui.password, "first-pass")
    qtbot.keyClicks(dialog.ui.repeat, "first-pasz")
    qtbot.mouseClick(dialog.ui.createButton, Qt.LeftButton)
    assert dialog.ui.error.isVisible()
    assert "differ" in dialog.ui.error.text()
    assert shell.window is None

    dialog.ui.repeat.clear()
    qtbot.keyClicks(dialog.ui.repeat, "first-pass")
    qtbot.mouseClick(dialog.ui.createButton, Qt.LeftButton)
    qtbot.waitUntil(lambda: shell.window is not None and shell.window.isVisible())
    assert not dialog.isVisible()
    assert shell.window.user_label.text() == "Administrator · Administrator"
    assert users.authenticate("admin", "first-pass").role == "admin"


def test_wrong_password_shows_the_error_and_the_right_one_opens_the_main_window(
        qtbot, start_shell, admin, db_path):
    shell = start_shell(last_page="users")
    dialog = shell.dialog
    assert isinstance(dialog, LoginDialog)
    assert db_path in dialog.ui.database.text()

    qtbot.keyClicks(dialog.ui.username, "admin")
    qtbot.keyClicks(dialog.ui.password, "not-the-password")
    qtbot.keyClick(dialog.ui.password, Qt.Key_Return)
    assert dialog.isVisible()
    assert dialog.ui.error.isVisible()
    assert "Wrong user name or password" in dialog.ui.error.text()

    dialog.ui.password.clear()
    qtbot.keyClicks(dialog.ui.password, "admin-pass")
    qtbot.keyClick(dialog.ui.password, Qt.Key_Return)
    qtbot.waitUntil(lambda: shell.window is not None and shell.window.isVisible())
    window = shell.window
    assert window.user_label.text() == "Ada Admin · Administrator"
    assert window.database_label.text() == f"Database: {db_path}"
    assert window.title.text() == "Users"
    assert LocalSettings.load().extra["last_user"] == "admin"


def test_each_role_starts_on_its_home_page_and_comes_back_to_the_page_it_left(
        qtbot, start_shell, admin):
    from partsdesk.services.permissions import ROLES
    from partsdesk.ui.pages import first_page
    from tests.factories import make_user
    people = {role: make_user(admin, role.replace("_", "-")[:40], role) for role in ROLES
              if role != "admin"}
    assert {role: first_page(user) for role, user in people.items()} == {
        role: "home" for role in people}
    assert first_page(admin) == "users"                 # no figures of its own: no home page

    shell = start_shell()
    window = log_in(qtbot, shell, "return-inspector", PASSWORD)
    assert window.current_key() == "home" and window.title.text() == "Home"
    assert window.specs[0].key == "home"                # first in the navigation, Ctrl+1
    window.select("catalog")
    window.log_out_requested.emit()
    window = log_in(qtbot, shell, "settlement-clerk", PASSWORD)
    assert window.current_key() == "home"               # not the inspector's last page
    window.log_out_requested.emit()
    window = log_in(qtbot, shell, "settlement-clerk", PASSWORD)
    assert window.current_key() == "home"
    window.select("catalog")
    window.log_out_requested.emit()
    window = log_in(qtbot, shell, "settlement-clerk", PASSWORD)
    assert window.current_key() == "catalog"            # where this user left off


def test_the_log_in_dialog_remembers_the_last_user(qtbot, start_shell, admin):
    shell = start_shell(last_page="users")
    log_in(qtbot, shell, "admin", "admin-pass")
    shell.window.log_out_requested.emit()
    dialog = shell.dialog
    assert isinstance(dialog, LoginDialog) and dialog.isVisible()
    assert shell.window is None and shell.user is None
    assert dialog.ui.username.text() == "admin"
    assert dialog.focusWidget() is dialog.ui.password


def test_switching_language_to_chinese_rebuilds_the_window_in_chinese(qtbot, start_shell,
                                                                       admin):
    shell = start_shell(last_page="users")
    old = log_in(qtbot, shell, "admin", "admin-pass")
    assert [a.text() for a in old.menuBar().actions()] == ["&File", "&Help"]

    old.settings_action.trigger()
    settings = shell.dialog
    settings.ui.language.setCurrentIndex(settings.ui.language.findData("zh_CN"))
    qtbot.mouseClick(settings.ui.saveButton, Qt.LeftButton)

    qtbot.waitUntil(lambda: shell.window is not old and shell.window.isVisible())
    window = shell.window
    assert shell.user.username == "admin"             # still logged in
    assert [a.text() for a in window.menuBar().actions()] == ["文件(&F)", "帮助(&H)"]
    assert window.database_label.text().startswith("数据库：")
    assert window.title.text() == "用户"                 # the page it was on, in Chinese
    assert window.pages["users"].add_button.text() == "添加用户…"
    assert LocalSettings.load().language == "zh_CN"


def test_the_settings_dialog_saves_the_language(qtbot, start_shell, admin):
    shell = start_shell(last_page="users")
    window = log_in(qtbot, shell, "admin", "admin-pass")
    window.settings_action.trigger()
    settings = shell.dialog
    assert settings.ui.databaseBox.isEnabled()          # the administrator may move it
    settings.ui.language.setCurrentIndex(settings.ui.language.findData("en"))
    qtbot.mouseClick(settings.ui.saveButton, Qt.LeftButton)

    assert LocalSettings.load().language == "en"
    assert shell.window is window                       # same language: nothing rebuilt
    assert messages.shown == []


def test_a_parts_clerk_may_not_move_the_database(qtbot, start_shell, clerk):
    shell = start_shell()
    window = log_in(qtbot, shell, "clerk", PASSWORD)
    window.settings_action.trigger()
    settings = shell.dialog
    assert not settings.ui.databaseBox.isEnabled()
    assert "Only an administrator" in settings.ui.databaseNote.text()


def test_keyboard_switches_pages_and_ctrl_f_focuses_the_search(qtbot, start_shell, admin):
    shell = start_shell(last_page="users")
    window = log_in(qtbot, shell, "admin", "admin-pass")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key_F, Qt.ControlModifier)
    assert window.pages["users"].search.hasFocus()
    assert window.current_key() == "users"
    qtbot.keyClick(window, Qt.Key_1, Qt.ControlModifier)
    assert window.current_key() == window.specs[0].key
    # Ctrl+1 … Ctrl+9 are the first nine pages
    codes_row = [spec.key for spec in window.specs].index("codes")
    assert codes_row < 9
    qtbot.keyClick(window, Qt.Key_1 + codes_row, Qt.ControlModifier)
    assert window.current_key() == "codes"
    assert window.title.text() == "Code tables"


def test_a_damaged_database_at_start_up_offers_to_restore_the_latest_backup(
        qtbot, start_shell, admin, db_path):
    folder = backup.backup_folder(db_path)
    backup.backup_sqlite(db_path, folder / f"{Path(db_path).stem}-{date.today():%Y-%m-%d}.sqlite3")
    close_database()
    Path(db_path).write_bytes(b"this is no database" * 1000)
    messages.answers.append("restore")

    shell = start_shell(last_page="users")

    question = messages.shown[0]
    assert question.level == "error"
    assert db_path in question.text
    assert "Restore the backup of" in question.detail and "Quit" in question.detail
    assert "has been restored" in messages.shown[1].text
    assert isinstance(shell.dialog, LoginDialog)          # the restored database has users
    window = log_in(qtbot, shell, "admin", "admin-pass")
    assert window.user_label.text() == "Ada Admin · Administrator"


def test_quitting_at_a_damaged_database_ends_without_a_window(start_shell, db_path):
    Path(db_path).write_bytes(b"garbage" * 1000)
    shell = start_shell()
    assert shell.exit_code == 1
    assert shell.window is None and shell.dialog is None
    assert "not a readable PartsDesk database" in messages.shown[0].text


def test_an_unexpected_error_becomes_a_message_not_a_traceback():
    try:
        raise KeyError("part")
    except KeyError as exc:
        app._excepthook(type(exc), exc, exc.__traceback__)
    shown = messages.shown[-1]
    assert shown.level == "error"
    assert "could not finish this action (KeyError)" in shown.text
    assert "Traceback" in shown.detail                 # for support, behind "Show details"


def test_the_demo_start_builds_the_demo_database_and_shows_its_accounts(qtbot, home):
    shell = app.Shell(demo=True, language="en")
    shell.start()
    qtbot.waitUntil(lambda: shell.dialog is not None, timeout=120_000)
    dialog = shell.dialog
    try:
        assert isinstance(dialog, LoginDialog)
        assert dialog.ui.demoBox.isVisible()
        table = dialog.ui.demoAccounts
        usernames = [table.item(row, 0).text() for row in range(table.rowCount())]
        assert "admin" in usernames
        row = usernames.index("admin")
        assert table.item(row, 1).text() == "Administrator"
        dialog.ui.demoAccounts.cellDoubleClicked.emit(row, 0)    # double-click logs in
        qtbot.waitUntil(lambda: shell.window is not None)
        assert shell.user.username == "admin"
        assert "demo" in shell.window.database_label.text()
    finally:
        qtbot.waitUntil(lambda: not operations.running(), timeout=10_000)
        if shell.window is not None:
            shell.window.replace()
        if shiboken6.isValid(dialog):       # the shell deletes it once the log-in is through
            dialog.close()
        close_database()
