# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'notice_issue_dialog.ui'
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
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_NoticeIssueDialog(object):
    def setupUi(self, NoticeIssueDialog):
        if not NoticeIssueDialog.objectName():
            NoticeIssueDialog.setObjectName(u"NoticeIssueDialog")
        NoticeIssueDialog.resize(1180, 780)
        self.dialogLayout = QVBoxLayout(NoticeIssueDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.modeBox = QGroupBox(NoticeIssueDialog)
        self.modeBox.setObjectName(u"modeBox")
        self.modeLayout = QGridLayout(self.modeBox)
        self.modeLayout.setObjectName(u"modeLayout")
        self.overdueRadio = QRadioButton(self.modeBox)
        self.overdueRadio.setObjectName(u"overdueRadio")
        self.overdueRadio.setChecked(True)

        self.modeLayout.addWidget(self.overdueRadio, 0, 0, 1, 1)

        self.unitRadio = QRadioButton(self.modeBox)
        self.unitRadio.setObjectName(u"unitRadio")

        self.modeLayout.addWidget(self.unitRadio, 0, 1, 1, 1)

        self.unitCombo = QComboBox(self.modeBox)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setMinimumSize(QSize(220, 0))

        self.modeLayout.addWidget(self.unitCombo, 0, 2, 1, 1)

        self.chosenRadio = QRadioButton(self.modeBox)
        self.chosenRadio.setObjectName(u"chosenRadio")

        self.modeLayout.addWidget(self.chosenRadio, 0, 3, 1, 1)

        self.modeSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.modeLayout.addItem(self.modeSpacer, 0, 4, 1, 1)

        self.asOfLayout = QHBoxLayout()
        self.asOfLayout.setObjectName(u"asOfLayout")
        self.asOfLabel = QLabel(self.modeBox)
        self.asOfLabel.setObjectName(u"asOfLabel")

        self.asOfLayout.addWidget(self.asOfLabel)

        self.asOfDate = QDateEdit(self.modeBox)
        self.asOfDate.setObjectName(u"asOfDate")
        self.asOfDate.setCalendarPopup(True)

        self.asOfLayout.addWidget(self.asOfDate)


        self.modeLayout.addLayout(self.asOfLayout, 1, 0, 1, 1)

        self.dueSoonCheck = QCheckBox(self.modeBox)
        self.dueSoonCheck.setObjectName(u"dueSoonCheck")

        self.modeLayout.addWidget(self.dueSoonCheck, 1, 1, 1, 4)


        self.dialogLayout.addWidget(self.modeBox)

        self.splitter = QSplitter(NoticeIssueDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.draftPane = QWidget(self.splitter)
        self.draftPane.setObjectName(u"draftPane")
        self.draftLayout = QVBoxLayout(self.draftPane)
        self.draftLayout.setObjectName(u"draftLayout")
        self.draftLayout.setContentsMargins(0, 0, 0, 0)
        self.draftsLabel = QLabel(self.draftPane)
        self.draftsLabel.setObjectName(u"draftsLabel")
        self.draftsLabel.setWordWrap(True)

        self.draftLayout.addWidget(self.draftsLabel)

        self.draftView = QTableView(self.draftPane)
        self.draftView.setObjectName(u"draftView")
        self.draftView.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.SelectedClicked)
        self.draftView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.draftView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.draftView.horizontalHeader().setStretchLastSection(True)
        self.draftView.verticalHeader().setVisible(False)

        self.draftLayout.addWidget(self.draftView)

        self.tickLayout = QHBoxLayout()
        self.tickLayout.setObjectName(u"tickLayout")
        self.checkAllButton = QPushButton(self.draftPane)
        self.checkAllButton.setObjectName(u"checkAllButton")

        self.tickLayout.addWidget(self.checkAllButton)

        self.checkNoneButton = QPushButton(self.draftPane)
        self.checkNoneButton.setObjectName(u"checkNoneButton")

        self.tickLayout.addWidget(self.checkNoneButton)

        self.wordingButton = QPushButton(self.draftPane)
        self.wordingButton.setObjectName(u"wordingButton")

        self.tickLayout.addWidget(self.wordingButton)

        self.summaryLabel = QLabel(self.draftPane)
        self.summaryLabel.setObjectName(u"summaryLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.summaryLabel.sizePolicy().hasHeightForWidth())
        self.summaryLabel.setSizePolicy(sizePolicy)
        self.summaryLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.tickLayout.addWidget(self.summaryLabel)


        self.draftLayout.addLayout(self.tickLayout)

        self.splitter.addWidget(self.draftPane)
        self.previewBox = QGroupBox(self.splitter)
        self.previewBox.setObjectName(u"previewBox")
        self.previewLayout = QVBoxLayout(self.previewBox)
        self.previewLayout.setObjectName(u"previewLayout")
        self.splitter.addWidget(self.previewBox)

        self.dialogLayout.addWidget(self.splitter)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.issuedOnLabel = QLabel(NoticeIssueDialog)
        self.issuedOnLabel.setObjectName(u"issuedOnLabel")

        self.bottomLayout.addWidget(self.issuedOnLabel)

        self.issuedOnDate = QDateEdit(NoticeIssueDialog)
        self.issuedOnDate.setObjectName(u"issuedOnDate")
        self.issuedOnDate.setCalendarPopup(True)

        self.bottomLayout.addWidget(self.issuedOnDate)

        self.errorLabel = QLabel(NoticeIssueDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        sizePolicy.setHeightForWidth(self.errorLabel.sizePolicy().hasHeightForWidth())
        self.errorLabel.setSizePolicy(sizePolicy)
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.bottomLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(NoticeIssueDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.bottomLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.bottomLayout)

        self.dialogLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.asOfLabel.setBuddy(self.asOfDate)
        self.issuedOnLabel.setBuddy(self.issuedOnDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NoticeIssueDialog)

        QMetaObject.connectSlotsByName(NoticeIssueDialog)
    # setupUi

    def retranslateUi(self, NoticeIssueDialog):
        NoticeIssueDialog.setWindowTitle(QCoreApplication.translate("NoticeIssueDialog", u"\u751f\u6210\u7763\u529e\u901a\u77e5", None))
        self.modeBox.setTitle(QCoreApplication.translate("NoticeIssueDialog", u"\u901a\u77e5\u54ea\u4e9b\u4e8b\u9879", None))
        self.overdueRadio.setText(QCoreApplication.translate("NoticeIssueDialog", u"\u5168\u90e8\u903e\u671f\u4e8b\u9879", None))
        self.unitRadio.setText(QCoreApplication.translate("NoticeIssueDialog", u"\u4e00\u4e2a\u5355\u4f4d\u7684\u903e\u671f\u4e8b\u9879", None))
        self.chosenRadio.setText(QCoreApplication.translate("NoticeIssueDialog", u"\u6240\u9009\u4e8b\u9879", None))
        self.asOfLabel.setText(QCoreApplication.translate("NoticeIssueDialog", u"\u622a\u81f3", None))
        self.asOfDate.setDisplayFormat(QCoreApplication.translate("NoticeIssueDialog", u"yyyy\u5e74M\u6708d\u65e5", None))
#if QT_CONFIG(tooltip)
        self.dueSoonCheck.setToolTip(QCoreApplication.translate("NoticeIssueDialog", u"\u4e3a\u4e34\u8fd1\u62a5\u9001\u671f\u9650\u3001\u5c1a\u672a\u62a5\u9001\u7684\u4e8b\u9879\u53e6\u53d1\u63d0\u9192\u51fd", None))
#endif // QT_CONFIG(tooltip)
        self.dueSoonCheck.setText(QCoreApplication.translate("NoticeIssueDialog", u"\u540c\u65f6\u4e3a\u5373\u5c06\u5230\u671f\u7684\u4e8b\u9879\u751f\u6210\u63d0\u9192\u51fd", None))
        self.draftsLabel.setText(QCoreApplication.translate("NoticeIssueDialog", u"\u6bcf\u4e2a\u5355\u4f4d\u4e00\u4efd\u901a\u77e5\uff1b\u53d6\u6d88\u52fe\u9009\u7684\u5355\u4f4d\u4e0d\u53d1\u3002\u53cc\u51fb\u201c\u7c7b\u522b\u201d\u53ef\u66f4\u6539\u3002", None))
        self.checkAllButton.setText(QCoreApplication.translate("NoticeIssueDialog", u"\u5168\u9009", None))
        self.checkNoneButton.setText(QCoreApplication.translate("NoticeIssueDialog", u"\u5168\u4e0d\u9009", None))
#if QT_CONFIG(tooltip)
        self.wordingButton.setToolTip(QCoreApplication.translate("NoticeIssueDialog", u"\u53ea\u6539\u6240\u9009\u8fd9\u4e00\u4efd\u901a\u77e5\u7684\u6807\u9898\u548c\u6b63\u6587\uff0c\u4e0d\u6539\u901a\u77e5\u6a21\u677f", None))
#endif // QT_CONFIG(tooltip)
        self.wordingButton.setText(QCoreApplication.translate("NoticeIssueDialog", u"\u4fee\u6539\u672c\u4efd\u63aa\u8f9e\u2026", None))
        self.previewBox.setTitle(QCoreApplication.translate("NoticeIssueDialog", u"\u9884\u89c8\uff08\u53d1\u51fa\u65f6\u7f16\u53f7\uff09", None))
        self.issuedOnLabel.setText(QCoreApplication.translate("NoticeIssueDialog", u"\u53d1\u6587\u65e5\u671f", None))
        self.issuedOnDate.setDisplayFormat(QCoreApplication.translate("NoticeIssueDialog", u"yyyy\u5e74M\u6708d\u65e5", None))
    # retranslateUi

