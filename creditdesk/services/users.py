"""Clerks who sign in to a shared database (用户): accounts, passwords and roles.

On PostgreSQL the accounts are the server's own login roles (``services.db_accounts``): the
server checks passwords and enforces roles. Databases from before that (and the local SQLite
file, which has one clerk) keep the ``app_user`` table with salted scrypt hashes. A shared
database with no accounts yet lets the first person in as administrator, so an office can set
itself up; once an account exists everyone signs in.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from creditdesk.model import AppUser
from creditdesk.services import audit, db_accounts
from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import NotFoundError, UserError
from creditdesk.services.permissions import ROLES, require_role

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
MIN_PASSWORD = 8


class SignInError(UserError):
    """Wrong user name or password, or a disabled account."""


@dataclass(frozen=True)
class SignedIn:
    """Who signed in and with which role."""

    username: str
    display_name: str
    role: str


@dataclass(frozen=True)
class UserRow:
    """An account as the user list shows it."""

    id: int
    username: str
    display_name: str
    role: str
    active: bool
    needs_password: bool = False


_DUMMY_HASH = ""


def _roles_in(session: Session) -> bool:
    """Whether this database keeps accounts as server roles."""
    return session.get_bind().dialect.name == "postgresql" and db_accounts.has_roles(
        session.connection()
    )


def hash_password(password: str) -> str:
    """A salted scrypt hash of ``password`` in the stored text form."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches a stored hash (constant-time comparison)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        candidate = hashlib.scrypt(
            password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p)
        )
    except ValueError:
        return False
    return hmac.compare_digest(candidate, bytes.fromhex(digest))


def has_users(factory: sessionmaker[Session]) -> bool:
    """Whether any account exists (before that, the first person in is administrator)."""
    with factory() as session:
        if _roles_in(session):
            return bool(db_accounts.accounts(session.connection()))
        return bool(session.scalar(select(func.count(AppUser.id))))


def authenticate(factory: sessionmaker[Session], username: str, password: str) -> SignedIn:
    """Check a user name and password.

    Raises:
        SignInError: unknown name, wrong password or disabled account (one message for all,
            so the form does not reveal which names exist).
    """
    global _DUMMY_HASH
    with factory() as session:
        if _roles_in(session):
            url = session.get_bind().engine.url.render_as_string(hide_password=False)
            listed = {a.username: a for a in db_accounts.accounts(session.connection())}
            account = listed.get(username.strip())
            if account is None or not db_accounts.can_log_in(url, username.strip(), password):
                raise SignInError("用户名或密码不正确，或账号已停用。")
            return SignedIn(account.username, account.display_name, account.role)
        user = session.scalar(select(AppUser).where(AppUser.username == username.strip()))
    # an unknown name costs the same scrypt run as a known one, so timing tells nothing
    _DUMMY_HASH = _DUMMY_HASH or hash_password(secrets.token_hex(8))
    stored = user.password_hash if user is not None else _DUMMY_HASH
    matches = verify_password(password, stored)
    if user is None or not user.active or not matches:
        raise SignInError("用户名或密码不正确，或账号已停用。")
    return SignedIn(user.username, user.display_name, user.role)


def _check(username: str, password: str, role: str) -> None:
    if not username.strip():
        raise UserError("用户名不能为空。")
    if len(password) < MIN_PASSWORD:
        raise UserError(f"密码至少{MIN_PASSWORD}位。")
    if role not in ROLES:
        raise UserError(f"未知的角色：{role}")


def add_user(
    ctx: ServiceContext, username: str, password: str, role: str, display_name: str = ""
) -> UserRow:
    """Create an account (administrators only, or anyone while there are none)."""
    _check(username, password, role)
    if has_users(ctx.session_factory):
        require_role(ctx.role, "admin")
    with ctx.session_factory.begin() as session:
        if _roles_in(session):
            db_accounts.add_account(session, username.strip(), password, role, display_name.strip())
            after = {"username": username.strip(), "display_name": display_name, "role": role}
            audit.record(session, ctx, "新增用户", "account", username.strip(), None, after)
            return UserRow(0, username.strip(), display_name.strip(), role, True)
        if session.scalar(select(AppUser.id).where(AppUser.username == username.strip())):
            raise UserError(f"用户名“{username}”已存在。")
        user = AppUser(
            username=username.strip(),
            display_name=display_name.strip(),
            role=role,
            password_hash=hash_password(password),
            created_at=ctx.clock.now(),
        )
        session.add(user)
        session.flush()
        shown = audit.snapshot(user) | {"password_hash": "***"}
        audit.record(session, ctx, "新增用户", "app_user", user.id, None, shown)
        return UserRow(user.id, user.username, user.display_name, user.role, user.active)


def update_user(
    ctx: ServiceContext,
    username: str,
    *,
    role: str | None = None,
    password: str | None = None,
    active: bool | None = None,
) -> None:
    """Change an account's role, password or active state (administrators only)."""
    require_role(ctx.role, "admin")
    if role is not None:
        _check(username, "x" * MIN_PASSWORD, role)
    if password is not None:
        _check(username, password, role or "clerk")
    with ctx.session_factory.begin() as session:
        if _roles_in(session):
            db_accounts.set_account(session, username, role=role, password=password, active=active)
            change = {"role": role, "password": None if password is None else "***"}
            after = {k: v for k, v in (change | {"active": active}).items() if v is not None}
            audit.record(session, ctx, "修改用户", "account", username, None, after)
            return
        user = session.scalar(select(AppUser).where(AppUser.username == username))
        if user is None:
            raise NotFoundError(f"没有用户“{username}”。")
        before = audit.snapshot(user) | {"password_hash": "***"}
        if user.role == "admin" and (role not in (None, "admin") or active is False):
            others = session.scalar(
                select(func.count(AppUser.id)).where(
                    AppUser.role == "admin", AppUser.active, AppUser.id != user.id
                )
            )
            if not others:
                raise UserError("不能停用或降级最后一位管理员，请先指定另一位管理员。")
        if role is not None:
            _check(username, "x" * MIN_PASSWORD, role)
            user.role = role
        if password is not None:
            _check(username, password, user.role)
            user.password_hash = hash_password(password)
        if active is not None:
            user.active = active
        session.flush()
        after = audit.snapshot(user) | {"password_hash": "***"}
        audit.record(session, ctx, "修改用户", "app_user", user.id, before, after)


def list_users(ctx: ServiceContext) -> list[UserRow]:
    """All accounts, by user name."""
    with ctx.session_factory() as session:
        if _roles_in(session):
            return [
                UserRow(0, a.username, a.display_name, a.role, a.active, a.needs_password)
                for a in db_accounts.accounts(session.connection())
            ]
        return [
            UserRow(u.id, u.username, u.display_name, u.role, u.active)
            for u in session.scalars(select(AppUser).order_by(AppUser.username))
        ]
