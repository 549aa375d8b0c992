"""Users, passwords and log-in."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re

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
                     tr("First administrator {name} created", name=user.username),
                     after=audit.snapshot(user))
    return user


def authenticate(username: str, password: str) -> User:
    user = User.get_or_none(User.username == (username or "").strip())
    if user is None or not verify_password(password or "", user.password_hash):
        raise AuthenticationFailed(tr("Wrong user name or password. Check Caps Lock and try again."))
    if not user.active:
        raise AuthenticationFailed(tr("User {name} is deactivated. Ask an administrator.",
                                      name=user.username))
    with transaction():
        User.update(last_login_at=utcnow()).where(User.id == user.id).execute()
        audit.record(user, "user.login", "user", user.username, tr("Logged in"))
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
                     tr("User {name} created", name=username), after=audit.snapshot(user))
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
                     tr("User {name} changed", name=user.username),
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
                     tr("Password of {name} changed", name=user.username))
