# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QListWidget,
    QListWidgetItem, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStackedWidget, QStatusBar, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
        self.actionImportPlan = QAction(MainWindow)
        self.actionImportPlan.setObjectName(u"actionImportPlan")
        self.actionCalendar = QAction(MainWindow)
        self.actionCalendar.setObjectName(u"actionCalendar")
        self.actionNoticeTemplates = QAction(MainWindow)
        self.actionNoticeTemplates.setObjectName(u"actionNoticeTemplates")
        self.actionUsers = QAction(MainWindow)
        self.actionUsers.setObjectName(u"actionUsers")
        self.actionBackup = QAction(MainWindow)
        self.actionBackup.setObjectName(u"actionBackup")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionQuit.setMenuRole(QAction.MenuRole.QuitRole)
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.actionAbout.setMenuRole(QAction.MenuRole.AboutRole)
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QHBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navList = QListWidget(self.centralWidget)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        self.navList.setObjectName(u"navList")
        self.navList.setMinimumSize(QSize(128, 0))
        self.navList.setMaximumSize(QSize(160, 16777215))
        self.navList.setStyleSheet(u"QListWidget#navList { font-size: 11pt; }\n"
"QListWidget#navList::item { padding: 8px 14px; }")
        self.navList.setFrameShape(QFrame.Shape.NoFrame)
        self.navList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navList.setSpacing(2)

        self.centralLayout.addWidget(self.navList)

        self.pageStack = QStackedWidget(self.centralWidget)
        self.pageStack.setObjectName(u"pageStack")

        self.centralLayout.addWidget(self.pageStack)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuEdit = QMenu(self.menuBar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuEdit.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionImportPlan)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionCalendar)
        self.menuFile.addAction(self.actionNoticeTemplates)
        self.menuFile.addAction(self.actionSettings)
        self.menuFile.addAction(self.actionUsers)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionBackup)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"\u4fe1\u7528\u529e\u5de5\u4f5c\u53f0", None))
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"\u8bbe\u7f6e(&S)\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionSettings.setToolTip(QCoreApplication.translate("MainWindow", u"\u53bf\u533a\u540d\u79f0\u3001\u4fe1\u7528\u529e\u540d\u79f0\u3001\u6587\u53f7\u524d\u7f00\u548c\u8054\u7cfb\u4eba", None))
#endif // QT_CONFIG(tooltip)
        self.actionImportPlan.setText(QCoreApplication.translate("MainWindow", u"\u5bfc\u5165\u5de5\u4f5c\u8981\u70b9(&I)\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionImportPlan.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+I", None))
#endif // QT_CONFIG(shortcut)
        self.actionCalendar.setText(QCoreApplication.translate("MainWindow", u"\u5de5\u4f5c\u65e5\u5386(&C)\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionCalendar.setToolTip(QCoreApplication.translate("MainWindow", u"\u8282\u5047\u65e5\u4e0e\u8c03\u4f11\u4e0a\u73ed\u65e5", None))
#endif // QT_CONFIG(tooltip)
        self.actionNoticeTemplates.setText(QCoreApplication.translate("MainWindow", u"\u901a\u77e5\u6a21\u677f(&T)\u2026", None))
        self.actionUsers.setText(QCoreApplication.translate("MainWindow", u"\u7528\u6237\u7ba1\u7406(&U)\u2026", None))
        self.actionBackup.setText(QCoreApplication.translate("MainWindow", u"\u5907\u4efd\u5de5\u4f5c\u533a(&B)\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"\u9000\u51fa(&X)", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"\u5173\u4e8e(&A)", None))

        __sortingEnabled = self.navList.isSortingEnabled()
        self.navList.setSortingEnabled(False)
        ___qlistwidgetitem = self.navList.item(0)
        ___qlistwidgetitem.setText(QCoreApplication.translate("MainWindow", u"\u5de5\u4f5c\u53f0", None))
#if QT_CONFIG(tooltip)
        ___qlistwidgetitem.setToolTip(QCoreApplication.translate("MainWindow", u"\u672c\u5b63\u5ea6\u6982\u51b5\u3001\u903e\u671f\u548c\u5373\u5c06\u5230\u671f\u4e8b\u9879\uff08Ctrl+1\uff09", None))
#endif // QT_CONFIG(tooltip)
        ___qlistwidgetitem1 = self.navList.item(1)
        ___qlistwidgetitem1.setText(QCoreApplication.translate("MainWindow", u"\u4efb\u52a1", None))
#if QT_CONFIG(tooltip)
        ___qlistwidgetitem1.setToolTip(QCoreApplication.translate("MainWindow", u"\u5de5\u4f5c\u8981\u70b9\u7684\u4efb\u52a1\u5206\u89e3\uff08Ctrl+2\uff09", None))
#endif // QT_CONFIG(tooltip)
        ___qlistwidgetitem2 = self.navList.item(2)
        ___qlistwidgetitem2.setText(QCoreApplication.translate("MainWindow", u"\u5355\u4f4d", None))
#if QT_CONFIG(tooltip)
        ___qlistwidgetitem2.setToolTip(QCoreApplication.translate("MainWindow", u"\u6210\u5458\u5355\u4f4d\u540d\u518c\uff08Ctrl+3\uff09", None))
#endif // QT_CONFIG(tooltip)
        ___qlistwidgetitem3 = self.navList.item(3)
        ___qlistwidgetitem3.setText(QCoreApplication.translate("MainWindow", u"\u6536\u4ef6", None))
#if QT_CONFIG(tooltip)
        ___qlistwidgetitem3.setToolTip(QCoreApplication.translate("MainWindow", u"\u5404\u5355\u4f4d\u62a5\u9001\u7684\u6750\u6599\uff08Ctrl+4\uff09", None))
#endif // QT_CONFIG(tooltip)
        ___qlistwidgetitem4 = self.navList.item(4)
        ___qlistwidgetitem4.setText(QCoreApplication.translate("MainWindow", u"\u7763\u529e", None))
#if QT_CONFIG(tooltip)
        ___qlistwidgetitem4.setToolTip(QCoreApplication.translate("MainWindow", u"\u7763\u529e\u901a\u77e5\u767b\u8bb0\uff08Ctrl+5\uff09", None))
#endif // QT_CONFIG(tooltip)
        ___qlistwidgetitem5 = self.navList.item(5)
        ___qlistwidgetitem5.setText(QCoreApplication.translate("MainWindow", u"\u62a5\u8868", None))
#if QT_CONFIG(tooltip)
        ___qlistwidgetitem5.setToolTip(QCoreApplication.translate("MainWindow", u"\u6309\u671f\u7edf\u8ba1\u62a5\u9001\u60c5\u51b5\uff08Ctrl+6\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.navList.setSortingEnabled(__sortingEnabled)

        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"\u6587\u4ef6(&F)", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"\u7f16\u8f91(&E)", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"\u5e2e\u52a9(&H)", None))
    # retranslateUi

