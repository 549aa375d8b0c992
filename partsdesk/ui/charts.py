"""Charts drawn with QPainter: bars, a trend line, a Pareto and a heat-map.

PySide6-Essentials has no QtCharts, and these four need little: each chart lays its data out
for its current size (``layout()``, the same geometry for painting and for finding what is under
the mouse), names the item under the pointer in a tooltip, and says which item a real mouse
click or double-click landed on (``clicked(key)``, ``double_clicked(key)``; the key is whatever
the page gave the item: a group key, a month, a matrix cell). Text is drawn in the window's font
with the bundled Chinese font behind it, so both languages read.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from partsdesk.i18n import Translator
from partsdesk.ui import style

tr = Translator("Charts")

BAR = QColor(style.ACCENT)
BAR_HOVER = QColor("#1d4ed8")
BAR_REST = QColor("#94a3b8")            # the "other" group that sums the rest
LINE = QColor("#ea580c")                # the Pareto's cumulative line, apart from the bars
GRID = QColor("#e8edf3")
AXIS = QColor("#94a3b8")
TEXT = QColor(style.TEXT)
MUTED = QColor(style.MUTED)
# the heat-map's scale, from no claims to the most claims of any cell
HEAT = [QColor("#f1f5f9"), QColor("#bfdbfe"), QColor("#60a5fa"), QColor("#2563eb"),
        QColor("#1e3a8a")]


@dataclass(frozen=True)
class Item:
    """One bar or point: ``key`` is what a click names, ``label`` what the axis says, ``tip``
    the hover text (default: label and value); ``rest`` draws the bar of the summed rest."""
    key: object
    label: str
    value: float
    tip: str = ""
    rest: bool = False


def number(value) -> str:
    """An axis or bar figure: thousands separated, decimals only when the value has them."""
    value = float(value)
    if abs(value - round(value)) < 1e-9:
        return f"{round(value):,}"
    return f"{value:,.2f}"


def percent(value) -> str:
    return f"{float(value) * 100:.0f}%"


def nice_ticks(top: float, count: int = 5) -> list[float]:
    """0 and round steps (1, 2, 2.5, 5 × 10^n) up to at least ``top``."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    ticks, value = [0.0], 0.0
    while value < top - 1e-9:
        value += step
        ticks.append(value)
    return ticks


def elide(metrics: QFontMetrics, text: str, width: float) -> str:
    return metrics.elidedText(text, Qt.ElideRight, max(int(width), 0))


class Chart(QWidget):
    """What every chart shares: the hover tooltip, clicks on items, the empty state, and a
    layout of hit areas computed for the current size."""

    clicked = Signal(object)            # the key under a real mouse click
    double_clicked = Signal(object)     # ... under a double-click: the page opens the claims

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setAttribute(Qt.WA_OpaquePaintEvent)
        font = QFont(self.font())
        cjk = style.load_cjk_font()
        if cjk:
            font.setFamilies([font.family(), cjk])
        self.setFont(font)
        self.empty_text = tr("No claims for these filters.")
        self.hovered: object = None
        self._areas: list[tuple[QRectF, object, str]] | None = None

    def sizeHint(self) -> QSize:
        return QSize(640, 320)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 200)

    # --- layout and hit areas ----------------------------------------------------------------
    def has_data(self) -> bool:
        raise NotImplementedError

    def areas(self) -> list[tuple[QRectF, object, str]]:
        """(where, key, tooltip) of every item at the current size."""
        if self._areas is None:
            self._areas = self.layout_areas() if self.has_data() else []
        return self._areas

    def layout_areas(self) -> list[tuple[QRectF, object, str]]:
        raise NotImplementedError

    def changed(self) -> None:
        """The data changed: lay out again and repaint."""
        self._areas = None
        self.hovered = None
        self.update()

    def key_at(self, position: QPointF):
        return next((key for rect, key, _tip in self.areas() if rect.contains(position)), None)

    def point_of(self, key) -> QPointF | None:
        """The middle of ``key``'s item on screen (where a user would click it)."""
        for rect, found, _tip in self.areas():
            if found == key:
                return rect.center()
        return None

    def resizeEvent(self, event) -> None:
        self._areas = None
        super().resizeEvent(event)

    # --- the mouse -------------------------------------------------------------------------
    def tip_at(self, position: QPointF) -> str:
        return next((tip for rect, _key, tip in self.areas() if rect.contains(position)), "")

    def event(self, event) -> bool:
        if event.type() == QEvent.ToolTip:
            tip = self.tip_at(QPointF(event.pos()))
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event) -> None:
        key = self.key_at(event.position())
        if key != self.hovered:
            self.hovered = key
            self.update()
            if QToolTip.isVisible():        # the tip follows to the next item
                QToolTip.hideText()
        self.setCursor(Qt.PointingHandCursor if key is not None else Qt.ArrowCursor)

    def leaveEvent(self, event) -> None:
        if self.hovered is not None:
            self.hovered = None
            self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.LeftButton:
            key = self.key_at(event.position())
            if key is not None:
                self.clicked.emit(key)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        if event.button() == Qt.LeftButton:
            key = self.key_at(event.position())
            if key is not None:
                self.double_clicked.emit(key)
        super().mouseDoubleClickEvent(event)

    # --- painting --------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.Antialiasing)
            painter.fillRect(self.rect(), QColor("#ffffff"))
            painter.setFont(self.font())
            if self.has_data():
                self.draw(painter)
            else:
                painter.setPen(MUTED)
                painter.drawText(QRectF(self.rect()), Qt.AlignCenter | Qt.TextWordWrap,
                                 self.empty_text)
        finally:
            painter.end()

    def draw(self, painter: QPainter) -> None:
        raise NotImplementedError

    def metrics(self) -> QFontMetrics:
        return QFontMetrics(self.font())

    def small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() - 1.0, 7.0))
        return font


class _ValueAxisChart(Chart):
    """A chart of items with a value axis: the items, how their figures read, the axis title."""

    def __init__(self, parent=None, *, axis_title: str = "", format_value=number):
        super().__init__(parent)
        self.items: list[Item] = []
        self.axis_title = axis_title
        self.format_value = format_value

    def set_items(self, items: list[Item], axis_title: str | None = None) -> None:
        self.items = list(items)
        if axis_title is not None:
            self.axis_title = axis_title
        self.changed()

    def has_data(self) -> bool:
        return bool(self.items)

    def tip(self, item: Item) -> str:
        return item.tip or f"{item.label}\n{self.format_value(item.value)}"

    def ticks(self) -> list[float]:
        return nice_ticks(max((float(i.value) for i in self.items), default=0.0))


class BarChart(_ValueAxisChart):
    """Horizontal bars, largest first as given: long names (parts, faults in Chinese) read on
    their own line at the left; the value axis runs along the bottom."""

    MAX_BAR = 26.0

    def _frame(self) -> tuple[QRectF, float]:
        metrics = self.metrics()
        widest = max((metrics.horizontalAdvance(i.label) for i in self.items), default=0)
        label_width = min(widest + 12, self.width() * 0.38)
        value_width = max(metrics.horizontalAdvance(self.format_value(i.value))
                          for i in self.items) + 10
        plot = QRectF(label_width + 8, 10, self.width() - label_width - 8 - value_width - 8,
                      self.height() - 10 - 2.6 * metrics.height() - 8)
        return plot, label_width

    def layout_areas(self):
        plot, _ = self._frame()
        top = self.ticks()[-1] or 1.0
        row = min(self.MAX_BAR / 0.7, plot.height() / len(self.items))
        areas = []
        for index, item in enumerate(self.items):
            y = plot.top() + index * row
            length = plot.width() * max(float(item.value), 0.0) / top
            bar = QRectF(plot.left(), y + row * 0.15, max(length, 1.5), row * 0.7)
            # the whole row answers the mouse, so a short bar is as easy to hit as a long one
            areas.append((QRectF(0, y, self.width(), row), item.key, self.tip(item), bar))
        self._bars = [a[3] for a in areas]
        return [a[:3] for a in areas]

    def draw(self, painter: QPainter) -> None:
        plot, label_width = self._frame()
        metrics = self.metrics()
        ticks = self.ticks()
        top = ticks[-1] or 1.0
        areas = self.areas()
        bottom = plot.top() + len(self.items) * (areas[0][0].height() if areas else 0)
        for tick in ticks:
            x = plot.left() + plot.width() * tick / top
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, bottom))
            painter.setPen(MUTED)
            painter.drawText(QRectF(x - 60, bottom + 4, 120, metrics.height()),
                             Qt.AlignHCenter | Qt.AlignTop, number(tick))
        painter.setPen(QPen(AXIS, 1))
        painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), bottom))
        if self.axis_title:
            painter.setPen(MUTED)
            painter.drawText(QRectF(plot.left(), bottom + 4 + metrics.height(), plot.width(),
                                    metrics.height() + 4), Qt.AlignHCenter | Qt.AlignTop,
                             self.axis_title)
        for index, ((row, key, _tip), item) in enumerate(zip(areas, self.items)):
            bar = self._bars[index]
            colour = BAR_REST if item.rest else (BAR_HOVER if key == self.hovered else BAR)
            painter.fillRect(bar, colour)
            painter.setPen(TEXT)
            painter.drawText(QRectF(4, row.top(), label_width, row.height()),
                             Qt.AlignRight | Qt.AlignVCenter,
                             elide(metrics, item.label, label_width - 4))
            painter.drawText(QRectF(bar.right() + 6, row.top(), self.width(), row.height()),
                             Qt.AlignLeft | Qt.AlignVCenter, self.format_value(item.value))


class _ColumnChart(_ValueAxisChart):
    """Items side by side along the bottom (months, Pareto bars), a value axis at the left."""

    right_axis = False

    def _frame(self) -> QRectF:
        metrics = self.metrics()
        left = max(metrics.horizontalAdvance(number(t)) for t in self.ticks()) + 14
        left += metrics.height() + 4 if self.axis_title else 0
        right = (metrics.horizontalAdvance("100%") + 14 + metrics.height() + 4
                 if self.right_axis else 16)
        rows = self._label_plan(self.width() - left - right)[1]
        bottom = metrics.height() * rows + 14
        return QRectF(left, 14, self.width() - left - right, self.height() - 14 - bottom)

    def _label_plan(self, plot_width: float) -> tuple[int, int]:
        """(every n-th label, lines per label): each label on one line under its column; on
        two lines where one is too wide; else every n-th label, so that none is cut."""
        widest = max((self.metrics().horizontalAdvance(i.label) for i in self.items),
                     default=0) + 8
        width = plot_width / max(len(self.items), 1)
        if widest <= width:
            return 1, 1
        if widest / 2 + 8 <= width and any(" " in i.label or "–" in i.label
                                           for i in self.items):
            return 1, 2
        return min(math.ceil(widest / max(width, 1)), len(self.items)), 1

    def column(self, plot: QRectF, index: int) -> QRectF:
        width = plot.width() / len(self.items)
        return QRectF(plot.left() + index * width, plot.top(), width, plot.height())

    def layout_areas(self):
        plot = self._frame()
        return [(self.column(plot, i), item.key, self.tip(item))
                for i, item in enumerate(self.items)]

    def draw_value_axis(self, painter: QPainter, plot: QRectF) -> None:
        metrics = self.metrics()
        ticks = self.ticks()
        top = ticks[-1] or 1.0
        for tick in ticks:
            y = plot.bottom() - plot.height() * tick / top
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(MUTED)
            painter.drawText(QRectF(0, y - metrics.height() / 2, plot.left() - 6,
                                    metrics.height()), Qt.AlignRight | Qt.AlignVCenter,
                             number(tick))
        painter.setPen(QPen(AXIS, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()),
                         QPointF(plot.right(), plot.bottom()))
        if self.axis_title:
            painter.save()
            painter.setPen(MUTED)
            painter.translate(2, plot.center().y())
            painter.rotate(-90)
            painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), metrics.height()),
                             Qt.AlignCenter, self.axis_title)
            painter.restore()

    def draw_labels(self, painter: QPainter, plot: QRectF) -> None:
        """Every label that fits; when the columns are narrow, every n-th one."""
        metrics = self.metrics()
        painter.setPen(TEXT)
        width = plot.width() / len(self.items)
        step, lines = self._label_plan(plot.width())
        for index in range(0, len(self.items), step):
            middle = self.column(plot, index).center().x()
            box = QRectF(middle - width * step / 2, plot.bottom() + 4, width * step,
                         metrics.height() * lines + 2)
            text = self.items[index].label
            if lines == 1:
                text = elide(metrics, text, box.width())
            painter.drawText(box, Qt.AlignHCenter | Qt.AlignTop | Qt.TextWordWrap, text)


class TrendChart(_ColumnChart):
    """A line through one point per month (months without claims are zero points), the area
    under it lightly filled."""

    def draw(self, painter: QPainter) -> None:
        plot = self._frame()
        self.draw_value_axis(painter, plot)
        top = self.ticks()[-1] or 1.0
        points = []
        for index, item in enumerate(self.items):
            column = self.column(plot, index)
            points.append(QPointF(column.center().x(),
                                  plot.bottom() - plot.height() * float(item.value) / top))
        area = QPainterPath(QPointF(points[0].x(), plot.bottom()))
        for point in points:
            area.lineTo(point)
        area.lineTo(QPointF(points[-1].x(), plot.bottom()))
        fill = QColor(BAR)
        fill.setAlpha(36)
        painter.fillPath(area, fill)
        painter.setPen(QPen(BAR, 2))
        for a, b in zip(points, points[1:]):
            painter.drawLine(a, b)
        for point, item in zip(points, self.items):
            hovered = item.key == self.hovered
            painter.setPen(QPen(QColor("#ffffff"), 1.5))
            painter.setBrush(BAR_HOVER if hovered else BAR)
            painter.drawEllipse(point, 5.5 if hovered else 4.0, 5.5 if hovered else 4.0)
        self.draw_labels(painter, plot)


class ParetoChart(_ColumnChart):
    """Bars from the largest down and the running share of the whole as a line on its own
    percentage axis at the right, with a dashed line at 80 %."""

    right_axis = True

    def __init__(self, parent=None, **options):
        super().__init__(parent, **options)
        self.cumulative: list[float] = []
        self.share_title = tr("Cumulative share")

    def set_pareto(self, items: list[Item], cumulative: list, axis_title: str | None = None):
        self.cumulative = [float(c) for c in cumulative]
        self.set_items(items, axis_title)

    def share_top(self) -> float:
        """1.0, or more: shares of a part-line grouping can add up to more than the whole."""
        return max(1.0, math.ceil(max(self.cumulative, default=1.0) * 4 - 1e-9) / 4)

    def draw(self, painter: QPainter) -> None:
        plot = self._frame()
        self.draw_value_axis(painter, plot)
        metrics = self.metrics()
        top = self.ticks()[-1] or 1.0
        share_top = self.share_top()
        for index, item in enumerate(self.items):
            column = self.column(plot, index)
            height = plot.height() * max(float(item.value), 0.0) / top
            width = column.width() * 0.7
            bar = QRectF(column.center().x() - width / 2, plot.bottom() - height, width, height)
            painter.fillRect(bar, BAR_REST if item.rest else (
                BAR_HOVER if item.key == self.hovered else BAR))
        # the right axis: shares
        steps = int(round(share_top / 0.25))
        for step in range(steps + 1):
            share = step * 0.25
            y = plot.bottom() - plot.height() * share / share_top
            painter.setPen(MUTED)
            painter.drawText(QRectF(plot.right() + 6, y - metrics.height() / 2, 60,
                                    metrics.height()), Qt.AlignLeft | Qt.AlignVCenter,
                             percent(share))
        eighty = plot.bottom() - plot.height() * 0.8 / share_top
        painter.setPen(QPen(LINE, 1, Qt.DashLine))
        painter.drawLine(QPointF(plot.left(), eighty), QPointF(plot.right(), eighty))
        painter.save()
        painter.setPen(LINE)
        painter.translate(self.width() - 2, plot.center().y())
        painter.rotate(90)
        painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), metrics.height()),
                         Qt.AlignCenter, self.share_title)
        painter.restore()
        points = [QPointF(self.column(plot, i).center().x(),
                          plot.bottom() - plot.height() * share / share_top)
                  for i, share in enumerate(self.cumulative[:len(self.items)])]
        painter.setPen(QPen(LINE, 2))
        for a, b in zip(points, points[1:]):
            painter.drawLine(a, b)
        painter.setBrush(LINE)
        painter.setPen(QPen(QColor("#ffffff"), 1.2))
        for point in points:
            painter.drawEllipse(point, 3.5, 3.5)
        self.draw_labels(painter, plot)


def heat_colour(value: float, top: float) -> QColor:
    """The cell colour of ``value`` claims when the busiest cell has ``top``."""
    if value <= 0 or top <= 0:
        return QColor(HEAT[0])
    share = min(value / top, 1.0) * (len(HEAT) - 2) + 1     # 1 .. last: any claim shows
    low = min(int(share), len(HEAT) - 2)
    mix = share - low
    a, b = HEAT[low], HEAT[low + 1]
    return QColor(round(a.red() + (b.red() - a.red()) * mix),
                  round(a.green() + (b.green() - a.green()) * mix),
                  round(a.blue() + (b.blue() - a.blue()) * mix))


class HeatMap(Chart):
    """A matrix of counts (rows: warranty-start months; columns: months in service), each cell
    in a colour from light to dark by its count, the count written where it fits."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[str] = []
        self.columns: list = []
        self.cells: dict = {}
        self.row_title = ""
        self.column_title = ""
        self.cell_tip = lambda row, column, count: f"{row} · {column}: {count}"

    def set_matrix(self, rows, columns, cells: dict, row_title: str = "",
                   column_title: str = "") -> None:
        self.rows, self.columns, self.cells = list(rows), list(columns), dict(cells)
        self.row_title, self.column_title = row_title, column_title
        self.changed()

    def has_data(self) -> bool:
        return bool(self.rows and self.columns)

    def top(self) -> float:
        return float(max(self.cells.values(), default=0))

    def _frame(self) -> QRectF:
        metrics = self.metrics()
        left = max(metrics.horizontalAdvance(str(r)) for r in self.rows) + 12
        left += metrics.height() + 4 if self.row_title else 0
        top = metrics.height() * 2 + 12
        bottom = metrics.height() + 16         # the scale
        return QRectF(left, top, self.width() - left - 12, self.height() - top - bottom)

    def cell(self, plot: QRectF, row: int, column: int) -> QRectF:
        width = plot.width() / len(self.columns)
        height = plot.height() / len(self.rows)
        return QRectF(plot.left() + column * width, plot.top() + row * height, width, height)

    def layout_areas(self):
        plot = self._frame()
        areas = []
        for r, row in enumerate(self.rows):
            for c, column in enumerate(self.columns):
                count = self.cells.get((row, column), 0)
                areas.append((self.cell(plot, r, c), (row, column),
                              self.cell_tip(row, column, count)))
        return areas

    def draw(self, painter: QPainter) -> None:
        plot = self._frame()
        metrics = self.metrics()
        top = self.top()
        painter.setFont(self.small_font())
        small = QFontMetrics(self.small_font())
        for rect, key, _tip in self.areas():
            count = self.cells.get(key, 0)
            colour = heat_colour(count, top)
            painter.fillRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), colour)
            if key == self.hovered:
                painter.setPen(QPen(QColor(style.TEXT), 1.5))
                painter.setBrush(Qt.NoBrush)
                painter.drawRect(rect.adjusted(1, 1, -1, -1))
            text = str(count) if count else ""
            if text and rect.width() >= small.horizontalAdvance(text) + 4 \
                    and rect.height() >= small.height():
                painter.setPen(QColor("#ffffff") if colour.lightness() < 140 else TEXT)
                painter.drawText(rect, Qt.AlignCenter, text)
        painter.setFont(self.font())
        # column labels across the top, every n-th where they would touch
        width = plot.width() / len(self.columns)
        step = 1
        while metrics.horizontalAdvance("00") + 6 > width * step:
            step += 1
        painter.setPen(MUTED)
        for c in range(0, len(self.columns), step):
            rect = self.cell(plot, 0, c)
            painter.drawText(QRectF(rect.left() - width, plot.top() - metrics.height() - 4,
                                    width * 3, metrics.height()), Qt.AlignHCenter | Qt.AlignBottom,
                             str(self.columns[c]))
        if self.column_title:
            painter.drawText(QRectF(plot.left(), 2, plot.width(), metrics.height()),
                             Qt.AlignHCenter | Qt.AlignTop, self.column_title)
        height = plot.height() / len(self.rows)
        step = 1
        while metrics.height() > height * step:
            step += 1
        for r in range(0, len(self.rows), step):
            middle = self.cell(plot, r, 0).center().y()      # a row lower than its label
            painter.drawText(QRectF(0, middle - metrics.height() / 2, plot.left() - 6,
                                    metrics.height()), Qt.AlignRight | Qt.AlignVCenter,
                             str(self.rows[r]))
        if self.row_title:
            painter.save()
            painter.translate(2, plot.center().y())
            painter.rotate(-90)
            painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), metrics.height()),
                             Qt.AlignCenter, self.row_title)
            painter.restore()
        self._draw_scale(painter, plot, top)

    def _draw_scale(self, painter: QPainter, plot: QRectF, top: float) -> None:
        """A small legend under the matrix: the colours from 0 to the busiest cell."""
        metrics = self.metrics()
        y = plot.bottom() + 8
        x = plot.left()
        painter.setPen(MUTED)
        painter.drawText(QRectF(x, y, 30, metrics.height()), Qt.AlignLeft | Qt.AlignVCenter, "0")
        x += metrics.horizontalAdvance("0") + 6
        steps = 24
        for step in range(steps):
            painter.fillRect(QRectF(x + step * 6, y + 3, 6, metrics.height() - 6),
                             heat_colour(top * step / (steps - 1), top) if step else HEAT[0])
        x += steps * 6 + 6
        painter.drawText(QRectF(x, y, 200, metrics.height()), Qt.AlignLeft | Qt.AlignVCenter,
                         tr.plural(int(top), "{n} claim", "{n} claims"))
