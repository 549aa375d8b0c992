"""The quality analysis: where warranty money goes and what fails, for managers, supervisors and
warranty administrators.

Filters on the left choose the claims (repair period, model, category, fault, state group) and
how they are grouped (by, then by, top N); a table lists each group's measures and the tabs
draw them: bars, the trend by month, a Pareto, the months-in-service matrix and claims per 100
vehicles. Every change of a filter recomputes off the GUI thread after a short pause, the last
result staying on screen (with a busy bar) until the new one is in; a result that comes back
after a newer request is dropped. Listing every group, the table loads them a page at a time
as it scrolls; the code lists of the filters are read off the GUI thread too. Double-clicking a row, bar, point or cell opens
the claims behind it in the claims page's list. Export writes the workbook, Print the PDF report.
"""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel,
                               QProgressBar, QSplitter, QTabWidget, QVBoxLayout, QWidget)

from partsdesk import i18n
from partsdesk.i18n import Translator
from partsdesk.services import codes, quality
from partsdesk.services.quality import QualityFilters
from partsdesk.ui import messages, operations
from partsdesk.ui.charts import BarChart, HeatMap, ParetoChart, TrendChart
from partsdesk.ui.date_field import DateField
from partsdesk.ui.format import money
from partsdesk.ui.import_dialog import XLSX_FILTER, suggested_path
from partsdesk.ui.list_table import table_view
from partsdesk.ui.pages import Page
from partsdesk.ui.pages.quality import analysis
from partsdesk.ui.pages.quality.analysis import MOST_CLAIMS, Figures, Groups, Request
from partsdesk.ui.pages.quality.table import KEY, LABEL, NAME_COLUMN, REST, GroupsModel
from partsdesk.ui.style import caption
from partsdesk.ui.widgets import button

tr = Translator("QualityPage")

PAUSE_MS = 300              # filters settle before the analysis runs again
STALE_S = 60                # figures older than this are asked again when the page is shown
TOPS = (1, 2, 3, 5, 10, 15, 20, 30, 50, 100)


class QualityPage(Page):
    computed = Signal()         # a result is on screen (tests and screenshots wait for it)

    def __init__(self, user, parent=None):
        super().__init__(user, parent)
        self.setObjectName("qualityPage")
        self.groups: Groups | None = None           # what the table and charts show
        self.figures: Figures | None = None
        self._asked = 0                             # the latest request's generation
        self._figures_asked = 0
        self._figures_for = None                    # (filters, language) of those figures
        self._updated: float | None = None          # when the last result came (monotonic)
        self._working: set = set()          # operations in flight (kept alive until done)
        self.print_dialog = None
        self._pause = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._pause.timeout.connect(self.recompute)
        self._build()
        self._load_codes()
        self.recompute()

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(12)
        self.summary = caption("", "section")
        self.status = caption("")
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("qualityBusy")
        self.busy_bar.setRange(0, 0)            # no figure: just that work is under way
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedSize(72, 6)
        self.busy_bar.setToolTip(tr("Working out the figures…"))
        self.busy_bar.hide()
        layout.addWidget(self._build_filters())
        right = QVBoxLayout()
        right.setSpacing(8)
        head = QHBoxLayout()
        self.export_button = button(self, tr("Export…"), self.ask_export)
        self.export_button.setToolTip(tr("This analysis to Excel, with its charts"))
        self.print_button = button(self, tr("Print…"), self.print_report)
        self.print_button.setToolTip(tr("This analysis as a PDF report"))
        head.addWidget(self.summary)
        head.addSpacing(8)
        head.addWidget(self.busy_bar)
        head.addWidget(self.status, 1)
        head.addWidget(self.export_button)
        head.addWidget(self.print_button)
        right.addLayout(head)
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self._build_table())
        splitter.addWidget(self._build_tabs())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([240, 380])
        splitter.setChildrenCollapsible(False)
        right.addWidget(splitter, 1)
        layout.addLayout(right, 1)

    def _combo(self, items, first: str | None = None) -> QComboBox:
        combo = QComboBox()
        if first is not None:
            combo.addItem(first, "")
        for data, text in items:
            combo.addItem(text, data)
        combo.currentIndexChanged.connect(lambda _: self.filters_changed())
        return combo

    def _codes(self, table: str, first: str) -> QComboBox:
        """A filter of the codes of ``table``, filled once they are read (off the GUI thread)."""
        combo = self._combo([], first)
        combo.setProperty("codes", table)
        return combo

    def _load_codes(self) -> None:
        tables = [combo.property("codes") for combo in self._code_filters()]

        def read():
            return {table: [(row.code, codes.code_text(row))
                            for row in codes.list_codes(table, include_inactive=True)]
                    for table in tables}
        self._codes_read = False
        operations.background(self, read, on_done=self._fill_codes)

    def _code_filters(self) -> tuple:
        return (self.model_filter, self.category_filter, self.fault_filter)

    def _fill_codes(self, found: dict) -> None:
        """The code lists are in: each filter lists them, keeping the code chosen meanwhile."""
        for combo in self._code_filters():
            chosen = combo.currentData()
            combo.blockSignals(True)
            first = combo.itemText(0)
            combo.clear()
            combo.addItem(first, "")
            for code, text in found[combo.property("codes")]:
                combo.addItem(text, code)
            if chosen and combo.findData(chosen) < 0:
                combo.addItem(chosen, chosen)
            combo.setCurrentIndex(max(0, combo.findData(chosen or "")))
            combo.setToolTip(combo.currentText())
            combo.blockSignals(False)
        self._codes_read = True

    def _build_filters(self) -> QWidget:
        panel = QFrame()
        panel.setObjectName("qualityFilters")
        panel.setProperty("role", "card")
        panel.setFixedWidth(250)
        column = QVBoxLayout(panel)
        column.setContentsMargins(14, 12, 14, 12)
        column.setSpacing(8)
        self.date_from = DateField(near=lambda: self.date_to.value())
        self.date_to = DateField(near=lambda: self.date_from.value())
        for field_ in (self.date_from, self.date_to):
            field_.valueChanged.connect(self.filters_changed)
        self.model_filter = self._codes("vehicle_models", tr("Every model"))
        self.category_filter = self._codes("part_categories", tr("Every category"))
        self.fault_filter = self._codes("fault_codes", tr("Every fault"))
        self.state_filter = self._combo([(key, quality.tr(name)) for key, name in
                                         quality.STATE_GROUP_NAMES.items()])
        dimensions = [(key, quality.dimension_name(key)) for key in quality.DIMENSIONS]
        self.by_filter = self._combo(dimensions)
        self.by_filter.setCurrentIndex(list(quality.DIMENSIONS).index("fault"))
        self.then_filter = self._combo(dimensions, tr("—"))
        self.top_filter = self._combo([(0, tr("Every group"))] + [
            (n, tr.plural(n, "The largest, the rest summed",
                          "The {n} largest, the rest summed")) for n in TOPS])
        self.top_filter.setToolTip(tr("Keep the groups of most total claimed and sum the rest "
                                      "into one"))
        for combo in (self.model_filter, self.category_filter, self.fault_filter,
                      self.state_filter, self.by_filter, self.then_filter, self.top_filter):
            combo.setMinimumContentsLength(12)
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            if combo is not self.top_filter:
                combo.setToolTip(combo.currentText())        # a long name, whole
                combo.currentTextChanged.connect(combo.setToolTip)

        column.addWidget(caption(tr("Which claims"), "section"))
        form = QFormLayout()
        form.setSpacing(6)
        form.setLabelAlignment(Qt.AlignLeft)
        form.setRowWrapPolicy(QFormLayout.WrapAllRows)
        form.addRow(tr("Repaired from"), self.date_from)
        form.addRow(tr("to"), self.date_to)
        form.addRow(tr("Vehicle model"), self.model_filter)
        form.addRow(tr("Part category"), self.category_filter)
        form.addRow(tr("Fault code"), self.fault_filter)
        form.addRow(tr("States"), self.state_filter)
        column.addLayout(form)
        column.addSpacing(6)
        column.addWidget(caption(tr("Grouping"), "section"))
        grouping = QFormLayout()
        grouping.setSpacing(6)
        grouping.setRowWrapPolicy(QFormLayout.WrapAllRows)
        grouping.addRow(tr("Group by"), self.by_filter)
        grouping.addRow(tr("Then by"), self.then_filter)
        grouping.addRow(tr("Top"), self.top_filter)
        column.addLayout(grouping)
        column.addStretch(1)
        hint = caption(tr("Double-click a row, bar, point or cell to see the claims behind "
                          "it."))
        hint.setWordWrap(True)
        column.addWidget(hint)
        return panel

    def _build_table(self) -> QWidget:
        self.model = GroupsModel(self, load_more=self._load_more)
        self.table = table_view(self.model, (NAME_COLUMN,), key="quality.groups",
                                user=self.user)
        self.table.setObjectName("qualityTable")
        self.table.horizontalHeader().setSortIndicator(-1, Qt.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(False)
        self.table.horizontalHeader().sortIndicatorChanged.connect(
            lambda *_: self.table.horizontalHeader().setSortIndicatorShown(True))
        self.table.doubleClicked.connect(
            lambda index: self.open_group(self.model.rows[index.row()][KEY]))
        return self.table

    def _build_tabs(self) -> QWidget:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("qualityCharts")
        self.bars = BarChart(format_value=money)
        self.bars.double_clicked.connect(self.open_group)
        self.bars_note = caption("")
        self.trend = TrendChart(format_value=money)
        self.trend.double_clicked.connect(
            lambda month: self.open_claims("month", month, month, self.figures))
        self.pareto = ParetoChart(format_value=money)
        self.pareto.share_title = tr("Cumulative share")
        self.pareto.double_clicked.connect(self.open_group)
        self.heat = HeatMap()
        self.heat.cell_tip = lambda row, column, count: tr.plural(
            count, "Warranty from {month}, {months} months in service: {n} claim",
            "Warranty from {month}, {months} months in service: {n} claims",
            month=row, months=column)
        self.heat.double_clicked.connect(lambda cell: self.open_claims(
            ("warranty_month", "months_in_service"), cell,
            tr("warranty from {month}, {months} months in service", month=cell[0],
               months=cell[1]), self.figures))
        self.tabs.addTab(self._with_note(self.bars, self.bars_note), tr("Bars"))
        self.tabs.addTab(self.trend, tr("Trend by month"))
        self.tabs.addTab(self.pareto, tr("Pareto"))
        self.tabs.addTab(self.heat, tr("Months in service"))
        self.tabs.addTab(self._build_rates(), tr("Claims per 100 vehicles"))
        return self.tabs

    def _with_note(self, chart, note: QLabel) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 4, 0, 0)
        column.addWidget(chart, 1)
        column.addWidget(note)
        return box

    def _build_rates(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(8, 8, 8, 4)
        definition = caption(quality.tr(quality.RATE_DEFINITION))
        definition.setObjectName("rateDefinition")
        definition.setWordWrap(True)
        self.rate_models = BarChart(format_value=lambda v: f"{float(v):.2f}")
        self.rate_models.double_clicked.connect(
            lambda key: self.open_claims("model", key, str(key), self.figures))
        self.rate_months = TrendChart(format_value=lambda v: f"{float(v):.2f}")
        self.rate_months.double_clicked.connect(
            lambda key: self.open_claims("warranty_month", key,
                                         tr("warranty from {month}", month=key), self.figures))
        charts = QSplitter(Qt.Horizontal)
        for chart, title in ((self.rate_models, tr("By vehicle model")),
                             (self.rate_months, tr("By the month warranty started"))):
            holder = QWidget()
            inner = QVBoxLayout(holder)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.addWidget(caption(title, "section"))
            inner.addWidget(chart, 1)
            charts.addWidget(holder)
        charts.setChildrenCollapsible(False)
        column.addWidget(definition)
        column.addWidget(charts, 1)
        return box

    # --- the request -----------------------------------------------------------------------
    def filters(self) -> QualityFilters:
        return QualityFilters(date_from=self.date_from.value(), date_to=self.date_to.value(),
                              model=self.model_filter.currentData() or "",
                              category=self.category_filter.currentData() or "",
                              fault=self.fault_filter.currentData() or "",
                              states=self.state_filter.currentData())

    def request(self) -> Request:
        by = self.by_filter.currentData()
        then = self.then_filter.currentData() or None
        return Request(self._asked, by, then if then != by else None,
                       self.top_filter.currentData() or None, self.filters(), i18n.language())

    def show_filter(self, by: str, filters: QualityFilters) -> None:
        """The analysis behind a figure of the home page: the claims ``filters`` select grouped
        by ``by`` (every group, no second grouping)."""
        self.date_from.set_value(filters.date_from)
        self.date_to.set_value(filters.date_to)
        for combo, value in ((self.model_filter, filters.model),
                             (self.category_filter, filters.category),
                             (self.fault_filter, filters.fault),
                             (self.state_filter, filters.states), (self.by_filter, by),
                             (self.then_filter, ""), (self.top_filter, 0)):
            if value and combo.findData(value) < 0 and combo in self._code_filters():
                combo.addItem(value, value)         # its code list is still being read
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.recompute()

    def filters_changed(self) -> None:
        """A filter moved: recompute once they have settled."""
        self._busy(True)
        self._pause.start()

    def _busy(self, working: bool) -> None:
        """The busy bar and the status while a result is being worked out; what is on screen
        stays until the new result replaces it."""
        self.busy_bar.setVisible(working)
        if working:
            self.status.setText(tr("Updating…"))

    def activated(self) -> None:
        """Back on the page: figures older than STALE_S are asked again (claims move on)."""
        if self._updated is not None and time.monotonic() - self._updated > STALE_S \
                and not self.busy():
            self.recompute(everything=True)

    def busy(self) -> bool:
        """Waiting for filters to settle or for a result still wanted."""
        return self._pause.isActive() or bool(self._working) or not self._codes_read

    def recompute(self, everything: bool = False) -> None:
        """Ask for the analysis of the filters as they are now, off the GUI thread. The
        figures that no grouping changes are asked again only when the filters changed (or
        ``everything`` is wanted again: the claims may have changed)."""
        self._pause.stop()
        self._asked += 1
        request = self.request()
        self._busy(True)
        self._start(request, analysis.group_claims, self._show_groups)
        wanted = (request.filters, request.language)
        if everything or self.figures is None or self._figures_for != wanted:
            self._figures_for = wanted
            self._figures_asked = request.generation
            self._start(request, analysis.figures, self._show_figures)

    def _start(self, request: Request, compute, show) -> operations.Operation:
        """``compute(request)`` off the GUI thread (``operations.background``: no dialog, the
        window stays usable), and ``show`` gets its result on the GUI thread."""
        def work():
            try:
                return compute(request), None
            except Exception as exc:        # reported on the GUI thread if still wanted
                return request, exc
        holder: list = []
        op = operations.background(self, work,
                                   on_done=lambda result: self._finished(holder[0], result, show),
                                   on_error=lambda exc: self._finished(holder[0], (request, exc),
                                                                       show))
        holder.append(op)
        self._working.add(op)
        return op

    def _finished(self, op, result, show) -> None:
        if not shiboken6.isValid(self):
            return                  # the page was closed while the work ran
        self._working.discard(op)
        made, error = result
        if error is not None:
            if made.generation == self._asked:
                self.status.setText("")
                messages.report(self, error)
        else:
            show(made)
        if not self._working and not self._pause.isActive():
            self._busy(False)
            if self.groups is not None:
                self._updated = time.monotonic()
                self.status.setText(tr("Updated {time}",
                                       time=datetime.now().strftime("%H:%M:%S")))
                self.computed.emit()

    def _load_more(self, offset: int) -> None:
        """The table scrolled to the end of the groups loaded: read the next ones."""
        shown = self.groups
        if shown is None:
            return
        request = shown.request

        def add(rows) -> None:
            if self.groups is shown:        # not replaced by a newer analysis meanwhile
                self.model.add_rows(rows)
                self._busy(bool(self._working))
        self._busy(True)
        operations.background(self, lambda: analysis.more_rows(request, offset), on_done=add,
                              on_error=lambda exc: (self.model.add_rows([]),
                                                    messages.report(self, exc)))

    # --- showing ---------------------------------------------------------------------------
    def _show_groups(self, made: Groups) -> None:
        if made.request.generation != self._asked:
            return                  # a newer request is on its way: never show an older one
        self.groups = made
        self.table.horizontalHeader().setSortIndicatorShown(False)
        self.model.set_rows(made.rows, made.count)
        self.bars.set_items(made.bars, tr("Total claimed"))
        self.bars_note.setText(tr("The {shown} largest of {all} groups; the table lists them "
                                  "all.", shown=len(made.bars), all=f"{made.count:,}")
                               if made.count > len(made.bars) else "")
        self.pareto.set_pareto(made.pareto, made.cumulative, tr("Total claimed"))

    def _show_figures(self, made: Figures) -> None:
        if made.request.generation != self._figures_asked:
            return
        self.figures = made
        self.summary.setText(tr.plural(made.claims, "{n} claim · {total} claimed",
                                       "{n} claims · {total} claimed", total=money(made.total)))
        self.trend.set_items(made.trend, tr("Total claimed"))
        matrix = made.matrix
        self.heat.set_matrix(matrix.rows, matrix.columns, matrix.cells, tr("Warranty start"),
                             tr("Months in service"))
        self.rate_models.set_items(made.by_model, tr("Claims per 100 vehicles"))
        self.rate_months.set_items(made.by_month, tr("Claims per 100 vehicles"))

    # --- drilling down ---------------------------------------------------------------------
    def open_group(self, key) -> None:
        """The claims behind one group (a row, a bar, a Pareto bar)."""
        if self.groups is None:
            return
        row = next((r for r in self.groups.rows if r[KEY] == key), None)
        if row is not None:
            self.open_claims(self.groups.request.dimensions(), key, row[LABEL])

    def open_claims(self, dimensions, key, label: str, shown=None):
        """Find the claims behind a figure off the GUI thread, then show them in the claims
        page's list (or name them, for a user who has no claims page). ``shown``: the result
        the figure is part of (default: the groups)."""
        shown = shown or self.groups
        if self.groups is None or shown is None:
            return None
        request = shown.request
        kept = [r[KEY] for r in self.groups.rows if not r[REST]]
        title = tr("The claims behind {figure}", figure=label)
        return operations.run(self, lambda progress: analysis.claims_behind(
                                  request, dimensions, key, kept),
                              label=tr("Finding the claims…"), cancellable=False,
                              on_done=lambda numbers: self.show_claims(numbers, title))

    def show_claims(self, numbers: list[str], title: str) -> None:
        if not numbers:
            messages.info(self, tr("No claims lie behind this figure."))
            return
        if len(numbers) >= MOST_CLAIMS:
            title = tr("{title} (the first {n})", title=title, n=f"{MOST_CLAIMS:,}")
        page = self.open_page("claims")
        if page is not None and hasattr(page, "show_claims"):
            page.show_claims(numbers, title)
        else:
            messages.info(self, tr.plural(len(numbers), "{title}: {n} claim.",
                                          "{title}: {n} claims.", title=title),
                          "\n".join(numbers))

    # --- export and print ------------------------------------------------------------------
    def _current(self) -> Request:
        return self.groups.request if self.groups is not None else self.request()

    def ask_export(self) -> None:
        path = messages.save_file(self, tr("Export the quality analysis"),
                                  suggested_path(tr("quality")), tr(XLSX_FILTER))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> operations.Operation:
        from partsdesk.spreadsheets import quality as quality_sheets
        path = path if path.lower().endswith(".xlsx") else path + ".xlsx"
        request = self._current()
        return operations.run(
            self, lambda progress: quality_sheets.export_file(
                self.user, path, request.by, request.filters, then=request.then,
                top=request.top, lang=request.language),
            label=tr("Exporting to {file}…", file=Path(path).name),
            on_done=lambda count: messages.info(self, tr.plural(
                count, "{n} group exported to {path}.", "{n} groups exported to {path}.",
                path=path)))

    def print_report(self) -> operations.Operation:
        from partsdesk.ui.pdf_preview import show_pdf
        request = self._current()

        def work(progress):
            from partsdesk.documents import quality_report
            return quality_report.render(self.user, request.by, request.filters,
                                         then=request.then, top=request.top,
                                         lang=request.language)

        def done(data: bytes) -> None:
            self.print_dialog = show_pdf(self, data, tr("Quality analysis"),
                                         f"quality-{request.by}")
        return operations.run(self, work, label=tr("Preparing the report…"), on_done=done,
                              cancellable=False)
