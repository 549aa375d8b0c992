"""The parts catalogue page: find any part of 200,000 as you type or scan, and keep it up to date.

Typing filters the list after a short pause; Enter (what a scanner sends) looks the code up
exactly, as a part number or a barcode alias, and selects that part. The list fetches a page at
a time, so it opens and filters at once whatever the size of the catalogue.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QFormLayout, QFrame, QLabel,
                               QListWidget, QListWidgetItem, QSplitter, QVBoxLayout, QWidget)

from partsdesk.db.models import Part
from partsdesk import i18n
from partsdesk.i18n import Translator
from partsdesk.services import catalog, history
from partsdesk.ui import messages
from partsdesk.ui.format import RIGHT, money, part_name
from partsdesk.ui.lazy_model import Column
from partsdesk.ui.list_page import ListPage
from partsdesk.ui.list_table import CENTRE, ListModel, tick
from partsdesk.ui.style import caption

tr = Translator("CatalogPage")

HISTORY_LINES = 20

# narrow widths: a column is never narrower than its title (list_table.ColumnLayout), so the
# titles set most of them and the name keeps 130 px at the first-run window size
COLUMNS = [
    Column(tr.mark("Part No."), 1, width=96, translator=tr),
    Column(tr.mark("Name"), 2, width=220, translator=tr, min_width=130),
    Column(tr.mark("Chinese name"), 3, width=104, translator=tr),
    Column(tr.mark("Category"), 4, width=60, translator=tr),
    Column(tr.mark("Unit"), 5, width=44, translator=tr),
    Column(tr.mark("Unit price"), 6, align=RIGHT, format=money, width=76, translator=tr),
    Column(tr.mark("Must return"), 7, align=CENTRE, format=tick, width=60, translator=tr),
    Column(tr.mark("Active"), 8, align=CENTRE, format=tick, width=50, translator=tr),
]
STRETCH = (1,)              # the Name column takes the room that is left
PART_NO, ACTIVE = 1, 8      # positions in a search_parts row


def fetch_parts(text: str, *, exact: int | None = None, **filters) -> list[tuple]:
    """A page of ``search_parts``, or only the part a scan found (instant at any size)."""
    if exact is None:
        return catalog.search_parts(text, **filters)
    if filters.get("after") is not None:
        return []
    return list(Part.select(*catalog.SEARCH_COLUMNS).where(Part.id == exact).tuples())


class PartTableModel(ListModel):
    def __init__(self, parent=None):
        super().__init__(COLUMNS, fetch_parts, PART_NO, ACTIVE, parent)


class PartDetails(QFrame):
    """The selected part: everything about it, its barcodes, supersession and recent history."""

    def __init__(self, on_link, parent=None):
        super().__init__(parent)
        self.setObjectName("detailsPanel")
        self.setProperty("role", "card")
        self.title = QLabel()
        self.title.setObjectName("detailsTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.names = QLabel()
        self.names.setTextFormat(Qt.RichText)   # escaped names: "Nut &amp; bolt" is markup too
        self.names.setWordWrap(True)
        self.names.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(5)
        for key, label in (("category", tr("Category")), ("unit", tr("Unit")),
                           ("unit_price", tr("Unit price")), ("min_stock", tr("Minimum stock")),
                           ("must_return", tr("Must return")), ("status", tr("Status")),
                           ("aliases", tr("Barcode aliases")),
                           ("superseded_by", tr("Superseded by")),
                           ("supersedes", tr("Supersedes"))):
            value = QLabel()
            value.setTextFormat(Qt.RichText)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextBrowserInteraction)
            value.linkActivated.connect(on_link)
            self.values[key] = value
            form.addRow(caption(label), value)
        self.history = QListWidget()
        self.history.setObjectName("history")
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)
        self.history.setSelectionMode(QAbstractItemView.NoSelection)
        self.history.setFocusPolicy(Qt.NoFocus)
        self.history.setStyleSheet("QListWidget#history::item { padding: 4px 2px; "
                                   "border-bottom: 1px solid #eef2f6; }")
        self.empty = QLabel(tr("Select a part to see its details."))
        self.empty.setObjectName("emptyHint")
        self.empty.setAlignment(Qt.AlignCenter)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.title)
        body.addWidget(self.names)
        body.addSpacing(6)
        body.addLayout(form)
        body.addSpacing(8)
        body.addWidget(caption(tr("Recent history"), "section"))
        body.addWidget(self.history, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.empty)
        layout.addWidget(self.body)
        self.show_part(None)

    def show_part(self, part: Part | None) -> None:
        self.empty.setVisible(part is None)
        self.body.setVisible(part is not None)
        if part is None:
            return
        self.title.setText(part.part_no)
        names = (part.name, part.name_zh)
        if i18n.language() == "zh_CN":
            names = names[::-1]
        self.names.setText("<br>".join(_escape(n) for n in names if n))
        aliases = catalog.aliases_of(part)
        successors = list(part.supersedes.order_by(Part.part_no))
        values = {
            "category": _escape(part.category) or "—",
            "unit": _escape(part.unit),
            "unit_price": money(part.unit_price),
            "min_stock": f"{part.min_stock.normalize():f}",
            "must_return": tr("Yes, the failed part goes back") if part.must_return else tr("No"),
            "status": tr("Active") if part.active else tr("<b>Deactivated</b>"),
            "aliases": ", ".join(aliases) or "—",
            "superseded_by": (_link(part.superseded_by) + " — " + _escape(part.superseded_by.name)
                              if part.superseded_by_id else "—"),
            "supersedes": ", ".join(_link(p) for p in successors) or "—",
        }
        for key, text in values.items():
            self.values[key].setText(text)
        self.history.clear()
        for event in history.latest("part", part.part_no, HISTORY_LINES):
            when = event.time.astimezone().strftime("%Y-%m-%d %H:%M")
            who = event.user.username if event.user_id else ""
            what = history.describe(event)
            item = QListWidgetItem(f"{what}\n{when} · {who}")
            item.setToolTip(what)
            self.history.addItem(item)


def _escape(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _link(part: Part) -> str:
    return f'<a href="{_escape(part.part_no)}">{_escape(part.part_no)}</a>'


class CatalogPage(ListPage):
    record = Part
    scroll_hint = QAbstractItemView.PositionAtCenter

    def __init__(self, user, parent=None):
        super().__init__(user, "catalog", "parts", parent)
        self.setObjectName("catalogPage")
        self._total: int | None = None
        self._build()
        self.apply_filter()

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self._build_search(tr("Search by part no., name, Chinese name or barcode — or scan"), 380)
        self._count_timer = QTimer(self, singleShot=True, interval=0)
        self._count_timer.timeout.connect(self._count_all)
        self.show_inactive = QCheckBox(tr("Show deactivated parts"))
        self.show_inactive.toggled.connect(lambda _: self.apply_filter())
        self._build_buttons(tr("New part"), self.new_part,
                            more=[(tr("Supersede…"), self.supersede_selected)])
        self.supersede_button = self.record_buttons[-1]
        self._build_table(PartTableModel(self), STRETCH)
        self.details = PartDetails(self.show_part)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([920, 290])
        splitter.setChildrenCollapsible(False)
        self._lay_out([self.show_inactive], splitter)

    # --- finding -------------------------------------------------------------------------
    def apply_filter(self, exact: int | None = None) -> None:
        """List the parts matching the search field; ``exact``: only that part (a scan)."""
        self._debounce.stop()
        keep = self.selected.part_no if self.selected else None
        self.model.set_query(self.search.text(), include_inactive=self.show_inactive.isChecked(),
                             exact=exact)
        self._total = None
        if not self.search.text().strip() and exact is None:
            self._count_timer.start()
        self._show_count()
        self._reselect(keep)

    def refresh(self, select: str | None = None) -> None:
        """Reload after a change, keeping (or moving) the selection."""
        if select:
            self.selected = catalog.find_by_code(select)
        self.apply_filter()

    def on_scanned(self, code: str) -> None:
        """Enter in the search field: the exact part by number or barcode, else a search."""
        self._debounce.stop()
        part = catalog.find_by_code(code)
        if part is None:
            self.search.setText(code)
            self.selected = None
            self.apply_filter()
            self.search.selectAll()
            if self.model.rowCount():
                self.say(tr("No part has the number or barcode {code}; showing parts that "
                            "contain it.", code=code), "warning")
            else:
                self.say(tr("Unknown code {code}: no part has this number or barcode.",
                            code=code), "error")
            return
        kind, text = self._scan_verdict(code, part)
        self.show_part(part.part_no)
        self.search.selectAll()     # the next scan replaces the text instead of adding to it
        self.say(text, kind)

    def _scan_verdict(self, code: str, part: Part) -> tuple[str, str]:
        if not part.active:
            return "warning", tr("Part {part_no} is deactivated.", part_no=part.part_no)
        if part.superseded_by_id:
            return "warning", tr("Part {part_no} is superseded by {new}.", part_no=part.part_no,
                                 new=part.superseded_by.part_no)
        if catalog.normalise_part_no(code) != part.part_no:
            return "ok", tr("Barcode {code} is part {part_no}: {name}", code=code,
                            part_no=part.part_no, name=part_name(part.name, part.name_zh))
        return "ok", tr("{part_no}: {name}", part_no=part.part_no,
                        name=part_name(part.name, part.name_zh))

    def show_part(self, part_no: str) -> None:
        """Show ``part_no`` and select it (a scan, a supersession link, a saved part)."""
        part = catalog.find_by_code(part_no)
        if part is None:
            return
        self._show_inactive_for(part)
        self.search.setText(part.part_no)
        self.selected = part
        self.apply_filter(exact=part.id)

    def _count_all(self) -> None:
        # Counting 200,000 parts reads them all (~60 ms): once per list and only after the
        # first page is on screen, never per page scrolled.
        if not self.search.text().strip():
            self._total = catalog.count_parts(self.show_inactive.isChecked())
            self._show_count()

    def _show_count(self) -> None:
        shown = self.model.rowCount()
        total = self._total
        if not self.search.text().strip() and total is None:
            text = ""           # counted in a moment
        elif total is not None:
            text = tr("1 part") if total == 1 else tr("{count} parts", count=f"{total:,}")
        elif self.model.canFetchMore():     # counting every match would cost a full scan
            text = tr("{count}+ parts found; scroll for more or type more to narrow",
                      count=f"{shown:,}")
        else:
            text = tr("1 part found") if shown == 1 else tr("{count} parts found",
                                                            count=f"{shown:,}")
        self.count_label.setText(text)

    # --- selection -----------------------------------------------------------------------
    def _set_selected(self, part: Part | None) -> None:
        super()._set_selected(part)
        self.details.show_part(part)

    def selected_part_no(self) -> str | None:
        return self.selected.part_no if self.selected else None

    # --- changing ------------------------------------------------------------------------
    def new_part(self):
        from partsdesk.ui.part_dialog import PartDialog
        return self._open(PartDialog(self.user, None, self))

    def edit_selected(self):
        if self.selected is None or not self.may_edit:
            return None
        from partsdesk.ui.part_dialog import PartDialog
        return self._open(PartDialog(self.user, catalog.get_part(self.selected.part_no), self))

    def supersede_selected(self):
        if self.selected is None:
            return None
        from partsdesk.ui.part_dialog import SupersedeDialog
        return self._open(SupersedeDialog(self.user, catalog.get_part(self.selected.part_no),
                                          self))

    def _open(self, dialog):
        """Open a dialog without blocking; reload and select the part once it is saved."""
        part_no = self.selected_part_no()

        def show_saved() -> None:
            saved_part = getattr(dialog, "saved_part", None)
            self.show_part(saved_part.part_no if saved_part else part_no)
        return self._open_dialog(dialog, show_saved)

    def toggle_active(self) -> None:
        if self.selected is None:
            return
        part_no, active = self.selected.part_no, not self.selected.active
        if not active and not messages.question(self, tr(
                "Deactivate part {part_no}? It leaves the search lists and cannot be received "
                "or issued until it is reactivated.", part_no=part_no), default_yes=True):
            return
        with messages.attempt(self) as tried:
            catalog.set_active(self.user, part_no, active)
        if tried.failed:
            return
        self.selected = None if not active and not self.show_inactive.isChecked() else \
            catalog.get_part(part_no)
        self.apply_filter()
        self.say(tr("Part {part_no} reactivated.", part_no=part_no) if active
                 else tr("Part {part_no} deactivated.", part_no=part_no), "")
