"""Opening the window on a shared database asks who signs in, until the password is right."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_databases import drop_database
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine

from creditdesk.services.users import add_user
from creditdesk.services.workspace import open_workspace
from creditdesk.ui.shell.app import _Launcher, make_application
from creditdesk.ui.shell.sign_in_dialog import SignInDialog

PG_URL = os.environ.get("CREDITDESK_TEST_PG_URL")
pytestmark = [
    pytest.mark.skipif(PG_URL is None, reason="needs CREDITDESK_TEST_PG_URL"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),  # the offscreen platform says this
]


@pytest.fixture
def shared_office(tmp_path: Path) -> Iterator[str]:
    assert PG_URL is not None
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    name = f"s_{uuid.uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = PG_URL.rsplit("/", 1)[0] + "/" + name
    with open_workspace(tmp_path / "setup", database_url=url) as workspace:
        add_user(workspace.context, "wangfang", "clerk-secret-1", "clerk", "王芳")
    yield url
    admin.dispose()
    drop_database(name)


def test_wrong_password_asks_again_then_the_window_opens_as_that_clerk(
    qtbot: QtBot, shared_office: str, tmp_path: Path
) -> None:
    app = make_application()
    launcher = _Launcher(app, tmp_path / "cache", shared_office, quit_when_ready=False)
    answers = iter([("wangfang", "wrong-password"), ("wangfang", "clerk-secret-1")])
    errors: list[str] = []

    def prompt(_server: str, _user: str, error: str) -> tuple[str, str] | None:
        errors.append(error)
        return next(answers)

    launcher.ask_credentials = prompt
    try:
        assert launcher.open_and_show()
        assert launcher.workspace is not None
        assert (launcher.workspace.context.user, launcher.workspace.context.role) == (
            "wangfang",
            "clerk",
        )
        assert "需要登录" in errors[0] and "不正确" in errors[1]
    finally:
        launcher.close()


def test_cancelling_the_sign_in_opens_nothing(
    qtbot: QtBot, shared_office: str, tmp_path: Path
) -> None:
    app = make_application()
    launcher = _Launcher(app, tmp_path / "cache", shared_office, quit_when_ready=False)
    launcher.ask_credentials = lambda *_: None
    assert not launcher.open_and_show()
    assert launcher.workspace is None and launcher.window is None


def test_the_dialog_returns_what_was_typed(qtbot: QtBot) -> None:
    dialog = SignInDialog("postgresql://server/office", "wangfang", "用户名或密码不正确")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.passwordEdit, "clerk-secret-1")
    assert dialog.credentials() == ("wangfang", "clerk-secret-1")
    assert dialog.ui.errorLabel.text() == "用户名或密码不正确"
