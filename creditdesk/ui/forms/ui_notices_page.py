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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_NoticesPage(object):
    def setupUi(self, NoticesPage):
        if not NoticesPage.objectName():
            NoticesPage.setObjectName(u"NoticesPage")
        NoticesPage.resize(1100, 700)
        self.pageLayout = QVBoxLayout(NoticesPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.newButton = QPushButton(NoticesPage)
        self.newButton.setObjectName(u"newButton")

        self.topLayout.addWidget(self.newButton)

        self.templateButton = QPushButton(NoticesPage)
        self.templateButton.setObjectName(u"templateButton")

        self.topLayout.addWidget(self.templateButton)

        self.topSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.stateLabel = QLabel(NoticesPage)
        self.stateLabel.setObjectName(u"stateLabel")

        self.topLayout.addWidget(self.stateLabel)

        self.stateCombo = QComboBox(NoticesPage)
        self.stateCombo.setObjectName(u"stateCombo")

        self.topLayout.addWidget(self.stateCombo)

        self.levelLabel = QLabel(NoticesPage)
        self.levelLabel.setObjectName(u"levelLabel")

        self.topLayout.addWidget(self.levelLabel)

        self.levelCombo = QComboBox(NoticesPage)
        self.levelCombo.setObjectName(u"levelCombo")

        self.topLayout.addWidget(self.levelCombo)

        self.yearLabel = QLabel(NoticesPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.topLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(NoticesPage)
        self.yearCombo.setObjectName(u"yearCombo")

        self.topLayout.addWidget(self.yearCombo)

        self.filterEdit = QLineEdit(NoticesPage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setMinimumSize(QSize(180, 0))
        self.filterEdit.setClearButtonEnabled(True)

        self.topLayout.addWidget(self.filterEdit)

        self.countLabel = QLabel(NoticesPage)
        self.countLabel.setObjectName(u"countLabel")

        self.topLayout.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.topLayout)

        self.splitter = QSplitter(NoticesPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.registerPane = QWidget(self.splitter)
        self.registerPane.setObjectName(u"registerPane")
        self.registerLayout = QVBoxLayout(self.registerPane)
        self.registerLayout.setObjectName(u"registerLayout")
        self.registerLayout.setContentsMargins(0, 0, 0, 0)
        self.emptyLabel = QLabel(self.registerPane)
        self.emptyLabel.setObjectName(u"emptyLabel")

        self.registerLayout.addWidget(self.emptyLabel)

        self.noticeView = QTableView(self.registerPane)
        self.noticeView.setObjectName(u"noticeView")
        self.noticeView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.noticeView.setAlternatingRowColors(True)
        self.noticeView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.noticeView.setSortingEnabled(True)
        self.noticeView.horizontalHeader().setStretchLastSection(True)
        self.noticeView.verticalHeader().setVisible(False)

        self.registerLayout.addWidget(self.noticeView)

        self.detailLabel = QLabel(self.registerPane)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.registerLayout.addWidget(self.detailLabel)

        self.fileActionsLayout = QHBoxLayout()
        self.fileActionsLayout.setObjectName(u"fileActionsLayout")
        self.viewButton = QPushButton(self.registerPane)
        self.viewButton.setObjectName(u"viewButton")

        self.fileActionsLayout.addWidget(self.viewButton)

        self.reprintButton = QPushButton(self.registerPane)
        self.reprintButton.setObjectName(u"reprintButton")

        self.fileActionsLayout.addWidget(self.reprintButton)

        self.printButton = QPushButton(self.registerPane)
        self.printButton.setObjectName(u"printButton")

        self.fileActionsLayout.addWidget(self.printButton)

        self.openButton = QPushButton(self.registerPane)
        self.openButton.setObjectName(u"openButton")

        self.fileActionsLayout.addWidget(self.openButton)

        self.exportButton = QPushButton(self.registerPane)
        self.exportButton.setObjectName(u"exportButton")

        self.fileActionsLayout.addWidget(self.exportButton)

        self.fileActionsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fileActionsLayout.addItem(self.fileActionsSpacer)


        self.registerLayout.addLayout(self.fileActionsLayout)

        self.stateActionsLayout = QHBoxLayout()
        self.stateActionsLayout.setObjectName(u"stateActionsLayout")
        self.repliedButton = QPushButton(self.registerPane)
        self.repliedButton.setObjectName(u"repliedButton")

        self.stateActionsLayout.addWidget(self.repliedButton)

        self.closedButton = QPushButton(self.registerPane)
        self.closedButton.setObjectName(u"closedButton")

        self.stateActionsLayout.addWidget(self.closedButton)

        self.voidButton = QPushButton(self.registerPane)
        self.voidButton.setObjectName(u"voidButton")

        self.stateActionsLayout.addWidget(self.voidButton)

        self.stateActionsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stateActionsLayout.addItem(self.stateActionsSpacer)


        self.registerLayout.addLayout(self.stateActionsLayout)

        self.registerLayout.setStretch(1, 1)
        self.splitter.addWidget(self.registerPane)
        self.previewBox = QGroupBox(self.splitter)
        self.previewBox.setObjectName(u"previewBox")
        self.previewLayout = QVBoxLayout(self.previewBox)
        self.previewLayout.setObjectName(u"previewLayout")
        self.splitter.addWidget(self.previewBox)

        self.pageLayout.addWidget(self.splitter)

        self.pageLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.stateLabel.setBuddy(self.stateCombo)
        self.levelLabel.setBuddy(self.levelCombo)
        self.yearLabel.setBuddy(self.yearCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.newButton, self.templateButton)
        QWidget.setTabOrder(self.templateButton, self.stateCombo)
        QWidget.setTabOrder(self.stateCombo, self.levelCombo)
        QWidget.setTabOrder(self.levelCombo, self.yearCombo)
        QWidget.setTabOrder(self.yearCombo, self.filterEdit)
        QWidget.setTabOrder(self.filterEdit, self.noticeView)

        self.retranslateUi(NoticesPage)

        QMetaObject.connectSlotsByName(NoticesPage)
    # setupUi

    def retranslateUi(self, NoticesPage):
        NoticesPage.setWindowTitle(QCoreApplication.translate("NoticesPage", u"\u7763\u529e", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("NoticesPage", u"\u4e3a\u903e\u671f\u6216\u5373\u5c06\u5230\u671f\u7684\u4e8b\u9879\u751f\u6210\u7763\u529e\u901a\u77e5\uff08Ctrl+N\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(QCoreApplication.translate("NoticesPage", u"\u751f\u6210\u901a\u77e5\u2026", None))
#if QT_CONFIG(tooltip)
        self.templateButton.setToolTip(QCoreApplication.translate("NoticesPage", u"\u4fee\u6539\u63d0\u9192\u3001\u50ac\u62a5\u3001\u7763\u529e\u4e09\u7c7b\u901a\u77e5\u7684\u6807\u9898\u548c\u6b63\u6587", None))
#endif // QT_CONFIG(tooltip)
        self.templateButton.setText(QCoreApplication.translate("NoticesPage", u"\u901a\u77e5\u6a21\u677f\u2026", None))
        self.stateLabel.setText(QCoreApplication.translate("NoticesPage", u"\u72b6\u6001", None))
        self.levelLabel.setText(QCoreApplication.translate("NoticesPage", u"\u7c7b\u522b", None))
        self.yearLabel.setText(QCoreApplication.translate("NoticesPage", u"\u5e74\u5ea6", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("NoticesPage", u"\u67e5\u627e\u6587\u53f7\u6216\u5355\u4f4d", None))
        self.emptyLabel.setText(QCoreApplication.translate("NoticesPage", u"\u5c1a\u672a\u53d1\u51fa\u7763\u529e\u901a\u77e5\u3002\u70b9\u201c\u751f\u6210\u901a\u77e5\u2026\u201d\u4e3a\u903e\u671f\u4e8b\u9879\u751f\u6210\u901a\u77e5\u3002", None))
#if QT_CONFIG(tooltip)
        self.viewButton.setToolTip(QCoreApplication.translate("NoticesPage", u"\u5728\u5355\u72ec\u7684\u7a97\u53e3\u4e2d\u67e5\u770b\u6240\u9009\u901a\u77e5", None))
#endif // QT_CONFIG(tooltip)
        self.viewButton.setText(QCoreApplication.translate("NoticesPage", u"\u67e5\u770b", None))
#if QT_CONFIG(tooltip)
        self.reprintButton.setToolTip(QCoreApplication.translate("NoticesPage", u"\u7528\u9ed8\u8ba4\u6253\u5370\u673a\u91cd\u65b0\u6253\u5370\u53d1\u51fa\u65f6\u4fdd\u5b58\u7684\u539f\u6587\u4ef6\uff08Ctrl+P\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.reprintButton.setText(QCoreApplication.translate("NoticesPage", u"\u91cd\u65b0\u6253\u5370", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("NoticesPage", u"\u9009\u62e9\u6253\u5370\u673a\u3001\u4efd\u6570\u548c\u9875\u7801\u540e\u6253\u5370", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("NoticesPage", u"\u6253\u5370\u2026", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("NoticesPage", u"\u7528\u7cfb\u7edf\u7684PDF\u9605\u8bfb\u5668\u6253\u5f00\u6240\u9009\u901a\u77e5", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("NoticesPage", u"\u7528\u67e5\u770b\u5668\u6253\u5f00", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("NoticesPage", u"\u628a\u6240\u9009\u901a\u77e5\uff08\u672a\u9009\u65f6\u4e3a\u5217\u8868\u4e2d\u7684\u5168\u90e8\uff09\u5bfc\u51fa\u4e3aPDF", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("NoticesPage", u"\u5bfc\u51faPDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.repliedButton.setToolTip(QCoreApplication.translate("NoticesPage", u"\u6536\u6587\u5355\u4f4d\u5df2\u4e66\u9762\u56de\u590d", None))
#endif // QT_CONFIG(tooltip)
        self.repliedButton.setText(QCoreApplication.translate("NoticesPage", u"\u6807\u8bb0\u5df2\u56de\u590d", None))
#if QT_CONFIG(tooltip)
        self.closedButton.setToolTip(QCoreApplication.translate("NoticesPage", u"\u6240\u5217\u4e8b\u9879\u5df2\u529e\u7ed3", None))
#endif // QT_CONFIG(tooltip)
        self.closedButton.setText(QCoreApplication.translate("NoticesPage", u"\u529e\u7ed3", None))
#if QT_CONFIG(tooltip)
        self.voidButton.setToolTip(QCoreApplication.translate("NoticesPage", u"\u4f5c\u5e9f\u6240\u9009\u901a\u77e5\uff1a\u6587\u53f7\u4fdd\u7559\u5e76\u767b\u8bb0\u4e3a\u4f5c\u5e9f\uff0c\u4e0d\u518d\u4f7f\u7528", None))
#endif // QT_CONFIG(tooltip)
        self.voidButton.setText(QCoreApplication.translate("NoticesPage", u"\u4f5c\u5e9f\u2026", None))
        self.previewBox.setTitle(QCoreApplication.translate("NoticesPage", u"\u901a\u77e5\u539f\u6587", None))
    # retranslateUi

