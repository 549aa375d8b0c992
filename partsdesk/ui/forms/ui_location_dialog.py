# generated from forms/location_dialog.ui by python -m partsdesk.ui.forms.compile — do not edit
# source-sha256: 0879010ef4d3ca1eb016ef2ae94a2d9a68296097c8734aa19cbaa7e0bef4761f
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'location_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_LocationDialog(object):
    def setupUi(self, LocationDialog):
        if not LocationDialog.objectName():
            LocationDialog.setObjectName(u"LocationDialog")
        LocationDialog.resize(480, 300)
        self.outer = QVBoxLayout(LocationDialog)
        self.outer.setSpacing(10)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(20, 18, 20, 16)
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.fields.setHorizontalSpacing(12)
        self.fields.setVerticalSpacing(6)
        self.codeLabel = QLabel(LocationDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.code = QLineEdit(LocationDialog)
        self.code.setObjectName(u"code")
        self.code.setMaxLength(30)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.code)

        self.codeError = QLabel(LocationDialog)
        self.codeError.setObjectName(u"codeError")
        self.codeError.setWordWrap(True)
        self.codeError.setProperty(u"role", u"error")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeError)

        self.kindLabel = QLabel(LocationDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(LocationDialog)
        self.kind.setObjectName(u"kind")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind)

        self.kindError = QLabel(LocationDialog)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setWordWrap(True)
        self.kindError.setProperty(u"role", u"error")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kindError)

        self.descriptionLabel = QLabel(LocationDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.description = QLineEdit(LocationDialog)
        self.description.setObjectName(u"description")
        self.description.setMaxLength(200)

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.description)

        self.descriptionError = QLabel(LocationDialog)
        self.descriptionError.setObjectName(u"descriptionError")
        self.descriptionError.setWordWrap(True)
        self.descriptionError.setProperty(u"role", u"error")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.descriptionError)

        self.allowNegativeLabel = QLabel(LocationDialog)
        self.allowNegativeLabel.setObjectName(u"allowNegativeLabel")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.allowNegativeLabel)

        self.allowNegative = QCheckBox(LocationDialog)
        self.allowNegative.setObjectName(u"allowNegative")

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.allowNegative)

        self.allowNegativeHint = QLabel(LocationDialog)
        self.allowNegativeHint.setObjectName(u"allowNegativeHint")
        self.allowNegativeHint.setWordWrap(True)
        self.allowNegativeHint.setProperty(u"role", u"hint")

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.allowNegativeHint)

        self.allowNegativeError = QLabel(LocationDialog)
        self.allowNegativeError.setObjectName(u"allowNegativeError")
        self.allowNegativeError.setWordWrap(True)
        self.allowNegativeError.setProperty(u"role", u"error")

        self.fields.setWidget(8, QFormLayout.ItemRole.FieldRole, self.allowNegativeError)


        self.outer.addLayout(self.fields)

        self.error = QLabel(LocationDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setProperty(u"role", u"error")

        self.outer.addWidget(self.error)

        self.buttons = QDialogButtonBox(LocationDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.code)
        self.kindLabel.setBuddy(self.kind)
        self.descriptionLabel.setBuddy(self.description)
        self.allowNegativeLabel.setBuddy(self.allowNegative)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LocationDialog)

        QMetaObject.connectSlotsByName(LocationDialog)
    # setupUi

    def retranslateUi(self, LocationDialog):
        LocationDialog.setWindowTitle(QCoreApplication.translate("LocationDialog", u"Location", None))
        self.codeLabel.setText(QCoreApplication.translate("LocationDialog", u"Code", None))
        self.code.setPlaceholderText(QCoreApplication.translate("LocationDialog", u"e.g. A-01-03", None))
        self.kindLabel.setText(QCoreApplication.translate("LocationDialog", u"Kind", None))
        self.descriptionLabel.setText(QCoreApplication.translate("LocationDialog", u"Description", None))
        self.allowNegativeLabel.setText(QCoreApplication.translate("LocationDialog", u"Allow negative", None))
        self.allowNegative.setText(QCoreApplication.translate("LocationDialog", u"Stock here may go below zero", None))
        self.allowNegativeHint.setText(QCoreApplication.translate("LocationDialog", u"Only for areas where stock is booked before it is counted.", None))
    # retranslateUi

