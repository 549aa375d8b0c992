"""What a user does to a window in a test: show a page, scan a code, log in."""

from __future__ import annotations

from PySide6.QtCore import Qt


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
