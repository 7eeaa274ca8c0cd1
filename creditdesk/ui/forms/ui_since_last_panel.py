# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'since_last_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QToolButton, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_SinceLastPanel(object):
    def setupUi(self, SinceLastPanel):
        if not SinceLastPanel.objectName():
            SinceLastPanel.setObjectName(u"SinceLastPanel")
        SinceLastPanel.resize(800, 300)
        SinceLastPanel.setFrameShape(QFrame.Shape.StyledPanel)
        self.panelLayout = QVBoxLayout(SinceLastPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.titleLabel = QLabel(SinceLastPanel)
        self.titleLabel.setObjectName(u"titleLabel")

        self.panelLayout.addWidget(self.titleLabel)

        self.itemsTree = QTreeWidget(SinceLastPanel)
        __qtreewidgetitem = QTreeWidgetItem()
        __qtreewidgetitem.setText(0, u"1")
        self.itemsTree.setHeaderItem(__qtreewidgetitem)
        self.itemsTree.setObjectName(u"itemsTree")
        self.itemsTree.setHeaderHidden(True)
        self.itemsTree.setAlternatingRowColors(True)
        self.itemsTree.setMaximumSize(QSize(16777215, 210))
        self.itemsTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.panelLayout.addWidget(self.itemsTree)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.markSeenButton = QPushButton(SinceLastPanel)
        self.markSeenButton.setObjectName(u"markSeenButton")

        self.buttonsLayout.addWidget(self.markSeenButton)

        self.postponeButton = QToolButton(SinceLastPanel)
        self.postponeButton.setObjectName(u"postponeButton")

        self.buttonsLayout.addWidget(self.postponeButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)


        self.panelLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(SinceLastPanel)

        QMetaObject.connectSlotsByName(SinceLastPanel)
    # setupUi

    def retranslateUi(self, SinceLastPanel):
        self.titleLabel.setText(QCoreApplication.translate("SinceLastPanel", u"\u81ea\u4e0a\u6b21\u6253\u5f00\u4ee5\u6765", None))
        self.markSeenButton.setText(QCoreApplication.translate("SinceLastPanel", u"\u5168\u90e8\u6807\u8bb0\u4e3a\u5df2\u9605(&M)", None))
#if QT_CONFIG(tooltip)
        self.markSeenButton.setToolTip(QCoreApplication.translate("SinceLastPanel", u"\u8fd9\u4e9b\u53d8\u5316\u5df2\u5904\u7406\uff1b\u4e0b\u6b21\u6253\u5f00\u65f6\u53ea\u663e\u793a\u6b64\u540e\u7684\u65b0\u53d8\u5316", None))
#endif // QT_CONFIG(tooltip)
        self.postponeButton.setText(QCoreApplication.translate("SinceLastPanel", u"\u7a0d\u540e\u63d0\u9192(&L)", None))
#if QT_CONFIG(tooltip)
        self.postponeButton.setToolTip(QCoreApplication.translate("SinceLastPanel", u"\u6682\u4e0d\u5904\u7406\uff0c\u5230\u6240\u9009\u65e5\u671f\u518d\u63d0\u9192", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

