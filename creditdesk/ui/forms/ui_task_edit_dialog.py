# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'task_edit_dialog.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_TaskEditDialog(object):
    def setupUi(self, TaskEditDialog):
        if not TaskEditDialog.objectName():
            TaskEditDialog.setObjectName(u"TaskEditDialog")
        TaskEditDialog.resize(760, 680)
        self.dialogLayout = QVBoxLayout(TaskEditDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.labelLabel = QLabel(TaskEditDialog)
        self.labelLabel.setObjectName(u"labelLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.labelLabel)

        self.labelEdit = QLineEdit(TaskEditDialog)
        self.labelEdit.setObjectName(u"labelEdit")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.labelEdit)

        self.titleLabel = QLabel(TaskEditDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(TaskEditDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.textLabel = QLabel(TaskEditDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(TaskEditDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.textEdit)


        self.dialogLayout.addLayout(self.fieldsLayout)

        self.rolesBox = QGroupBox(TaskEditDialog)
        self.rolesBox.setObjectName(u"rolesBox")
        self.rolesLayout = QGridLayout(self.rolesBox)
        self.rolesLayout.setObjectName(u"rolesLayout")
        self.leadLabel = QLabel(self.rolesBox)
        self.leadLabel.setObjectName(u"leadLabel")

        self.rolesLayout.addWidget(self.leadLabel, 0, 0, 1, 1)

        self.leadList = QListWidget(self.rolesBox)
        self.leadList.setObjectName(u"leadList")
        self.leadList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.rolesLayout.addWidget(self.leadList, 1, 0, 1, 1)

        self.leadButtons = QHBoxLayout()
        self.leadButtons.setObjectName(u"leadButtons")
        self.addLeadButton = QPushButton(self.rolesBox)
        self.addLeadButton.setObjectName(u"addLeadButton")

        self.leadButtons.addWidget(self.addLeadButton)

        self.removeLeadButton = QPushButton(self.rolesBox)
        self.removeLeadButton.setObjectName(u"removeLeadButton")

        self.leadButtons.addWidget(self.removeLeadButton)


        self.rolesLayout.addLayout(self.leadButtons, 2, 0, 1, 1)

        self.responsibleLabel = QLabel(self.rolesBox)
        self.responsibleLabel.setObjectName(u"responsibleLabel")

        self.rolesLayout.addWidget(self.responsibleLabel, 0, 1, 1, 1)

        self.responsibleList = QListWidget(self.rolesBox)
        self.responsibleList.setObjectName(u"responsibleList")
        self.responsibleList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.rolesLayout.addWidget(self.responsibleList, 1, 1, 1, 1)

        self.responsibleButtons = QHBoxLayout()
        self.responsibleButtons.setObjectName(u"responsibleButtons")
        self.addResponsibleButton = QPushButton(self.rolesBox)
        self.addResponsibleButton.setObjectName(u"addResponsibleButton")

        self.responsibleButtons.addWidget(self.addResponsibleButton)

        self.removeResponsibleButton = QPushButton(self.rolesBox)
        self.removeResponsibleButton.setObjectName(u"removeResponsibleButton")

        self.responsibleButtons.addWidget(self.removeResponsibleButton)


        self.rolesLayout.addLayout(self.responsibleButtons, 2, 1, 1, 1)

        self.supportingLabel = QLabel(self.rolesBox)
        self.supportingLabel.setObjectName(u"supportingLabel")

        self.rolesLayout.addWidget(self.supportingLabel, 0, 2, 1, 1)

        self.supportingList = QListWidget(self.rolesBox)
        self.supportingList.setObjectName(u"supportingList")
        self.supportingList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.rolesLayout.addWidget(self.supportingList, 1, 2, 1, 1)

        self.supportingButtons = QHBoxLayout()
        self.supportingButtons.setObjectName(u"supportingButtons")
        self.addSupportingButton = QPushButton(self.rolesBox)
        self.addSupportingButton.setObjectName(u"addSupportingButton")

        self.supportingButtons.addWidget(self.addSupportingButton)

        self.removeSupportingButton = QPushButton(self.rolesBox)
        self.removeSupportingButton.setObjectName(u"removeSupportingButton")

        self.supportingButtons.addWidget(self.removeSupportingButton)


        self.rolesLayout.addLayout(self.supportingButtons, 2, 2, 1, 1)


        self.dialogLayout.addWidget(self.rolesBox)

        self.ruleBox = QGroupBox(TaskEditDialog)
        self.ruleBox.setObjectName(u"ruleBox")
        self.ruleLayout = QFormLayout(self.ruleBox)
        self.ruleLayout.setObjectName(u"ruleLayout")
        self.frequencyLabel = QLabel(self.ruleBox)
        self.frequencyLabel.setObjectName(u"frequencyLabel")

        self.ruleLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.frequencyLabel)

        self.frequencyCombo = QComboBox(self.ruleBox)
        self.frequencyCombo.setObjectName(u"frequencyCombo")

        self.ruleLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.frequencyCombo)

        self.ruleKindLabel = QLabel(self.ruleBox)
        self.ruleKindLabel.setObjectName(u"ruleKindLabel")

        self.ruleLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ruleKindLabel)

        self.ruleRowLayout = QHBoxLayout()
        self.ruleRowLayout.setObjectName(u"ruleRowLayout")
        self.ruleKindCombo = QComboBox(self.ruleBox)
        self.ruleKindCombo.setObjectName(u"ruleKindCombo")

        self.ruleRowLayout.addWidget(self.ruleKindCombo)

        self.nSpin = QSpinBox(self.ruleBox)
        self.nSpin.setObjectName(u"nSpin")
        self.nSpin.setMinimum(1)
        self.nSpin.setMaximum(60)

        self.ruleRowLayout.addWidget(self.nSpin)

        self.monthCombo = QComboBox(self.ruleBox)
        self.monthCombo.setObjectName(u"monthCombo")

        self.ruleRowLayout.addWidget(self.monthCombo)

        self.daySpin = QSpinBox(self.ruleBox)
        self.daySpin.setObjectName(u"daySpin")
        self.daySpin.setMinimum(1)
        self.daySpin.setMaximum(31)

        self.ruleRowLayout.addWidget(self.daySpin)

        self.dueDateEdit = QDateEdit(self.ruleBox)
        self.dueDateEdit.setObjectName(u"dueDateEdit")
        self.dueDateEdit.setDisplayFormat(u"yyyy\u5e74M\u6708d\u65e5")
        self.dueDateEdit.setCalendarPopup(True)

        self.ruleRowLayout.addWidget(self.dueDateEdit)

        self.ruleRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ruleRowLayout.addItem(self.ruleRowSpacer)


        self.ruleLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.ruleRowLayout)

        self.ruleTextLabel = QLabel(self.ruleBox)
        self.ruleTextLabel.setObjectName(u"ruleTextLabel")

        self.ruleLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ruleTextLabel)

        self.ruleLabel = QLabel(self.ruleBox)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setText(u"")

        self.ruleLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ruleLabel)

        self.nextDueTextLabel = QLabel(self.ruleBox)
        self.nextDueTextLabel.setObjectName(u"nextDueTextLabel")

        self.ruleLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nextDueTextLabel)

        self.nextDueLabel = QLabel(self.ruleBox)
        self.nextDueLabel.setObjectName(u"nextDueLabel")
        self.nextDueLabel.setText(u"")
        self.nextDueLabel.setWordWrap(True)

        self.ruleLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nextDueLabel)

        self.materialLabel = QLabel(self.ruleBox)
        self.materialLabel.setObjectName(u"materialLabel")

        self.ruleLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.materialLabel)

        self.materialEdit = QLineEdit(self.ruleBox)
        self.materialEdit.setObjectName(u"materialEdit")

        self.ruleLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.materialEdit)


        self.dialogLayout.addWidget(self.ruleBox)

        self.errorLabel = QLabel(TaskEditDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(TaskEditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.labelLabel.setBuddy(self.labelEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.textLabel.setBuddy(self.textEdit)
        self.leadLabel.setBuddy(self.leadList)
        self.responsibleLabel.setBuddy(self.responsibleList)
        self.supportingLabel.setBuddy(self.supportingList)
        self.frequencyLabel.setBuddy(self.frequencyCombo)
        self.ruleKindLabel.setBuddy(self.ruleKindCombo)
        self.materialLabel.setBuddy(self.materialEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TaskEditDialog)
        self.buttonBox.rejected.connect(TaskEditDialog.reject)

        QMetaObject.connectSlotsByName(TaskEditDialog)
    # setupUi

    def retranslateUi(self, TaskEditDialog):
        TaskEditDialog.setWindowTitle(QCoreApplication.translate("TaskEditDialog", u"\u7f16\u8f91\u4efb\u52a1", None))
        self.labelLabel.setText(QCoreApplication.translate("TaskEditDialog", u"\u7f16\u53f7(&B)\uff1a", None))
        self.labelEdit.setPlaceholderText(QCoreApplication.translate("TaskEditDialog", u"\u4f8b\u5982\uff1a\uff08\u4e00\uff09\u6216 1.", None))
        self.titleLabel.setText(QCoreApplication.translate("TaskEditDialog", u"\u540d\u79f0(&N)\uff1a", None))
        self.textLabel.setText(QCoreApplication.translate("TaskEditDialog", u"\u5185\u5bb9(&T)\uff1a", None))
        self.rolesBox.setTitle(QCoreApplication.translate("TaskEditDialog", u"\u8d23\u4efb\u5206\u5de5", None))
        self.leadLabel.setText(QCoreApplication.translate("TaskEditDialog", u"\u7275\u5934\u5355\u4f4d(&L)\uff1a", None))
        self.addLeadButton.setText(QCoreApplication.translate("TaskEditDialog", u"\u6dfb\u52a0\u2026", None))
        self.removeLeadButton.setText(QCoreApplication.translate("TaskEditDialog", u"\u79fb\u9664", None))
        self.responsibleLabel.setText(QCoreApplication.translate("TaskEditDialog", u"\u8d23\u4efb\u5355\u4f4d(&R)\uff1a", None))
        self.addResponsibleButton.setText(QCoreApplication.translate("TaskEditDialog", u"\u6dfb\u52a0\u2026", None))
        self.removeResponsibleButton.setText(QCoreApplication.translate("TaskEditDialog", u"\u79fb\u9664", None))
        self.supportingLabel.setText(QCoreApplication.translate("TaskEditDialog", u"\u914d\u5408\u5355\u4f4d(&S)\uff1a", None))
        self.addSupportingButton.setText(QCoreApplication.translate("TaskEditDialog", u"\u6dfb\u52a0\u2026", None))
        self.removeSupportingButton.setText(QCoreApplication.translate("TaskEditDialog", u"\u79fb\u9664", None))
        self.ruleBox.setTitle(QCoreApplication.translate("TaskEditDialog", u"\u62a5\u9001\u8981\u6c42", None))
        self.frequencyLabel.setText(QCoreApplication.translate("TaskEditDialog", u"\u62a5\u9001\u9891\u6b21(&F)\uff1a", None))
        self.ruleKindLabel.setText(QCoreApplication.translate("TaskEditDialog", u"\u62a5\u9001\u65f6\u9650(&D)\uff1a", None))
        self.nSpin.setSuffix(QCoreApplication.translate("TaskEditDialog", u" \u4e2a\u5de5\u4f5c\u65e5", None))
        self.daySpin.setSuffix(QCoreApplication.translate("TaskEditDialog", u" \u65e5", None))
#if QT_CONFIG(tooltip)
        self.daySpin.setToolTip(QCoreApplication.translate("TaskEditDialog", u"31 \u8868\u793a\u6708\u5e95", None))
#endif // QT_CONFIG(tooltip)
        self.ruleTextLabel.setText(QCoreApplication.translate("TaskEditDialog", u"\u65f6\u9650\u8bf4\u660e\uff1a", None))
        self.nextDueTextLabel.setText(QCoreApplication.translate("TaskEditDialog", u"\u8fd1\u671f\u5e94\u62a5\uff1a", None))
        self.materialLabel.setText(QCoreApplication.translate("TaskEditDialog", u"\u62a5\u9001\u6750\u6599(&M)\uff1a", None))
        self.materialEdit.setPlaceholderText(QCoreApplication.translate("TaskEditDialog", u"\u4f8b\u5982\uff1a\u5de5\u4f5c\u8fdb\u5c55\u60c5\u51b5\u62a5\u544a\u53ca\u4f50\u8bc1\u6750\u6599", None))
    # retranslateUi

