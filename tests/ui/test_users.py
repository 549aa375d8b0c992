"""The administrator's Users page, driven through its real buttons and dialogs."""

import pytest
from PySide6.QtCore import Qt

from partsdesk.services import users
from partsdesk.services.errors import AuthenticationFailed
from partsdesk.ui import messages
from tests.factories import PASSWORD
from tests.ui.helpers import log_in


@pytest.fixture
def users_page(qtbot, start_shell, admin):
    shell = start_shell(last_page="users")
    window = log_in(qtbot, shell, "admin", "admin-pass")
    assert window.current_key() == "users"
    return window.pages["users"]


def table_rows(page) -> list[list[str]]:
    model = page.table.model()
    return [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def select(page, username: str) -> None:
    page.select_user(username)
    assert page.selected_username() == username


def test_administrator_adds_a_user_through_the_users_page(qtbot, users_page):
    qtbot.mouseClick(users_page.add_button, Qt.LeftButton)
    dialog = users_page.dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Add user"
    qtbot.keyClicks(dialog.ui.username, "li.wei")
    dialog.ui.fullName.insert("李伟")          # as an input method commits it (QTest types ASCII)
    dialog.ui.role.setCurrentIndex(dialog.ui.role.findData("warranty_admin"))
    qtbot.keyClicks(dialog.ui.password, "welcome-1")
    qtbot.keyClicks(dialog.ui.repeat, "welcome-1")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.LeftButton)

    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert ["li.wei", "李伟", "Warranty administrator", "Active", "never"] in table_rows(users_page)
    assert users_page.selected_username() == "li.wei"
    assert users.authenticate("li.wei", "welcome-1").role == "warranty_admin"


def test_a_bad_user_name_is_explained_next_to_the_user_name_field(qtbot, users_page):
    qtbot.mouseClick(users_page.add_button, Qt.LeftButton)
    dialog = users_page.dialog
    qtbot.keyClicks(dialog.ui.username, "li wei")
    qtbot.keyClicks(dialog.ui.password, "welcome-1")
    qtbot.keyClicks(dialog.ui.repeat, "welcome-1")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.LeftButton)

    assert dialog.isVisible()
    assert dialog.ui.usernameError.isVisible()
    assert "is not valid" in dialog.ui.usernameError.text()
    assert not dialog.ui.passwordError.isVisible()
    assert dialog.ui.username.property("invalid") is True


def test_a_short_password_is_explained_next_to_the_password_field(qtbot, users_page):
    qtbot.mouseClick(users_page.add_button, Qt.LeftButton)
    dialog = users_page.dialog
    qtbot.keyClicks(dialog.ui.username, "li.wei")
    qtbot.keyClicks(dialog.ui.password, "abc")
    qtbot.keyClicks(dialog.ui.repeat, "abc")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.LeftButton)

    assert dialog.ui.passwordError.isVisible()
    assert "at least 6 characters" in dialog.ui.passwordError.text()
    assert not dialog.ui.usernameError.isVisible()


def test_a_parts_clerk_does_not_see_the_users_page(qtbot, start_shell, clerk):
    shell = start_shell(last_page="users")
    window = log_in(qtbot, shell, "clerk", PASSWORD)
    keys = [spec.key for spec in window.specs]
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert "users" not in keys and "Users" not in titles
    assert window.current_key() != "users"
    assert not window.select("users")
    assert window.user_label.text() == "Clerk · Parts clerk"


def test_administrator_changes_a_users_role(qtbot, users_page, clerk):
    users_page.reload()
    select(users_page, "clerk")
    qtbot.mouseClick(users_page.edit_button, Qt.LeftButton)
    dialog = users_page.dialog
    assert dialog.ui.username.isReadOnly()
    assert not dialog.ui.password.isVisible()
    dialog.ui.role.setCurrentIndex(dialog.ui.role.findData("supervisor"))
    qtbot.mouseClick(dialog.ui.saveButton, Qt.LeftButton)

    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert users.get("clerk").role == "supervisor"
    assert ["clerk", "Clerk", "Supervisor", "Active", "never"] in table_rows(users_page)


def test_deactivating_a_user_asks_first_and_stops_their_log_in(qtbot, users_page, clerk):
    users_page.reload()
    select(users_page, "clerk")
    messages.answers.append(False)
    qtbot.mouseClick(users_page.active_button, Qt.LeftButton)
    assert users.get("clerk").active                    # said no: nothing changed

    messages.answers.append(True)
    qtbot.mouseClick(users_page.active_button, Qt.LeftButton)
    assert [m.level for m in messages.shown] == ["question", "question"]
    assert "Deactivate clerk?" in messages.shown[-1].text
    assert not users.get("clerk").active
    assert users_page.active_button.text() == "Reactivate"
    with pytest.raises(AuthenticationFailed):
        users.authenticate("clerk", PASSWORD)

    qtbot.mouseClick(users_page.active_button, Qt.LeftButton)
    assert users.get("clerk").active


def test_the_last_administrator_cannot_deactivate_themself(qtbot, users_page):
    select(users_page, "admin")
    messages.answers.append(True)
    qtbot.mouseClick(users_page.active_button, Qt.LeftButton)
    assert messages.shown[-1].level == "warning"
    assert "administrator" in messages.shown[-1].text
    assert users.get("admin").active


def test_administrator_resets_a_password(qtbot, users_page, clerk):
    users_page.reload()
    select(users_page, "clerk")
    qtbot.mouseClick(users_page.password_button, Qt.LeftButton)
    dialog = users_page.dialog
    assert not dialog.ui.current.isVisible()            # no old password needed
    qtbot.keyClicks(dialog.ui.new, "fresh-pass")
    qtbot.keyClicks(dialog.ui.repeat, "fresh-pass")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.LeftButton)

    assert messages.shown[-1].text == "The password of clerk has been changed."
    assert users.authenticate("clerk", "fresh-pass").username == "clerk"


def test_a_user_changes_their_own_password_from_the_file_menu(qtbot, start_shell, clerk):
    shell = start_shell()
    window = log_in(qtbot, shell, "clerk", PASSWORD)
    window.password_requested.emit()
    dialog = shell.dialog
    qtbot.keyClicks(dialog.ui.current, "wrong-old")
    qtbot.keyClicks(dialog.ui.new, "newer-pass")
    qtbot.keyClicks(dialog.ui.repeat, "newer-pass")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.LeftButton)
    assert dialog.ui.currentError.text() == "The current password is wrong."

    dialog.ui.current.clear()
    qtbot.keyClicks(dialog.ui.current, PASSWORD)
    qtbot.mouseClick(dialog.ui.saveButton, Qt.LeftButton)
    assert messages.shown[-1].text == "Your password has been changed."
    assert users.authenticate("clerk", "newer-pass").username == "clerk"


def test_filtering_the_users_list(qtbot, users_page, clerk):
    users_page.reload()
    users_page.focus_search()
    qtbot.keyClicks(users_page.search, "parts clerk")
    assert [row[0] for row in table_rows(users_page)] == ["clerk"]
    assert users_page.count.text() == "1 of 2 users"


def click_row(qtbot, page, username: str) -> None:
    """Select a user the way the administrator does: a click on their row."""
    model = page.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == username)
    rect = page.table.visualRect(model.index(row, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.LeftButton, pos=rect.center())
    assert page.selected_username() == username


def test_the_log_in_dialog_says_when_an_account_is_locked(qtbot, start_shell, clerk,
                                                          monkeypatch):
    monkeypatch.setattr(users.time, "sleep", lambda seconds: None)
    shell = start_shell()
    dialog = shell.dialog
    qtbot.keyClicks(dialog.ui.username, "clerk")
    for attempt in range(users.MAX_FAILED):
        dialog.ui.password.clear()
        qtbot.keyClicks(dialog.ui.password, f"guess-{attempt}")
        qtbot.keyClick(dialog.ui.password, Qt.Key_Return)
    until = users.get("clerk").locked_until.astimezone().strftime("%H:%M")
    assert dialog.isVisible() and dialog.ui.error.isVisible()
    assert dialog.ui.error.text() == (
        f"This account is locked until {until} after too many wrong passwords; ask an "
        "administrator to unlock it.")

    dialog.ui.password.clear()
    qtbot.keyClicks(dialog.ui.password, PASSWORD)       # the right one waits for the lock too
    qtbot.keyClick(dialog.ui.password, Qt.Key_Return)
    assert shell.window is None and "locked until" in dialog.ui.error.text()


def test_administrator_unlocks_a_locked_user_with_the_unlock_button(qtbot, users_page, clerk,
                                                                   monkeypatch):
    monkeypatch.setattr(users.time, "sleep", lambda seconds: None)
    for attempt in range(users.MAX_FAILED):
        with pytest.raises(AuthenticationFailed):
            users.authenticate("clerk", f"guess-{attempt}")
    users_page.reload()
    until = users.get("clerk").locked_until.astimezone().strftime("%H:%M")
    assert ["clerk", "Clerk", "Parts clerk", f"Locked until {until}", "never"] in \
        table_rows(users_page)
    click_row(qtbot, users_page, "admin")
    assert not users_page.unlock_button.isEnabled()     # nothing to unlock

    click_row(qtbot, users_page, "clerk")
    assert users_page.unlock_button.isEnabled()
    qtbot.mouseClick(users_page.unlock_button, Qt.LeftButton)
    assert messages.shown[-1].text == "clerk can log in again."
    assert ["clerk", "Clerk", "Parts clerk", "Active", "never"] in table_rows(users_page)
    assert not users_page.unlock_button.isEnabled()
    assert users.authenticate("clerk", PASSWORD).username == "clerk"
