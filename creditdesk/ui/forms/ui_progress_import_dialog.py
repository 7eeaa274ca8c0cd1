# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'progress_import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_ProgressImportDialog(object):
    def setupUi(self, ProgressImportDialog):
        if not ProgressImportDialog.objectName():
            ProgressImportDialog.setObjectName(u"ProgressImportDialog")
        ProgressImportDialog.resize(960, 560)
        self.dialogLayout = QVBoxLayout(ProgressImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.summaryLabel = QLabel(ProgressImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.rowsView = QTableView(ProgressImportDialog)
        self.rowsView.setObjectName(u"rowsView")
        self.rowsView.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.rowsView.setAlternatingRowColors(True)
        self.rowsView.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.rowsView.setWordWrap(False)
        self.rowsView.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.rowsView)

        self.notesLabel = QLabel(ProgressImportDialog)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setText(u"")
        self.notesLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.notesLabel)

        self.buttonBox = QDialogButtonBox(ProgressImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(ProgressImportDialog)
        self.buttonBox.accepted.connect(ProgressImportDialog.accept)
        self.buttonBox.rejected.connect(ProgressImportDialog.reject)

        QMetaObject.connectSlotsByName(ProgressImportDialog)
    # setupUi

    def retranslateUi(self, ProgressImportDialog):
        ProgressImportDialog.setWindowTitle(QCoreApplication.translate("ProgressImportDialog", u"\u5bfc\u5165\u8fdb\u5c55\u60c5\u51b5\u8868", None))
    # retranslateUi

