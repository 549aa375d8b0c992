"""The main window: navigation bar, page header, the pages, menus and status bar.

Pages are built the first time they are shown, so start-up costs one page, not all of them.
"""

from __future__ import annotations

import base64
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QMainWindow, QStackedWidget, QVBoxLayout, QWidget)

from partsdesk import __version__
from partsdesk.db.connection import describe, is_postgres_url
from partsdesk.i18n import Translator
from partsdesk.services.permissions import role_name
from partsdesk.settings import LocalSettings
from partsdesk.ui import messages, style
from partsdesk.ui.pages import PageSpec, first_page, pages_for
from partsdesk.ui.pages import tr as page_tr

tr = Translator("MainWindow")


class MainWindow(QMainWindow):
    """One logged-in user's window. The shell listens to its requests."""

    log_out_requested = Signal()
    settings_requested = Signal()
    password_requested = Signal()
    closed = Signal()               # by the user (Quit, the window's close button)

    def __init__(self, user, target: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.user = user
        self.target = target
        self.specs: list[PageSpec] = pages_for(user)
        self.pages: dict[str, QWidget] = {}
        self._replacing = False
        self.setWindowTitle(tr("PartsDesk"))
        self.setWindowIcon(style.app_icon())
        self.setMinimumSize(900, 560)
        self.setCentralWidget(self._build_body())
        self._build_menus()
        self._build_status_bar()
        self._build_shortcuts()
        self._restore_state()

    # --- layout -----------------------------------------------------------------------------
    def _build_body(self) -> QWidget:
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self._build_sidebar())
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self._build_header())
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")
        self.stack.setContentsMargins(12, 10, 12, 10)
        for _spec in self.specs:
            self.stack.addWidget(QWidget())     # placeholder until the page is first shown
        column.addWidget(self.stack, 1)
        row.addWidget(content, 1)
        return body

    def _build_sidebar(self) -> QWidget:
        sidebar = QFrame()
        sidebar.setObjectName("sidebar")
        sidebar.setFixedWidth(224)
        column = QVBoxLayout(sidebar)
        column.setContentsMargins(0, 0, 0, 12)
        column.setSpacing(6)

        brand = QWidget()
        brand_row = QHBoxLayout(brand)
        brand_row.setContentsMargins(18, 18, 12, 14)
        brand_row.setSpacing(10)
        logo = QLabel()
        logo.setPixmap(style.app_icon().pixmap(34, 34))
        brand_row.addWidget(logo)
        names = QVBoxLayout()
        names.setSpacing(0)
        name = QLabel("PartsDesk")
        name.setObjectName("brandName")
        tagline = QLabel(tr("Parts and warranty"))
        tagline.setObjectName("brandTagline")
        names.addWidget(name)
        names.addWidget(tagline)
        brand_row.addLayout(names, 1)
        column.addWidget(brand)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFocusPolicy(Qt.NoFocus)
        self.navigation.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        for number, spec in enumerate(self.specs, start=1):
            item = QListWidgetItem(style.icon(spec.icon, style.NAV_TEXT, "#ffffff"),
                                   page_tr(spec.title))
            item.setData(Qt.UserRole, spec.key)
            item.setSizeHint(QSize(0, 40))
            if number <= 9:
                item.setToolTip(tr("{page} (Ctrl+{n})", page=page_tr(spec.title), n=number))
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self.show_page)
        column.addWidget(self.navigation, 1)

        footer = QLabel(tr("Version {version}", version=__version__))
        footer.setObjectName("navFooter")
        footer.setContentsMargins(20, 0, 0, 0)
        column.addWidget(footer)
        return sidebar

    def _build_header(self) -> QWidget:
        header = QFrame()
        header.setObjectName("pageHeader")
        row = QHBoxLayout(header)
        row.setContentsMargins(24, 14, 24, 14)
        self.page_icon = QLabel()
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        # who is working in which database, beside the page: the same words as the window title
        self.context = QLabel(tr("{name} · {role} · {database}", name=self.user_name(),
                                 role=role_name(self.user.role),
                                 database=self.database_name()))
        self.context.setToolTip(tr("Database: {name}", name=describe(self.target)))
        self.context.setObjectName("pageContext")
        self.context.setProperty("role", "hint")
        self.context.setTextFormat(Qt.PlainText)       # a database name is typed text
        row.addWidget(self.page_icon)
        row.addSpacing(4)
        row.addWidget(self.title, 1)
        row.addWidget(self.context, 0, Qt.AlignRight | Qt.AlignVCenter)
        return header

    def user_name(self) -> str:
        return self.user.full_name or self.user.username

    def database_name(self) -> str:
        """The database in few words: a file's name (its folder is in the status bar), or the
        server's database."""
        return describe(self.target) if is_postgres_url(self.target) \
            else Path(self.target).name

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&File"))
        self.settings_action = self._action(file_menu, tr("&Settings…"), self.settings_requested,
                                            QKeySequence("Ctrl+,"), "settings.svg")
        self._action(file_menu, tr("&Change my password…"), self.password_requested)
        file_menu.addSeparator()
        self._action(file_menu, tr("&Log out"), self.log_out_requested, QKeySequence("Ctrl+L"))
        self._action(file_menu, tr("&Quit"), self.close, QKeySequence.Quit)
        help_menu = self.menuBar().addMenu(tr("&Help"))
        self._action(help_menu, tr("&About PartsDesk"), self.about)

    def _action(self, menu, text: str, slot, shortcut=None, icon: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if icon:
            action.setIcon(style.icon(icon))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_status_bar(self) -> None:
        self.user_label = QLabel(tr("{name} · {role}", name=self.user_name(),
                                    role=role_name(self.user.role)))
        self.user_label.setObjectName("statusUser")
        self.database_label = QLabel(tr("Database: {name}", name=describe(self.target)))
        self.database_label.setObjectName("statusDatabase")
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.database_label)
        self.statusBar().setSizeGripEnabled(False)

    def _build_shortcuts(self) -> None:
        for number in range(1, min(len(self.specs), 9) + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda row=number - 1: self.navigation.setCurrentRow(row))
        QShortcut(QKeySequence.Find, self).activated.connect(self.focus_search)

    # --- pages ------------------------------------------------------------------------------
    def show_page(self, row: int) -> None:
        if not 0 <= row < len(self.specs):
            return
        spec = self.specs[row]
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)      # comes back here through the signal
            return
        page = self.pages.get(spec.key) or self._create_page(row, spec)
        self.stack.setCurrentIndex(row)
        self.title.setText(page_tr(spec.title))
        self.setWindowTitle(tr("{page} — {name} — {database} — PartsDesk",
                               page=page_tr(spec.title), name=self.user_name(),
                               database=self.database_name()))
        self.page_icon.setPixmap(style.icon(spec.icon).pixmap(24, 24))
        if hasattr(page, "activated"):
            page.activated()

    def _create_page(self, row: int, spec: PageSpec) -> QWidget:
        try:
            page = spec.create(self.user, self.stack)
        except Exception as exc:        # one broken page must not take the window down
            messages.report(self, exc)
            page = QLabel(tr("This page could not be opened."))
            page.setAlignment(Qt.AlignCenter)
        placeholder = self.stack.widget(row)
        self.stack.insertWidget(row, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.pages[spec.key] = page
        return page

    def current_page(self) -> QWidget | None:
        row = self.navigation.currentRow()
        return self.pages.get(self.specs[row].key) if 0 <= row < len(self.specs) else None

    def current_key(self) -> str | None:
        row = self.navigation.currentRow()
        return self.specs[row].key if 0 <= row < len(self.specs) else None

    def select(self, key: str) -> bool:
        """Show the page ``key``; False when this user has no such page."""
        for row, spec in enumerate(self.specs):
            if spec.key == key:
                self.show_page(row)
                return True
        return False

    def focus_search(self) -> None:
        page = self.current_page()
        if page is not None and hasattr(page, "focus_search"):
            page.focus_search()

    # --- window state -----------------------------------------------------------------------
    def _restore_state(self) -> None:
        extra = LocalSettings.load().extra
        geometry = extra.get("window_geometry")
        if not (geometry and self.restoreGeometry(QByteArray(base64.b64decode(geometry)))):
            self.resize(1180, 740)
        # the page this user left, else the page of their role (another user's last page is
        # no guide: a settlement clerk after a parts clerk starts on settlement)
        last = extra.get("last_page", "")
        if extra.get("last_page_user", self.user.username) != self.user.username:
            last = ""
        if self.specs and not self.select(last) and not self.select(first_page(self.user)):
            self.show_page(0)

    def save_state(self) -> None:
        settings = LocalSettings.load()
        settings.extra["window_geometry"] = base64.b64encode(
            bytes(self.saveGeometry())).decode("ascii")
        if self.current_key():
            settings.extra["last_page"] = self.current_key()
            settings.extra["last_page_user"] = self.user.username
        settings.save()

    def closeEvent(self, event) -> None:
        self.save_state()
        super().closeEvent(event)
        if not self._replacing:
            self.closed.emit()

    def replace(self) -> None:
        """Close for a log-out or a rebuild: state saved, but the application goes on."""
        self._replacing = True
        self.close()
        self.deleteLater()

    def about(self) -> None:
        messages.info(self, tr("PartsDesk {version}\nParts warehouse and warranty claims for car "
                               "dealerships.", version=__version__))
