# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'merge_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_MergeDialog(object):
    def setupUi(self, MergeDialog):
        if not MergeDialog.objectName():
            MergeDialog.setObjectName(u"MergeDialog")
        MergeDialog.resize(560, 300)
        self.dialogLayout = QVBoxLayout(MergeDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(MergeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.unitsLayout = QFormLayout()
        self.unitsLayout.setObjectName(u"unitsLayout")
        self.keepLabel = QLabel(MergeDialog)
        self.keepLabel.setObjectName(u"keepLabel")

        self.unitsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.keepLabel)

        self.keepCombo = QComboBox(MergeDialog)
        self.keepCombo.setObjectName(u"keepCombo")

        self.unitsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.keepCombo)

        self.dropLabel = QLabel(MergeDialog)
        self.dropLabel.setObjectName(u"dropLabel")

        self.unitsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dropLabel)

        self.dropCombo = QComboBox(MergeDialog)
        self.dropCombo.setObjectName(u"dropCombo")

        self.unitsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dropCombo)

        self.swapButton = QPushButton(MergeDialog)
        self.swapButton.setObjectName(u"swapButton")
        self.swapButton.setAutoDefault(False)

        self.unitsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.swapButton)


        self.dialogLayout.addLayout(self.unitsLayout)

        self.explanationLabel = QLabel(MergeDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setText(u"")
        self.explanationLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.explanationLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(MergeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.keepLabel.setBuddy(self.keepCombo)
        self.dropLabel.setBuddy(self.dropCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MergeDialog)
        self.buttonBox.accepted.connect(MergeDialog.accept)
        self.buttonBox.rejected.connect(MergeDialog.reject)

        QMetaObject.connectSlotsByName(MergeDialog)
    # setupUi

    def retranslateUi(self, MergeDialog):
        MergeDialog.setWindowTitle(QCoreApplication.translate("MergeDialog", u"\u5408\u5e76\u5355\u4f4d", None))
        self.introLabel.setText(QCoreApplication.translate("MergeDialog", u"\u540c\u4e00\u5355\u4f4d\u5728\u540d\u518c\u4e2d\u5f55\u5165\u4e86\u4e24\u6b21\u65f6\uff0c\u628a\u5176\u4e2d\u4e00\u4e2a\u5e76\u5165\u53e6\u4e00\u4e2a\u3002", None))
        self.keepLabel.setText(QCoreApplication.translate("MergeDialog", u"\u4fdd\u7559\u7684\u5355\u4f4d(&K)\uff1a", None))
        self.dropLabel.setText(QCoreApplication.translate("MergeDialog", u"\u5e76\u5165\u540e\u5220\u9664\u7684\u5355\u4f4d(&D)\uff1a", None))
        self.swapButton.setText(QCoreApplication.translate("MergeDialog", u"\u4e92\u6362(&S)", None))
    # retranslateUi

