"""Stock counts: pick locations, print the count sheet, count by scanning or typing, post.

The books' quantities are frozen when the count starts. Scanning a bin label chooses the location
being counted; each part scan adds one (or the quantity set); a count can also be typed into the
Counted column. Variances worth more than the approval threshold are marked, and the page says
plainly when only a supervisor may post the count.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox,
                               QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QSplitter, QStackedWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from partsdesk import i18n
from partsdesk.i18n import Translator
from partsdesk.services import counting, locations, scanning
from partsdesk.services.errors import PartsDeskError
from partsdesk.services.permissions import can
from partsdesk.services.stock import qty_text
from partsdesk.ui import messages, operations
from partsdesk.ui.format import local_time, money, part_name
from partsdesk.ui.import_dialog import XLSX_FILTER, suggested_path
from partsdesk.ui.lazy_model import Column
from partsdesk.ui.list_table import ListModel, table_view
from partsdesk.ui.pages import Page
from partsdesk.ui.style import caption
from partsdesk.ui.widgets import (ScanBanner, ScanField, big_scan_field, button, put, quantity_box,
                                 small_table)

tr = Translator("CountingPage")

COUNT_COLUMNS = [
    Column(tr.mark("Count"), 0, width=130, translator=tr),
    Column(tr.mark("Status"), 1, format=counting.status_name, width=100, translator=tr),
    Column(tr.mark("Started"), 2, format=local_time, width=120, translator=tr),
]
LINE_HEADERS = [tr.mark("Location"), tr.mark("Part No."), tr.mark("Name"), tr.mark("Expected"),
                tr.mark("Counted"), tr.mark("Variance"), tr.mark("Value"), tr.mark("Approval")]
COUNTED = 4
AMBER, RED = "#fef3c7", "#fee2e2"


def fetch_counts(text: str, **filters) -> list[tuple]:
    return [tuple(row) + (row.status == "open",)
            for row in counting.search_counts(text, **filters)]


class CountListModel(ListModel):
    def __init__(self, parent=None):
        super().__init__(COUNT_COLUMNS, fetch_counts, key_index=0, active=6, parent=parent)


class NewCountDialog(QDialog):
    """Choose the locations to count: filter by code, tick them, start."""

    def __init__(self, user, parent=None):
        super().__init__(parent)
        self.user = user
        self.count = None
        self.setObjectName("newCountDialog")
        self.setWindowTitle(tr("New stock count"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filter by code, e.g. A-01"))
        self.filter.textChanged.connect(lambda _: self.fill())
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        self.all_button = button(self, tr("Tick all shown"), self.tick_all)
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("Note, e.g. monthly count of aisle A"))
        self.chosen: set[str] = set()
        self.list.itemChanged.connect(self._ticked)
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.start_button = buttons.addButton(tr("Start count"), QDialogButtonBox.AcceptRole)
        self.start_button.setProperty("role", "primary")
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        self.summary = caption("")
        row = QHBoxLayout()
        row.addWidget(self.filter, 1)
        row.addWidget(self.all_button)
        layout = QVBoxLayout(self)
        layout.addWidget(caption(tr("Tick the locations to count. Their stock is frozen as "
                                    "expected when the count starts.")))
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(520, 560)
        self.fill()

    def fill(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for _id, code, kind, description, _neg, _active in locations.search_locations(
                self.filter.text()):
            item = QListWidgetItem(f"{code}   {locations.kind_name(kind)}"
                                   + (f" · {description}" if description else ""))
            item.setData(Qt.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if code in self.chosen else Qt.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._summarise()

    def _ticked(self, item: QListWidgetItem) -> None:
        code = item.data(Qt.UserRole)
        if item.checkState() == Qt.Checked:
            self.chosen.add(code)
        else:
            self.chosen.discard(code)
        self._summarise()

    def tick_all(self) -> None:
        for row in range(self.list.count()):
            self.list.item(row).setCheckState(Qt.Checked)

    def choose(self, codes) -> None:
        self.chosen.update(codes)
        self.fill()

    def _summarise(self) -> None:
        self.summary.setText(tr.plural(len(self.chosen), "{n} location chosen: {codes}",
                                       "{n} locations chosen: {codes}",
                                       codes=", ".join(sorted(self.chosen)[:8])
                                       + (" …" if len(self.chosen) > 8 else "")))
        self.start_button.setEnabled(bool(self.chosen))

    def start(self) -> None:
        with messages.attempt(self) as tried:
            self.count = counting.create_count(self.user, sorted(self.chosen), self.note.text())
        if tried.failed:
            return
        self.accept()


class CountView(QWidget):
    """One count: scan or type counts, review the variances, post."""

    def __init__(self, page: "CountingPage"):
        super().__init__(page)
        self.page = page
        self.user = page.user
        self.number = ""
        self.status = ""
        self.rows: list[counting.CountLine] = []
        self._filling = False
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.facts = caption("")
        self.sheet_pdf = button(self, tr("Count sheet PDF…"), lambda: self.show_sheet())
        self.sheet_xlsx = button(self, tr("Count sheet Excel…"), self.ask_sheet_excel)
        self.cancel_button = button(self, tr("Cancel count…"), lambda: self.cancel_count())
        self.post_button = button(self, tr("Post variances…"), lambda: self.post(), "primary")
        head = QVBoxLayout()
        head.setSpacing(2)
        head.addWidget(self.title)
        head.addWidget(self.facts)
        actions = QHBoxLayout()
        actions.addWidget(self.sheet_pdf)
        actions.addWidget(self.sheet_xlsx)
        actions.addStretch(1)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.post_button)
        head.addSpacing(6)
        head.addLayout(actions)
        self.banner = ScanBanner(self)
        self.location = QComboBox()
        self.location.setMinimumHeight(44)
        self.location.setMinimumWidth(150)
        self.location.setFocusPolicy(Qt.NoFocus)
        self.location.currentIndexChanged.connect(lambda _: self._location_changed())
        self.scan = big_scan_field(self, tr("Scan a bin label to count it, then each part "
                                            "(one scan = one piece)"))
        self.scan.scanned.connect(self.on_scanned)
        self.quantity = quantity_box()
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.location)
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(self.quantity)
        self.scan_panel = QWidget()
        panel = QVBoxLayout(self.scan_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.addWidget(self.banner)
        panel.addLayout(scan_row)
        self.approval = QLabel()
        self.approval.setObjectName("approvalNotice")
        self.approval.setWordWrap(True)
        self.only_variances = QCheckBox(tr("Only variances"))
        self.only_variances.setFocusPolicy(Qt.NoFocus)
        self.only_variances.toggled.connect(lambda _: self.refresh())
        self.table = small_table([tr(h) for h in LINE_HEADERS], (2,), row_height=26,
                                 takes_focus=False)
        self.table.setEditTriggers(QAbstractItemView.DoubleClicked
                                   | QAbstractItemView.EditKeyPressed
                                   | QAbstractItemView.AnyKeyPressed)
        self.table.setFocusPolicy(Qt.ClickFocus)
        self.table.itemChanged.connect(self._typed)
        self.summary = caption("")
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.only_variances)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addWidget(self.scan_panel)
        layout.addWidget(self.approval)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    # --- showing -------------------------------------------------------------------------
    def load(self, number: str) -> None:
        count = counting.get_count(number)
        self.number, self.status = count.number, count.status
        self.title.setText(tr("Stock count {number}", number=count.number))
        who = count.created_by.username if count.created_by_id else ""
        self.facts.setText(" · ".join(f for f in (
            counting.status_name(count.status),
            tr("started {time} by {user}", time=local_time(count.created_at), user=who),
            count.note) if f))
        is_open = count.status == "open"
        self.scan_panel.setVisible(is_open)
        for made in (self.post_button, self.cancel_button):
            made.setVisible(is_open)
        self.location.blockSignals(True)
        self.location.clear()
        for code in counting.count_locations(count.number):
            self.location.addItem(code, code)
        self.location.blockSignals(False)
        if is_open:
            self.banner.show_result("idle", tr("Counting {code}",
                                               code=self.location.currentData() or ""),
                                    tr("Scan each piece, or type the counted quantity into "
                                       "the Counted column."))
            self.scan.setFocus(Qt.OtherFocusReason)
        self.refresh()

    def _location_changed(self) -> None:
        self.banner.show_result("idle", tr("Counting {code}", code=self.location.currentData()),
                                tr("Scan each piece found in this location."))

    def refresh(self) -> None:
        self.rows = counting.lines(self.number, only_variances=self.only_variances.isChecked())
        limit = counting.approval_threshold()
        self._filling = True
        self.table.setRowCount(len(self.rows))
        editable = self.status == "open"
        for row, line in enumerate(self.rows):
            big = line.value is not None and abs(line.value) > limit
            colour = RED if big else AMBER if line.variance else None
            texts = [(line.location, False), (line.part_no, False),
                     (part_name(line.name, line.name_zh), False),
                     (qty_text(line.expected), True),
                     ("" if line.counted is None else qty_text(line.counted), True),
                     (qty_text(line.variance) if line.variance else "", True),
                     (money(line.value) if line.variance else "", True),
                     (tr("Supervisor") if big else "", False)]
            for column, (text, right) in enumerate(texts):
                cell = put(self.table, row, column, text, right=right, bold=column == COUNTED,
                           background=colour)
                flags = cell.flags() & ~Qt.ItemIsEditable
                if column == COUNTED and editable:
                    flags |= Qt.ItemIsEditable
                cell.setFlags(flags)
        self._filling = False
        self._summarise(limit)

    def _summarise(self, limit: Decimal) -> None:
        every = counting.lines(self.number)
        missing = sum(1 for line in every if line.counted is None)
        variances = [line for line in every if line.variance]
        value = sum((line.value for line in variances), Decimal(0))
        big = [line for line in variances if abs(line.value) > limit]
        self.summary.setText(tr("{lines} · {missing} not counted yet · {variances} worth "
                                "{value} in all",
                                lines=tr.plural(len(every), "{n} line", "{n} lines"),
                                missing=missing,
                                variances=tr.plural(len(variances), "{n} variance",
                                                    "{n} variances"), value=money(value)))
        if not big or self.status != "open":
            self.approval.setVisible(False)
            return
        if can(self.user, "stock.count.approve"):
            text = tr.plural(len(big), "1 variance is worth more than {limit}. Posting "
                             "approves it as supervisor.", "{n} variances are worth more "
                             "than {limit}. Posting approves them as supervisor.",
                             limit=money(limit))
            style = f"background: {AMBER}; color: #78350f;"
        else:
            text = tr.plural(len(big), "1 variance is worth more than {limit} ({part_no} "
                             "in {location}, {value}). A supervisor must post this count.",
                             "{n} variances are worth more than {limit} (first: {part_no} in "
                             "{location}, {value}). A supervisor must post this count.",
                             limit=money(limit), part_no=big[0].part_no,
                             location=big[0].location, value=money(big[0].value))
            style = f"background: {RED}; color: #7f1d1d; font-weight: 600;"
        self.approval.setText(text)
        self.approval.setStyleSheet(style + " padding: 8px 10px; border-radius: 6px;")
        self.approval.setVisible(True)

    # --- counting ------------------------------------------------------------------------
    def on_scanned(self, code: str) -> None:
        place = scanning.resolve_location(code)
        if place is not None:
            index = self.location.findData(place.code)
            if index < 0:
                self.banner.show_result("error", tr("Not in this count"), tr(
                    "Location {code} is not part of stock count {number}.", code=place.code,
                    number=self.number))
                self.scan.feedback("error")
                return
            self.location.setCurrentIndex(index)
            self.scan.feedback("ok")
            return
        quantity = self.quantity.value()
        self.scan.set_busy(True)
        try:
            outcome = counting.count_scan(self.user, self.number, self.location.currentData(),
                                          code, quantity)
        except PartsDeskError as exc:
            self.banner.show_result("error", tr("Not counted"), str(exc))
            self.scan.feedback("error")
            return
        finally:
            self.quantity.setValue(1)
            self.scan.set_busy(False)
        kind = "ok" if outcome.expected_on_sheet else "over"
        self.banner.show_result(kind, tr("{part_no}: {qty} counted", part_no=outcome.part_no,
                                         qty=qty_text(outcome.counted)), outcome.message)
        self.scan.feedback(outcome.feedback, sound=kind)
        self.refresh()

    def _typed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != COUNTED:
            return
        line = self.rows[item.row()]
        text = item.text().strip()
        if not text:
            return
        with messages.attempt(self):
            counting.record_count(self.user, self.number, line.location, line.part_no, text)
        QTimer.singleShot(0, self.refresh)      # not inside the view's own edit

    def type_count(self, location: str, part_no: str, quantity) -> None:
        """Type ``quantity`` into the Counted cell of that line, as the clerk does."""
        for row, line in enumerate(self.rows):
            if line.location == location and line.part_no == part_no:
                self.table.item(row, COUNTED).setText(str(quantity))
                return
        raise LookupError(f"{location} {part_no} is not listed")

    # --- posting -------------------------------------------------------------------------
    def post(self) -> bool:
        missing = counting.uncounted(self.number)
        as_zero = False
        if missing:
            if not messages.question(self, tr.plural(
                    len(missing), "1 line is not counted yet. Post it as counted zero (the "
                    "stock of that part is written off)?", "{n} lines are not counted yet. "
                    "Post them as counted zero (the stock of those parts is written off)?")):
                return False
            as_zero = True
        elif not messages.question(self, tr("Post the variances of stock count {number}? The "
                                            "stock is corrected at once.", number=self.number),
                                   default_yes=True):
            return False
        with messages.attempt(self) as tried:
            moves = counting.post(self.user, self.number, uncounted_as_zero=as_zero)
        if tried.failed:
            return False
        messages.info(self, tr.plural(len(moves), "Stock count {number} posted: {n} variance "
                                      "booked.", "Stock count {number} posted: {n} variances "
                                      "booked.", number=self.number))
        self.load(self.number)
        self.page.list_model.refresh()
        return True

    def cancel_count(self) -> bool:
        reason = messages.reason(self, tr("Cancel stock count"), tr(
            "Why is stock count {number} cancelled?", number=self.number))
        if reason is None:
            return False
        with messages.attempt(self) as tried:
            counting.cancel(self.user, self.number, reason)
        if tried.failed:
            return False
        self.load(self.number)
        self.page.list_model.refresh()
        return True

    # --- count sheets --------------------------------------------------------------------
    def show_sheet(self):
        number, lang = self.number, i18n.language()

        def work(progress):
            from partsdesk.documents import count_sheet
            return count_sheet.render(number, lang)

        def done(data: bytes) -> None:
            from partsdesk.ui.pdf_preview import PdfPreviewDialog
            dialog = PdfPreviewDialog(data, tr("Count sheet {number}", number=number),
                                      f"{number}-count-sheet", self)
            dialog.finished.connect(lambda _: dialog.deleteLater())
            dialog.open()
            self.page.sheet_dialog = dialog

        return operations.run(self, work, label=tr("Preparing the count sheet…"),
                              on_done=done, cancellable=False)

    def ask_sheet_excel(self) -> None:
        path = messages.save_file(self, tr("Save the count sheet"), suggested_path(self.number),
                                  tr(XLSX_FILTER))
        if path:
            self.save_sheet_excel(path)

    def save_sheet_excel(self, path: str):
        path = path if path.lower().endswith(".xlsx") else path + ".xlsx"
        number, lang = self.number, i18n.language()

        def work(progress):
            from partsdesk.spreadsheets import stock_export
            return stock_export.write_count_sheet(number, path, lang=lang)

        return operations.run(self, work, label=tr("Writing {file}…", file=path),
                              on_done=lambda rows: messages.info(self, tr(
                                  "Count sheet saved to {path} ({lines}).", path=path,
                                  lines=tr.plural(rows, "{n} line", "{n} lines"))),
                              cancellable=False)


class CountingPage(Page):
    def __init__(self, user, parent=None):
        super().__init__(user, parent)
        self.setObjectName("countingPage")
        self.sheet_dialog = None
        self.search = ScanField(self, placeholder=tr("Find a count — or scan its sheet"),
                                keep_focus=False)
        self.search.scanned.connect(self.open_code)
        self.search.textEdited.connect(lambda _: self.refresh())
        self.status = QComboBox()
        for text, value in ((tr("Being counted"), "open"), (tr("All counts"), None)):
            self.status.addItem(text, value)
        self.status.currentIndexChanged.connect(lambda _: self.refresh())
        self.new_button = button(self, tr("New count…"), lambda: self.new_count(), "primary")
        self.list_model = CountListModel(self)
        self.table = table_view(self.list_model, stretch=(0,), key="counting.counts",
                                user=self.user)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _: current.isValid() and self.open_count(
                self.list_model.key(current.row())))
        left = QWidget()
        left.setMinimumWidth(300)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status)
        column.addLayout(top)
        column.addWidget(self.new_button)
        column.addWidget(self.table, 1)
        self.view = CountView(self)
        self.empty = caption(tr("Choose a count on the left, or start a new one."))
        self.empty.setAlignment(Qt.AlignCenter)
        self.right = QStackedWidget()
        self.right.addWidget(self.empty)
        self.right.addWidget(self.view)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setSizes([310, 950])
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(splitter)
        self.refresh()

    def refresh(self) -> None:
        self.list_model.set_query(self.search.text(), status=self.status.currentData())

    def activated(self) -> None:
        self.focus_search()

    def focus_search(self) -> None:
        if self.right.currentWidget() is self.view and self.view.status == "open":
            self.view.scan.setFocus(Qt.OtherFocusReason)
        else:
            self.search.setFocus(Qt.OtherFocusReason)

    def open_code(self, code: str) -> None:
        found = scanning.resolve(code)
        if found.kind == "count" and found.record is not None:
            self.open_count(found.record.number)

    def show_filter(self, status: str | None = None, count: str | None = None) -> None:
        """The list behind a figure of the home page: the counts of ``status``, or one count."""
        self.search.clear()
        self.status.setCurrentIndex(max(0, self.status.findData(status)))
        self.refresh()
        if count:
            self.open_count(count)

    def open_count(self, number: str) -> None:
        with messages.attempt(self) as tried:
            self.view.load(number)
        if tried.failed:
            return
        self.right.setCurrentWidget(self.view)

    def new_count(self):
        dialog = NewCountDialog(self.user, self)

        def started() -> None:
            self.refresh()
            self.open_count(dialog.count.number)
        dialog.accepted.connect(started)
        dialog.finished.connect(lambda _: dialog.deleteLater())
        dialog.open()
        return dialog
