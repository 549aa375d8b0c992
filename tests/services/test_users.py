import pytest

from partsdesk.db.models import AuditEvent, User
from partsdesk.services import users
from partsdesk.services.errors import (AuthenticationFailed, Conflict, Duplicate,
                                       PermissionDenied, ValidationError)
from tests.factories import PASSWORD, make_user

BACKENDS = ("sqlite", "postgres")   # every test here runs on both databases


def test_first_start_asks_for_the_administrator_password(db):
    assert users.needs_first_admin()
    admin = users.create_first_admin("s3cret!")
    assert admin.role == "admin" and not users.needs_first_admin()
    with pytest.raises(Conflict):
        users.create_first_admin("another1")


def test_password_is_stored_as_a_salted_slow_hash(admin):
    stored = User.get(User.username == "admin").password_hash
    assert stored.startswith("scrypt$") and "admin-pass" not in stored
    other = make_user(admin, "bob", "parts_clerk")
    assert other.password_hash.split("$")[4] != stored.split("$")[4]   # own salt


def test_log_in_checks_the_password_and_deactivation(admin):
    make_user(admin, "clerk", "parts_clerk")
    assert users.authenticate("clerk", PASSWORD).username == "clerk"
    with pytest.raises(AuthenticationFailed, match="Wrong user name or password"):
        users.authenticate("clerk", "nope-nope")
    users.update_user(admin, "clerk", active=False)
    with pytest.raises(AuthenticationFailed, match="clerk is deactivated"):
        users.authenticate("clerk", PASSWORD)


def test_only_an_administrator_manages_users(admin):
    clerk = make_user(admin, "clerk", "parts_clerk")
    with pytest.raises(PermissionDenied, match="clerk .* may not manage users"):
        users.create_user(clerk, "eve", "password1", "admin")
    assert not User.select().where(User.username == "eve").exists()


def test_user_names_roles_and_passwords_are_validated(admin):
    with pytest.raises(ValidationError):
        users.create_user(admin, "a b", "password1", "parts_clerk")
    with pytest.raises(ValidationError, match="Unknown role"):
        users.create_user(admin, "ann", "password1", "boss")
    with pytest.raises(ValidationError, match="at least 6"):
        users.create_user(admin, "ann", "123", "parts_clerk")
    make_user(admin, "ann", "parts_clerk")
    with pytest.raises(Duplicate, match="ann already exists"):
        make_user(admin, "ann", "supervisor")


def test_the_last_administrator_cannot_be_removed(admin):
    with pytest.raises(Conflict):
        users.update_user(admin, "admin", role="parts_clerk")
    second = make_user(admin, "root2", "admin")
    users.update_user(second, "admin", role="manager")
    assert users.get("admin").role == "manager"


def test_a_user_changes_their_own_password_with_the_old_one(admin):
    clerk = make_user(admin, "clerk", "parts_clerk")
    with pytest.raises(AuthenticationFailed):
        users.set_password(clerk, "clerk", "newpass1", old_password="wrong")
    users.set_password(clerk, "clerk", "newpass1", old_password=PASSWORD)
    assert users.authenticate("clerk", "newpass1")
    with pytest.raises(PermissionDenied):
        users.set_password(clerk, "admin", "hijack1")


def test_every_user_change_is_in_the_history_with_who_did_it(admin):
    make_user(admin, "clerk", "parts_clerk")
    users.update_user(admin, "clerk", full_name="Chen Li", role="supervisor")
    event = AuditEvent.select().where(AuditEvent.action == "user.update").get()
    assert event.user.username == "admin" and event.record_id == "clerk"
    assert '"role": "parts_clerk"' in event.before and '"role": "supervisor"' in event.after
