"""``partsdesk user add|passwd|unlock|list``: the user accounts, as the Users page keeps them."""

from __future__ import annotations

import os

from partsdesk.cli.common import ENV_NEW_PASSWORD, ENV_PASSWORD, CommandFailed, actor, open_db, \
    password, result
from partsdesk.i18n import Translator

tr = Translator("CLI")


def register(sub, parents) -> None:
    p = sub.add_parser("user", parents=parents,
                       help=tr("add users, change passwords, unlock users, list users"))
    p.add_argument("action", choices=["add", "passwd", "unlock", "list"])
    p.add_argument("name", nargs="?")
    p.add_argument("--role", help=tr("parts_clerk, warranty_admin, supervisor, manager, "
                                     "settlement_clerk, return_inspector or admin"))
    p.add_argument("--full-name")
    p.set_defaults(func=cmd_user)


def cmd_user(args) -> int:
    open_db(args)
    if args.action == "list":
        _list(args)
        return 0
    acting = actor(args)
    if args.action == "add":
        _add(args, acting)
    elif args.action == "passwd":
        _passwd(args, acting)
    elif args.action == "unlock":
        _unlock(args, acting)
    return 0


def _list(args) -> None:
    """One line per user: name, role, full name, and whether they were deactivated."""
    from partsdesk.services import users
    from partsdesk.services.permissions import role_name
    every = users.list_users()
    result(args, {"users": [{"username": user.username, "role": user.role,
                             "role_name": role_name(user.role), "full_name": user.full_name,
                             "active": user.active} for user in every]},
           *(f"{user.username:<20} {role_name(user.role):<24} {user.full_name}"
             f"{'' if user.active else tr(' (deactivated)')}" for user in every))


def _add(args, acting) -> None:
    """A new user with a role; their password from PARTSDESK_NEW_PASSWORD or typed twice."""
    from partsdesk.services import users
    from partsdesk.services.permissions import role_name
    if not args.name or not args.role:
        raise CommandFailed(tr("Usage: partsdesk user add NAME --role ROLE [--full-name TEXT]"))
    new = password(tr("Password for the new user {name}: ", name=args.name),
                   env=ENV_NEW_PASSWORD, confirm=True)
    users.create_user(acting, args.name, new, args.role, args.full_name or "")
    result(args, {"user": args.name, "role": args.role},
           tr("User {name} added as {role}.", name=args.name, role=role_name(args.role)))


def _passwd(args, acting) -> None:
    """A new password for a user (for oneself without a name)."""
    from partsdesk.services import users
    name = args.name or acting.username
    new = password(tr("New password for {name}: ", name=name), env=ENV_NEW_PASSWORD,
                   confirm=True)
    users.set_password(acting, name, new, old_password=os.environ.get(ENV_PASSWORD))
    result(args, {"user": name}, tr("Password of {name} changed.", name=name))


def _unlock(args, acting) -> None:
    """Let a user locked out by wrong passwords log in again."""
    from partsdesk.services import users
    if not args.name:
        raise CommandFailed(tr("Usage: partsdesk user unlock NAME"))
    users.unlock(acting, args.name)
    result(args, {"user": args.name},
           tr("User {name} unlocked; they can log in again.", name=args.name))
