"""Defective-part returns: the defective store, return shipments, and the return receipt.

Three tabs, each one scan field with a big answer banner, as on the receiving page; a user sees
the tabs of their work (``pages.returns_parts``). Each tab is a module of this package:

* ``store`` — the defective store (the dealer's parts clerk): failed parts booked in by their
  tag, and how long each has been kept.
* ``shipments`` — return shipments (the parts clerk): pack tags, print the packing list, ship.
* ``receipt`` — return receipt and inspection (the claim centre's return inspector); the
  inspection of one tag is ``inspection``.

``lines`` shows a shipment's lines the same way on the shipments and the receipt tab.
Supervisors, managers and warranty administrators see the lists without the controls they may
not use. Every action is one service call; the page shows the service's answer, refusals
included, at the field they name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from partsdesk.i18n import Translator
from partsdesk.ui.pages import Page, returns_parts
from partsdesk.ui.pages.returns.receipt import ReceiptTab
from partsdesk.ui.pages.returns.shipments import ShipmentsTab
from partsdesk.ui.pages.returns.store import StoreTab

tr = Translator("ReturnsPage")


class ReturnsPage(Page):
    """The tabs a user's work needs (``pages.returns_parts``): the dealer's warehouse stores and
    ships, the claim centre's return inspector receives and inspects, readers see the lists."""

    def __init__(self, user, parent=None):
        super().__init__(user, parent)
        self.setObjectName("returnsPage")
        parts = returns_parts(user)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.store = StoreTab(self) if parts["store"] else None
        self.shipments = ShipmentsTab(self) if parts["shipments"] else None
        self.receipt = ReceiptTab(self) if parts["receipt"] else None
        for tab, title in ((self.store, tr("Defective store")),
                           (self.shipments, tr("Return shipments")),
                           (self.receipt, tr("Return receipt and inspection"))):
            if tab is not None:
                self.tabs.addTab(tab, title)
        self.tabs.setTabBarAutoHide(True)           # the inspector has one tab: no tab bar
        self.tabs.currentChanged.connect(lambda _: self.activated())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def activated(self) -> None:
        current = self.tabs.currentWidget()
        if current is None:
            return
        if current is self.store:
            self.store.load_locations()
            self.store.refresh()
        elif current is self.shipments:
            self.shipments.refresh()
        elif current is self.receipt:
            self.receipt.refresh()
        self.focus_search()

    def show_filter(self, tab: str, view: str | None = None) -> None:
        """The list behind a figure of the home page: the tab ``tab`` ("store", "shipments",
        "receipt") showing its list ``view`` (say the store's "overdue")."""
        shown = {"store": self.store, "shipments": self.shipments, "receipt": self.receipt}[tab]
        if shown is None:
            return
        if view is not None and hasattr(shown, "view"):
            shown.view.setCurrentIndex(max(0, shown.view.findData(view)))
        if self.tabs.currentWidget() is shown:
            self.activated()
        else:
            self.tabs.setCurrentWidget(shown)       # activated() through currentChanged

    def focus_search(self) -> None:
        current = self.tabs.currentWidget()
        if current is None:
            return
        if current is self.store:
            field = self.store.scan if self.store.scan.isVisible() else self.store.search
            field.setFocus(Qt.OtherFocusReason)
        elif current is self.shipments:
            if self.shipments.view.scan.isVisible():
                self.shipments.view.scan.setFocus(Qt.OtherFocusReason)
            else:
                self.shipments.search.setFocus(Qt.OtherFocusReason)
        elif current is self.receipt:
            self.receipt.focus_scan()
