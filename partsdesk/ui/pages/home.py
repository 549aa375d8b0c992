"""Home: the logged-in user's own figures of what must be done today, one tile each.

``services.home`` says which figures a role sees and computes them; this page draws each as a
tile (a big figure, what it counts, the few oldest items) and opens the list behind it: a click
or Enter on a tile shows its page with the list filtered (``show_filter`` of that page), a click
on an item opens that document. The figures are read off the GUI thread each time the page is
shown, so the window never waits for them.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QEvent, QLocale, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QScrollArea,
                               QSizePolicy, QToolTip, QVBoxLayout, QWidget)

from partsdesk import i18n
from partsdesk.i18n import Translator
from partsdesk.services import home
from partsdesk.ui import messages, operations
from partsdesk.ui.format import money as format_money
from partsdesk.ui.pages import Page, pages_for
from partsdesk.ui.style import ACCENT, MUTED, TEXT
from partsdesk.ui.widgets import button

tr = Translator("HomePage")

LAST_YEAR_COLOUR = "#cbd5e1"
GRID_COLOUR = "#e2e8f0"


def locale() -> QLocale:
    """The reader's language for dates and month names."""
    if i18n.language() == "zh_CN":
        return QLocale(QLocale.Chinese, QLocale.China)
    return QLocale(QLocale.English, QLocale.UnitedKingdom)


def figure_text(value, money: bool = False, more: bool = False) -> str:
    """A figure as the tile shows it: 1,234 or 12,345.00; "500+" when the count stopped."""
    if value is None:
        return ""
    text = format_money(value) if money else f"{value:,}"
    return text + ("+" if more else "")


def age_text(since: date | None, today: date) -> str:
    """How long something has waited: "today", "1 day", "12 days"."""
    if since is None:
        return ""
    days = (today - since).days
    return tr("today") if days <= 0 else tr.plural(days, "{n} day", "{n} days")


# --- clickable frames ------------------------------------------------------------------------

class Clickable(QFrame):
    """A frame that opens something: a real left click inside it, or Enter/Space with focus."""

    clicked = Signal()

    def __init__(self, parent=None, enabled: bool = True):
        super().__init__(parent)
        self.opens = enabled
        if enabled:
            self.setFocusPolicy(Qt.StrongFocus)
            self.setCursor(Qt.PointingHandCursor)

    def mousePressEvent(self, event) -> None:
        if self.opens and event.button() == Qt.LeftButton:
            event.accept()          # the release comes here, not to the tile around an item
        else:
            super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self.opens and event.button() == Qt.LeftButton \
                and self.rect().contains(event.position().toPoint()):
            event.accept()
            self.clicked.emit()
        else:
            super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        if self.opens and event.key() in (Qt.Key_Return, Qt.Key_Enter, Qt.Key_Space):
            event.accept()
            self.clicked.emit()
        else:
            super().keyPressEvent(event)


class ItemRow(Clickable):
    """One of the few items under a figure: its number, its name, and its value or age."""

    def __init__(self, item: home.Item, today: date, opens: bool, parent=None):
        super().__init__(parent, opens)
        self.item = item
        self.setObjectName("tileItem")
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 3, 6, 3)
        row.setSpacing(8)
        self.key = QLabel(item.key)
        self.key.setObjectName("tileItemKey")
        self.key.setTextFormat(Qt.PlainText)
        self.name = QLabel()
        self.name.setObjectName("tileItemName")
        self.name.setTextFormat(Qt.PlainText)
        self.name.setMinimumWidth(20)
        self.name.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.full_name = item.label
        side = [item.note or figure_text(item.value, item.money), age_text(item.since, today)]
        self.side = QLabel(" · ".join(text for text in side if text))
        self.side.setObjectName("tileItemSide")
        row.addWidget(self.key)
        row.addWidget(self.name, 1)
        row.addWidget(self.side)
        if item.label:
            self.setToolTip(f"{item.key} · {item.label}")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.name.setText(QFontMetrics(self.name.font()).elidedText(
            self.full_name, Qt.ElideRight, max(self.name.width(), 0)))


# --- the cost chart ------------------------------------------------------------------------

# the value axis's top as a multiple of a power of ten, and the round steps it is cut into
AXIS_STEPS = ((1, 5), (2, 4), (2.5, 5), (5, 5), (10, 5))


def nice_axis(value: float) -> tuple[float, int]:
    """The smallest 1, 2, 2.5, 5 or 10 × 10ⁿ at or above ``value``, and how many round steps
    (0.2, 0.5, 1 or 2 × 10ⁿ) the axis up to it has."""
    if value <= 0:
        return 1.0, 5
    scale = 10 ** (len(str(int(value))) - 1)
    for top, steps in AXIS_STEPS:
        if value <= top * scale:
            return top * scale, steps
    return 10.0 * scale, 5


class MonthChart(QWidget):
    """Per month a pair of columns, this year against last year, with a value axis and a
    legend; hovering a month tells both amounts."""

    def __init__(self, months: tuple[str, ...], series: tuple[home.Series, ...], parent=None):
        super().__init__(parent)
        self.setObjectName("monthChart")
        self.months = [int(m) for m in months]
        self.series = series
        self.colours = [QColor(ACCENT), QColor(LAST_YEAR_COLOUR)]
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(640, 210)

    def axis(self) -> tuple[float, int]:
        return nice_axis(max((float(v) for s in self.series for v in s.values), default=0.0))

    def plot(self) -> QRectF:
        metrics = self.fontMetrics()
        left = metrics.horizontalAdvance(f"{self.axis()[0]:,.0f}") + 12
        return QRectF(left, metrics.height() + 14, self.width() - left - 8,
                      self.height() - 2 * metrics.height() - 24)

    def month_at(self, x: float) -> int | None:
        plot = self.plot()
        if not plot.left() <= x < plot.right() or not self.months:
            return None
        return int((x - plot.left()) / (plot.width() / len(self.months)))

    def event(self, event) -> bool:
        if event.type() == QEvent.ToolTip:
            index = self.month_at(event.position().x() if hasattr(event, "position")
                                  else event.pos().x())
            if index is None:
                QToolTip.hideText()
            else:
                name = locale().standaloneMonthName(self.months[index])
                lines = [name] + [f"{s.label}: {figure_text(s.values[index], True)}"
                                  for s in self.series if index < len(s.values)]
                QToolTip.showText(event.globalPos(), "\n".join(lines), self)
            return True
        return super().event(event)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        plot, (top, steps), metrics = self.plot(), self.axis(), self.fontMetrics()
        self._draw_axis(painter, plot, top, steps, metrics)
        width = plot.width() / max(len(self.months), 1)
        bar = min(width * 0.34, 26.0)
        for index, month in enumerate(self.months):
            middle = plot.left() + width * (index + 0.5)
            for position, series in enumerate(self.series):
                if index >= len(series.values):
                    continue
                height = plot.height() * float(series.values[index]) / top
                x = middle - bar - 1 if position == 0 else middle + 1
                painter.fillRect(QRectF(x, plot.bottom() - height, bar, height),
                                 self.colours[position % 2])
            painter.setPen(QColor(MUTED))
            label = locale().standaloneMonthName(month, QLocale.ShortFormat)
            painter.drawText(QRectF(middle - width / 2, plot.bottom() + 4, width,
                                    metrics.height()), Qt.AlignCenter, label)
        self._draw_legend(painter, metrics)
        painter.end()

    def _draw_axis(self, painter: QPainter, plot: QRectF, top: float, steps: int,
                   metrics) -> None:
        for step in range(steps + 1):
            value = top * step / steps
            y = plot.bottom() - plot.height() * step / steps
            painter.setPen(QColor(GRID_COLOUR))
            painter.drawLine(plot.left(), y, plot.right(), y)
            painter.setPen(QColor(MUTED))
            painter.drawText(QRectF(0, y - metrics.height() / 2, plot.left() - 6,
                                    metrics.height()), Qt.AlignRight | Qt.AlignVCenter,
                             f"{value:,.0f}")

    def _draw_legend(self, painter: QPainter, metrics) -> None:
        x = self.width() - 8
        for position, series in reversed(list(enumerate(self.series))):
            text_width = metrics.horizontalAdvance(series.label)
            x -= text_width
            painter.setPen(QColor(TEXT))
            painter.drawText(QRectF(x, 0, text_width, metrics.height()), Qt.AlignVCenter,
                             series.label)
            x -= 16
            painter.fillRect(QRectF(x, (metrics.height() - 10) / 2, 10, 10),
                             self.colours[position % 2])
            x -= 14


# --- a tile --------------------------------------------------------------------------------

class Tile(Clickable):
    """One figure: what it counts, the figure, a second figure in words, the few items."""

    opened = Signal(object)         # the Target of the figure or of one of its items

    def __init__(self, figure: home.Figure, today: date, reachable: set[str], parent=None):
        super().__init__(parent, figure.target is not None and figure.target.page in reachable)
        self.figure = figure
        self.setObjectName("homeTile")
        self.setAccessibleName(figure.title)
        self.setToolTip(figure.hint)
        self.clicked.connect(lambda: self.opened.emit(figure.target))
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 14, 16, 12)
        column.setSpacing(4)
        self.title = QLabel(figure.title)
        self.title.setObjectName("tileTitle")
        self.title.setWordWrap(True)
        self.value = QLabel(figure_text(figure.value, figure.money, figure.more))
        self.value.setObjectName("tileValue")
        self.value.setProperty("urgent", bool(figure.urgent and figure.value))
        self.value.setProperty("empty", not figure.value)
        column.addWidget(self.title)
        column.addWidget(self.value)
        if figure.detail:
            self.detail = QLabel(figure.detail)
            self.detail.setProperty("role", "hint")
            column.addWidget(self.detail)
        self.items: list[ItemRow] = []
        if figure.series:
            self.chart = MonthChart(figure.months, figure.series, self)
            column.addWidget(self.chart, 1)
        else:
            self._add_items(column, figure, today, reachable)
            column.addStretch(1)
        if self.opens:
            more = QLabel(tr("Show the list ›"))
            more.setObjectName("tileMore")
            column.addWidget(more, 0, Qt.AlignRight)

    def _add_items(self, column: QVBoxLayout, figure: home.Figure, today: date,
                   reachable: set[str]) -> None:
        if not figure.items:
            if not figure.value:
                nothing = QLabel(tr("Nothing waiting"))
                nothing.setProperty("role", "hint")
                column.addWidget(nothing)
            return
        line = QFrame()
        line.setObjectName("tileRule")
        line.setFixedHeight(1)
        column.addSpacing(4)
        column.addWidget(line)
        for item in figure.items:
            target = item.target or figure.target
            row = ItemRow(item, today, target is not None and target.page in reachable, self)
            row.clicked.connect(lambda target=target: self.opened.emit(target))
            self.items.append(row)
            column.addWidget(row)


# --- the page ------------------------------------------------------------------------------

def columns_for(count: int) -> int:
    """Tiles per row: two when they make two even rows (2, 4), else three."""
    return 2 if count in (2, 4) else 3


class Placeholder(QFrame):
    """Where a figure's tile goes while it is first counted."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("homeTile")
        self.setMinimumHeight(150)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 14, 16, 12)
        label = QLabel(tr("Counting…"))
        label.setProperty("role", "hint")
        column.addWidget(label)
        column.addStretch(1)


class HomePage(Page):
    """The tiles of the user's figures, each read on its own off the GUI thread: a quick count
    shows at once while a slow one (the cost by month) is still being worked out."""

    def __init__(self, user, parent=None):
        super().__init__(user, parent)
        self.setObjectName("homePage")
        self.keys = home.figure_keys(user)
        self.shown: dict[str, QWidget] = {}         # key -> its tile (or placeholder)
        self.loading: dict[str, operations.Operation] = {}
        self._wanted = False        # shown again while the figures were being read
        self.reachable = {spec.key for spec in pages_for(user)}
        self.day = QLabel()
        self.day.setObjectName("homeDay")
        self.status = QLabel()
        self.status.setProperty("role", "hint")
        self.refresh_button = button(self, tr("Refresh"), self.refresh)
        self.refresh_button.setToolTip(tr("Count again (F5)"))
        QShortcut(QKeySequence(Qt.Key_F5), self, activated=self.refresh,
                  context=Qt.WidgetWithChildrenShortcut)
        top = QHBoxLayout()
        top.addWidget(self.day)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(self.refresh_button)
        self.board = QWidget()
        self.board.setObjectName("homeBoard")
        self.grid = QGridLayout(self.board)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(14)
        self.places = self._lay_out()
        scroll = QScrollArea()
        scroll.setObjectName("homeScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(self.board)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

    def _lay_out(self) -> dict[str, tuple[int, int, int]]:
        """Where each figure goes: the counts in rows, a chart across the whole row below;
        a placeholder in each place until its figure is read."""
        plain = [key for key in self.keys if not home.is_chart(key)]
        columns = columns_for(len(plain))
        places = {key: (index // columns, index % columns, 1) for index, key in enumerate(plain)}
        row = (len(plain) + columns - 1) // columns
        for key in self.keys:
            if home.is_chart(key):
                places[key] = (row, 0, columns)
                row += 1
        for column in range(columns):
            self.grid.setColumnStretch(column, 1)
        self.grid.setRowStretch(row, 1)
        for key, (row, column, span) in places.items():
            self.shown[key] = Placeholder(self.board)
            self.grid.addWidget(self.shown[key], row, column, 1, span)
        return places

    @property
    def tiles(self) -> list[Tile]:
        """The figures' tiles on the page, in their order (placeholders left out)."""
        return [w for key in self.keys if isinstance(w := self.shown.get(key), Tile)]

    def tile(self, key: str) -> Tile | None:
        widget = self.shown.get(key)
        return widget if isinstance(widget, Tile) else None

    def activated(self) -> None:
        self.refresh()

    def focus_search(self) -> None:
        if self.tiles:
            self.tiles[0].setFocus(Qt.OtherFocusReason)

    # --- reading the figures ----------------------------------------------------------------
    def refresh(self) -> None:
        """Read every figure again, each off the GUI thread; one reading at a time."""
        if self.loading:
            self._wanted = True
            return
        today = date.today()
        self.day.setText(tr("Today, {day}", day=locale().toString(QDate(today),
                                                                   QLocale.LongFormat)))
        self.status.setText(tr("Updating…"))
        user = self.user
        for key in self.keys:
            self.loading[key] = operations.background(
                self, lambda key=key: home.figure(user, key, today),
                lambda figure, key=key: self._arrived(key, figure, today),
                lambda exc, key=key: self._failed(key, exc))

    def _arrived(self, key: str, figure: home.Figure, today: date) -> None:
        self.loading.pop(key, None)
        self.show_figure(figure, today)
        self._read()

    def _failed(self, key: str, exc: BaseException) -> None:
        self.loading.pop(key, None)
        self.status.setText(tr("The figures could not be read."))
        messages.report(self, exc)
        self._read()

    def _read(self) -> None:
        """One figure more is in; when all are: the time, or the reading asked for meanwhile."""
        if self.loading:
            return
        if self._wanted:
            self._wanted = False
            self.refresh()
        elif self.status.text() == tr("Updating…"):
            self.status.setText(tr("Updated {time}", time=datetime.now().strftime("%H:%M")))

    # --- showing them -----------------------------------------------------------------------
    def show_figure(self, figure: home.Figure, today: date) -> None:
        """``figure``'s tile in its place, instead of what was there (the focus stays)."""
        row, column, span = self.places[figure.key]
        old = self.shown.get(figure.key)
        tile = Tile(figure, today, self.reachable, self.board)
        tile.opened.connect(self.open_target)
        self.grid.addWidget(tile, row, column, 1, span)
        self.shown[figure.key] = tile
        if old is not None:
            had_focus = old.hasFocus()
            self.grid.removeWidget(old)
            old.hide()
            old.deleteLater()
            if had_focus:
                tile.setFocus(Qt.OtherFocusReason)

    # --- opening the list behind a figure -----------------------------------------------
    def open_target(self, target: home.Target | None) -> None:
        """Show the page of ``target`` with its list filtered."""
        page = self.open_page(target.page) if target is not None else None
        if page is not None and target.filter and hasattr(page, "show_filter"):
            page.show_filter(**target.filter)
