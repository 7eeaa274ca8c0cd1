"""The command line as scripts use it: demo, status JSON, backup/restore, clear errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from creditdesk.cli import main
from creditdesk.services.periods import Period
from creditdesk.services.status import period_status
from creditdesk.services.workspace import open_workspace


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "creditdesk", *args], capture_output=True, text=True, timeout=120
    )


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("cli") / "演示"
    assert main(["demo", str(directory), "--date", "2026-11-22"]) == 0
    return directory


def test_status_json_follows_the_contract_and_equals_the_service(demo_dir: Path) -> None:
    result = _run(
        "status",
        "--workspace",
        str(demo_dir),
        "--period",
        "2026Q3",
        "--as-of",
        "2026-11-22",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"period", "as_of", "totals", "units"}
    assert data["period"] == "2026Q3" and data["as_of"] == "2026-11-22"
    keys = {"due", "received_on_time", "received_late", "overdue", "not_yet_due"}
    assert set(data["totals"]) == keys
    assert all(set(u) == keys | {"unit"} for u in data["units"])
    totals = data["totals"]
    assert totals["due"] == sum(totals[k] for k in keys - {"due"})
    assert totals["due"] == sum(u["due"] for u in data["units"])
    with open_workspace(demo_dir, backup=False) as workspace:
        direct = period_status(
            workspace.context, Period.parse("2026Q3"), __import__("datetime").date(2026, 11, 22)
        )
    assert data == direct.as_contract()


def test_unknown_period_is_one_clear_line_and_status_1(demo_dir: Path) -> None:
    result = _run("status", "--workspace", str(demo_dir), "--period", "2026Q7")
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert "无法识别的期间" in result.stderr


def test_backup_then_restore_from_the_command_line(demo_dir: Path, tmp_path: Path) -> None:
    archive = tmp_path / "备份.zip"
    assert _run("backup", "--workspace", str(demo_dir), "--out", str(archive)).returncode == 0
    target = tmp_path / "恢复到这里"
    restored = _run("restore", str(archive), "--workspace", str(target))
    assert restored.returncode == 0, restored.stderr
    again = _run(
        "status",
        "--workspace",
        str(target),
        "--period",
        "2026Q3",
        "--as-of",
        "2026-11-22",
        "--json",
    )
    original = _run(
        "status",
        "--workspace",
        str(demo_dir),
        "--period",
        "2026Q3",
        "--as-of",
        "2026-11-22",
        "--json",
    )
    assert json.loads(again.stdout) == json.loads(original.stdout)


def test_demo_refuses_a_folder_that_is_not_empty(demo_dir: Path) -> None:
    result = _run("demo", str(demo_dir))
    assert result.returncode == 1
    assert "不是空的" in result.stderr


def test_report_and_notices_from_the_command_line(demo_dir: Path, tmp_path: Path) -> None:
    workspace = tmp_path / "副本"
    __import__("shutil").copytree(demo_dir, workspace)
    pdf, xlsx = tmp_path / "三季度通报.pdf", tmp_path / "三季度通报.xlsx"
    report = _run(
        "report",
        "--workspace",
        str(workspace),
        "--period",
        "2026Q3",
        "--as-of",
        "2026-11-22",
        "--out",
        str(pdf),
        "--xlsx",
        str(xlsx),
    )
    assert report.returncode == 0, report.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and xlsx.stat().st_size > 0
    status = json.loads(
        _run(
            "status",
            "--workspace",
            str(workspace),
            "--period",
            "2026Q3",
            "--as-of",
            "2026-11-22",
            "--json",
        ).stdout
    )
    assert f"应报 {status['totals']['due']}" in report.stdout
    out = tmp_path / "通知"
    notices = _run(
        "notices", "--workspace", str(workspace), "--as-of", "2026-11-22", "--out", str(out)
    )
    assert notices.returncode == 0, notices.stderr
    written = sorted(out.glob("*.pdf"))
    assert written and all("青信用办督〔2026〕" in p.name for p in written)


PLANS = Path(__file__).parents[1] / "data" / "plans"


def test_import_plan_dry_run_prints_the_contract_and_writes_nothing(tmp_path: Path) -> None:
    result = _run("import-plan", str(PLANS / "xiping-plan.docx"), "--dry-run", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"title", "year", "doc_number", "sections", "tasks"}
    assert data["tasks"][0]["lead_units"] == ["县发改委"]
    assert set(data["tasks"][0]) == {
        "label",
        "section",
        "title",
        "text",
        "lead_units",
        "responsible_units",
        "supporting_units",
        "deadline",
        "frequency",
        "metrics",
    }
    assert not any(tmp_path.iterdir())


def test_import_plan_reports_unresolved_names_and_blocks(demo_dir: Path, tmp_path: Path) -> None:
    workspace = tmp_path / "复制的演示"
    __import__("shutil").copytree(demo_dir, workspace)
    blocked = _run("import-plan", str(PLANS / "xiping-plan.txt"), "--workspace", str(workspace))
    assert blocked.returncode == 1
    assert "未对应：县住房管理中心" in blocked.stderr
    done = _run(
        "import-plan",
        str(PLANS / "xiping-plan.txt"),
        "--workspace",
        str(workspace),
        "--create-units",
    )
    assert done.returncode == 0, done.stderr
    assert "新增21项" in done.stdout


def test_import_plan_of_an_unreadable_file_is_one_line(tmp_path: Path) -> None:
    junk = tmp_path / "工作要点.docx"
    junk.write_bytes(b"not a word file at all")
    result = _run("import-plan", str(junk), "--dry-run", "--json")
    assert result.returncode != 0
    assert (
        result.stdout == "" and result.stderr.count("\n") == 1 and "工作要点.docx" in result.stderr
    )


def test_import_plan_accepts_suggestions_above_the_threshold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--accept-suggestions` takes 县公路局 → 宝丰县公路管理局; the unlikely 团县委 blocks."""
    from creditdesk.model import Unit

    workspace = tmp_path / "工作区"
    names = ("宝丰县发展和改革委员会", "宝丰县公路管理局", "宝丰县委文明办")
    with (
        open_workspace(workspace, backup=False) as opened,
        opened.context.session_factory.begin() as session,
    ):
        session.add_all(Unit(name=name) for name in names)
    plan = tmp_path / "工作要点.txt"
    plan.write_text(
        "宝丰县2026年社会信用体系建设工作要点\n\n一、信用信息归集\n"
        "（一）归集信息。每季度报送。（牵头单位：县发改委。责任单位：县公路局、团县委）\n",
        encoding="utf-8",
    )
    args = ["import-plan", str(plan), "--workspace", str(workspace), "--accept-suggestions"]
    assert main(args) == 1
    captured = capsys.readouterr()
    assert "采用建议：县公路局 → 宝丰县公路管理局" in captured.out
    assert "未对应：团县委" in captured.err and "县委文明办" not in captured.err
    assert main([*args, "--threshold", "99"]) == 1
    assert "未对应：县公路局" in capsys.readouterr().err


def test_notices_dry_run_says_which_numbers_it_would_take_and_writes_nothing(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy import func, select

    from creditdesk.model import Notice

    workspace = tmp_path / "复制的演示"
    __import__("shutil").copytree(demo_dir, workspace)
    before = sorted(p.name for p in workspace.rglob("*"))
    base = ["notices", "--workspace", str(workspace), "--as-of", "2026-11-22"]
    assert main([*base, "--dry-run"]) == 0
    planned = capsys.readouterr().out.splitlines()
    assert (
        planned[-1].startswith("将占用文号青信用办督〔2026〕4号至") and "未占用文号" in planned[-1]
    )
    assert sorted(p.name for p in workspace.rglob("*")) == before
    with (
        open_workspace(workspace, backup=False) as opened,
        opened.context.session_factory() as session,
    ):
        assert session.scalar(select(func.count(Notice.id))) == 3  # the demo's own
    assert main([*base, "--out", str(tmp_path / "通知")]) == 0
    issued = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[:2] for line in issued[: len(planned) - 1]] == [
        line.split("\t")[:2] for line in planned[:-1]
    ]


def test_help_and_usage_errors_are_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    """No "usage:", "options:" or "show this help message" left in English."""
    for args in (["--help"], ["status", "--help"], ["notices", "-h"]):
        with pytest.raises(SystemExit) as exited:
            main(args)
        assert exited.value.code == 0
        shown = capsys.readouterr().out
        assert shown.startswith("用法：creditdesk")
        assert "显示本帮助并退出" in shown
        for english in ("usage:", "options:", "show this help", "positional arguments"):
            assert english not in shown
    with pytest.raises(SystemExit) as exited:
        main(["status"])
    assert exited.value.code == 2
    assert "creditdesk status：错误：缺少必需的参数：--period" in capsys.readouterr().err
