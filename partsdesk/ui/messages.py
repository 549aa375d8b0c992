"""The one way the UI talks to the user: info, warning, error, question.

Tests switch it to headless and read what a user would have seen from ``shown``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from partsdesk.i18n import Translator
from partsdesk.ui import style

tr = Translator("Messages")


@dataclass
class Shown:
    level: str
    text: str
    detail: str = ""


headless = False
shown: list[Shown] = []
answers: list[bool] = []        # headless answers to question(), first in first out


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


def question(parent: QWidget | None, text: str, default_yes: bool = False) -> bool:
    shown.append(Shown("question", text))
    if headless:
        return answers.pop(0) if answers else default_yes
    box = QMessageBox(QMessageBox.NoIcon, tr("Please confirm"), text,
                      QMessageBox.Yes | QMessageBox.No, parent)
    box.setIconPixmap(style.message_pixmap("question"))
    box.setTextFormat(Qt.PlainText)
    box.setDefaultButton(QMessageBox.Yes if default_yes else QMessageBox.No)
    return box.exec() == QMessageBox.Yes


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
