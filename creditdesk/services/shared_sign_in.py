"""Signing in to a shared PostgreSQL database (登录), before anything else touches it.

The order matters to an office's IT staff: first the server checks the clerk's own name and
password; only then is the schema looked at, and it is upgraded only when the one who signed
in is an administrator (by ``SET ROLE`` to the owner role, which admins alone may take on).
Databases from before accounts became roles (an ``app_user`` table and one shared login in
the URL) are signed into the old way once, by an administrator, and upgraded; that
administrator's password then becomes their role's password.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from creditdesk.services import db_accounts
from creditdesk.services.database import make_engine, make_session_factory
from creditdesk.services.errors import UserError
from creditdesk.services.schema_version import schema_head, stamped_revision

NEEDS_SIGN_IN = "共享数据库需要登录：请输入用户名和密码。"
WRONG = "用户名或密码不正确，或账号已停用。"


@dataclass
class SignedInEngine:
    """An engine logged in as the clerk, with the name and office role it acts under.

    ``notes`` are things the administrator must be told (accounts needing a new password).
    """

    engine: Engine
    user: str
    role: str
    notes: list[str]


Upgrade = Callable[[str, "str | None"], None]
"""(url with credentials, role to SET for the upgrade or None) → upgrades the schema."""


def _url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def _sign_in_error(message: str) -> UserError:
    from creditdesk.services.users import SignInError

    return SignInError(message)


def _refused(error: OperationalError, password: str | None) -> UserError:
    if not db_accounts.is_auth_failure(error):
        first = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
        return UserError(f"无法连接共享数据库：{first}")
    if password is None:
        return _sign_in_error(NEEDS_SIGN_IN)
    db_accounts.BACKOFF.failed()
    return _sign_in_error(WRONG)


def _needs_password_note(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        names = [a.username for a in db_accounts.accounts(connection) if a.needs_password]
    if not names:
        return []
    return [f"以下账号已迁移为数据库角色，需由管理员设置新密码：{'、'.join(names)}"]


def sign_in(url: str, user: str, password: str | None, upgrade: Upgrade) -> SignedInEngine:
    """Log in to the shared database at ``url`` and upgrade its schema if an admin signed in.

    Args:
        url: the office's database URL (its own user name and password, if any, are used
            only when no password is given: trust or a setup account).
        user: the clerk's login name.
        password: the clerk's password; None to use what the URL says.
        upgrade: runs the schema upgrade.

    Raises:
        SignInError: no or wrong credentials, or a login that is not one of the office's.
        UserError: the server cannot be reached, or the schema is old and no admin signed in.
    """
    engine = make_engine(url) if password is None else db_accounts.login_engine(url, user, password)
    try:
        with engine.connect() as connection:
            roles = db_accounts.has_roles(connection)
            current = str(connection.exec_driver_sql("SELECT current_user").scalar_one())
            listed = db_accounts.accounts(connection) if roles else []
    except OperationalError as error:
        engine.dispose()
        if password is not None and db_accounts.is_auth_failure(error):
            return _legacy_sign_in(url, user, password, upgrade, error)
        raise _refused(error, password) from error
    if not roles:
        engine.dispose()
        return _legacy_sign_in(url if password is None else _url(engine), user, password, upgrade)
    role = next((a.role for a in listed if a.username == current), None)
    if role is None:
        if listed:
            engine.dispose()
            raise _sign_in_error(
                NEEDS_SIGN_IN if password is None else "该账号不是本办公室的用户。"
            )
        role, current = "admin", user  # no accounts yet: the setup login sets the office up
        set_role = None
    else:
        db_accounts.BACKOFF.succeeded()
        with engine.connect() as connection:
            set_role = f"{db_accounts.role_prefix(connection)}_owner"
    if stamped_revision(engine) != schema_head():
        if role != "admin":
            engine.dispose()
            raise UserError("共享数据库需要升级到本程序的版本：请管理员先登录一次完成升级。")
        upgrade(_url(engine), set_role)
    notes = _needs_password_note(engine) if role == "admin" else []
    return SignedInEngine(engine, current, role, notes)


def _legacy_sign_in(
    url: str,
    user: str,
    password: str | None,
    upgrade: Upgrade,
    login_error: OperationalError | None = None,
) -> SignedInEngine:
    """A database from before revision 0008: the URL's login, accounts in ``app_user``."""
    from creditdesk.services.users import authenticate, has_users

    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            roles = db_accounts.has_roles(connection)
    except OperationalError as error:
        engine.dispose()
        raise _refused(login_error or error, password) from error
    if roles:  # a roles database refused this login: wrong name or password
        engine.dispose()
        raise _refused(login_error, password) if login_error else _sign_in_error(WRONG)
    factory = make_session_factory(engine)
    fresh = stamped_revision(engine) is None
    if not fresh and has_users(factory):
        if password is None:
            engine.dispose()
            raise _sign_in_error(NEEDS_SIGN_IN)
        try:
            signed = authenticate(factory, user, password)
        except UserError:
            engine.dispose()
            db_accounts.BACKOFF.failed()
            raise
        if signed.role != "admin":
            engine.dispose()
            raise UserError("共享数据库需要升级到本程序的版本：请管理员先登录一次完成升级。")
        upgrade(url, None)
        with make_session_factory(engine).begin() as session:
            db_accounts.set_account(session, signed.username, password=password)
        engine.dispose()
        db_accounts.BACKOFF.succeeded()
        signed_in = sign_in(url, signed.username, password, upgrade)
        signed_in.notes = _needs_password_note(signed_in.engine)
        return signed_in
    if stamped_revision(engine) != schema_head():
        upgrade(url, None)
    return SignedInEngine(engine, user, "admin", [])
