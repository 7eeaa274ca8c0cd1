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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_InboxPage(object):
    def setupUi(self, InboxPage):
        if not InboxPage.objectName():
            InboxPage.setObjectName(u"InboxPage")
        InboxPage.resize(900, 640)
        self.pageLayout = QVBoxLayout(InboxPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterLabel = QLabel(InboxPage)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterLayout.addWidget(self.filterLabel)

        self.filterEdit = QLineEdit(InboxPage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.filterEdit)

        self.countLabel = QLabel(InboxPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.filterLayout.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.filterLayout)

        self.submissionView = QTableView(InboxPage)
        self.submissionView.setObjectName(u"submissionView")
        self.submissionView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.submissionView.setAlternatingRowColors(True)
        self.submissionView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.submissionView.setSortingEnabled(True)
        self.submissionView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.submissionView)

#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filterEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InboxPage)

        QMetaObject.connectSlotsByName(InboxPage)
    # setupUi

    def retranslateUi(self, InboxPage):
        self.filterLabel.setText(QCoreApplication.translate("InboxPage", u"\u7b5b\u9009(&F)\uff1a", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("InboxPage", u"\u6309\u5355\u4f4d\u3001\u4efb\u52a1\u3001\u671f\u95f4\u6216\u6807\u9898\u7b5b\u9009", None))
        pass
    # retranslateUi

