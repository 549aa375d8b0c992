"""The small read-only tables inside a view or dialog: a claim's lines, a receipt's scans.

They hold a few dozen rows at most, so they are plain ``QTableWidget``s filled whole; long lists
use ``list_table`` instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

RIGHT = Qt.AlignRight | Qt.AlignVCenter


def small_table(headers: list[str], stretch: tuple[int, ...], *, row_height: int = 24,
                takes_focus: bool = True) -> QTableWidget:
    """Columns fit their contents, ``stretch`` columns share the rest; on a scanning screen
    (``takes_focus=False``) the scan field keeps the keyboard."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(row_height)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    if not takes_focus:
        table.setFocusPolicy(Qt.NoFocus)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
    header.setHighlightSections(False)
    for column in range(len(headers)):
        header.setSectionResizeMode(column, QHeaderView.Stretch if column in stretch
                                    else QHeaderView.ResizeToContents)
    return table


def fill(table: QTableWidget, rows: list[tuple], right: tuple[int, ...] = ()) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem("" if value is None else str(value))
            if column in right:
                item.setTextAlignment(RIGHT)
            table.setItem(row, column, item)


def rows_of(table: QTableWidget) -> list[list[str]]:
    """What a table shows, row by row (tests and the screenshots read it)."""
    return [[table.item(r, c).text() if table.item(r, c) else ""
             for c in range(table.columnCount())] for r in range(table.rowCount())]
