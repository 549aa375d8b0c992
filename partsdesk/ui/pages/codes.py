"""The code tables for the administrator: labour operations, fault codes, causes, part categories
and vehicle models — looked at, kept by hand, or imported and exported as the manufacturer's
Excel file.

Codes are never deleted (old claims point at them), only deactivated. Every rule is in
``services.codes``; the editor shows a refusal under the field it names.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout)

from partsdesk.i18n import Translator
from partsdesk.services import codes
from partsdesk.services.codes import CodeData
from partsdesk.services.errors import ImportRejected
from partsdesk.services.permissions import can
from partsdesk.spreadsheets.reader import Problem
from partsdesk.ui import messages, operations
from partsdesk.ui.claims.form_fields import FieldMessages
from partsdesk.ui.format import qty
from partsdesk.ui.import_dialog import (XLSX_FILTER, RejectionDialog, documents_folder,
                                        suggested_path)
from partsdesk.ui.pages import Page
from partsdesk.ui.part_dialog import FORM_STYLE, form_label
from partsdesk.ui.widgets import fill, small_table

tr = Translator("CodesPage")

GREY = QColor("#9ca3af")


def headers(table: str) -> list[str]:
    out = [tr("Code")] + ([tr("English name"), tr("Chinese name")]
                          if table in ("vehicle_models", "part_categories")
                          else [tr("English description"), tr("Chinese description")])
    if table == "labour_operations":
        out += [tr("Standard hours"), tr("Vehicle models")]
    if table == "vehicle_models":
        out += [tr("Warranty months"), tr("Warranty km")]
    return out + [tr("Active")]


def row_values(table: str, row) -> tuple:
    spec = codes.TABLES[table]
    values = [row.code, getattr(row, spec.text_field), getattr(row, spec.zh_field)]
    if table == "labour_operations":
        values += [qty(row.standard_hours), ", ".join(codes.models_of(row)) or tr("all")]
    if table == "vehicle_models":
        values += [str(row.warranty_months), f"{row.warranty_km:,}"]
    return tuple(values + [tr("Yes") if row.active else tr("No")])


class CodeDialog(QDialog):
    """A new code of ``table`` or a change to one. Enter saves, Esc cancels."""

    def __init__(self, user, table: str, row=None, parent=None):
        super().__init__(parent)
        self.setObjectName("codeDialog")
        self.user, self.table, self.row = user, table, row
        self.saved = None
        self.setWindowTitle(tr("{table}: new code", table=codes.table_name(table)) if row is None
                            else tr("{table}: {code}", table=codes.table_name(table),
                                    code=row.code))
        self.setStyleSheet(FORM_STYLE)
        general = form_label("", "error")
        general.hide()
        self.errors = FieldMessages(general)
        self.code = QLineEdit()
        self.code.setMaxLength(40)
        limit = codes.TABLES[table].limit
        self.description = QLineEdit()          # English
        self.description.setMaxLength(limit)
        self.description_zh = QLineEdit()
        self.description_zh.setMaxLength(limit)
        self.description_zh.setPlaceholderText(tr("Either description may stay empty; the "
                                                  "other is shown instead"))
        self.hours = QLineEdit()
        self.models = QLineEdit()
        self.models.setPlaceholderText(tr("Model codes separated by commas; empty: all models"))
        self.months = QLineEdit()
        self.km = QLineEdit()
        self.active = QCheckBox(tr("Can be chosen on new claims"))
        self.active.setChecked(True)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignRight)
        form.addRow(tr("Code"), self.errors.wrap("code", self.code))
        form.addRow(headers(table)[1], self.errors.wrap("description", self.description))
        form.addRow(headers(table)[2], self.errors.wrap("description_zh", self.description_zh))
        if table == "labour_operations":
            form.addRow(tr("Standard hours"), self.errors.wrap("standard_hours", self.hours))
            form.addRow(tr("Vehicle models"), self.errors.wrap("models", self.models))
        if table == "vehicle_models":
            form.addRow(tr("Warranty months"), self.errors.wrap("warranty_months", self.months))
            form.addRow(tr("Warranty km"), self.errors.wrap("warranty_km", self.km))
        form.addRow(tr("Active"), self.active)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Save).setText(tr("Save"))
        buttons.button(QDialogButtonBox.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        if row is not None:
            self._load(row)
        (self.description if row else self.code).setFocus()

    def _load(self, row) -> None:
        self.code.setText(row.code)
        self.code.setReadOnly(True)     # claims point at the code; it never changes
        spec = codes.TABLES[self.table]
        self.description.setText(getattr(row, spec.text_field))
        self.description_zh.setText(getattr(row, spec.zh_field))
        self.active.setChecked(row.active)
        if self.table == "labour_operations":
            self.hours.setText(qty(row.standard_hours))
            self.models.setText(", ".join(codes.models_of(row)))
        if self.table == "vehicle_models":
            self.months.setText(str(row.warranty_months))
            self.km.setText(str(row.warranty_km))

    def data(self) -> CodeData:
        return CodeData(self.code.text(), self.description.text(),
                        standard_hours=self.hours.text() or None,
                        models=[m for m in self.models.text().replace(";", ",").split(",")],
                        warranty_months=self.months.text() or None,
                        warranty_km=self.km.text() or None, active=self.active.isChecked(),
                        description_zh=self.description_zh.text())

    def accept(self) -> None:
        if self.errors.attempt(self, self._save):
            super().accept()

    def _save(self) -> None:
        self.saved = codes.save_code(self.user, self.table, self.data())


class CodesPage(Page):
    def __init__(self, user, parent=None):
        super().__init__(user, parent)
        self.setObjectName("codesPage")
        self.may_edit = can(user, "codes.edit")
        self.rows: list = []
        self.dialog = None
        self.rejection: RejectionDialog | None = None
        self._build()
        self.reload()

    def _build(self) -> None:
        self.table_choice = QComboBox()
        for key in codes.TABLES:
            self.table_choice.addItem(codes.table_name(key), key)
        self.table_choice.setCurrentIndex(self.table_choice.findData("labour_operations"))
        self.table_choice.currentIndexChanged.connect(lambda _: self.reload())
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Filter by code or words"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self._show())
        self.count = QLabel()
        self.count.setProperty("role", "hint")
        self.new_button = self._button(tr("New code…"), self.new_code, "primary")
        self.edit_button = self._button(tr("Edit…"), self.edit_selected)
        self.active_button = self._button(tr("Deactivate"), self.toggle_active)
        self.import_button = self._button(tr("Import…"), self.ask_import)
        self.export_button = self._button(tr("Export…"), self.ask_export)
        self.template_button = self._button(tr("Template…"), self.ask_template)
        for button in (self.new_button, self.edit_button, self.active_button,
                       self.import_button, self.template_button):
            button.setVisible(self.may_edit)
        top = QHBoxLayout()
        top.addWidget(self.table_choice)
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.active_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.import_button, self.export_button, self.template_button):
            actions.addWidget(button)
        self.table_holder = QVBoxLayout()
        self.table = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addLayout(self.table_holder, 1)

    def _button(self, text: str, slot, role: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setProperty("role", role)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: slot())
        return button

    def current_table(self) -> str:
        return self.table_choice.currentData()

    def activated(self) -> None:
        self.search.setFocus(Qt.OtherFocusReason)

    # --- showing -------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        table = self.current_table()
        if self.table is not None:
            self.table_holder.removeWidget(self.table)
            self.table.deleteLater()
        self.table = small_table(headers(table), (1, 2))
        self.table.setObjectName("codesTable")
        self.table.doubleClicked.connect(lambda _: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._update_actions)
        self.table_holder.addWidget(self.table)
        self.all_rows = codes.list_codes(table, include_inactive=True)
        self._show(select)

    def _show(self, select: str | None = None) -> None:
        table, text = self.current_table(), self.search.text().strip().lower()
        keep = select or self.selected_code()
        self.rows = [row for row in self.all_rows if not text or text in " ".join(
            str(v) for v in row_values(table, row)).lower()]
        numbers = {"labour_operations": (3,), "vehicle_models": (3, 4)}.get(table, ())
        fill(self.table, [row_values(table, row) for row in self.rows], right=numbers)
        for number, row in enumerate(self.rows):
            if not row.active:
                for column in range(self.table.columnCount()):
                    self.table.item(number, column).setForeground(GREY)
            if row.code == keep:
                self.table.selectRow(number)
        self.count.setText(tr("{shown} of {total} codes", shown=len(self.rows),
                              total=len(self.all_rows)))
        self._update_actions()

    def selected_code(self) -> str | None:
        if self.table is None:
            return None
        row = self.table.currentRow()
        selected = self.table.selectionModel().selectedRows()
        return self.rows[row].code if selected and 0 <= row < len(self.rows) else None

    def _selected_row(self):
        code = self.selected_code()
        return next((row for row in self.rows if row.code == code), None)

    def _update_actions(self) -> None:
        row = self._selected_row()
        self.edit_button.setEnabled(row is not None)
        self.active_button.setEnabled(row is not None)
        self.active_button.setText(tr("Reactivate") if row is not None and not row.active
                                   else tr("Deactivate"))

    # --- editing -------------------------------------------------------------------------
    def new_code(self) -> CodeDialog:
        return self._open(CodeDialog(self.user, self.current_table(), None, self))

    def edit_selected(self) -> CodeDialog | None:
        row = self._selected_row()
        if row is None or not self.may_edit:
            return None
        return self._open(CodeDialog(self.user, self.current_table(), row, self))

    def _open(self, dialog: CodeDialog) -> CodeDialog:
        dialog.accepted.connect(lambda: self.reload(dialog.saved.code))
        dialog.finished.connect(lambda _: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()
        return dialog

    def toggle_active(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        with messages.attempt(self) as tried:
            codes.set_active(self.user, self.current_table(), row.code, not row.active)
        if tried.failed:
            return
        self.reload(row.code)

    # --- Excel ---------------------------------------------------------------------------
    def ask_import(self) -> None:
        path = messages.open_file(self, tr("Import code tables from Excel"), tr(XLSX_FILTER),
                                  documents_folder())
        if path:
            self.import_from(path)

    def import_from(self, path: str) -> operations.Operation:
        from partsdesk.spreadsheets import codes as sheets
        name = Path(path).name

        def done(result: dict) -> None:
            self.reload()
            messages.info(self, tr("{file} imported: {rows} rows, {created} new and {updated} "
                                   "updated.", file=name, rows=result["rows"],
                                   created=result["created"], updated=result["updated"]))

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ImportRejected):
                messages.report(self, exc)
                return
            exc.problems = [p if isinstance(p, Problem) else Problem(None, None, str(p))
                            for p in exc.problems]
            self.rejection = RejectionDialog(name, exc, self)
            self.rejection.open()
        return operations.run(self, lambda progress: sheets.import_file(self.user, path,
                                                                        progress),
                              label=tr("Importing {file}…", file=name), on_done=done,
                              on_error=failed)

    def ask_export(self) -> None:
        path = messages.save_file(self, tr("Export code tables to Excel"),
                                  suggested_path(tr("code-tables")), tr(XLSX_FILTER))
        if path:
            self.export_to(path)

    def export_to(self, path: str, template: bool = False) -> operations.Operation:
        from partsdesk.spreadsheets import codes as sheets
        path = path if path.lower().endswith(".xlsx") else path + ".xlsx"
        return operations.run(
            self, lambda progress: sheets.export_file(path, template=template),
            label=tr("Exporting to {file}…", file=Path(path).name),
            on_done=lambda count: messages.info(self, tr(
                "Template saved to {path}. Fill it in and import it.", path=path) if template
                else tr("{count} codes exported to {path}.", count=count, path=path)))

    def ask_template(self) -> None:
        path = messages.save_file(self, tr("Save an import template"),
                                  documents_folder() / "code-tables.xlsx", tr(XLSX_FILTER))
        if path:
            self.export_to(path, template=True)

