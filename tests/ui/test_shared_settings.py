"""The settings shared by every PC: the administrator changes them on their page, every workflow
uses them at once, other roles only look, and bad values are refused at their field."""

import io
import random
from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from partsdesk.db.models import AuditEvent
from partsdesk.documents import voucher
from partsdesk.services import approvals, claims, counting, returns, shared_settings, vouchers
from partsdesk import demo
from partsdesk.services.claims import PartLineData
from partsdesk.services.errors import PermissionDenied, ValidationError
from partsdesk.ui import messages
from partsdesk.ui.pages import pages_for
from partsdesk.ui.shared_settings import SharedSettingsPage
from tests.factories import FILTER, make_claim, make_issued_claim

DEALER = "上海浦东宏达汽车销售服务有限公司"


def open_page(qtbot, user) -> SharedSettingsPage:
    page = SharedSettingsPage(user)
    qtbot.addWidget(page)
    page.resize(900, 1000)
    page.show()
    return page


def type_into(qtbot, page, field: str, text: str) -> None:
    """Select all and type, as a user does; Chinese arrives whole, as from an input method."""
    widget = page.inputs[field]
    widget.setFocus()
    widget.selectAll()
    if text.isascii():
        qtbot.keyClicks(widget, text) if text else widget.del_()
    else:
        widget.insert(text)


def pdf_text(data: bytes) -> str:
    return "".join("".join(page.extract_text().split()) for page in
                   PdfReader(io.BytesIO(data)).pages)


def test_the_page_shows_the_defaults_of_a_new_database(qtbot, desk):
    page = open_page(qtbot, desk["admin"])
    assert page.inputs["approval_limit_1"].text() == "2000.00"
    assert page.inputs["approval_limit_2"].text() == "10000.00"
    assert page.inputs["labour_rate"].text() == "120.00"
    assert page.inputs["repeat_days"].value() == 30
    assert page.inputs["retention_days"].value() == returns.retention_days()
    assert page.inputs["threshold"].text() == "500.00"
    assert page.inputs["dealer_name"].text() == ""


def test_a_lower_limit_sends_the_next_claim_to_a_supervisor_and_the_voucher_names_the_dealer(
        qtbot, desk):
    page = open_page(qtbot, desk["admin"])
    type_into(qtbot, page, "approval_limit_1", "50")
    type_into(qtbot, page, "dealer_name", DEALER)
    type_into(qtbot, page, "dealer_code", "SH-0217")
    qtbot.mouseClick(page.save_button, Qt.LeftButton)
    assert messages.shown[-1].text.startswith("Saved: Organisation and dealer, Claims.")
    assert claims.approval_limits() == (Decimal("50.00"), Decimal("10000.00"))
    assert vouchers.document_settings()["documents.dealer_name"] == DEALER

    again = open_page(qtbot, desk["admin"])            # kept in the database
    assert again.inputs["approval_limit_1"].text() == "50.00"
    assert again.inputs["dealer_name"].text() == DEALER

    claim = make_claim(desk["wa"], parts=[PartLineData(FILTER)])     # 60.00 labour + 38.50
    assert approvals.submit(desk["wa"], claim.number).tier == 2
    issued = make_issued_claim(desk, PartLineData(FILTER))
    data, _ = voucher.print_voucher(desk["wa"], issued.number, "zh_CN")
    assert DEALER in pdf_text(data) and "SH-0217" in pdf_text(data)


def test_each_changed_section_is_one_audited_change_and_an_unchanged_one_is_left_alone(
        qtbot, desk):
    page = open_page(qtbot, desk["admin"])
    page.inputs["retention_days"].setValue(45)
    type_into(qtbot, page, "threshold", "800")
    page.save()
    actions = [event.action for event in AuditEvent.select()]
    assert "settings.returns" in actions and "settings.stock_count" in actions
    assert "settings.claims" not in actions and "settings.documents" not in actions
    assert returns.retention_days() == 45
    assert counting.approval_threshold() == Decimal("800.00")
    page.save()
    assert messages.shown[-1].text == "Nothing was changed."


def test_supervisors_see_the_settings_read_only_and_clerks_not_at_all(qtbot, desk):
    page = open_page(qtbot, desk["sup"])
    assert page.inputs["approval_limit_1"].isReadOnly()
    assert page.inputs["repeat_days"].isReadOnly()
    assert page.save_button.isHidden()
    assert any("Only an administrator can change them." in label.text()
               for label in page.findChildren(QLabel))
    keys = {role: [spec.key for spec in pages_for(desk[role])] for role in desk}
    assert "shared_settings" in keys["admin"] and "shared_settings" in keys["sup"]
    assert "shared_settings" not in keys["clerk"] and "shared_settings" not in keys["wa"]


def test_the_services_refuse_a_change_by_anyone_but_the_administrator(desk):
    changed = shared_settings.current()
    changed.approval_limit_1 = "1.00"
    for who in ("sup", "wa", "clerk", "sc"):
        with pytest.raises(PermissionDenied):
            shared_settings.save(desk[who], changed)
    with pytest.raises(PermissionDenied):
        claims.configure(desk["sup"], approval_limits=("1", "2"))
    with pytest.raises(PermissionDenied):
        vouchers.configure_documents(desk["wa"], dealer_name="x")
    with pytest.raises(PermissionDenied):
        returns.configure(desk["sup"], days=3)
    with pytest.raises(PermissionDenied):
        counting.set_approval_threshold(desk["sup"], "1")
    assert claims.approval_limits() == (Decimal("2000.00"), Decimal("10000.00"))


@pytest.mark.parametrize("field, text, says", [
    ("labour_rate", "abc", "The labour rate must be an amount of 0 or more"),
    ("labour_rate", "", "Enter the labour rate."),
    ("approval_limit_1", "-5", "warranty administrator's approval limit must be an amount"),
    ("approval_limit_2", "1500", "must be above the warranty administrator's limit"),
    ("approval_limit_1", "0", "must be above the warranty administrator's limit"),
    ("threshold", "12.345", "count variance threshold must be an amount"),
])
def test_a_bad_value_is_refused_under_its_field_and_nothing_is_saved(qtbot, desk, field, text,
                                                                      says):
    page = open_page(qtbot, desk["admin"])
    type_into(qtbot, page, "dealer_name", DEALER)        # an earlier section: not saved either
    type_into(qtbot, page, field, text)
    page.save()
    assert says in page.errors.text(field)
    assert page.inputs[field].property("invalid") is True
    assert vouchers.document_settings()["documents.dealer_name"] == ""
    assert shared_settings.current().approval_limit_1 == "2000.00"
    type_into(qtbot, page, "approval_limit_1", "2000.00")
    type_into(qtbot, page, "approval_limit_2", "10000.00")
    type_into(qtbot, page, "labour_rate", "120")
    type_into(qtbot, page, "threshold", "500")
    page.save()
    assert page.errors.text(field) == ""
    assert vouchers.document_settings()["documents.dealer_name"] == DEALER


@pytest.mark.parametrize("days", [0, -1, "x", 3651])
def test_windows_of_days_are_whole_days_from_one(desk, days):
    with pytest.raises(ValidationError, match="repeat-claim window must be a whole number") as e:
        claims.configure(desk["admin"], repeat_days=days)
    assert e.value.field == "repeat_days"
    changed = shared_settings.current()
    changed.retention_days = str(days)
    with pytest.raises(ValidationError) as e:
        shared_settings.save(desk["admin"], changed)
    assert e.value.field == "retention_days"


def test_the_page_in_chinese(qtbot, desk, home):
    from partsdesk import i18n
    i18n.set_language("zh_CN")
    page = open_page(qtbot, desk["admin"])
    type_into(qtbot, page, "approval_limit_2", "100")
    page.save()
    assert page.errors.text("approval_limit_2") and "limit" not in page.errors.text(
        "approval_limit_2")
    assert page.save_button.text() == "保存"


def test_the_demo_prints_a_dealer_on_its_documents(desk):
    world = demo.DemoWorld("small", random.Random(1), lambda fraction: None)
    world.users["admin"] = desk["admin"]
    demo.add_shared_settings(world)
    printed = vouchers.document_settings()
    assert printed["documents.dealer_name"] == DEALER
    assert printed["documents.dealer_code"] == "SH-0217"
    assert printed["documents.organisation"] == "华东汽车服务网络"
