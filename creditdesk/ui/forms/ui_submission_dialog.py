# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'submission_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from creditdesk.ui.common.typed_date_edit import TypedDateEdit

class Ui_SubmissionDialog(object):
    def setupUi(self, SubmissionDialog):
        if not SubmissionDialog.objectName():
            SubmissionDialog.setObjectName(u"SubmissionDialog")
        SubmissionDialog.resize(620, 560)
        SubmissionDialog.setAcceptDrops(True)
        self.dialogLayout = QVBoxLayout(SubmissionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.hintLabel = QLabel(SubmissionDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.unitLabel = QLabel(SubmissionDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(SubmissionDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.periodLabel = QLabel(SubmissionDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodCombo = QComboBox(SubmissionDialog)
        self.periodCombo.setObjectName(u"periodCombo")
        self.periodCombo.setMaxVisibleItems(20)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.periodCombo)

        self.taskLabel = QLabel(SubmissionDialog)
        self.taskLabel.setObjectName(u"taskLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.taskLabel)

        self.taskCombo = QComboBox(SubmissionDialog)
        self.taskCombo.setObjectName(u"taskCombo")
        self.taskCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.taskCombo.setMinimumContentsLength(30)
        self.taskCombo.setMaxVisibleItems(20)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.taskCombo)

        self.receivedLabel = QLabel(SubmissionDialog)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.receivedLabel)

        self.receivedDate = TypedDateEdit(SubmissionDialog)
        self.receivedDate.setObjectName(u"receivedDate")
        self.receivedDate.setDisplayFormat(u"yyyy\u5e74M\u6708d\u65e5")
        self.receivedDate.setCalendarPopup(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.receivedDate)

        self.channelLabel = QLabel(SubmissionDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(SubmissionDialog)
        self.channelCombo.setObjectName(u"channelCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.titleLabel = QLabel(SubmissionDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(SubmissionDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.notesLabel = QLabel(SubmissionDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(SubmissionDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 64))
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.filesLabel = QLabel(SubmissionDialog)
        self.filesLabel.setObjectName(u"filesLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.filesLabel)

        self.filesLayout = QHBoxLayout()
        self.filesLayout.setObjectName(u"filesLayout")
        self.fileList = QListWidget(SubmissionDialog)
        self.fileList.setObjectName(u"fileList")
        self.fileList.setMaximumSize(QSize(16777215, 120))
        self.fileList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.filesLayout.addWidget(self.fileList)

        self.fileButtonsLayout = QVBoxLayout()
        self.fileButtonsLayout.setObjectName(u"fileButtonsLayout")
        self.addFilesButton = QPushButton(SubmissionDialog)
        self.addFilesButton.setObjectName(u"addFilesButton")

        self.fileButtonsLayout.addWidget(self.addFilesButton)

        self.removeFilesButton = QPushButton(SubmissionDialog)
        self.removeFilesButton.setObjectName(u"removeFilesButton")

        self.fileButtonsLayout.addWidget(self.removeFilesButton)

        self.fileButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fileButtonsLayout.addItem(self.fileButtonsSpacer)


        self.filesLayout.addLayout(self.fileButtonsLayout)


        self.formLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.filesLayout)


        self.dialogLayout.addLayout(self.formLayout)

        self.guessLabel = QLabel(SubmissionDialog)
        self.guessLabel.setObjectName(u"guessLabel")
        self.guessLabel.setText(u"")
        self.guessLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.guessLabel)

        self.duplicateLabel = QLabel(SubmissionDialog)
        self.duplicateLabel.setObjectName(u"duplicateLabel")
        self.duplicateLabel.setText(u"")
        self.duplicateLabel.setWordWrap(True)
        self.duplicateLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.duplicateLabel)

        self.buttonBox = QDialogButtonBox(SubmissionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.unitLabel.setBuddy(self.unitCombo)
        self.periodLabel.setBuddy(self.periodCombo)
        self.taskLabel.setBuddy(self.taskCombo)
        self.receivedLabel.setBuddy(self.receivedDate)
        self.channelLabel.setBuddy(self.channelCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.notesLabel.setBuddy(self.notesEdit)
        self.filesLabel.setBuddy(self.fileList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SubmissionDialog)
        self.buttonBox.rejected.connect(SubmissionDialog.reject)

        QMetaObject.connectSlotsByName(SubmissionDialog)
    # setupUi

    def retranslateUi(self, SubmissionDialog):
        SubmissionDialog.setWindowTitle(QCoreApplication.translate("SubmissionDialog", u"\u767b\u8bb0\u62a5\u9001\u6750\u6599", None))
        self.hintLabel.setText(QCoreApplication.translate("SubmissionDialog", u"\u53ef\u5c06\u6587\u4ef6\u4ece\u684c\u9762\u62d6\u5230\u6b64\u7a97\u53e3\uff1b\u7a0b\u5e8f\u4f1a\u6309\u6587\u4ef6\u540d\u8bc6\u522b\u62a5\u9001\u5355\u4f4d\u3001\u4efb\u52a1\u548c\u62a5\u9001\u671f\u3002", None))
        self.unitLabel.setText(QCoreApplication.translate("SubmissionDialog", u"\u62a5\u9001\u5355\u4f4d(&U)\uff1a", None))
        self.periodLabel.setText(QCoreApplication.translate("SubmissionDialog", u"\u62a5\u9001\u671f(&P)\uff1a", None))
        self.taskLabel.setText(QCoreApplication.translate("SubmissionDialog", u"\u4efb\u52a1(&T)\uff1a", None))
        self.receivedLabel.setText(QCoreApplication.translate("SubmissionDialog", u"\u6536\u5230\u65e5\u671f(&D)\uff1a", None))
        self.channelLabel.setText(QCoreApplication.translate("SubmissionDialog", u"\u62a5\u9001\u65b9\u5f0f(&C)\uff1a", None))
        self.titleLabel.setText(QCoreApplication.translate("SubmissionDialog", u"\u6750\u6599\u6807\u9898(&I)\uff1a", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("SubmissionDialog", u"\u4f8b\u5982\uff1a2024\u5e74\u7b2c\u4e09\u5b63\u5ea6\u4fe1\u7528\u4fe1\u606f\u5f52\u96c6\u60c5\u51b5", None))
        self.notesLabel.setText(QCoreApplication.translate("SubmissionDialog", u"\u5907\u6ce8(&N)\uff1a", None))
        self.filesLabel.setText(QCoreApplication.translate("SubmissionDialog", u"\u9644\u4ef6(&A)\uff1a", None))
        self.addFilesButton.setText(QCoreApplication.translate("SubmissionDialog", u"\u6dfb\u52a0\u6587\u4ef6\u2026", None))
        self.removeFilesButton.setText(QCoreApplication.translate("SubmissionDialog", u"\u79fb\u9664", None))
    # retranslateUi

