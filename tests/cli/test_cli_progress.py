"""``creditdesk progress-sheets`` and ``import-progress`` on the demo office."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from creditdesk.cli import main
from creditdesk.model import Attachment
from creditdesk.services.workspace import open_workspace


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("cli") / "演示"
    assert main(["demo", str(directory), "--date", "2026-11-22"]) == 0
    return directory


def _attachments(workspace: Path) -> int:
    with open_workspace(workspace, backup=False) as opened, opened.context.session_factory() as s:
        return s.scalar(select(func.count(Attachment.id))) or 0


def test_sheets_out_for_every_unit_then_two_back_in_with_their_files(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = tmp_path / "演示副本"
    shutil.copytree(demo_dir, workspace)
    out = tmp_path / "进展情况表"
    base = ["--workspace", str(workspace), "--period", "2026Q3"]
    assert main(["progress-sheets", *base, "--out", str(out)]) == 0
    printed = capsys.readouterr().out.splitlines()
    written = sorted(out.iterdir())
    assert printed[-1].startswith(f"已为{len(written)}个单位生成2026年第3季度进展情况表")
    assert len(written) > 10
    two = written[:2]
    for path in two:
        wb = load_workbook(path)
        ws = wb.active
        assert ws is not None
        ws["F4"] = "已按要求完成。"
        wb.save(path)
    before = _attachments(workspace)
    assert main(["import-progress", *base, *map(str, two), "--dry-run"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "试运行：未写入任何数据。"
    assert _attachments(workspace) == before
    assert main(["import-progress", *base, *map(str, two)]) == 0
    assert "已登记报送材料2条" in capsys.readouterr().out
    assert _attachments(workspace) == before + 2


def test_a_folder_with_a_sheet_of_no_known_unit_is_refused_naming_the_file(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "退回"
    folder.mkdir()
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "不认识的单位"
    ws.append(["序号", "工作任务", "进展情况"])
    ws.append([1, "某项工作", "已完成"])
    wb.save(folder / "来历不明.xlsx")
    args = ["import-progress", "--workspace", str(demo_dir), "--period", "2026Q3", str(folder)]
    assert main(args) == 1
    assert "来历不明.xlsx" in capsys.readouterr().err
