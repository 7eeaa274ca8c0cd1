# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'target_picker.ui'
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
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_TargetPicker(object):
    def setupUi(self, TargetPicker):
        if not TargetPicker.objectName():
            TargetPicker.setObjectName(u"TargetPicker")
        TargetPicker.resize(420, 480)
        self.dialogLayout = QVBoxLayout(TargetPicker)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.promptLabel = QLabel(TargetPicker)
        self.promptLabel.setObjectName(u"promptLabel")
        self.promptLabel.setText(u"")
        self.promptLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.promptLabel)

        self.searchEdit = QLineEdit(TargetPicker)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.dialogLayout.addWidget(self.searchEdit)

        self.targetList = QListWidget(TargetPicker)
        self.targetList.setObjectName(u"targetList")
        self.targetList.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.targetList)

        self.buttonBox = QDialogButtonBox(TargetPicker)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.searchEdit, self.targetList)

        self.retranslateUi(TargetPicker)
        self.buttonBox.accepted.connect(TargetPicker.accept)
        self.buttonBox.rejected.connect(TargetPicker.reject)

        QMetaObject.connectSlotsByName(TargetPicker)
    # setupUi

    def retranslateUi(self, TargetPicker):
        TargetPicker.setWindowTitle(QCoreApplication.translate("TargetPicker", u"\u9009\u62e9\u5355\u4f4d", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("TargetPicker", u"\u8f93\u5165\u540d\u79f0\u6216\u522b\u540d\u67e5\u627e", None))
    # retranslateUi

