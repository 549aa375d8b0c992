"""Settings of this PC: the window's language (applies at once) and the database (next start).

A PostgreSQL address is shown and saved without its password: the password field is always
empty (it never shows a kept password), and what is typed there, or a password typed into the
address, goes to the credential store (``credentials``) on Save."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from partsdesk import credentials, i18n
from partsdesk.db.connection import describe, is_postgres_url, make_database
from partsdesk.i18n import Translator
from partsdesk.services.permissions import can
from partsdesk.settings import (LocalSettings, data_dir, default_database,
                                keep_database_password, password_warnings, resolve_database)
from partsdesk.ui import messages, operations, style
from partsdesk.ui.forms.ui_settings import Ui_SettingsDialog

tr = Translator("Settings")


def effective_language(setting: str) -> str:
    return setting or i18n.system_language()


def try_connection(url: str, password: str = "") -> str:
    """Connect once to a PostgreSQL server (with ``password``, else the one kept for it); the
    server's version on success."""
    db = make_database(credentials.with_password(url, password) if password else url)
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
        self.ui.postgresUrl.setText(credentials.split(stored)[0] if postgres else "")
        self._describe_password(stored if postgres else "")
        may_edit = can(self.user, "settings.edit")
        self.ui.databaseBox.setEnabled(may_edit)
        note = tr("Now in use: {name}. A change of database applies the next time PartsDesk "
                  "starts.", name=describe(self.current_target))
        if not may_edit:
            note += " " + tr("Only an administrator can change the database.")
        self.ui.databaseNote.setText(note)
        self._enable_database_fields()

    def _describe_password(self, url: str) -> None:
        """The password field's hint and the note on where the password is kept."""
        kept = credentials.kept_in(url, data_dir()) if url else None
        store = credentials.has_store()
        if kept is not None:
            hint = tr("Saved; type a new one to replace it")
        elif store:
            hint = tr("Kept in the credential store of this PC")
        else:
            hint = tr("Kept in a file readable only by you")
        self.ui.postgresPassword.setPlaceholderText(hint)
        warnings = password_warnings(url) if url else []
        if not warnings and not store:
            warnings = [tr("This PC has no credential store: a password saved here is kept in "
                           "{path}, readable only by you.",
                           path=data_dir() / credentials.FALLBACK_FILE)]
        self.ui.passwordNote.setText(" ".join(warnings))
        self.ui.passwordNote.setVisible(bool(warnings))

    def _enable_database_fields(self) -> None:
        sqlite = self.ui.useSqlite.isChecked()
        self.ui.sqlitePath.setEnabled(sqlite)
        self.ui.browseButton.setEnabled(sqlite)
        self.ui.postgresUrl.setEnabled(not sqlite)
        self.ui.postgresPassword.setEnabled(not sqlite)
        self.ui.testButton.setEnabled(not sqlite)

    def chosen_database(self) -> str:
        """The database chosen, a PostgreSQL address without its password."""
        if self.ui.usePostgres.isChecked():
            return credentials.split(self.ui.postgresUrl.text().strip())[0]
        return self.ui.sqlitePath.text().strip()

    def typed_password(self) -> str:
        """The password typed into its field, else one typed into the address."""
        return (self.ui.postgresPassword.text()
                or credentials.split(self.ui.postgresUrl.text().strip())[1] or "")

    def browse(self) -> None:
        path = messages.save_file(self, tr("Database file"), self.ui.sqlitePath.text(),
                                  tr("PartsDesk database (*.sqlite3);;All files (*)"),
                                  confirm_overwrite=False)
        if path:
            self.ui.sqlitePath.setText(path)

    def test_connection(self) -> None:
        url, password = self.chosen_database(), self.typed_password()
        if not is_postgres_url(url):
            messages.warning(self, tr("Enter a PostgreSQL address that begins with "
                                      "postgresql://, for example "
                                      "postgresql://partsdesk@server/partsdesk."))
            return
        operations.run(self, lambda progress: try_connection(url, password),
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
            if self.ui.usePostgres.isChecked() and self.typed_password():
                keep_database_password(database, self.typed_password())
            stored = "" if database == default_database() else database
            database_changed = stored != self.settings.database
            self.settings.database = stored
        self.settings.save()
        self.language_changed = effective_language(self.settings.language) != i18n.language()
        self.accept()
        if database_changed:
            messages.info(self.parentWidget(), tr(
                "PartsDesk will use {name} the next time it starts.", name=describe(database)))
