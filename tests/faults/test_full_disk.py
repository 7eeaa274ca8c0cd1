"""A full disk never costs a good backup, and every command it stops says so in one line."""

from __future__ import annotations

import datetime as dt
import errno
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from creditdesk.cli import main
from creditdesk.services import backups
from creditdesk.services.backups import AUTO_KEEP, database_is_sound
from creditdesk.services.context import FixedClock
from creditdesk.services.workspace import open_workspace


def _open_at(directory: Path, minute: int) -> list[str]:
    with open_workspace(directory, clock=FixedClock(dt.datetime(2026, 11, 22, 9, minute))) as w:
        return w.notes


def _auto(directory: Path) -> list[Path]:
    return sorted((directory / "backups" / "auto").iterdir())


def _disk_full_after_half(source: Path, target: Path) -> None:
    target.write_bytes(source.read_bytes()[: source.stat().st_size // 2])
    raise OSError(errno.ENOSPC, "No space left on device")


def test_automatic_backups_on_a_full_disk_keep_every_good_snapshot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening on a full disk adds no half snapshot, prunes nothing, and still opens."""
    directory = tmp_path / "工作区"
    for minute in range(AUTO_KEEP + 1):
        _open_at(directory, minute)
    before = _auto(directory)
    assert len(before) == AUTO_KEEP
    monkeypatch.setattr(backups, "snapshot_database", _disk_full_after_half)
    for minute in range(20, 25):
        assert _open_at(directory, minute) == ["自动备份失败：磁盘空间不足"]
    assert _auto(directory) == before
    assert all(database_is_sound(path) for path in before)


def test_a_broken_snapshot_does_not_count_as_a_backup(tmp_path: Path) -> None:
    """A half-written snapshot from an older version goes; the good ones all stay."""
    directory = tmp_path / "工作区"
    for minute in range(AUTO_KEEP):
        _open_at(directory, minute)
    newest = _auto(directory)[-1]
    newest.write_bytes(newest.read_bytes()[:4096])
    _open_at(directory, 30)
    after = _auto(directory)
    assert newest not in after
    assert len(after) == AUTO_KEEP  # nine good ones kept plus the new one
    assert all(database_is_sound(path) for path in after)


def test_a_backup_on_a_full_disk_leaves_no_part_and_no_database_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`backup` stops with one line; no OUT.zip, no .part, no copy in temp or workspace."""
    directory = tmp_path / "工作区"
    _open_at(directory, 0)
    system_temp = tmp_path / "系统临时"
    system_temp.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(system_temp))
    real_write = zipfile.ZipFile.write

    def full(self: zipfile.ZipFile, filename: object, *args: object, **kwargs: object) -> None:
        real_write(self, filename, *args, **kwargs)  # type: ignore[arg-type]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "write", full)
    out = tmp_path / "外部" / "备份.zip"
    assert main(["backup", "--workspace", str(directory), "--out", str(out)]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "磁盘空间不足" in error
    assert list(out.parent.iterdir()) == []
    assert list(system_temp.iterdir()) == []
    assert not [p for p in directory.rglob("*") if p.name.endswith(".part")]


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 24 MB tmpfs (root on Linux only; skipped elsewhere)."""
    mount = tmp_path / "小磁盘"
    mount.mkdir()
    if sys.platform != "linux" or shutil.which("mount") is None:
        pytest.skip("needs Linux mount")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (not root?)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(disk: Path) -> None:
    with (disk / "填满.bin").open("wb") as filler:
        try:
            while True:
                filler.write(b"\0" * (1 << 16))
                filler.flush()
        except OSError as error:
            assert error.errno == errno.ENOSPC


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "creditdesk", *args], capture_output=True, text=True, timeout=180
    )


def test_every_command_on_a_really_full_disk_ends_in_one_line(
    small_disk: Path, tmp_path: Path
) -> None:
    """import-plan, import-roster, notices, backup, restore on a full disk: one line each."""
    directory = small_disk / "工作区"
    assert _cli("demo", str(directory), "--date", "2026-11-22").returncode == 0
    archive = tmp_path / "备份.zip"
    assert _cli("backup", "--workspace", str(directory), "--out", str(archive)).returncode == 0
    plan = tmp_path / "要点.txt"
    plan.write_text(
        "西平县2026年社会信用体系建设工作要点\n一、信用信息归集\n"
        "（一）新的任务。每季度报送。（牵头单位：县发改委）\n",
        encoding="utf-8",
    )
    roster = tmp_path / "名册.csv"
    roster.write_text("单位名称,联络员\n新单位甲,张三\n", encoding="utf-8")
    _fill(small_disk)
    workspace = ["--workspace", str(directory)]
    commands = {
        "import-plan": ["import-plan", str(plan), *workspace, "--create-units"],
        "import-roster": ["import-roster", str(roster), *workspace],
        "notices": [
            "notices",
            *workspace,
            "--as-of",
            "2026-11-22",
            "--out",
            str(small_disk / "通知"),
        ],
        "backup": ["backup", *workspace],
        "restore": ["restore", str(archive), *workspace],
    }
    for name, args in commands.items():
        done = _cli(*args)
        assert done.returncode == 1, (name, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr, (name, done.stderr)
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and "磁盘空间不足" in lines[-1], (name, done.stderr)
    (small_disk / "填满.bin").unlink()
    assert database_is_sound(directory / "creditdesk.sqlite3")
    assert not [p for p in directory.rglob("*.part")]
    assert not [p for p in directory.iterdir() if p.name.startswith(".restore-")]


def test_a_database_full_during_an_import_ends_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """SQLite's "database or disk is full", wrapped by SQLAlchemy: one line, no traceback."""
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from creditdesk.services import plan_import

    def full(*_: object, **__: object) -> None:
        cause = sqlite3.OperationalError("database or disk is full")
        raise OperationalError("INSERT INTO plan_node ...", {}, cause)

    monkeypatch.setattr(plan_import, "apply_import", full)
    plan = tmp_path / "要点.txt"
    plan.write_text("2026年工作要点\n一、归集\n（一）任务。每季度报送。（牵头单位：县发改委）\n")
    workspace = str(tmp_path / "工作区")
    code = main(["import-plan", str(plan), "--workspace", workspace, "--create-units"])
    error = capsys.readouterr().err
    assert code == 1 and error.count("\n") == 1 and "磁盘空间不足" in error
