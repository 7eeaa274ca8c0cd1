# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inbox_page.ui'
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
    QDateEdit, QGridLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_InboxPage(object):
    def setupUi(self, InboxPage):
        if not InboxPage.objectName():
            InboxPage.setObjectName(u"InboxPage")
        InboxPage.resize(1000, 640)
        InboxPage.setAcceptDrops(True)
        self.pageLayout = QVBoxLayout(InboxPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.filterLayout = QGridLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.unitLabel = QLabel(InboxPage)
        self.unitLabel.setObjectName(u"unitLabel")

        self.filterLayout.addWidget(self.unitLabel, 0, 0, 1, 1)

        self.unitFilterCombo = QComboBox(InboxPage)
        self.unitFilterCombo.setObjectName(u"unitFilterCombo")
        self.unitFilterCombo.setMaxVisibleItems(24)
        self.unitFilterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unitFilterCombo.setMinimumContentsLength(10)

        self.filterLayout.addWidget(self.unitFilterCombo, 0, 1, 1, 1)

        self.taskLabel = QLabel(InboxPage)
        self.taskLabel.setObjectName(u"taskLabel")

        self.filterLayout.addWidget(self.taskLabel, 0, 2, 1, 1)

        self.taskFilterCombo = QComboBox(InboxPage)
        self.taskFilterCombo.setObjectName(u"taskFilterCombo")
        self.taskFilterCombo.setMaxVisibleItems(24)
        self.taskFilterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.taskFilterCombo.setMinimumContentsLength(16)

        self.filterLayout.addWidget(self.taskFilterCombo, 0, 3, 1, 1)

        self.periodLabel = QLabel(InboxPage)
        self.periodLabel.setObjectName(u"periodLabel")

        self.filterLayout.addWidget(self.periodLabel, 0, 4, 1, 1)

        self.periodFilterCombo = QComboBox(InboxPage)
        self.periodFilterCombo.setObjectName(u"periodFilterCombo")
        self.periodFilterCombo.setMaxVisibleItems(24)
        self.periodFilterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.periodFilterCombo.setMinimumContentsLength(8)

        self.filterLayout.addWidget(self.periodFilterCombo, 0, 5, 1, 1)

        self.reviewLabel = QLabel(InboxPage)
        self.reviewLabel.setObjectName(u"reviewLabel")

        self.filterLayout.addWidget(self.reviewLabel, 0, 6, 1, 1)

        self.reviewFilterCombo = QComboBox(InboxPage)
        self.reviewFilterCombo.setObjectName(u"reviewFilterCombo")
        self.reviewFilterCombo.setMaxVisibleItems(24)

        self.filterLayout.addWidget(self.reviewFilterCombo, 0, 7, 1, 1)

        self.filterLabel = QLabel(InboxPage)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterLayout.addWidget(self.filterLabel, 1, 0, 1, 1)

        self.filterEdit = QLineEdit(InboxPage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.filterEdit, 1, 1, 1, 3)

        self.dateCheck = QCheckBox(InboxPage)
        self.dateCheck.setObjectName(u"dateCheck")

        self.filterLayout.addWidget(self.dateCheck, 1, 4, 1, 1)

        self.dateLayout = QHBoxLayout()
        self.dateLayout.setObjectName(u"dateLayout")
        self.fromDate = QDateEdit(InboxPage)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setEnabled(False)
        self.fromDate.setDisplayFormat(u"yyyy\u5e74M\u6708d\u65e5")
        self.fromDate.setCalendarPopup(True)

        self.dateLayout.addWidget(self.fromDate)

        self.toLabel = QLabel(InboxPage)
        self.toLabel.setObjectName(u"toLabel")

        self.dateLayout.addWidget(self.toLabel)

        self.toDate = QDateEdit(InboxPage)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setEnabled(False)
        self.toDate.setDisplayFormat(u"yyyy\u5e74M\u6708d\u65e5")
        self.toDate.setCalendarPopup(True)

        self.dateLayout.addWidget(self.toDate)

        self.clearFiltersButton = QPushButton(InboxPage)
        self.clearFiltersButton.setObjectName(u"clearFiltersButton")

        self.dateLayout.addWidget(self.clearFiltersButton)


        self.filterLayout.addLayout(self.dateLayout, 1, 5, 1, 3)

        self.filterLayout.setColumnStretch(1, 2)
        self.filterLayout.setColumnStretch(3, 3)
        self.filterLayout.setColumnStretch(5, 2)
        self.filterLayout.setColumnStretch(7, 1)

        self.pageLayout.addLayout(self.filterLayout)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.logButton = QPushButton(InboxPage)
        self.logButton.setObjectName(u"logButton")

        self.actionsLayout.addWidget(self.logButton)

        self.reviewActionsLabel = QLabel(InboxPage)
        self.reviewActionsLabel.setObjectName(u"reviewActionsLabel")

        self.actionsLayout.addWidget(self.reviewActionsLabel)

        self.acceptButton = QPushButton(InboxPage)
        self.acceptButton.setObjectName(u"acceptButton")

        self.actionsLayout.addWidget(self.acceptButton)

        self.returnButton = QPushButton(InboxPage)
        self.returnButton.setObjectName(u"returnButton")

        self.actionsLayout.addWidget(self.returnButton)

        self.rejectButton = QPushButton(InboxPage)
        self.rejectButton.setObjectName(u"rejectButton")

        self.actionsLayout.addWidget(self.rejectButton)

        self.pendingButton = QPushButton(InboxPage)
        self.pendingButton.setObjectName(u"pendingButton")

        self.actionsLayout.addWidget(self.pendingButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.openButton = QPushButton(InboxPage)
        self.openButton.setObjectName(u"openButton")

        self.actionsLayout.addWidget(self.openButton)

        self.saveAsButton = QPushButton(InboxPage)
        self.saveAsButton.setObjectName(u"saveAsButton")

        self.actionsLayout.addWidget(self.saveAsButton)

        self.showFolderButton = QPushButton(InboxPage)
        self.showFolderButton.setObjectName(u"showFolderButton")

        self.actionsLayout.addWidget(self.showFolderButton)

        self.deleteButton = QPushButton(InboxPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.actionsLayout.addWidget(self.deleteButton)

        self.countLabel = QLabel(InboxPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.actionsLayout.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.actionsLayout)

        self.submissionView = QTableView(InboxPage)
        self.submissionView.setObjectName(u"submissionView")
        self.submissionView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.submissionView.setAlternatingRowColors(True)
        self.submissionView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.submissionView.setSortingEnabled(True)
        self.submissionView.setWordWrap(False)
        self.submissionView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.submissionView)

#if QT_CONFIG(shortcut)
        self.unitLabel.setBuddy(self.unitFilterCombo)
        self.taskLabel.setBuddy(self.taskFilterCombo)
        self.periodLabel.setBuddy(self.periodFilterCombo)
        self.reviewLabel.setBuddy(self.reviewFilterCombo)
        self.filterLabel.setBuddy(self.filterEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InboxPage)

        QMetaObject.connectSlotsByName(InboxPage)
    # setupUi

    def retranslateUi(self, InboxPage):
        self.unitLabel.setText(QCoreApplication.translate("InboxPage", u"\u5355\u4f4d(&U)\uff1a", None))
        self.taskLabel.setText(QCoreApplication.translate("InboxPage", u"\u4efb\u52a1(&T)\uff1a", None))
        self.periodLabel.setText(QCoreApplication.translate("InboxPage", u"\u62a5\u9001\u671f(&P)\uff1a", None))
        self.reviewLabel.setText(QCoreApplication.translate("InboxPage", u"\u5ba1\u6838(&R)\uff1a", None))
        self.filterLabel.setText(QCoreApplication.translate("InboxPage", u"\u7b5b\u9009(&F)\uff1a", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("InboxPage", u"\u6309\u5355\u4f4d\u3001\u4efb\u52a1\u3001\u6807\u9898\u6216\u5907\u6ce8\u7b5b\u9009", None))
        self.dateCheck.setText(QCoreApplication.translate("InboxPage", u"\u6536\u5230\u65e5\u671f(&D)\uff1a", None))
        self.toLabel.setText(QCoreApplication.translate("InboxPage", u"\u81f3", None))
        self.clearFiltersButton.setText(QCoreApplication.translate("InboxPage", u"\u6e05\u9664\u7b5b\u9009", None))
        self.logButton.setText(QCoreApplication.translate("InboxPage", u"\u767b\u8bb0(&N)\u2026", None))
#if QT_CONFIG(tooltip)
        self.logButton.setToolTip(QCoreApplication.translate("InboxPage", u"\u767b\u8bb0\u65b0\u6536\u5230\u7684\u62a5\u9001\u6750\u6599\uff08Ctrl+N\uff09\uff1b\u4e5f\u53ef\u628a\u6587\u4ef6\u76f4\u63a5\u62d6\u5230\u672c\u9875", None))
#endif // QT_CONFIG(tooltip)
        self.reviewActionsLabel.setText(QCoreApplication.translate("InboxPage", u"\u5ba1\u6838\u4e3a\uff1a", None))
        self.acceptButton.setText(QCoreApplication.translate("InboxPage", u"\u5408\u683c", None))
        self.returnButton.setText(QCoreApplication.translate("InboxPage", u"\u9000\u56de\u8865\u5145", None))
        self.rejectButton.setText(QCoreApplication.translate("InboxPage", u"\u4e0d\u5408\u683c", None))
        self.pendingButton.setText(QCoreApplication.translate("InboxPage", u"\u5f85\u5ba1\u6838", None))
        self.openButton.setText(QCoreApplication.translate("InboxPage", u"\u6253\u5f00\u9644\u4ef6(&O)", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("InboxPage", u"\u7528\u7cfb\u7edf\u7a0b\u5e8f\u6253\u5f00\u6240\u9009\u6750\u6599\u7684\u9644\u4ef6\uff08\u4e5f\u53ef\u53cc\u51fb\u8be5\u884c\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.saveAsButton.setText(QCoreApplication.translate("InboxPage", u"\u53e6\u5b58\u4e3a(&S)\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveAsButton.setToolTip(QCoreApplication.translate("InboxPage", u"\u628a\u6240\u9009\u6750\u6599\u7684\u9644\u4ef6\u4fdd\u5b58\u5230\u5176\u4ed6\u4f4d\u7f6e", None))
#endif // QT_CONFIG(tooltip)
        self.showFolderButton.setText(QCoreApplication.translate("InboxPage", u"\u5728\u6587\u4ef6\u5939\u4e2d\u663e\u793a", None))
#if QT_CONFIG(tooltip)
        self.showFolderButton.setToolTip(QCoreApplication.translate("InboxPage", u"\u5728\u6587\u4ef6\u7ba1\u7406\u5668\u4e2d\u663e\u793a\u6240\u9009\u6750\u6599\u7684\u9644\u4ef6", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("InboxPage", u"\u5220\u9664", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("InboxPage", u"\u5220\u9664\u6240\u9009\u6750\u6599\uff08\u53ef\u64a4\u9500\uff09", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

