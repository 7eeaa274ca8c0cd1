"""登录: the user name and password for a shared database, asked for until they are right."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from creditdesk.ui.common.translate import translator
from creditdesk.ui.forms.ui_sign_in_dialog import Ui_SignInDialog

_tr = translator("SignInDialog")


class SignInDialog(QDialog):
    """Asks who signs in; shows the last sign-in error above the buttons."""

    def __init__(self, server: str, user: str, error: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self.ui.serverLabel.setText(_tr("共享数据库：{server}").format(server=server))
        self.ui.userEdit.setText(user)
        self.ui.errorLabel.setText(error)
        self.ui.errorLabel.setVisible(bool(error))
        (self.ui.passwordEdit if user else self.ui.userEdit).setFocus()

    def credentials(self) -> tuple[str, str]:
        """The user name and password as typed."""
        return self.ui.userEdit.text().strip(), self.ui.passwordEdit.text()
