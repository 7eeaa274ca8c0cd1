# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QTabWidget,
    QTableView, QTreeView, QVBoxLayout, QWidget)

class Ui_PlanImportDialog(object):
    def setupUi(self, PlanImportDialog):
        if not PlanImportDialog.objectName():
            PlanImportDialog.setObjectName(u"PlanImportDialog")
        PlanImportDialog.resize(1240, 760)
        self.dialogLayout = QVBoxLayout(PlanImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.infoLayout = QGridLayout()
        self.infoLayout.setObjectName(u"infoLayout")
        self.fileCaption = QLabel(PlanImportDialog)
        self.fileCaption.setObjectName(u"fileCaption")

        self.infoLayout.addWidget(self.fileCaption, 0, 0, 1, 1)

        self.fileLabel = QLabel(PlanImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setText(u"")

        self.infoLayout.addWidget(self.fileLabel, 0, 1, 1, 3)

        self.titleCaption = QLabel(PlanImportDialog)
        self.titleCaption.setObjectName(u"titleCaption")

        self.infoLayout.addWidget(self.titleCaption, 1, 0, 1, 1)

        self.titleEdit = QLineEdit(PlanImportDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.infoLayout.addWidget(self.titleEdit, 1, 1, 1, 1)

        self.yearCaption = QLabel(PlanImportDialog)
        self.yearCaption.setObjectName(u"yearCaption")

        self.infoLayout.addWidget(self.yearCaption, 1, 2, 1, 1)

        self.yearSpin = QSpinBox(PlanImportDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.infoLayout.addWidget(self.yearSpin, 1, 3, 1, 1)

        self.startCaption = QLabel(PlanImportDialog)
        self.startCaption.setObjectName(u"startCaption")

        self.infoLayout.addWidget(self.startCaption, 2, 0, 1, 1)

        self.startLayout = QHBoxLayout()
        self.startLayout.setObjectName(u"startLayout")
        self.startDate = QDateEdit(PlanImportDialog)
        self.startDate.setObjectName(u"startDate")
        self.startDate.setDisplayFormat(u"yyyy\u5e74M\u6708d\u65e5")
        self.startDate.setCalendarPopup(True)

        self.startLayout.addWidget(self.startDate)

        self.startHint = QLabel(PlanImportDialog)
        self.startHint.setObjectName(u"startHint")

        self.startLayout.addWidget(self.startHint)

        self.startSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.startLayout.addItem(self.startSpacer)


        self.infoLayout.addLayout(self.startLayout, 2, 1, 1, 3)


        self.dialogLayout.addLayout(self.infoLayout)

        self.summaryLabel = QLabel(PlanImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.splitter = QSplitter(PlanImportDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.reviewTabs = QTabWidget(self.splitter)
        self.reviewTabs.setObjectName(u"reviewTabs")
        self.planTab = QWidget()
        self.planTab.setObjectName(u"planTab")
        self.planTabLayout = QVBoxLayout(self.planTab)
        self.planTabLayout.setObjectName(u"planTabLayout")
        self.planView = QTreeView(self.planTab)
        self.planView.setObjectName(u"planView")
        self.planView.setAlternatingRowColors(True)
        self.planView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.planView.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)
        self.planView.setWordWrap(True)

        self.planTabLayout.addWidget(self.planView)

        self.textCaption = QLabel(self.planTab)
        self.textCaption.setObjectName(u"textCaption")

        self.planTabLayout.addWidget(self.textCaption)

        self.taskTextEdit = QPlainTextEdit(self.planTab)
        self.taskTextEdit.setObjectName(u"taskTextEdit")
        self.taskTextEdit.setMaximumSize(QSize(16777215, 110))
        self.taskTextEdit.setTabChangesFocus(True)

        self.planTabLayout.addWidget(self.taskTextEdit)

        self.reviewTabs.addTab(self.planTab, "")
        self.changesTab = QWidget()
        self.changesTab.setObjectName(u"changesTab")
        self.changesTabLayout = QVBoxLayout(self.changesTab)
        self.changesTabLayout.setObjectName(u"changesTabLayout")
        self.changesHint = QLabel(self.changesTab)
        self.changesHint.setObjectName(u"changesHint")
        self.changesHint.setText(u"")
        self.changesHint.setWordWrap(True)

        self.changesTabLayout.addWidget(self.changesHint)

        self.changesView = QTreeView(self.changesTab)
        self.changesView.setObjectName(u"changesView")
        self.changesView.setRootIsDecorated(False)
        self.changesView.setAlternatingRowColors(True)
        self.changesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.changesTabLayout.addWidget(self.changesView)

        self.reviewTabs.addTab(self.changesTab, "")
        self.splitter.addWidget(self.reviewTabs)
        self.namesBox = QGroupBox(self.splitter)
        self.namesBox.setObjectName(u"namesBox")
        self.namesLayout = QVBoxLayout(self.namesBox)
        self.namesLayout.setObjectName(u"namesLayout")
        self.namesHint = QLabel(self.namesBox)
        self.namesHint.setObjectName(u"namesHint")
        self.namesHint.setWordWrap(True)

        self.namesLayout.addWidget(self.namesHint)

        self.namesView = QTableView(self.namesBox)
        self.namesView.setObjectName(u"namesView")
        self.namesView.setAlternatingRowColors(True)
        self.namesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.namesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.namesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.namesView.setWordWrap(True)

        self.namesLayout.addWidget(self.namesView)

        self.decisionLayout = QGridLayout()
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.mapUnitButton = QPushButton(self.namesBox)
        self.mapUnitButton.setObjectName(u"mapUnitButton")

        self.decisionLayout.addWidget(self.mapUnitButton, 0, 0, 1, 1)

        self.mapGroupButton = QPushButton(self.namesBox)
        self.mapGroupButton.setObjectName(u"mapGroupButton")

        self.decisionLayout.addWidget(self.mapGroupButton, 0, 1, 1, 1)

        self.clearButton = QPushButton(self.namesBox)
        self.clearButton.setObjectName(u"clearButton")

        self.decisionLayout.addWidget(self.clearButton, 0, 2, 1, 1)

        self.createButton = QPushButton(self.namesBox)
        self.createButton.setObjectName(u"createButton")

        self.decisionLayout.addWidget(self.createButton, 1, 0, 1, 1)

        self.categoryCaption = QLabel(self.namesBox)
        self.categoryCaption.setObjectName(u"categoryCaption")

        self.decisionLayout.addWidget(self.categoryCaption, 1, 1, 1, 1)

        self.categoryCombo = QComboBox(self.namesBox)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setEditable(True)

        self.decisionLayout.addWidget(self.categoryCombo, 1, 2, 1, 1)

        self.acceptAllButton = QPushButton(self.namesBox)
        self.acceptAllButton.setObjectName(u"acceptAllButton")

        self.decisionLayout.addWidget(self.acceptAllButton, 2, 0, 1, 3)

        self.phraseGroupButton = QPushButton(self.namesBox)
        self.phraseGroupButton.setObjectName(u"phraseGroupButton")

        self.decisionLayout.addWidget(self.phraseGroupButton, 3, 0, 1, 3)


        self.namesLayout.addLayout(self.decisionLayout)

        self.splitter.addWidget(self.namesBox)

        self.dialogLayout.addWidget(self.splitter)

        self.statusLabel = QLabel(PlanImportDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(PlanImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

        self.dialogLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.titleCaption.setBuddy(self.titleEdit)
        self.yearCaption.setBuddy(self.yearSpin)
        self.startCaption.setBuddy(self.startDate)
        self.textCaption.setBuddy(self.taskTextEdit)
        self.categoryCaption.setBuddy(self.categoryCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanImportDialog)
        self.buttonBox.rejected.connect(PlanImportDialog.reject)

        QMetaObject.connectSlotsByName(PlanImportDialog)
    # setupUi

    def retranslateUi(self, PlanImportDialog):
        PlanImportDialog.setWindowTitle(QCoreApplication.translate("PlanImportDialog", u"\u6838\u5bf9\u5bfc\u5165\u7684\u5de5\u4f5c\u8981\u70b9", None))
        self.fileCaption.setText(QCoreApplication.translate("PlanImportDialog", u"\u6587\u4ef6\uff1a", None))
        self.titleCaption.setText(QCoreApplication.translate("PlanImportDialog", u"\u6807\u9898(&T)\uff1a", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("PlanImportDialog", u"\u6587\u4ef6\u4e2d\u672a\u627e\u5230\u6807\u9898\uff0c\u5bfc\u5165\u540e\u663e\u793a\u4e3a\u201c\u67d0\u5e74\u5de5\u4f5c\u8981\u70b9\u201d", None))
        self.yearCaption.setText(QCoreApplication.translate("PlanImportDialog", u"\u5e74\u5ea6(&Y)\uff1a", None))
        self.yearSpin.setSuffix(QCoreApplication.translate("PlanImportDialog", u"\u5e74", None))
        self.startCaption.setText(QCoreApplication.translate("PlanImportDialog", u"\u5f00\u59cb\u65e5\u671f(&S)\uff1a", None))
        self.startHint.setText(QCoreApplication.translate("PlanImportDialog", u"\u5de5\u4f5c\u8981\u70b9\u4ece\u8fd9\u4e00\u5929\u8d77\u6267\u884c\uff0c\u6b64\u524d\u7684\u671f\u95f4\u4e0d\u751f\u6210\u5e94\u62a5\u4e8b\u9879\u3002", None))
        self.textCaption.setText(QCoreApplication.translate("PlanImportDialog", u"\u6240\u9009\u4efb\u52a1\u5168\u6587\uff08\u53ef\u4fee\u6539\uff09(&X)\uff1a", None))
        self.reviewTabs.setTabText(self.reviewTabs.indexOf(self.planTab), QCoreApplication.translate("PlanImportDialog", u"\u4efb\u52a1\u7ed3\u6784(&K)", None))
        self.reviewTabs.setTabText(self.reviewTabs.indexOf(self.changesTab), QCoreApplication.translate("PlanImportDialog", u"\u4e0e\u5df2\u5bfc\u5165\u7684\u6bd4\u8f83(&C)", None))
        self.namesBox.setTitle(QCoreApplication.translate("PlanImportDialog", u"\u5355\u4f4d\u540d\u79f0", None))
        self.namesHint.setText(QCoreApplication.translate("PlanImportDialog", u"\u7ea2\u8272\u7684\u540d\u79f0\u672a\u80fd\u5bf9\u5e94\u5230\u6210\u5458\u5355\u4f4d\u6216\u5206\u7ec4\uff0c\u8bf7\u9010\u4e00\u9009\u62e9\uff1a\u5bf9\u5e94\u5230\u5df2\u6709\u5355\u4f4d\u3001\u5bf9\u5e94\u5230\u5206\u7ec4\uff0c\u6216\u65b0\u5efa\u4e3a\u5355\u4f4d\u3002\u9009\u62e9\u4f1a\u8bb0\u4e3a\u522b\u540d\uff0c\u4e0b\u6b21\u81ea\u52a8\u5bf9\u5e94\u3002", None))
        self.mapUnitButton.setText(QCoreApplication.translate("PlanImportDialog", u"\u5bf9\u5e94\u5230\u5355\u4f4d(&U)\u2026", None))
#if QT_CONFIG(tooltip)
        self.mapUnitButton.setToolTip(QCoreApplication.translate("PlanImportDialog", u"\u628a\u6240\u9009\u540d\u79f0\u5bf9\u5e94\u5230\u4e00\u4e2a\u5df2\u6709\u7684\u6210\u5458\u5355\u4f4d", None))
#endif // QT_CONFIG(tooltip)
        self.mapGroupButton.setText(QCoreApplication.translate("PlanImportDialog", u"\u5bf9\u5e94\u5230\u5206\u7ec4(&G)\u2026", None))
#if QT_CONFIG(tooltip)
        self.mapGroupButton.setToolTip(QCoreApplication.translate("PlanImportDialog", u"\u628a\u6240\u9009\u540d\u79f0\u5bf9\u5e94\u5230\u4e00\u4e2a\u5355\u4f4d\u5206\u7ec4\uff08\u5982\u5404\u6210\u5458\u5355\u4f4d\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.clearButton.setText(QCoreApplication.translate("PlanImportDialog", u"\u6062\u590d(&R)", None))
#if QT_CONFIG(tooltip)
        self.clearButton.setToolTip(QCoreApplication.translate("PlanImportDialog", u"\u53d6\u6d88\u5bf9\u6240\u9009\u540d\u79f0\u7684\u9009\u62e9", None))
#endif // QT_CONFIG(tooltip)
        self.createButton.setText(QCoreApplication.translate("PlanImportDialog", u"\u65b0\u5efa\u4e3a\u5355\u4f4d(&N)", None))
#if QT_CONFIG(tooltip)
        self.createButton.setToolTip(QCoreApplication.translate("PlanImportDialog", u"\u4ee5\u8be5\u540d\u79f0\u65b0\u5efa\u4e00\u4e2a\u6210\u5458\u5355\u4f4d", None))
#endif // QT_CONFIG(tooltip)
        self.categoryCaption.setText(QCoreApplication.translate("PlanImportDialog", u"\u7c7b\u522b\uff1a", None))
        self.acceptAllButton.setText(QCoreApplication.translate("PlanImportDialog", u"\u63a5\u53d7\u5168\u90e8\u5efa\u8bae(&A)", None))
#if QT_CONFIG(tooltip)
        self.acceptAllButton.setToolTip(QCoreApplication.translate("PlanImportDialog", u"\u4e00\u6b21\u63a5\u53d7\u5168\u90e8\u628a\u63e1\u8f83\u5927\u7684\u5efa\u8bae\uff1b\u5176\u4f59\u540d\u79f0\u4ecd\u9700\u9010\u4e00\u9009\u62e9", None))
#endif // QT_CONFIG(tooltip)
        self.phraseGroupButton.setText(QCoreApplication.translate("PlanImportDialog", u"\u6309\u6b64\u77ed\u8bed\u65b0\u5efa\u5206\u7ec4(&P)\u2026", None))
#if QT_CONFIG(tooltip)
        self.phraseGroupButton.setToolTip(QCoreApplication.translate("PlanImportDialog", u"\u628a\u201c\u5404\u4e61\u9547\u201d\u201c\u53bf\u76f4\u6709\u5173\u90e8\u95e8\u201d\u8fd9\u7c7b\u77ed\u8bed\u65b0\u5efa\u4e3a\u5206\u7ec4\uff0c\u6210\u5458\u6309\u7c7b\u522b\u9009\u53d6\uff0c\u4e0b\u6b21\u5bfc\u5165\u81ea\u52a8\u5bf9\u5e94", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

