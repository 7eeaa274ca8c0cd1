"""Alembic environment for CreditDesk: runs on the connection the program hands in.

The program calls Alembic through ``creditdesk.services.schema``; it puts an open connection
into ``config.attributes["connection"]`` so migrations run inside the program's transaction.
"""

from __future__ import annotations

from alembic import context

from creditdesk.model import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("CreditDesk migrations run only through creditdesk.services.schema")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
