"""The server, not the program, enforces the roles: raw psycopg connections with each clerk's
own login are refused what their role does not allow, and the audit log only grows."""

from __future__ import annotations

import datetime as dt
import os
import time
import uuid
from pathlib import Path

import psycopg
import pytest
from factories import add_units
from pg_databases import PASSWORDS, drop_database
from psycopg import sql
from sqlalchemy import create_engine, make_url, select

from creditdesk.model import AuditEntry
from creditdesk.services.context import FixedClock
from creditdesk.services.errors import UserError
from creditdesk.services.users import SignInError, add_user, list_users, update_user
from creditdesk.services.workspace import open_workspace

PG_URL = os.environ.get("CREDITDESK_TEST_PG_URL")
pytestmark = pytest.mark.skipif(PG_URL is None, reason="needs CREDITDESK_TEST_PG_URL")
CLOCK = FixedClock(dt.datetime(2026, 11, 22, 9, 0))


def _raw(url: str, user: str) -> psycopg.Connection[tuple[object, ...]]:
    """A plain psycopg connection with a clerk's own name and password (no CreditDesk code)."""
    parts = make_url(url)
    return psycopg.connect(
        host=parts.host,
        port=parts.port,
        dbname=parts.database,
        user=user,
        password=PASSWORDS[user],
        autocommit=True,
    )


def _tables(connection: psycopg.Connection[tuple[object, ...]]) -> list[tuple[str, str]]:
    """Every table of the office with one of its columns."""
    rows = connection.execute(
        "SELECT c.relname, min(a.attname) FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public' "
        "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
        "WHERE c.relkind = 'r' GROUP BY c.relname ORDER BY 1"
    ).fetchall()
    return [(str(table), str(column)) for table, column in rows]


def _refused(connection: psycopg.Connection[tuple[object, ...]], statement: sql.Composable) -> bool:
    try:
        connection.execute(statement)
    except (psycopg.errors.InsufficientPrivilege, psycopg.errors.RaiseException):
        return True
    return False


def test_the_read_only_leader_is_refused_every_write_on_every_table(role_office: str) -> None:
    with _raw(role_office, "leader1") as leader:
        tables = _tables(leader)
        assert {"unit", "audit_log", "submission", "notice", "app_user"} <= {t for t, _ in tables}
        allowed = []
        for table, column in tables:
            name, col = sql.Identifier(table), sql.Identifier(column)
            for statement in (
                sql.SQL("UPDATE {} SET {} = {}").format(name, col, col),
                sql.SQL("INSERT INTO {} DEFAULT VALUES").format(name),
                sql.SQL("DELETE FROM {}").format(name),
            ):
                if not _refused(leader, statement):
                    allowed.append(statement.as_string(leader))
        assert allowed == []
        # reading is what the leader is for
        assert leader.execute("SELECT name FROM unit").fetchall() == [("县税务局",)]


def test_a_clerk_cannot_touch_accounts_or_the_audit_log(role_office: str) -> None:
    with _raw(role_office, "clerk1") as clerk:
        prefix = str(clerk.execute("SELECT creditdesk_role_prefix()").fetchone()[0])  # type: ignore[index]
        attempts = [
            sql.SQL("UPDATE audit_log SET action = 'x'"),
            sql.SQL("DELETE FROM audit_log"),
            sql.SQL("TRUNCATE audit_log"),
            sql.SQL("UPDATE app_user SET role = 'admin'"),
            sql.SQL("SELECT * FROM app_user"),
            sql.SQL("CREATE ROLE intruder LOGIN"),
            sql.SQL("GRANT {} TO clerk1").format(sql.Identifier(f"{prefix}_admin")),
            sql.SQL("SET ROLE {}").format(sql.Identifier(f"{prefix}_owner")),
            sql.SQL("ALTER ROLE leader1 PASSWORD 'taken-over'"),
            sql.SQL("SELECT creditdesk_set_account('clerk1', 'admin', NULL, NULL)"),
            sql.SQL("SELECT creditdesk_add_account('x', 'SCRAM-SHA-256$x', 'admin', '')"),
        ]
        allowed = [a.as_string(clerk) for a in attempts if not _refused(clerk, a)]
        assert allowed == []
        assert clerk.execute("SELECT role FROM creditdesk_accounts WHERE username = 'clerk1'")
        # but the office's data is the clerk's to change
        clerk.execute("UPDATE unit SET liaison = '赵一' WHERE name = '县税务局'")
    with _raw(role_office, "boss") as boss:
        assert _refused(boss, sql.SQL("DELETE FROM audit_log"))
        assert _refused(boss, sql.SQL("UPDATE audit_log SET \"user\" = 'nobody'"))


def test_a_write_that_bypasses_the_program_is_still_logged_under_the_login(
    role_office: str,
) -> None:
    with _raw(role_office, "clerk1") as clerk:
        clerk.execute("UPDATE unit SET liaison = '赵一' WHERE name = '县税务局'")
        # an entry the clerk writes is kept under the clerk's own name, whatever it says
        clerk.execute(
            'INSERT INTO audit_log (at, "user", action, entity, entity_id) '
            "VALUES (now(), 'boss', '修改单位', 'unit', '1')"
        )
    engine = create_engine(role_office)
    with engine.connect() as connection:
        entries = connection.execute(
            select(AuditEntry.user, AuditEntry.action, AuditEntry.entity, AuditEntry.after)
            .where(AuditEntry.user == "clerk1")
            .order_by(AuditEntry.id)
        ).all()
    engine.dispose()
    assert [(e.user, e.action, e.entity) for e in entries] == [
        ("clerk1", "直接修改数据库：UPDATE", "unit"),
        ("clerk1", "修改单位", "unit"),
    ]
    assert "赵一" in (entries[0].after or "")


def test_accounts_are_managed_through_the_program_and_the_last_admin_stays(
    role_office: str, tmp_path: Path
) -> None:
    with open_workspace(
        tmp_path / "pc", database_url=role_office, user="boss", password=PASSWORDS["boss"]
    ) as ws:
        ctx = ws.context
        with pytest.raises(UserError, match="最后一位管理员"):
            update_user(ctx, "boss", role="clerk")
        with pytest.raises(UserError, match="最后一位管理员"):
            update_user(ctx, "boss", active=False)
        update_user(ctx, "clerk1", role="admin")
        update_user(ctx, "boss", role="clerk")  # another admin exists now
        rows = {r.username: (r.role, r.display_name) for r in list_users(ctx)}
        assert rows == {
            "boss": ("clerk", "李静"),
            "clerk1": ("admin", "王芳"),
            "leader1": ("readonly", "张局长"),
        }
    with pytest.raises(SignInError):
        open_workspace(
            tmp_path / "pc", database_url=role_office, user="leader1", password="wrong-one"
        )


def test_sign_in_takes_as_long_for_an_unknown_name_as_for_a_known_one(
    role_office: str, tmp_path: Path
) -> None:
    from creditdesk.services.db_accounts import BACKOFF

    waits: list[float] = []
    BACKOFF.sleep = waits.append
    try:

        def attempt(user: str) -> float:
            started = time.perf_counter()
            with pytest.raises(SignInError):
                open_workspace(
                    tmp_path / "pc", database_url=role_office, user=user, password="wrong-1"
                )
            return time.perf_counter() - started

        known = sorted(attempt("clerk1") for _ in range(5))[2]  # medians: the machine is shared
        unknown = sorted(attempt("nobody-here") for _ in range(5))[2]
    finally:
        BACKOFF.sleep = time.sleep
    assert abs(known - unknown) < 0.5 * max(known, unknown)
    assert waits == [0.5, 1.0, 2.0, 4.0] + [8.0] * 6  # each failure in a row waits longer


def test_an_old_shared_database_moves_its_accounts_to_roles_once_an_admin_signs_in(
    tmp_path: Path,
) -> None:
    """Revision 0008 on a database from before: app_user rows become login roles."""
    from creditdesk.services import schema
    from creditdesk.services.users import hash_password

    assert PG_URL is not None
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    name = f"o_{uuid.uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    url = PG_URL.rsplit("/", 1)[0] + "/" + name
    try:
        schema.upgrade(url, target="0004")
        engine = create_engine(url)
        with engine.begin() as connection:
            for username, role in (("oldboss", "admin"), ("oldclerk", "clerk")):
                connection.exec_driver_sql(
                    "INSERT INTO app_user (username, display_name, role, password_hash, active,"
                    " created_at, version) VALUES (%s, '', %s, %s, true, now(), 1)",
                    (username, role, hash_password(f"{username}-secret")),
                )
        engine.dispose()
        with pytest.raises(UserError, match="请管理员先登录"):
            open_workspace(
                tmp_path / "a", database_url=url, user="oldclerk", password="oldclerk-secret"
            )
        with open_workspace(
            tmp_path / "a", database_url=url, user="oldboss", password="oldboss-secret"
        ) as ws:
            assert ws.notes == ["以下账号已迁移为数据库角色，需由管理员设置新密码：oldclerk"]
            assert [(r.username, r.needs_password) for r in list_users(ws.context)] == [
                ("oldboss", False),
                ("oldclerk", True),
            ]
            update_user(ws.context, "oldclerk", password="brand-new-secret")
        with open_workspace(
            tmp_path / "b", database_url=url, user="oldclerk", password="brand-new-secret"
        ) as ws:
            assert (ws.context.user, ws.context.role) == ("oldclerk", "clerk")
    finally:
        drop_database(name)


def test_an_older_schema_is_not_upgraded_when_a_clerk_signs_in(
    role_office: str, tmp_path: Path
) -> None:
    """Only an administrator's sign-in may change the schema; a clerk is told to ask one."""
    engine = create_engine(role_office)
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0004'")
    for user in ("clerk1", "leader1"):
        with pytest.raises(UserError, match="请管理员先登录"):
            open_workspace(
                tmp_path / user, database_url=role_office, user=user, password=PASSWORDS[user]
            )
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
            "0004"
        )
    engine.dispose()


def test_an_office_set_up_by_a_non_superuser_login_as_the_readme_says(tmp_path: Path) -> None:
    """IT creates a login with CREATEROLE owning the database; it sets the office up once."""
    assert PG_URL is not None
    suffix = uuid.uuid4().hex[:8]
    setup, name = f"creditdesk_setup_{suffix}", f"it_{suffix}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE ROLE {setup} LOGIN CREATEROLE PASSWORD 'setup-secret'")
        connection.exec_driver_sql(f'CREATE DATABASE "{name}" OWNER {setup}')
    url = PG_URL.rsplit("/", 1)[0] + "/" + name
    try:
        with open_workspace(
            tmp_path / "it", database_url=url, user=setup, password="setup-secret"
        ) as ws:
            assert ws.context.role == "admin"
            add_user(ws.context, "boss", PASSWORDS["boss"], "admin", "李静")
        with open_workspace(
            tmp_path / "boss", database_url=url, user="boss", password=PASSWORDS["boss"]
        ) as ws:
            add_user(ws.context, "clerk1", PASSWORDS["clerk1"], "clerk", "王芳")
            update_user(ws.context, "clerk1", password="clerk-secret-2")
        with open_workspace(
            tmp_path / "clerk", database_url=url, user="clerk1", password="clerk-secret-2"
        ) as ws:
            with ws.context.session_factory.begin() as session:
                add_units(session, "县税务局")
            assert [r.username for r in list_users(ws.context)] == ["boss", "clerk1"]
    finally:
        drop_database(name)
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP OWNED BY {setup}")
            connection.exec_driver_sql(f"DROP ROLE {setup}")
        admin.dispose()
