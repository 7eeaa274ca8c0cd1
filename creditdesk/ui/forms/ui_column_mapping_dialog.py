# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'column_mapping_dialog.ui'
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
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QSizePolicy, QSpacerItem, QSpinBox,
    QTableView, QVBoxLayout, QWidget)

class Ui_ColumnMappingDialog(object):
    def setupUi(self, ColumnMappingDialog):
        if not ColumnMappingDialog.objectName():
            ColumnMappingDialog.setObjectName(u"ColumnMappingDialog")
        ColumnMappingDialog.resize(820, 560)
        self.dialogLayout = QVBoxLayout(ColumnMappingDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ColumnMappingDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLabel = QLabel(ColumnMappingDialog)
        self.headerLabel.setObjectName(u"headerLabel")

        self.headerLayout.addWidget(self.headerLabel)

        self.headerSpin = QSpinBox(ColumnMappingDialog)
        self.headerSpin.setObjectName(u"headerSpin")
        self.headerSpin.setMinimum(0)
        self.headerSpin.setMaximum(15)

        self.headerLayout.addWidget(self.headerSpin)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)


        self.dialogLayout.addLayout(self.headerLayout)

        self.columnView = QTableView(ColumnMappingDialog)
        self.columnView.setObjectName(u"columnView")
        self.columnView.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.columnView.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.columnView.horizontalHeader().setStretchLastSection(True)
        self.columnView.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.columnView)

        self.rememberCheck = QCheckBox(ColumnMappingDialog)
        self.rememberCheck.setObjectName(u"rememberCheck")
        self.rememberCheck.setChecked(True)

        self.dialogLayout.addWidget(self.rememberCheck)

        self.messageLabel = QLabel(ColumnMappingDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(ColumnMappingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.headerLabel.setBuddy(self.headerSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ColumnMappingDialog)
        self.buttonBox.rejected.connect(ColumnMappingDialog.reject)

        QMetaObject.connectSlotsByName(ColumnMappingDialog)
    # setupUi

    def retranslateUi(self, ColumnMappingDialog):
        ColumnMappingDialog.setWindowTitle(QCoreApplication.translate("ColumnMappingDialog", u"\u5bfc\u5165\u5355\u4f4d\u540d\u518c\uff1a\u6307\u5b9a\u5404\u5217\u5185\u5bb9", None))
        self.headerLabel.setText(QCoreApplication.translate("ColumnMappingDialog", u"\u8868\u5934\u6240\u5728\u884c(&H)\uff1a", None))
        self.headerSpin.setSpecialValueText(QCoreApplication.translate("ColumnMappingDialog", u"\u65e0\u8868\u5934", None))
        self.headerSpin.setSuffix("")
        self.rememberCheck.setText(QCoreApplication.translate("ColumnMappingDialog", u"\u8bb0\u4f4f\u8fd9\u79cd\u8868\u683c\u7684\u5217\u5bf9\u5e94\u5173\u7cfb\uff0c\u4e0b\u6b21\u5bfc\u5165\u65f6\u81ea\u52a8\u4f7f\u7528(&R)", None))
    # retranslateUi

