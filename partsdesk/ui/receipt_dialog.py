"""New receipts: from the sender's packing list (Excel) or typed and scanned by hand.

The packing list is read off the GUI thread and previewed line by line before anything is
created. A file whose headers PartsDesk does not know gets a column mapping: each column the
receipt needs is matched to one of the file's own headers. A file with bad rows creates nothing
and shows every bad row (the catalogue import's ``RejectionDialog``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from partsdesk.db.models import Location
from partsdesk.i18n import Translator
from partsdesk.services import catalog, receiving
from partsdesk.services.errors import ImportRejected, PartsDeskError
from partsdesk.services.stock import as_quantity, qty_text
from partsdesk.ui import messages, operations
from partsdesk.ui.format import RIGHT
from partsdesk.ui.import_dialog import XLSX_FILTER, RejectionDialog, documents_folder
from partsdesk.ui.widgets import ScanField

tr = Translator("ReceiptDialog")

HEADER_ROWS = 30


def receiving_locations() -> list[Location]:
    return list(Location.select().where((Location.kind == "receiving")
                                        & (Location.active == True))  # noqa: E712
                .order_by(Location.code))


def file_headers(path) -> list[str]:
    """The texts of the row that looks most like a header (most text cells in the first rows)."""
    from partsdesk.spreadsheets import reader
    best: list[str] = []
    with reader.quiet_openpyxl(), reader.open_workbook(path) as book:
        for sheet in book.worksheets:
            for values in sheet.iter_rows(max_row=HEADER_ROWS, values_only=True):
                texts = [" ".join(v.split()) for v in values if isinstance(v, str) and v.strip()]
                if len(texts) > len(best):
                    best = texts
    return best


class _ReceiptFacts:
    """Sender, delivery note and receiving location: the part both dialogs share."""

    def _facts_form(self) -> QFormLayout:
        self.source = QLineEdit()
        self.source.setPlaceholderText(tr("Supplier or sending warehouse"))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(tr("The sender's delivery note number"))
        self.location = QComboBox()
        for place in receiving_locations():
            self.location.addItem(place.code, place.code)
        form = QFormLayout()
        form.addRow(tr("Sender"), self.source)
        form.addRow(tr("Delivery note"), self.reference)
        form.addRow(tr("Received into"), self.location)
        return form


class NewReceiptDialog(QDialog, _ReceiptFacts):
    """A receipt typed by hand: scan or type each part, set how many are expected."""

    created = Signal(str)

    def __init__(self, user, parent=None):
        super().__init__(parent)
        self.user = user
        self.receipt = None
        self.setObjectName("newReceiptDialog")
        self.setWindowTitle(tr("New receipt"))
        self.add_field = ScanField(self, placeholder=tr("Scan or type a part number to add a "
                                                       "line"), keep_focus=False)
        self.add_field.scanned.connect(self.add_part)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("Part No."), tr("Name"), tr("Expected")])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.hint = QLabel(tr("A receipt may start without lines: every scan then counts as "
                              "received without a packing list."))
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        remove = QPushButton(tr("Remove line"))
        remove.setAutoDefault(False)
        remove.clicked.connect(self.remove_line)
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.create_button = buttons.addButton(tr("Create receipt"), QDialogButtonBox.AcceptRole)
        self.create_button.setProperty("role", "primary")
        self.create_button.setAutoDefault(False)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.add_field, 1)
        row.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.addLayout(self._facts_form())
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.resize(720, 520)

    def add_part(self, code: str) -> None:
        part = catalog.find_by_code(code)
        if part is None:
            self.add_field.feedback("error")
            messages.warning(self, tr("No part has the number or barcode {code}.", code=code))
            return
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).text() == part.part_no:
                cell = self.table.item(row, 2)
                cell.setText(qty_text(as_quantity(cell.text() or "0", "expected") + 1))
                self.add_field.feedback("ok")
                return
        row = self.table.rowCount()
        self.table.insertRow(row)
        number = QTableWidgetItem(part.part_no)
        name = QTableWidgetItem(part.name_zh and f"{part.name} {part.name_zh}" or part.name)
        for cell in (number, name):
            cell.setFlags(cell.flags() & ~Qt.ItemIsEditable)
        quantity = QTableWidgetItem("1")
        quantity.setTextAlignment(RIGHT)
        self.table.setItem(row, 0, number)
        self.table.setItem(row, 1, name)
        self.table.setItem(row, 2, quantity)
        self.add_field.feedback("ok")

    def remove_line(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.table.removeRow(rows[0].row())

    def lines(self) -> list[tuple[str, str]]:
        return [(self.table.item(row, 0).text(), self.table.item(row, 2).text())
                for row in range(self.table.rowCount())]

    def create(self) -> None:
        with messages.attempt(self) as tried:
            self.receipt = receiving.create_receipt(
                self.user, source=self.source.text(), reference=self.reference.text(),
                location=self.location.currentData(), lines=self.lines())
        if tried.failed:
            return
        self.accept()
        self.created.emit(self.receipt.number)


class PackingListDialog(QDialog, _ReceiptFacts):
    """A receipt from the sender's Excel packing list, previewed before it is created."""

    created = Signal(str)

    def __init__(self, user, parent=None):
        super().__init__(parent)
        self.user = user
        self.path: str | None = None
        self.preview_lines: list = []
        self.rejection: RejectionDialog | None = None
        self.receipt = None
        self._reads = 0
        self.setObjectName("packingListDialog")
        self.setWindowTitle(tr("New receipt from a packing list"))
        self.file_label = QLabel(tr("No file chosen."))
        self.file_label.setWordWrap(True)
        choose = QPushButton(tr("Choose file…"))
        choose.setAutoDefault(False)
        choose.clicked.connect(self.choose_file)
        self.mapping_box = QGroupBox(tr("Columns of the file"))
        self.mapping: dict[str, QComboBox] = {}
        mapping_form = QFormLayout(self.mapping_box)
        from partsdesk.spreadsheets.packing_list import COLUMNS
        for column in COLUMNS:
            combo = QComboBox()
            combo.addItem(tr("(found by its header)"), "")
            combo.currentIndexChanged.connect(lambda _: self._remap())
            self.mapping[column.key] = combo
            mapping_form.addRow(column.label(), combo)
        self.mapping_hint = QLabel(tr("PartsDesk finds the usual Chinese and English headers "
                                      "itself; match a column only when the file calls it "
                                      "differently."))
        self.mapping_hint.setProperty("role", "hint")
        self.mapping_hint.setWordWrap(True)
        mapping_form.addRow(self.mapping_hint)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("Part No."), tr("Quantity"),
                                              tr("Description")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.PlainText)    # may quote a refused file's cells
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.create_button = buttons.addButton(tr("Create receipt"), QDialogButtonBox.AcceptRole)
        self.create_button.setProperty("role", "primary")
        self.create_button.setEnabled(False)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        side = QVBoxLayout()
        side.addLayout(self._facts_form())
        side.addWidget(self.mapping_box)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(side, 2)
        preview = QVBoxLayout()
        preview.addWidget(self.table, 1)
        preview.addWidget(self.summary)
        body.addLayout(preview, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.resize(980, 580)

    def choose_file(self) -> None:
        path = messages.open_file(self, tr("Choose the packing list"), tr(XLSX_FILTER),
                                  documents_folder())
        if path:
            self.load(path)

    def chosen_mapping(self) -> dict[str, str]:
        return {key: combo.currentData() for key, combo in self.mapping.items()
                if combo.currentData()}

    def load(self, path: str) -> operations.Operation:
        """Read and check the file off the GUI thread, then preview its lines."""
        self.path = path
        self.file_label.setText(Path(path).name)
        if not self.reference.text():
            self.reference.setText(Path(path).stem)
        self.create_button.setEnabled(False)
        self._fill_headers(path)
        mapping = self.chosen_mapping()

        def work(progress):
            from partsdesk.spreadsheets import packing_list
            return packing_list.read(path, mapping)

        # A changed mapping reads again; only the newest read may fill the preview.
        self._reads += 1
        read = self._reads
        return operations.run(self, work, label=tr("Reading {file}…", file=Path(path).name),
                              on_done=lambda lines: read == self._reads and self._show_lines(
                                  lines),
                              on_error=lambda exc: read == self._reads and self._rejected(exc))

    def _fill_headers(self, path: str) -> None:
        try:
            headers = file_headers(path)
        except PartsDeskError:
            headers = []            # the read itself reports what is wrong with the file
        for combo in self.mapping.values():
            kept = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("(found by its header)"), "")
            for text in headers:
                combo.addItem(text, text)
            combo.setCurrentIndex(max(0, combo.findData(kept)))
            combo.blockSignals(False)

    def _remap(self) -> None:
        if self.path:
            self.load(self.path)

    def _show_lines(self, lines) -> None:
        self.preview_lines = lines
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            quantity = QTableWidgetItem(qty_text(line.quantity))
            quantity.setTextAlignment(RIGHT)
            self.table.setItem(row, 0, QTableWidgetItem(line.part_no))
            self.table.setItem(row, 1, quantity)
            self.table.setItem(row, 2, QTableWidgetItem(line.description))
        pieces = sum((line.quantity for line in lines), 0)
        self.summary.setText(tr("{rows}, {pieces}. Rows of one part are added up into one "
                                "line.", rows=tr.plural(len(lines), "{n} row", "{n} rows"),
                                pieces=tr.plural(pieces, "{n} piece", "{n} pieces",
                                                 n=qty_text(pieces))))
        self.summary.setProperty("role", "")
        self.create_button.setEnabled(bool(lines))

    def _rejected(self, exc: BaseException) -> None:
        self.preview_lines = []
        self.table.setRowCount(0)
        if not isinstance(exc, ImportRejected):
            messages.report(self, exc)
            return
        self.summary.setText(str(exc))
        if exc.problems:
            self.rejection = RejectionDialog(Path(self.path).name, exc, self)
            self.rejection.open()
        else:
            messages.report(self, exc)

    def create(self) -> operations.Operation | None:
        if not self.path or not self.preview_lines:
            return None
        path, mapping = self.path, self.chosen_mapping()
        source, reference = self.source.text(), self.reference.text()
        location, user = self.location.currentData(), self.user

        def work(progress):
            from partsdesk.spreadsheets import packing_list
            receipt = packing_list.import_packing_list(user, path, source=source,
                                                       reference=reference, location=location,
                                                       mapping=mapping)
            return receipt.number

        return operations.run(self, work, label=tr("Creating the receipt…"),
                              on_done=self._created, on_error=self._rejected, cancellable=False)

    def _created(self, number: str) -> None:
        self.receipt = receiving.get_receipt(number)
        self.accept()
        self.created.emit(number)

