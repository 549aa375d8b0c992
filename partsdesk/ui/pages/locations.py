"""The locations page: bins, receiving, the defective store and scrap, built like the catalogue.

Typing filters by code or description; scanning a bin label selects that bin.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel

from partsdesk.db.models import LOCATION_KINDS, Location
from partsdesk.i18n import Translator
from partsdesk.services import locations
from partsdesk.services.errors import NotFound
from partsdesk.ui import messages
from partsdesk.ui.lazy_model import Column
from partsdesk.ui.list_page import ListPage
from partsdesk.ui.list_table import CENTRE, ListModel, tick

tr = Translator("LocationsPage")

COLUMNS = [
    Column(tr.mark("Code"), 1, width=140, translator=tr),
    Column(tr.mark("Kind"), 2, format=locations.kind_name, width=140, translator=tr),
    Column(tr.mark("Description"), 3, width=320, translator=tr),
    Column(tr.mark("Allow negative"), 4, align=CENTRE, format=tick, width=120, translator=tr),
    Column(tr.mark("Active"), 5, align=CENTRE, format=tick, width=70, translator=tr),
]
CODE, ACTIVE = 1, 5     # positions in a search_locations row
LABEL_LIMIT = 1000      # bin labels printed at once: a whole warehouse zone


class LocationTableModel(ListModel):
    def __init__(self, parent=None):
        super().__init__(COLUMNS, locations.search_locations, CODE, ACTIVE, parent)


class LocationsPage(ListPage):
    record = Location

    def __init__(self, user, parent=None):
        super().__init__(user, "locations", "locations", parent)
        self.setObjectName("locationsPage")
        self._build()
        self.apply_filter()

    def _build(self) -> None:
        self._build_search(tr("Search by code or description — or scan a bin label"), 340)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(tr("All kinds"), None)
        for kind in LOCATION_KINDS:
            self.kind_filter.addItem(locations.kind_name(kind), kind)
        self.kind_filter.currentIndexChanged.connect(lambda _: self.apply_filter())
        self.show_inactive = QCheckBox(tr("Show deactivated locations"))
        self.show_inactive.toggled.connect(lambda _: self.apply_filter())
        self._build_buttons(tr("New location"), self.new_location)
        self._build_table(LocationTableModel(self), stretch=(2,))
        self._lay_out([QLabel(tr("Kind")), self.kind_filter, self.show_inactive], self.table)
        self.labels_button = self._button(tr("Bin labels…"), self.print_labels, True)
        self.labels_button.setToolTip(tr("Labels for every location the list shows (at most "
                                         "{n})", n=LABEL_LIMIT))
        self.actions_row.insertWidget(self.actions_row.indexOf(self.import_button),
                                      self.labels_button)

    # --- finding -------------------------------------------------------------------------
    def apply_filter(self) -> None:
        self._debounce.stop()
        keep = self.selected.code if self.selected else None
        self.model.set_query(self.search.text(), kind=self.kind_filter.currentData(),
                             include_inactive=self.show_inactive.isChecked())
        self._show_count()
        self._reselect(keep)

    def label_items(self) -> list[tuple]:
        """The locations the current filter shows, as label items (one label each)."""
        from partsdesk.documents.labels import LocationLabel
        rows = locations.search_locations(self.search.text(), kind=self.kind_filter.currentData(),
                                          include_inactive=self.show_inactive.isChecked(),
                                          limit=LABEL_LIMIT)
        return [(LocationLabel(row[CODE], locations.kind_name(row[2])), 1) for row in rows]

    def print_labels(self):
        from partsdesk.ui.label_dialog import LabelDialog
        items = self.label_items()
        if not items:
            messages.info(self, tr("The list shows no location to print a label for."))
            return None
        dialog = LabelDialog(items, "location", tr("Bin labels"), self)
        dialog.finished.connect(lambda _: dialog.deleteLater())
        dialog.open()
        return dialog

    def on_scanned(self, code: str) -> None:
        """Enter in the search field: that exact location (a bin label reads "L:CODE")."""
        self._debounce.stop()
        try:
            location = locations.get_location(code)
        except NotFound as exc:
            self.search.setText(code)
            self.selected = None
            self.apply_filter()
            self.search.selectAll()
            self.say(str(exc), "warning" if self.model.rowCount() else "error")
            return
        self.show_location(location.code)
        self.search.selectAll()
        if location.active:
            self.say(tr("{code}: {kind}", code=location.code,
                        kind=locations.kind_name(location.kind)), "ok")
        else:
            self.say(tr("Location {code} is deactivated.", code=location.code), "warning")

    def show_location(self, code: str) -> None:
        location = Location.get_or_none(Location.code == code)
        if location is None:
            return
        self._show_inactive_for(location)
        if self.kind_filter.currentData() not in (None, location.kind):
            self.kind_filter.blockSignals(True)
            self.kind_filter.setCurrentIndex(0)
            self.kind_filter.blockSignals(False)
        self.search.setText(location.code)
        self.selected = location
        self.apply_filter()

    def _show_count(self) -> None:
        shown = self.model.rowCount()
        self.count_label.setText(
            tr("{count}+ locations; scroll for more", count=f"{shown:,}")
            if self.model.canFetchMore()
            else tr("1 location") if shown == 1 else tr("{count} locations", count=f"{shown:,}"))

    # --- selection -----------------------------------------------------------------------
    def selected_code(self) -> str | None:
        return self.selected.code if self.selected else None

    # --- changing ------------------------------------------------------------------------
    def new_location(self):
        from partsdesk.ui.location_dialog import LocationDialog
        return self._open(LocationDialog(self.user, None, self))

    def edit_selected(self):
        if self.selected is None or not self.may_edit:
            return None
        from partsdesk.ui.location_dialog import LocationDialog
        return self._open(LocationDialog(self.user, locations.get_location(self.selected.code),
                                         self))

    def _open(self, dialog):
        return self._open_dialog(dialog, lambda: self.show_location(dialog.saved_location.code))

    def toggle_active(self) -> None:
        if self.selected is None:
            return
        code, active = self.selected.code, not self.selected.active
        if not active and not messages.question(self, tr(
                "Deactivate location {code}? Nothing can be put into it until it is "
                "reactivated.", code=code), default_yes=True):
            return
        with messages.attempt(self) as tried:
            locations.set_active(self.user, code, active)
        if tried.failed:
            return
        self.selected = None if not active and not self.show_inactive.isChecked() else \
            locations.get_location(code)
        self.apply_filter()
        self.say(tr("Location {code} reactivated.", code=code) if active
                 else tr("Location {code} deactivated.", code=code), "")
