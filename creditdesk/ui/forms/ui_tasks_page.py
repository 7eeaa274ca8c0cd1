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
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QToolButton, QTreeView, QVBoxLayout,
    QWidget)

class Ui_TasksPage(object):
    def setupUi(self, TasksPage):
        if not TasksPage.objectName():
            TasksPage.setObjectName(u"TasksPage")
        TasksPage.resize(900, 640)
        self.actionAddSection = QAction(TasksPage)
        self.actionAddSection.setObjectName(u"actionAddSection")
        self.actionAddSection.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.actionAddTask = QAction(TasksPage)
        self.actionAddTask.setObjectName(u"actionAddTask")
#if QT_CONFIG(shortcut)
        self.actionAddTask.setShortcut(u"Ctrl+N")
#endif // QT_CONFIG(shortcut)
        self.actionAddTask.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.actionEditTask = QAction(TasksPage)
        self.actionEditTask.setObjectName(u"actionEditTask")
#if QT_CONFIG(shortcut)
        self.actionEditTask.setShortcut(u"F2")
#endif // QT_CONFIG(shortcut)
        self.actionEditTask.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.actionDeleteTask = QAction(TasksPage)
        self.actionDeleteTask.setObjectName(u"actionDeleteTask")
#if QT_CONFIG(shortcut)
        self.actionDeleteTask.setShortcut(u"Del")
#endif // QT_CONFIG(shortcut)
        self.actionDeleteTask.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.actionImportPlan = QAction(TasksPage)
        self.actionImportPlan.setObjectName(u"actionImportPlan")
        self.actionImportPlan.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.pageLayout = QVBoxLayout(TasksPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.planTitleLabel = QLabel(TasksPage)
        self.planTitleLabel.setObjectName(u"planTitleLabel")
        self.planTitleLabel.setText(u"")
        self.planTitleLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.planTitleLabel)

        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.addSectionButton = QToolButton(TasksPage)
        self.addSectionButton.setObjectName(u"addSectionButton")
        self.addSectionButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.toolLayout.addWidget(self.addSectionButton)

        self.addTaskButton = QToolButton(TasksPage)
        self.addTaskButton.setObjectName(u"addTaskButton")
        self.addTaskButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.toolLayout.addWidget(self.addTaskButton)

        self.editButton = QToolButton(TasksPage)
        self.editButton.setObjectName(u"editButton")
        self.editButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.toolLayout.addWidget(self.editButton)

        self.deleteButton = QToolButton(TasksPage)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.toolLayout.addWidget(self.deleteButton)

        self.toolSeparator = QFrame(TasksPage)
        self.toolSeparator.setObjectName(u"toolSeparator")
        self.toolSeparator.setFrameShape(QFrame.Shape.VLine)
        self.toolSeparator.setFrameShadow(QFrame.Shadow.Sunken)

        self.toolLayout.addWidget(self.toolSeparator)

        self.importButton = QToolButton(TasksPage)
        self.importButton.setObjectName(u"importButton")
        self.importButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.toolLayout.addWidget(self.importButton)

        self.toolSpacer = QSpacerItem(24, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.searchLabel = QLabel(TasksPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.toolLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(TasksPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.toolLayout.addWidget(self.searchEdit)

        self.countLabel = QLabel(TasksPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.toolLayout.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.toolLayout)

        self.taskView = QTreeView(TasksPage)
        self.taskView.setObjectName(u"taskView")
        self.taskView.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.taskView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.taskView.setDragEnabled(True)
        self.taskView.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.taskView.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.taskView.setAlternatingRowColors(True)
        self.taskView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.taskView.setWordWrap(True)
        self.taskView.setExpandsOnDoubleClick(False)

        self.pageLayout.addWidget(self.taskView)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.taskView)

        self.retranslateUi(TasksPage)

        QMetaObject.connectSlotsByName(TasksPage)
    # setupUi

    def retranslateUi(self, TasksPage):
        self.actionAddSection.setText(QCoreApplication.translate("TasksPage", u"\u65b0\u589e\u90e8\u5206", None))
        self.actionAddTask.setText(QCoreApplication.translate("TasksPage", u"\u65b0\u589e\u4efb\u52a1", None))
        self.actionEditTask.setText(QCoreApplication.translate("TasksPage", u"\u7f16\u8f91\u2026", None))
        self.actionDeleteTask.setText(QCoreApplication.translate("TasksPage", u"\u5220\u9664", None))
        self.actionImportPlan.setText(QCoreApplication.translate("TasksPage", u"\u5bfc\u5165\u5de5\u4f5c\u8981\u70b9\u2026", None))
        self.addSectionButton.setText(QCoreApplication.translate("TasksPage", u"\u65b0\u589e\u90e8\u5206", None))
#if QT_CONFIG(tooltip)
        self.addSectionButton.setToolTip(QCoreApplication.translate("TasksPage", u"\u5728\u6240\u9009\u90e8\u5206\u4e4b\u540e\u65b0\u589e\u4e00\u4e2a\u90e8\u5206", None))
#endif // QT_CONFIG(tooltip)
        self.addTaskButton.setText(QCoreApplication.translate("TasksPage", u"\u65b0\u589e\u4efb\u52a1", None))
#if QT_CONFIG(tooltip)
        self.addTaskButton.setToolTip(QCoreApplication.translate("TasksPage", u"\u5728\u6240\u9009\u90e8\u5206\u6216\u4efb\u52a1\u4e4b\u540e\u65b0\u589e\u4efb\u52a1\uff08Ctrl+N\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("TasksPage", u"\u7f16\u8f91\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("TasksPage", u"\u7f16\u8f91\u6240\u9009\u4efb\u52a1\u7684\u5185\u5bb9\u3001\u8d23\u4efb\u5355\u4f4d\u548c\u62a5\u9001\u8981\u6c42\uff08F2 \u6216\u56de\u8f66\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("TasksPage", u"\u5220\u9664", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("TasksPage", u"\u5220\u9664\u6240\u9009\u4efb\u52a1\uff08Del\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("TasksPage", u"\u5bfc\u5165\u5de5\u4f5c\u8981\u70b9\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("TasksPage", u"\u4ece Word\u3001PDF\u3001\u6587\u672c\u6216 Excel \u6587\u4ef6\u5bfc\u5165\u5f53\u5e74\u7684\u5de5\u4f5c\u8981\u70b9", None))
#endif // QT_CONFIG(tooltip)
        self.searchLabel.setText(QCoreApplication.translate("TasksPage", u"\u67e5\u627e(&F)\uff1a", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("TasksPage", u"\u6309\u7f16\u53f7\u3001\u4efb\u52a1\u5185\u5bb9\u6216\u5355\u4f4d\u540d\u79f0\u67e5\u627e", None))
        pass
    # retranslateUi

