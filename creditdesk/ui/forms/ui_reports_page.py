# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
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
    QDateEdit, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableView,
    QTreeView, QVBoxLayout, QWidget)

from creditdesk.ui.reports.chart_view import ChartView

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        ReportsPage.resize(1000, 720)
        self.pageLayout = QVBoxLayout(ReportsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.kindLabel = QLabel(ReportsPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.periodLayout.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(ReportsPage)
        self.kindCombo.setObjectName(u"kindCombo")

        self.periodLayout.addWidget(self.kindCombo)

        self.periodLabel = QLabel(ReportsPage)
        self.periodLabel.setObjectName(u"periodLabel")

        self.periodLayout.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(ReportsPage)
        self.periodCombo.setObjectName(u"periodCombo")
        self.periodCombo.setMinimumSize(QSize(150, 0))
        self.periodCombo.setMaxVisibleItems(24)

        self.periodLayout.addWidget(self.periodCombo)

        self.asOfDateLabel = QLabel(ReportsPage)
        self.asOfDateLabel.setObjectName(u"asOfDateLabel")

        self.periodLayout.addWidget(self.asOfDateLabel)

        self.asOfEdit = QDateEdit(ReportsPage)
        self.asOfEdit.setObjectName(u"asOfEdit")
        self.asOfEdit.setDisplayFormat(u"yyyy\u5e74M\u6708d\u65e5")
        self.asOfEdit.setCalendarPopup(True)

        self.periodLayout.addWidget(self.asOfEdit)

        self.numberLabel = QLabel(ReportsPage)
        self.numberLabel.setObjectName(u"numberLabel")

        self.periodLayout.addWidget(self.numberLabel)

        self.numberEdit = QLineEdit(ReportsPage)
        self.numberEdit.setObjectName(u"numberEdit")
        self.numberEdit.setMaximumSize(QSize(160, 16777215))
        self.numberEdit.setClearButtonEnabled(True)

        self.periodLayout.addWidget(self.numberEdit)

        self.periodSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)

        self.xlsxCheck = QCheckBox(ReportsPage)
        self.xlsxCheck.setObjectName(u"xlsxCheck")
        self.xlsxCheck.setChecked(True)

        self.periodLayout.addWidget(self.xlsxCheck)

        self.exportButton = QPushButton(ReportsPage)
        self.exportButton.setObjectName(u"exportButton")

        self.periodLayout.addWidget(self.exportButton)


        self.pageLayout.addLayout(self.periodLayout)

        self.titleLayout = QHBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(ReportsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")
        self.titleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.titleLayout.addWidget(self.titleLabel)

        self.numberShownLabel = QLabel(ReportsPage)
        self.numberShownLabel.setObjectName(u"numberShownLabel")
        self.numberShownLabel.setText(u"")

        self.titleLayout.addWidget(self.numberShownLabel)

        self.titleSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleLayout.addItem(self.titleSpacer)

        self.asOfLabel = QLabel(ReportsPage)
        self.asOfLabel.setObjectName(u"asOfLabel")
        self.asOfLabel.setText(u"")

        self.titleLayout.addWidget(self.asOfLabel)


        self.pageLayout.addLayout(self.titleLayout)

        self.figuresBox = QGroupBox(ReportsPage)
        self.figuresBox.setObjectName(u"figuresBox")
        self.figuresLayout = QGridLayout(self.figuresBox)
        self.figuresLayout.setObjectName(u"figuresLayout")
        self.dueCaption = QLabel(self.figuresBox)
        self.dueCaption.setObjectName(u"dueCaption")
        self.dueCaption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.figuresLayout.addWidget(self.dueCaption, 0, 0, 1, 1)

        self.dueValue = QLabel(self.figuresBox)
        self.dueValue.setObjectName(u"dueValue")
        self.dueValue.setText(u"\u2013")
        self.dueValue.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.figuresLayout.addWidget(self.dueValue, 1, 0, 1, 1)

        self.onTimeCaption = QLabel(self.figuresBox)
        self.onTimeCaption.setObjectName(u"onTimeCaption")
        self.onTimeCaption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.figuresLayout.addWidget(self.onTimeCaption, 0, 1, 1, 1)

        self.onTimeValue = QLabel(self.figuresBox)
        self.onTimeValue.setObjectName(u"onTimeValue")
        self.onTimeValue.setText(u"\u2013")
        self.onTimeValue.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.figuresLayout.addWidget(self.onTimeValue, 1, 1, 1, 1)

        self.lateCaption = QLabel(self.figuresBox)
        self.lateCaption.setObjectName(u"lateCaption")
        self.lateCaption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.figuresLayout.addWidget(self.lateCaption, 0, 2, 1, 1)

        self.lateValue = QLabel(self.figuresBox)
        self.lateValue.setObjectName(u"lateValue")
        self.lateValue.setText(u"\u2013")
        self.lateValue.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.figuresLayout.addWidget(self.lateValue, 1, 2, 1, 1)

        self.overdueCaption = QLabel(self.figuresBox)
        self.overdueCaption.setObjectName(u"overdueCaption")
        self.overdueCaption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.figuresLayout.addWidget(self.overdueCaption, 0, 3, 1, 1)

        self.overdueValue = QLabel(self.figuresBox)
        self.overdueValue.setObjectName(u"overdueValue")
        self.overdueValue.setText(u"\u2013")
        self.overdueValue.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.figuresLayout.addWidget(self.overdueValue, 1, 3, 1, 1)

        self.notYetDueCaption = QLabel(self.figuresBox)
        self.notYetDueCaption.setObjectName(u"notYetDueCaption")
        self.notYetDueCaption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.figuresLayout.addWidget(self.notYetDueCaption, 0, 4, 1, 1)

        self.notYetDueValue = QLabel(self.figuresBox)
        self.notYetDueValue.setObjectName(u"notYetDueValue")
        self.notYetDueValue.setText(u"\u2013")
        self.notYetDueValue.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.figuresLayout.addWidget(self.notYetDueValue, 1, 4, 1, 1)

        self.onTimeRateCaption = QLabel(self.figuresBox)
        self.onTimeRateCaption.setObjectName(u"onTimeRateCaption")
        self.onTimeRateCaption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.figuresLayout.addWidget(self.onTimeRateCaption, 0, 5, 1, 1)

        self.onTimeRateValue = QLabel(self.figuresBox)
        self.onTimeRateValue.setObjectName(u"onTimeRateValue")
        self.onTimeRateValue.setText(u"\u2013")
        self.onTimeRateValue.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.figuresLayout.addWidget(self.onTimeRateValue, 1, 5, 1, 1)

        self.receivedRateCaption = QLabel(self.figuresBox)
        self.receivedRateCaption.setObjectName(u"receivedRateCaption")
        self.receivedRateCaption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.figuresLayout.addWidget(self.receivedRateCaption, 0, 6, 1, 1)

        self.receivedRateValue = QLabel(self.figuresBox)
        self.receivedRateValue.setObjectName(u"receivedRateValue")
        self.receivedRateValue.setText(u"\u2013")
        self.receivedRateValue.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.figuresLayout.addWidget(self.receivedRateValue, 1, 6, 1, 1)


        self.pageLayout.addWidget(self.figuresBox)

        self.summaryLabel = QLabel(ReportsPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.summaryLabel)

        self.splitter = QSplitter(ReportsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.reportTabs = QTabWidget(self.splitter)
        self.reportTabs.setObjectName(u"reportTabs")
        self.unitsTab = QWidget()
        self.unitsTab.setObjectName(u"unitsTab")
        self.unitsTabLayout = QVBoxLayout(self.unitsTab)
        self.unitsTabLayout.setObjectName(u"unitsTabLayout")
        self.unitsTabLayout.setContentsMargins(0, 0, 0, 0)
        self.unitsView = QTableView(self.unitsTab)
        self.unitsView.setObjectName(u"unitsView")
        self.unitsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unitsView.setAlternatingRowColors(True)
        self.unitsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unitsView.setSortingEnabled(True)
        self.unitsView.setWordWrap(False)
        self.unitsView.verticalHeader().setVisible(False)

        self.unitsTabLayout.addWidget(self.unitsView)

        self.reportTabs.addTab(self.unitsTab, "")
        self.tasksTab = QWidget()
        self.tasksTab.setObjectName(u"tasksTab")
        self.tasksTabLayout = QVBoxLayout(self.tasksTab)
        self.tasksTabLayout.setObjectName(u"tasksTabLayout")
        self.tasksTabLayout.setContentsMargins(0, 0, 0, 0)
        self.tasksView = QTableView(self.tasksTab)
        self.tasksView.setObjectName(u"tasksView")
        self.tasksView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tasksView.setAlternatingRowColors(True)
        self.tasksView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tasksView.setSortingEnabled(True)
        self.tasksView.setWordWrap(False)
        self.tasksView.verticalHeader().setVisible(False)

        self.tasksTabLayout.addWidget(self.tasksView)

        self.reportTabs.addTab(self.tasksTab, "")
        self.missingTab = QWidget()
        self.missingTab.setObjectName(u"missingTab")
        self.missingTabLayout = QVBoxLayout(self.missingTab)
        self.missingTabLayout.setObjectName(u"missingTabLayout")
        self.missingTabLayout.setContentsMargins(0, 0, 0, 0)
        self.missingView = QTreeView(self.missingTab)
        self.missingView.setObjectName(u"missingView")
        self.missingView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.missingView.setAlternatingRowColors(True)
        self.missingView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.missingView.setUniformRowHeights(True)

        self.missingTabLayout.addWidget(self.missingView)

        self.reportTabs.addTab(self.missingTab, "")
        self.chartsTab = QWidget()
        self.chartsTab.setObjectName(u"chartsTab")
        self.chartsTabLayout = QVBoxLayout(self.chartsTab)
        self.chartsTabLayout.setObjectName(u"chartsTabLayout")
        self.chartsTabLayout.setContentsMargins(0, 0, 0, 0)
        self.chartsArea = QScrollArea(self.chartsTab)
        self.chartsArea.setObjectName(u"chartsArea")
        self.chartsArea.setFrameShape(QFrame.Shape.NoFrame)
        self.chartsArea.setWidgetResizable(True)
        self.chartsPanel = QWidget()
        self.chartsPanel.setObjectName(u"chartsPanel")
        self.chartsLayout = QHBoxLayout(self.chartsPanel)
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.unitsChart = ChartView(self.chartsPanel)
        self.unitsChart.setObjectName(u"unitsChart")

        self.chartsLayout.addWidget(self.unitsChart)

        self.sideChartsLayout = QVBoxLayout()
        self.sideChartsLayout.setObjectName(u"sideChartsLayout")
        self.statusChart = ChartView(self.chartsPanel)
        self.statusChart.setObjectName(u"statusChart")

        self.sideChartsLayout.addWidget(self.statusChart)

        self.trendChart = ChartView(self.chartsPanel)
        self.trendChart.setObjectName(u"trendChart")

        self.sideChartsLayout.addWidget(self.trendChart)

        self.chartsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sideChartsLayout.addItem(self.chartsSpacer)


        self.chartsLayout.addLayout(self.sideChartsLayout)

        self.chartsArea.setWidget(self.chartsPanel)

        self.chartsTabLayout.addWidget(self.chartsArea)

        self.reportTabs.addTab(self.chartsTab, "")
        self.splitter.addWidget(self.reportTabs)
        self.notesBox = QWidget(self.splitter)
        self.notesBox.setObjectName(u"notesBox")
        self.notesLayout = QHBoxLayout(self.notesBox)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesLayout.setContentsMargins(0, 0, 0, 0)
        self.notesLabel = QLabel(self.notesBox)
        self.notesLabel.setObjectName(u"notesLabel")

        self.notesLayout.addWidget(self.notesLabel, 0, Qt.AlignmentFlag.AlignTop)

        self.notesEdit = QPlainTextEdit(self.notesBox)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMinimumSize(QSize(0, 48))
        self.notesEdit.setTabChangesFocus(True)

        self.notesLayout.addWidget(self.notesEdit)

        self.splitter.addWidget(self.notesBox)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.periodLabel.setBuddy(self.periodCombo)
        self.asOfDateLabel.setBuddy(self.asOfEdit)
        self.numberLabel.setBuddy(self.numberEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.periodCombo)
        QWidget.setTabOrder(self.periodCombo, self.asOfEdit)
        QWidget.setTabOrder(self.asOfEdit, self.numberEdit)
        QWidget.setTabOrder(self.numberEdit, self.xlsxCheck)
        QWidget.setTabOrder(self.xlsxCheck, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.reportTabs)
        QWidget.setTabOrder(self.reportTabs, self.notesEdit)

        self.retranslateUi(ReportsPage)

        self.reportTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.kindLabel.setText(QCoreApplication.translate("ReportsPage", u"\u62a5\u8868\u7c7b\u578b(&K)\uff1a", None))
        self.periodLabel.setText(QCoreApplication.translate("ReportsPage", u"\u7edf\u8ba1\u671f\u95f4(&P)\uff1a", None))
        self.asOfDateLabel.setText(QCoreApplication.translate("ReportsPage", u"\u7edf\u8ba1\u622a\u81f3(&D)\uff1a", None))
        self.numberLabel.setText(QCoreApplication.translate("ReportsPage", u"\u671f\u53f7(&N)\uff1a", None))
        self.xlsxCheck.setText(QCoreApplication.translate("ReportsPage", u"\u540c\u65f6\u5bfc\u51fa Excel \u8868\u683c(&X)", None))
        self.exportButton.setText(QCoreApplication.translate("ReportsPage", u"\u5bfc\u51fa(&E)\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("ReportsPage", u"\u5c06\u9884\u89c8\u7684\u901a\u62a5\u5bfc\u51fa\u4e3a PDF\uff08\u53ca Excel \u8868\u683c\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.figuresBox.setTitle(QCoreApplication.translate("ReportsPage", u"\u672c\u671f\u5408\u8ba1", None))
        self.dueCaption.setText(QCoreApplication.translate("ReportsPage", u"\u5e94\u62a5\u4e8b\u9879", None))
        self.onTimeCaption.setText(QCoreApplication.translate("ReportsPage", u"\u6309\u65f6\u62a5\u9001", None))
        self.lateCaption.setText(QCoreApplication.translate("ReportsPage", u"\u903e\u671f\u62a5\u9001", None))
        self.overdueCaption.setText(QCoreApplication.translate("ReportsPage", u"\u903e\u671f\u672a\u62a5", None))
        self.notYetDueCaption.setText(QCoreApplication.translate("ReportsPage", u"\u5c1a\u672a\u5230\u671f", None))
        self.onTimeRateCaption.setText(QCoreApplication.translate("ReportsPage", u"\u6309\u65f6\u62a5\u9001\u7387", None))
        self.receivedRateCaption.setText(QCoreApplication.translate("ReportsPage", u"\u62a5\u9001\u7387", None))
        self.reportTabs.setTabText(self.reportTabs.indexOf(self.unitsTab), QCoreApplication.translate("ReportsPage", u"\u5355\u4f4d\u6392\u540d", None))
        self.reportTabs.setTabText(self.reportTabs.indexOf(self.tasksTab), QCoreApplication.translate("ReportsPage", u"\u4efb\u52a1\u60c5\u51b5", None))
        self.reportTabs.setTabText(self.reportTabs.indexOf(self.missingTab), QCoreApplication.translate("ReportsPage", u"\u672a\u62a5\u4e8b\u9879", None))
        self.reportTabs.setTabText(self.reportTabs.indexOf(self.chartsTab), QCoreApplication.translate("ReportsPage", u"\u56fe\u8868", None))
        self.notesLabel.setText(QCoreApplication.translate("ReportsPage", u"\u901a\u62a5\u8bf4\u660e(&B)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.notesLabel.setToolTip(QCoreApplication.translate("ReportsPage", u"\u5370\u5728\u901a\u62a5\u7684\u201c\u6709\u5173\u8981\u6c42\u201d\u4e00\u8282\uff1b\u4e0d\u586b\u5219\u4e0d\u5370\u8be5\u8282", None))
#endif // QT_CONFIG(tooltip)
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("ReportsPage", u"\u5bfc\u51fa\u65f6\u4f5c\u4e3a\u901a\u62a5\u7684\u201c\u6709\u5173\u8981\u6c42\u201d\u4e00\u8282\u5370\u51fa\uff0c\u4f8b\u5982\uff1a\u8bf7\u903e\u671f\u672a\u62a5\u7684\u5355\u4f4d\u4e8e\u672c\u6708\u5e95\u524d\u8865\u62a5\u6750\u6599\uff0c\u5e76\u660e\u786e\u4e13\u4eba\u8d1f\u8d23\u4fe1\u7528\u4fe1\u606f\u62a5\u9001\u5de5\u4f5c\u3002", None))
        pass
    # retranslateUi

