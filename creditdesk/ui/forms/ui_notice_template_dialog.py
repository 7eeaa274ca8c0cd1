# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'notice_template_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QVBoxLayout,
    QWidget)

class Ui_NoticeTemplateDialog(object):
    def setupUi(self, NoticeTemplateDialog):
        if not NoticeTemplateDialog.objectName():
            NoticeTemplateDialog.setObjectName(u"NoticeTemplateDialog")
        NoticeTemplateDialog.resize(1180, 780)
        self.dialogLayout = QVBoxLayout(NoticeTemplateDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.splitter = QSplitter(NoticeTemplateDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.editorPane = QWidget(self.splitter)
        self.editorPane.setObjectName(u"editorPane")
        self.editorLayout = QVBoxLayout(self.editorPane)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.levelLabel = QLabel(self.editorPane)
        self.levelLabel.setObjectName(u"levelLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.levelCombo = QComboBox(self.editorPane)
        self.levelCombo.setObjectName(u"levelCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.levelCombo)

        self.titleLabel = QLabel(self.editorPane)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.editorPane)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.bodyLabel = QLabel(self.editorPane)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.bodyEdit = QPlainTextEdit(self.editorPane)
        self.bodyEdit.setObjectName(u"bodyEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.bodyEdit)


        self.editorLayout.addLayout(self.formLayout)

        self.placeholderLabel = QLabel(self.editorPane)
        self.placeholderLabel.setObjectName(u"placeholderLabel")

        self.editorLayout.addWidget(self.placeholderLabel)

        self.placeholderList = QListWidget(self.editorPane)
        self.placeholderList.setObjectName(u"placeholderList")
        self.placeholderList.setMaximumSize(QSize(16777215, 170))

        self.editorLayout.addWidget(self.placeholderList)

        self.optionsLayout = QHBoxLayout()
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.replyLabel = QLabel(self.editorPane)
        self.replyLabel.setObjectName(u"replyLabel")

        self.optionsLayout.addWidget(self.replyLabel)

        self.replySpin = QSpinBox(self.editorPane)
        self.replySpin.setObjectName(u"replySpin")
        self.replySpin.setMinimum(1)
        self.replySpin.setMaximum(60)

        self.optionsLayout.addWidget(self.replySpin)

        self.redHeaderCheck = QCheckBox(self.editorPane)
        self.redHeaderCheck.setObjectName(u"redHeaderCheck")

        self.optionsLayout.addWidget(self.redHeaderCheck)

        self.optionsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.optionsLayout.addItem(self.optionsSpacer)

        self.restoreButton = QPushButton(self.editorPane)
        self.restoreButton.setObjectName(u"restoreButton")

        self.optionsLayout.addWidget(self.restoreButton)


        self.editorLayout.addLayout(self.optionsLayout)

        self.errorLabel = QLabel(self.editorPane)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.errorLabel)

        self.splitter.addWidget(self.editorPane)
        self.previewBox = QGroupBox(self.splitter)
        self.previewBox.setObjectName(u"previewBox")
        self.previewLayout = QVBoxLayout(self.previewBox)
        self.previewLayout.setObjectName(u"previewLayout")
        self.splitter.addWidget(self.previewBox)

        self.dialogLayout.addWidget(self.splitter)

        self.buttonBox = QDialogButtonBox(NoticeTemplateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

        self.dialogLayout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.levelLabel.setBuddy(self.levelCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.bodyLabel.setBuddy(self.bodyEdit)
        self.replyLabel.setBuddy(self.replySpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.levelCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.bodyEdit)
        QWidget.setTabOrder(self.bodyEdit, self.placeholderList)
        QWidget.setTabOrder(self.placeholderList, self.replySpin)
        QWidget.setTabOrder(self.replySpin, self.redHeaderCheck)
        QWidget.setTabOrder(self.redHeaderCheck, self.restoreButton)

        self.retranslateUi(NoticeTemplateDialog)

        QMetaObject.connectSlotsByName(NoticeTemplateDialog)
    # setupUi

    def retranslateUi(self, NoticeTemplateDialog):
        NoticeTemplateDialog.setWindowTitle(QCoreApplication.translate("NoticeTemplateDialog", u"\u7763\u529e\u901a\u77e5\u6a21\u677f", None))
        self.levelLabel.setText(QCoreApplication.translate("NoticeTemplateDialog", u"\u901a\u77e5\u7c7b\u522b", None))
        self.titleLabel.setText(QCoreApplication.translate("NoticeTemplateDialog", u"\u6807\u9898", None))
        self.bodyLabel.setText(QCoreApplication.translate("NoticeTemplateDialog", u"\u6b63\u6587", None))
#if QT_CONFIG(tooltip)
        self.bodyEdit.setToolTip(QCoreApplication.translate("NoticeTemplateDialog", u"\u6bcf\u884c\u4e00\u6bb5\uff1b\u5355\u72ec\u4e00\u884c\u7684 {items} \u5904\u6392\u4e8b\u9879\u8868\u683c", None))
#endif // QT_CONFIG(tooltip)
        self.placeholderLabel.setText(QCoreApplication.translate("NoticeTemplateDialog", u"\u5360\u4f4d\u7b26\uff08\u53cc\u51fb\u63d2\u5165\u5230\u5149\u6807\u5904\uff09", None))
        self.replyLabel.setText(QCoreApplication.translate("NoticeTemplateDialog", u"\u56de\u590d\u671f\u9650", None))
        self.replySpin.setSuffix(QCoreApplication.translate("NoticeTemplateDialog", u"\u4e2a\u5de5\u4f5c\u65e5", None))
#if QT_CONFIG(tooltip)
        self.redHeaderCheck.setToolTip(QCoreApplication.translate("NoticeTemplateDialog", u"\u53d1\u6587\u673a\u5173\u6807\u5fd7\u548c\u5206\u9694\u7ebf\u5370\u6210\u7ea2\u8272\uff08\u5957\u7ea2\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.redHeaderCheck.setText(QCoreApplication.translate("NoticeTemplateDialog", u"\u7ea2\u5934", None))
        self.restoreButton.setText(QCoreApplication.translate("NoticeTemplateDialog", u"\u6062\u590d\u672c\u7c7b\u9ed8\u8ba4\u63aa\u8f9e", None))
        self.previewBox.setTitle(QCoreApplication.translate("NoticeTemplateDialog", u"\u9884\u89c8\uff08\u793a\u4f8b\u5355\u4f4d\u3001\u793a\u4f8b\u4e8b\u9879\uff09", None))
    # retranslateUi

