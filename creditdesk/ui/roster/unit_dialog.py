"""新增单位 / 编辑单位: every field of a unit, its state and its aliases (别名), in one dialog.

The dialog only collects the clerk's edits; the roster page saves them as one undoable step.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from creditdesk.parsing.roster_text import clean_text, name_key
from creditdesk.services.errors import UserError
from creditdesk.services.roster_edit import AliasRow, UnitDetail, UnitFields
from creditdesk.ui.common.dialog_buttons import name_buttons
from creditdesk.ui.common.translate import translator
from creditdesk.ui.forms.ui_unit_dialog import Ui_UnitDialog

_ALIAS_ROLE = Qt.ItemDataRole.UserRole


_tr = translator("UnitDialog")


class UnitDialog(QDialog):
    """Edit a copy of a unit (``detail``), or a new one when ``detail`` is None.

    Args:
        detail: the unit as read, with its version and aliases; None for 新增单位.
        categories: the categories in use, offered in the category box (free text allowed).
        parent: the page.
    """

    def __init__(
        self,
        detail: UnitDetail | None,
        categories: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_UnitDialog()
        self.ui.setupUi(self)
        self.detail = detail
        self._removed: list[AliasRow] = []
        ui = self.ui
        ui.categoryCombo.addItems(list(categories))
        if detail is None:
            self.setWindowTitle(_tr("新增单位"))
            ui.categoryCombo.setCurrentText("")
            ui.activeCheck.setVisible(False)
        else:
            self.setWindowTitle(_tr("编辑单位：{name}").format(name=detail.name))
            values = detail.fields
            ui.nameEdit.setText(values.name)
            ui.shortNameEdit.setText(values.short_name)
            ui.categoryCombo.setCurrentText(values.category)
            ui.liaisonEdit.setText(values.liaison)
            ui.liaisonTitleEdit.setText(values.liaison_title or "")
            ui.officePhoneEdit.setText(values.office_phone)
            ui.mobileEdit.setText(values.mobile)
            ui.emailEdit.setText(values.email)
            ui.addressEdit.setText(values.address)
            ui.notesEdit.setPlainText(values.notes)
            ui.activeCheck.setChecked(detail.active)
            for alias in detail.aliases:
                item = QListWidgetItem(alias.name, ui.aliasList)
                item.setData(_ALIAS_ROLE, alias)
        ui.addAliasButton.clicked.connect(self.add_alias)
        ui.aliasEdit.returnPressed.connect(self.add_alias)
        ui.removeAliasButton.clicked.connect(self.remove_selected_aliases)
        ui.aliasList.itemSelectionChanged.connect(self._update_buttons)
        ui.aliasEdit.textChanged.connect(self._update_buttons)
        name_buttons(ui.buttonBox)
        ui.buttonBox.accepted.connect(self._check_and_accept)
        self._update_buttons()
        ui.nameEdit.setFocus()

    # ------------------------------------------------------------ what was edited

    def fields(self) -> UnitFields:
        """The values in the fields (not yet cleaned)."""
        ui = self.ui
        return UnitFields(
            name=ui.nameEdit.text(),
            short_name=ui.shortNameEdit.text(),
            category=ui.categoryCombo.currentText(),
            liaison=ui.liaisonEdit.text(),
            liaison_title=ui.liaisonTitleEdit.text(),
            office_phone=ui.officePhoneEdit.text(),
            mobile=ui.mobileEdit.text(),
            email=ui.emailEdit.text(),
            address=ui.addressEdit.text(),
            notes=ui.notesEdit.toPlainText(),
        )

    def is_active(self) -> bool:
        """Whether the unit is to be 在册."""
        return self.ui.activeCheck.isChecked()

    def added_aliases(self) -> list[str]:
        """Aliases typed in this dialog, in the order added."""
        items = (self.ui.aliasList.item(i) for i in range(self.ui.aliasList.count()))
        return [item.text() for item in items if item.data(_ALIAS_ROLE) is None]

    def removed_aliases(self) -> list[AliasRow]:
        """Aliases the unit had that the clerk removed."""
        return list(self._removed)

    def fields_changed(self) -> bool:
        """Whether the unit's fields differ from what the dialog opened with."""
        if self.detail is None:
            return True
        try:
            return self.fields().cleaned() != self.detail.fields
        except UserError:
            return True

    # ------------------------------------------------------------ aliases

    @Slot()
    def add_alias(self) -> None:
        """Put the typed alias into the list (saved with OK)."""
        name = clean_text(self.ui.aliasEdit.text())
        if not name:
            return
        items = (self.ui.aliasList.item(i) for i in range(self.ui.aliasList.count()))
        if any(name_key(item.text()) == name_key(name) for item in items):
            self._say(_tr("别名“{name}”已在列表中。").format(name=name))
            return
        QListWidgetItem(name, self.ui.aliasList)
        self.ui.aliasEdit.clear()
        self._say("")

    @Slot()
    def remove_selected_aliases(self) -> None:
        """Take the selected aliases out of the list (removed with OK)."""
        for item in self.ui.aliasList.selectedItems():
            alias = item.data(_ALIAS_ROLE)
            if isinstance(alias, AliasRow):
                self._removed.append(alias)
            self.ui.aliasList.takeItem(self.ui.aliasList.row(item))
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        self.ui.removeAliasButton.setEnabled(bool(self.ui.aliasList.selectedItems()))
        self.ui.addAliasButton.setEnabled(bool(self.ui.aliasEdit.text().strip()))

    # ------------------------------------------------------------ OK

    @Slot()
    def _check_and_accept(self) -> None:
        if self.ui.aliasEdit.text().strip():
            self.add_alias()  # typed but not added: the clerk surely meant it
        try:
            self.fields().cleaned()
        except UserError as error:
            self._say(str(error))
            self.ui.nameEdit.setFocus()
            return
        self.accept()

    def _say(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
