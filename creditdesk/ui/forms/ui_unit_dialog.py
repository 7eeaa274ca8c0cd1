# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unit_dialog.ui'
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
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_UnitDialog(object):
    def setupUi(self, UnitDialog):
        if not UnitDialog.objectName():
            UnitDialog.setObjectName(u"UnitDialog")
        UnitDialog.resize(560, 600)
        self.dialogLayout = QVBoxLayout(UnitDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.nameLabel = QLabel(UnitDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(UnitDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.shortNameLabel = QLabel(UnitDialog)
        self.shortNameLabel.setObjectName(u"shortNameLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.shortNameLabel)

        self.shortNameEdit = QLineEdit(UnitDialog)
        self.shortNameEdit.setObjectName(u"shortNameEdit")
        self.shortNameEdit.setMaxLength(60)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.shortNameEdit)

        self.categoryLabel = QLabel(UnitDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(UnitDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setEditable(True)
        self.categoryCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.liaisonLabel = QLabel(UnitDialog)
        self.liaisonLabel.setObjectName(u"liaisonLabel")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.liaisonLabel)

        self.liaisonLayout = QHBoxLayout()
        self.liaisonLayout.setObjectName(u"liaisonLayout")
        self.liaisonEdit = QLineEdit(UnitDialog)
        self.liaisonEdit.setObjectName(u"liaisonEdit")
        self.liaisonEdit.setMaxLength(60)

        self.liaisonLayout.addWidget(self.liaisonEdit)

        self.liaisonTitleLabel = QLabel(UnitDialog)
        self.liaisonTitleLabel.setObjectName(u"liaisonTitleLabel")

        self.liaisonLayout.addWidget(self.liaisonTitleLabel)

        self.liaisonTitleEdit = QLineEdit(UnitDialog)
        self.liaisonTitleEdit.setObjectName(u"liaisonTitleEdit")
        self.liaisonTitleEdit.setMaxLength(60)

        self.liaisonLayout.addWidget(self.liaisonTitleEdit)


        self.fieldsLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.liaisonLayout)

        self.officePhoneLabel = QLabel(UnitDialog)
        self.officePhoneLabel.setObjectName(u"officePhoneLabel")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.officePhoneLabel)

        self.officePhoneEdit = QLineEdit(UnitDialog)
        self.officePhoneEdit.setObjectName(u"officePhoneEdit")
        self.officePhoneEdit.setMaxLength(60)

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.officePhoneEdit)

        self.mobileLabel = QLabel(UnitDialog)
        self.mobileLabel.setObjectName(u"mobileLabel")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.mobileLabel)

        self.mobileEdit = QLineEdit(UnitDialog)
        self.mobileEdit.setObjectName(u"mobileEdit")
        self.mobileEdit.setMaxLength(60)

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.mobileEdit)

        self.emailLabel = QLabel(UnitDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(UnitDialog)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(120)

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.addressLabel = QLabel(UnitDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.fieldsLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(UnitDialog)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(200)

        self.fieldsLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.notesLabel = QLabel(UnitDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.fieldsLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(UnitDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 80))

        self.fieldsLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.activeCheck = QCheckBox(UnitDialog)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.fieldsLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.activeCheck)


        self.dialogLayout.addLayout(self.fieldsLayout)

        self.aliasBox = QGroupBox(UnitDialog)
        self.aliasBox.setObjectName(u"aliasBox")
        self.aliasLayout = QVBoxLayout(self.aliasBox)
        self.aliasLayout.setObjectName(u"aliasLayout")
        self.aliasList = QListWidget(self.aliasBox)
        self.aliasList.setObjectName(u"aliasList")
        self.aliasList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.aliasLayout.addWidget(self.aliasList)

        self.aliasButtons = QHBoxLayout()
        self.aliasButtons.setObjectName(u"aliasButtons")
        self.aliasEdit = QLineEdit(self.aliasBox)
        self.aliasEdit.setObjectName(u"aliasEdit")
        self.aliasEdit.setMaxLength(120)

        self.aliasButtons.addWidget(self.aliasEdit)

        self.addAliasButton = QPushButton(self.aliasBox)
        self.addAliasButton.setObjectName(u"addAliasButton")
        self.addAliasButton.setAutoDefault(False)

        self.aliasButtons.addWidget(self.addAliasButton)

        self.removeAliasButton = QPushButton(self.aliasBox)
        self.removeAliasButton.setObjectName(u"removeAliasButton")
        self.removeAliasButton.setAutoDefault(False)

        self.aliasButtons.addWidget(self.removeAliasButton)


        self.aliasLayout.addLayout(self.aliasButtons)


        self.dialogLayout.addWidget(self.aliasBox)

        self.messageLabel = QLabel(UnitDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(UnitDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.shortNameLabel.setBuddy(self.shortNameEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.liaisonLabel.setBuddy(self.liaisonEdit)
        self.liaisonTitleLabel.setBuddy(self.liaisonTitleEdit)
        self.officePhoneLabel.setBuddy(self.officePhoneEdit)
        self.mobileLabel.setBuddy(self.mobileEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.shortNameEdit)
        QWidget.setTabOrder(self.shortNameEdit, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.liaisonEdit)
        QWidget.setTabOrder(self.liaisonEdit, self.liaisonTitleEdit)
        QWidget.setTabOrder(self.liaisonTitleEdit, self.officePhoneEdit)
        QWidget.setTabOrder(self.officePhoneEdit, self.mobileEdit)
        QWidget.setTabOrder(self.mobileEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.activeCheck)
        QWidget.setTabOrder(self.activeCheck, self.aliasList)
        QWidget.setTabOrder(self.aliasList, self.aliasEdit)
        QWidget.setTabOrder(self.aliasEdit, self.addAliasButton)
        QWidget.setTabOrder(self.addAliasButton, self.removeAliasButton)

        self.retranslateUi(UnitDialog)
        self.buttonBox.rejected.connect(UnitDialog.reject)

        QMetaObject.connectSlotsByName(UnitDialog)
    # setupUi

    def retranslateUi(self, UnitDialog):
        UnitDialog.setWindowTitle(QCoreApplication.translate("UnitDialog", u"\u5355\u4f4d", None))
        self.nameLabel.setText(QCoreApplication.translate("UnitDialog", u"\u5355\u4f4d\u540d\u79f0(&N)\uff1a", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("UnitDialog", u"\u5168\u79f0\uff0c\u5982 \u9752\u79be\u53bf\u53d1\u5c55\u548c\u6539\u9769\u59d4\u5458\u4f1a", None))
        self.shortNameLabel.setText(QCoreApplication.translate("UnitDialog", u"\u7b80\u79f0(&S)\uff1a", None))
        self.categoryLabel.setText(QCoreApplication.translate("UnitDialog", u"\u7c7b\u522b(&C)\uff1a", None))
        self.liaisonLabel.setText(QCoreApplication.translate("UnitDialog", u"\u8054\u7edc\u5458(&L)\uff1a", None))
        self.liaisonTitleLabel.setText(QCoreApplication.translate("UnitDialog", u"\u804c\u52a1(&J)\uff1a", None))
        self.liaisonTitleEdit.setPlaceholderText(QCoreApplication.translate("UnitDialog", u"\u5982 \u529e\u516c\u5ba4\u4e3b\u4efb", None))
        self.officePhoneLabel.setText(QCoreApplication.translate("UnitDialog", u"\u529e\u516c\u7535\u8bdd(&P)\uff1a", None))
        self.officePhoneEdit.setPlaceholderText(QCoreApplication.translate("UnitDialog", u"\u5982 0391-6218801", None))
        self.mobileLabel.setText(QCoreApplication.translate("UnitDialog", u"\u624b\u673a(&M)\uff1a", None))
        self.emailLabel.setText(QCoreApplication.translate("UnitDialog", u"\u7535\u5b50\u90ae\u7bb1(&E)\uff1a", None))
        self.addressLabel.setText(QCoreApplication.translate("UnitDialog", u"\u5730\u5740(&D)\uff1a", None))
        self.notesLabel.setText(QCoreApplication.translate("UnitDialog", u"\u5907\u6ce8(&R)\uff1a", None))
        self.activeCheck.setText(QCoreApplication.translate("UnitDialog", u"\u5728\u518c\uff08\u53d6\u6d88\u52fe\u9009\u5373\u505c\u7528\u8be5\u5355\u4f4d\uff09(&A)", None))
        self.aliasBox.setTitle(QCoreApplication.translate("UnitDialog", u"\u522b\u540d\uff08\u6587\u4ef6\u4e2d\u51fa\u73b0\u7684\u5176\u4ed6\u5199\u6cd5\uff0c\u5bfc\u5165\u65f6\u636e\u6b64\u8bc6\u522b\u672c\u5355\u4f4d\uff09", None))
        self.aliasEdit.setPlaceholderText(QCoreApplication.translate("UnitDialog", u"\u8f93\u5165\u522b\u540d\uff0c\u5982 \u53bf\u53d1\u6539\u59d4", None))
        self.addAliasButton.setText(QCoreApplication.translate("UnitDialog", u"\u6dfb\u52a0\u522b\u540d(&T)", None))
        self.removeAliasButton.setText(QCoreApplication.translate("UnitDialog", u"\u5220\u9664\u6240\u9009\u522b\u540d(&X)", None))
    # retranslateUi

