# generated from forms/user_edit.ui by python -m partsdesk.ui.forms.compile — do not edit
# source-sha256: f422944faa7ae907adaf6c982b10ae0ed9f6e0973663ff0975bbd118e0613389
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_edit.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_UserEditDialog(object):
    def setupUi(self, UserEditDialog):
        if not UserEditDialog.objectName():
            UserEditDialog.setObjectName(u"UserEditDialog")
        UserEditDialog.resize(480, 340)
        self.outer = QVBoxLayout(UserEditDialog)
        self.outer.setSpacing(0)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.body = QWidget(UserEditDialog)
        self.body.setObjectName(u"body")
        self.bodyLayout = QVBoxLayout(self.body)
        self.bodyLayout.setSpacing(10)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.bodyLayout.setContentsMargins(24, 20, 24, 24)
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setHorizontalSpacing(12)
        self.fields.setVerticalSpacing(6)
        self.usernameLabel = QLabel(self.body)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(self.body)
        self.username.setObjectName(u"username")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.usernameError = QLabel(self.body)
        self.usernameError.setObjectName(u"usernameError")
        self.usernameError.setWordWrap(True)
        self.usernameError.setProperty(u"role", u"error")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.usernameError)

        self.fullNameLabel = QLabel(self.body)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullName = QLineEdit(self.body)
        self.fullName.setObjectName(u"fullName")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fullName)

        self.fullNameError = QLabel(self.body)
        self.fullNameError.setObjectName(u"fullNameError")
        self.fullNameError.setWordWrap(True)
        self.fullNameError.setProperty(u"role", u"error")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fullNameError)

        self.roleLabel = QLabel(self.body)
        self.roleLabel.setObjectName(u"roleLabel")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.role = QComboBox(self.body)
        self.role.setObjectName(u"role")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.role)

        self.roleError = QLabel(self.body)
        self.roleError.setObjectName(u"roleError")
        self.roleError.setWordWrap(True)
        self.roleError.setProperty(u"role", u"error")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.roleError)

        self.passwordLabel = QLabel(self.body)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(self.body)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.password)

        self.passwordError = QLabel(self.body)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setWordWrap(True)
        self.passwordError.setProperty(u"role", u"error")

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.passwordError)

        self.repeatLabel = QLabel(self.body)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.fields.setWidget(8, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeat = QLineEdit(self.body)
        self.repeat.setObjectName(u"repeat")
        self.repeat.setEchoMode(QLineEdit.Password)

        self.fields.setWidget(8, QFormLayout.ItemRole.FieldRole, self.repeat)


        self.bodyLayout.addLayout(self.fields)

        self.error = QLabel(self.body)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setProperty(u"role", u"error")

        self.bodyLayout.addWidget(self.error)

        self.bodySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.bodyLayout.addItem(self.bodySpacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(self.body)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.saveButton = QPushButton(self.body)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)


        self.bodyLayout.addLayout(self.buttons)


        self.outer.addWidget(self.body)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.username)
        self.fullNameLabel.setBuddy(self.fullName)
        self.roleLabel.setBuddy(self.role)
        self.passwordLabel.setBuddy(self.password)
        self.repeatLabel.setBuddy(self.repeat)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UserEditDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(UserEditDialog)
    # setupUi

    def retranslateUi(self, UserEditDialog):
        UserEditDialog.setWindowTitle(QCoreApplication.translate("UserEditDialog", u"User", None))
        self.usernameLabel.setText(QCoreApplication.translate("UserEditDialog", u"&User name", None))
        self.username.setPlaceholderText(QCoreApplication.translate("UserEditDialog", u"e.g. li.wei", None))
        self.fullNameLabel.setText(QCoreApplication.translate("UserEditDialog", u"&Full name", None))
        self.roleLabel.setText(QCoreApplication.translate("UserEditDialog", u"&Role", None))
        self.passwordLabel.setText(QCoreApplication.translate("UserEditDialog", u"&Password", None))
        self.password.setPlaceholderText(QCoreApplication.translate("UserEditDialog", u"At least 6 characters", None))
        self.repeatLabel.setText(QCoreApplication.translate("UserEditDialog", u"R&epeat password", None))
        self.cancelButton.setText(QCoreApplication.translate("UserEditDialog", u"Cancel", None))
        self.saveButton.setText(QCoreApplication.translate("UserEditDialog", u"Save", None))
    # retranslateUi

