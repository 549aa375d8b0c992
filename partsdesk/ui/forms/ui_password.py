# generated from forms/password.ui by python -m partsdesk.ui.forms.compile — do not edit
# source-sha256: c7c2ceb61cf2b5520d3ececd82d77a94e807275a107d52096499d3059dcc8f7d
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'password.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_PasswordDialog(object):
    def setupUi(self, PasswordDialog):
        if not PasswordDialog.objectName():
            PasswordDialog.setObjectName(u"PasswordDialog")
        PasswordDialog.resize(460, 280)
        self.outer = QVBoxLayout(PasswordDialog)
        self.outer.setSpacing(0)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.body = QWidget(PasswordDialog)
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
        self.currentLabel = QLabel(self.body)
        self.currentLabel.setObjectName(u"currentLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentLabel)

        self.current = QLineEdit(self.body)
        self.current.setObjectName(u"current")
        self.current.setEchoMode(QLineEdit.Password)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.current)

        self.currentError = QLabel(self.body)
        self.currentError.setObjectName(u"currentError")
        self.currentError.setWordWrap(True)
        self.currentError.setProperty(u"role", u"error")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.currentError)

        self.newLabel = QLabel(self.body)
        self.newLabel.setObjectName(u"newLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.newLabel)

        self.new = QLineEdit(self.body)
        self.new.setObjectName(u"new")
        self.new.setEchoMode(QLineEdit.Password)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.new)

        self.newError = QLabel(self.body)
        self.newError.setObjectName(u"newError")
        self.newError.setWordWrap(True)
        self.newError.setProperty(u"role", u"error")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.newError)

        self.repeatLabel = QLabel(self.body)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeat = QLineEdit(self.body)
        self.repeat.setObjectName(u"repeat")
        self.repeat.setEchoMode(QLineEdit.Password)

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.repeat)


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
        self.currentLabel.setBuddy(self.current)
        self.newLabel.setBuddy(self.new)
        self.repeatLabel.setBuddy(self.repeat)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PasswordDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(PasswordDialog)
    # setupUi

    def retranslateUi(self, PasswordDialog):
        PasswordDialog.setWindowTitle(QCoreApplication.translate("PasswordDialog", u"Change password", None))
        self.currentLabel.setText(QCoreApplication.translate("PasswordDialog", u"&Current password", None))
        self.newLabel.setText(QCoreApplication.translate("PasswordDialog", u"&New password", None))
        self.new.setPlaceholderText(QCoreApplication.translate("PasswordDialog", u"At least 6 characters", None))
        self.repeatLabel.setText(QCoreApplication.translate("PasswordDialog", u"&Repeat new password", None))
        self.cancelButton.setText(QCoreApplication.translate("PasswordDialog", u"Cancel", None))
        self.saveButton.setText(QCoreApplication.translate("PasswordDialog", u"Change password", None))
    # retranslateUi

