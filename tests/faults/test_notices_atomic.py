"""A `notices` run that cannot write its PDFs numbers and registers nothing."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from creditdesk import atomic_files
from creditdesk.cli import main
from creditdesk.model import Notice, Unit
from creditdesk.services.notice_letters import pdf_file_name
from creditdesk.services.workspace import open_workspace


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("notices") / "演示"
    assert main(["demo", str(directory), "--date", "2026-11-22"]) == 0
    return directory


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    directory = tmp_path / "演示"
    shutil.copytree(demo_template, directory)
    return directory


def _register(directory: Path) -> tuple[int, int]:
    """(notices registered, highest number) in the workspace."""
    with (
        open_workspace(directory, backup=False) as workspace,
        workspace.context.session_factory() as session,
    ):
        count = session.scalar(select(func.count(Notice.id))) or 0
        return count, session.scalar(select(func.max(Notice.seq))) or 0


def _notices(directory: Path, out: Path) -> int:
    args = ["notices", "--workspace", str(directory), "--as-of", "2026-11-22", "--out", str(out)]
    return main(args)


def test_an_unwritable_output_folder_registers_nothing_and_a_retry_numbers_from_the_start(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Out is a file, not a folder: exit 1 with one line, no numbers burnt; then it works."""
    before = _register(demo)
    blocked = tmp_path / "不是文件夹"
    blocked.write_text("")
    assert _notices(demo, blocked) == 1
    assert capsys.readouterr().err.count("\n") == 1
    assert _register(demo) == before
    out = tmp_path / "通知"
    assert _notices(demo, out) == 0
    count, highest = _register(demo)
    assert highest == before[1] + count - before[0]  # no number skipped
    assert len(list(out.glob("*.pdf"))) == count - before[0]


def test_a_disk_filling_up_midway_removes_the_written_pdfs_and_registers_nothing(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The third PDF hits a full disk: the first two are removed, no notice is registered."""
    before = _register(demo)
    stored = sorted((demo / "attachments").rglob("*"))
    real = atomic_files.write_bytes
    calls = [0]

    def fills_up(target: Path, data: bytes) -> None:
        calls[0] += 1
        if calls[0] == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(target, data)

    monkeypatch.setattr(atomic_files, "write_bytes", fills_up)
    out = tmp_path / "通知"
    assert _notices(demo, out) == 1
    error = capsys.readouterr().err
    assert "磁盘空间不足" in error and "未编号" in error and error.count("\n") == 1
    assert list(out.iterdir()) == []
    assert _register(demo) == before
    assert sorted((demo / "attachments").rglob("*")) == stored


def test_any_unit_name_gives_a_short_safe_file_name(demo: Path, tmp_path: Path) -> None:
    """A 300-character name with separators and control characters still gets its PDF."""
    hostile = "../青禾县\\某/单位:*?\x07" + "很长的名称" * 60 + ". "
    with (
        open_workspace(demo, backup=False) as workspace,
        workspace.context.session_factory.begin() as session,
    ):
        session.execute(update(Unit).where(Unit.id == 1).values(name=hostile))
    name = pdf_file_name("青信用办督〔2026〕1号", hostile)
    assert len(name.encode("utf-8")) <= 200
    assert not set(name) & set('/\\:*?"<>|\x07') and not name.startswith(".")
    out = tmp_path / "通知"
    assert _notices(demo, out) == 0
    assert {p.parent for p in out.rglob("*.pdf")} == {out}
    assert [p for p in out.iterdir() if "很长的名称" in p.name]
