"""Every test here drives the application's windows: messages are headless (tests read
``messages.shown``), no sound plays (``sounds.played`` records them), the application has its real
look (``headless_ui`` and ``quiet_sounds`` in tests/conftest.py), and every window a test opened is
closed afterwards, with background work finished first. Helpers: tests/ui/helpers.py."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from partsdesk.services import stock
from partsdesk.settings import LocalSettings
from partsdesk.ui import app, operations
from tests.factories import FILTER, HEADLAMP, make_codes, make_location, make_part, make_user


@pytest.fixture(autouse=True)
def headless_and_quiet(headless_ui, quiet_sounds):
    yield


@pytest.fixture
def office(admin):
    """Code tables, two parts in bin A-01-01, and the people of the claim loop."""
    make_codes(admin)
    clerk = make_user(admin, "pc", "parts_clerk", "Li Wei")
    make_part(clerk, FILTER, name="Oil filter", unit_price="38.50", must_return=True,
              aliases=["6901234567892"])
    make_part(clerk, HEADLAMP, name="Headlamp assembly, left", unit_price="1250.00")
    make_location(clerk, "A-01-01")
    stock.move(clerk, FILTER, 10, None, "A-01-01", "receipt", "RC-TEST")
    stock.move(clerk, HEADLAMP, 4, None, "A-01-01", "receipt", "RC-TEST")
    return {"wa": make_user(admin, "wa", "warranty_admin", "Zhang Min"),
            "wa2": make_user(admin, "wa2", "warranty_admin", "Sun Li"),
            "sup": make_user(admin, "sup", "supervisor", "Liu Yang"), "clerk": clerk,
            "admin": admin}


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
