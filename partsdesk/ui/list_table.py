"""The table every list page shows: whole rows, read-only, fetched a page at a time.

``table_view`` builds the view; ``ListModel`` greys deactivated rows and finds a row by its key
without loading the whole list; ``DownToList`` lets Down in a search field step into the table.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from partsdesk.ui.lazy_model import DISPLAY, FOREGROUND, Column, LazyTableModel

RIGHT = Qt.AlignRight | Qt.AlignVCenter
CENTRE = Qt.AlignCenter
GREY = QColor("#9ca3af")


def tick(value) -> str:
    return "✓" if value else ""


class ListModel(LazyTableModel):
    """A lazy list whose deactivated rows are greyed; ``active`` is that flag's position."""

    def __init__(self, columns: list[Column], fetch, key_index: int, active: int, parent=None):
        super().__init__(columns, fetch, key_index=key_index, parent=parent)
        self.active = active

    def data(self, index, role=DISPLAY):
        if role == FOREGROUND and index.isValid() and not self.rows[index.row()][self.active]:
            return GREY
        return super().data(index, role)

    def row_of(self, key: str, more_pages: int = 3) -> int:
        """The row of ``key``, fetching at most a few more pages (never half the catalogue just
        to keep a selection); -1 when it is not among them."""
        while True:
            for row, values in enumerate(self.rows):
                if values[self.key_index] == key:
                    return row
            if (not self.rows or self.rows[-1][self.key_index] > key or not self.canFetchMore()
                    or more_pages <= 0):
                return -1
            more_pages -= 1
            self.fetchMore()


class DownToList(QObject):
    """Down in the search field goes to the list (first row), as in any search box."""

    def __init__(self, search, table: QTableView):
        super().__init__(search)
        self.table = table
        search.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.KeyPress and event.key() == Qt.Key_Down \
                and self.table.model().rowCount():
            self.table.setFocus(Qt.TabFocusReason)
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)
            return True
        return False


def table_view(model, stretch: tuple[int, ...]) -> QTableView:
    """A list page's table: whole rows, read-only, fixed widths, ``stretch`` columns share the
    rest of the width."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setShowGrid(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
    view.horizontalHeader().setStretchLastSection(False)
    for number, column in enumerate(model.columns):
        view.setColumnWidth(number, column.width)
    for number in stretch:
        view.horizontalHeader().setSectionResizeMode(number, QHeaderView.Stretch)
    return view
