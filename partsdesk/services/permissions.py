"""Roles and what each may do. The one table every service checks before it changes data."""

from __future__ import annotations

from partsdesk.i18n import Message, Translator
from partsdesk.services.errors import PermissionDenied

tr = Translator("Roles")

PARTS_CLERK = "parts_clerk"
WARRANTY_ADMIN = "warranty_admin"
SUPERVISOR = "supervisor"
MANAGER = "manager"
SETTLEMENT_CLERK = "settlement_clerk"
RETURN_INSPECTOR = "return_inspector"
ADMIN = "admin"

ROLES = {
    PARTS_CLERK: tr.mark("Parts clerk"),
    WARRANTY_ADMIN: tr.mark("Warranty administrator"),
    SUPERVISOR: tr.mark("Supervisor"),
    MANAGER: tr.mark("Manager"),
    SETTLEMENT_CLERK: tr.mark("Settlement clerk"),
    RETURN_INSPECTOR: tr.mark("Return inspector"),
    ADMIN: tr.mark("Administrator"),
}

ALL = frozenset(ROLES)
WAREHOUSE = frozenset({PARTS_CLERK, SUPERVISOR, MANAGER, ADMIN})

# action -> roles allowed to do it
ACTIONS: dict[str, frozenset[str]] = {
    "users.manage": frozenset({ADMIN}),
    "settings.edit": frozenset({ADMIN}),
    "db.backup": frozenset({ADMIN, MANAGER}),
    "db.restore": frozenset({ADMIN}),
    "catalog.edit": WAREHOUSE,
    "catalog.import": WAREHOUSE,
    "locations.edit": WAREHOUSE,
    "locations.import": WAREHOUSE,
    "stock.receive": WAREHOUSE,
    "stock.move": WAREHOUSE,
    "stock.issue": WAREHOUSE | {WARRANTY_ADMIN},
    "stock.reserve": WAREHOUSE | {WARRANTY_ADMIN},
    "stock.adjust": frozenset({SUPERVISOR, MANAGER, ADMIN}),
    "stock.count": WAREHOUSE,
    "stock.count.approve": frozenset({SUPERVISOR, MANAGER, ADMIN}),
    "receipt.reopen": frozenset({SUPERVISOR, MANAGER, ADMIN}),
    "codes.edit": frozenset({ADMIN}),
    # claims name customers, their phones and VINs: reading them in bulk (export) needs this
    "claims.read": frozenset({WARRANTY_ADMIN, SUPERVISOR, MANAGER, SETTLEMENT_CLERK, ADMIN}),
    # the quality analysis: amounts and codes grouped, no customers (settlement clerks excluded)
    "quality.read": frozenset({WARRANTY_ADMIN, SUPERVISOR, MANAGER, ADMIN}),
    "claims.edit": frozenset({WARRANTY_ADMIN, SUPERVISOR, MANAGER}),
    "claims.submit": frozenset({WARRANTY_ADMIN, SUPERVISOR, MANAGER}),
    # the claim's approval level narrows this further (services.approvals)
    "claims.approve": frozenset({WARRANTY_ADMIN, SUPERVISOR, MANAGER}),
    "claims.issue_parts": frozenset({PARTS_CLERK, SUPERVISOR, MANAGER}),
    "claims.cancel": frozenset({WARRANTY_ADMIN, SUPERVISOR, MANAGER}),
    "returns.tag": WAREHOUSE,
    "returns.ship": WAREHOUSE,
    # at the claim centre, never the dealer who shipped the part (separation of duties)
    "returns.inspect": frozenset({RETURN_INSPECTOR}),
    "vouchers.print": frozenset({WARRANTY_ADMIN, SUPERVISOR, MANAGER}),
    "vouchers.record_signed": frozenset({WARRANTY_ADMIN, SUPERVISOR, MANAGER}),
    "settlement.batch": frozenset({SETTLEMENT_CLERK, SUPERVISOR, MANAGER}),
    "settlement.payment": frozenset({SETTLEMENT_CLERK, SUPERVISOR, MANAGER}),
    # calling a submitted statement back is a superior's decision, not the clerk's own
    "settlement.withdraw": frozenset({SUPERVISOR, MANAGER}),
}

ACTION_NAMES = {
    "users.manage": tr.mark("manage users"),
    "settings.edit": tr.mark("change shared settings"),
    "db.backup": tr.mark("back up the database"),
    "db.restore": tr.mark("restore the database"),
    "catalog.edit": tr.mark("change the parts catalogue"),
    "catalog.import": tr.mark("import the parts catalogue"),
    "locations.edit": tr.mark("change locations"),
    "locations.import": tr.mark("import locations"),
    "stock.receive": tr.mark("receive stock"),
    "stock.move": tr.mark("put away and transfer stock"),
    "stock.issue": tr.mark("issue stock"),
    "stock.reserve": tr.mark("reserve stock"),
    "stock.adjust": tr.mark("adjust stock"),
    "stock.count": tr.mark("count stock"),
    "stock.count.approve": tr.mark("approve stock count variances"),
    "receipt.reopen": tr.mark("reopen a closed receipt"),
    "codes.edit": tr.mark("change the code tables"),
    "claims.read": tr.mark("read warranty claims (customers' names, phones and VINs)"),
    "quality.read": tr.mark("read the quality analysis of warranty claims"),
    "claims.edit": tr.mark("enter or change warranty claims"),
    "claims.submit": tr.mark("submit warranty claims"),
    "claims.approve": tr.mark("approve warranty claims"),
    "claims.issue_parts": tr.mark("issue parts to warranty claims"),
    "claims.cancel": tr.mark("cancel warranty claims"),
    "returns.tag": tr.mark("book defective parts into the defective store"),
    "returns.ship": tr.mark("pack and ship return shipments"),
    "returns.inspect": tr.mark("receive and inspect returned defective parts"),
    "vouchers.print": tr.mark("print settlement vouchers and claim packages"),
    "vouchers.record_signed": tr.mark("record signed settlement vouchers"),
    "settlement.batch": tr.mark("build and submit settlement batches"),
    "settlement.payment": tr.mark("record settlement payments"),
    "settlement.withdraw": tr.mark("withdraw submitted settlement batches"),
}


def role_name(role: str) -> str:
    return tr(ROLES.get(role, role))


def role_message(role: str) -> Message:
    """The role's name as a message (a history event says it in its reader's language)."""
    return tr.message(ROLES.get(role, role))


def can(user, action: str) -> bool:
    return user is not None and user.active and user.role in ACTIONS[action]


def require(user, action: str) -> None:
    """Raise PermissionDenied naming the user, the action and who may do it."""
    if can(user, action):
        return
    allowed = ", ".join(role_name(r) for r in ROLES if r in ACTIONS[action])
    raise PermissionDenied(tr(
        "{user} ({role}) may not {action}. Ask a user with one of these roles: {allowed}.",
        user=getattr(user, "username", "?"), role=role_name(getattr(user, "role", "")),
        action=tr(ACTION_NAMES[action]), allowed=allowed))
