"""A shared office whose accounts are server roles: an admin, a clerk and a read-only leader."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from factories import add_units
from pg_databases import PASSWORDS, drop_database
from sqlalchemy import create_engine

from creditdesk.services.context import FixedClock
from creditdesk.services.users import add_user
from creditdesk.services.workspace import open_workspace

PG_URL = os.environ.get("CREDITDESK_TEST_PG_URL")
CLOCK = FixedClock(dt.datetime(2026, 11, 22, 9, 0))


@pytest.fixture
def role_office(tmp_path: Path) -> Iterator[str]:
    """A new shared database set up by the server's setup login: one admin, clerk, leader."""
    assert PG_URL is not None
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    name = f"r_{uuid.uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    url = PG_URL.rsplit("/", 1)[0] + "/" + name
    with open_workspace(tmp_path / "setup", database_url=url, clock=CLOCK, user="信息中心") as ws:
        add_user(ws.context, "boss", PASSWORDS["boss"], "admin", "李静")
        with ws.context.session_factory.begin() as session:
            add_units(session, "县税务局")
    with open_workspace(
        tmp_path / "boss", database_url=url, user="boss", password=PASSWORDS["boss"]
    ) as ws:
        add_user(ws.context, "clerk1", PASSWORDS["clerk1"], "clerk", "王芳")
        add_user(ws.context, "leader1", PASSWORDS["leader1"], "readonly", "张局长")
    yield url
    drop_database(name)
