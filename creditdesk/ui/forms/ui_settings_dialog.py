# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(460, 320)
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.placeNameLabel = QLabel(SettingsDialog)
        self.placeNameLabel.setObjectName(u"placeNameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.placeNameLabel)

        self.placeNameEdit = QLineEdit(SettingsDialog)
        self.placeNameEdit.setObjectName(u"placeNameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.placeNameEdit)

        self.officeNameLabel = QLabel(SettingsDialog)
        self.officeNameLabel.setObjectName(u"officeNameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.officeNameLabel)

        self.officeNameEdit = QLineEdit(SettingsDialog)
        self.officeNameEdit.setObjectName(u"officeNameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officeNameEdit)

        self.docPrefixLabel = QLabel(SettingsDialog)
        self.docPrefixLabel.setObjectName(u"docPrefixLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.docPrefixLabel)

        self.docPrefixEdit = QLineEdit(SettingsDialog)
        self.docPrefixEdit.setObjectName(u"docPrefixEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.docPrefixEdit)

        self.contactPersonLabel = QLabel(SettingsDialog)
        self.contactPersonLabel.setObjectName(u"contactPersonLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contactPersonLabel)

        self.contactPersonEdit = QLineEdit(SettingsDialog)
        self.contactPersonEdit.setObjectName(u"contactPersonEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contactPersonEdit)

        self.contactPhoneLabel = QLabel(SettingsDialog)
        self.contactPhoneLabel.setObjectName(u"contactPhoneLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contactPhoneLabel)

        self.contactPhoneEdit = QLineEdit(SettingsDialog)
        self.contactPhoneEdit.setObjectName(u"contactPhoneEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contactPhoneEdit)

        self.criticiseLabel = QLabel(SettingsDialog)
        self.criticiseLabel.setObjectName(u"criticiseLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.criticiseLabel)

        self.criticiseSpin = QSpinBox(SettingsDialog)
        self.criticiseSpin.setObjectName(u"criticiseSpin")
        self.criticiseSpin.setMinimum(1)
        self.criticiseSpin.setMaximum(999)
        self.criticiseSpin.setValue(3)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.criticiseSpin)

        self.copyToLabel = QLabel(SettingsDialog)
        self.copyToLabel.setObjectName(u"copyToLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.copyToLabel)

        self.copyToEdit = QLineEdit(SettingsDialog)
        self.copyToEdit.setObjectName(u"copyToEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.copyToEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.hintLabel = QLabel(SettingsDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.placeNameLabel.setBuddy(self.placeNameEdit)
        self.officeNameLabel.setBuddy(self.officeNameEdit)
        self.docPrefixLabel.setBuddy(self.docPrefixEdit)
        self.contactPersonLabel.setBuddy(self.contactPersonEdit)
        self.contactPhoneLabel.setBuddy(self.contactPhoneEdit)
        self.criticiseLabel.setBuddy(self.criticiseSpin)
        self.copyToLabel.setBuddy(self.copyToEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.placeNameEdit, self.officeNameEdit)
        QWidget.setTabOrder(self.officeNameEdit, self.docPrefixEdit)
        QWidget.setTabOrder(self.docPrefixEdit, self.contactPersonEdit)
        QWidget.setTabOrder(self.contactPersonEdit, self.contactPhoneEdit)
        QWidget.setTabOrder(self.contactPhoneEdit, self.criticiseSpin)
        QWidget.setTabOrder(self.criticiseSpin, self.copyToEdit)

        self.retranslateUi(SettingsDialog)
        self.buttonBox.accepted.connect(SettingsDialog.accept)
        self.buttonBox.rejected.connect(SettingsDialog.reject)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"\u8bbe\u7f6e", None))
        self.placeNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u53bf\u533a\u540d\u79f0(&P)\uff1a", None))
        self.placeNameEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"\u4f8b\u5982\uff1a\u897f\u5e73\u53bf", None))
        self.officeNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u4fe1\u7528\u529e\u540d\u79f0(&O)\uff1a", None))
        self.officeNameEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"\u4f8b\u5982\uff1a\u897f\u5e73\u53bf\u793e\u4f1a\u4fe1\u7528\u4f53\u7cfb\u5efa\u8bbe\u9886\u5bfc\u5c0f\u7ec4\u529e\u516c\u5ba4", None))
        self.docPrefixLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u6587\u53f7\u524d\u7f00(&D)\uff1a", None))
        self.docPrefixEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"\u4f8b\u5982\uff1a\u897f\u4fe1\u7528\u529e\u7763", None))
        self.contactPersonLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u8054\u7cfb\u4eba(&C)\uff1a", None))
        self.contactPhoneLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u8054\u7cfb\u7535\u8bdd(&T)\uff1a", None))
        self.criticiseLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u901a\u62a5\u6279\u8bc4(&B)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.criticiseSpin.setToolTip(QCoreApplication.translate("SettingsDialog", u"\u5b63\u5ea6\u901a\u62a5\u4e2d\uff0c\u903e\u671f\u672a\u62a5\u4e8b\u9879\u8fbe\u5230\u8fd9\u4e2a\u6570\u76ee\u7684\u5355\u4f4d\u5217\u5165\u901a\u62a5\u6279\u8bc4\u6bb5\u843d", None))
#endif // QT_CONFIG(tooltip)
        self.criticiseSpin.setPrefix(QCoreApplication.translate("SettingsDialog", u"\u903e\u671f\u672a\u62a5\u4e8b\u9879\u8fbe\u5230 ", None))
        self.criticiseSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" \u9879\u7684\u5355\u4f4d\u4e88\u4ee5\u901a\u62a5\u6279\u8bc4", None))
        self.copyToLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u901a\u62a5\u6284\u9001(&S)\uff1a", None))
        self.copyToEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"\u5b63\u5ea6\u901a\u62a5\u7248\u8bb0\u7684\u6284\u9001\u5355\u4f4d\uff0c\u7559\u7a7a\u5219\u4e0d\u5370\u6284\u9001\u884c", None))
        self.hintLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u6587\u53f7\u6309\u201c\u524d\u7f00\u3014\u5e74\u4efd\u3015\u5e8f\u53f7\u53f7\u201d\u7f16\u6392\uff0c\u4f8b\u5982 \u897f\u4fe1\u7528\u529e\u7763\u30142024\u30153\u53f7\u3002", None))
    # retranslateUi

