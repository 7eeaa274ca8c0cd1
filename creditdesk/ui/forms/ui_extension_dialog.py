# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'extension_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ExtensionDialog(object):
    def setupUi(self, ExtensionDialog):
        if not ExtensionDialog.objectName():
            ExtensionDialog.setObjectName(u"ExtensionDialog")
        ExtensionDialog.resize(480, 300)
        self.dialogLayout = QVBoxLayout(ExtensionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.obligationLabel = QLabel(ExtensionDialog)
        self.obligationLabel.setObjectName(u"obligationLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.obligationLabel)

        self.obligationCombo = QComboBox(ExtensionDialog)
        self.obligationCombo.setObjectName(u"obligationCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.obligationCombo)

        self.dueCaption = QLabel(ExtensionDialog)
        self.dueCaption.setObjectName(u"dueCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dueCaption)

        self.dueLabel = QLabel(ExtensionDialog)
        self.dueLabel.setObjectName(u"dueLabel")
        self.dueLabel.setText(u"")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dueLabel)

        self.currentCaption = QLabel(ExtensionDialog)
        self.currentCaption.setObjectName(u"currentCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.currentCaption)

        self.currentLabel = QLabel(ExtensionDialog)
        self.currentLabel.setObjectName(u"currentLabel")
        self.currentLabel.setText(u"")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.currentLabel)

        self.newDateLabel = QLabel(ExtensionDialog)
        self.newDateLabel.setObjectName(u"newDateLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.newDateLabel)

        self.newDate = QDateEdit(ExtensionDialog)
        self.newDate.setObjectName(u"newDate")
        self.newDate.setDisplayFormat(u"yyyy\u5e74M\u6708d\u65e5")
        self.newDate.setCalendarPopup(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.newDate)

        self.reasonLabel = QLabel(ExtensionDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(ExtensionDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ExtensionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ExtensionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.obligationLabel.setBuddy(self.obligationCombo)
        self.newDateLabel.setBuddy(self.newDate)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExtensionDialog)
        self.buttonBox.rejected.connect(ExtensionDialog.reject)

        QMetaObject.connectSlotsByName(ExtensionDialog)
    # setupUi

    def retranslateUi(self, ExtensionDialog):
        ExtensionDialog.setWindowTitle(QCoreApplication.translate("ExtensionDialog", u"\u5ef6\u671f", None))
        self.obligationLabel.setText(QCoreApplication.translate("ExtensionDialog", u"\u5e94\u62a5\u4e8b\u9879(&O)\uff1a", None))
        self.dueCaption.setText(QCoreApplication.translate("ExtensionDialog", u"\u539f\u622a\u6b62\u65e5\u671f\uff1a", None))
        self.currentCaption.setText(QCoreApplication.translate("ExtensionDialog", u"\u5df2\u6279\u51c6\u5ef6\u671f\uff1a", None))
        self.newDateLabel.setText(QCoreApplication.translate("ExtensionDialog", u"\u5ef6\u671f\u81f3(&D)\uff1a", None))
        self.reasonLabel.setText(QCoreApplication.translate("ExtensionDialog", u"\u5ef6\u671f\u7406\u7531(&R)\uff1a", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("ExtensionDialog", u"\u4f8b\u5982\uff1a\u5355\u4f4d\u6765\u51fd\u7533\u8bf7\uff0c\u56e0\u7cfb\u7edf\u5347\u7ea7\u5ef6\u671f\u62a5\u9001", None))
    # retranslateUi

