# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QHBoxLayout, QHeaderView, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_UsersDialog(object):
    def setupUi(self, UsersDialog):
        if not UsersDialog.objectName():
            UsersDialog.setObjectName(u"UsersDialog")
        UsersDialog.resize(560, 340)
        self.dialogLayout = QVBoxLayout(UsersDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.table = QTableWidget(UsersDialog)
        if (self.table.columnCount() < 4):
            self.table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setColumnCount(4)

        self.dialogLayout.addWidget(self.table)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.addButton = QPushButton(UsersDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttonLayout.addWidget(self.addButton)

        self.roleCombo = QComboBox(UsersDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.buttonLayout.addWidget(self.roleCombo)

        self.roleButton = QPushButton(UsersDialog)
        self.roleButton.setObjectName(u"roleButton")

        self.buttonLayout.addWidget(self.roleButton)

        self.passwordButton = QPushButton(UsersDialog)
        self.passwordButton.setObjectName(u"passwordButton")

        self.buttonLayout.addWidget(self.passwordButton)

        self.activeButton = QPushButton(UsersDialog)
        self.activeButton.setObjectName(u"activeButton")

        self.buttonLayout.addWidget(self.activeButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(UsersDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)


        self.retranslateUi(UsersDialog)
        self.closeButton.clicked.connect(UsersDialog.accept)

        QMetaObject.connectSlotsByName(UsersDialog)
    # setupUi

    def retranslateUi(self, UsersDialog):
        UsersDialog.setWindowTitle(QCoreApplication.translate("UsersDialog", u"\u7528\u6237\u7ba1\u7406", None))
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("UsersDialog", u"\u7528\u6237\u540d", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("UsersDialog", u"\u59d3\u540d", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("UsersDialog", u"\u89d2\u8272", None))
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("UsersDialog", u"\u72b6\u6001", None))
        self.addButton.setText(QCoreApplication.translate("UsersDialog", u"\u65b0\u589e(&N)\u2026", None))
        self.roleButton.setText(QCoreApplication.translate("UsersDialog", u"\u8bbe\u4e3a\u8be5\u89d2\u8272(&R)", None))
        self.passwordButton.setText(QCoreApplication.translate("UsersDialog", u"\u91cd\u7f6e\u5bc6\u7801(&P)\u2026", None))
        self.activeButton.setText(QCoreApplication.translate("UsersDialog", u"\u505c\u7528/\u542f\u7528(&A)", None))
        self.closeButton.setText(QCoreApplication.translate("UsersDialog", u"\u5173\u95ed", None))
    # retranslateUi

