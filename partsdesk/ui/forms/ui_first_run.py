# generated from forms/first_run.ui by python -m partsdesk.ui.forms.compile — do not edit
# source-sha256: 3a0b6dc6e994533cc0b67ff9fdaabf07c5aee12a5258dd6ca4cd76995acd9046
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QFrame,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(440, 400)
        self.outer = QVBoxLayout(FirstRunDialog)
        self.outer.setSpacing(0)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.dialogBanner = QFrame(FirstRunDialog)
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

        self.body = QWidget(FirstRunDialog)
        self.body.setObjectName(u"body")
        self.bodyLayout = QVBoxLayout(self.body)
        self.bodyLayout.setSpacing(10)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.bodyLayout.setContentsMargins(24, 20, 24, 24)
        self.intro = QLabel(self.body)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.bodyLayout.addWidget(self.intro)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setHorizontalSpacing(12)
        self.fields.setVerticalSpacing(6)
        self.usernameLabel = QLabel(self.body)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(self.body)
        self.username.setObjectName(u"username")
        self.username.setReadOnly(True)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.passwordLabel = QLabel(self.body)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(self.body)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password)

        self.repeatLabel = QLabel(self.body)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeat = QLineEdit(self.body)
        self.repeat.setObjectName(u"repeat")
        self.repeat.setEchoMode(QLineEdit.Password)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeat)


        self.bodyLayout.addLayout(self.fields)

        self.error = QLabel(self.body)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setProperty(u"role", u"error")

        self.bodyLayout.addWidget(self.error)

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

        self.createButton = QPushButton(self.body)
        self.createButton.setObjectName(u"createButton")

        self.buttons.addWidget(self.createButton)


        self.bodyLayout.addLayout(self.buttons)


        self.outer.addWidget(self.body)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.username)
        self.passwordLabel.setBuddy(self.password)
        self.repeatLabel.setBuddy(self.repeat)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.password, self.repeat)
        QWidget.setTabOrder(self.repeat, self.createButton)
        QWidget.setTabOrder(self.createButton, self.quitButton)

        self.retranslateUi(FirstRunDialog)

        self.createButton.setDefault(True)


        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Set up PartsDesk", None))
        self.bannerSubtitle.setText(QCoreApplication.translate("FirstRunDialog", u"Parts warehouse and warranty claims", None))
        self.intro.setText(QCoreApplication.translate("FirstRunDialog", u"This database is new. Choose the password of the administrator account <b>admin</b>, who sets up users, locations and the catalogue.", None))
        self.usernameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"User name", None))
        self.passwordLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Password", None))
        self.password.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"At least 6 characters", None))
        self.repeatLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Repeat password", None))
        self.quitButton.setText(QCoreApplication.translate("FirstRunDialog", u"Quit", None))
        self.createButton.setText(QCoreApplication.translate("FirstRunDialog", u"Create administrator", None))
    # retranslateUi

