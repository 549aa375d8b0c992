"""The defective store (the dealer's parts clerk): scanning a tag books its failed part into a
defective location; the list shows how long each failed part has been kept (the retention clock)
and which are overdue."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from partsdesk.db.models import Location
from partsdesk.i18n import Translator
from partsdesk.services import claim_states, returns
from partsdesk.services.errors import PartsDeskError
from partsdesk.services.permissions import can
from partsdesk.services.stock import qty_text
from partsdesk.ui import messages
from partsdesk.ui.format import RIGHT, part_name
from partsdesk.ui.lazy_model import Column, LazyTableModel
from partsdesk.ui.list_table import table_view
from partsdesk.ui.pages import Page
from partsdesk.ui.pages.returns.lines import OVERDUE_INK, OVERDUE_PAPER
from partsdesk.ui.style import caption
from partsdesk.ui.widgets import ScanBanner, ScanField, big_scan_field, button

tr = Translator("ReturnsPage")

# positions in a TagRow (services.returns); the fetch adds the paging key at KEY
NUMBER, DAYS, STATE, KEY = 1, 8, 9, 13
TAG_COLUMNS = [
    Column(tr.mark("Tag"), 1, width=122, translator=tr),
    Column(tr.mark("Claim No."), 2, width=126, translator=tr),
    Column(tr.mark("Part No."), 4, width=104, translator=tr),
    Column(tr.mark("Name"), 5, width=150, translator=tr),
    Column(tr.mark("Qty"), 6, align=RIGHT, format=qty_text, width=40, translator=tr),
    Column(tr.mark("Repair date"), 7, width=88, translator=tr),
    Column(tr.mark("Days kept"), DAYS, align=RIGHT, width=72, translator=tr),
    Column(tr.mark("Where"), STATE, format=claim_states.tag_state_name, width=140, translator=tr),
    Column(tr.mark("Location"), 10, width=70, translator=tr),
    Column(tr.mark("Shipment"), 11, width=122, translator=tr),
]
TAG_VIEWS = [("here", tr.mark("Still here")), ("overdue", tr.mark("Overdue")),
             ("all", tr.mark("All tags"))]


def fetch_tags(text: str, *, view: str = "here", after=None, limit: int = returns.PAGE):
    """A page of tags with its paging key last: (repair date, id) when overdue, else id."""
    def shown(row):     # the part's name in the reader's language
        return tuple(row._replace(part_name=part_name(row.part_name, row.part_name_zh)))
    if view == "overdue":
        return [shown(r) + ((r.repair_date, r.id),)
                for r in returns.overdue(after=after, limit=limit)]
    states = claim_states.HERE if view == "here" else ()
    return [shown(r) + (r.id,) for r in returns.search_tags(text, states, after=after,
                                                            limit=limit)]


class TagModel(LazyTableModel):
    """Tags; a failed part kept past the retention time shows its days in red."""

    def __init__(self, parent=None):
        super().__init__(TAG_COLUMNS, fetch_tags, key_index=KEY, parent=parent)
        self.limit_days = returns.retention_days()

    def set_query(self, text: str = "", **filters) -> None:
        self.limit_days = returns.retention_days()
        super().set_query(text, **filters)

    def overdue(self, row: int) -> bool:
        values = self.rows[row]
        return values[STATE] in claim_states.HERE and values[DAYS] > self.limit_days

    def data(self, index, role=Qt.DisplayRole):
        if (index.isValid() and self.columns[index.column()].index == DAYS
                and self.overdue(index.row())):
            if role == Qt.ForegroundRole:
                return QColor(OVERDUE_INK)
            if role == Qt.BackgroundRole:
                return QColor(OVERDUE_PAPER)
        return super().data(index, role)


def days_text(days: int) -> str:
    return tr.plural(days, "{n} day", "{n} days")


class StoreTab(QWidget):
    """Scan a tag: its failed part goes into the defective store."""

    def __init__(self, page: Page):
        super().__init__(page)
        self.user = page.user
        self.banner = ScanBanner(self)
        self.scan = big_scan_field(self, tr("Scan a defective-part tag to book its failed part "
                                            "into the defective store"))
        self.scan.keep_focus = False
        self.scan.scanned.connect(self.on_scanned)
        self.location = QComboBox()
        self.location.setMinimumHeight(44)
        self.location.setToolTip(tr("The defective location the scanned parts go into"))
        self.search = ScanField(self, placeholder=tr("Filter by tag, claim or shipment number"),
                                keep_focus=False)
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.refresh)
        self.search.textEdited.connect(lambda _: self._debounce.start())
        self.search.scanned.connect(lambda _: self.refresh())
        self.view = QComboBox()
        for key, label in TAG_VIEWS:
            self.view.addItem(tr(label), key)
        self.view.currentIndexChanged.connect(lambda _: self.refresh())
        self.tag_button = button(self, tr("Print tag…"), self.print_tag)
        self.model = TagModel(self)
        self.table = table_view(self.model, stretch=(3,), key="returns.tags", user=self.user)
        self.table.setObjectName("tagTable")
        self.count = caption("")
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(caption(tr("into")))
        scan_row.addWidget(self.location)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.view)
        filters.addWidget(self.tag_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.banner)
        layout.addLayout(scan_row)
        layout.addSpacing(4)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        may_store = can(self.user, "returns.tag")
        for widget in (self.scan, self.location):
            widget.setVisible(may_store)
        self.banner.setVisible(may_store)
        self.ready()

    def ready(self) -> None:
        self.banner.show_result("idle", tr("Ready to scan"), tr(
            "Scan the tag on each failed part as it comes from the workshop. The part is kept "
            "until it is shipped back; after {days} days it is overdue.",
            days=returns.retention_days()))

    def load_locations(self) -> None:
        keep = self.location.currentData()
        self.location.clear()
        for location in (Location.select().where((Location.kind == "defective")
                                                 & (Location.active == True))  # noqa: E712
                         .order_by(Location.code)):
            self.location.addItem(location.code, location.code)
        if keep and self.location.findData(keep) >= 0:
            self.location.setCurrentIndex(self.location.findData(keep))

    def refresh(self) -> None:
        self._debounce.stop()
        view = self.view.currentData()
        self.model.set_query(self.search.text().strip(), view=view)
        shown = self.model.rowCount()
        more = "+" if self.model.canFetchMore() else ""
        text = tr.plural(shown, "{n} tag", "{n} tags", n=f"{shown}{more}")
        if view != "overdue":
            late = sum(1 for row in range(shown) if self.model.overdue(row))
            if late:
                text += " · " + tr("{late} overdue (kept more than {days})", late=late,
                                   days=days_text(self.model.limit_days))
        else:
            text += " · " + tr("kept more than {days} after the repair",
                               days=days_text(self.model.limit_days))
        self.count.setText(text)

    def on_scanned(self, code: str) -> None:
        self.scan.set_busy(True)
        try:
            tag = returns.store(self.user, code, self.location.currentData())
        except PartsDeskError as exc:
            self.banner.show_result("error", tr("Not booked in"), str(exc))
            self.scan.feedback("error")
            return
        finally:
            self.scan.set_busy(False)
        days = returns.days_held(tag)
        kind = "over" if days > returns.retention_days() else "ok"
        self.banner.show_result(kind, tr("{tag} in the defective store {location}",
                                         tag=tag.number, location=tag.location.code),
                                tr("{qty} x {part_no} {name} · claim {claim} · repaired {days} "
                                   "ago", qty=qty_text(tag.quantity),
                                   part_no=tag.part.part_no,
                                   name=part_name(tag.part.name, tag.part.name_zh),
                                   claim=tag.claim.number, days=days_text(days)))
        self.scan.feedback("warning" if kind == "over" else "ok")
        self.refresh()

    def print_tag(self):
        from partsdesk.documents import tags
        from partsdesk.ui.pdf_preview import show_pdf
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            messages.info(self, tr("Select the tag to print again."))
            return None
        number = self.model.row_tuple(rows[0].row())[NUMBER]
        with messages.attempt(self) as tried:
            tag = returns.get_tag(number)
            data = tags.render_tags([tag], tags.DEFAULT_ROLL)
        if tried.failed:
            return None
        return show_pdf(self, data, tr("Defective-part tag {tag}", tag=number), number)
