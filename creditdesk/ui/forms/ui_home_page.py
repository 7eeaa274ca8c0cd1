# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'home_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_HomePage(object):
    def setupUi(self, HomePage):
        if not HomePage.objectName():
            HomePage.setObjectName(u"HomePage")
        HomePage.resize(900, 640)
        self.pageLayout = QVBoxLayout(HomePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.headingLabel = QLabel(HomePage)
        self.headingLabel.setObjectName(u"headingLabel")

        self.headerLayout.addWidget(self.headingLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.calendarButton = QPushButton(HomePage)
        self.calendarButton.setObjectName(u"calendarButton")

        self.headerLayout.addWidget(self.calendarButton)


        self.pageLayout.addLayout(self.headerLayout)

        self.homeTabs = QTabWidget(HomePage)
        self.homeTabs.setObjectName(u"homeTabs")
        self.overviewTab = QWidget()
        self.overviewTab.setObjectName(u"overviewTab")
        self.overviewLayout = QVBoxLayout(self.overviewTab)
        self.overviewLayout.setObjectName(u"overviewLayout")
        self.figuresBox = QGroupBox(self.overviewTab)
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


        self.overviewLayout.addWidget(self.figuresBox)

        self.listsSplitter = QSplitter(self.overviewTab)
        self.listsSplitter.setObjectName(u"listsSplitter")
        self.listsSplitter.setOrientation(Qt.Orientation.Vertical)
        self.listsSplitter.setChildrenCollapsible(False)
        self.overdueBox = QGroupBox(self.listsSplitter)
        self.overdueBox.setObjectName(u"overdueBox")
        self.overdueLayout = QVBoxLayout(self.overdueBox)
        self.overdueLayout.setObjectName(u"overdueLayout")
        self.overdueView = QTableView(self.overdueBox)
        self.overdueView.setObjectName(u"overdueView")
        self.overdueView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overdueView.setAlternatingRowColors(True)
        self.overdueView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.overdueView.setSortingEnabled(True)
        self.overdueView.verticalHeader().setVisible(False)

        self.overdueLayout.addWidget(self.overdueView)

        self.listsSplitter.addWidget(self.overdueBox)
        self.dueSoonBox = QGroupBox(self.listsSplitter)
        self.dueSoonBox.setObjectName(u"dueSoonBox")
        self.dueSoonLayout = QVBoxLayout(self.dueSoonBox)
        self.dueSoonLayout.setObjectName(u"dueSoonLayout")
        self.dueSoonView = QTableView(self.dueSoonBox)
        self.dueSoonView.setObjectName(u"dueSoonView")
        self.dueSoonView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dueSoonView.setAlternatingRowColors(True)
        self.dueSoonView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dueSoonView.setSortingEnabled(True)
        self.dueSoonView.verticalHeader().setVisible(False)

        self.dueSoonLayout.addWidget(self.dueSoonView)

        self.listsSplitter.addWidget(self.dueSoonBox)

        self.overviewLayout.addWidget(self.listsSplitter)

        self.homeTabs.addTab(self.overviewTab, "")
        self.matrixTab = QWidget()
        self.matrixTab.setObjectName(u"matrixTab")
        self.matrixTabLayout = QVBoxLayout(self.matrixTab)
        self.matrixTabLayout.setObjectName(u"matrixTabLayout")
        self.homeTabs.addTab(self.matrixTab, "")

        self.pageLayout.addWidget(self.homeTabs)


        self.retranslateUi(HomePage)

        self.homeTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(HomePage)
    # setupUi

    def retranslateUi(self, HomePage):
        self.headingLabel.setText(QCoreApplication.translate("HomePage", u"\u5de5\u4f5c\u53f0", None))
        self.calendarButton.setText(QCoreApplication.translate("HomePage", u"\u5de5\u4f5c\u65e5\u5386(&K)\u2026", None))
#if QT_CONFIG(tooltip)
        self.calendarButton.setToolTip(QCoreApplication.translate("HomePage", u"\u8282\u5047\u65e5\u548c\u8c03\u4f11\u4e0a\u73ed\u65e5\uff1b\u672a\u516c\u5e03\u5e74\u4efd\u53ef\u7c98\u8d34\u56fd\u52a1\u9662\u901a\u77e5", None))
#endif // QT_CONFIG(tooltip)
        self.figuresBox.setTitle(QCoreApplication.translate("HomePage", u"\u672c\u5b63\u5ea6\u62a5\u9001\u60c5\u51b5", None))
        self.dueCaption.setText(QCoreApplication.translate("HomePage", u"\u5e94\u62a5\u4e8b\u9879", None))
        self.onTimeCaption.setText(QCoreApplication.translate("HomePage", u"\u6309\u65f6\u62a5\u9001", None))
        self.lateCaption.setText(QCoreApplication.translate("HomePage", u"\u903e\u671f\u540e\u62a5\u9001", None))
        self.overdueCaption.setText(QCoreApplication.translate("HomePage", u"\u903e\u671f\u672a\u62a5", None))
        self.notYetDueCaption.setText(QCoreApplication.translate("HomePage", u"\u672a\u5230\u671f", None))
        self.overdueBox.setTitle(QCoreApplication.translate("HomePage", u"\u903e\u671f\u672a\u62a5", None))
        self.dueSoonBox.setTitle(QCoreApplication.translate("HomePage", u"\u5373\u5c06\u5230\u671f", None))
        self.homeTabs.setTabText(self.homeTabs.indexOf(self.overviewTab), QCoreApplication.translate("HomePage", u"\u6982\u51b5", None))
        self.homeTabs.setTabText(self.homeTabs.indexOf(self.matrixTab), QCoreApplication.translate("HomePage", u"\u5b63\u5ea6\u4e00\u89c8", None))
        pass
    # retranslateUi

