"""Project-wide fixtures: a fresh workspace per test on a fixed clock, and small factories.

The ``workspace`` fixture runs each test on SQLite and, when CREDITDESK_TEST_PG_URL names a
PostgreSQL server (``.ci/postgres.sh start`` sets it), again on a fresh PostgreSQL database
made from a migrated template. Tests about the SQLite file itself are marked ``sqlite_only``.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pg_databases import drop_database

from creditdesk.services.context import FixedClock, ServiceContext
from creditdesk.services.workspace import Workspace, open_workspace

# Property tests draw the same examples on every run and machine, so a failure reproduces and CI
# never turns red on a draw nobody can repeat; no example database is written into the tree.
settings.register_profile("creditdesk", derandomize=True, database=None, deadline=None)
settings.load_profile("creditdesk")

TODAY = dt.date(2026, 11, 22)
PG_URL = os.environ.get("CREDITDESK_TEST_PG_URL")
BACKENDS = ["sqlite", "postgresql"] if PG_URL else ["sqlite"]
# named after the test database, so parallel runs on one server do not drop each other's template
TEMPLATE = f"{PG_URL.rsplit('/', 1)[1]}_template" if PG_URL else "creditdesk_template"


def _admin_engine():  # type: ignore[no-untyped-def]
    from sqlalchemy import create_engine

    assert PG_URL is not None
    return create_engine(PG_URL, isolation_level="AUTOCOMMIT")


def _url_for(database: str) -> str:
    assert PG_URL is not None
    return PG_URL.rsplit("/", 1)[0] + "/" + database


@pytest.fixture(autouse=True)
def _no_sign_in_backoff_between_tests() -> None:
    """Each test starts with no failed sign-ins behind it (the back-off is per process)."""
    from creditdesk.services.db_accounts import BACKOFF

    BACKOFF.failures = 0


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """A PostgreSQL database migrated to head, copied for each test."""
    from creditdesk.services import schema

    admin = _admin_engine()
    with admin.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{TEMPLATE}" WITH (FORCE)')
        connection.exec_driver_sql(f'CREATE DATABASE "{TEMPLATE}"')
    schema.upgrade(_url_for(TEMPLATE))
    admin.dispose()
    yield TEMPLATE
    drop_database(TEMPLATE)


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest) -> Iterator[str | None]:
    """None for the workspace's own SQLite file, or the URL of a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield None
        return
    if request.node.get_closest_marker("sqlite_only"):
        pytest.skip("concerns the SQLite workspace file")
    template = request.getfixturevalue("pg_template")
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = _admin_engine()
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    admin.dispose()
    yield _url_for(name)
    drop_database(name, groups=False)


@pytest.fixture
def clock() -> FixedClock:
    """A clock stopped on a Sunday in the fourth quarter of 2026."""
    return FixedClock(dt.datetime.combine(TODAY, dt.time(9, 0)))


@pytest.fixture
def workspace(tmp_path: Path, clock: FixedClock, database_url: str | None) -> Iterator[Workspace]:
    """A new, empty workspace in its own folder (and database, on PostgreSQL)."""
    with open_workspace(
        tmp_path / "工作区", database_url=database_url, clock=clock, user="测试员"
    ) as opened:
        yield opened


@pytest.fixture
def ctx(workspace: Workspace) -> ServiceContext:
    """The service context of the fresh workspace."""
    return workspace.context
