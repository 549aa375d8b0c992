"""The claim desk: every warranty claim behind one search box, with the selected claim below.

One box finds a claim by number, VIN (or its last 6-8 characters), customer name or phone, or a
part number on it; filters narrow by state, repair date and approver. The list pages itself in
from ``claim_search``, so 200,000 claims open at once. Export writes the filtered claims to Excel
off the GUI thread.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPushButton,
                               QSplitter, QVBoxLayout, QWidget)

from partsdesk.db.models import User
from partsdesk.i18n import Translator
from partsdesk.services import claim_search, claim_states
from partsdesk.services.claim_search import Filters
from partsdesk.services.permissions import ACTIONS, can
from partsdesk.ui import messages, operations
from partsdesk.ui.claims.view import ClaimView
from partsdesk.ui.date_field import DateField
from partsdesk.ui.format import RIGHT, money
from partsdesk.ui.import_dialog import XLSX_FILTER, suggested_path
from partsdesk.ui.lazy_model import Column, LazyTableModel
from partsdesk.ui.list_table import table_view
from partsdesk.ui.pages import Page
from partsdesk.ui.style import state_colours
from partsdesk.ui.widgets import ScanField

tr = Translator("ClaimsPage")

STATE = 2                  # position of the state in a ClaimRow
COLUMNS = [
    Column(tr.mark("Claim No."), 1, width=128, translator=tr),
    Column(tr.mark("State"), STATE, format=claim_states.state_name, width=120, translator=tr),
    Column(tr.mark("Repair date"), 3, width=92, translator=tr),
    Column(tr.mark("VIN"), 4, width=160, translator=tr),
    Column(tr.mark("Model"), 5, width=66, translator=tr),
    Column(tr.mark("Customer"), 6, width=110, translator=tr),
    Column(tr.mark("Phone"), 7, width=108, translator=tr),
    Column(tr.mark("Fault"), 8, width=58, translator=tr),
    Column(tr.mark("Total"), 9, align=RIGHT, format=money, width=96, translator=tr),
    Column(tr.mark("Approved by"), 10, width=96, translator=tr),
]
STRETCH = (5,)
def fetch_claims(text: str, *, after=None, limit: int = claim_search.PAGE,
                 filters: Filters = Filters()) -> list[tuple]:
    return claim_search.search_claims(text, filters, after=after, limit=limit)


class ClaimListModel(LazyTableModel):
    """Claims, newest first; the state column in the state's colour."""

    def __init__(self, parent=None):
        super().__init__(COLUMNS, fetch_claims, key_index=0, parent=parent)

    def data(self, index, role=Qt.DisplayRole):
        if (role == Qt.ForegroundRole and index.isValid()
                and self.columns[index.column()].index == STATE):
            return QColor(state_colours(self.rows[index.row()][STATE])[0])
        return super().data(index, role)

    def row_of_number(self, number: str) -> int:
        for row, values in enumerate(self.rows):
            if values[1] == number:
                return row
        return -1


class ClaimsPage(Page):
    def __init__(self, user, parent=None):
        super().__init__(user, parent)
        self.setObjectName("claimsPage")
        self.dialog = None              # the open claim form (tests reach it here)
        self.export_op: operations.Operation | None = None
        self._total: int | None = None      # all claims of the filters, counted once per list
        self._build()
        self.apply_filter()

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = ScanField(self, placeholder=tr(
            "Search by claim no., VIN or its last 6 characters, customer, phone or part no."),
            keep_focus=False)
        self.search.setMinimumWidth(220)
        self.search.scanned.connect(self.on_scanned)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textEdited.connect(lambda _: self._debounce.start())
        self.state_filter = QComboBox()
        # item data: the states kept, comma-separated ("" keeps all)
        self.state_filter.addItem(tr("All states"), "")
        self.state_filter.addItem(tr("Open claims"), ",".join(claim_states.OPEN_STATES))
        for state in claim_states.STATES:
            self.state_filter.addItem(claim_states.state_name(state), state)
        self.date_from = DateField(near=lambda: self.date_to.value())
        self.date_to = DateField(near=lambda: self.date_from.value())
        self.approver = QComboBox()
        self.approver.addItem(tr("Any approver"), None)
        for user in (User.select().where(User.role.in_(list(ACTIONS["claims.approve"])))
                     .order_by(User.username)):
            self.approver.addItem(user.full_name or user.username, user.username)
        for combo in (self.state_filter, self.approver):
            combo.currentIndexChanged.connect(lambda _: self.apply_filter())
        for edit in (self.date_from, self.date_to):
            edit.valueChanged.connect(self._debounce.start)

        self.new_button = QPushButton(tr("New claim…"))
        self.new_button.setProperty("role", "primary")
        self.new_button.setToolTip(tr("Enter a new warranty claim (Ctrl+N)"))
        self.new_button.setShortcut("Ctrl+N")
        self.new_button.clicked.connect(lambda: self.new_claim())
        self.new_button.setVisible(can(self.user, "claims.edit"))
        self.export_button = QPushButton(tr("Export…"))
        self.export_button.setToolTip(tr("The claims matching the state, date and approver "
                                         "filters, to Excel"))
        self.export_button.clicked.connect(lambda: self.ask_export())
        self.export_button.setVisible(can(self.user, "claims.read"))  # names, phones, VINs
        for button in (self.new_button, self.export_button):
            button.setAutoDefault(False)

        self.model = ClaimListModel(self)
        self.table = table_view(self.model, STRETCH, key="claims.list", user=self.user)
        self.table.setObjectName("claimsTable")
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _: self._row_chosen(cur))
        self.model.rowsInserted.connect(lambda *_: self._show_count())
        self.view = ClaimView(self.user, self)
        self.view.changed.connect(self.claim_changed)
        self.view.open_requested.connect(self.show_claim)
        self.view.install_shortcuts(self)
        self.count_label = QLabel()
        self.count_label.setProperty("role", "hint")
        # the claims behind a figure of another page (the quality analysis, the home page),
        # until dismissed
        self._only: Filters | None = None
        self.only_label = QLabel()
        self.only_label.setProperty("role", "section")
        self.only_label.setTextFormat(Qt.PlainText)
        self.all_button = QPushButton(tr("Show every claim"))
        self.all_button.setAutoDefault(False)
        self.all_button.clicked.connect(lambda: self.show_all())
        self.only_bar = QWidget()
        only = QHBoxLayout(self.only_bar)
        only.setContentsMargins(0, 0, 0, 0)
        only.addWidget(self.only_label)
        only.addSpacing(8)
        only.addWidget(self.all_button)
        only.addStretch(1)
        self.only_bar.hide()

        # Two rows, so that at 150 % on a laptop no filter is squeezed over the search box:
        # the search with the state, then the dates and the approver beside the actions.
        filters = QHBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.state_filter)
        filters.addWidget(self.approver)
        actions = QHBoxLayout()
        actions.setSpacing(6)
        actions.addWidget(self.new_button)
        actions.addSpacing(8)
        actions.addWidget(self.count_label)
        actions.addStretch(1)
        actions.addWidget(QLabel(tr("Repaired from")))
        actions.addWidget(self.date_from)
        actions.addWidget(QLabel(tr("to")))
        actions.addWidget(self.date_to)
        actions.addSpacing(6)
        actions.addWidget(self.export_button)
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 420])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.only_bar)
        layout.addWidget(splitter, 1)

    def activated(self) -> None:
        self.focus_search()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.OtherFocusReason)
        self.search.selectAll()

    # --- finding -------------------------------------------------------------------------
    def filters(self) -> Filters:
        """The boxes' filters, within the claims behind a figure while those are shown."""
        states = tuple(s for s in (self.state_filter.currentData() or "").split(",") if s)
        only = self._only or Filters()
        return replace(only, states=states or only.states, date_from=self.date_from.value(),
                       date_to=self.date_to.value(), approver=self.approver.currentData())

    def apply_filter(self) -> None:
        self._debounce.stop()
        keep = self.view.claim.number if self.view.claim else None
        self.model.set_query(self.search.text().strip(), filters=self.filters())
        self._total = None
        if not self.search.text().strip():
            QTimer.singleShot(0, self._count_all)
        self._show_count()
        self.select(keep)

    def select(self, number: str | None) -> None:
        row = self.model.row_of_number(number) if number else -1
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.EnsureVisible)
            self.view.show_claim(number)
        else:
            self.table.clearSelection()
            self.view.show_claim(None)

    def on_scanned(self, text: str) -> None:
        """Enter: a claim number (or the only claim found) opens that claim."""
        self.apply_filter()
        row = self.model.row_of_number(text.strip().upper())
        if row < 0 and self.model.rowCount() == 1:
            row = 0
        if row >= 0:
            self.select(self.model.rows[row][1])
            self.search.feedback("ok")
        elif not self.model.rowCount():
            self.search.feedback("warning")
        self.search.selectAll()

    def show_claims(self, numbers, title: str) -> None:
        """Only these claims in the list (the claims behind a figure of another page), under
        ``title``, whatever the other filters said, until "Show every claim"."""
        self._show_only(Filters(numbers=tuple(numbers)), title)

    def show_filter(self, filters: Filters | None = None, label: str = "",
                    claim: str | None = None) -> None:
        """The list behind a figure of the home page: the claim ``claim``; the claims of one
        state, chosen in the state box; or the claims ``filters`` select, under ``label``."""
        if claim:
            self.show_claim(claim)
        elif filters is not None and not label and len(filters.states) == 1:
            self._show_only(None, "")
            self.state_filter.setCurrentIndex(self.state_filter.findData(filters.states[0]))
        elif filters is not None:
            self._show_only(filters, label)

    def _show_only(self, filters: Filters | None, title: str) -> None:
        """The claims ``filters`` select (None: every claim), the boxes cleared."""
        self.search.clear()
        for combo in (self.state_filter, self.approver):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for field in (self.date_from, self.date_to):
            field.set_value(None)
        self._only = filters
        self.only_label.setText(title)
        self.only_bar.setVisible(filters is not None)
        self.apply_filter()

    def show_all(self) -> None:
        """Back from the claims behind a figure to every claim."""
        self._only = None
        self.only_bar.hide()
        self.apply_filter()

    def show_claim(self, number: str) -> None:
        """Show ``number`` whatever the filters say (a scan, a form just saved)."""
        self._only = None
        self.only_bar.hide()
        self.search.setText(number)
        self.state_filter.blockSignals(True)
        self.state_filter.setCurrentIndex(0)
        self.state_filter.blockSignals(False)
        self.apply_filter()
        self.select(number)

    def _count_all(self) -> None:
        if not self.search.text().strip():
            self._total = claim_search.count_claims(self.filters())
            self._show_count()

    def _show_count(self) -> None:
        shown, total = self.model.rowCount(), self._total
        if total is not None:
            text = tr("1 claim") if total == 1 else tr("{count} claims", count=f"{total:,}")
        elif not self.search.text().strip():
            text = ""
        elif self.model.canFetchMore():
            text = tr("{count}+ claims found", count=f"{shown:,}")
        else:
            text = tr("1 claim found") if shown == 1 else tr("{count} claims found",
                                                            count=f"{shown:,}")
        self.count_label.setText(text)

    def _row_chosen(self, index) -> None:
        self.view.show_claim(self.model.row_tuple(index.row())[1] if index.isValid() else None)

    def claim_changed(self, number: str) -> None:
        self.model.refresh()
        self._show_count()
        row = self.model.row_of_number(number)
        if row >= 0:
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.selectionModel().blockSignals(False)

    # --- entering ------------------------------------------------------------------------
    def new_claim(self):
        from partsdesk.ui.claims.form import ClaimForm
        form = ClaimForm(self.user, None, self)

        def saved() -> None:
            if form.claim is not None:
                self.show_claim(form.claim.number)
        form.accepted.connect(saved)
        form.finished.connect(lambda _: form.deleteLater())
        self.dialog = form
        form.open()
        return form

    # --- export --------------------------------------------------------------------------
    def ask_export(self) -> None:
        path = messages.save_file(self, tr("Export claims to Excel"),
                                  suggested_path(tr("claims")), tr(XLSX_FILTER))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> operations.Operation:
        from partsdesk.spreadsheets import claims_export
        path = path if path.lower().endswith(".xlsx") else path + ".xlsx"
        filters = self.filters()
        self.export_op = operations.run(
            self, lambda progress: claims_export.export_file(self.user, path, filters,
                                                             progress=progress),
            label=tr("Exporting claims to {file}…", file=Path(path).name),
            on_done=lambda count: messages.info(self, tr.plural(
                count, "{n} claim exported to {path}.", "{n} claims exported to {path}.",
                path=path)))
        return self.export_op
