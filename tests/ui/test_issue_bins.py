"""Issuing a claim's part at the screen: the bins that hold it (never quarantine) are shown with
their quantities, the fullest is ready in the scan field for Enter, and a part that must go back
offers its defective-part tag for printing."""

import pytest
from PySide6.QtCore import Qt

from partsdesk.services import approvals, claim_states, returns, stock
from partsdesk.services.claims import PartLineData
from partsdesk.ui import messages
from partsdesk.ui.pages.claims import ClaimsPage
from partsdesk.ui.pdf_preview import PdfPreviewDialog
from tests.factories import FILTER, PADS, loop_vin, make_claim, make_location
from tests.ui.helpers import show_page


@pytest.fixture
def desk(desk):
    """The loop's people and parts (20 of each in A-01-01), and more of the filter in another
    bin, in the receiving area and in the defective store."""
    clerk = desk["clerk"]
    make_location(clerk, "B-02-01")
    make_location(clerk, "C-01-01")
    make_location(clerk, "RECV", "receiving")
    stock.move(clerk, FILTER, 25, None, "B-02-01", "receipt", "RC-TEST")
    stock.move(clerk, FILTER, 3, None, "C-01-01", "receipt", "RC-TEST")
    stock.move(clerk, FILTER, 40, None, "RECV", "receipt", "RC-TEST")
    stock.move(clerk, FILTER, 50, None, "DEF-01", "receipt", "RC-TEST")
    return desk


def approved(desk, *parts):
    claim = make_claim(desk["wa"], vin=loop_vin(1), parts=list(parts))
    approvals.submit(desk["wa"], claim.number)
    return approvals.approve(desk["sup"], claim.number)


def open_claim(qtbot, desk, number):
    page = show_page(qtbot, ClaimsPage(desk["clerk"]), 1180, 760)
    qtbot.keyClicks(page.search, number)
    qtbot.keyClick(page.search, Qt.Key_Return)
    view = page.view
    assert view.claim.number == number and view.issue_box.isVisible()
    return view


def scan(qtbot, view, code: str) -> None:
    qtbot.keyClicks(view.scan, code)
    qtbot.keyClick(view.scan, Qt.Key_Return)


def test_a_scanned_part_shows_the_bins_holding_it_and_enter_takes_the_fullest(qtbot, desk):
    claim = approved(desk, PartLineData(FILTER, "2"))
    view = open_claim(qtbot, desk, claim.number)
    messages.answers.append(False)                   # no tag print in this test
    scan(qtbot, view, FILTER)
    assert view.bins_label.isVisible()
    assert view.bins_label.text() == (f"Bins holding {FILTER}: B-02-01 (25), A-01-01 (20), "
                                      "C-01-01 (3)")          # not RECV, not DEF-01
    assert view.scan.text() == "B-02-01" and view.scan.selectedText() == "B-02-01"
    assert stock.on_hand(FILTER, "B-02-01") == 25             # nothing issued yet
    view.quantity.clear()
    qtbot.keyClicks(view.quantity, "2")
    qtbot.keyClick(view.scan, Qt.Key_Return)                  # Enter accepts the suggestion
    assert f"2 x {FILTER} issued from B-02-01" in view.issue_status.text()
    assert stock.on_hand(FILTER, "B-02-01") == 23
    assert stock.on_hand(FILTER, "RECV") == 40 and stock.on_hand(FILTER, "DEF-01") == 50
    assert claim_states.get_claim(claim.number).state == claim_states.PARTS_ISSUED


def test_another_bin_scanned_over_the_suggestion_is_taken_instead(qtbot, desk):
    claim = approved(desk, PartLineData(PADS, "1"))
    stock.move(desk["clerk"], PADS, 2, None, "C-01-01", "receipt", "RC-TEST")
    view = open_claim(qtbot, desk, claim.number)
    scan(qtbot, view, PADS)
    assert view.bins_label.text() == f"Bins holding {PADS}: A-01-01 (20), C-01-01 (2)"
    assert view.scan.text() == "A-01-01"
    scan(qtbot, view, "L:C-01-01")                  # the scanner types over the suggestion
    assert f"1 x {PADS} issued from C-01-01" in view.issue_status.text()
    assert stock.on_hand(PADS, "C-01-01") == 1 and stock.on_hand(PADS, "A-01-01") == 20
    assert not [m for m in messages.shown if m.level == "question"]   # no tag: pads stay


def test_a_part_in_no_bin_says_so_and_suggests_nothing(qtbot, desk):
    claim = approved(desk, PartLineData(FILTER, "1"))
    view = open_claim(qtbot, desk, claim.number)
    for bin_ in ("A-01-01", "B-02-01", "C-01-01"):      # all of it away to another claim
        stock.move(desk["clerk"], FILTER, stock.on_hand(FILTER, bin_), bin_, "RECV",
                   "transfer")
    scan(qtbot, view, FILTER)
    assert view.bins_label.text() == f"No bin holds {FILTER}."
    assert view.scan.text() == ""


def test_an_issue_that_makes_a_tag_offers_to_print_it(qtbot, desk):
    claim = approved(desk, PartLineData(FILTER, "1"), PartLineData(PADS, "1"))
    view = open_claim(qtbot, desk, claim.number)
    messages.answers.append(True)                    # "Print the tag now?" yes
    scan(qtbot, view, "L:A-01-01")
    scan(qtbot, view, FILTER)
    [tag] = returns.tags_of(claim)
    question = messages.shown[-1]
    assert question.level == "question"
    assert question.text == (f"The failed part must go back to the supplier under "
                             f"defective-part tag {tag.number}. Print the tag now?")
    dialog = view.dialog
    assert isinstance(dialog, PdfPreviewDialog) and dialog.isVisible()
    assert dialog.windowTitle() == f"Print tag {tag.number}"
    assert dialog.preview.page_count() == 1
    scan(qtbot, view, PADS)                          # the next part, the preview still open
    assert f"1 x {PADS} issued from A-01-01" in view.issue_status.text()
    assert messages.shown[-1] is question            # pads go back under no tag
    assert claim_states.get_claim(claim.number).state == claim_states.PARTS_ISSUED
    dialog.close()


def test_the_tag_print_can_be_declined(qtbot, desk):
    claim = approved(desk, PartLineData(FILTER, "1"))
    view = open_claim(qtbot, desk, claim.number)
    messages.answers.append(False)
    scan(qtbot, view, "L:A-01-01")
    scan(qtbot, view, FILTER)
    assert messages.shown[-1].level == "question"
    assert len(returns.tags_of(claim)) == 1
    assert not any(isinstance(w, PdfPreviewDialog) and w.isVisible()
                   for w in view.findChildren(PdfPreviewDialog))
