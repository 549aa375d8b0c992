"""Log-in dialog, and the first-run dialog that sets the administrator's password."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QLineEdit, QTableWidgetItem, QWidget

from partsdesk.db.connection import describe
from partsdesk.i18n import Translator
from partsdesk.services import users
from partsdesk.services.errors import PartsDeskError, ValidationError
from partsdesk.services.permissions import role_name
from partsdesk.settings import LocalSettings
from partsdesk.ui import style
from partsdesk.ui.forms.ui_first_run import Ui_FirstRunDialog
from partsdesk.ui.forms.ui_login import Ui_LoginDialog
from partsdesk.ui.forms.ui_password import Ui_PasswordDialog

tr = Translator("Login")


def demo_accounts() -> list[tuple[str, str, str]]:
    """(user name, role, password) of a demo database's users; [] for a real database."""
    try:
        from partsdesk import demo
    except ImportError:
        return []
    return list(demo.accounts())


def set_error(field: QLineEdit | None, label, text: str) -> None:
    """Show ``text`` under a field and mark the field; empty text clears both."""
    label.setText(text)
    label.setVisible(bool(text))
    if field is not None:
        field.setProperty("invalid", bool(text))
        field.style().unpolish(field)
        field.style().polish(field)


def _decorate(dialog: QDialog, ui, target: str) -> None:
    dialog.setWindowIcon(style.app_icon())
    ui.bannerIcon.setPixmap(style.app_icon().pixmap(48, 48))
    ui.database.setText(tr("Database: {name}", name=describe(target)))
    ui.database.setToolTip(describe(target))
    ui.error.hide()


class LoginDialog(QDialog):
    """Emits ``logged_in(user)`` once the user name and password are right."""

    logged_in = Signal(object)

    def __init__(self, target: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        _decorate(self, self.ui, target)
        self.ui.loginButton.clicked.connect(self.log_in)
        self.ui.quitButton.clicked.connect(self.reject)
        self.ui.demoAccounts.cellDoubleClicked.connect(self._fill_demo_account)
        self._show_demo_accounts(demo_accounts())
        last = LocalSettings.load().extra.get("last_user", "")
        self.ui.username.setText(last)
        (self.ui.password if last else self.ui.username).setFocus(Qt.OtherFocusReason)

    def _show_demo_accounts(self, accounts: list[tuple[str, str, str]]) -> None:
        self.accounts = accounts
        self.ui.demoBox.setVisible(bool(accounts))
        table = self.ui.demoAccounts
        if not accounts:
            self.resize(self.width(), self.minimumSizeHint().height())
            return
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels([tr("User name"), tr("Role"), tr("Password")])
        table.setRowCount(len(accounts))
        for row, (username, role, password) in enumerate(accounts):
            for column, text in enumerate((username, role_name(role), password)):
                table.setItem(row, column, QTableWidgetItem(text))
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(26)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        table.setMinimumHeight(26 * min(len(accounts), 7) + 34)   # one per role, no scrolling
        self.resize(480, self.sizeHint().height())

    def _fill_demo_account(self, row: int, _column: int = 0) -> None:
        username, _role, password = self.accounts[row]
        self.ui.username.setText(username)
        self.ui.password.setText(password)
        self.log_in()

    def log_in(self) -> None:
        try:
            user = users.authenticate(self.ui.username.text(), self.ui.password.text())
        except PartsDeskError as exc:
            set_error(self.ui.password, self.ui.error, str(exc))
            self.ui.password.selectAll()
            self.ui.password.setFocus(Qt.OtherFocusReason)
            return
        settings = LocalSettings.load()
        settings.extra["last_user"] = user.username
        settings.save()
        self.logged_in.emit(user)       # the main window shows before this dialog closes
        self.accept()


class FirstRunDialog(QDialog):
    """On a database without users: set the password of the administrator ``admin``."""

    logged_in = Signal(object)

    def __init__(self, target: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        _decorate(self, self.ui, target)
        self.ui.username.setText("admin")
        self.ui.createButton.clicked.connect(self.create)
        self.ui.quitButton.clicked.connect(self.reject)
        self.ui.password.setFocus(Qt.OtherFocusReason)

    def create(self) -> None:
        password = self.ui.password.text()
        if password != self.ui.repeat.text():
            set_error(self.ui.repeat, self.ui.error,
                      tr("The two passwords differ. Type the same password twice."))
            self.ui.repeat.selectAll()
            self.ui.repeat.setFocus(Qt.OtherFocusReason)
            return
        try:
            users.create_first_admin(password)
            user = users.authenticate("admin", password)
        except ValidationError as exc:
            set_error(self.ui.password, self.ui.error, str(exc))
            self.ui.password.setFocus(Qt.OtherFocusReason)
            return
        except PartsDeskError as exc:
            set_error(None, self.ui.error, str(exc))
            return
        self.logged_in.emit(user)
        self.accept()


class PasswordDialog(QDialog):
    """Change one's own password (with the current one) or, as administrator, reset another's."""

    def __init__(self, actor, username: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(style.app_icon())
        self.actor, self.username = actor, username
        self.own = username == actor.username
        if self.own:
            self.ui.intro.setText(tr("Choose a new password for your account {name}.",
                                     name=username))
        else:
            self.ui.intro.setText(tr("Set a new password for {name}. Tell it to them in person; "
                                     "they can change it after logging in.", name=username))
            self.setWindowTitle(tr("Reset password"))
            self.ui.saveButton.setText(tr("Reset password"))
        self.ui.fields.setRowVisible(self.ui.current, self.own)
        for label in (self.ui.currentError, self.ui.newError, self.ui.error):
            label.hide()
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.cancelButton.clicked.connect(self.reject)
        (self.ui.current if self.own else self.ui.new).setFocus(Qt.OtherFocusReason)
        self.resize(460, self.sizeHint().height())

    def save(self) -> None:
        for field, label in ((self.ui.current, self.ui.currentError),
                             (self.ui.new, self.ui.newError), (None, self.ui.error)):
            set_error(field, label, "")
        if self.ui.new.text() != self.ui.repeat.text():
            set_error(self.ui.repeat, self.ui.error,
                      tr("The two passwords differ. Type the same password twice."))
            return
        if self.own and not users.verify_password(self.ui.current.text(),
                                                  users.get(self.username).password_hash):
            set_error(self.ui.current, self.ui.currentError, tr("The current password is wrong."))
            return
        try:
            users.set_password(self.actor, self.username, self.ui.new.text(),
                               old_password=self.ui.current.text())
        except ValidationError as exc:
            set_error(self.ui.new, self.ui.newError, str(exc))
            return
        except PartsDeskError as exc:
            set_error(None, self.ui.error, str(exc))
            return
        self.accept()
