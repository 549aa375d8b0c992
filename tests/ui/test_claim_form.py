"""The claim form as the warranty office types into it: dates written the way people write them,
every problem shown at once beside its field, and a form that fits a scaled laptop screen."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QTableView

from partsdesk.db.models.claims import Claim
from partsdesk.services import claim_states
from partsdesk.ui.claims.form import ClaimForm
from tests.factories import FILTER, VIN
from tests.ui.helpers import activate, enter, show, type_chinese


def new_form(qtbot, user, size=(1180, 760)) -> ClaimForm:
    form = show(qtbot, ClaimForm(user), size)
    activate(qtbot, form)
    return form


def leave(qtbot, field) -> None:
    """Tab out of the field, as a user moves on to the next one."""
    qtbot.keyClick(field, Qt.Key_Tab)


# --- dates ----------------------------------------------------------------------------------

def test_dates_are_typed_in_iso_and_in_the_chinese_form(qtbot, office):
    form = new_form(qtbot, office["wa"])
    assert form.production_date.text() == "" and form.warranty_start.text() == ""
    assert form.production_date.placeholderText() == "e.g. 2025-03-01"   # empty, not a date
    form.production_date.setFocus()
    qtbot.keyClicks(form.production_date, "2025-03-01")
    assert form.production_date.text() == "2025-03-01"
    leave(qtbot, form.production_date)
    form.warranty_start.setFocus()
    type_chinese(form.warranty_start, "2025年4月15日")       # through the input method
    leave(qtbot, form.warranty_start)
    assert form.warranty_start.text() == "2025-04-15"       # shown as ISO once left
    form.repair_date.setFocus()
    qtbot.keyClick(form.repair_date, Qt.Key_A, Qt.ControlModifier)
    yesterday = date.today() - timedelta(days=1)
    qtbot.keyClicks(form.repair_date, f"{yesterday.year}/{yesterday.month}/{yesterday.day}")
    leave(qtbot, form.repair_date)
    assert form.repair_date.text() == yesterday.isoformat()
    qtbot.keyClicks(form.vin, VIN)
    qtbot.keyClicks(form.model.lineEdit(), "SED20")
    qtbot.keyClicks(form.mileage, "8000")
    qtbot.keyClick(form, Qt.Key_S, Qt.ControlModifier)
    claim = Claim.get()
    assert (claim.production_date, claim.warranty_start, claim.repair_date) == (
        date(2025, 3, 1), date(2025, 4, 15), yesterday)


def test_a_date_that_is_not_a_date_is_marked_at_its_field(qtbot, office):
    form = new_form(qtbot, office["wa"])
    form.production_date.setFocus()
    qtbot.keyClicks(form.production_date, "2025-02-30")
    leave(qtbot, form.production_date)
    assert form.production_date.text() == "2025-02-30"      # kept as typed, to be corrected
    assert form.production_date.property("invalid")
    qtbot.keyClicks(form.vin, VIN)
    qtbot.keyClicks(form.mileage, "8000")
    qtbot.keyClick(form, Qt.Key_S, Qt.ControlModifier)
    assert form.errors.text("production_date") == (
        "\"2025-02-30\" is not a date. Type it as 2025-03-01 or 2025年3月1日, or pick it from "
        "the calendar.")
    assert form.production_date.hasFocus() and not Claim.select().exists()


def days_of(calendar) -> QTableView:
    """The grid of days inside the calendar: where its keys go."""
    return calendar.findChild(QTableView)


# The offscreen test platform cannot raise a popup or grab the keyboard for it; it says so.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_the_calendar_opens_at_a_sensible_month_wholly_on_the_screen(qtbot, office):
    form = new_form(qtbot, office["wa"])
    form.repair_date.setFocus()
    qtbot.keyClick(form.repair_date, Qt.Key_A, Qt.ControlModifier)
    type_chinese(form.repair_date, "2025年6月20日")
    leave(qtbot, form.repair_date)
    field = form.production_date                # empty: opens at the repair date's month
    qtbot.mouseClick(field.calendar_button, Qt.LeftButton)
    popup, calendar = field.popup, field.popup.calendar
    qtbot.waitUntil(popup.isVisible)
    assert (calendar.yearShown(), calendar.monthShown()) == (2025, 6)
    screen = field.screen().availableGeometry()
    assert screen.contains(popup.frameGeometry())
    assert popup.width() >= calendar.sizeHint().width()     # not clipped
    assert popup.height() >= calendar.sizeHint().height()
    qtbot.keyClick(days_of(calendar), Qt.Key_Return)        # takes the day shown
    assert not popup.isVisible() and field.value() == date(2025, 6, 20)
    qtbot.keyClick(field, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(field, "2019-11-05")
    qtbot.keyClick(field, Qt.Key_Down, Qt.AltModifier)     # its own value's month
    qtbot.waitUntil(popup.isVisible)
    assert (calendar.yearShown(), calendar.monthShown()) == (2019, 11)
    qtbot.keyClick(days_of(calendar), Qt.Key_Escape)
    assert not popup.isVisible() and field.value() == date(2019, 11, 5)
    form.warranty_start.setFocus()              # empty, after a production date: opens there
    qtbot.keyClick(form.warranty_start, Qt.Key_F4)
    qtbot.waitUntil(form.warranty_start.popup.isVisible)
    shown = form.warranty_start.popup.calendar
    assert (shown.yearShown(), shown.monthShown()) == (2019, 11)
    qtbot.keyClick(days_of(shown), Qt.Key_Escape)


# --- every problem at once ------------------------------------------------------------------

def test_saving_shows_every_problem_beside_its_field_and_focuses_the_first(qtbot, office):
    form = new_form(qtbot, office["wa"])
    form.repair_date.setFocus()
    qtbot.keyClick(form.repair_date, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(form.repair_date, (date.today() + timedelta(days=9)).isoformat())
    qtbot.keyClicks(form.fault.lineEdit(), "F999")
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    assert not Claim.select().exists()
    assert form.errors.text("vin") == "Enter the VIN (17 characters)."
    assert form.errors.text("repair_date") == (
        f"The repair date {date.today() + timedelta(days=9)} is in the future.")
    assert form.errors.text("mileage") == "Enter the mileage in kilometres."
    assert form.errors.text("fault_code").startswith("Code F999 is not in the code table")
    assert form.vin.hasFocus() and form.vin.property("invalid")
    assert form.mileage.property("invalid")
    qtbot.keyClicks(form.vin, VIN[:12])
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    assert form.errors.text("vin") == f"The VIN {VIN[:12]} has 12 characters; enter all 17."


def test_submitting_shows_also_what_only_submitting_needs(qtbot, office):
    form = new_form(qtbot, office["wa"])
    qtbot.keyClicks(form.vin, VIN)
    qtbot.keyClicks(form.mileage, "8000")
    messages_before = list(form.errors.fields)
    qtbot.mouseClick(form.submit_button, Qt.LeftButton)
    claim = Claim.get()
    assert claim.state == claim_states.DRAFT                       # saved, not submitted
    assert form.errors.text("model") == "Choose the vehicle's model."
    assert form.errors.text("fault_code") == "Choose a fault code."
    assert form.errors.text("labour") == "Add at least one labour or part line."
    assert form.model.hasFocus() and form.isVisible() and messages_before


def test_a_part_line_needs_its_replacement_reason_and_a_returned_part_its_batch(qtbot, office):
    form = new_form(qtbot, office["wa"])
    enter(qtbot, form.part_no, FILTER)              # the filter must be returned
    assert form.parts == []
    assert form.errors.text("parts") == (
        f"Part {FILTER}: enter the replacement reason (what failed and why the part was "
        f"replaced).\nPart {FILTER} must be returned: enter the production batch of the failed "
        "part.")
    assert form.replacement_reason.hasFocus()
    assert form.replacement_reason.property("invalid") and form.failed_batch.property("invalid")
    qtbot.keyClicks(form.replacement_reason, "Seal leaking")
    qtbot.keyClick(form.replacement_reason, Qt.Key_Return)
    assert form.errors.text("parts") == (f"Part {FILTER} must be returned: enter the production "
                                         "batch of the failed part.")
    assert form.failed_batch.hasFocus()
    enter(qtbot, form.failed_batch, "B2311")
    assert [(p.part_no, p.replacement_reason, p.failed_batch) for p in form.parts] == [
        (FILTER, "Seal leaking", "B2311")]
    assert form.errors.text("parts") == ""


# --- the form on a small or scaled screen ----------------------------------------------------

def test_the_form_scrolls_and_keeps_its_buttons_in_view_on_a_small_screen(qtbot, office):
    form = new_form(qtbot, office["wa"], size=(900, 500))      # 1366 × 768 at 150 %
    inside = QRect(QPoint(0, 0), form.size())
    for button in (form.close_button, form.save_button, form.submit_button):
        corner = button.mapTo(form, QPoint(0, 0))
        assert inside.contains(QRect(corner, button.size())), button.text()
    assert form.scroll.verticalScrollBar().maximum() > 0      # the fields scroll instead
    qtbot.mouseClick(form.submit_button, Qt.LeftButton)      # the first problem is scrolled to
    assert form.vin.hasFocus()
    assert form.vin.visibleRegion().boundingRect().height() == form.vin.height()
