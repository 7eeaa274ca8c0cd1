"""用户管理: the accounts of a shared database (administrators only; the service checks)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QTableWidgetItem, QWidget

from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import UserError
from creditdesk.services.permissions import ROLE_LABELS, ROLES
from creditdesk.services.users import UserRow, add_user, list_users, update_user
from creditdesk.ui.common.translate import translator
from creditdesk.ui.forms.ui_users_dialog import Ui_UsersDialog

TextAsker = Callable[[str, str, bool], "str | None"]
"""(title, label, secret) → the typed text, or None when cancelled."""


_tr = translator("UsersDialog")


def ask_text(parent: QWidget, title: str, label: str, secret: bool) -> str | None:
    """A one-line input box (the password box hides what is typed)."""
    mode = QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal
    text, ok = QInputDialog.getText(parent, title, label, mode)
    return text if ok else None


class UsersDialog(QDialog):
    """List, add, change role, reset password, disable or enable accounts."""

    def __init__(
        self,
        ctx: ServiceContext,
        on_error: Callable[[UserError], None],
        parent: QWidget | None = None,
        asker: TextAsker | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_UsersDialog()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._on_error = on_error
        self._ask = asker or (lambda title, label, secret: ask_text(self, title, label, secret))
        for role in ROLES:
            self.ui.roleCombo.addItem(ROLE_LABELS[role], role)
        self.ui.addButton.clicked.connect(self.add)
        self.ui.roleButton.clicked.connect(self.set_role)
        self.ui.passwordButton.clicked.connect(self.reset_password)
        self.ui.activeButton.clicked.connect(self.toggle_active)
        self.rows: list[UserRow] = []
        self.refresh()

    def refresh(self) -> None:
        """Read the accounts again."""
        self.rows = list_users(self._ctx)
        table = self.ui.table
        table.setRowCount(len(self.rows))
        for row, user in enumerate(self.rows):
            state = _tr("正常") if user.active else _tr("已停用")
            if user.needs_password:
                state += _tr("（需设置新密码）")
            for column, text in enumerate(
                (user.username, user.display_name, ROLE_LABELS[user.role], state)
            ):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()

    def _selected(self) -> UserRow | None:
        row = self.ui.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _run(self, action: Callable[[], object]) -> None:
        try:
            action()
        except UserError as error:
            self._on_error(error)
        self.refresh()

    def add(self) -> None:
        """新增: user name, name, password; the role chosen in the combo."""
        username = self._ask(_tr("新增用户"), _tr("用户名："), False)
        if not username:
            return
        name = self._ask(_tr("新增用户"), _tr("姓名："), False) or ""
        password = self._ask(_tr("新增用户"), _tr("初始密码（至少8位）："), True)
        if password is None:
            return
        role = str(self.ui.roleCombo.currentData())
        self._run(lambda: add_user(self._ctx, username, password, role, name))

    def set_role(self) -> None:
        user = self._selected()
        if user is not None:
            role = str(self.ui.roleCombo.currentData())
            self._run(lambda: update_user(self._ctx, user.username, role=role))

    def reset_password(self) -> None:
        user = self._selected()
        if user is None:
            return
        password = self._ask(_tr("重置密码"), _tr("新密码（至少8位）："), True)
        if password is not None:
            self._run(lambda: update_user(self._ctx, user.username, password=password))

    def toggle_active(self) -> None:
        user = self._selected()
        if user is not None:
            self._run(lambda: update_user(self._ctx, user.username, active=not user.active))
