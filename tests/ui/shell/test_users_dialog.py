"""用户管理: an administrator adds accounts, changes roles, resets passwords, disables."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from creditdesk.services.errors import UserError
from creditdesk.services.users import SignInError, authenticate
from creditdesk.services.workspace import Workspace
from creditdesk.ui.shell.users_dialog import UsersDialog


def test_admin_manages_accounts_through_the_dialog(qtbot: QtBot, workspace: Workspace) -> None:
    answers = iter(["wangfang", "王芳", "first-secret-1", "second-secret-2"])
    errors: list[UserError] = []
    dialog = UsersDialog(workspace.context, errors.append, asker=lambda *_: next(answers))
    qtbot.addWidget(dialog)
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData("clerk"))
    dialog.add()
    assert [(r.username, r.role) for r in dialog.rows] == [("wangfang", "clerk")]
    assert dialog.ui.table.item(0, 2).text() == "经办人"
    factory = workspace.context.session_factory
    assert authenticate(factory, "wangfang", "first-secret-1").role == "clerk"

    dialog.ui.table.selectRow(0)
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData("readonly"))
    dialog.set_role()
    dialog.reset_password()
    assert authenticate(factory, "wangfang", "second-secret-2").role == "readonly"
    dialog.toggle_active()
    assert dialog.ui.table.item(0, 3).text() == "已停用"
    with pytest.raises(SignInError):
        authenticate(factory, "wangfang", "second-secret-2")
    assert errors == []


def test_a_short_password_is_refused_with_a_message(qtbot: QtBot, workspace: Workspace) -> None:
    answers = iter(["lisi", "李四", "short"])
    errors: list[UserError] = []
    dialog = UsersDialog(workspace.context, errors.append, asker=lambda *_: next(answers))
    qtbot.addWidget(dialog)
    dialog.add()
    assert dialog.rows == [] and "至少8位" in str(errors[0])
