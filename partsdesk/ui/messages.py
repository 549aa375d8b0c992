"""The one way the UI talks to the user: info, warning, error, question, and what it asks for
(a reason, a choice among several, a file to open or to save). ``attempt`` runs an action and
turns the services' refusal into the message; ``report`` shows any exception.

Tests switch it to headless: what a user would have seen is recorded in ``shown``, and each
prompt takes its answer from ``answers`` instead of a dialog (first in first out: ``True`` or
``False`` for a question, a text for a reason, an option's key for a choice, a path for a file,
``None`` for Cancel).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QInputDialog, QLabel,
                               QLineEdit, QMessageBox, QVBoxLayout, QWidget)

from partsdesk.i18n import Translator
from partsdesk.ui import style

tr = Translator("Messages")


@dataclass
class Shown:
    """What a user saw: ``level`` is info, warning, error, question, or what was asked for
    (reason, refused — a refusal shown inside the reason prompt —, open_file, save_file)."""
    level: str
    text: str
    detail: str = ""


headless = False
shown: list[Shown] = []
answers: list[Any] = []         # headless answers to the prompts, first in first out


def _show(level: str, parent: QWidget | None, text: str, detail: str = "") -> None:
    shown.append(Shown(level, text, detail))
    if headless:
        return
    title = {"info": tr("PartsDesk"), "warning": tr("Please check"),
             "error": tr("Something went wrong")}[level]
    box = QMessageBox(QMessageBox.NoIcon, title, text, QMessageBox.Ok, parent)
    box.setIconPixmap(style.message_pixmap(level))
    box.setTextFormat(Qt.PlainText)     # messages quote what users typed: never markup
    if detail:
        box.setDetailedText(detail)
    box.exec()


def info(parent: QWidget | None, text: str, detail: str = "") -> None:
    _show("info", parent, text, detail)


def warning(parent: QWidget | None, text: str, detail: str = "") -> None:
    _show("warning", parent, text, detail)


def error(parent: QWidget | None, text: str, detail: str = "") -> None:
    _show("error", parent, text, detail)


def _answer(prompt: str, fits: Callable[[Any], bool], default: Any = None) -> Any:
    """The next headless answer, or ``default`` when none is queued. An answer meant for
    another kind of prompt fails loudly: the test queued its answers in the wrong order."""
    if not answers:
        return default
    answer = answers.pop(0)
    if not fits(answer):
        raise TypeError(f"the {prompt} was answered with {answer!r}")
    return answer


def question(parent: QWidget | None, text: str, default_yes: bool = False) -> bool:
    shown.append(Shown("question", text))
    if headless:
        return _answer("question", lambda a: isinstance(a, bool), default_yes)
    box = QMessageBox(QMessageBox.NoIcon, tr("Please confirm"), text,
                      QMessageBox.Yes | QMessageBox.No, parent)
    box.setIconPixmap(style.message_pixmap("question"))
    box.setTextFormat(Qt.PlainText)
    box.setDefaultButton(QMessageBox.Yes if default_yes else QMessageBox.No)
    return box.exec() == QMessageBox.Yes


def choose(parent: QWidget | None, title: str, text: str, options: dict[str, str], *,
           hint: str = "", level: str = "question", cancel: str | None = None) -> str | None:
    """One of several ways on: the key of the option the user clicked, None if none was.

    ``options`` maps keys to button labels, the first being the default; ``cancel`` is the key
    Esc means; ``hint`` the line under ``text``; ``level`` the symbol shown. Headless, the
    question is recorded with the labels as its detail.
    """
    shown.append(Shown(level, text, " | ".join(options.values())))
    if headless:
        return _answer("choice", lambda a: a is None or a in options)
    box = QMessageBox(QMessageBox.NoIcon, title, text, QMessageBox.NoButton, parent)
    box.setIconPixmap(style.message_pixmap(level))
    box.setTextFormat(Qt.PlainText)
    if hint:
        box.setInformativeText(hint)
    buttons = {}
    for key, label in options.items():
        role = QMessageBox.RejectRole if key == cancel else QMessageBox.AcceptRole
        buttons[box.addButton(label, role)] = key
    box.setDefaultButton(next(iter(buttons)))
    box.exec()
    return buttons.get(box.clickedButton())


def reason(parent: QWidget | None, title: str, text: str, *, button: str = "",
           act: Callable[[str], Any] | None = None) -> str | None:
    """The reason (or comment) the user typed, or None for Cancel.

    Without ``act`` the prompt is the platform's text input and the caller hands the text to
    its service. With ``act`` the prompt calls ``act(text)`` itself and stays open showing the
    service's refusal, so the user can correct the text; ``button`` names its OK button. Headless,
    a refusal is recorded as "refused" and the next queued answer is tried.
    """
    from partsdesk.services.errors import PartsDeskError
    shown.append(Shown("reason", text, title))
    if not headless:
        if act is None:
            typed, ok = QInputDialog.getText(parent, title, text)
            return typed if ok else None
        dialog = ReasonDialog(title, text, button, act, parent)
        typed = dialog.text.text() if dialog.exec() == QDialog.Accepted else None
        dialog.deleteLater()
        return typed
    while True:
        typed = _answer("reason prompt", lambda a: a is None or isinstance(a, str))
        if typed is None or act is None:
            return typed
        try:
            act(typed)
        except PartsDeskError as exc:
            shown.append(Shown("refused", str(exc), title))
            continue
        return typed


class ReasonDialog(QDialog):
    """The prompt of ``reason(…, act=…)``: ``act(text)`` calls the service when the user
    confirms; its refusal is shown in the dialog, which stays open. Enter confirms, Esc closes.
    """

    def __init__(self, title: str, prompt: str, button: str, act, parent=None):
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModal)
        self.act = act
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.text = QLineEdit()
        self.text.setMaxLength(300)
        self.text.setMinimumWidth(420)
        self.error = style.error_line()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.Ok)
        if button:
            self.ok_button.setText(button)
        buttons.button(QDialogButtonBox.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.text)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.text.setFocus()

    def accept(self) -> None:
        from partsdesk.services.errors import PartsDeskError
        try:
            self.act(self.text.text())
        except PartsDeskError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()


def _path(answer: Any) -> bool:
    return answer is None or isinstance(answer, (str, Path))


def open_file(parent: QWidget | None, title: str, filters: str,
              folder: str | Path = "") -> str | None:
    """The file the user chose to open (starting in ``folder``), or None for Cancel. The path
    is kept as the dialog gives it, since messages quote it."""
    shown.append(Shown("open_file", title, filters))
    if headless:
        answer = _answer("file dialog", _path)
        return None if answer is None else str(answer)
    path, _ = QFileDialog.getOpenFileName(parent, title, str(folder), filters)
    return path or None


def save_file(parent: QWidget | None, title: str, suggested: str | Path, filters: str, *,
              confirm_overwrite: bool = True) -> str | None:
    """Where the user chose to save (``suggested`` offered first), or None for Cancel.
    ``confirm_overwrite=False``: choosing an existing file is not questioned (a database the
    caller opens rather than replaces)."""
    shown.append(Shown("save_file", title, str(suggested)))
    if headless:
        answer = _answer("file dialog", _path)
        return None if answer is None else str(answer)
    if confirm_overwrite:
        path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    else:
        path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters,
                                              options=QFileDialog.DontConfirmOverwrite)
    return path or None


def explain(exc: BaseException) -> tuple[str, str]:
    """A message a user understands, and technical detail for support, for any exception."""
    from partsdesk.db.connection import DatabaseUnavailable
    from partsdesk.services.errors import ImportRejected, PartsDeskError
    if isinstance(exc, ImportRejected):
        return str(exc), "\n".join(str(p) for p in exc.problems)
    if isinstance(exc, (PartsDeskError, DatabaseUnavailable)):
        return str(exc), ""
    if isinstance(exc, OSError):
        return tr("Cannot use the file: {detail}", detail=exc.strerror or exc), ""
    import traceback
    detail = "".join(traceback.format_exception(exc))
    text = tr("PartsDesk could not finish this action ({kind}). Nothing was changed. If it "
              "happens again, send the details to your administrator.", kind=type(exc).__name__)
    return text, detail


def report(parent: QWidget | None, exc: BaseException) -> None:
    text, detail = explain(exc)
    error(parent, text, detail)


def refusals() -> tuple[type[BaseException], ...]:
    """What an action may meet that a user can act on: a service's refusal, a database that
    cannot be reached, a file that cannot be used."""
    from partsdesk.db.connection import DatabaseUnavailable
    from partsdesk.services.errors import PartsDeskError
    return PartsDeskError, DatabaseUnavailable, OSError


class attempt:
    """Runs a synchronous action; a refusal (see ``refusals``) becomes the message and is not
    raised further, and ``failed`` says it happened. Anything else is a fault and goes on up.

        with messages.attempt(self) as tried:
            counting.cancel(self.user, number, reason)
        if tried.failed:
            return False

    ``level="warning"`` shows a refusal as a warning rather than an error.
    """

    def __init__(self, parent: QWidget | None, *, level: str = "error"):
        self.parent = parent
        self.level = level
        self.failed = False

    def __enter__(self) -> "attempt":
        return self

    def __exit__(self, kind, exc, traceback) -> bool:
        if exc is None or not isinstance(exc, refusals()):
            return False
        self.failed = True
        _show(self.level, self.parent, *explain(exc))
        return True
