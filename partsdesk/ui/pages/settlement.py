"""Settlement: every claim of the loop's second half with what still blocks it, its voucher, signed
copy and package; and the settlement batches with their statement, submission and payment.

The page decides nothing: ``gate.blockers`` says what is missing, and every way into a batch
goes through the service's gate, whose refusal names each claim and what it misses.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFrame, QHBoxLayout, QLabel, QSplitter,
                               QTabWidget, QVBoxLayout, QWidget)

from partsdesk import i18n
from partsdesk.db.models.claims import Claim
from partsdesk.i18n import Translator
from partsdesk.services import batch_lists, batches, claim_states, gate, scanning
from partsdesk.services.claim_states import CLOSED, IN_BATCH, PAID, SETTLEABLE
from partsdesk.services.permissions import can
from partsdesk.ui import messages, operations
from partsdesk.ui.document_list import DocumentListTab
from partsdesk.ui.format import RIGHT, local_time, money
from partsdesk.ui.import_dialog import XLSX_FILTER, suggested_path
from partsdesk.ui.lazy_model import Column, LazyTableModel
from partsdesk.ui.list_table import table_view
from partsdesk.ui.pages import Page
from partsdesk.ui.claims.settlement_panel import BLOCK_INK, OK_INK, SettlementPanel, preview
from partsdesk.ui.style import caption, state_colours
from partsdesk.ui.widgets import ScanField, button, fill, small_table

tr = Translator("SettlementPage")

# --- the overview: per claim, what still blocks it ---------------------------------------------

NUMBER, STATE, BLOCKERS = 1, 2, 6          # positions in an OverviewRow
OVERVIEW_COLUMNS = [
    Column(tr.mark("Claim No."), NUMBER, width=130, translator=tr),
    Column(tr.mark("State"), STATE, format=claim_states.state_name, width=150, translator=tr),
    Column(tr.mark("Repair date"), 3, width=92, translator=tr),
    Column(tr.mark("Customer"), 4, width=120, translator=tr),
    Column(tr.mark("Total"), 5, align=RIGHT, format=money, width=92, translator=tr),
    Column(tr.mark("What still blocks settlement"), BLOCKERS, width=420, translator=tr),
]
BLOCKED = tuple(s for s in claim_states.LOOP_STATES if s != SETTLEABLE)
VIEWS = [("waiting", tr.mark("Waiting for settlement"), claim_states.LOOP_STATES),
         ("blocked", tr.mark("Still blocked"), BLOCKED),
         ("settleable", tr.mark("Settleable"), (SETTLEABLE,)),
         ("batched", tr.mark("In a batch, paid or closed"), (IN_BATCH, PAID, CLOSED))]


def fetch_overview(text: str, *, states=claim_states.LOOP_STATES, after=None,
                   limit: int = batches.PAGE):
    return gate.overview(states, after=after, limit=limit)


class OverviewModel(LazyTableModel):
    # each row asks the settlement gate (about 3 ms a claim): short pages keep the first fast
    page_size = 50

    def __init__(self, parent=None):
        super().__init__(OVERVIEW_COLUMNS, fetch_overview, key_index=0, parent=parent)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        column = self.columns[index.column()].index
        values = self.rows[index.row()]
        if column == BLOCKERS and role == Qt.DisplayRole and not values[BLOCKERS] \
                and values[STATE] == SETTLEABLE:
            return "✓ " + tr("Settleable")
        if role == Qt.ForegroundRole and column == BLOCKERS:
            if values[STATE] in (IN_BATCH, PAID, CLOSED):   # on its way to the money: no alarm
                return super().data(index, role)
            return QColor(BLOCK_INK if values[BLOCKERS] else OK_INK)
        if role == Qt.ForegroundRole and column == STATE:
            return QColor(state_colours(values[STATE])[0])
        if role == Qt.ToolTipRole and column == BLOCKERS:
            return values[BLOCKERS] or None
        return super().data(index, role)


class OverviewTab(QWidget):
    def __init__(self, page: "SettlementPage"):
        super().__init__(page)
        self.page = page
        self.user = page.user
        self.search = ScanField(self, placeholder=tr("Scan or type a claim number to see it"),
                                keep_focus=False)
        self.search.setMinimumWidth(320)
        self.search.scanned.connect(self.on_scanned)
        self.view = QComboBox()
        for key, label, _ in VIEWS:
            self.view.addItem(tr(label), key)
        for state in claim_states.LOOP_STATES:
            self.view.addItem(claim_states.state_name(state), state)
        self.view.currentIndexChanged.connect(lambda _: self.refresh())
        self.package_button = button(self, tr("Claim packages of the selected"),
                                     self.package_selected)
        self.package_button.setVisible(can(self.user, "vouchers.print"))
        self.batch_button = button(self, tr("New batch of the selected"), self.batch_selected,
                                   "primary")
        self.batch_button.setVisible(can(self.user, "settlement.batch"))
        self.model = OverviewModel(self)
        self.table = table_view(self.model, stretch=(5,), key="settlement.claims",
                                user=self.user)
        self.table.setObjectName("overviewTable")
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _: self._chosen(cur))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection())
        self.count = caption("")
        self.panel = SettlementPanel(self.user, self)
        self.panel.changed.connect(lambda _: self.refresh())
        card = QFrame()
        card.setProperty("role", "card")
        inside = QVBoxLayout(card)
        inside.setContentsMargins(14, 12, 14, 12)
        inside.addWidget(self.panel)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.view)
        actions = QHBoxLayout()
        actions.addWidget(self.count)
        actions.addStretch(1)
        actions.addWidget(self.package_button)
        actions.addWidget(self.batch_button)
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(card)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([330, 330])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)

    def states(self) -> tuple[str, ...]:
        key = self.view.currentData()
        return next((states for k, _, states in VIEWS if k == key), (key,))

    def refresh(self) -> None:
        keep = self.panel.claim.number if self.panel.claim else None
        self.model.set_query("", states=self.states())
        self.select(keep, follow=False)
        self._selection()

    def select(self, number: str | None, follow: bool = True) -> None:
        """Show the claim ``number``; ``follow``: in the view that lists it (a claim asked for),
        not when the list is only refreshed in the view the user chose."""
        if follow:
            self._show_view_of(number)
        for row, values in enumerate(self.model.rows):
            if values[NUMBER] == number:
                self.table.selectionModel().blockSignals(True)
                self.table.selectRow(row)
                self.table.selectionModel().blockSignals(False)
                index = self.model.index(row, 0)   # once the table has its height
                QTimer.singleShot(0, lambda: self.table.scrollTo(
                    index, QAbstractItemView.PositionAtCenter))
                break
        self.panel.show_claim(number)

    def _show_view_of(self, number: str | None) -> None:
        """A claim asked for that the chosen view does not list (paid, say): switch to the first
        view that lists its state, so the list shows the claim the panel shows."""
        claim = Claim.get_or_none(Claim.number == number) if number else None
        if claim is None or claim.state in self.states():
            return
        key = next((k for k, _, states in VIEWS if claim.state in states), None)
        if key is None:
            return
        self.view.blockSignals(True)
        self.view.setCurrentIndex(self.view.findData(key))
        self.view.blockSignals(False)
        self.model.set_query("", states=self.states())
        self._selection()

    def _chosen(self, index) -> None:
        if index.isValid():
            self.panel.show_claim(self.model.row_tuple(index.row())[NUMBER])

    def selected(self) -> list[str]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row_tuple(row)[NUMBER] for row in rows]

    def _selection(self) -> None:
        chosen = len(self.selected())
        shown = self.model.rowCount()
        more = "+" if self.model.canFetchMore() else ""
        text = tr.plural(shown, "{n}{more} claim", "{n}{more} claims", more=more)
        if chosen > 1:
            text += " · " + tr("{n} selected", n=chosen)
        self.count.setText(text)
        self.package_button.setEnabled(chosen > 0)
        self.batch_button.setEnabled(chosen > 0)

    def on_scanned(self, code: str) -> None:
        found = scanning.resolve(code)
        number = found.record.number if found.kind == "claim" and found.record else None
        if number is None:
            self.search.feedback("error")
            messages.warning(self, tr("{code} is not a claim number.", code=found.code))
            return
        self.search.clear()
        self.search.feedback("ok")
        self.select(number)

    def package_selected(self):
        numbers = self.selected()
        if not numbers:
            return None
        return self.panel.package_of(numbers)

    def batch_selected(self) -> str | None:
        """A batch of the selected claims; the gate refuses any that is not settleable."""
        numbers = self.selected()
        if not numbers:
            return None
        with messages.attempt(self) as tried:
            batch = batches.create_batch(self.user, claim_numbers=numbers)
        if tried.failed:
            return None
        self.refresh()
        self.page.show_batch(batch.number)
        return batch.number


# --- settlement batches ----------------------------------------------------------------------

BATCH_COLUMNS = [
    Column(tr.mark("Batch"), 1, width=130, translator=tr),
    Column(tr.mark("State"), 2, format=batches.batch_state_name, width=66, translator=tr),
    Column(tr.mark("Claims"), 5, align=RIGHT, width=56, translator=tr),
    Column(tr.mark("To be paid"), 6, align=RIGHT, format=money, width=96, translator=tr),
    Column(tr.mark("Paid"), 7, align=RIGHT, format=money, width=96, translator=tr),
]


def totals_text(figures: batches.BatchFigures) -> str:
    """The batch's footer: what the statement asks for, and what was paid against it."""
    text = tr("Claimed {claimed} − charge-backs {charge_backs} = to be paid {expected}",
              claimed=money(figures.claimed), charge_backs=money(figures.charge_backs),
              expected=money(figures.expected))
    if figures.paid is None:
        return text
    text += "\n" + tr("Paid {amount} on {date}, reference {reference}",
                      amount=money(figures.paid), date=figures.payment_date,
                      reference=figures.payment_reference)
    short = figures.shortfall
    if short > 0:
        text += " — " + tr("{amount} less than to be paid", amount=money(short))
    elif short < 0:
        text += " — " + tr("{amount} more than to be paid", amount=money(-short))
    return text


def why_text(line: batches.BatchLine) -> str:
    """Why a claim was paid less or more than the statement asked, with each amount."""
    return "; ".join(f"{label} ({money(abs(item.amount))})"
                     for label, item in zip(line.why(), line.payment))


def fetch_batches(text: str, *, after=None, limit: int = batches.PAGE):
    return batch_lists.search_batches(text, after=after, limit=limit)


class BatchView(QFrame):
    def __init__(self, tab: "BatchesTab"):
        super().__init__(tab)
        self.setObjectName("batchView")
        self.setProperty("role", "card")
        self.tab = tab
        self.user = tab.user
        self.number = ""
        self.state = ""
        self.dialog = None
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.facts = caption("")
        self.facts.setWordWrap(True)
        self.totals = QLabel()
        self.totals.setObjectName("batchTotals")
        self.totals.setWordWrap(True)
        may_batch, may_pay = can(self.user, "settlement.batch"), can(self.user,
                                                                     "settlement.payment")
        may_withdraw = can(self.user, "settlement.withdraw")
        self.pdf_button = button(self, tr("Statement PDF"), self.statement_pdf)
        self.excel_button = button(self, tr("Statement Excel…"), lambda: self.statement_excel())
        self.remove_button = button(self, tr("Take claim out…"), lambda: self.remove_claim())
        self.submit_button = button(self, tr("Submit"), self.submit, "primary")
        self.withdraw_button = button(self, tr("Withdraw…"), lambda: self.withdraw())
        self.payment_button = button(self, tr("Record payment…"), self.ask_payment, "primary")
        self.close_button = button(self, tr("Close batch"), self.close_batch, "primary")
        self.allowed = {self.remove_button: may_batch, self.submit_button: may_batch,
                        self.withdraw_button: may_withdraw, self.payment_button: may_pay,
                        self.close_button: may_pay}
        self.add = ScanField(self, placeholder=tr("Scan or type a claim number to add it to "
                                                  "this open batch"), keep_focus=False)
        self.add.setObjectName("addClaim")
        self.add.scanned.connect(self.add_claim)
        self.lines = small_table([tr("Claim No."), tr("Customer"), tr("Claimed"),
                                  tr("Charge-backs"), tr("To be paid"), tr("Paid"),
                                  tr("Why paid less or more")], (6,))
        self.lines.setObjectName("batchLines")
        self.differences = small_table([tr("Claim No."), tr("Source"), tr("Tag"),
                                        tr("Amount"), tr("Description")], (4,))
        self.differences.setObjectName("batchDifferences")
        self.empty = caption(tr("Select a settlement batch, or create one."))
        self.empty.setAlignment(Qt.AlignCenter)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.facts)
        head.addLayout(titles, 1)
        for made in (self.pdf_button, self.excel_button):
            head.addWidget(made, 0, Qt.AlignTop)
        actions = QHBoxLayout()
        actions.addWidget(self.totals, 1)
        for made in (self.remove_button, self.submit_button, self.withdraw_button,
                     self.payment_button, self.close_button):
            actions.addWidget(made)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(8)
        body.addLayout(head)
        body.addWidget(self.add)
        body.addWidget(self.lines, 3)
        body.addWidget(caption(tr("Differences: charge-backs and the payment's"), "section"))
        body.addWidget(self.differences, 1)
        body.addLayout(actions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.body, 1)
        self.load(None)

    def load(self, number: str | None) -> None:
        batch = batches.get_batch(number) if number else None
        self.empty.setVisible(batch is None)
        self.body.setVisible(batch is not None)
        self.number, self.state = (batch.number, batch.state) if batch else ("", "")
        if batch is None:
            return
        self.title.setText(tr("Settlement batch {batch}", batch=batch.number))
        facts = [batches.batch_state_name(batch.state),
                 tr("repaired {start} to {end}", start=batch.period_from, end=batch.period_to),
                 tr("created {time}", time=local_time(batch.created_at))]
        if batch.submitted_at:
            facts.append(tr("submitted {time}", time=local_time(batch.submitted_at)))
        if batch.note:
            facts.append(batch.note)
        self.facts.setText(" · ".join(facts))
        figures = batches.batch_figures(batch.number)
        self.totals.setText(totals_text(figures))
        wanted = {self.remove_button: batch.state == "open",
                  self.submit_button: batch.state == "open",
                  self.withdraw_button: batch.state == "submitted",
                  self.payment_button: batch.state == "submitted",
                  self.close_button: batch.state == "paid"}
        for made, show in wanted.items():
            made.setVisible(show and self.allowed[made])
        self.add.setVisible(batch.state == "open" and can(self.user, "settlement.batch"))
        fill(self.lines, [(line.number, line.customer_name, money(line.claimed),
                           money(line.charge_backs) if line.charge_backs else "",
                           money(line.expected), money(line.paid), why_text(line))
                          for line in figures.lines], right=(2, 3, 4, 5))
        for row in range(self.lines.rowCount()):    # the reasons in full, where they are cut
            self.lines.item(row, 6).setToolTip(self.lines.item(row, 6).text())
        from partsdesk.documents.statement import SOURCES
        fill(self.differences, [(d.claim.number, i18n.translate("Statement", SOURCES.get(
            d.source, d.source)), d.tag, money(d.amount), batches.difference_label(d))
            for d in figures.differences], right=(3,))
        for row in range(self.differences.rowCount()):
            self.differences.item(row, 4).setToolTip(self.differences.item(row, 4).text())

    def _act(self, action) -> bool:
        with messages.attempt(self) as tried:
            action()
        if tried.failed:
            return False
        self.tab.refresh()
        return True

    def add_claim(self, code: str) -> bool:
        found = scanning.resolve(code)
        number = found.record.number if found.kind == "claim" and found.record else code
        done = self._act(lambda: batches.add_claim(self.user, self.number, number))
        self.add.feedback("ok" if done else "error")
        return done

    def remove_claim(self) -> bool:
        rows = self.lines.selectionModel().selectedRows()
        if not rows:
            messages.info(self, tr("Select the claim to take out of the batch."))
            return False
        number = self.lines.item(rows[0].row(), 0).text()
        reason = messages.reason(self, tr("Take claim out"), tr(
            "Why is claim {number} taken out of batch {batch}?", number=number,
            batch=self.number))
        if reason is None:
            return False
        return self._act(lambda: batches.remove_claim(self.user, self.number, number,
                                                      reason))

    def submit(self) -> bool:
        if not messages.question(self, tr("Submit settlement batch {batch}? Its statement goes "
                                          "out and the batch no longer changes.",
                                          batch=self.number), default_yes=True):
            return False
        return self._act(lambda: batches.submit_batch(self.user, self.number))

    def withdraw(self) -> bool:
        """Call a submitted statement back: the batch is open again, its claims still in it."""
        reason = messages.reason(self, tr("Withdraw batch"), tr(
            "Why is settlement batch {batch} withdrawn? It opens again with its claims; "
            "submit it again when it is right.", batch=self.number))
        if reason is None:
            return False
        return self._act(lambda: batches.withdraw_batch(self.user, self.number, reason))

    def close_batch(self) -> bool:
        return self._act(lambda: batches.close_batch(self.user, self.number))

    def ask_payment(self):
        from partsdesk.ui.payment_dialog import PaymentDialog
        dialog = PaymentDialog(self.user, self.number, self)
        dialog.accepted.connect(self.tab.refresh)
        dialog.finished.connect(lambda _: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()
        return dialog

    def lang(self) -> str:
        return self.tab.page.overview.panel.lang()

    def statement_pdf(self):
        from partsdesk.documents import statement
        with messages.attempt(self) as tried:
            data = statement.render(self.number, self.lang())
        if tried.failed:
            return None
        self.dialog = preview(self, data, tr("Settlement statement {batch}", batch=self.number),
                              f"{self.number}-statement")
        return self.dialog

    def statement_excel(self):
        from partsdesk.spreadsheets import statement
        path = messages.save_file(self, tr("Save the statement as Excel"),
                                  suggested_path(f"{self.number}-statement"), tr(XLSX_FILTER))
        if not path:
            return None
        path = path if path.lower().endswith(".xlsx") else path + ".xlsx"
        number, lang = self.number, self.lang()
        return operations.run(
            self, lambda progress: statement.write(number, path, lang),
            label=tr("Writing the statement to {file}…", file=Path(path).name),
            on_done=lambda count: messages.info(self, tr.plural(
                count, "Statement of {batch} with {n} claim saved to {path}.",
                "Statement of {batch} with {n} claims saved to {path}.", batch=number,
                path=path)), cancellable=False)


class BatchesTab(DocumentListTab):
    scan_kind = "settlement_batch"
    reload_on_refresh = True        # payments and vouchers change a batch in place

    def __init__(self, page: "SettlementPage"):
        super().__init__(
            page, placeholder=tr("Batch number or payment reference — or scan a statement"),
            new=(tr("New batch…"), self.new_batch),
            may_create=can(page.user, "settlement.batch"), columns=BATCH_COLUMNS,
            fetch=fetch_batches, table_name="batchTable", make_view=BatchView,
            sizes=[460, 620])

    def new_batch(self):
        from partsdesk.ui.batch_dialog import NewBatchDialog
        dialog = NewBatchDialog(self.user, self)
        dialog.created.connect(self.page.show_batch)
        dialog.finished.connect(lambda _: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()
        return dialog


# --- the page -------------------------------------------------------------------------------

class SettlementPage(Page):
    def __init__(self, user, parent=None):
        super().__init__(user, parent)
        self.setObjectName("settlementPage")
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.overview = OverviewTab(self)
        self.batches = BatchesTab(self)
        self.tabs.addTab(self.overview, tr("Claims to settle"))
        self.tabs.addTab(self.batches, tr("Settlement batches"))
        self.tabs.currentChanged.connect(lambda _: self.activated())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def activated(self) -> None:
        if self.tabs.currentWidget() is self.overview:
            self.overview.refresh()
        else:
            self.batches.refresh()
        self.focus_search()

    def focus_search(self) -> None:
        current = self.tabs.currentWidget()
        (self.overview.search if current is self.overview
         else self.batches.search).setFocus(Qt.OtherFocusReason)

    def show_claim(self, number: str) -> None:
        self.tabs.setCurrentWidget(self.overview)
        self.overview.select(number)

    def show_filter(self, view: str | None = None, tab: str | None = None,
                    claim: str | None = None, batch: str | None = None) -> None:
        """The list behind a figure of the home page: a claim, a batch, the batches, or the
        claims of one view of the overview (say "settleable")."""
        if claim:
            self.show_claim(claim)
        elif batch:
            self.show_batch(batch)
        elif tab == "batches":
            self.tabs.setCurrentWidget(self.batches)
            self.batches.show_document("")
        elif view:
            self.tabs.setCurrentWidget(self.overview)
            self.overview.view.setCurrentIndex(max(0, self.overview.view.findData(view)))

    def show_batch(self, number: str) -> None:
        self.tabs.setCurrentWidget(self.batches)
        self.batches.show_document(number)
