"""Table models that fetch one page at a time, keyset-paged, so 200,000 rows open at once.

A page of rows comes from a service function ``fetch(text, after=key, limit=n)`` that returns
tuples ordered by a unique key; the view asks for more as the user scrolls.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from partsdesk.i18n import Translator

tr = Translator("Tables")


@dataclass
class Column:
    title: str                              # marked with tr.mark by the page
    index: int                              # position in the fetched tuple
    align: Qt.AlignmentFlag = Qt.AlignLeft | Qt.AlignVCenter
    format: Callable[[Any], str] | None = None
    width: int = 120                        # first width; the user may drag it
    translator: Translator | None = None
    min_width: int = 0                      # never narrower (at least its title always fits)



# Roles as plain ints: in PySide6 6.12 comparing an int with a Qt enum costs ~10 µs, and a view
# asks data() a dozen roles per cell, which made each repaint of a 200-row page cost 100 ms.
DISPLAY, ALIGNMENT, FOREGROUND = (int(role.value) for role in
                                  (Qt.DisplayRole, Qt.TextAlignmentRole, Qt.ForegroundRole))
HORIZONTAL = int(Qt.Horizontal.value)


class LazyTableModel(QAbstractTableModel):
    page_size = 200

    def __init__(self, columns: list[Column], fetch: Callable[..., list[tuple]], key_index: int,
                 parent=None):
        super().__init__(parent)
        self.columns = columns
        self.fetch = fetch
        self.key_index = key_index
        self.rows: list[tuple] = []
        self.text = ""
        self.filters: dict[str, Any] = {}
        self._exhausted = False
        self.alignments = [int(column.align.value) for column in columns]

    # --- loading -------------------------------------------------------------------------
    def set_query(self, text: str = "", **filters) -> None:
        self.beginResetModel()
        self.text, self.filters = text, filters
        self.rows = self.fetch(text, limit=self.page_size, **filters)
        self._exhausted = len(self.rows) < self.page_size
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self.text, **self.filters)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and bool(self.rows)

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or self._exhausted or not self.rows:
            return
        more = self.fetch(self.text, after=self.rows[-1][self.key_index], limit=self.page_size,
                          **self.filters)
        self._exhausted = len(more) < self.page_size
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def row_tuple(self, row: int) -> tuple:
        return self.rows[row]

    def key(self, row: int):
        return self.rows[row][self.key_index]

    # --- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex, role=DISPLAY):
        if not index.isValid():
            return None
        if role == DISPLAY:
            column = self.columns[index.column()]
            value = self.rows[index.row()][column.index]
            if column.format:
                return column.format(value)
            return "" if value is None else str(value)
        if role == ALIGNMENT:
            return self.alignments[index.column()]
        return None

    def headerData(self, section: int, orientation, role=DISPLAY):
        if role == DISPLAY and int(getattr(orientation, "value", orientation)) == HORIZONTAL:
            column = self.columns[section]
            return column.translator(column.title) if column.translator else column.title
        return None
