"""The schema revision this program writes, known without importing Alembic.

Opening an up-to-date workspace only compares the newest revision in database/versions with
the database's stamp; Alembic (a sixth of a second to import) loads only when a workspace
needs upgrading or is new. tests/database/test_migrations.py checks the result against
Alembic's head.
"""

from __future__ import annotations

import re
from functools import cache

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError, ProgrammingError

from creditdesk.paths import migrations_dir

_REVISION = re.compile(r"^revision(?::\s*str)?\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN = re.compile(r"^down_revision(?::[^=]+)?=\s*[\"']([^\"']+)[\"']", re.MULTILINE)


@cache
def schema_head() -> str:
    """The revision no other revision builds on (read from the files, not through Alembic)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (migrations_dir() / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        revision = _REVISION.search(text)
        if revision:
            revisions.add(revision.group(1))
        down = _DOWN.search(text)
        if down:
            parents.add(down.group(1))
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"database/versions must have exactly one head, found {sorted(heads)}")
    return heads.pop()


def stamped_revision(engine: Engine) -> str | None:
    """The revision in alembic_version, read with plain SQL; None if there is none."""
    try:
        with engine.connect() as connection:
            value = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    except (OperationalError, ProgrammingError):
        return None
    return None if value is None else str(value)
