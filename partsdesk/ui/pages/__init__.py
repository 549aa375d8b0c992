"""The workflow pages of the main window, in navigation order.

Each page is a ``Page`` subclass built with the logged-in user; it is created the first time it
is shown. A page appears only for users who may use it, and only once it works.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable

from PySide6.QtWidgets import QWidget

from partsdesk.i18n import Translator
from partsdesk.services import permissions
from partsdesk.services.home import figure_keys
from partsdesk.services.permissions import can

tr = Translator("Pages")


class Page(QWidget):
    """Base of every page: knows its user; ``activated()`` runs each time it is shown."""

    def __init__(self, user, parent=None):
        super().__init__(parent)
        self.user = user

    def activated(self) -> None:
        pass

    def open_page(self, key: str) -> "Page | None":
        """Bring this window's page ``key`` forward and return it (a figure opens the list
        behind it); None when the user has no such page, or this page stands alone."""
        window = self.window()
        select = getattr(window, "select", None)
        if select is None or not select(key):
            return None
        return window.pages.get(key)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str                  # marked; translated when shown
    icon: str                   # file name in resources/icons/
    module: str
    cls: str
    visible: Callable[[object], bool] = lambda user: True

    def create(self, user, parent=None) -> Page:
        return getattr(importlib.import_module(self.module), self.cls)(user, parent)


PAGES: list[PageSpec] = [
    PageSpec("home", tr.mark("Home"), "home.svg", "partsdesk.ui.pages.home", "HomePage",
             visible=lambda user: bool(figure_keys(user))),
    PageSpec("catalog", tr.mark("Parts catalogue"), "catalog.svg",
             "partsdesk.ui.pages.catalog", "CatalogPage"),
    PageSpec("locations", tr.mark("Locations"), "locations.svg",
             "partsdesk.ui.pages.locations", "LocationsPage"),
    PageSpec("receiving", tr.mark("Receiving"), "receiving.svg",
             "partsdesk.ui.pages.receiving", "ReceivingPage",
             visible=lambda user: can(user, "stock.receive")),
    PageSpec("putaway", tr.mark("Put-away and moves"), "putaway.svg",
             "partsdesk.ui.pages.putaway", "PutAwayPage",
             visible=lambda user: can(user, "stock.move")),
    PageSpec("counting", tr.mark("Stock count"), "count.svg",
             "partsdesk.ui.pages.counting", "CountingPage",
             visible=lambda user: can(user, "stock.count")),
    PageSpec("stock", tr.mark("Stock"), "stock.svg",
             "partsdesk.ui.pages.stock", "StockPage",
             visible=lambda user: can(user, "stock.reserve")),
    PageSpec("claims", tr.mark("Warranty claims"), "claims.svg",
             "partsdesk.ui.pages.claims", "ClaimsPage",
             visible=lambda user: can(user, "claims.edit") or can(user, "claims.issue_parts")),
    PageSpec("approvals", tr.mark("Approvals"), "approvals.svg",
             "partsdesk.ui.pages.approvals", "ApprovalsPage",
             visible=lambda user: can(user, "claims.approve")),
    PageSpec("returns", tr.mark("Defective-part returns"), "returns.svg",
             "partsdesk.ui.pages.returns", "ReturnsPage",
             visible=lambda user: any(returns_parts(user).values())),
    PageSpec("settlement", tr.mark("Settlement"), "settlement.svg",
             "partsdesk.ui.pages.settlement", "SettlementPage",
             visible=lambda user: any(can(user, action) for action in (
                 "vouchers.print", "vouchers.record_signed", "settlement.batch",
                 "settlement.payment"))),
    PageSpec("quality", tr.mark("Quality analysis"), "quality.svg",
             "partsdesk.ui.pages.quality", "QualityPage",
             visible=lambda user: can(user, "quality.read")),
    PageSpec("codes", tr.mark("Code tables"), "codes.svg",
             "partsdesk.ui.pages.codes", "CodesPage",
             visible=lambda user: can(user, "codes.edit")),
    PageSpec("users", tr.mark("Users"), "users.svg",
             "partsdesk.ui.pages.users", "UsersPage",
             visible=lambda user: can(user, "users.manage")),
    PageSpec("shared_settings", tr.mark("Shared settings"), "settings.svg",
             "partsdesk.ui.shared_settings", "SharedSettingsPage",
             visible=lambda user: can(user, "settings.edit") or can(user, "stock.count.approve")),
]


# Who may look at the returns lists without working them: the claim's owners and their superiors
# see where a failed part is and what its inspection found.
RETURNS_READERS = frozenset({permissions.WARRANTY_ADMIN, permissions.SUPERVISOR,
                             permissions.MANAGER, permissions.ADMIN})


def may_read_returns(user) -> bool:
    return user is not None and user.active and user.role in RETURNS_READERS


def returns_parts(user) -> dict[str, bool]:
    """Which parts of the returns page a user sees. The dealer's warehouse books failed parts
    into the defective store and ships them; the claim centre's return inspector receives and
    inspects them (never the other way round); readers see the lists of both, read-only."""
    reader = may_read_returns(user)
    return {"store": can(user, "returns.tag") or reader,
            "shipments": can(user, "returns.ship") or reader,
            "receipt": can(user, "returns.inspect") or reader}


# The page a role starts on when its user logs in (the first page it may see otherwise): its
# home page of what needs doing today; the administrator, who has no such figures, its users.
FIRST_PAGE = {
    permissions.PARTS_CLERK: "home",
    permissions.WARRANTY_ADMIN: "home",
    permissions.SUPERVISOR: "home",
    permissions.MANAGER: "home",
    permissions.SETTLEMENT_CLERK: "home",
    permissions.RETURN_INSPECTOR: "home",
    permissions.ADMIN: "users",
}


def pages_for(user) -> list[PageSpec]:
    return [spec for spec in PAGES if spec.visible(user)]


def first_page(user) -> str | None:
    """The key of the page ``user`` lands on after log-in."""
    keys = [spec.key for spec in pages_for(user)]
    wanted = FIRST_PAGE.get(getattr(user, "role", ""))
    return wanted if wanted in keys else (keys[0] if keys else None)
