"""How the UI talks to the user: headless, each prompt takes its answer from ``messages.answers``
and is recorded in ``messages.shown``; for real, the prompts are Qt's own dialogs."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLineEdit, QMessageBox

from partsdesk.services.errors import ValidationError
from partsdesk.ui import messages
from partsdesk.ui.messages import Shown


def refuse_blank(text: str) -> None:
    if not text.strip():
        raise ValidationError("Give the reason.")


def test_headless_prompts_take_their_answers_in_order_and_record_what_was_asked():
    messages.answers.extend([True, "Counted twice", "other", "C:/data/parts.xlsx", None])
    assert messages.question(None, "Post the count?")
    assert messages.reason(None, "Cancel stock count", "Why is it cancelled?") == "Counted twice"
    assert messages.choose(None, "Cannot open", "The file is damaged.",
                           {"other": "Open another…", "quit": "Quit"}, level="error") == "other"
    assert messages.open_file(None, "Import from Excel", "Excel (*.xlsx)") == "C:/data/parts.xlsx"
    assert messages.save_file(None, "Export to Excel", "parts.xlsx", "Excel (*.xlsx)") is None
    assert messages.shown == [
        Shown("question", "Post the count?"),
        Shown("reason", "Why is it cancelled?", "Cancel stock count"),
        Shown("error", "The file is damaged.", "Open another… | Quit"),
        Shown("open_file", "Import from Excel", "Excel (*.xlsx)"),
        Shown("save_file", "Export to Excel", "parts.xlsx")]


def test_headless_prompts_without_an_answer_are_cancelled_and_questions_take_the_default():
    assert messages.reason(None, "Reopen receipt", "Why?") is None
    assert messages.choose(None, "Cannot open", "Damaged.", {"retry": "Try again"}) is None
    assert messages.open_file(None, "Open", "*") is None
    assert messages.question(None, "Submit?", default_yes=True)


def test_an_answer_queued_for_another_prompt_fails_the_test_loudly():
    messages.answers.append("a reason")
    with pytest.raises(TypeError, match="question was answered with 'a reason'"):
        messages.question(None, "Post the count?")
    messages.answers.append("restore")
    with pytest.raises(TypeError, match="choice"):
        messages.choose(None, "Cannot open", "Damaged.", {"retry": "Try again"})


def test_a_reason_the_service_refuses_is_shown_and_the_next_answer_tried():
    acted = []

    def act(text: str) -> None:
        refuse_blank(text)
        acted.append(text)
    messages.answers.extend(["  ", "Customer withdrew the claim"])
    assert messages.reason(None, "Cancel claim", "Why?", act=act) == "Customer withdrew the claim"
    assert acted == ["Customer withdrew the claim"]
    assert messages.shown == [Shown("reason", "Why?", "Cancel claim"),
                              Shown("refused", "Give the reason.", "Cancel claim")]
    messages.answers.append("")
    assert messages.reason(None, "Cancel claim", "Why?", act=act) is None    # then Cancel


def when_modal(qtbot, kind, handle) -> None:
    """Once a modal dialog of ``kind`` is up, ``handle(dialog)`` answers it."""
    def look():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, look)
            return
        handle(dialog)
    QTimer.singleShot(0, look)


@pytest.fixture
def real():
    messages.headless = False
    yield
    messages.headless = True


def test_the_real_reason_prompt_is_the_text_input_dialog(qtbot, real):
    def answer(dialog):
        field = dialog.findChild(QLineEdit)
        qtbot.keyClicks(field, "Put into the wrong bin")
        qtbot.keyClick(field, Qt.Key_Return)
    when_modal(qtbot, QInputDialog, answer)
    assert messages.reason(None, "Reverse move", "Why is move #7 reversed?") == (
        "Put into the wrong bin")


def test_the_real_reason_prompt_with_a_service_stays_open_on_its_refusal(qtbot, real):
    seen = []

    def answer(dialog):
        assert dialog.windowTitle() == "Reject claim W-1" and dialog.ok_button.text() == "Reject"
        qtbot.keyClick(dialog.text, Qt.Key_Return)
        seen.append((dialog.isVisible(), dialog.error.text()))
        qtbot.keyClicks(dialog.text, "Normal wear")
        qtbot.keyClick(dialog.text, Qt.Key_Return)
    when_modal(qtbot, messages.ReasonDialog, answer)
    assert messages.reason(None, "Reject claim W-1", "Why is it rejected?", button="Reject",
                           act=refuse_blank) == "Normal wear"
    assert seen == [(True, "Give the reason.")]


def test_the_real_choice_is_a_message_box_with_a_button_for_each_option(qtbot, real):
    def answer(box):
        assert box.informativeText() == "What would you like to do?"
        assert [b.text() for b in box.buttons()] == ["Try again", "Quit"]
        box.buttons()[1].click()
    when_modal(qtbot, QMessageBox, answer)
    assert messages.choose(None, "Cannot open", "Damaged.",
                           {"retry": "Try again", "quit": "Quit"},
                           hint="What would you like to do?", cancel="quit") == "quit"


def test_the_real_file_prompts_are_the_file_dialogs(qtbot, real, tmp_path):
    existing = tmp_path / "parts.xlsx"
    existing.write_bytes(b"")

    def choose_file(dialog):
        field = dialog.findChild(QLineEdit, "fileNameEdit")
        field.setText(str(existing))
        qtbot.keyClick(field, Qt.Key_Return)
    when_modal(qtbot, QFileDialog, choose_file)
    assert Path(messages.open_file(None, "Import", "Excel (*.xlsx)", tmp_path)) == existing

    def cancel(dialog):
        dialog.reject()
    when_modal(qtbot, QFileDialog, cancel)
    assert messages.save_file(None, "Export", tmp_path / "new.xlsx", "Excel (*.xlsx)") is None
    assert [m.level for m in messages.shown] == ["open_file", "save_file"]


def test_an_attempt_turns_a_refusal_into_its_message_and_says_it_failed():
    from partsdesk.db.connection import DatabaseUnavailable
    with messages.attempt(None) as tried:
        raise ValidationError("Say why the count is cancelled.")
    assert tried.failed
    with messages.attempt(None, level="warning") as tried:
        raise DatabaseUnavailable("The database server does not answer.")
    with messages.attempt(None) as tried:
        raise PermissionError(13, "Permission denied")
    with messages.attempt(None) as tried:
        done = "posted"
    assert not tried.failed and done == "posted"
    assert messages.shown == [Shown("error", "Say why the count is cancelled."),
                              Shown("warning", "The database server does not answer."),
                              Shown("error", "Cannot use the file: Permission denied")]


def test_an_attempt_lets_a_fault_go_on_up():
    with pytest.raises(KeyError):
        with messages.attempt(None):
            raise KeyError("bug")
    assert messages.shown == []
