# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'group_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_GroupPanel(object):
    def setupUi(self, GroupPanel):
        if not GroupPanel.objectName():
            GroupPanel.setObjectName(u"GroupPanel")
        GroupPanel.resize(320, 640)
        self.panelLayout = QVBoxLayout(GroupPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.groupsLabel = QLabel(GroupPanel)
        self.groupsLabel.setObjectName(u"groupsLabel")

        self.panelLayout.addWidget(self.groupsLabel)

        self.groupList = QListWidget(GroupPanel)
        self.groupList.setObjectName(u"groupList")
        self.groupList.setMaximumSize(QSize(16777215, 130))

        self.panelLayout.addWidget(self.groupList)

        self.groupButtons = QHBoxLayout()
        self.groupButtons.setObjectName(u"groupButtons")
        self.newGroupButton = QPushButton(GroupPanel)
        self.newGroupButton.setObjectName(u"newGroupButton")

        self.groupButtons.addWidget(self.newGroupButton)

        self.renameGroupButton = QPushButton(GroupPanel)
        self.renameGroupButton.setObjectName(u"renameGroupButton")

        self.groupButtons.addWidget(self.renameGroupButton)

        self.deleteGroupButton = QPushButton(GroupPanel)
        self.deleteGroupButton.setObjectName(u"deleteGroupButton")

        self.groupButtons.addWidget(self.deleteGroupButton)


        self.panelLayout.addLayout(self.groupButtons)

        self.descriptionLabel = QLabel(GroupPanel)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setText(u"")
        self.descriptionLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.descriptionLabel)

        self.membersLabel = QLabel(GroupPanel)
        self.membersLabel.setObjectName(u"membersLabel")

        self.panelLayout.addWidget(self.membersLabel)

        self.memberList = QListWidget(GroupPanel)
        self.memberList.setObjectName(u"memberList")
        self.memberList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.panelLayout.addWidget(self.memberList)

        self.memberButtons = QHBoxLayout()
        self.memberButtons.setObjectName(u"memberButtons")
        self.addMembersButton = QPushButton(GroupPanel)
        self.addMembersButton.setObjectName(u"addMembersButton")

        self.memberButtons.addWidget(self.addMembersButton)

        self.removeMembersButton = QPushButton(GroupPanel)
        self.removeMembersButton.setObjectName(u"removeMembersButton")

        self.memberButtons.addWidget(self.removeMembersButton)


        self.panelLayout.addLayout(self.memberButtons)

        self.aliasesLabel = QLabel(GroupPanel)
        self.aliasesLabel.setObjectName(u"aliasesLabel")

        self.panelLayout.addWidget(self.aliasesLabel)

        self.aliasList = QListWidget(GroupPanel)
        self.aliasList.setObjectName(u"aliasList")
        self.aliasList.setMaximumSize(QSize(16777215, 90))

        self.panelLayout.addWidget(self.aliasList)

        self.aliasButtons = QHBoxLayout()
        self.aliasButtons.setObjectName(u"aliasButtons")
        self.aliasEdit = QLineEdit(GroupPanel)
        self.aliasEdit.setObjectName(u"aliasEdit")

        self.aliasButtons.addWidget(self.aliasEdit)

        self.addAliasButton = QPushButton(GroupPanel)
        self.addAliasButton.setObjectName(u"addAliasButton")

        self.aliasButtons.addWidget(self.addAliasButton)

        self.removeAliasButton = QPushButton(GroupPanel)
        self.removeAliasButton.setObjectName(u"removeAliasButton")

        self.aliasButtons.addWidget(self.removeAliasButton)


        self.panelLayout.addLayout(self.aliasButtons)

#if QT_CONFIG(shortcut)
        self.groupsLabel.setBuddy(self.groupList)
        self.membersLabel.setBuddy(self.memberList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GroupPanel)

        QMetaObject.connectSlotsByName(GroupPanel)
    # setupUi

    def retranslateUi(self, GroupPanel):
        self.groupsLabel.setText(QCoreApplication.translate("GroupPanel", u"\u5355\u4f4d\u5206\u7ec4(&G)", None))
        self.newGroupButton.setText(QCoreApplication.translate("GroupPanel", u"\u65b0\u5efa\u2026", None))
        self.renameGroupButton.setText(QCoreApplication.translate("GroupPanel", u"\u6539\u540d\u2026", None))
        self.deleteGroupButton.setText(QCoreApplication.translate("GroupPanel", u"\u5220\u9664\u5206\u7ec4", None))
        self.membersLabel.setText(QCoreApplication.translate("GroupPanel", u"\u6210\u5458(&M)", None))
#if QT_CONFIG(tooltip)
        self.addMembersButton.setToolTip(QCoreApplication.translate("GroupPanel", u"\u628a\u5de6\u4fa7\u8868\u683c\u4e2d\u9009\u4e2d\u7684\u5355\u4f4d\u52a0\u5165\u672c\u5206\u7ec4", None))
#endif // QT_CONFIG(tooltip)
        self.addMembersButton.setText(QCoreApplication.translate("GroupPanel", u"\u52a0\u5165\u5de6\u4fa7\u6240\u9009\u5355\u4f4d", None))
        self.removeMembersButton.setText(QCoreApplication.translate("GroupPanel", u"\u79fb\u51fa", None))
        self.aliasesLabel.setText(QCoreApplication.translate("GroupPanel", u"\u5206\u7ec4\u522b\u540d", None))
        self.aliasEdit.setPlaceholderText(QCoreApplication.translate("GroupPanel", u"\u5982 \u5404\u6709\u5173\u5355\u4f4d", None))
        self.addAliasButton.setText(QCoreApplication.translate("GroupPanel", u"\u6dfb\u52a0", None))
        self.removeAliasButton.setText(QCoreApplication.translate("GroupPanel", u"\u5220\u9664", None))
        pass
    # retranslateUi

