"""Fixtures for tests that drive the application shell (import them into a test module).

Messages are headless (tests read ``messages.shown``), the application has its real look, and
every window a test opened is closed afterwards, with background work finished first.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from partsdesk.settings import LocalSettings
from partsdesk.ui import app, messages, operations, sounds


@pytest.fixture(autouse=True)
def headless_ui(qapp):
    app.prepare(qapp)
    messages.headless = True
    messages.shown.clear()
    messages.answers.clear()
    yield
    messages.headless = False


@pytest.fixture(autouse=True)
def quiet_sounds():
    """No sounds on the scanning pages; ``sounds.played`` records what would have played."""
    sounds.enabled = False
    sounds.played.clear()
    yield
    sounds.enabled = True


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
    from PySide6.QtCore import Qt
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key_Return)


@pytest.fixture
def start_shell(qtbot, db_path):
    """``start_shell(last_page="users")`` -> a started Shell on the test database."""
    shells = []

    def start(database: str = db_path, last_page: str | None = None, language: str = "en"):
        if last_page:
            settings = LocalSettings.load()
            settings.extra["last_page"] = last_page
            settings.save()
        shell = app.Shell(database=database, language=language)
        shells.append(shell)
        shell.start()
        return shell

    yield start
    qtbot.waitUntil(lambda: not operations.running(), timeout=10_000)
    for shell in shells:
        if shell.window is not None:
            shell.window.replace()
        if shell.dialog is not None:
            shell.dialog.close()
    for widget in QApplication.topLevelWidgets():
        widget.close()
    QApplication.processEvents()


def log_in(qtbot, shell, username: str, password: str):
    """Type into the real log-in dialog and press Enter; returns the main window."""
    from PySide6.QtCore import Qt
    dialog = shell.dialog
    dialog.ui.username.clear()
    qtbot.keyClicks(dialog.ui.username, username)
    qtbot.keyClicks(dialog.ui.password, password)
    qtbot.keyClick(dialog.ui.password, Qt.Key_Return)
    qtbot.waitUntil(lambda: shell.window is not None and shell.window.isVisible())
    return shell.window
