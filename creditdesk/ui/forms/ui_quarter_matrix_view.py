# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'quarter_matrix_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_QuarterMatrixView(object):
    def setupUi(self, QuarterMatrixView):
        if not QuarterMatrixView.objectName():
            QuarterMatrixView.setObjectName(u"QuarterMatrixView")
        QuarterMatrixView.resize(900, 600)
        self.matrixLayout = QVBoxLayout(QuarterMatrixView)
        self.matrixLayout.setObjectName(u"matrixLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.periodLabel = QLabel(QuarterMatrixView)
        self.periodLabel.setObjectName(u"periodLabel")

        self.topLayout.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(QuarterMatrixView)
        self.periodCombo.setObjectName(u"periodCombo")
        self.periodCombo.setMaxVisibleItems(24)

        self.topLayout.addWidget(self.periodCombo)

        self.asOfLabel = QLabel(QuarterMatrixView)
        self.asOfLabel.setObjectName(u"asOfLabel")
        self.asOfLabel.setText(u"")

        self.topLayout.addWidget(self.asOfLabel)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.legendLabel = QLabel(QuarterMatrixView)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setText(u"")

        self.topLayout.addWidget(self.legendLabel)


        self.matrixLayout.addLayout(self.topLayout)

        self.matrixView = QTableView(QuarterMatrixView)
        self.matrixView.setObjectName(u"matrixView")
        self.matrixView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrixView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrixView.setWordWrap(False)

        self.matrixLayout.addWidget(self.matrixView)

        self.hintLabel = QLabel(QuarterMatrixView)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.matrixLayout.addWidget(self.hintLabel)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(QuarterMatrixView)

        QMetaObject.connectSlotsByName(QuarterMatrixView)
    # setupUi

    def retranslateUi(self, QuarterMatrixView):
        self.periodLabel.setText(QCoreApplication.translate("QuarterMatrixView", u"\u62a5\u9001\u671f(&P)\uff1a", None))
        self.hintLabel.setText(QCoreApplication.translate("QuarterMatrixView", u"\u5355\u51fb\u683c\u5b50\u67e5\u770b\u8be5\u5355\u4f4d\u8be5\u4efb\u52a1\u7684\u62a5\u9001\u6750\u6599\uff08\u5c1a\u65e0\u6750\u6599\u65f6\u76f4\u63a5\u767b\u8bb0\uff09\uff1b\u53f3\u952e\u53ef\u529e\u7406\u5ef6\u671f\u3002", None))
        pass
    # retranslateUi

