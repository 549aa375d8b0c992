# generated from forms/settings.ui by python -m partsdesk.ui.forms.compile — do not edit
# source-sha256: 0655bbadf86cf479bd3b625a403d03ff215f02f59439942c4a4ce5284a2eff7d
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(560, 420)
        self.outer = QVBoxLayout(SettingsDialog)
        self.outer.setSpacing(0)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.body = QWidget(SettingsDialog)
        self.body.setObjectName(u"body")
        self.bodyLayout = QVBoxLayout(self.body)
        self.bodyLayout.setSpacing(10)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.bodyLayout.setContentsMargins(24, 20, 24, 24)
        self.languageBox = QGroupBox(self.body)
        self.languageBox.setObjectName(u"languageBox")
        self.languageLayout = QFormLayout(self.languageBox)
        self.languageLayout.setObjectName(u"languageLayout")
        self.languageLabel = QLabel(self.languageBox)
        self.languageLabel.setObjectName(u"languageLabel")

        self.languageLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.language = QComboBox(self.languageBox)
        self.language.setObjectName(u"language")

        self.languageLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language)

        self.languageHint = QLabel(self.languageBox)
        self.languageHint.setObjectName(u"languageHint")
        self.languageHint.setWordWrap(True)
        self.languageHint.setProperty(u"role", u"hint")

        self.languageLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageHint)


        self.bodyLayout.addWidget(self.languageBox)

        self.databaseBox = QGroupBox(self.body)
        self.databaseBox.setObjectName(u"databaseBox")
        self.databaseLayout = QGridLayout(self.databaseBox)
        self.databaseLayout.setObjectName(u"databaseLayout")
        self.databaseLayout.setHorizontalSpacing(8)
        self.databaseLayout.setVerticalSpacing(8)
        self.useSqlite = QRadioButton(self.databaseBox)
        self.useSqlite.setObjectName(u"useSqlite")

        self.databaseLayout.addWidget(self.useSqlite, 0, 0, 1, 3)

        self.sqlitePath = QLineEdit(self.databaseBox)
        self.sqlitePath.setObjectName(u"sqlitePath")

        self.databaseLayout.addWidget(self.sqlitePath, 1, 0, 1, 2)

        self.browseButton = QPushButton(self.databaseBox)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.databaseLayout.addWidget(self.browseButton, 1, 2, 1, 1)

        self.usePostgres = QRadioButton(self.databaseBox)
        self.usePostgres.setObjectName(u"usePostgres")

        self.databaseLayout.addWidget(self.usePostgres, 2, 0, 1, 3)

        self.postgresUrl = QLineEdit(self.databaseBox)
        self.postgresUrl.setObjectName(u"postgresUrl")

        self.databaseLayout.addWidget(self.postgresUrl, 3, 0, 1, 2)

        self.testButton = QPushButton(self.databaseBox)
        self.testButton.setObjectName(u"testButton")
        self.testButton.setAutoDefault(False)

        self.databaseLayout.addWidget(self.testButton, 3, 2, 1, 1)

        self.passwordLabel = QLabel(self.databaseBox)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.databaseLayout.addWidget(self.passwordLabel, 4, 0, 1, 1)

        self.postgresPassword = QLineEdit(self.databaseBox)
        self.postgresPassword.setObjectName(u"postgresPassword")
        self.postgresPassword.setEchoMode(QLineEdit.Password)

        self.databaseLayout.addWidget(self.postgresPassword, 4, 1, 1, 2)

        self.passwordNote = QLabel(self.databaseBox)
        self.passwordNote.setObjectName(u"passwordNote")
        self.passwordNote.setWordWrap(True)
        self.passwordNote.setProperty(u"role", u"hint")

        self.databaseLayout.addWidget(self.passwordNote, 5, 0, 1, 3)

        self.databaseNote = QLabel(self.databaseBox)
        self.databaseNote.setObjectName(u"databaseNote")
        self.databaseNote.setWordWrap(True)
        self.databaseNote.setProperty(u"role", u"hint")

        self.databaseLayout.addWidget(self.databaseNote, 6, 0, 1, 3)


        self.bodyLayout.addWidget(self.databaseBox)

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
        self.languageLabel.setBuddy(self.language)
        self.passwordLabel.setBuddy(self.postgresPassword)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.languageBox.setTitle(QCoreApplication.translate("SettingsDialog", u"Language", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Language of the window", None))
        self.languageHint.setText(QCoreApplication.translate("SettingsDialog", u"A new language applies at once.", None))
        self.databaseBox.setTitle(QCoreApplication.translate("SettingsDialog", u"Database", None))
        self.useSqlite.setText(QCoreApplication.translate("SettingsDialog", u"A database &file on this PC (SQLite)", None))
        self.browseButton.setText(QCoreApplication.translate("SettingsDialog", u"&Browse\u2026", None))
        self.usePostgres.setText(QCoreApplication.translate("SettingsDialog", u"A shared &PostgreSQL server (several PCs)", None))
        self.postgresUrl.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"postgresql://user@server/partsdesk", None))
        self.testButton.setText(QCoreApplication.translate("SettingsDialog", u"&Test connection", None))
        self.passwordLabel.setText(QCoreApplication.translate("SettingsDialog", u"Pass&word:", None))
        self.cancelButton.setText(QCoreApplication.translate("SettingsDialog", u"Cancel", None))
        self.saveButton.setText(QCoreApplication.translate("SettingsDialog", u"Save", None))
    # retranslateUi

