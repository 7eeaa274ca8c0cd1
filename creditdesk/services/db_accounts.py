"""Accounts of a shared PostgreSQL database as server roles (数据库账号).

Signing in is a database login with the clerk's own name and password; the server checks the
password (SCRAM) and, through the group roles revision 0008 creates, what the login may do.
Accounts are managed only through the SECURITY DEFINER functions the admin group may execute;
the password reaches them as a SCRAM verifier computed on the clerk's PC (libpq's own
``PQencryptPasswordConn``), so the password itself never travels or appears in a server log.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, make_url, text
from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session

from creditdesk.services.errors import UserError

GROUPS = ("admin", "clerk", "readonly")


@dataclass(frozen=True)
class Account:
    """A login role of the office, as the user list shows it."""

    username: str
    display_name: str
    role: str
    active: bool
    needs_password: bool


def has_roles(connection: Connection) -> bool:
    """Whether the database keeps its accounts as server roles (revision 0008 or later)."""
    found = connection.exec_driver_sql(
        "SELECT 1 FROM pg_proc WHERE proname = 'creditdesk_role_prefix'"
    ).first()
    return found is not None


def role_prefix(connection: Connection) -> str:
    """The prefix of this office's group roles, e.g. ``cd_office``."""
    return str(connection.exec_driver_sql("SELECT creditdesk_role_prefix()").scalar_one())


def accounts(connection: Connection) -> list[Account]:
    """Every login role of this office, by name."""
    rows = connection.exec_driver_sql(
        "SELECT username, role, active, note FROM creditdesk_accounts ORDER BY username"
    ).all()
    listed = []
    for username, role, active, note in rows:
        details: dict[str, Any] = json.loads(note or "{}")
        listed.append(
            Account(
                username,
                str(details.get("display_name", "")),
                role,
                bool(active),
                bool(details.get("needs_password", False)),
            )
        )
    return listed


def role_of(connection: Connection, username: str) -> str | None:
    """The office role of a login, or None when it is not one of the office's accounts."""
    for account in accounts(connection):
        if account.username == username:
            return account.role
    return None


def scram_verifier(connection: Connection, username: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of ``password``, computed here by libpq."""
    raw: Any = connection.connection.driver_connection
    verifier: bytes = raw.pgconn.encrypt_password(
        password.encode(), username.encode(), b"scram-sha-256"
    )
    return verifier.decode()


def _call(session: Session, sql: str, values: dict[str, object]) -> None:
    try:
        session.execute(text(sql), values)
    except DBAPIError as error:
        diag = getattr(error.orig, "diag", None)
        message = getattr(diag, "message_primary", None) or str(error.orig)
        raise UserError(message) from error


def add_account(
    session: Session, username: str, password: str, role: str, display_name: str
) -> None:
    """Create a login role in ``role``'s group (admin group members, or the owner at setup)."""
    verifier = scram_verifier(session.connection(), username, password)
    _call(
        session,
        "SELECT creditdesk_add_account(:u, :v, :r, :d)",
        {"u": username, "v": verifier, "r": role, "d": display_name},
    )


def set_account(
    session: Session,
    username: str,
    *,
    role: str | None = None,
    password: str | None = None,
    active: bool | None = None,
) -> None:
    """Change a login role's group, password or whether it may log in."""
    verifier = None
    if password is not None:
        verifier = scram_verifier(session.connection(), username, password)
    _call(
        session,
        "SELECT creditdesk_set_account(:u, :r, :v, :a)",
        {"u": username, "r": role, "v": verifier, "a": active},
    )


class SignInBackoff:
    """The program's own slow-down after failed sign-ins, on top of the server's auth_delay.

    Every failure in a row doubles the wait before the next answer (0.5 s, 1 s, 2 s … up to
    8 s); a success resets it. Known and unknown names fail alike: the server answers both
    with the same SCRAM exchange, and this wait does not look at the name.
    """

    def __init__(self, sleep: Callable[[float], None] = time.sleep) -> None:
        self.failures = 0
        self.sleep = sleep
        self._lock = threading.Lock()

    def failed(self) -> None:
        with self._lock:
            self.failures += 1
            wait = min(0.5 * 2 ** (self.failures - 1), 8.0)
        self.sleep(wait)

    def succeeded(self) -> None:
        with self._lock:
            self.failures = 0


BACKOFF = SignInBackoff()


def login_engine(url: str, username: str, password: str) -> Engine:
    """An engine that logs in as ``username`` instead of whoever the URL names."""
    from creditdesk.services.database import make_engine

    login = make_url(url).set(username=username, password=password)
    return make_engine(login.render_as_string(hide_password=False))


def is_auth_failure(error: OperationalError) -> bool:
    """Whether a failed connection was refused for its credentials (not a network fault)."""
    message = str(error.orig)
    return "authentication failed" in message or "no password supplied" in message


def can_log_in(url: str, username: str, password: str) -> bool:
    """Whether the server accepts this name and password (one short connection)."""
    engine = create_engine(make_url(url).set(username=username, password=password))
    try:
        with engine.connect():
            return True
    except (OperationalError, ProgrammingError):
        return False
    finally:
        engine.dispose()
