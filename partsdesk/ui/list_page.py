"""A page that lists records to find and keep up to date: the catalogue and the locations.

Both have a search field that also takes scans, the same action buttons (new, edit, deactivate,
spreadsheet import/export/template), a lazily paged table and a count and status line under it.
A subclass builds its own filters, body and texts; the scaffolding and the selection live here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from partsdesk.i18n import Translator
from partsdesk.services.permissions import can
from partsdesk.ui.import_dialog import SpreadsheetTransfer
from partsdesk.ui.list_table import DownToList, table_view
from partsdesk.ui.pages import Page
from partsdesk.ui.style import STATUS_COLOURS
from partsdesk.ui.widgets import ScanField

tr = Translator("ListPage")


class ListPage(Page):
    """Subclasses set ``record`` (the model class), build with ``_build_search``,
    ``_build_buttons``, ``_build_table`` and ``_lay_out``, and implement ``apply_filter``,
    ``on_scanned``, ``edit_selected``, ``toggle_active`` and ``_show_count``."""

    record = None                                       # Part, Location …
    scroll_hint = QAbstractItemView.EnsureVisible       # where a re-selected row is scrolled to

    def __init__(self, user, area: str, transfer_kind: str, parent=None):
        super().__init__(user, parent)
        self.selected = None
        self.area = area
        self.may_edit = can(user, f"{area}.edit")
        self.may_import = can(user, f"{area}.import")
        self.transfer = SpreadsheetTransfer(self, user, transfer_kind,
                                            on_imported=lambda: self.apply_filter())

    # --- building ------------------------------------------------------------------------
    def _build_search(self, placeholder: str, width: int) -> None:
        self.search = ScanField(self, placeholder=placeholder, keep_focus=False)
        self.search.setMinimumWidth(width)
        self.search.scanned.connect(self.on_scanned)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(lambda: self.apply_filter())
        self.search.textEdited.connect(lambda _: self._debounce.start())

    def _build_buttons(self, new_text: str, new_slot, more: tuple = ()) -> None:
        """The buttons, in tab order; ``more``: (text, slot) of buttons for the selected record."""
        self._new_slot = new_slot
        self.new_button = self._button(new_text, new_slot, self.may_edit, "primary")
        self.edit_button = self._button(tr("Edit…"), self.edit_selected, self.may_edit)
        self.active_button = self._button(tr("Deactivate"), self.toggle_active, self.may_edit)
        self.record_buttons = [self.edit_button, self.active_button]   # need a selection
        self.record_buttons += [self._button(text, slot, self.may_edit) for text, slot in more]
        self.import_button = self._button(tr("Import…"), self.transfer.ask_import,
                                          self.may_import)
        self.export_button = self._button(tr("Export…"), self.transfer.ask_export, True)
        self.template_button = self._button(tr("Template…"), self.transfer.ask_template,
                                            self.may_import)

    def _build_table(self, model, stretch: tuple[int, ...]) -> None:
        self.model = model
        self.table = table_view(model, stretch, key=self.area, user=self.user)
        self.table.activated.connect(lambda _: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _: self._row_chosen(cur))
        self.model.rowsInserted.connect(lambda *_: self._show_count())
        DownToList(self.search, self.table)
        if self.may_edit:
            QShortcut(QKeySequence.New, self, activated=self._new_slot,
                      context=Qt.WidgetWithChildrenShortcut)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.status_line = QLabel()
        self.status_line.setTextFormat(Qt.PlainText)      # names a part or a scanned code
        self.status_line.setObjectName("statusLine")

    def _lay_out(self, filters: list, body) -> None:
        """Search and ``filters`` on top, the buttons, ``body`` (the table, or more), the count."""
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        for widget in filters:
            top.addWidget(widget)
        actions = self.actions_row = QHBoxLayout()
        for button in [self.new_button, *self.record_buttons]:
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
        layout.addWidget(body, 1)
        layout.addLayout(bottom)
        self._update_actions()

    def _button(self, text: str, slot, allowed: bool, role: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setProperty("role", role)    # before setVisible, which polishes the style
        button.setAutoDefault(False)
        button.clicked.connect(lambda: slot())
        button.setVisible(allowed)      # hidden, not just disabled: the role never does this
        return button

    def activated(self) -> None:
        self.focus_search()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.OtherFocusReason)
        self.search.selectAll()

    def say(self, text: str, kind: str = "") -> None:
        """The page's status line, and the scan field's colour and sound."""
        self.status_line.setText(text)
        self.status_line.setStyleSheet(f"color: {STATUS_COLOURS[kind]};")
        if kind:
            self.search.feedback(kind)

    # --- selection -----------------------------------------------------------------------
    def _reselect(self, key: str | None) -> None:
        """After the list reloads: select ``key`` again if it is still listed."""
        row = self.model.row_of(key) if key else -1
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0), self.scroll_hint)
            self._row_chosen(self.model.index(row, 0))
        else:
            self._set_selected(None)

    def _row_chosen(self, index) -> None:
        record = None
        if index.isValid():
            record = self.record.get_or_none(
                self.record.id == self.model.row_tuple(index.row())[0])
        self._set_selected(record)

    def _set_selected(self, record) -> None:
        self.selected = record
        self._update_actions()

    def _update_actions(self) -> None:
        for button in self.record_buttons:
            button.setEnabled(self.selected is not None)
        active = self.selected is None or self.selected.active
        self.active_button.setText(tr("Deactivate") if active else tr("Reactivate"))

    def _show_inactive_for(self, record) -> None:
        """A deactivated record asked for by name is shown even while they are hidden."""
        if not record.active and not self.show_inactive.isChecked():
            self.show_inactive.blockSignals(True)
            self.show_inactive.setChecked(True)
            self.show_inactive.blockSignals(False)

    # --- changing ------------------------------------------------------------------------
    def _open_dialog(self, dialog, show_saved):
        """Open a dialog without blocking; once it is saved, ``show_saved()`` selects it."""
        def saved() -> None:
            show_saved()
            self.say(tr("Saved."), "")
        dialog.accepted.connect(saved)
        dialog.finished.connect(lambda _: dialog.deleteLater())
        dialog.open()
        return dialog
