"""The quality page's table: one row per group with its measures, sorted by the figures
themselves (not their text), the summed rest of a top N always last. Listing every group, it
holds the groups loaded so far and asks for the next ones as the view scrolls to the end
(``fetchMore``); they are read off the GUI thread and come in through ``add_rows``."""

from __future__ import annotations

from decimal import Decimal
from operator import itemgetter

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from partsdesk.i18n import Translator
from partsdesk.ui import style
from partsdesk.ui.format import RIGHT, money
from partsdesk.ui.lazy_model import Column

tr = Translator("QualityPage")


def _share(value) -> str:
    return f"{float(value) * 100:.1f}%"


def _count(value) -> str:
    return f"{value:,}"


def _quantity(value) -> str:
    """Pieces with thousands separators; a fraction only where there is one (2.5 l)."""
    return f"{Decimal(value).normalize():,f}"


# the figures people compare first come first; the rest a scroll away on a narrow screen
COLUMNS = [
    Column(tr.mark("Code"), 0, width=80, translator=tr),
    Column(tr.mark("Name"), 1, width=150, translator=tr),
    Column(tr.mark("Claims"), 2, align=RIGHT, format=_count, width=64, translator=tr),
    Column(tr.mark("Total claimed"), 8, align=RIGHT, format=money, width=112, translator=tr),
    Column(tr.mark("Share"), 12, align=RIGHT, format=_share, width=58, translator=tr),
    Column(tr.mark("Average per claim"), 11, align=RIGHT, format=money, width=96,
           translator=tr),
    Column(tr.mark("Part lines"), 3, align=RIGHT, format=_count, width=72, translator=tr),
    Column(tr.mark("Quantity"), 4, align=RIGHT, format=_quantity, width=72, translator=tr),
    Column(tr.mark("Parts cost"), 5, align=RIGHT, format=money, width=112, translator=tr),
    Column(tr.mark("Labour"), 6, align=RIGHT, format=money, width=104, translator=tr),
    Column(tr.mark("Other"), 7, align=RIGHT, format=money, width=96, translator=tr),
    Column(tr.mark("Charge-backs"), 9, align=RIGHT, format=money, width=100, translator=tr),
    Column(tr.mark("Settled"), 10, align=RIGHT, format=money, width=104, translator=tr),
]
NAME_COLUMN = 1
REST, KEY, LABEL = 13, 14, 15       # the rest of a top N; the group's key and full label


class GroupsModel(QAbstractTableModel):
    """The rows of one analysis. Sorting by a column sorts the figures themselves, the summed
    rest of a top N always last."""

    def __init__(self, parent=None, load_more=None):
        super().__init__(parent)
        self.columns = COLUMNS
        self.rows: list[tuple] = []
        self.alignments = [int(column.align.value) for column in COLUMNS]
        self.count = 0                  # groups in all, loaded or not
        self.loading = False            # the next rows are being read
        self.load_more = load_more      # load_more(offset): read the rows after the first ones
        self._order: tuple | None = None    # (position, descending) of the user's sort

    def set_rows(self, rows: list[tuple], count: int | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.count = len(self.rows) if count is None else count
        self.loading = False
        self._order = None
        self.endResetModel()

    def add_rows(self, rows: list[tuple]) -> None:
        """The next groups, read while the view scrolled (kept in the user's sort, if any)."""
        self.loading = False
        if not rows:
            self.count = len(self.rows)
            return
        if self._order is not None:
            self.layoutAboutToBeChanged.emit()
            self.rows.extend(rows)
            self._sort()
            self.layoutChanged.emit()
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and len(self.rows) < self.count and not self.loading \
            and self.load_more is not None

    def fetchMore(self, parent=QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self.loading = True
            self.load_more(len(self.rows))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], COLUMNS[index.column()]
        if role == Qt.DisplayRole:
            value = row[column.index]
            return column.format(value) if column.format else value
        if role == Qt.TextAlignmentRole:
            return self.alignments[index.column()]
        if role == Qt.ForegroundRole and row[REST]:
            return QColor(style.MUTED)
        if role == Qt.ToolTipRole and index.column() <= NAME_COLUMN:
            return row[LABEL]
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return tr(COLUMNS[section].title)
        return None

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return                  # no column chosen: the analysis's own order
        self._order = (COLUMNS[column].index, order == Qt.DescendingOrder)
        self.layoutAboutToBeChanged.emit()
        self._sort()
        self.layoutChanged.emit()

    def _sort(self) -> None:
        position, descending = self._order
        # keys taken in C (itemgetter): thousands of groups sort in a blink
        self.rows.sort(key=itemgetter(position), reverse=descending)
        self.rows.sort(key=itemgetter(REST))        # stable: the rest stays last
