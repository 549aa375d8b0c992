# generated from forms/login.ui by python -m partsdesk.ui.forms.compile — do not edit
# source-sha256: 3a2a702204ff76a0245d36ea79b2ae177b9dac3cc6b1a2d844fee3d95e836909
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_LoginDialog(object):
    def setupUi(self, LoginDialog):
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        LoginDialog.resize(440, 420)
        self.outer = QVBoxLayout(LoginDialog)
        self.outer.setSpacing(0)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.dialogBanner = QFrame(LoginDialog)
        self.dialogBanner.setObjectName(u"dialogBanner")
        self.bannerLayout = QHBoxLayout(self.dialogBanner)
        self.bannerLayout.setSpacing(14)
        self.bannerLayout.setObjectName(u"bannerLayout")
        self.bannerLayout.setContentsMargins(24, 20, 24, 20)
        self.bannerIcon = QLabel(self.dialogBanner)
        self.bannerIcon.setObjectName(u"bannerIcon")
        self.bannerIcon.setMinimumSize(QSize(48, 48))
        self.bannerIcon.setMaximumSize(QSize(48, 48))

        self.bannerLayout.addWidget(self.bannerIcon)

        self.bannerText = QVBoxLayout()
        self.bannerText.setSpacing(2)
        self.bannerText.setObjectName(u"bannerText")
        self.bannerTitle = QLabel(self.dialogBanner)
        self.bannerTitle.setObjectName(u"bannerTitle")
        self.bannerTitle.setText(u"PartsDesk")

        self.bannerText.addWidget(self.bannerTitle)

        self.bannerSubtitle = QLabel(self.dialogBanner)
        self.bannerSubtitle.setObjectName(u"bannerSubtitle")

        self.bannerText.addWidget(self.bannerSubtitle)


        self.bannerLayout.addLayout(self.bannerText)

        self.bannerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bannerLayout.addItem(self.bannerSpacer)


        self.outer.addWidget(self.dialogBanner)

        self.body = QWidget(LoginDialog)
        self.body.setObjectName(u"body")
        self.bodyLayout = QVBoxLayout(self.body)
        self.bodyLayout.setSpacing(10)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.bodyLayout.setContentsMargins(24, 20, 24, 20)
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setHorizontalSpacing(12)
        self.fields.setVerticalSpacing(10)
        self.usernameLabel = QLabel(self.body)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(self.body)
        self.username.setObjectName(u"username")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.passwordLabel = QLabel(self.body)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(self.body)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password)


        self.bodyLayout.addLayout(self.fields)

        self.error = QLabel(self.body)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setProperty(u"role", u"error")

        self.bodyLayout.addWidget(self.error)

        self.demoBox = QGroupBox(self.body)
        self.demoBox.setObjectName(u"demoBox")
        self.demoLayout = QVBoxLayout(self.demoBox)
        self.demoLayout.setObjectName(u"demoLayout")
        self.demoAccounts = QTableWidget(self.demoBox)
        self.demoAccounts.setObjectName(u"demoAccounts")
        self.demoAccounts.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.demoAccounts.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.demoAccounts.setSelectionMode(QAbstractItemView.SingleSelection)
        self.demoAccounts.setFocusPolicy(Qt.NoFocus)

        self.demoLayout.addWidget(self.demoAccounts)


        self.bodyLayout.addWidget(self.demoBox)

        self.bodySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.bodyLayout.addItem(self.bodySpacer)

        self.database = QLabel(self.body)
        self.database.setObjectName(u"database")
        self.database.setWordWrap(True)
        self.database.setProperty(u"role", u"hint")

        self.bodyLayout.addWidget(self.database)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.quitButton = QPushButton(self.body)
        self.quitButton.setObjectName(u"quitButton")
        self.quitButton.setAutoDefault(False)

        self.buttons.addWidget(self.quitButton)

        self.loginButton = QPushButton(self.body)
        self.loginButton.setObjectName(u"loginButton")

        self.buttons.addWidget(self.loginButton)


        self.bodyLayout.addLayout(self.buttons)


        self.outer.addWidget(self.body)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.username)
        self.passwordLabel.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username, self.password)
        QWidget.setTabOrder(self.password, self.loginButton)
        QWidget.setTabOrder(self.loginButton, self.quitButton)

        self.retranslateUi(LoginDialog)

        self.loginButton.setDefault(True)


        QMetaObject.connectSlotsByName(LoginDialog)
    # setupUi

    def retranslateUi(self, LoginDialog):
        LoginDialog.setWindowTitle(QCoreApplication.translate("LoginDialog", u"Log in to PartsDesk", None))
        self.bannerSubtitle.setText(QCoreApplication.translate("LoginDialog", u"Parts warehouse and warranty claims", None))
        self.usernameLabel.setText(QCoreApplication.translate("LoginDialog", u"&User name", None))
        self.passwordLabel.setText(QCoreApplication.translate("LoginDialog", u"&Password", None))
        self.demoBox.setTitle(QCoreApplication.translate("LoginDialog", u"Demo accounts (double-click one to log in)", None))
        self.quitButton.setText(QCoreApplication.translate("LoginDialog", u"Quit", None))
        self.loginButton.setText(QCoreApplication.translate("LoginDialog", u"Log in", None))
    # retranslateUi

