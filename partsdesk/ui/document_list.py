"""A tab that lists documents on the left and shows the chosen one on the right.

Return shipments and settlement batches work alike: typing filters the list, scanning a
document's barcode opens it, a button starts a new one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from partsdesk.services import scanning
from partsdesk.ui import messages
from partsdesk.ui.lazy_model import LazyTableModel
from partsdesk.ui.list_table import table_view
from partsdesk.ui.widgets import ScanField, button

NUMBER = 1      # the document number's position in a list row


class DocumentListTab(QWidget):
    """``scan_kind``: what ``scanning.resolve`` calls a scan of this document;
    ``reload_on_refresh``: a refresh loads the open document again (it may have changed)."""

    scan_kind = ""
    reload_on_refresh = False

    def __init__(self, page, *, placeholder: str, new: tuple, may_create: bool, columns, fetch,
                 table_name: str, make_view, sizes: list[int]):
        super().__init__(page)
        self.page = page
        self.user = page.user
        self.dialog = None
        self.search = ScanField(self, placeholder=placeholder, keep_focus=False)
        self.search.scanned.connect(self.on_scanned)
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.refresh)
        self.search.textEdited.connect(lambda _: self._debounce.start())
        self.new_button = button(self, *new, "primary")
        self.new_button.setVisible(may_create)
        self.model = LazyTableModel(columns, fetch, key_index=0, parent=self)
        self.table = table_view(self.model, stretch=(4,), key=table_name, user=self.user)
        self.table.setObjectName(table_name)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _: self._chosen(cur))
        self.view = make_view(self)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        column.addLayout(top)
        column.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes(sizes)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(splitter)

    def refresh(self) -> None:
        self._debounce.stop()
        keep = self.view.number
        self.model.set_query(self.search.text().strip())
        if self.reload_on_refresh:
            self.open(keep or None)
        else:
            self.select(keep)

    def select(self, number: str) -> None:
        """Mark ``number`` in the list without opening it again."""
        for row, values in enumerate(self.model.rows):
            if values[NUMBER] == number:
                self.table.selectionModel().blockSignals(True)
                self.table.selectRow(row)
                self.table.selectionModel().blockSignals(False)
                return

    def open(self, number: str | None) -> bool:
        with messages.attempt(self) as tried:
            self.view.load(number)
        if tried.failed:
            return False
        self.select(number)
        return True

    def show_document(self, number: str) -> None:
        """Open ``number`` with the whole list shown (a scan, a new document)."""
        self._debounce.stop()
        self.search.clear()
        self.model.set_query("")
        self.open(number)

    def _chosen(self, index) -> None:
        if index.isValid():
            self.open(self.model.row_tuple(index.row())[NUMBER])

    def on_scanned(self, code: str) -> None:
        found = scanning.resolve(code)
        if found.kind == self.scan_kind and found.record is not None:
            self.show_document(found.record.number)
        else:
            self.search.setText(code)
            self.refresh()
