# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'notice_wording_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_NoticeWordingDialog(object):
    def setupUi(self, NoticeWordingDialog):
        if not NoticeWordingDialog.objectName():
            NoticeWordingDialog.setObjectName(u"NoticeWordingDialog")
        NoticeWordingDialog.resize(640, 460)
        self.dialogLayout = QVBoxLayout(NoticeWordingDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.hintLabel = QLabel(NoticeWordingDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.titleLayout = QFormLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(NoticeWordingDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(NoticeWordingDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.titleLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)


        self.dialogLayout.addLayout(self.titleLayout)

        self.bodyEdit = QPlainTextEdit(NoticeWordingDialog)
        self.bodyEdit.setObjectName(u"bodyEdit")

        self.dialogLayout.addWidget(self.bodyEdit)

        self.placeholderLabel = QLabel(NoticeWordingDialog)
        self.placeholderLabel.setObjectName(u"placeholderLabel")
        self.placeholderLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.placeholderLabel)

        self.errorLabel = QLabel(NoticeWordingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.templateButton = QPushButton(NoticeWordingDialog)
        self.templateButton.setObjectName(u"templateButton")

        self.buttonLayout.addWidget(self.templateButton)

        self.buttonBox = QDialogButtonBox(NoticeWordingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.buttonLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonLayout)

        self.dialogLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NoticeWordingDialog)

        QMetaObject.connectSlotsByName(NoticeWordingDialog)
    # setupUi

    def retranslateUi(self, NoticeWordingDialog):
        NoticeWordingDialog.setWindowTitle(QCoreApplication.translate("NoticeWordingDialog", u"\u4fee\u6539\u672c\u4efd\u901a\u77e5\u7684\u63aa\u8f9e", None))
        self.titleLabel.setText(QCoreApplication.translate("NoticeWordingDialog", u"\u6807\u9898", None))
#if QT_CONFIG(tooltip)
        self.bodyEdit.setToolTip(QCoreApplication.translate("NoticeWordingDialog", u"\u6bcf\u884c\u4e00\u6bb5\uff1b\u5355\u72ec\u4e00\u884c\u7684 {items} \u5904\u6392\u4e8b\u9879\u8868\u683c", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.templateButton.setToolTip(QCoreApplication.translate("NoticeWordingDialog", u"\u4e0d\u5355\u72ec\u4fee\u6539\uff0c\u6309\u901a\u77e5\u6a21\u677f\u7684\u63aa\u8f9e", None))
#endif // QT_CONFIG(tooltip)
        self.templateButton.setText(QCoreApplication.translate("NoticeWordingDialog", u"\u6062\u590d\u6a21\u677f\u63aa\u8f9e", None))
    # retranslateUi

