# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tasks_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QSizePolicy, QTreeView,
    QVBoxLayout, QWidget)

class Ui_TasksPage(object):
    def setupUi(self, TasksPage):
        if not TasksPage.objectName():
            TasksPage.setObjectName(u"TasksPage")
        TasksPage.resize(900, 640)
        self.pageLayout = QVBoxLayout(TasksPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.planTitleLabel = QLabel(TasksPage)
        self.planTitleLabel.setObjectName(u"planTitleLabel")
        self.planTitleLabel.setText(u"")
        self.planTitleLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.planTitleLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchLabel = QLabel(TasksPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filterLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(TasksPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.countLabel = QLabel(TasksPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.filterLayout.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.filterLayout)

        self.taskView = QTreeView(TasksPage)
        self.taskView.setObjectName(u"taskView")
        self.taskView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.taskView.setAlternatingRowColors(True)
        self.taskView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.taskView.setSortingEnabled(True)
        self.taskView.setWordWrap(True)

        self.pageLayout.addWidget(self.taskView)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TasksPage)

        QMetaObject.connectSlotsByName(TasksPage)
    # setupUi

    def retranslateUi(self, TasksPage):
        self.searchLabel.setText(QCoreApplication.translate("TasksPage", u"\u67e5\u627e(&F)\uff1a", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("TasksPage", u"\u6309\u7f16\u53f7\u3001\u4efb\u52a1\u5185\u5bb9\u6216\u5355\u4f4d\u540d\u79f0\u67e5\u627e", None))
        pass
    # retranslateUi

