# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'roster_page.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QSizePolicy, QTableView, QVBoxLayout, QWidget)

class Ui_RosterPage(object):
    def setupUi(self, RosterPage):
        if not RosterPage.objectName():
            RosterPage.setObjectName(u"RosterPage")
        RosterPage.resize(900, 640)
        self.pageLayout = QVBoxLayout(RosterPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchLabel = QLabel(RosterPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filterLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(RosterPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.categoryLabel = QLabel(RosterPage)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.filterLayout.addWidget(self.categoryLabel)

        self.categoryCombo = QComboBox(RosterPage)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setMinimumSize(QSize(140, 0))

        self.filterLayout.addWidget(self.categoryCombo)

        self.inactiveCheck = QCheckBox(RosterPage)
        self.inactiveCheck.setObjectName(u"inactiveCheck")

        self.filterLayout.addWidget(self.inactiveCheck)

        self.countLabel = QLabel(RosterPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.filterLayout.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.filterLayout)

        self.unitView = QTableView(RosterPage)
        self.unitView.setObjectName(u"unitView")
        self.unitView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unitView.setAlternatingRowColors(True)
        self.unitView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unitView.setSortingEnabled(True)
        self.unitView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.unitView)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RosterPage)

        QMetaObject.connectSlotsByName(RosterPage)
    # setupUi

    def retranslateUi(self, RosterPage):
        self.searchLabel.setText(QCoreApplication.translate("RosterPage", u"\u67e5\u627e(&F)\uff1a", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("RosterPage", u"\u6309\u540d\u79f0\u3001\u7b80\u79f0\u6216\u522b\u540d\u67e5\u627e", None))
        self.categoryLabel.setText(QCoreApplication.translate("RosterPage", u"\u7c7b\u522b(&C)\uff1a", None))
        self.inactiveCheck.setText(QCoreApplication.translate("RosterPage", u"\u542b\u5df2\u64a4\u9500\u5355\u4f4d(&I)", None))
        pass
    # retranslateUi

