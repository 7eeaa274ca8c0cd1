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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        ReportsPage.resize(900, 640)
        self.pageLayout = QVBoxLayout(ReportsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.periodLabel = QLabel(ReportsPage)
        self.periodLabel.setObjectName(u"periodLabel")

        self.periodLayout.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(ReportsPage)
        self.periodCombo.setObjectName(u"periodCombo")
        self.periodCombo.setMinimumSize(QSize(160, 0))

        self.periodLayout.addWidget(self.periodCombo)

        self.asOfLabel = QLabel(ReportsPage)
        self.asOfLabel.setObjectName(u"asOfLabel")
        self.asOfLabel.setText(u"")

        self.periodLayout.addWidget(self.asOfLabel)

        self.periodSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)


        self.pageLayout.addLayout(self.periodLayout)

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


        self.pageLayout.addWidget(self.figuresBox)

        self.unitsView = QTableView(ReportsPage)
        self.unitsView.setObjectName(u"unitsView")
        self.unitsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unitsView.setAlternatingRowColors(True)
        self.unitsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unitsView.setSortingEnabled(True)
        self.unitsView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.unitsView)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportsPage)

        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.periodLabel.setText(QCoreApplication.translate("ReportsPage", u"\u7edf\u8ba1\u671f\u95f4(&P)\uff1a", None))
        self.figuresBox.setTitle(QCoreApplication.translate("ReportsPage", u"\u672c\u671f\u5408\u8ba1", None))
        self.dueCaption.setText(QCoreApplication.translate("ReportsPage", u"\u5e94\u62a5\u4e8b\u9879", None))
        self.onTimeCaption.setText(QCoreApplication.translate("ReportsPage", u"\u6309\u65f6\u62a5\u9001", None))
        self.lateCaption.setText(QCoreApplication.translate("ReportsPage", u"\u903e\u671f\u540e\u62a5\u9001", None))
        self.overdueCaption.setText(QCoreApplication.translate("ReportsPage", u"\u903e\u671f\u672a\u62a5", None))
        self.notYetDueCaption.setText(QCoreApplication.translate("ReportsPage", u"\u672a\u5230\u671f", None))
        pass
    # retranslateUi

