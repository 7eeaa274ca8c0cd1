# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'progress_period_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ProgressPeriodDialog(object):
    def setupUi(self, ProgressPeriodDialog):
        if not ProgressPeriodDialog.objectName():
            ProgressPeriodDialog.setObjectName(u"ProgressPeriodDialog")
        ProgressPeriodDialog.resize(460, 200)
        self.dialogLayout = QVBoxLayout(ProgressPeriodDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ProgressPeriodDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.unitCaption = QLabel(ProgressPeriodDialog)
        self.unitCaption.setObjectName(u"unitCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitCaption)

        self.unitLabel = QLabel(ProgressPeriodDialog)
        self.unitLabel.setObjectName(u"unitLabel")
        self.unitLabel.setText(u"")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitLabel)

        self.periodLabel = QLabel(ProgressPeriodDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodCombo = QComboBox(ProgressPeriodDialog)
        self.periodCombo.setObjectName(u"periodCombo")
        self.periodCombo.setMaxVisibleItems(16)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.periodCombo)


        self.dialogLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(ProgressPeriodDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProgressPeriodDialog)
        self.buttonBox.accepted.connect(ProgressPeriodDialog.accept)
        self.buttonBox.rejected.connect(ProgressPeriodDialog.reject)

        QMetaObject.connectSlotsByName(ProgressPeriodDialog)
    # setupUi

    def retranslateUi(self, ProgressPeriodDialog):
        ProgressPeriodDialog.setWindowTitle(QCoreApplication.translate("ProgressPeriodDialog", u"\u8fdb\u5c55\u60c5\u51b5\u8868", None))
        self.unitCaption.setText(QCoreApplication.translate("ProgressPeriodDialog", u"\u5355\u4f4d\uff1a", None))
        self.periodLabel.setText(QCoreApplication.translate("ProgressPeriodDialog", u"\u62a5\u9001\u671f(&P)\uff1a", None))
    # retranslateUi

