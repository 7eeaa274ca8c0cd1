"""``creditdesk notices``: one PDF per overdue unit of the demo office, after its register."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest

from creditdesk.cli_notices import run
from creditdesk.services.demo import build_demo
from creditdesk.services.notices import list_notices
from creditdesk.services.workspace import open_workspace

TODAY = dt.date(2026, 11, 22)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("demo") / "演示"
    build_demo(directory, TODAY)
    return directory


def _args(workspace: Path, out: Path, as_of: dt.date | None = TODAY) -> argparse.Namespace:
    return argparse.Namespace(workspace=str(workspace), database=None, as_of=as_of, out=str(out))


def test_cli_issues_one_pdf_per_overdue_unit_numbered_after_the_demo_register(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "通知"
    assert run(_args(demo_dir, out)) == 0
    printed = capsys.readouterr().out
    files = sorted(out.glob("*.pdf"), key=lambda p: int(re.findall(r"〕(\d+)号", p.name)[0]))
    assert len(files) >= 10
    # the demo register holds 〔2026〕1–3号; the batch continues without a gap
    numbers = [int(re.findall(r"〕(\d+)号", p.name)[0]) for p in files]
    assert numbers == list(range(4, 4 + len(files)))
    first = files[0]
    match = re.fullmatch(r"青信用办督〔2026〕4号-(.+)\.pdf", first.name)
    assert match is not None
    unit = match.group(1)
    assert f"青信用办督〔2026〕4号\t{unit}" in printed
    text = subprocess.run(
        ["pdftotext", str(first), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = re.sub(r"\s+", "", text)
    assert unit + "：" in flat and "青信用办督〔2026〕4号" in flat and "2026年11月22日" in flat
    with open_workspace(demo_dir, backup=False) as workspace:
        register = list_notices(workspace.context)
    assert {row.number for row in register} >= {p.name.split("-")[0] for p in files}


def test_cli_says_so_when_nothing_is_overdue(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(_args(demo_dir, tmp_path / "早", dt.date(2025, 1, 2))) == 0
    assert "没有逾期未报的事项" in capsys.readouterr().out
    assert not (tmp_path / "早").exists()
