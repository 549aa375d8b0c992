"""The locations page: bins, receiving, the defective store and scrap, built like the catalogue.

Typing filters by code or description; scanning a bin label selects that bin.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton,
                               QVBoxLayout)

from partsdesk.db.models import LOCATION_KINDS, Location
from partsdesk.i18n import Translator
from partsdesk.services import locations
from partsdesk.services.errors import NotFound, PartsDeskError
from partsdesk.services.permissions import can
from partsdesk.ui import messages
from partsdesk.ui.import_dialog import SpreadsheetTransfer
from partsdesk.ui.lazy_model import Column
from partsdesk.ui.pages import Page
from partsdesk.ui.pages.catalog import (CENTRE, STATUS_COLOURS, DownToList, ListModel,
                                        table_view, tick)
from partsdesk.ui.scan_field import ScanField

tr = Translator("LocationsPage")

COLUMNS = [
    Column(tr.mark("Code"), 1, width=140, translator=tr),
    Column(tr.mark("Kind"), 2, format=locations.kind_name, width=140, translator=tr),
    Column(tr.mark("Description"), 3, width=320, translator=tr),
    Column(tr.mark("Allow negative"), 4, align=CENTRE, format=tick, width=120, translator=tr),
    Column(tr.mark("Active"), 5, align=CENTRE, format=tick, width=70, translator=tr),
]
CODE, ACTIVE = 1, 5     # positions in a search_locations row


class LocationTableModel(ListModel):
    def __init__(self, parent=None):
        super().__init__(COLUMNS, locations.search_locations, CODE, ACTIVE, parent)


class LocationsPage(Page):
    def __init__(self, user, parent=None):
        super().__init__(user, parent)
        self.setObjectName("locationsPage")
        self.selected: Location | None = None
        self.may_edit = can(user, "locations.edit")
        self.may_import = can(user, "locations.import")
        self.transfer = SpreadsheetTransfer(self, user, "locations",
                                            on_imported=lambda: self.apply_filter())
        self._build()
        self.apply_filter()

    def _build(self) -> None:
        self.search = ScanField(self, placeholder=tr(
            "Search by code or description — or scan a bin label"), keep_focus=False)
        self.search.setMinimumWidth(340)
        self.search.scanned.connect(self.on_scanned)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textEdited.connect(lambda _: self._debounce.start())
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(tr("All kinds"), None)
        for kind in LOCATION_KINDS:
            self.kind_filter.addItem(locations.kind_name(kind), kind)
        self.kind_filter.currentIndexChanged.connect(lambda _: self.apply_filter())
        self.show_inactive = QCheckBox(tr("Show deactivated locations"))
        self.show_inactive.toggled.connect(lambda _: self.apply_filter())

        self.new_button = self._button(tr("New location"), self.new_location, self.may_edit,
                                       "primary")
        self.edit_button = self._button(tr("Edit…"), self.edit_selected, self.may_edit)
        self.active_button = self._button(tr("Deactivate"), self.toggle_active, self.may_edit)
        self.import_button = self._button(tr("Import…"), self.transfer.ask_import,
                                          self.may_import)
        self.export_button = self._button(tr("Export…"), self.transfer.ask_export, True)
        self.template_button = self._button(tr("Template…"), self.transfer.ask_template,
                                            self.may_import)

        self.model = LocationTableModel(self)
        self.table = table_view(self.model, stretch=(2,))
        self.table.activated.connect(lambda _: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _: self._row_chosen(cur))
        self.model.rowsInserted.connect(lambda *_: self._show_count())
        DownToList(self.search, self.table)
        if self.may_edit:
            QShortcut(QKeySequence.New, self, activated=self.new_location,
                      context=Qt.WidgetWithChildrenShortcut)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.status_line = QLabel()
        self.status_line.setObjectName("statusLine")

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(QLabel(tr("Kind")))
        top.addWidget(self.kind_filter)
        top.addWidget(self.show_inactive)
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.active_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.import_button, self.export_button, self.template_button):
            actions.addWidget(button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.status_line)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._update_actions()

    def _button(self, text: str, slot, allowed: bool, role: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setProperty("role", role)    # before setVisible, which polishes the style
        button.setAutoDefault(False)
        button.clicked.connect(lambda: slot())
        button.setVisible(allowed)
        return button

    def activated(self) -> None:
        self.focus_search()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.OtherFocusReason)
        self.search.selectAll()

    # --- finding -------------------------------------------------------------------------
    def apply_filter(self) -> None:
        self._debounce.stop()
        keep = self.selected.code if self.selected else None
        self.model.set_query(self.search.text(), kind=self.kind_filter.currentData(),
                             include_inactive=self.show_inactive.isChecked())
        self._show_count()
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
            self._row_chosen(self.model.index(row, 0))
        else:
            self._set_selected(None)

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
        if not location.active and not self.show_inactive.isChecked():
            self.show_inactive.blockSignals(True)
            self.show_inactive.setChecked(True)
            self.show_inactive.blockSignals(False)
        if self.kind_filter.currentData() not in (None, location.kind):
            self.kind_filter.blockSignals(True)
            self.kind_filter.setCurrentIndex(0)
            self.kind_filter.blockSignals(False)
        self.search.setText(location.code)
        self.selected = location
        self.apply_filter()

    def say(self, text: str, kind: str = "") -> None:
        self.status_line.setText(text)
        self.status_line.setStyleSheet(f"color: {STATUS_COLOURS[kind]};")
        if kind:
            self.search.feedback(kind)

    def _show_count(self) -> None:
        shown = self.model.rowCount()
        self.count_label.setText(
            tr("{count}+ locations; scroll for more", count=f"{shown:,}")
            if self.model.canFetchMore()
            else tr("1 location") if shown == 1 else tr("{count} locations", count=f"{shown:,}"))

    # --- selection -----------------------------------------------------------------------
    def _row_chosen(self, index) -> None:
        location = None
        if index.isValid():
            location = Location.get_or_none(Location.id == self.model.row_tuple(index.row())[0])
        self._set_selected(location)

    def _set_selected(self, location: Location | None) -> None:
        self.selected = location
        self._update_actions()

    def _update_actions(self) -> None:
        self.edit_button.setEnabled(self.selected is not None)
        self.active_button.setEnabled(self.selected is not None)
        active = self.selected is None or self.selected.active
        self.active_button.setText(tr("Deactivate") if active else tr("Reactivate"))

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
        def saved() -> None:
            self.show_location(dialog.saved_location.code)
            self.say(tr("Saved."), "")
        dialog.accepted.connect(saved)
        dialog.finished.connect(lambda _: dialog.deleteLater())
        dialog.open()
        return dialog

    def toggle_active(self) -> None:
        if self.selected is None:
            return
        code, active = self.selected.code, not self.selected.active
        if not active and not messages.question(self, tr(
                "Deactivate location {code}? Nothing can be put into it until it is "
                "reactivated.", code=code), default_yes=True):
            return
        try:
            locations.set_active(self.user, code, active)
        except PartsDeskError as exc:
            messages.report(self, exc)
            return
        self.selected = None if not active and not self.show_inactive.isChecked() else \
            locations.get_location(code)
        self.apply_filter()
        self.say(tr("Location {code} reactivated.", code=code) if active
                 else tr("Location {code} deactivated.", code=code), "")
