"""The workspace schema through Alembic: which revision a database is at, and upgrading it.

Run as ``python -m creditdesk.services.schema revision "message"`` to autogenerate a new
revision from the models (developers only).
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import SQLAlchemyError

from creditdesk.paths import migrations_dir
from creditdesk.services.database import is_sqlite, make_engine
from creditdesk.services.errors import SchemaError, WorkspaceTooNewError
from creditdesk.services.schema_version import schema_head, stamped_revision

__all__ = [
    "SchemaError",
    "WorkspaceTooNewError",
    "head_revision",
    "schema_head",
    "stamped_revision",
    "upgrade",
]


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration pointing at database/, optionally bound to a connection."""
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest revision this program knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError("database/versions holds no revision")
    return head


def known_revisions() -> set[str]:
    """Every revision id this program can upgrade from."""
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, or None for an empty database."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def is_empty(engine: Engine) -> bool:
    """Whether the database holds no tables at all (a new workspace)."""
    return not inspect(engine).get_table_names()


def needs_upgrade(engine: Engine) -> bool:
    """Whether the database is behind this program; raises if it is ahead or foreign."""
    current = current_revision(engine)
    if current is None:
        if is_empty(engine):
            return True
        raise SchemaError("该数据库不是 CreditDesk 工作区（缺少版本记录），未作任何改动。")
    if current not in known_revisions():
        raise WorkspaceTooNewError(
            f"该工作区由更新版本的 CreditDesk 创建（数据库版本 {current}），"
            "当前程序无法安全打开。请升级 CreditDesk 后再打开，工作区未作任何改动。"
        )
    return current != head_revision()


def upgrade(
    url: str,
    target: str = "head",
    before: Callable[[], None] | None = None,
    set_role: str | None = None,
) -> None:
    """Upgrade the database at ``url`` to ``target`` in one transaction.

    Args:
        url: database URL.
        target: Alembic revision to reach.
        before: called once before the first change when an upgrade is needed (backup hook).
        set_role: on a shared database, the owner role a signed-in administrator takes on
            for the upgrade (the upgrade is then written to the audit log under their name).
    """
    engine = make_engine(url, foreign_keys=False)
    try:
        if not needs_upgrade(engine) and target == "head":
            return
        if before is not None and not is_empty(engine):
            before()
        try:
            with engine.begin() as connection:
                if set_role is not None:
                    connection.exec_driver_sql(f'SET LOCAL ROLE "{set_role}"')
                    was = current_revision_on(connection)
                command.upgrade(alembic_config(connection), target)
                if set_role is not None:
                    _log_upgrade(connection, was)
                if is_sqlite(url):
                    problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if problems:
                        raise SchemaError(f"升级后外键检查失败：{problems[:3]}，已回滚。")
        except SQLAlchemyError as error:
            raise SchemaError(
                f"升级工作区数据库失败，已全部回滚，工作区保持原样：{error.__class__.__name__}: "
                f"{str(error).splitlines()[0]}"
            ) from error
    finally:
        engine.dispose()


def current_revision_on(connection: Connection) -> str | None:
    """The revision stamped in the database, read on an open connection."""
    return MigrationContext.configure(connection).get_current_revision()


def _log_upgrade(connection: Connection, was: str | None) -> None:
    """An audit entry for an administrator's upgrade of a shared database."""
    connection.execute(
        text(
            'INSERT INTO audit_log (at, "user", action, entity, entity_id, before, after) '
            "VALUES (localtimestamp(0), session_user, '升级数据库结构', 'schema', '', :was, :now)"
        ),
        {"was": was, "now": current_revision_on(connection)},
    )


def downgrade(url: str, target: str) -> None:
    """Downgrade to ``target`` in one transaction (developers and tests only)."""
    engine = make_engine(url, foreign_keys=False)
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), target)
    finally:
        engine.dispose()


def _autogenerate(message: str) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        url = f"sqlite:///{Path(scratch) / 'head.sqlite3'}"
        upgrade(url)
        engine = make_engine(url, foreign_keys=False)
        with engine.begin() as connection:
            config = alembic_config(connection)
            command.revision(config, message=message, autogenerate=True)
        engine.dispose()


if __name__ == "__main__":  # pragma: no cover - developer tool
    if len(sys.argv) != 3 or sys.argv[1] != "revision":
        sys.exit('usage: python -m creditdesk.services.schema revision "message"')
    _autogenerate(sys.argv[2])
