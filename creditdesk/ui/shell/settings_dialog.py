"""文件 → 设置…: the office's name, document-number prefix (文号前缀), contact, and the quarterly
summary's 通报批评 threshold and 抄送 line."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog, QWidget

from creditdesk.services.settings import OfficeSettings
from creditdesk.ui.forms.ui_settings_dialog import Ui_SettingsDialog


class SettingsDialog(QDialog):
    """Edits a copy of the settings; the caller saves :meth:`edited` through an undo command."""

    def __init__(self, settings: OfficeSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self._settings = settings
        self.ui.placeNameEdit.setText(settings.place_name)
        self.ui.officeNameEdit.setText(settings.office_name)
        self.ui.docPrefixEdit.setText(settings.doc_prefix)
        self.ui.contactPersonEdit.setText(settings.contact_person)
        self.ui.contactPhoneEdit.setText(settings.contact_phone)
        self.ui.criticiseSpin.setValue(settings.report_criticise_overdue)
        self.ui.copyToEdit.setText(settings.report_copy_to)

    @property
    def original(self) -> OfficeSettings:
        """The settings the dialog was opened with."""
        return self._settings

    def edited(self) -> OfficeSettings:
        """The values in the fields, on the version the dialog was opened with."""
        return replace(
            self._settings,
            place_name=self.ui.placeNameEdit.text().strip(),
            office_name=self.ui.officeNameEdit.text().strip(),
            doc_prefix=self.ui.docPrefixEdit.text().strip(),
            contact_person=self.ui.contactPersonEdit.text().strip(),
            contact_phone=self.ui.contactPhoneEdit.text().strip(),
            report_criticise_overdue=self.ui.criticiseSpin.value(),
            report_copy_to=self.ui.copyToEdit.text().strip(),
        )

    def changed(self) -> bool:
        """Whether any field differs from what the dialog was opened with."""
        return self.edited() != self._settings
