"""Excel in and out of a list page: import with progress and Cancel, export, template.

An import is all or nothing. When the file has bad rows nothing is imported and the user gets
``RejectionDialog``: every bad row with its row number, column and reason, and a button to save
that list so it can be worked through in Excel. A clean parts file first shows what it would
change (``ImportPreviewDialog``) and is written when the user presses Import.

The pages call ``SpreadsheetTransfer.ask_import()`` etc. from their buttons; the file is asked
for through ``messages.open_file`` / ``save_file`` (tests queue it in ``messages.answers``) and
handed to ``import_from(path)`` / ``export_to(path)`` / ``template_to(path)``.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from partsdesk.i18n import Translator
from partsdesk.services.errors import ImportRejected
from partsdesk.ui import messages, operations
from partsdesk.ui.import_preview import ImportPreviewDialog

tr = Translator("ImportDialog")

XLSX_FILTER = tr.mark("Excel workbooks (*.xlsx)")
LIST_FILTERS = tr.mark("Excel workbook (*.xlsx);;CSV file (*.csv)")
FORMULA_STARTS = ("=", "+", "-", "@")


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def suggested_path(stem: str, suffix: str = ".xlsx") -> Path:
    """A file in the user's documents named for what it holds and today: parts-2026-11-28.xlsx."""
    return documents_folder() / f"{stem}-{date.today().isoformat()}{suffix}"


def _safe_cell(value):
    # A reason may quote a cell that starts like a formula; Excel must show it, not run it.
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else value


class RejectionDialog(QDialog):
    """Every bad row of a rejected file, with "Save this list"."""

    def __init__(self, file_name: str, error: ImportRejected, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("rejectionDialog")
        self.setWindowTitle(tr("File not imported"))
        self.problems = list(error.problems)
        self.file_name = file_name
        self.heading = QLabel(tr("<b>{file} was not imported.</b>", file=file_name))
        self.explanation = QLabel(tr.plural(
            len(self.problems),
            "1 row has a problem, so nothing was changed. Correct this row in the file and "
            "import it again.",
            "{n} rows have problems, so nothing was changed. Correct these rows in the file and "
            "import it again."))
        self.explanation.setWordWrap(True)
        self.table = self._make_table()
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.save_button = buttons.addButton(tr("Save this list…"), QDialogButtonBox.ActionRole)
        self.save_button.clicked.connect(self.ask_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        for widget in (self.heading, self.explanation, self.table, buttons):
            layout.addWidget(widget)
        self.resize(760, 460)

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(len(self.problems), 3, self)
        table.setHorizontalHeaderLabels([tr("Row"), tr("Column"), tr("Reason")])
        table.verticalHeader().hide()
        table.horizontalHeader().setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        table.setFocusPolicy(Qt.NoFocus)
        table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(True)
        for row, problem in enumerate(self.problems):
            number = QTableWidgetItem(str(problem.row or ""))
            number.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            table.setItem(row, 0, number)
            table.setItem(row, 1, QTableWidgetItem(str(problem.column or "")))
            table.setItem(row, 2, QTableWidgetItem(str(problem.reason)))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        return table

    def rows(self) -> list[tuple]:
        return [(p.row, p.column, p.reason) for p in self.problems]

    def ask_save(self) -> None:
        stem = Path(self.file_name).stem + "-" + tr("problems")
        path = messages.save_file(self, tr("Save this list"), suggested_path(stem),
                                  tr(LIST_FILTERS))
        if path:
            self.save_list(path)

    def save_list(self, path: str) -> None:
        """Write the list as .csv (UTF-8 with BOM, so Excel reads Chinese) or .xlsx."""
        header = [tr("Row"), tr("Column"), tr("Reason")]
        rows = [[row, _safe_cell(column), _safe_cell(reason)] for row, column, reason in self.rows()]
        with messages.attempt(self) as tried:
            if path.lower().endswith(".csv"):
                with open(path, "w", newline="", encoding="utf-8-sig") as out:
                    csv.writer(out).writerows([header] + rows)
            else:
                from openpyxl import Workbook
                book = Workbook()
                sheet = book.active
                sheet.title = tr("Problems")
                for line in [header] + rows:
                    sheet.append(line)
                sheet.column_dimensions["C"].width = 90
                book.save(path)
        if tried.failed:
            return
        messages.info(self, tr("The list was saved to {path}.", path=path))


class SpreadsheetTransfer:
    """Import, export and template for one kind of record ("parts" or "locations")."""

    def __init__(self, page: QWidget, user, what: str, *, on_imported: Callable[[], None]):
        self.page, self.user, self.what = page, user, what
        self.on_imported = on_imported
        self.rejection: RejectionDialog | None = None    # the last one shown (tests read it)
        self.preview: ImportPreviewDialog | None = None  # likewise
        self.last_result: dict | None = None

    @property
    def noun(self) -> str:
        """What the file holds, for file names and messages."""
        return tr("parts") if self.what == "parts" else tr("locations")

    # --- import ------------------------------------------------------------------------
    def ask_import(self) -> None:
        path = messages.open_file(self.page, tr("Import from Excel"), tr(XLSX_FILTER),
                                  documents_folder())
        if path:
            self.import_from(path)

    def import_from(self, path: str) -> operations.Operation:
        """Read and check the file off the GUI thread; a parts file then shows what it would
        change (``self.preview``) and is written only when the user confirms."""
        from partsdesk.spreadsheets import catalog as sheets
        name = Path(path).name
        return operations.run(
            self.page, lambda progress: sheets.check_file(self.user, self.what, path, progress),
            label=tr("Reading {file}…", file=name),
            on_done=self._checked, on_error=lambda exc: self._failed(name, exc))

    def _checked(self, checked) -> None:
        if checked.plan is None:
            self._write(checked)
            return
        self.preview = ImportPreviewDialog(checked.file, checked.plan, self.page)
        self.preview.accepted.connect(lambda: self._write(checked))
        self.preview.open()

    def _write(self, checked) -> operations.Operation:
        from partsdesk.spreadsheets import catalog as sheets
        return operations.run(
            self.page, lambda progress: sheets.write_checked(self.user, checked, progress),
            label=tr("Importing {file}…", file=checked.file),
            on_done=lambda result: self._imported(checked.file, result),
            on_error=lambda exc: self._failed(checked.file, exc))

    def _imported(self, name: str, result: dict) -> None:
        self.last_result = result
        self.on_imported()
        rows = tr.plural(result.get("rows", 0), "{n} row", "{n} rows")
        if "unchanged" in result:
            text = tr("{file} imported: {rows}, {created} new, {updated} changed and "
                      "{unchanged} unchanged.", file=name, rows=rows, created=result["created"],
                      updated=result["updated"], unchanged=result["unchanged"])
        else:
            text = tr("{file} imported: {rows}, {created} new and {updated} updated.",
                      file=name, rows=rows, created=result.get("created", 0),
                      updated=result.get("updated", 0))
        messages.info(self.page, text)

    def _failed(self, name: str, exc: BaseException) -> None:
        if not isinstance(exc, ImportRejected):
            messages.report(self.page, exc)
            return
        self.rejection = RejectionDialog(name, exc, self.page)
        self.rejection.open()

    # --- export and template --------------------------------------------------------------
    def ask_export(self) -> None:
        path = messages.save_file(self.page, tr("Export to Excel"), suggested_path(self.noun),
                                  tr(XLSX_FILTER))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> operations.Operation:
        from partsdesk.spreadsheets import catalog as sheets
        path = _with_suffix(path)
        return operations.run(
            self.page, lambda progress: sheets.export_file(self.what, path, progress),
            label=tr("Exporting to {file}…", file=Path(path).name),
            on_done=lambda count: messages.info(self.page, tr(
                "{count} {records} exported to {path}.", count=count,
                records=self.noun, path=path)))

    def ask_template(self) -> None:
        stem = self.noun + "-" + tr("template")
        path = messages.save_file(self.page, tr("Save an import template"),
                                  documents_folder() / f"{stem}.xlsx", tr(XLSX_FILTER))
        if path:
            self.template_to(path)

    def template_to(self, path: str) -> None:
        from partsdesk.spreadsheets import catalog as sheets
        path = _with_suffix(path)
        try:
            sheets.write_template(self.what, path)
        except Exception as exc:        # shown to the user, never a traceback
            messages.report(self.page, exc)
            return
        messages.info(self.page, tr("Template saved to {path}. Fill it in and import it.",
                                    path=path))


def _with_suffix(path: str) -> str:
    return path if path.lower().endswith(".xlsx") else path + ".xlsx"
