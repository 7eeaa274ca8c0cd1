"""`creditdesk import-roster` and `export-roster` as ARCHITECTURE.md specifies them."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from creditdesk.cli import main
from creditdesk.services.roster import list_units
from creditdesk.services.workspace import open_workspace

DATA = Path(__file__).resolve().parents[1] / "data" / "roster"


def _unit_names(directory: Path) -> list[str]:
    with open_workspace(directory, backup=False) as workspace:
        return [u.name for u in list_units(workspace.context)]


def test_import_roster_dry_run_prints_the_preview_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = tmp_path / "ws"
    status = main(
        ["import-roster", str(DATA / "office_roster.xlsx"), "--workspace", str(ws), "--dry-run"]
    )
    out = capsys.readouterr().out
    assert status == 0
    assert "新增 6 个，修改 0 个，无变化 0 个" in out
    assert "县市场监督管理局" in out and "试运行" in out
    assert _unit_names(ws) == []


def test_import_roster_then_again_finds_everything_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = tmp_path / "ws"
    assert main(["import-roster", str(DATA / "roster_gbk.csv"), "--workspace", str(ws)]) == 0
    assert _unit_names(ws) == ["县发展和改革委员会", "县财政局", "县供电公司"]
    capsys.readouterr()
    assert main(["import-roster", str(DATA / "roster_gbk.csv"), "--workspace", str(ws)]) == 0
    assert "新增 0 个，修改 0 个，无变化 3 个" in capsys.readouterr().out


def test_import_roster_of_a_bad_file_prints_one_line_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = tmp_path / "ws"
    assert main(["import-roster", str(DATA / "word_renamed.xlsx"), "--workspace", str(ws)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "word_renamed.xlsx" in err
    assert _unit_names(ws) == []


def test_export_roster_writes_the_workbook(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = tmp_path / "ws"
    main(["import-roster", str(DATA / "office_roster.xlsx"), "--workspace", str(ws)])
    out = tmp_path / "名册.xlsx"
    assert main(["export-roster", "--workspace", str(ws), "--out", str(out)]) == 0
    assert "已导出 6 个单位" in capsys.readouterr().out
    sheet = load_workbook(out).active
    assert sheet is not None and sheet["A2"].value == "西平县发展和改革委员会"
    assert sheet["E2"].value == "13803960001"
