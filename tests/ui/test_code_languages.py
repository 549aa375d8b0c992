"""Code tables in the reader's language at the screen: the code page shows and edits both
descriptions, and the claim form offers each code in the reader's language (the rules:
tests/services/test_code_languages.py)."""

from PySide6.QtCore import Qt

from partsdesk import i18n
from partsdesk.services import codes
from partsdesk.services.codes import CodeData
from partsdesk.ui.claims.form import ClaimForm
from partsdesk.ui.pages.codes import CodesPage
from partsdesk.ui.widgets import rows_of
from tests.factories import make_codes, make_user
from tests.ui.helpers import show, type_chinese

BACKENDS = ("sqlite", "postgres")


def _click_row(qtbot, table, row: int) -> None:
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=rect.center())


def test_the_code_page_shows_and_edits_both_descriptions(qtbot, admin):
    make_codes(admin)
    page = show(qtbot, CodesPage(admin))
    headers = [page.table.horizontalHeaderItem(i).text() for i in range(3)]
    assert headers == ["Code", "English description", "Chinese description"]
    assert rows_of(page.table)[0][:3] == ["01-010", "", "更换机油滤清器"]
    _click_row(qtbot, page.table, 0)
    qtbot.mouseClick(page.edit_button, Qt.LeftButton)
    dialog = page.dialog
    assert dialog.description_zh.text() == "更换机油滤清器"
    qtbot.keyClicks(dialog.description, "Replace oil filter")
    qtbot.keyClick(dialog.description, Qt.Key_Return)
    assert not dialog.isVisible()
    assert rows_of(page.table)[0][:3] == ["01-010", "Replace oil filter", "更换机油滤清器"]
    # a new code with its Chinese description only
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.code, "03-300")
    qtbot.keyClicks(dialog.hours, "2.4")
    qtbot.keyClick(dialog.hours, Qt.Key_Return)
    assert dialog.isVisible()                       # neither description: refused at it
    assert "give it in English, in Chinese or both" in dialog.errors.text("description")
    dialog.description_zh.setFocus()
    type_chinese(dialog.description_zh, "更换水泵")
    qtbot.keyClick(dialog.description_zh, Qt.Key_Return)
    assert not dialog.isVisible()
    operation = codes.get_code("labour_operations", "03-300")
    assert (operation.description, operation.description_zh) == ("", "更换水泵")


def test_the_claim_form_offers_codes_in_the_readers_language(qtbot, admin):
    make_codes(admin)
    codes.save_code(admin, "fault_codes", CodeData("F101", "Oil leak", description_zh="漏油"))
    wa = make_user(admin, "wa", "warranty_admin")
    i18n.set_language("zh_CN")
    form = show(qtbot, ClaimForm(wa))
    items = [form.fault.itemText(i) for i in range(form.fault.count())]
    assert "F101 · 漏油" in items and "F202 · Brake noise" in items   # no Chinese: English
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    form.fault.setFocus()
    qtbot.keyClicks(form.fault.lineEdit(), "F10")         # typing a code completes it in place
    assert form.fault.lineEdit().text() == "F101 · 漏油" and form.fault.code() == "F101"
    i18n.set_language("en")
    english = show(qtbot, ClaimForm(wa))
    assert "F101 · Oil leak" in [english.fault.itemText(i) for i in range(english.fault.count())]
