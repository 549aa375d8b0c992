"""The table every list page shows: whole rows, read-only, fetched a page at a time.

``table_view`` builds the view; ``ColumnLayout`` keeps its columns readable (each at least as
wide as its title, the name column stretching) and remembers the widths a user drags;
``ListModel`` greys deactivated rows and finds a row by its key without loading the whole list;
``DownToList`` lets Down in a search field step into the table.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from partsdesk.settings import LocalSettings
from partsdesk.ui.lazy_model import DISPLAY, FOREGROUND, Column, LazyTableModel

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


# the header's padding (8 px a side, style.qss), its border and a little air around the title
TITLE_MARGIN = 20
STRETCH_MINIMUM = 120       # a stretching column (a name) shows at least this much of itself
SETTINGS_KEY = "column_widths"      # LocalSettings.extra: {user: {table: {column title: px}}}


class ColumnLayout(QObject):
    """The widths of a list table's columns.

    Every column is at least as wide as its title needs (and its ``min_width``): a narrow window
    scrolls the table sideways rather than cut a title to "Na". The ``stretch`` columns share
    the width the others leave. Widths the user drags are kept for that user on this PC under
    ``key`` and come back the next time the table is built; a dragged stretch column keeps
    stretching but never below the width it was dragged to.
    """

    def __init__(self, view: QTableView, stretch: tuple[int, ...], key: str = "", user=None):
        super().__init__(view)
        self.view, self.stretch = view, tuple(stretch)
        self.header = view.horizontalHeader()
        self.columns: list[Column] = view.model().columns
        self.key, self.username = key, getattr(user, "username", "") or ""
        self.chosen: dict[int, int] = self._remembered()    # column -> width the user set
        self._fitting = False
        self._save_timer = QTimer(self, singleShot=True, interval=400)
        self._save_timer.timeout.connect(self.save)
        self._fit_timer = QTimer(self, singleShot=True, interval=0)    # dies with the view
        self._fit_timer.timeout.connect(self.fit)
        self.viewport = view.viewport()
        self.header.setMinimumSectionSize(24)
        self.header.setSectionResizeMode(QHeaderView.Interactive)
        self.fit()
        self.header.sectionResized.connect(self._resized)
        self.viewport.installEventFilter(self)
        view.installEventFilter(self)

    @property
    def remembers(self) -> bool:
        return bool(self.key and self.username)

    def minimum(self, number: int) -> int:
        column = self.columns[number]
        font = QFont(self.header.font())
        font.setWeight(QFont.DemiBold)
        title = self.view.model().headerData(number, Qt.Horizontal) or ""
        needed = QFontMetrics(font).horizontalAdvance(str(title)) + TITLE_MARGIN
        floor = column.min_width or (STRETCH_MINIMUM if number in self.stretch else 0)
        return max(needed, floor)

    def width_of(self, number: int) -> int:
        """The width a column that does not stretch is shown at."""
        return max(self.chosen.get(number, self.columns[number].width), self.minimum(number))

    def fit(self) -> None:
        """Give the stretch columns what the others leave of the table's width."""
        self._fitting = True
        try:
            shown = [n for n in range(len(self.columns)) if not self.header.isSectionHidden(n)]
            fixed = 0
            for number in shown:
                if number not in self.stretch:
                    width = self.width_of(number)
                    self.header.resizeSection(number, width)
                    fixed += width
            stretching = [n for n in shown if n in self.stretch]
            room = self.viewport.width() - fixed
            share = room // len(stretching) if stretching else 0
            for number in stretching:
                self.header.resizeSection(number, max(share, self.minimum(number),
                                                      self.chosen.get(number, 0)))
        finally:
            self._fitting = False

    def _resized(self, number: int, _old: int, new: int) -> None:
        if self._fitting:
            return
        if self.header.isSectionHidden(number) or new <= 0:     # hidden, not dragged
            self._fit_timer.start()
            return
        self.chosen[number] = max(new, self.minimum(number))
        if self.remembers:
            self._save_timer.start()
        self._fit_timer.start()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.viewport and event.type() == QEvent.Resize:
            self.fit()
        elif watched is self.view and event.type() == QEvent.Hide and \
                self._save_timer.isActive():
            self._save_timer.stop()
            self.save()
        return False

    def _remembered(self) -> dict[int, int]:
        if not self.remembers:
            return {}
        saved = LocalSettings.load().extra.get(SETTINGS_KEY, {})
        widths = saved.get(self.username, {}).get(self.key, {}) if isinstance(saved, dict) else {}
        found = {}
        for number, column in enumerate(self.columns):
            width = widths.get(column.title) if isinstance(widths, dict) else None
            if isinstance(width, int) and 0 < width < 5000:
                found[number] = width
        return found

    def save(self) -> None:
        """Keep the widths this user set (by column title, whatever the language)."""
        if not self.remembers:
            return
        settings = LocalSettings.load()
        saved = settings.extra.get(SETTINGS_KEY)
        if not isinstance(saved, dict):
            saved = settings.extra[SETTINGS_KEY] = {}
        tables = saved.setdefault(self.username, {})
        tables[self.key] = {self.columns[n].title: width for n, width in
                            sorted(self.chosen.items())}
        settings.save()


def table_view(model, stretch: tuple[int, ...], *, key: str = "", user=None) -> QTableView:
    """A list page's table: whole rows, read-only; every column at least as wide as its title,
    ``stretch`` columns share the rest of the width. With ``key`` and ``user`` the widths the
    user drags are remembered (see ``ColumnLayout``)."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setShowGrid(False)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollPerPixel)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
    view.horizontalHeader().setStretchLastSection(False)
    view.column_layout = ColumnLayout(view, stretch, key, user)
    return view
