"""The approval queue: submitted claims the logged-in approver may decide, oldest first.

The queue is ``approvals.approval_queue``: claims at the user's approval level or below that
someone else entered. Approve (Ctrl+Enter, after confirming), reject with a reason, or return for
information with a comment; the decided claim leaves the queue. After rejecting or returning the
next one is selected; an approved claim stays in view, so a second click never approves another.
"""

from __future__ import annotations

from peewee import JOIN
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout

from partsdesk.db.models import User
from partsdesk.db.models.claims import Claim, FaultCode, Vehicle, VehicleModel
from partsdesk.i18n import Translator
from partsdesk.services import approvals, claim_search, claim_states
from partsdesk.services.approvals import ROLE_TIER
from partsdesk.ui.claims.view import ClaimView
from partsdesk.ui.format import RIGHT, local_time, money
from partsdesk.ui.lazy_model import Column, LazyTableModel
from partsdesk.ui.list_table import table_view
from partsdesk.ui.pages import Page

tr = Translator("ApprovalsPage")

COLUMNS = [
    Column(tr.mark("Claim No."), 1, width=128, translator=tr),
    Column(tr.mark("Submitted"), 2, format=local_time, width=122, translator=tr),
    Column(tr.mark("By"), 3, width=90, translator=tr),
    Column(tr.mark("VIN"), 4, width=160, translator=tr),
    Column(tr.mark("Model"), 5, width=66, translator=tr),
    Column(tr.mark("Customer"), 6, width=110, translator=tr),
    Column(tr.mark("Fault"), 7, width=58, translator=tr),
    Column(tr.mark("Total"), 8, align=RIGHT, format=money, width=96, translator=tr),
    Column(tr.mark("Approval level"), 9, format=lambda tier: approvals.tier_name(tier or 1),
           width=150, translator=tr),
]
STRETCH = (5,)
QUEUE_LIMIT = 200           # the oldest first; a longer queue is worked down from the top


def queue_rows(user) -> list[tuple]:
    """The user's queue as table rows, in queue order, read in one query."""
    queue = approvals.approval_queue(user, limit=QUEUE_LIMIT)
    if not queue:
        return []
    order = {claim.id: position for position, claim in enumerate(queue)}
    Submitter = User.alias()
    rows = (Claim.select(Claim.id, Claim.number, Claim.submitted_at, Submitter.username,
                         Vehicle.vin, VehicleModel.code, Claim.customer_name, FaultCode.code,
                         Claim.total_amount, Claim.tier)
            .join(Vehicle).join(VehicleModel, on=claim_search.claim_model_join(),
                                join_type=JOIN.LEFT_OUTER)
            .switch(Claim).join(FaultCode, join_type=JOIN.LEFT_OUTER)
            .switch(Claim).join(Submitter, join_type=JOIN.LEFT_OUTER,
                                on=(Claim.submitted_by == Submitter.id))
            .where(Claim.id.in_(list(order))).tuples())
    return sorted((tuple("" if v is None else v for v in row) for row in rows),
                  key=lambda row: order[row[0]])


class QueueModel(LazyTableModel):
    def __init__(self, user, parent=None):
        # the queue is at most a few hundred claims: one fetch, no paging
        super().__init__(COLUMNS, lambda text, after=None, limit=0: (
            [] if after is not None else queue_rows(user)), key_index=0, parent=parent)

    def row_of_number(self, number: str) -> int:
        for row, values in enumerate(self.rows):
            if values[1] == number:
                return row
        return -1


class ApprovalsPage(Page):
    def __init__(self, user, parent=None):
        super().__init__(user, parent)
        self.setObjectName("approvalsPage")
        self.model = QueueModel(user, self)
        self.table = table_view(self.model, STRETCH, key="approvals.queue", user=user)
        self.table.setObjectName("approvalQueue")
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _: self._row_chosen(cur))
        self.view = ClaimView(user, self)
        self.view.changed.connect(self.decided)
        self.view.install_shortcuts(self)
        self.heading = QLabel()
        self.heading.setObjectName("queueHeading")
        self.heading.setProperty("role", "section")
        self.level = QLabel(tr("You approve claims up to the level of a {role}.",
                               role=approvals.tier_name(ROLE_TIER.get(user.role, 1))))
        self.level.setProperty("role", "hint")
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.level)
        top.addStretch(1)
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([230, 450])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.reload()

    def activated(self) -> None:
        self.reload(self.view.claim.number if self.view.claim else None)
        self.table.setFocus(Qt.OtherFocusReason)

    def reload(self, keep: str | None = None, row: int = 0) -> None:
        """Read the queue again; select ``keep``, else the claim now at ``row``."""
        self.model.set_query("")
        count = self.model.rowCount()
        self.heading.setText(tr("No claims are waiting for you.") if count == 0 else
                             tr("1 claim is waiting for your decision.") if count == 1 else
                             tr("The oldest {count} claims waiting for your decision.",
                                count=count) if count >= QUEUE_LIMIT else
                             tr("{count} claims are waiting for your decision.", count=count))
        found = self.model.row_of_number(keep) if keep else -1
        target = found if found >= 0 else min(row, count - 1)
        if target >= 0:
            self.table.selectRow(target)
            self.view.show_claim(self.model.rows[target][1])
        else:
            self.view.show_claim(None)

    def _row_chosen(self, index) -> None:
        self.view.show_claim(self.model.row_tuple(index.row())[1] if index.isValid() else None)

    def decided(self, number: str) -> None:
        """A claim was decided: it leaves the queue. Approved, it stays in view with nothing
        selected (the selection never jumps under the user's click); otherwise the next one
        is selected."""
        row = max(0, self.model.row_of_number(number))
        if claim_states.get_claim(number).state != claim_states.APPROVED:
            self.reload(row=row)
            return
        self.table.selectionModel().blockSignals(True)
        self.reload(keep=number, row=-1)
        self.table.clearSelection()
        self.table.selectionModel().clearCurrentIndex()
        self.table.selectionModel().blockSignals(False)
        self.view.show_claim(number)

    def select(self, number: str) -> bool:
        row = self.model.row_of_number(number)
        if row >= 0:
            self.table.selectRow(row)
            self.view.show_claim(number)
        return row >= 0

    def show_filter(self, claim: str) -> None:
        """The claim of a figure of the home page, selected in the queue."""
        self.select(claim)
