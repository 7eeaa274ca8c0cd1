# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'roster_preview_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_RosterPreviewDialog(object):
    def setupUi(self, RosterPreviewDialog):
        if not RosterPreviewDialog.objectName():
            RosterPreviewDialog.setObjectName(u"RosterPreviewDialog")
        RosterPreviewDialog.resize(900, 600)
        self.dialogLayout = QVBoxLayout(RosterPreviewDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.summaryLabel = QLabel(RosterPreviewDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")

        self.dialogLayout.addWidget(self.summaryLabel)

        self.sourceLabel = QLabel(RosterPreviewDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")
        self.sourceLabel.setText(u"")
        self.sourceLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.sourceLabel)

        self.tabs = QTabWidget(RosterPreviewDialog)
        self.tabs.setObjectName(u"tabs")
        self.newTab = QWidget()
        self.newTab.setObjectName(u"newTab")
        self.newLayout = QVBoxLayout(self.newTab)
        self.newLayout.setObjectName(u"newLayout")
        self.newView = QTableView(self.newTab)
        self.newView.setObjectName(u"newView")
        self.newView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.newView.setAlternatingRowColors(True)
        self.newView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.newView.verticalHeader().setVisible(False)

        self.newLayout.addWidget(self.newView)

        self.tabs.addTab(self.newTab, "")
        self.changedTab = QWidget()
        self.changedTab.setObjectName(u"changedTab")
        self.changedLayout = QVBoxLayout(self.changedTab)
        self.changedLayout.setObjectName(u"changedLayout")
        self.changedView = QTableView(self.changedTab)
        self.changedView.setObjectName(u"changedView")
        self.changedView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changedView.setAlternatingRowColors(True)
        self.changedView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changedView.verticalHeader().setVisible(False)

        self.changedLayout.addWidget(self.changedView)

        self.tabs.addTab(self.changedTab, "")
        self.unchangedTab = QWidget()
        self.unchangedTab.setObjectName(u"unchangedTab")
        self.unchangedLayout = QVBoxLayout(self.unchangedTab)
        self.unchangedLayout.setObjectName(u"unchangedLayout")
        self.unchangedView = QTableView(self.unchangedTab)
        self.unchangedView.setObjectName(u"unchangedView")
        self.unchangedView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unchangedView.setAlternatingRowColors(True)
        self.unchangedView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unchangedView.verticalHeader().setVisible(False)

        self.unchangedLayout.addWidget(self.unchangedView)

        self.tabs.addTab(self.unchangedTab, "")
        self.problemsTab = QWidget()
        self.problemsTab.setObjectName(u"problemsTab")
        self.problemsLayout = QVBoxLayout(self.problemsTab)
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.problemsView = QTableView(self.problemsTab)
        self.problemsView.setObjectName(u"problemsView")
        self.problemsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problemsView.setAlternatingRowColors(True)
        self.problemsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problemsView.verticalHeader().setVisible(False)

        self.problemsLayout.addWidget(self.problemsView)

        self.tabs.addTab(self.problemsTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.notesLabel = QLabel(RosterPreviewDialog)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setText(u"")
        self.notesLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.notesLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.remapButton = QPushButton(RosterPreviewDialog)
        self.remapButton.setObjectName(u"remapButton")
        self.remapButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.remapButton)

        self.buttonBox = QDialogButtonBox(RosterPreviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.buttonLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonLayout)


        self.retranslateUi(RosterPreviewDialog)
        self.buttonBox.accepted.connect(RosterPreviewDialog.accept)
        self.buttonBox.rejected.connect(RosterPreviewDialog.reject)

        QMetaObject.connectSlotsByName(RosterPreviewDialog)
    # setupUi

    def retranslateUi(self, RosterPreviewDialog):
        RosterPreviewDialog.setWindowTitle(QCoreApplication.translate("RosterPreviewDialog", u"\u5bfc\u5165\u5355\u4f4d\u540d\u518c\uff1a\u9884\u89c8", None))
        self.tabs.setTabText(self.tabs.indexOf(self.newTab), QCoreApplication.translate("RosterPreviewDialog", u"\u65b0\u589e", None))
        self.tabs.setTabText(self.tabs.indexOf(self.changedTab), QCoreApplication.translate("RosterPreviewDialog", u"\u4fee\u6539", None))
        self.tabs.setTabText(self.tabs.indexOf(self.unchangedTab), QCoreApplication.translate("RosterPreviewDialog", u"\u65e0\u53d8\u5316", None))
        self.tabs.setTabText(self.tabs.indexOf(self.problemsTab), QCoreApplication.translate("RosterPreviewDialog", u"\u672a\u5bfc\u5165", None))
        self.remapButton.setText(QCoreApplication.translate("RosterPreviewDialog", u"\u8c03\u6574\u5217\u5bf9\u5e94\u2026", None))
    # retranslateUi

