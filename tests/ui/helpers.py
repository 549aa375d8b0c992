"""What a user does to a window in a test: show a page, scan a code, type, log in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication


def show_page(qtbot, page, width: int, height: int, *, active: bool = True):
    """``page`` shown as a window of that size; ``active``: once it has the keyboard, as a
    scanner needs."""
    qtbot.addWidget(page)
    page.resize(width, height)
    page.show()
    if active:
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow)
    return page


def scan(qtbot, field, code: str) -> None:
    """What a USB scanner does: types the code and presses Enter."""
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key_Return)


def log_in(qtbot, shell, username: str, password: str):
    """Type into the real log-in dialog and press Enter; returns the main window."""
    dialog = shell.dialog
    dialog.ui.username.clear()
    qtbot.keyClicks(dialog.ui.username, username)
    qtbot.keyClicks(dialog.ui.password, password)
    qtbot.keyClick(dialog.ui.password, Qt.Key_Return)
    qtbot.waitUntil(lambda: shell.window is not None and shell.window.isVisible())
    return shell.window


def show(qtbot, widget, size=(1180, 760)):
    """``widget`` shown as a window of that size (not made active: see ``activate``)."""
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    return widget


def activate(qtbot, window) -> None:
    """Shortcuts work in the active window only."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def enter(qtbot, widget, text: str) -> None:
    """Type the text and press Enter."""
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key_Return)


def type_chinese(field, text: str) -> None:
    """Chinese arrives through the input method, not as key presses."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(field, event)
