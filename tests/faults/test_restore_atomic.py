"""A restore that fails or is cut short leaves the old workspace or the restored one."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from sqlalchemy import select

from creditdesk.model import Unit
from creditdesk.services import restore_journal
from creditdesk.services.backups import BackupError, create_backup, restore_backup
from creditdesk.services.context import FixedClock
from creditdesk.services.schema import known_revisions
from creditdesk.services.workspace import open_workspace

NOW = dt.datetime(2026, 11, 22, 9, 0)
# journal written, old database and attachments aside, restored ones in, journal marked done
RENAMES = 6


def _names(directory: Path) -> list[str]:
    with (
        open_workspace(directory, clock=FixedClock(NOW), backup=False) as workspace,
        workspace.context.session_factory() as session,
    ):
        return list(session.scalars(select(Unit.name).order_by(Unit.id)))


@pytest.fixture
def prepared(tmp_path: Path) -> tuple[Path, Path]:
    """A workspace holding 现在的单位 and a stored file, and a backup holding only 备份的单位."""
    directory = tmp_path / "工作区"
    with open_workspace(directory, clock=FixedClock(NOW)) as workspace:
        with workspace.context.session_factory.begin() as session:
            session.add(Unit(name="备份的单位"))
        archive = create_backup(directory, NOW, tmp_path / "备份.zip")
        with workspace.context.session_factory.begin() as session:
            session.add(Unit(name="现在的单位"))
    (directory / "attachments" / "现在的附件").write_bytes(b"now")
    return directory, archive


def _failing_replace(fail_at: int) -> object:
    calls = [0]
    real = os.replace

    def replace(src: object, dst: object) -> None:
        calls[0] += 1
        if calls[0] == fail_at:
            raise PermissionError(13, "另一个程序正在使用此文件")
        real(src, dst)  # type: ignore[arg-type]

    return replace


def _leftovers(directory: Path) -> list[str]:
    return sorted(
        p.name
        for p in directory.iterdir()
        if p.name.startswith(".restore-") or p.name == restore_journal.JOURNAL
    )


@pytest.mark.parametrize("fail_at", range(1, RENAMES + 1))
def test_a_rename_failing_midway_puts_the_old_workspace_back(
    prepared: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, fail_at: int
) -> None:
    """A file held open (Windows) at any rename: the restore says so and nothing changed."""
    directory, archive = prepared
    monkeypatch.setattr(restore_journal.os, "replace", _failing_replace(fail_at))
    with pytest.raises(BackupError, match="恢复失败，工作区保持原样"):
        restore_backup(archive, directory, NOW, known_revisions())
    monkeypatch.undo()
    assert _leftovers(directory) == []
    assert _names(directory) == ["备份的单位", "现在的单位"]
    assert (directory / "attachments" / "现在的附件").read_bytes() == b"now"


@pytest.mark.parametrize("killed_at", range(1, RENAMES + 1))
def test_a_restore_killed_midway_is_rolled_back_on_the_next_start(
    prepared: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, killed_at: int
) -> None:
    """Killed between renames (no roll-back ran): the next start puts the old data back."""
    directory, archive = prepared
    monkeypatch.setattr(restore_journal.os, "replace", _failing_replace(killed_at))
    monkeypatch.setattr(restore_journal, "_roll_back", lambda *_: None)  # the process died
    monkeypatch.setattr(restore_journal.shutil, "rmtree", lambda *_, **__: None)
    with pytest.raises(BackupError):
        restore_backup(archive, directory, NOW, known_revisions())
    monkeypatch.undo()
    journalled = (directory / restore_journal.JOURNAL).exists()
    assert journalled == (killed_at > 1)  # the first rename puts the journal in place
    with open_workspace(directory, clock=FixedClock(NOW), backup=False) as workspace:
        told = ["上次恢复备份未完成（程序被中断），工作区已回到恢复前的状态。"]
        assert workspace.notes == (told if journalled else [])
    assert _leftovers(directory) == []
    assert _names(directory) == ["备份的单位", "现在的单位"]
    assert (directory / "attachments" / "现在的附件").read_bytes() == b"now"


def test_a_restore_killed_after_the_swap_is_finished_on_the_next_start(
    prepared: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed during the clean-up: the restored workspace stands and the clerk is told."""
    directory, archive = prepared

    def killed(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(restore_journal, "_finish", killed)
    monkeypatch.setattr("creditdesk.services.backups.shutil.rmtree", lambda *_, **__: None)
    with pytest.raises(KeyboardInterrupt):
        restore_backup(archive, directory, NOW, known_revisions())
    monkeypatch.undo()
    with open_workspace(directory, clock=FixedClock(NOW), backup=False) as workspace:
        assert workspace.notes == ["上次恢复备份在收尾时中断，已完成恢复。"]
    assert _leftovers(directory) == []
    assert _names(directory) == ["备份的单位"]
    assert not (directory / "attachments" / "现在的附件").exists()


def test_the_next_start_removes_what_killed_runs_left(tmp_path: Path) -> None:
    """A .restore-* folder, a database copy of a backup, half-written store files: all go."""
    directory = tmp_path / "工作区"
    open_workspace(directory, clock=FixedClock(NOW)).close()
    staging = directory / ".restore-abc123"
    (staging / "attachments").mkdir(parents=True)
    (staging / "creditdesk.sqlite3").write_bytes(b"half")
    left = [
        directory / ".creditdesk.sqlite3.0badc0de.part",
        directory / "attachments" / ".incoming.12345678.part",
        directory / "attachments" / "ab" / (".ab" + "0" * 62 + ".9abcdef0.part"),
        directory / "backups" / "auto" / ".creditdesk-20261122-090000.sqlite3.11111111.part",
    ]
    for path in left:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"half")
    kept = directory / "attachments" / "ab" / ("ab" + "0" * 62)
    kept.write_bytes(b"whole")
    with open_workspace(directory, clock=FixedClock(NOW), backup=False) as workspace:
        assert workspace.notes == []
    assert not staging.exists()
    assert not [path for path in left if path.exists()]
    assert kept.read_bytes() == b"whole"
