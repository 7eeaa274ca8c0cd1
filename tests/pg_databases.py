"""Test databases on the PostgreSQL test server, and the server roles their offices create."""

from __future__ import annotations

import os

PG_URL = os.environ.get("CREDITDESK_TEST_PG_URL")


def _url_for(database: str) -> str:
    assert PG_URL is not None
    return PG_URL.rsplit("/", 1)[0] + "/" + database


def _admin_engine():  # type: ignore[no-untyped-def]
    from sqlalchemy import create_engine

    assert PG_URL is not None
    return create_engine(PG_URL, isolation_level="AUTOCOMMIT")


def drop_database(name: str, *, groups: bool = True) -> None:
    """Drop a test database and the login roles of its office (and its group roles).

    Roles belong to the whole server, not to one database, so a test's accounts would
    otherwise outlive it. Clones of the template share its group roles: ``groups=False``.
    """
    from sqlalchemy import create_engine

    members: list[str] = []
    prefix = None
    engine = create_engine(_url_for(name))
    try:
        with engine.connect() as connection:
            if connection.exec_driver_sql(
                "SELECT 1 FROM pg_proc WHERE proname = 'creditdesk_role_prefix'"
            ).first():
                prefix = connection.exec_driver_sql("SELECT creditdesk_role_prefix()").scalar()
                members = list(
                    connection.exec_driver_sql("SELECT username FROM creditdesk_accounts").scalars()
                )
    except Exception:
        pass
    finally:
        engine.dispose()
    admin = _admin_engine()
    with admin.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        for member in members:
            connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{member}"')
        if prefix and groups:
            for group in ("admin", "clerk", "readonly", "owner", "accounts"):
                connection.exec_driver_sql(f'DROP OWNED BY "{prefix}_{group}"')
                connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{prefix}_{group}"')
    admin.dispose()


PASSWORDS = {"boss": "boss-secret-1", "clerk1": "clerk-secret-1", "leader1": "leader-secret-1"}
"""The passwords of the accounts in the ``role_office`` fixture (tests/shared/conftest.py)."""
