"""Settings of this PC: the window's language (applies at once) and the database (next start)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from partsdesk import i18n
from partsdesk.db.connection import describe, is_postgres_url, make_database
from partsdesk.i18n import Translator
from partsdesk.services.permissions import can
from partsdesk.settings import LocalSettings, default_database, resolve_database
from partsdesk.ui import messages, operations, style
from partsdesk.ui.forms.ui_settings import Ui_SettingsDialog

tr = Translator("Settings")


def effective_language(setting: str) -> str:
    return setting or i18n.system_language()


def try_connection(url: str) -> str:
    """Connect once to a PostgreSQL server; the server's version on success."""
    db = make_database(url)
    db.connect()
    try:
        return db.execute_sql("SELECT version()").fetchone()[0].split(",")[0]
    finally:
        db.close()


class SettingsDialog(QDialog):
    """Saves LocalSettings on Save; ``language_changed`` tells the caller to rebuild."""

    def __init__(self, user, current_target: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(style.app_icon())
        self.user = user
        self.current_target = current_target
        self.settings = LocalSettings.load()
        self.language_changed = False
        self._fill_languages()
        self._fill_database()
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.testButton.clicked.connect(self.test_connection)
        self.ui.useSqlite.toggled.connect(self._enable_database_fields)
        self.resize(580, self.sizeHint().height())

    # --- language ---------------------------------------------------------------------------
    def _fill_languages(self) -> None:
        combo = self.ui.language
        system = i18n.LANGUAGES[i18n.system_language()]
        combo.addItem(tr("System language ({name})", name=system), "")
        for code, name in i18n.LANGUAGES.items():
            combo.addItem(name, code)
        combo.setCurrentIndex(max(combo.findData(self.settings.language), 0))

    # --- database ---------------------------------------------------------------------------
    def _fill_database(self) -> None:
        stored = resolve_database()     # what the next start opens
        postgres = is_postgres_url(stored)
        self.ui.useSqlite.setChecked(not postgres)
        self.ui.usePostgres.setChecked(postgres)
        self.ui.sqlitePath.setText("" if postgres else stored)
        self.ui.postgresUrl.setText(stored if postgres else "")
        may_edit = can(self.user, "settings.edit")
        self.ui.databaseBox.setEnabled(may_edit)
        note = tr("Now in use: {name}. A change of database applies the next time PartsDesk "
                  "starts.", name=describe(self.current_target))
        if not may_edit:
            note += " " + tr("Only an administrator can change the database.")
        self.ui.databaseNote.setText(note)
        self._enable_database_fields()

    def _enable_database_fields(self) -> None:
        sqlite = self.ui.useSqlite.isChecked()
        self.ui.sqlitePath.setEnabled(sqlite)
        self.ui.browseButton.setEnabled(sqlite)
        self.ui.postgresUrl.setEnabled(not sqlite)
        self.ui.testButton.setEnabled(not sqlite)

    def chosen_database(self) -> str:
        if self.ui.usePostgres.isChecked():
            return self.ui.postgresUrl.text().strip()
        return self.ui.sqlitePath.text().strip()

    def browse(self) -> None:
        path = messages.save_file(self, tr("Database file"), self.ui.sqlitePath.text(),
                                  tr("PartsDesk database (*.sqlite3);;All files (*)"),
                                  confirm_overwrite=False)
        if path:
            self.ui.sqlitePath.setText(path)

    def test_connection(self) -> None:
        url = self.ui.postgresUrl.text().strip()
        if not is_postgres_url(url):
            messages.warning(self, tr("Enter a PostgreSQL address that begins with "
                                      "postgresql://, for example "
                                      "postgresql://partsdesk@server/partsdesk."))
            return
        operations.run(self, lambda progress: try_connection(url),
                       label=tr("Connecting to {name}…", name=describe(url)),
                       on_done=lambda version: messages.info(
                           self, tr("The connection works ({version}).", version=version)),
                       cancellable=False)

    # --- save -------------------------------------------------------------------------------
    def save(self) -> None:
        database = self.chosen_database()
        if self.ui.usePostgres.isChecked() and not is_postgres_url(database):
            messages.warning(self, tr("Enter a PostgreSQL address that begins with "
                                      "postgresql://, for example "
                                      "postgresql://partsdesk@server/partsdesk."))
            self.ui.postgresUrl.setFocus()
            return
        if self.ui.useSqlite.isChecked() and not database:
            database = default_database()
        self.settings = LocalSettings.load()        # keep what was saved meanwhile
        self.settings.language = self.ui.language.currentData()
        database_changed = False
        if self.ui.databaseBox.isEnabled():
            stored = "" if database == default_database() else database
            database_changed = stored != self.settings.database
            self.settings.database = stored
        self.settings.save()
        self.language_changed = effective_language(self.settings.language) != i18n.language()
        self.accept()
        if database_changed:
            messages.info(self.parentWidget(), tr(
                "PartsDesk will use {name} the next time it starts.", name=describe(database)))
