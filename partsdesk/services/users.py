"""Users, passwords and log-in."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import time
from datetime import timedelta

from partsdesk.db.connection import transaction
from partsdesk.db.fields import utcnow
from partsdesk.db.models import User
from partsdesk.i18n import Translator
from partsdesk.services import audit
from partsdesk.services.errors import (AuthenticationFailed, Conflict, Duplicate, NotFound,
                                       ValidationError)
from partsdesk.services.permissions import ADMIN, ROLES, require

tr = Translator("Users")

# scrypt with n=2**14, r=8: about 50 ms per check on an office PC — slow for an attacker
# guessing, unnoticeable at log-in.
SCRYPT = {"n": 2 ** 14, "r": 8, "p": 1}
MIN_PASSWORD = 6
USERNAME_RE = re.compile(r"^[A-Za-z0-9_.\-]{2,40}$")

# Guessing passwords: every failed log-in waits FAILED_DELAY seconds before it answers, and
# MAX_FAILED wrong passwords in a row lock the account for LOCK_MINUTES (an administrator may
# unlock it sooner).
FAILED_DELAY = 1.0
MAX_FAILED = 5
LOCK_MINUTES = 15


class AccountLocked(AuthenticationFailed):
    """Log-in refused: too many wrong passwords; ``until`` is when the lock ends (UTC)."""

    def __init__(self, message: str, until):
        super().__init__(message)
        self.until = until


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, dklen=32, **SCRYPT)
    return "scrypt${n}${r}${p}${salt}${digest}".format(
        salt=base64.b64encode(salt).decode(), digest=base64.b64encode(digest).decode(), **SCRYPT)


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    actual = hashlib.scrypt(password.encode(), salt=base64.b64decode(salt), dklen=32,
                            n=int(n), r=int(r), p=int(p))
    return hmac.compare_digest(actual, base64.b64decode(digest))


def _check_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError(tr("The password must have at least {n} characters.",
                                 n=MIN_PASSWORD), field="password")


def _check_username(username: str) -> str:
    username = (username or "").strip()
    if not USERNAME_RE.match(username):
        raise ValidationError(tr(
            "User name \"{name}\" is not valid: use 2 to 40 letters, digits, dots, dashes or "
            "underscores.", name=username), field="username")
    return username


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise ValidationError(tr("Unknown role \"{role}\". Roles: {roles}.", role=role,
                                 roles=", ".join(ROLES)), field="role")


def needs_first_admin() -> bool:
    """True on a new database that has no user yet: the app asks for the admin password."""
    return not User.select().exists()


def create_first_admin(password: str, username: str = "admin",
                       full_name: str = "Administrator") -> User:
    _check_password(password)
    with transaction():
        if User.select().exists():
            raise Conflict(tr("This database already has users; log in as an administrator."))
        user = User.create(username=_check_username(username), full_name=full_name, role=ADMIN,
                           password_hash=hash_password(password))
        audit.record(user, "user.create", "user", user.username,
                     tr.message("First administrator {name} created", name=user.username),
                     after=audit.snapshot(user))
    return user


def _hash_to_check(user: User | None) -> str:
    """The user's hash, or for an unknown name one of the same cost that no password matches:
    the check takes as long either way, so timing does not tell which user names exist."""
    if user is not None:
        return user.password_hash
    return "scrypt${n}${r}${p}${salt}${digest}".format(
        salt=base64.b64encode(bytes(16)).decode(), digest=base64.b64encode(bytes(32)).decode(),
        **SCRYPT)


def _answer_at(started: float) -> None:
    """A refused log-in answers FAILED_DELAY seconds after it began, whatever it did meanwhile
    (an unknown name writes one event, a wrong password counts and may lock too)."""
    time.sleep(max(0.0, started + FAILED_DELAY - time.monotonic()))


def is_locked(user: User, now=None) -> bool:
    return user.locked_until is not None and user.locked_until > (now or utcnow())


def _locked(user: User) -> AccountLocked:
    return AccountLocked(tr(
        "This account is locked until {time} after too many wrong passwords; ask an "
        "administrator to unlock it.", time=user.locked_until.astimezone().strftime("%H:%M")),
        user.locked_until)


def _wrong_password() -> AuthenticationFailed:
    return AuthenticationFailed(tr("Wrong user name or password. Check Caps Lock and try again."))


def _count_failure(user: User | None, typed_name: str) -> User | None:
    """Record a failed log-in (and the lock it may cause); the user as it is now."""
    now = utcnow()
    with transaction():
        if user is None:
            audit.record(None, "user.login_failed", "user", typed_name[:60],
                         tr.message("Failed log-in as unknown user {name}", name=typed_name[:40]))
            return None
        if user.locked_until is not None and user.locked_until <= now:
            # the last lock has run out: counting starts again
            User.update(failed_logins=1, locked_until=None).where(User.id == user.id).execute()
        else:
            User.update(failed_logins=User.failed_logins + 1).where(User.id == user.id).execute()
        user = User.get_by_id(user.id)
        audit.record(None, "user.login_failed", "user", user.username,
                     tr.message("Wrong password for {name} ({count} in a row)", name=user.username,
                                count=user.failed_logins),
                     after={"failed_logins": user.failed_logins})
        if user.failed_logins >= MAX_FAILED and not is_locked(user, now):
            user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
            User.update(locked_until=user.locked_until).where(User.id == user.id).execute()
            audit.record(None, "user.locked", "user", user.username,
                         tr.message("{name} locked for {minutes} minutes after {count} wrong "
                                    "passwords", name=user.username, minutes=LOCK_MINUTES,
                                    count=user.failed_logins),
                         after={"locked_until": user.locked_until})
    return user


def authenticate(username: str, password: str) -> User:
    """The user, when the name and password are right and the account is not locked.

    An unknown name and a wrong password get the same answer after the same time; a locked
    account refuses even the right password until the lock ends or an administrator unlocks it.
    """
    started = time.monotonic()
    typed = (username or "").strip()
    user = User.get_or_none(User.username == typed)
    right = verify_password(password or "", _hash_to_check(user)) and user is not None
    if user is not None and is_locked(user):
        with transaction():
            audit.record(None, "user.login_failed", "user", user.username,
                         tr.message("Log-in refused: {name} is locked", name=user.username))
        _answer_at(started)
        raise _locked(user)
    if not right:
        user = _count_failure(user, typed)
        _answer_at(started)
        if user is not None and is_locked(user):
            raise _locked(user)
        raise _wrong_password()
    if not user.active:
        with transaction():
            audit.record(None, "user.login_failed", "user", user.username,
                         tr.message("Log-in refused: {name} is deactivated",
                                    name=user.username))
        raise AuthenticationFailed(tr("User {name} is deactivated. Ask an administrator.",
                                      name=user.username))
    with transaction():
        User.update(last_login_at=utcnow(), failed_logins=0,
                    locked_until=None).where(User.id == user.id).execute()
        audit.record(user, "user.login", "user", user.username, tr.message("Logged in"))
    return User.get_by_id(user.id)


def unlock(actor: User, username: str) -> User:
    """An administrator lets a user locked by wrong passwords log in again."""
    require(actor, "users.manage")
    with transaction():
        user = get(username)
        if not is_locked(user) and not user.failed_logins:
            raise Conflict(tr("User {name} is not locked; there is nothing to unlock.",
                              name=user.username))
        before = {"failed_logins": user.failed_logins, "locked_until": user.locked_until}
        user.failed_logins, user.locked_until = 0, None
        user.save()
        audit.record(actor, "user.unlock", "user", user.username,
                     tr.message("User {name} unlocked", name=user.username), before=before,
                     after={"failed_logins": 0, "locked_until": None})
    return user


def get(username: str) -> User:
    user = User.get_or_none(User.username == (username or "").strip())
    if user is None:
        raise NotFound(tr("There is no user \"{name}\". Check the name or create the user.",
                          name=username))
    return user


def list_users() -> list[User]:
    return list(User.select().order_by(User.username))


def create_user(actor: User, username: str, password: str, role: str,
                full_name: str = "") -> User:
    require(actor, "users.manage")
    username = _check_username(username)
    _check_role(role)
    _check_password(password)
    with transaction():
        if User.select().where(User.username == username).exists():
            raise Duplicate(tr("User {name} already exists. Choose another name.", name=username),
                            field="username")
        user = User.create(username=username, full_name=(full_name or "").strip(), role=role,
                           password_hash=hash_password(password))
        audit.record(actor, "user.create", "user", username,
                     tr.message("User {name} created", name=username), after=audit.snapshot(user))
    return user


def update_user(actor: User, username: str, *, full_name: str | None = None,
                role: str | None = None, active: bool | None = None) -> User:
    require(actor, "users.manage")
    with transaction():
        user = get(username)
        before = audit.snapshot(user)
        if full_name is not None:
            user.full_name = full_name.strip()
        if role is not None:
            _check_role(role)
            user.role = role
        if active is not None:
            user.active = active
        if user.id == actor.id and (not user.active or user.role != ADMIN):
            raise Conflict(tr("You cannot remove your own administrator rights; ask another "
                              "administrator."))
        if before.get("role") == ADMIN and (user.role != ADMIN or not user.active):
            others = User.select().where((User.role == ADMIN) & User.active
                                         & (User.id != user.id)).count()
            if not others:
                raise Conflict(tr("{name} is the last active administrator; make another user "
                                  "administrator first.", name=user.username))
        user.save()
        audit.record(actor, "user.update", "user", user.username,
                     tr.message("User {name} changed", name=user.username),
                     before=before, after=audit.snapshot(user))
    return user


def set_password(actor: User, username: str, new_password: str,
                 old_password: str | None = None) -> None:
    """An administrator sets anyone's password; a user changes their own with the old one."""
    user = get(username)
    if user.id != actor.id:
        require(actor, "users.manage")
    elif actor.role != ADMIN and not verify_password(old_password or "", user.password_hash):
        raise AuthenticationFailed(tr("The current password is wrong."))
    _check_password(new_password)
    with transaction():
        User.update(password_hash=hash_password(new_password)).where(User.id == user.id).execute()
        audit.record(actor, "user.password", "user", user.username,
                     tr.message("Password of {name} changed", name=user.username))
