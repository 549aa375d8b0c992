# generated from forms/part_dialog.ui by python -m partsdesk.ui.forms.compile — do not edit
# source-sha256: dc7e34954862e9fa9deb9af01bb54471a7e2e7d11286adba0c629a2c0aa8ccc3
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'part_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_PartDialog(object):
    def setupUi(self, PartDialog):
        if not PartDialog.objectName():
            PartDialog.setObjectName(u"PartDialog")
        PartDialog.resize(540, 300)
        self.outer = QVBoxLayout(PartDialog)
        self.outer.setSpacing(10)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(20, 18, 20, 16)
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.fields.setHorizontalSpacing(12)
        self.fields.setVerticalSpacing(6)
        self.partNoLabel = QLabel(PartDialog)
        self.partNoLabel.setObjectName(u"partNoLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.partNoLabel)

        self.partNo = QLineEdit(PartDialog)
        self.partNo.setObjectName(u"partNo")
        self.partNo.setMaxLength(40)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.partNo)

        self.partNoError = QLabel(PartDialog)
        self.partNoError.setObjectName(u"partNoError")
        self.partNoError.setWordWrap(True)
        self.partNoError.setProperty(u"role", u"error")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.partNoError)

        self.nameLabel = QLabel(PartDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(PartDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(200)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.name)

        self.nameError = QLabel(PartDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)
        self.nameError.setProperty(u"role", u"error")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.nameZhLabel = QLabel(PartDialog)
        self.nameZhLabel.setObjectName(u"nameZhLabel")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.nameZhLabel)

        self.nameZh = QLineEdit(PartDialog)
        self.nameZh.setObjectName(u"nameZh")
        self.nameZh.setMaxLength(200)

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.nameZh)

        self.nameZhError = QLabel(PartDialog)
        self.nameZhError.setObjectName(u"nameZhError")
        self.nameZhError.setWordWrap(True)
        self.nameZhError.setProperty(u"role", u"error")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.nameZhError)

        self.categoryLabel = QLabel(PartDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.category = QComboBox(PartDialog)
        self.category.setObjectName(u"category")
        self.category.setEditable(True)

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.category)

        self.categoryError = QLabel(PartDialog)
        self.categoryError.setObjectName(u"categoryError")
        self.categoryError.setWordWrap(True)
        self.categoryError.setProperty(u"role", u"error")

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.categoryError)

        self.unitPriceLabel = QLabel(PartDialog)
        self.unitPriceLabel.setObjectName(u"unitPriceLabel")

        self.fields.setWidget(8, QFormLayout.ItemRole.LabelRole, self.unitPriceLabel)

        self.priceRow = QHBoxLayout()
        self.priceRow.setSpacing(6)
        self.priceRow.setObjectName(u"priceRow")
        self.unitPrice = QLineEdit(PartDialog)
        self.unitPrice.setObjectName(u"unitPrice")
        self.unitPrice.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)

        self.priceRow.addWidget(self.unitPrice)

        self.unitLabel = QLabel(PartDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.priceRow.addWidget(self.unitLabel)

        self.unit = QComboBox(PartDialog)
        self.unit.setObjectName(u"unit")
        self.unit.setEditable(True)
        self.unit.setMinimumSize(QSize(90, 0))

        self.priceRow.addWidget(self.unit)


        self.fields.setLayout(8, QFormLayout.ItemRole.FieldRole, self.priceRow)

        self.unitPriceError = QLabel(PartDialog)
        self.unitPriceError.setObjectName(u"unitPriceError")
        self.unitPriceError.setWordWrap(True)
        self.unitPriceError.setProperty(u"role", u"error")

        self.fields.setWidget(9, QFormLayout.ItemRole.FieldRole, self.unitPriceError)

        self.minStockLabel = QLabel(PartDialog)
        self.minStockLabel.setObjectName(u"minStockLabel")

        self.fields.setWidget(10, QFormLayout.ItemRole.LabelRole, self.minStockLabel)

        self.minStock = QLineEdit(PartDialog)
        self.minStock.setObjectName(u"minStock")
        self.minStock.setAlignment(Qt.AlignRight|Qt.AlignTrailing|Qt.AlignVCenter)

        self.fields.setWidget(10, QFormLayout.ItemRole.FieldRole, self.minStock)

        self.minStockError = QLabel(PartDialog)
        self.minStockError.setObjectName(u"minStockError")
        self.minStockError.setWordWrap(True)
        self.minStockError.setProperty(u"role", u"error")

        self.fields.setWidget(11, QFormLayout.ItemRole.FieldRole, self.minStockError)

        self.mustReturnLabel = QLabel(PartDialog)
        self.mustReturnLabel.setObjectName(u"mustReturnLabel")

        self.fields.setWidget(12, QFormLayout.ItemRole.LabelRole, self.mustReturnLabel)

        self.mustReturn = QCheckBox(PartDialog)
        self.mustReturn.setObjectName(u"mustReturn")

        self.fields.setWidget(12, QFormLayout.ItemRole.FieldRole, self.mustReturn)

        self.aliasesLabel = QLabel(PartDialog)
        self.aliasesLabel.setObjectName(u"aliasesLabel")

        self.fields.setWidget(13, QFormLayout.ItemRole.LabelRole, self.aliasesLabel)

        self.aliasRow = QHBoxLayout()
        self.aliasRow.setSpacing(6)
        self.aliasRow.setObjectName(u"aliasRow")
        self.aliasEntry = QLineEdit(PartDialog)
        self.aliasEntry.setObjectName(u"aliasEntry")

        self.aliasRow.addWidget(self.aliasEntry)

        self.addAlias = QPushButton(PartDialog)
        self.addAlias.setObjectName(u"addAlias")
        self.addAlias.setAutoDefault(False)

        self.aliasRow.addWidget(self.addAlias)

        self.removeAlias = QPushButton(PartDialog)
        self.removeAlias.setObjectName(u"removeAlias")
        self.removeAlias.setAutoDefault(False)

        self.aliasRow.addWidget(self.removeAlias)


        self.fields.setLayout(13, QFormLayout.ItemRole.FieldRole, self.aliasRow)

        self.aliases = QListWidget(PartDialog)
        self.aliases.setObjectName(u"aliases")
        self.aliases.setMaximumSize(QSize(16777215, 96))
        self.aliases.setSelectionMode(QAbstractItemView.ExtendedSelection)

        self.fields.setWidget(14, QFormLayout.ItemRole.FieldRole, self.aliases)

        self.aliasesHint = QLabel(PartDialog)
        self.aliasesHint.setObjectName(u"aliasesHint")
        self.aliasesHint.setWordWrap(True)
        self.aliasesHint.setProperty(u"role", u"hint")

        self.fields.setWidget(15, QFormLayout.ItemRole.FieldRole, self.aliasesHint)

        self.aliasesError = QLabel(PartDialog)
        self.aliasesError.setObjectName(u"aliasesError")
        self.aliasesError.setWordWrap(True)
        self.aliasesError.setProperty(u"role", u"error")

        self.fields.setWidget(16, QFormLayout.ItemRole.FieldRole, self.aliasesError)


        self.outer.addLayout(self.fields)

        self.error = QLabel(PartDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setProperty(u"role", u"error")

        self.outer.addWidget(self.error)

        self.buttons = QDialogButtonBox(PartDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.partNoLabel.setBuddy(self.partNo)
        self.nameLabel.setBuddy(self.name)
        self.nameZhLabel.setBuddy(self.nameZh)
        self.categoryLabel.setBuddy(self.category)
        self.unitPriceLabel.setBuddy(self.unitPrice)
        self.unitLabel.setBuddy(self.unit)
        self.minStockLabel.setBuddy(self.minStock)
        self.mustReturnLabel.setBuddy(self.mustReturn)
        self.aliasesLabel.setBuddy(self.aliasEntry)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PartDialog)

        QMetaObject.connectSlotsByName(PartDialog)
    # setupUi

    def retranslateUi(self, PartDialog):
        PartDialog.setWindowTitle(QCoreApplication.translate("PartDialog", u"Part", None))
        self.partNoLabel.setText(QCoreApplication.translate("PartDialog", u"Part No.", None))
        self.nameLabel.setText(QCoreApplication.translate("PartDialog", u"Name", None))
        self.nameZhLabel.setText(QCoreApplication.translate("PartDialog", u"Chinese name", None))
        self.categoryLabel.setText(QCoreApplication.translate("PartDialog", u"Category", None))
        self.unitPriceLabel.setText(QCoreApplication.translate("PartDialog", u"Unit price", None))
        self.unitLabel.setText(QCoreApplication.translate("PartDialog", u"Unit", None))
        self.minStockLabel.setText(QCoreApplication.translate("PartDialog", u"Minimum stock", None))
        self.mustReturnLabel.setText(QCoreApplication.translate("PartDialog", u"Must return", None))
        self.mustReturn.setText(QCoreApplication.translate("PartDialog", u"A failed part must be sent back to the manufacturer", None))
        self.aliasesLabel.setText(QCoreApplication.translate("PartDialog", u"Barcode aliases", None))
        self.aliasEntry.setPlaceholderText(QCoreApplication.translate("PartDialog", u"Scan or type a barcode, then Enter", None))
        self.addAlias.setText(QCoreApplication.translate("PartDialog", u"Add", None))
        self.removeAlias.setText(QCoreApplication.translate("PartDialog", u"Remove", None))
        self.aliasesHint.setText(QCoreApplication.translate("PartDialog", u"Supplier EAN or box codes that also mean this part.", None))
    # retranslateUi

