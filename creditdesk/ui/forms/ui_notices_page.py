# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'notices_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QSizePolicy, QTableView, QVBoxLayout, QWidget)

class Ui_NoticesPage(object):
    def setupUi(self, NoticesPage):
        if not NoticesPage.objectName():
            NoticesPage.setObjectName(u"NoticesPage")
        NoticesPage.resize(900, 640)
        self.pageLayout = QVBoxLayout(NoticesPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.emptyLabel = QLabel(NoticesPage)
        self.emptyLabel.setObjectName(u"emptyLabel")

        self.pageLayout.addWidget(self.emptyLabel)

        self.noticeView = QTableView(NoticesPage)
        self.noticeView.setObjectName(u"noticeView")
        self.noticeView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.noticeView.setAlternatingRowColors(True)
        self.noticeView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.noticeView.setSortingEnabled(True)
        self.noticeView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.noticeView)


        self.retranslateUi(NoticesPage)

        QMetaObject.connectSlotsByName(NoticesPage)
    # setupUi

    def retranslateUi(self, NoticesPage):
        self.emptyLabel.setText(QCoreApplication.translate("NoticesPage", u"\u5c1a\u672a\u53d1\u51fa\u7763\u529e\u901a\u77e5\u3002", None))
        pass
    # retranslateUi

