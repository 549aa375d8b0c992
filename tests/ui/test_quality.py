"""The quality page as a manager or warranty administrator uses it: the analysis of the fixed
set of claims (tests/services/test_quality.py, figures worked out by hand there) in the table
and the charts, filters that recompute off the GUI thread, and a double-click on a row, a bar or
a cell that opens exactly the claims behind it in the claims list."""

import threading
from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt

from partsdesk import i18n
from partsdesk.services import users
from partsdesk.ui import messages, operations
from partsdesk.ui.main_window import MainWindow
from partsdesk.ui.pages import pages_for
from partsdesk.ui.pages import quality as quality_page
from partsdesk.ui.pages.quality import QualityPage, analysis
from tests.factories import FILTER, PADS, PUMP


def settled(qtbot, page) -> None:
    """Wait until the page shows the analysis of its filters as they are now."""
    qtbot.waitUntil(lambda: not page.busy() and page.groups is not None
                    and page.figures is not None, timeout=20_000)


def shown_rows(page) -> list[tuple]:
    model = page.model
    return [tuple(model.data(model.index(row, column)) for column in range(model.columnCount()))
            for row in range(model.rowCount())]


def open_page(qtbot, user, size=(1280, 800)) -> QualityPage:
    page = QualityPage(user)
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    settled(qtbot, page)
    return page


def open_window(qtbot, user, db_path) -> tuple[MainWindow, QualityPage]:
    window = MainWindow(user, db_path)
    qtbot.addWidget(window)
    window.show()
    assert window.select("quality")
    page = window.current_page()
    settled(qtbot, page)
    return window, page


def choose(qtbot, combo, data) -> None:
    """Pick an entry the way the keyboard does: arrow keys on the focused combo box."""
    target = combo.findData(data)
    assert target >= 0
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key_Down if combo.currentIndex() < target else Qt.Key_Up)


def double_click(qtbot, widget, point: QPoint) -> None:
    """What a mouse sends for a double-click: a click, then the second press."""
    qtbot.mouseClick(widget, Qt.LeftButton, pos=point)
    qtbot.mouseDClick(widget, Qt.LeftButton, pos=point)


def double_click_row(qtbot, table, row: int) -> None:
    double_click(qtbot, table.viewport(), table.visualRect(table.model().index(row, 1)).center())


def double_click_chart(qtbot, page, chart, key) -> None:
    page.tabs.setCurrentIndex(page.tabs.indexOf(chart.parentWidget()) if
                              page.tabs.indexOf(chart) < 0 else page.tabs.indexOf(chart))
    qtbot.waitUntil(chart.isVisible)
    point = chart.point_of(key)
    assert point is not None, f"{key} is not drawn"
    double_click(qtbot, chart, point.toPoint())


def listed_claims(window) -> list[str]:
    claims_page = window.pages["claims"]
    return sorted(row[1] for row in claims_page.model.rows)


def test_the_page_appears_for_those_who_may_read_the_analysis(quality_claims, admin):
    keys = {name: [spec.key for spec in pages_for(users.get(name))]
            for name in ("wa", "sup", "admin", "pc", "sc", "ri")}
    assert all("quality" in keys[name] for name in ("wa", "sup", "admin"))
    assert not any("quality" in keys[name] for name in ("pc", "sc", "ri"))


def test_the_page_shows_the_hand_computed_figures(qtbot, quality_claims):
    page = open_page(qtbot, users.get("sup"))
    # by fault code, claims approved or later: A + B under F101, C under F202
    assert shown_rows(page) == [
        ("F101", "Oil leak", "2", "1,515.50", "75.4%", "757.75", "4", "5", "1,395.50", "120.00",
         "0.00", "86.30", "470.70"),
        ("F202", "Brake noise", "1", "495.00", "24.6%", "495.00", "1", "1", "420.00", "60.00",
         "15.00", "0.00", "0.00")]
    assert page.summary.text() == "3 claims · 2,010.50 claimed"
    assert [(i.key, i.value) for i in page.bars.items] == [("F101", 1515.5), ("F202", 495.0)]
    assert [(i.key, i.value) for i in page.trend.items] == [
        ("2026-08", 1515.5), ("2026-09", 0.0), ("2026-10", 495.0)]     # September: none
    assert page.pareto.cumulative == pytest.approx([0.7538, 1.0])
    assert (page.heat.rows, page.heat.cells) == (
        ["2025-12", "2026-01", "2026-02"],
        {("2025-12", 10): 1, ("2026-01", 6): 1, ("2026-02", 6): 1})
    assert [(i.key, i.value) for i in page.rate_models.items] == [("SED20", 50.0),
                                                                  ("SUV30", 100.0)]
    assert [(i.key, i.value) for i in page.rate_months.items] == [
        ("2025-12", 100.0), ("2026-01", pytest.approx(33.33)), ("2026-02", 100.0)]
    assert page.findChild(type(page.summary), "rateDefinition").text().startswith(
        "Claims per 100 vehicles: the claims selected, of vehicles with a warranty start")


def test_changing_a_filter_recomputes_off_the_gui_thread(qtbot, quality_claims):
    page = open_page(qtbot, users.get("wa"))
    choose(qtbot, page.by_filter, "part")
    assert page.busy()                          # waiting for the filters to settle
    settled(qtbot, page)
    assert [row[0] for row in shown_rows(page)] == [FILTER, PADS, PUMP]
    assert shown_rows(page)[0][1:4] == ("Oil filter", "2", "1,515.50")
    assert page.pareto.cumulative == pytest.approx([0.7538, 1.2771, 1.7538])

    page.date_to.setFocus()
    qtbot.keyClicks(page.date_to, "2026-08-31")          # August only: A and B
    settled(qtbot, page)
    assert [(row[0], row[2]) for row in shown_rows(page)] == [(FILTER, "2"), (PUMP, "1"),
                                                             (PADS, "1")]
    assert page.summary.text() == "2 claims · 1,515.50 claimed"
    assert [i.key for i in page.trend.items] == ["2026-08"]

    choose(qtbot, page.top_filter, 1)
    settled(qtbot, page)
    assert [(row[0], row[1], row[2]) for row in shown_rows(page)] == [
        (FILTER, "Oil filter", "2"), ("", "Other", "2")]         # the rest summed
    assert page.bars.items[-1].rest


def test_a_result_that_comes_back_late_never_replaces_a_newer_one(qtbot, quality_claims,
                                                                  monkeypatch):
    slow = threading.Event()
    original = analysis.group_claims

    def group_claims(request):
        if request.by == "part":        # the first request waits until the second is shown
            slow.wait(20)
        return original(request)
    monkeypatch.setattr(analysis, "group_claims", group_claims)
    page = open_page(qtbot, users.get("wa"))
    choose(qtbot, page.by_filter, "part")
    qtbot.waitUntil(lambda: not page._pause.isActive() and page.busy())   # part: computing
    choose(qtbot, page.by_filter, "model")
    qtbot.waitUntil(lambda: page.groups.request.by == "model", timeout=20_000)
    assert [row[0] for row in shown_rows(page)] == ["SED20", "SUV30"]
    slow.set()                                  # the part analysis arrives after all
    qtbot.waitUntil(lambda: not page.busy(), timeout=20_000)
    assert [row[0] for row in shown_rows(page)] == ["SED20", "SUV30"]
    assert page.groups.request.by == "model"


def test_the_table_sorts_by_a_figure_with_the_rest_last(qtbot, quality_claims):
    page = open_page(qtbot, users.get("wa"))
    choose(qtbot, page.by_filter, "part")
    choose(qtbot, page.top_filter, 2)
    settled(qtbot, page)
    assert [row[0] for row in shown_rows(page)] == [FILTER, PADS, ""]   # most claimed first
    header = page.table.horizontalHeader()
    total = header.sectionViewportPosition(3) + header.sectionSize(3) // 2
    orders = []
    for _ in range(2):
        qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(total, 5))
        orders.append([(row[0], row[3]) for row in shown_rows(page)])
    assert sorted(orders) == [
        [(FILTER, "1,515.50"), (PADS, "1,052.00"), ("", "958.50")],
        [(PADS, "1,052.00"), (FILTER, "1,515.50"), ("", "958.50")]]     # the rest stays last


def test_double_clicking_a_row_opens_exactly_the_claims_behind_it(qtbot, quality_claims, db_path):
    window, page = open_window(qtbot, users.get("wa"), db_path)
    row = [r[0] for r in shown_rows(page)].index("F101")
    double_click_row(qtbot, page.table, row)
    qtbot.waitUntil(lambda: window.current_key() == "claims", timeout=10_000)
    assert listed_claims(window) == sorted([quality_claims["A"].number, quality_claims["B"].number])
    claims_page = window.pages["claims"]
    assert claims_page.only_label.text() == "The claims behind F101 · Oil leak"
    qtbot.waitUntil(lambda: claims_page.count_label.text() == "2 claims")
    qtbot.mouseClick(claims_page.all_button, Qt.LeftButton)        # back to every claim
    assert len(claims_page.model.rows) == 5


def test_double_clicking_a_bar_or_a_cell_opens_the_claims_behind_it(qtbot, quality_claims, db_path):
    window, page = open_window(qtbot, users.get("sup"), db_path)
    double_click_chart(qtbot, page, page.bars, "F202")
    qtbot.waitUntil(lambda: window.current_key() == "claims", timeout=10_000)
    assert listed_claims(window) == [quality_claims["C"].number]

    window.select("quality")
    double_click_chart(qtbot, page, page.heat, ("2026-02", 6))       # B: 6 months in service
    qtbot.waitUntil(lambda: window.current_key() == "claims", timeout=10_000)
    assert listed_claims(window) == [quality_claims["B"].number]

    window.select("quality")
    double_click_chart(qtbot, page, page.trend, "2026-08")
    qtbot.waitUntil(lambda: window.current_key() == "claims", timeout=10_000)
    assert listed_claims(window) == sorted([quality_claims["A"].number, quality_claims["B"].number])


def test_the_summed_rest_opens_the_claims_of_every_group_it_sums(qtbot, quality_claims, db_path):
    window, page = open_window(qtbot, users.get("wa"), db_path)
    choose(qtbot, page.by_filter, "part")
    choose(qtbot, page.top_filter, 1)
    settled(qtbot, page)
    double_click_row(qtbot, page.table, 1)                  # Other: the pads and the pump
    qtbot.waitUntil(lambda: window.current_key() == "claims", timeout=10_000)
    assert listed_claims(window) == sorted(quality_claims[n].number for n in "ABC")


def test_an_administrator_without_a_claims_page_is_told_the_claim_numbers(qtbot, quality_claims,
                                                                           db_path):
    window, page = open_window(qtbot, users.get("admin"), db_path)
    assert "claims" not in [spec.key for spec in window.specs]
    double_click_chart(qtbot, page, page.bars, "F202")
    qtbot.waitUntil(lambda: bool(messages.shown), timeout=10_000)
    assert messages.shown[-1].text == "The claims behind F202 · Brake noise: 1 claim."
    assert messages.shown[-1].detail == quality_claims["C"].number
    assert window.current_key() == "quality"


def test_a_click_on_a_chart_names_its_item_and_hovering_shows_it(qtbot, quality_claims):
    page = open_page(qtbot, users.get("wa"))
    chart = page.bars
    point = chart.point_of("F202").toPoint()
    with qtbot.waitSignal(chart.clicked) as clicked:
        qtbot.mouseClick(chart, Qt.LeftButton, pos=point)
    assert clicked.args == ["F202"]
    qtbot.mouseMove(chart, point)
    qtbot.waitUntil(lambda: chart.hovered == "F202")
    assert chart.tip_at(point) == "F202 · Brake noise\n1 claim · total claimed 495.00 · share 24.6%"
    with qtbot.assertNotEmitted(chart.clicked):
        qtbot.mouseClick(chart, Qt.LeftButton, pos=QPoint(2, chart.height() - 2))


def test_export_and_print_the_analysis_on_screen(qtbot, quality_claims, tmp_path):
    target = tmp_path / "quality.xlsx"
    messages.answers.append(target)
    page = open_page(qtbot, users.get("wa"))
    choose(qtbot, page.by_filter, "model")
    settled(qtbot, page)
    qtbot.mouseClick(page.export_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not operations.running(), timeout=20_000)
    rows = list(openpyxl.load_workbook(target)["Data"].iter_rows(values_only=True))
    assert [(r[0], r[2], r[6]) for r in rows[1:]] == [("SED20", 2, 1515.5), ("SUV30", 1, 495)]
    assert messages.shown[-1].text == f"2 groups exported to {target}."

    qtbot.mouseClick(page.print_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.print_dialog is not None, timeout=20_000)
    data = page.print_dialog.preview.pdf_bytes()
    assert data.startswith(b"%PDF")
    page.print_dialog.close()


def test_the_page_reads_in_chinese(qtbot, quality_claims):
    i18n.set_language("zh_CN")
    page = open_page(qtbot, users.get("wa"))
    headers = [page.model.headerData(c, Qt.Horizontal) for c in range(3)]
    assert headers == ["代码", "名称", "索赔数"]
    assert page.tabs.tabText(3) == "在保月数"
    assert page.summary.text() == "3 张索赔单 · 索赔 2,010.50"
    assert page.by_filter.currentText() == "故障代码"
    assert [i.label for i in page.rate_models.items][0].startswith("SED20")


def test_dates_typed_in_chinese_form_filter_the_repairs(qtbot, quality_claims):
    page = open_page(qtbot, users.get("wa"))
    page.date_from.setFocus()
    qtbot.keyClicks(page.date_from, "2026/10/1")
    settled(qtbot, page)
    assert page.filters().date_from == date(2026, 10, 1)
    assert [row[0] for row in shown_rows(page)] == ["F202"]


def test_coming_back_to_the_page_asks_again_for_figures_grown_old(qtbot, quality_claims, db_path,
                                                                  monkeypatch):
    from partsdesk.services import approvals
    window, page = open_window(qtbot, users.get("sup"), db_path)
    assert [(row[0], row[2]) for row in shown_rows(page)] == [("F101", "2"), ("F202", "1")]
    approvals.submit(users.get("wa"), quality_claims["E"].number)          # the draft, F101
    approvals.approve(users.get("sup"), quality_claims["E"].number)
    window.select("claims")
    window.select("quality")
    settled(qtbot, page)
    assert [(row[0], row[2]) for row in shown_rows(page)] == [("F101", "2"), ("F202", "1")]
    monkeypatch.setattr(quality_page, "STALE_S", 0)            # a minute later
    window.select("claims")
    window.select("quality")
    assert page.busy()
    settled(qtbot, page)
    assert [(row[0], row[2]) for row in shown_rows(page)] == [("F101", "3"), ("F202", "1")]
    assert page.summary.text() == "4 claims · 2,109.00 claimed"          # E: 98.50
    assert [(i.key, i.value) for i in page.trend.items][-1] == ("2026-10", 593.5)
