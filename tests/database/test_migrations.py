"""The schema comes only from migrations, upgrades keep data, and failures change nothing."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select

from creditdesk.model import Base, Submission, Unit
from creditdesk.services import schema
from creditdesk.services.backups import BACKUPS_DIR, DB_FILE
from creditdesk.services.context import FixedClock
from creditdesk.services.database import make_engine
from creditdesk.services.schema import SchemaError, WorkspaceTooNewError
from creditdesk.services.settings import load_settings
from creditdesk.services.workspace import open_workspace, sqlite_url

OLD_WORKSPACES = sorted(
    (Path(__file__).parents[1] / "data" / "workspaces").glob("schema-*.sqlite3")
)


def _revision(db: Path) -> str:
    return str(sqlite3.connect(db).execute("SELECT version_num FROM alembic_version").fetchone()[0])


def test_migrations_from_empty_build_exactly_the_models(tmp_path: Path) -> None:
    """The models and the revisions agree: no table or column exists only in one of them."""
    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    schema.upgrade(url)
    engine = make_engine(url)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert diff == []


def test_the_quick_head_reading_agrees_with_alembic() -> None:
    """Start-up skips Alembic when the stamp equals schema_head(); it must be the real head."""
    assert schema.schema_head() == schema.head_revision()


def test_opening_an_up_to_date_workspace_does_not_import_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    with open_workspace(tmp_path / "ws"):
        pass
    code = (
        "import sys; from pathlib import Path\n"
        "from creditdesk.services.workspace import open_workspace\n"
        f"open_workspace(Path({str(tmp_path / 'ws')!r})).close()\n"
        "print('alembic' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_latest_revision_downgrades_and_upgrades_again(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    schema.upgrade(url)
    head = schema.head_revision()
    script_previous = schema.alembic_config()
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(script_previous)
    # step down until a revision's changes show on SQLite (some only concern PostgreSQL)
    revision, diff = head, []
    while not diff:
        previous = script.get_revision(revision).down_revision
        assert isinstance(previous, str), "no revision changes the SQLite schema"
        schema.downgrade(url, previous)
        engine = make_engine(url)
        assert schema.current_revision(engine) == previous
        with engine.connect() as connection:  # that revision's changes are gone
            diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        engine.dispose()
        revision = previous
    schema.upgrade(url)
    engine = make_engine(url)
    assert schema.current_revision(engine) == head
    engine.dispose()


@pytest.mark.parametrize("old", OLD_WORKSPACES, ids=lambda p: p.stem)
def test_opening_an_older_workspace_backs_it_up_then_upgrades_keeping_values(
    old: Path, tmp_path: Path, clock: FixedClock
) -> None:
    directory = tmp_path / "旧工作区"
    directory.mkdir()
    shutil.copy(old, directory / DB_FILE)
    old_revision = _revision(directory / DB_FILE)
    with open_workspace(directory, clock=clock) as workspace:
        engine = make_engine(workspace.url)
        assert schema.current_revision(engine) == schema.head_revision()
        engine.dispose()
        settings = load_settings(workspace.context)
        assert (settings.place_name, settings.doc_prefix, settings.version) == (
            "西平县",
            "西信用办督",
            2,
        )
        with workspace.context.session_factory() as session:
            unit = session.scalars(select(Unit)).one()
            assert (unit.name, unit.mobile, unit.version) == ("西平县税务局", "13803960001", 3)
            assert [a.name for a in unit.aliases] == ["县税务局"]
            submission = session.scalars(select(Submission)).one()
            assert (submission.review_state, str(submission.received_on)) == (
                "accepted",
                "2024-10-10",
            )
    backups = list((directory / BACKUPS_DIR / "auto").glob("*.sqlite3"))
    assert len(backups) == 1
    assert _revision(backups[0]) == old_revision


def test_a_workspace_from_a_newer_program_is_refused_untouched(tmp_path: Path) -> None:
    directory = tmp_path / "新版本工作区"
    with open_workspace(directory):
        pass
    db = directory / DB_FILE
    connection = sqlite3.connect(db)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()
    before = db.read_bytes()
    with pytest.raises(WorkspaceTooNewError, match="更新版本"):
        open_workspace(directory)
    assert db.read_bytes() == before
    # the refused open released its lock: the folder can be opened once the program is updated
    connection = sqlite3.connect(db)
    connection.execute(f"UPDATE alembic_version SET version_num = '{schema.head_revision()}'")
    connection.commit()
    connection.close()
    with open_workspace(directory):
        pass


def test_a_failing_upgrade_rolls_back_completely(tmp_path: Path) -> None:
    """Nothing opens half-migrated: an upgrade that fails midway leaves the old schema."""
    directory = tmp_path / "升级失败"
    directory.mkdir()
    db = directory / DB_FILE
    shutil.copy(OLD_WORKSPACES[0], db)
    connection = sqlite3.connect(db)
    # a stray table in the way of the next revision makes it fail
    connection.execute("CREATE TABLE clerk_state (x INTEGER)")
    connection.commit()
    connection.close()
    with pytest.raises(SchemaError, match="已全部回滚"):
        open_workspace(directory)
    assert _revision(db) == "0001"
    rows = sqlite3.connect(db).execute("SELECT name FROM unit").fetchall()
    assert rows == [("西平县税务局",)]


def test_a_database_that_is_not_a_workspace_is_refused(tmp_path: Path) -> None:
    directory = tmp_path / "别的数据库"
    directory.mkdir()
    connection = sqlite3.connect(directory / DB_FILE)
    connection.execute("CREATE TABLE customers (id INTEGER)")
    connection.commit()
    connection.close()
    with pytest.raises(SchemaError, match="不是 CreditDesk 工作区"):
        open_workspace(directory)


def test_sqlite_url_handles_chinese_and_spaces(tmp_path: Path) -> None:
    directory = tmp_path / "信用 办"
    with open_workspace(directory) as workspace:
        assert workspace.url == sqlite_url(directory)
        assert (directory / DB_FILE).exists()
