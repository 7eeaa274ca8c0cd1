"""Opening, locking, backing up and restoring a workspace folder."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from creditdesk.model import Unit
from creditdesk.services.backups import (
    AUTO_KEEP,
    BackupError,
    create_backup,
    restore_backup,
    verify_backup,
)
from creditdesk.services.context import FixedClock
from creditdesk.services.schema import known_revisions
from creditdesk.services.workspace import Workspace, WorkspaceLockedError, open_workspace


def _add_unit(workspace: Workspace, name: str) -> None:
    with workspace.context.session_factory.begin() as session:
        session.add(Unit(name=name))


def _unit_names(workspace: Workspace) -> list[str]:
    with workspace.context.session_factory() as session:
        return list(session.scalars(select(Unit.name).order_by(Unit.id)))


@pytest.mark.sqlite_only
def test_new_workspace_uses_wal_and_foreign_keys(workspace: Workspace) -> None:
    with workspace.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert (workspace.directory / "attachments").is_dir()
    assert (workspace.directory / "backups").is_dir()


def test_second_program_is_told_who_holds_the_workspace(tmp_path: Path) -> None:
    directory = tmp_path / "共享文件夹"
    with open_workspace(directory, user="张明"):
        code = (
            "import sys; from pathlib import Path\n"
            "from creditdesk.services.workspace import open_workspace\n"
            "from creditdesk.services.errors import UserError\n"
            "try:\n"
            f"    open_workspace(Path({str(directory)!r}))\n"
            "except UserError as e:\n"
            "    print(e); sys.exit(3)\n"
        )
        other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert other.returncode == 3
        assert "张明" in other.stdout and "正被" in other.stdout
        with pytest.raises(WorkspaceLockedError) as raised:
            open_workspace(directory)
        assert raised.value.owner is not None and raised.value.owner.user == "张明"
    with open_workspace(directory):  # released on close
        pass


def test_lock_of_a_crashed_program_does_not_block(tmp_path: Path) -> None:
    """The operating system frees the lock when the holder dies; a stale record is ignored."""
    directory = tmp_path / "崩溃"
    code = (
        "import os; from pathlib import Path\n"
        "from creditdesk.services.workspace import open_workspace\n"
        f"w = open_workspace(Path({str(directory)!r}))\n"
        "os._exit(9)\n"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 9
    assert (directory / "creditdesk.lock.json").exists()
    with open_workspace(directory):
        pass


def test_each_open_makes_a_rotating_backup(tmp_path: Path) -> None:
    directory = tmp_path / "轮换"
    for minute in range(AUTO_KEEP + 3):
        clock = FixedClock(dt.datetime(2026, 11, 22, 9, minute))
        with open_workspace(directory, clock=clock) as workspace:
            _add_unit(workspace, f"单位{minute}")
    backups = sorted((directory / "backups" / "auto").glob("*.sqlite3"))
    assert len(backups) == AUTO_KEEP
    assert backups[-1].name == "creditdesk-20261122-091200.sqlite3"


@pytest.mark.sqlite_only
def test_backup_and_restore_bring_back_data_and_attachments(
    workspace: Workspace, clock: FixedClock
) -> None:
    _add_unit(workspace, "县税务局")
    stored = workspace.directory / "attachments" / "ab" / ("ab" + "0" * 62)
    stored.parent.mkdir(parents=True)
    stored.write_bytes("三季度报告".encode())
    archive = create_backup(workspace.directory, clock.now())
    _add_unit(workspace, "后来加的单位")
    stored.unlink()
    directory = workspace.directory
    workspace.close()
    kept = restore_backup(archive, directory, clock.now(), known_revisions())
    with open_workspace(directory) as reopened:
        assert _unit_names(reopened) == ["县税务局"]
    assert stored.read_bytes() == "三季度报告".encode()
    assert (kept / "creditdesk.sqlite3").exists()  # what was replaced is kept


def _rewrite(archive: Path, target: Path, change: dict[str, bytes | None]) -> Path:
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(target, "w") as dst:
        for name in src.namelist():
            data = change.get(name, src.read(name))
            if data is not None:
                dst.writestr(name, data)
    return target


@pytest.mark.sqlite_only
def test_corrupted_backups_are_refused_and_change_nothing(
    workspace: Workspace, clock: FixedClock, tmp_path: Path
) -> None:
    _add_unit(workspace, "县税务局")
    archive = create_backup(workspace.directory, clock.now())
    _add_unit(workspace, "现在的单位")
    db = (workspace.directory / "creditdesk.sqlite3").read_bytes()
    good = zipfile.ZipFile(archive).read("creditdesk.sqlite3")
    flipped = bytearray(good)
    flipped[len(flipped) // 2] ^= 0xFF
    manifest = json.loads(zipfile.ZipFile(archive).read("manifest.json"))
    truncated = good[: len(good) // 2]  # a copy cut off midway: pages missing
    manifest["files"]["creditdesk.sqlite3"] = hashlib.sha256(truncated).hexdigest()
    bad_archives = {
        "校验值不符": _rewrite(archive, tmp_path / "a.zip", {"creditdesk.sqlite3": bytes(flipped)}),
        "缺少清单": _rewrite(archive, tmp_path / "b.zip", {"manifest.json": None}),
        "不是有效的备份压缩包": tmp_path / "c.zip",
    }
    (tmp_path / "c.zip").write_bytes(b"PK\x03\x04 not really a zip")
    bad_db = _rewrite(
        archive,
        tmp_path / "d.zip",
        {"creditdesk.sqlite3": truncated, "manifest.json": json.dumps(manifest).encode()},
    )
    for expected, bad in bad_archives.items():
        with pytest.raises(BackupError, match=expected):
            verify_backup(bad, known_revisions())
    with pytest.raises(BackupError, match="未恢复"):
        restore_backup(bad_db, workspace.directory, clock.now(), known_revisions())
    assert (workspace.directory / "creditdesk.sqlite3").read_bytes() == db
    assert _unit_names(workspace) == ["县税务局", "现在的单位"]
