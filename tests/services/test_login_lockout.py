"""Guessing passwords at the log-in: every failure waits and is written in the history, five wrong
passwords in a row lock the account for fifteen minutes, a good log-in starts the count again,
and an administrator can unlock a user sooner."""

from datetime import timedelta

import pytest

from partsdesk.db.fields import utcnow
from partsdesk.db.models import AuditEvent, User
from partsdesk.services import users
from partsdesk.services.errors import AuthenticationFailed, Conflict, PermissionDenied
from tests.factories import PASSWORD, make_user

BACKENDS = ("sqlite", "postgres")   # every test here runs on both databases

WRONG = "Wrong user name or password. Check Caps Lock and try again."


class Clock:
    """The log-in's clock: it stands still except where the test moves it or a log-in waits
    (without really waiting)."""

    def __init__(self):
        self.now = 1000.0
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


@pytest.fixture(autouse=True)
def clock(monkeypatch):
    clock = Clock()
    monkeypatch.setattr(users, "time", clock)
    return clock


@pytest.fixture
def waits(clock):
    """The seconds each failed log-in waited."""
    return clock.slept


@pytest.fixture
def clerk(admin):
    return make_user(admin, "clerk", "parts_clerk")


def fail(username: str, times: int, password: str = "not-the-password") -> list[str]:
    answers = []
    for _ in range(times):
        with pytest.raises(AuthenticationFailed) as refused:
            users.authenticate(username, password)
        answers.append(str(refused.value))
    return answers


def events(action: str, record_id: str = "clerk") -> list[AuditEvent]:
    return list(AuditEvent.select().where((AuditEvent.action == action)
                                          & (AuditEvent.record_id == record_id))
                .order_by(AuditEvent.id))


def test_five_wrong_passwords_lock_the_user_for_fifteen_minutes(clerk, waits):
    assert fail("clerk", 4) == [WRONG] * 4
    assert User.get_by_id(clerk.id).failed_logins == 4
    assert User.get_by_id(clerk.id).locked_until is None

    before = utcnow()
    with pytest.raises(users.AccountLocked) as locked:
        users.authenticate("clerk", "still-wrong")
    until = User.get_by_id(clerk.id).locked_until
    assert timedelta(minutes=15) <= until - before <= timedelta(minutes=15, seconds=30)
    assert str(locked.value) == (
        f"This account is locked until {until.astimezone():%H:%M} after too many wrong "
        "passwords; ask an administrator to unlock it.")

    # even the right password waits for the lock to end
    with pytest.raises(users.AccountLocked, match="locked until"):
        users.authenticate("clerk", PASSWORD)
    assert len(events("user.login_failed")) == 6
    (lock,) = events("user.locked")
    assert "5 wrong passwords" in lock.summary and lock.user is None
    assert len(waits) == 6 and all(seconds == users.FAILED_DELAY > 0 for seconds in waits)


def test_a_good_log_in_starts_the_count_again(clerk):
    fail("clerk", 4)
    assert users.authenticate("clerk", PASSWORD).failed_logins == 0
    assert fail("clerk", 4) == [WRONG] * 4
    assert users.authenticate("clerk", PASSWORD).username == "clerk"
    assert not events("user.locked")


def test_an_unknown_name_and_a_wrong_password_get_the_same_answer_after_the_same_work(
        clerk, waits, monkeypatch):
    checked = []
    real = users.verify_password

    def counting(password, stored):
        checked.append(stored.split("$")[:4])       # the scheme and its cost
        return real(password, stored)
    monkeypatch.setattr(users, "verify_password", counting)

    assert fail("nobody", 1) == fail("clerk", 1) == [WRONG]
    assert len(checked) == 2 and checked[0] == checked[1] == ["scrypt", "16384", "8", "1"]
    assert waits == [users.FAILED_DELAY] * 2
    (unknown,) = events("user.login_failed", "nobody")
    assert unknown.user is None and "unknown user nobody" in unknown.summary


def test_the_lock_runs_out_after_fifteen_minutes(clerk):
    fail("clerk", 5)
    User.update(locked_until=utcnow() - timedelta(seconds=1)).where(
        User.id == clerk.id).execute()              # fifteen minutes later
    assert fail("clerk", 1) == [WRONG]              # counting starts again: not locked at once
    assert User.get_by_id(clerk.id).failed_logins == 1
    user = users.authenticate("clerk", PASSWORD)
    assert user.failed_logins == 0 and user.locked_until is None


def test_an_administrator_unlocks_a_locked_user(admin, clerk):
    fail("clerk", 5)
    supervisor = make_user(admin, "sup", "supervisor")
    with pytest.raises(PermissionDenied, match="may not manage users"):
        users.unlock(supervisor, "clerk")

    users.unlock(admin, "clerk")
    (unlocked,) = events("user.unlock")
    assert unlocked.user_id == admin.id and "clerk unlocked" in unlocked.summary
    assert users.authenticate("clerk", PASSWORD).username == "clerk"
    with pytest.raises(Conflict, match="clerk is not locked"):
        users.unlock(admin, "clerk")


def test_an_unknown_name_and_a_wrong_password_answer_after_the_same_time_whatever_their_work(
        clerk, clock, monkeypatch):
    """A wrong password counts the failure (and may lock), an unknown name only writes the
    event: each answers FAILED_DELAY after it began, however long its own work took."""
    count = users._count_failure

    def slow_for_known_users(user, typed):
        clock.now += 0.3 if user is not None else 0.01      # what the work took
        return count(user, typed)
    monkeypatch.setattr(users, "_count_failure", slow_for_known_users)

    took = []
    for name in ("nobody", "clerk"):
        began = clock.now
        fail(name, 1)
        took.append(clock.now - began)
    assert took == [pytest.approx(users.FAILED_DELAY)] * 2


def test_every_refused_log_in_is_in_the_history_with_the_name_tried(admin, clerk):
    fail("nobody", 1)
    fail("clerk", 1)
    users.update_user(admin, "clerk", active=False)
    with pytest.raises(AuthenticationFailed, match="deactivated"):
        users.authenticate("clerk", PASSWORD)
    refused = (AuditEvent.select().where(AuditEvent.action == "user.login_failed")
               .order_by(AuditEvent.id))
    assert [(e.record_id, e.user_id, e.summary) for e in refused] == [
        ("nobody", None, "Failed log-in as unknown user nobody"),
        ("clerk", None, "Wrong password for clerk (1 in a row)"),
        ("clerk", None, "Log-in refused: clerk is deactivated")]
