# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflict_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ConflictDialog(object):
    def setupUi(self, ConflictDialog):
        if not ConflictDialog.objectName():
            ConflictDialog.setObjectName(u"ConflictDialog")
        ConflictDialog.resize(520, 300)
        self.dialogLayout = QVBoxLayout(ConflictDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.messageLabel = QLabel(ConflictDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.table = QTableWidget(ConflictDialog)
        if (self.table.columnCount() < 3):
            self.table.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setColumnCount(3)

        self.dialogLayout.addWidget(self.table)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.reapplyButton = QPushButton(ConflictDialog)
        self.reapplyButton.setObjectName(u"reapplyButton")

        self.buttonLayout.addWidget(self.reapplyButton)

        self.discardButton = QPushButton(ConflictDialog)
        self.discardButton.setObjectName(u"discardButton")

        self.buttonLayout.addWidget(self.discardButton)


        self.dialogLayout.addLayout(self.buttonLayout)


        self.retranslateUi(ConflictDialog)
        self.reapplyButton.clicked.connect(ConflictDialog.accept)
        self.discardButton.clicked.connect(ConflictDialog.reject)

        self.discardButton.setDefault(True)


        QMetaObject.connectSlotsByName(ConflictDialog)
    # setupUi

    def retranslateUi(self, ConflictDialog):
        ConflictDialog.setWindowTitle(QCoreApplication.translate("ConflictDialog", u"\u4fee\u6539\u51b2\u7a81", None))
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ConflictDialog", u"\u9879\u76ee", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ConflictDialog", u"\u5bf9\u65b9\u4fdd\u5b58\u7684", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ConflictDialog", u"\u60a8\u7684\u4fee\u6539", None))
        self.reapplyButton.setText(QCoreApplication.translate("ConflictDialog", u"\u7528\u6211\u7684\u4fee\u6539\u8986\u76d6(&R)", None))
        self.discardButton.setText(QCoreApplication.translate("ConflictDialog", u"\u653e\u5f03\u6211\u7684\u4fee\u6539(&D)", None))
    # retranslateUi

