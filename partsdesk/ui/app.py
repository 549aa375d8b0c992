"""Start-up and the life of the window: language, database, log-in, main window, log-out.

``run()`` is what ``partsdesk`` (no command) calls. The ``Shell`` does the work without a nested
event loop, so tests drive the very same flow with qtbot.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from partsdesk import APP_NAME, __version__
from partsdesk.db import backup
from partsdesk.db.connection import DatabaseUnavailable, is_postgres_url, is_sqlite, open_database
from partsdesk.i18n import Translator
from partsdesk.services import users
from partsdesk.services.errors import Cancelled
from partsdesk.settings import LocalSettings, demo_database, resolve_database
from partsdesk.ui import i18n_qt, messages, operations, style
from partsdesk.ui.login import FirstRunDialog, LoginDialog, PasswordDialog
from partsdesk.ui.main_window import MainWindow
from partsdesk.ui.settings_dialog import SettingsDialog, effective_language

tr = Translator("App")

def prepare(app: QApplication) -> None:
    """Names, icon, look and fonts of the application (also used by tests and screenshots)."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(style.app_icon())
    style.apply(app)


def choose_language(argument: str | None) -> str:
    """--lang, then this PC's setting, then the system's language."""
    return argument or effective_language(LocalSettings.load().language)


class Shell(QObject):
    """Opens the database, logs the user in and keeps one main window; ``finished(code)``."""

    finished = Signal(int)

    def __init__(self, database: str | None = None, demo: bool = False,
                 language: str | None = None):
        super().__init__()
        self.cli_database, self.demo, self.language = database, demo, language
        self.target = ""
        self.user = None
        self.window: MainWindow | None = None
        self.dialog = None                  # the open log-in, settings or password dialog
        self.exit_code: int | None = None
        self._backed_up = False
        self._retired: list = []            # closed windows, kept until their handlers return

    def _retire(self, widget) -> None:
        """Let go of a window or dialog that may be running its own signal handler right now
        (a double-click that logs in, a menu action that logs out): dropping the last Python
        reference there would free it under that handler. It is deleted once control is back
        in the event loop."""
        if widget is None:
            return
        self._retired.append(widget)
        widget.deleteLater()
        QTimer.singleShot(0, self._retired.clear)

    def finish(self, code: int) -> None:
        self.exit_code = code
        self.finished.emit(code)

    # --- start-up ---------------------------------------------------------------------------
    def start(self) -> None:
        i18n_qt.install(choose_language(self.language))
        if self.demo:
            self.target = demo_database()
            if not Path(self.target).exists():
                self._build_demo()
                return
        else:
            self.target = resolve_database(self.cli_database)
        self._open_and_log_in()

    def _build_demo(self) -> None:
        def work(progress):
            from partsdesk import demo
            try:
                demo.build(self.target, size="small", progress=progress)
            except Cancelled:
                return False
            return True

        def done(built: bool) -> None:
            if built:
                self._open_and_log_in()
            else:
                _remove_database_files(self.target)
                self.finish(1)

        def failed(exc: BaseException) -> None:
            _remove_database_files(self.target)
            messages.report(None, exc)
            self.finish(1)

        operations.run(None, work, label=tr("Building the demo database…"), on_done=done,
                       on_error=failed)

    def _open_and_log_in(self) -> None:
        if self._open():
            self.show_log_in()
        else:
            self.finish(1)

    def _open(self) -> bool:
        """Open the database; when that fails, offer the ways out until one works or Quit."""
        while True:
            try:
                open_database(self.target)
                return True
            except DatabaseUnavailable as exc:
                answer = self._ask_way_out(str(exc))
            if answer == "quit":
                return False
            if answer == "restore":
                self._restore_latest_backup()
            elif answer == "other":
                self._choose_other_file()

    def _latest_backup(self) -> Path | None:
        if is_postgres_url(self.target):
            return None
        return backup.latest_backup(self.target, backup.backup_folder(self.target))

    def _ask_way_out(self, text: str) -> str:
        latest = self._latest_backup()
        options = {}
        if latest is not None:
            options["restore"] = tr("Restore the backup of {date}",
                                    date=backup.backup_date(latest))
        options["other"] = tr("Open another database file…")
        options["retry"] = tr("Try again")
        options["quit"] = tr("Quit")
        return messages.choose(None, tr("PartsDesk cannot open the database"), text, options,
                               hint=tr("What would you like to do?"), level="error",
                               cancel="quit") or "quit"

    def _restore_latest_backup(self) -> None:
        latest = self._latest_backup()
        try:
            kept = backup.restore_sqlite(latest, self.target)
        except backup.BackupError as exc:
            messages.error(None, str(exc))
            return
        text = tr("The backup of {date} has been restored. Work done after it must be entered "
                  "again.", date=backup.backup_date(latest))
        if kept:
            text += " " + tr("The damaged file was kept as {path}.", path=kept)
        messages.info(None, text)

    def _choose_other_file(self) -> None:
        path = messages.open_file(None, tr("Open a PartsDesk database"),
                                  tr("PartsDesk database (*.sqlite3);;All files (*)"),
                                  Path(self.target).parent)
        if path:
            self.target = path
            settings = LocalSettings.load()
            settings.database = path
            settings.save()

    # --- log-in and the main window ---------------------------------------------------------
    def show_log_in(self) -> None:
        if users.needs_first_admin():
            dialog = FirstRunDialog(self.target)
        else:
            dialog = LoginDialog(self.target)
        dialog.logged_in.connect(self._logged_in)
        dialog.rejected.connect(lambda: self.finish(0))
        self.dialog = dialog
        dialog.show()

    def _logged_in(self, user) -> None:
        self.user = user
        self._retire(self.dialog)           # its own logged_in signal is running
        self.dialog = None
        self.show_main_window()
        self._daily_backup()

    def show_main_window(self) -> None:
        old = self.window
        if old is not None:
            old.save_state()        # the new window opens where the old one was
        window = MainWindow(self.user, self.target)
        window.log_out_requested.connect(self.log_out)
        window.settings_requested.connect(self.open_settings)
        window.password_requested.connect(self.change_password)
        window.closed.connect(lambda: self.finish(0))
        self.window = window
        window.show()
        if old is not None:
            old.replace()
            self._retire(old)               # it may be running the handler that rebuilt it

    def log_out(self) -> None:
        self.show_log_in()
        self.window.replace()
        self._retire(self.window)           # its own menu action is running
        self.window = self.user = None

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.user, self.target, self.window)
        dialog.accepted.connect(lambda: self._settings_saved(dialog))
        self._open_dialog(dialog)

    def _settings_saved(self, dialog: SettingsDialog) -> None:
        if dialog.language_changed:
            i18n_qt.install(effective_language(dialog.settings.language))
            self.show_main_window()     # every text of the window in the new language

    def change_password(self) -> None:
        dialog = PasswordDialog(self.user, self.user.username, self.window)
        dialog.accepted.connect(lambda: messages.info(self.window,
                                                      tr("Your password has been changed.")))
        self._open_dialog(dialog)

    def _open_dialog(self, dialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.open()

    def _daily_backup(self) -> None:
        """The day's copy of an SQLite database, made off the GUI thread once per session."""
        if self._backed_up or not is_sqlite():
            return
        self._backed_up = True
        target, window = self.target, self.window
        operations.run(window, lambda progress: backup.daily_backup(
                           target, backup.backup_folder(target)),
                       label=tr("Making today's backup of the database…"), cancellable=False,
                       on_error=lambda exc: messages.warning(window, tr(
                           "Today's automatic backup could not be made ({reason}). Your work is "
                           "not affected; tell your administrator.",
                           reason=messages.explain(exc)[0])))


def _remove_database_files(path: str) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(path + suffix).unlink(missing_ok=True)


def _excepthook(kind, exc, tb) -> None:
    """Anything unexpected becomes a message a user understands, never a traceback."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    messages.report(QApplication.activeWindow(), exc)


_running_mutex = None


def run(database: str | None = None, demo: bool = False, language: str | None = None) -> int:
    if sys.platform == "win32":
        import ctypes
        # the taskbar shows PartsDesk's icon, not Python's
        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID("PartsDesk.PartsDesk")
        # the installer refuses to upgrade while this mutex exists; the handle lives as long
        # as the process, and Windows drops it when PartsDesk ends
        global _running_mutex
        _running_mutex = ctypes.windll.kernel32.CreateMutexW(None, False,
                                                              "Global\\PartsDesk.Running")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    prepare(app)
    app.setQuitOnLastWindowClosed(False)    # the shell decides when PartsDesk ends
    sys.excepthook = _excepthook
    shell = Shell(database, demo, language)
    shell.finished.connect(app.exit)
    shell.start()
    if shell.exit_code is not None:         # finished before the event loop started
        return shell.exit_code
    return app.exec()
