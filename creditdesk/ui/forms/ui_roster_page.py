# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'roster_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_RosterPage(object):
    def setupUi(self, RosterPage):
        if not RosterPage.objectName():
            RosterPage.setObjectName(u"RosterPage")
        RosterPage.resize(1100, 640)
        self.pageLayout = QVBoxLayout(RosterPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchLabel = QLabel(RosterPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filterLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(RosterPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.categoryLabel = QLabel(RosterPage)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.filterLayout.addWidget(self.categoryLabel)

        self.categoryCombo = QComboBox(RosterPage)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setMinimumSize(QSize(140, 0))

        self.filterLayout.addWidget(self.categoryCombo)

        self.inactiveCheck = QCheckBox(RosterPage)
        self.inactiveCheck.setObjectName(u"inactiveCheck")

        self.filterLayout.addWidget(self.inactiveCheck)

        self.countLabel = QLabel(RosterPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.filterLayout.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.filterLayout)

        self.actionBar = QWidget(RosterPage)
        self.actionBar.setObjectName(u"actionBar")
        self.actionLayout = QHBoxLayout(self.actionBar)
        self.actionLayout.setObjectName(u"actionLayout")
        self.actionLayout.setContentsMargins(0, 0, 0, 0)
        self.addButton = QPushButton(self.actionBar)
        self.addButton.setObjectName(u"addButton")

        self.actionLayout.addWidget(self.addButton)

        self.editButton = QPushButton(self.actionBar)
        self.editButton.setObjectName(u"editButton")

        self.actionLayout.addWidget(self.editButton)

        self.removeButton = QPushButton(self.actionBar)
        self.removeButton.setObjectName(u"removeButton")

        self.actionLayout.addWidget(self.removeButton)

        self.reactivateButton = QPushButton(self.actionBar)
        self.reactivateButton.setObjectName(u"reactivateButton")

        self.actionLayout.addWidget(self.reactivateButton)

        self.mergeButton = QPushButton(self.actionBar)
        self.mergeButton.setObjectName(u"mergeButton")

        self.actionLayout.addWidget(self.mergeButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionLayout.addItem(self.actionSpacer)

        self.importButton = QPushButton(self.actionBar)
        self.importButton.setObjectName(u"importButton")

        self.actionLayout.addWidget(self.importButton)

        self.exportButton = QPushButton(self.actionBar)
        self.exportButton.setObjectName(u"exportButton")

        self.actionLayout.addWidget(self.exportButton)

        self.progressSheetButton = QPushButton(self.actionBar)
        self.progressSheetButton.setObjectName(u"progressSheetButton")

        self.actionLayout.addWidget(self.progressSheetButton)

        self.progressImportButton = QPushButton(self.actionBar)
        self.progressImportButton.setObjectName(u"progressImportButton")

        self.actionLayout.addWidget(self.progressImportButton)

        self.batchSheetButton = QPushButton(self.actionBar)
        self.batchSheetButton.setObjectName(u"batchSheetButton")

        self.actionLayout.addWidget(self.batchSheetButton)

        self.batchImportButton = QPushButton(self.actionBar)
        self.batchImportButton.setObjectName(u"batchImportButton")

        self.actionLayout.addWidget(self.batchImportButton)


        self.pageLayout.addWidget(self.actionBar)

        self.splitter = QSplitter(RosterPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.unitView = QTableView(self.splitter)
        self.unitView.setObjectName(u"unitView")
        self.unitView.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.unitView.setAlternatingRowColors(True)
        self.unitView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.unitView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unitView.setSortingEnabled(True)
        self.splitter.addWidget(self.unitView)
        self.unitView.verticalHeader().setVisible(False)
        self.groupArea = QWidget(self.splitter)
        self.groupArea.setObjectName(u"groupArea")
        self.groupAreaLayout = QVBoxLayout(self.groupArea)
        self.groupAreaLayout.setObjectName(u"groupAreaLayout")
        self.groupAreaLayout.setContentsMargins(6, 0, 0, 0)
        self.splitter.addWidget(self.groupArea)

        self.pageLayout.addWidget(self.splitter)

        self.messageLabel = QLabel(RosterPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.messageLabel)

        self.pageLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.inactiveCheck)
        QWidget.setTabOrder(self.inactiveCheck, self.unitView)

        self.retranslateUi(RosterPage)

        QMetaObject.connectSlotsByName(RosterPage)
    # setupUi

    def retranslateUi(self, RosterPage):
        self.searchLabel.setText(QCoreApplication.translate("RosterPage", u"\u67e5\u627e(&F)\uff1a", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("RosterPage", u"\u6309\u540d\u79f0\u3001\u7b80\u79f0\u3001\u522b\u540d\u3001\u8054\u7edc\u5458\u6216\u7535\u8bdd\u67e5\u627e", None))
        self.categoryLabel.setText(QCoreApplication.translate("RosterPage", u"\u7c7b\u522b(&C)\uff1a", None))
        self.inactiveCheck.setText(QCoreApplication.translate("RosterPage", u"\u663e\u793a\u5df2\u505c\u7528\u5355\u4f4d(&I)", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("RosterPage", u"\u65b0\u589e\u4e00\u4e2a\u6210\u5458\u5355\u4f4d\uff08Ctrl+N\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("RosterPage", u"\u65b0\u589e\u5355\u4f4d", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("RosterPage", u"\u5728\u5bf9\u8bdd\u6846\u4e2d\u7f16\u8f91\u6240\u9009\u5355\u4f4d\u7684\u5168\u90e8\u4fe1\u606f\u548c\u522b\u540d\uff08\u4e5f\u53ef\u53cc\u51fb\u8868\u683c\u5355\u5143\u683c\u76f4\u63a5\u4fee\u6539\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("RosterPage", u"\u7f16\u8f91\u2026", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("RosterPage", u"\u5220\u9664\u6240\u9009\u5355\u4f4d\uff1b\u5df2\u88ab\u4efb\u52a1\u3001\u62a5\u9001\u6750\u6599\u7b49\u5f15\u7528\u7684\u5355\u4f4d\u6539\u4e3a\u505c\u7528", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("RosterPage", u"\u5220\u9664", None))
#if QT_CONFIG(tooltip)
        self.reactivateButton.setToolTip(QCoreApplication.translate("RosterPage", u"\u628a\u5df2\u505c\u7528\u7684\u5355\u4f4d\u6062\u590d\u4e3a\u5728\u518c", None))
#endif // QT_CONFIG(tooltip)
        self.reactivateButton.setText(QCoreApplication.translate("RosterPage", u"\u6062\u590d", None))
#if QT_CONFIG(tooltip)
        self.mergeButton.setToolTip(QCoreApplication.translate("RosterPage", u"\u540c\u4e00\u5355\u4f4d\u5f55\u5165\u4e86\u4e24\u6b21\u65f6\uff0c\u628a\u4e00\u4e2a\u5e76\u5165\u53e6\u4e00\u4e2a", None))
#endif // QT_CONFIG(tooltip)
        self.mergeButton.setText(QCoreApplication.translate("RosterPage", u"\u5408\u5e76\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("RosterPage", u"\u4ece\u5355\u4f4d\u540d\u518c\u8868\u683c\uff08.xlsx\u3001.csv\u3001.xls\uff09\u5bfc\u5165\u6216\u66f4\u65b0\u5355\u4f4d", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("RosterPage", u"\u5bfc\u5165\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("RosterPage", u"\u628a\u5355\u4f4d\u540d\u518c\u5bfc\u51fa\u4e3a .xlsx", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("RosterPage", u"\u5bfc\u51fa\u2026", None))
#if QT_CONFIG(tooltip)
        self.progressSheetButton.setToolTip(QCoreApplication.translate("RosterPage", u"\u4e3a\u6240\u9009\u5355\u4f4d\u751f\u6210\u67d0\u4e00\u671f\u7684\u7a7a\u767d\u8fdb\u5c55\u60c5\u51b5\u8868\uff08.xlsx\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.progressSheetButton.setText(QCoreApplication.translate("RosterPage", u"\u8fdb\u5ea6\u8868\u2026", None))
#if QT_CONFIG(tooltip)
        self.progressImportButton.setToolTip(QCoreApplication.translate("RosterPage", u"\u5bfc\u5165\u5355\u4f4d\u586b\u597d\u7684\u8fdb\u5c55\u60c5\u51b5\u8868\u6216\u53f0\u8d26\uff0c\u767b\u8bb0\u4e3a\u62a5\u9001\u6750\u6599", None))
#endif // QT_CONFIG(tooltip)
        self.progressImportButton.setText(QCoreApplication.translate("RosterPage", u"\u5bfc\u5165\u8fdb\u5ea6\u8868\u2026", None))
#if QT_CONFIG(tooltip)
        self.batchSheetButton.setToolTip(QCoreApplication.translate("RosterPage", u"\u4e3a\u6240\u9009\u7684\u591a\u4e2a\u5355\u4f4d\uff08\u672a\u591a\u9009\u65f6\u4e3a\u5168\u90e8\u5728\u518c\u5355\u4f4d\uff09\u5404\u751f\u6210\u4e00\u4efd\u8fdb\u5c55\u60c5\u51b5\u8868\uff0c\u4fdd\u5b58\u5230\u4e00\u4e2a\u6587\u4ef6\u5939", None))
#endif // QT_CONFIG(tooltip)
        self.batchSheetButton.setText(QCoreApplication.translate("RosterPage", u"\u6279\u91cf\u751f\u6210\u2026", None))
#if QT_CONFIG(tooltip)
        self.batchImportButton.setToolTip(QCoreApplication.translate("RosterPage", u"\u4e00\u6b21\u5bfc\u5165\u591a\u4e2a\u5355\u4f4d\u9000\u56de\u7684\u8fdb\u5c55\u60c5\u51b5\u8868\uff08\u591a\u9009\u6587\u4ef6\u6216\u9009\u62e9\u6587\u4ef6\u5939\uff09\uff0c\u6bcf\u4e2a\u6587\u4ef6\u4f5c\u4e3a\u9644\u4ef6\u4fdd\u5b58", None))
#endif // QT_CONFIG(tooltip)
        self.batchImportButton.setText(QCoreApplication.translate("RosterPage", u"\u6279\u91cf\u5bfc\u5165\u2026", None))
        pass
    # retranslateUi

