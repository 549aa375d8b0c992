"""The administrator's page: who may use PartsDesk, in which role, and their passwords."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget)

from partsdesk.i18n import Translator
from partsdesk.services import users
from partsdesk.services.errors import PartsDeskError, ValidationError
from partsdesk.services.permissions import ROLES, role_name
from partsdesk.ui import messages, style
from partsdesk.ui.forms.ui_user_edit import Ui_UserEditDialog
from partsdesk.ui.login import PasswordDialog, set_error
from partsdesk.ui.pages import Page

tr = Translator("UsersPage")

COLUMNS = [tr.mark("User name"), tr.mark("Full name"), tr.mark("Role"), tr.mark("Status"),
           tr.mark("Last log-in")]


class UsersModel(QAbstractTableModel):
    """All users (a dealership has tens, not thousands: no paging needed)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.users = []

    def reload(self) -> None:
        self.beginResetModel()
        self.users = users.list_users()
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.users)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        user = self.users[index.row()]
        if role == Qt.DisplayRole:
            return self._text(user, index.column())
        if role == Qt.ForegroundRole and index.column() == 3 and users.is_locked(user):
            return QColor("#b91c1c")
        if role == Qt.ForegroundRole and not user.active:
            return QColor("#94a3b8")
        if role == Qt.UserRole:
            return user.username
        return None

    @staticmethod
    def _text(user, column: int) -> str:
        if column == 0:
            return user.username
        if column == 1:
            return user.full_name
        if column == 2:
            return role_name(user.role)
        if column == 3:
            if users.is_locked(user):
                return tr("Locked until {time}",
                          time=user.locked_until.astimezone().strftime("%H:%M"))
            return tr("Active") if user.active else tr("Deactivated")
        if user.last_login_at is None:
            return tr("never")
        return user.last_login_at.astimezone().strftime("%Y-%m-%d %H:%M")


class UsersPage(Page):
    def __init__(self, user, parent=None):
        super().__init__(user, parent)
        self.model = UsersModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseInsensitive)
        self.dialog: QDialog | None = None
        self._build()
        self.reload()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)     # the window's page area has the margins
        layout.setSpacing(10)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.search = QLineEdit()
        self.search.setObjectName("usersSearch")
        self.search.setPlaceholderText(tr("Filter by name or role"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.search.textChanged.connect(self._filter)
        bar.addWidget(self.search)
        self.count = QLabel()
        self.count.setProperty("role", "hint")
        bar.addWidget(self.count)
        bar.addStretch(1)
        self.add_button = self._button(bar, tr("Add user…"), self.add_user, primary=True)
        self.edit_button = self._button(bar, tr("Edit…"), self.edit_user)
        self.password_button = self._button(bar, tr("Reset password…"), self.reset_password)
        self.active_button = self._button(bar, tr("Deactivate"), self.toggle_active)
        self.unlock_button = self._button(bar, tr("Unlock"), self.unlock)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setToolTip(tr("Let a user locked by too many wrong passwords log in "
                                         "again"))
        layout.addLayout(bar)

        self.table = QTableView()
        self.table.setObjectName("usersTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(32)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        for column, width in enumerate((160, 220, 200, 120)):
            self.table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.Interactive)
        self.table.doubleClicked.connect(lambda _index: self.edit_user())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)

    def _button(self, bar, text: str, slot, primary: bool = False) -> QPushButton:
        button = QPushButton(text)
        if primary:
            button.setProperty("role", "primary")
            button.setIcon(style.icon("users.svg", "#ffffff"))
        button.clicked.connect(slot)
        bar.addWidget(button)
        return button

    # --- state ------------------------------------------------------------------------------
    def activated(self) -> None:
        self.reload()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.ShortcutFocusReason)
        self.search.selectAll()

    def reload(self, select: str | None = None) -> None:
        select = select or self.selected_username()
        self.model.reload()
        self._show_count()
        if select:
            self.select_user(select)
        self._update_buttons()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._show_count()

    def _show_count(self) -> None:
        self.count.setText(tr("{shown} of {total}", shown=self.proxy.rowCount(),
                              total=tr.plural(self.model.rowCount(), "{n} user", "{n} users")))

    def selected_username(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(Qt.UserRole) if rows else None

    def select_user(self, username: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(Qt.UserRole) == username:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return

    def _selected_user(self):
        username = self.selected_username()
        return next((u for u in self.model.users if u.username == username), None)

    def _update_buttons(self, *_args) -> None:
        user = self._selected_user()
        for button in (self.edit_button, self.password_button, self.active_button):
            button.setEnabled(user is not None)
        self.active_button.setText(tr("Reactivate") if user is not None and not user.active
                                   else tr("Deactivate"))
        self.unlock_button.setEnabled(user is not None and (users.is_locked(user)
                                                            or user.failed_logins > 0))

    # --- actions ----------------------------------------------------------------------------
    # Dialogs open window-modal without a nested event loop; ``self.dialog`` is the open one.
    def add_user(self) -> None:
        self._open(UserDialog(self.user, None, self),
                   lambda dialog: self.reload(select=dialog.saved.username))

    def edit_user(self) -> None:
        user = self._selected_user()
        if user is not None:
            self._open(UserDialog(self.user, user, self),
                       lambda dialog: self.reload(select=user.username))

    def reset_password(self) -> None:
        user = self._selected_user()
        if user is not None:
            self._open(PasswordDialog(self.user, user.username, self),
                       lambda dialog: messages.info(self, tr(
                           "The password of {name} has been changed.", name=user.username)))

    def _open(self, dialog: QDialog, on_accepted) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: on_accepted(dialog))
        dialog.open()

    def toggle_active(self) -> None:
        user = self._selected_user()
        if user is None:
            return
        if user.active and not messages.question(self, tr(
                "Deactivate {name}? They can no longer log in; their history is kept and you "
                "can reactivate them later.", name=user.username)):
            return
        with messages.attempt(self, level="warning"):
            users.update_user(self.user, user.username, active=not user.active)
        self.reload(select=user.username)


    def unlock(self) -> None:
        user = self._selected_user()
        if user is None:
            return
        with messages.attempt(self, level="warning") as tried:
            users.unlock(self.user, user.username)
        if not tried.failed:
            messages.info(self, tr("{name} can log in again.", name=user.username))
        self.reload(select=user.username)


class UserDialog(QDialog):
    """Add a user (name, full name, role, first password) or edit one's full name and role."""

    FIELDS = {"username": "usernameError", "full_name": "fullNameError", "role": "roleError",
              "password": "passwordError"}

    def __init__(self, actor, user=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_UserEditDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(style.app_icon())
        self.actor, self.user, self.saved = actor, user, None
        for code in ROLES:
            self.ui.role.addItem(role_name(code), code)
        self._clear_errors()
        if user is None:
            self.setWindowTitle(tr("Add user"))
            self.ui.saveButton.setText(tr("Add user"))
            self.ui.role.setCurrentIndex(self.ui.role.findData("parts_clerk"))
            self.ui.username.setFocus(Qt.OtherFocusReason)
        else:
            self.setWindowTitle(tr("Edit user {name}", name=user.username))
            self.ui.username.setText(user.username)
            self.ui.username.setReadOnly(True)
            self.ui.fullName.setText(user.full_name)
            self.ui.role.setCurrentIndex(self.ui.role.findData(user.role))
            self.ui.fields.setRowVisible(self.ui.password, False)
            self.ui.fields.setRowVisible(self.ui.repeat, False)
            self.ui.fullName.setFocus(Qt.OtherFocusReason)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.resize(480, self.sizeHint().height())

    def _field_widgets(self):
        return {"username": self.ui.username, "full_name": self.ui.fullName,
                "role": None, "password": self.ui.password}

    def _clear_errors(self) -> None:
        widgets = self._field_widgets()
        for field, label in self.FIELDS.items():
            set_error(widgets[field], getattr(self.ui, label), "")
        set_error(None, self.ui.error, "")

    def show_error(self, exc: PartsDeskError) -> None:
        """Put the message next to the field it names; anything else under the form."""
        field = getattr(exc, "field", None)
        if field in self.FIELDS:
            widget = self._field_widgets()[field]
            set_error(widget, getattr(self.ui, self.FIELDS[field]), str(exc))
            if widget is not None:
                widget.setFocus(Qt.OtherFocusReason)
        else:
            set_error(None, self.ui.error, str(exc))

    def save(self) -> None:
        self._clear_errors()
        role = self.ui.role.currentData()
        try:
            if self.user is None:
                if self.ui.password.text() != self.ui.repeat.text():
                    raise ValidationError(tr("The two passwords differ. Type the same password "
                                             "twice."), field="password")
                self.saved = users.create_user(self.actor, self.ui.username.text(),
                                               self.ui.password.text(), role,
                                               self.ui.fullName.text())
            else:
                self.saved = users.update_user(self.actor, self.user.username,
                                               full_name=self.ui.fullName.text(), role=role)
        except PartsDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
