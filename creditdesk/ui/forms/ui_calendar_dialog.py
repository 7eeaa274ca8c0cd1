# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'calendar_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCalendarWidget, QCheckBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_CalendarDialog(object):
    def setupUi(self, CalendarDialog):
        if not CalendarDialog.objectName():
            CalendarDialog.setObjectName(u"CalendarDialog")
        CalendarDialog.resize(900, 560)
        self.dialogLayout = QVBoxLayout(CalendarDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.leftLayout = QVBoxLayout()
        self.leftLayout.setObjectName(u"leftLayout")
        self.yearLayout = QHBoxLayout()
        self.yearLayout.setObjectName(u"yearLayout")
        self.yearLabel = QLabel(CalendarDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.yearLayout.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(CalendarDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2004)
        self.yearSpin.setMaximum(2100)

        self.yearLayout.addWidget(self.yearSpin)

        self.yearSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearLayout.addItem(self.yearSpacer)


        self.leftLayout.addLayout(self.yearLayout)

        self.statusLabel = QLabel(CalendarDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.leftLayout.addWidget(self.statusLabel)

        self.calendar = QCalendarWidget(CalendarDialog)
        self.calendar.setObjectName(u"calendar")
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)

        self.leftLayout.addWidget(self.calendar)

        self.dayButtonsLayout = QHBoxLayout()
        self.dayButtonsLayout.setObjectName(u"dayButtonsLayout")
        self.holidayButton = QPushButton(CalendarDialog)
        self.holidayButton.setObjectName(u"holidayButton")

        self.dayButtonsLayout.addWidget(self.holidayButton)

        self.makeupButton = QPushButton(CalendarDialog)
        self.makeupButton.setObjectName(u"makeupButton")

        self.dayButtonsLayout.addWidget(self.makeupButton)

        self.clearDayButton = QPushButton(CalendarDialog)
        self.clearDayButton.setObjectName(u"clearDayButton")

        self.dayButtonsLayout.addWidget(self.clearDayButton)


        self.leftLayout.addLayout(self.dayButtonsLayout)

        self.announcedCheck = QCheckBox(CalendarDialog)
        self.announcedCheck.setObjectName(u"announcedCheck")

        self.leftLayout.addWidget(self.announcedCheck)


        self.columnsLayout.addLayout(self.leftLayout)

        self.rightLayout = QVBoxLayout()
        self.rightLayout.setObjectName(u"rightLayout")
        self.entriesLabel = QLabel(CalendarDialog)
        self.entriesLabel.setObjectName(u"entriesLabel")

        self.rightLayout.addWidget(self.entriesLabel)

        self.entriesList = QListWidget(CalendarDialog)
        self.entriesList.setObjectName(u"entriesList")

        self.rightLayout.addWidget(self.entriesList)

        self.noticeLabel = QLabel(CalendarDialog)
        self.noticeLabel.setObjectName(u"noticeLabel")

        self.rightLayout.addWidget(self.noticeLabel)

        self.noticeEdit = QPlainTextEdit(CalendarDialog)
        self.noticeEdit.setObjectName(u"noticeEdit")

        self.rightLayout.addWidget(self.noticeEdit)

        self.fillLayout = QHBoxLayout()
        self.fillLayout.setObjectName(u"fillLayout")
        self.fillButton = QPushButton(CalendarDialog)
        self.fillButton.setObjectName(u"fillButton")

        self.fillLayout.addWidget(self.fillButton)

        self.fillSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fillLayout.addItem(self.fillSpacer)


        self.rightLayout.addLayout(self.fillLayout)

        self.errorLabel = QLabel(CalendarDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.rightLayout.addWidget(self.errorLabel)


        self.columnsLayout.addLayout(self.rightLayout)


        self.dialogLayout.addLayout(self.columnsLayout)

        self.buttonBox = QDialogButtonBox(CalendarDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.entriesLabel.setBuddy(self.entriesList)
        self.noticeLabel.setBuddy(self.noticeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CalendarDialog)
        self.buttonBox.rejected.connect(CalendarDialog.reject)

        QMetaObject.connectSlotsByName(CalendarDialog)
    # setupUi

    def retranslateUi(self, CalendarDialog):
        CalendarDialog.setWindowTitle(QCoreApplication.translate("CalendarDialog", u"\u5de5\u4f5c\u65e5\u5386", None))
        self.yearLabel.setText(QCoreApplication.translate("CalendarDialog", u"\u5e74\u4efd(&Y)\uff1a", None))
        self.holidayButton.setText(QCoreApplication.translate("CalendarDialog", u"\u8bbe\u4e3a\u653e\u5047(&H)", None))
#if QT_CONFIG(tooltip)
        self.holidayButton.setToolTip(QCoreApplication.translate("CalendarDialog", u"\u6240\u9009\u65e5\u671f\u653e\u5047\uff08\u8282\u5047\u65e5\u6216\u8c03\u4f11\u4f11\u606f\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.makeupButton.setText(QCoreApplication.translate("CalendarDialog", u"\u8bbe\u4e3a\u8c03\u4f11\u4e0a\u73ed(&W)", None))
#if QT_CONFIG(tooltip)
        self.makeupButton.setToolTip(QCoreApplication.translate("CalendarDialog", u"\u6240\u9009\u5468\u672b\u65e5\u671f\u8c03\u4f11\u4e0a\u73ed", None))
#endif // QT_CONFIG(tooltip)
        self.clearDayButton.setText(QCoreApplication.translate("CalendarDialog", u"\u6062\u590d\u9ed8\u8ba4(&R)", None))
#if QT_CONFIG(tooltip)
        self.clearDayButton.setToolTip(QCoreApplication.translate("CalendarDialog", u"\u53bb\u6389\u672c\u529e\u5bf9\u6240\u9009\u65e5\u671f\u7684\u8bbe\u7f6e", None))
#endif // QT_CONFIG(tooltip)
        self.announcedCheck.setText(QCoreApplication.translate("CalendarDialog", u"\u672c\u5e74\u8282\u5047\u65e5\u5b89\u6392\u5df2\u516c\u5e03\uff08\u6309\u56fd\u52a1\u9662\u901a\u77e5\u5f55\u5165\uff09(&A)", None))
        self.entriesLabel.setText(QCoreApplication.translate("CalendarDialog", u"\u672c\u529e\u5f55\u5165\u7684\u65e5\u671f\uff1a", None))
        self.noticeLabel.setText(QCoreApplication.translate("CalendarDialog", u"\u7c98\u8d34\u56fd\u52a1\u9662\u901a\u77e5(&N)\uff1a", None))
        self.noticeEdit.setPlaceholderText(QCoreApplication.translate("CalendarDialog", u"\u5c06\u56fd\u52a1\u9662\u529e\u516c\u5385\u5173\u4e8e\u67d0\u5e74\u90e8\u5206\u8282\u5047\u65e5\u5b89\u6392\u7684\u901a\u77e5\u6b63\u6587\u7c98\u8d34\u5230\u8fd9\u91cc\uff0c\u4f8b\u5982\uff1a\u4e00\u3001\u5143\u65e6\uff1a1\u67081\u65e5\uff08\u5468\u4e94\uff09\u653e\u5047\uff0c\u51711\u5929\u3002", None))
        self.fillButton.setText(QCoreApplication.translate("CalendarDialog", u"\u6309\u901a\u77e5\u586b\u5165(&F)", None))
    # retranslateUi

