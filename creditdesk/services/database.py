"""Engines for the workspace database: SQLite with WAL, foreign keys and real transactions.

pysqlite normally commits DDL implicitly; here it is told to leave transactions alone and
SQLAlchemy issues BEGIN itself, so a migration or an import is all or nothing on SQLite too.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, Table, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 10_000


def is_sqlite(url: str) -> bool:
    """Whether a database URL points at a SQLite file (the single-clerk workspace)."""
    return url.startswith("sqlite")


def make_engine(url: str, *, foreign_keys: bool = True) -> Engine:
    """Create an engine; for SQLite with WAL, a busy timeout and transactional DDL.

    Args:
        url: SQLAlchemy database URL.
        foreign_keys: off only while migrations rebuild tables (SQLite cannot switch the
            check inside a transaction, and a table rebuild would cascade deletes).
    """
    if not is_sqlite(url):
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself
        cursor = dbapi_connection.cursor()
        if ":memory:" not in url and url.rstrip("/") != "sqlite:":
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded values after commit, so results can leave the session."""
    return sessionmaker(engine, expire_on_commit=False)


def reset_sequence(connection: Connection, table: Table) -> None:
    """Move a PostgreSQL table's id sequence past the ids copied in, so new rows get fresh ones.

    Copying rows with their ids (a migration, a restore) leaves the sequence behind them.
    """
    column = table.autoincrement_column
    if column is None:
        return
    connection.execute(
        text(
            f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', '{column.name}'), "
            f'COALESCE((SELECT MAX("{column.name}") FROM "{table.name}"), 0) + 1, false)'
        )
    )
