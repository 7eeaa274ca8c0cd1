"""Exporting the summary: progress steps, cancel leaves nothing, files replaced only whole."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from creditdesk.cli_report import run
from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import UserError
from creditdesk.services.periods import Period
from creditdesk.services.progress import Cancelled
from creditdesk.services.report import build_report, export_report, write_report
from creditdesk.services.status import period_status
from creditdesk.services.workspace import open_workspace

TODAY = dt.date(2026, 11, 22)
QUARTER = Period.parse("2026Q3")


class Recorder:
    """Records each step; raises Cancelled at step ``cancel_at`` (as the dialog's button)."""

    def __init__(self, cancel_at: int | None = None) -> None:
        self.steps: list[tuple[int, int, str]] = []
        self.cancel_at = cancel_at

    def step(self, done: int, total: int, text: str = "") -> None:
        self.steps.append((done, total, text))
        if self.cancel_at is not None and len(self.steps) > self.cancel_at:
            raise Cancelled


def test_export_writes_pdf_and_xlsx_and_reports_each_step(
    generated: ServiceContext, tmp_path: Path
) -> None:
    progress = Recorder()
    pdf, xlsx = tmp_path / "通报.pdf", tmp_path / "通报.xlsx"
    report = export_report(generated, QUARTER, TODAY, pdf, xlsx, progress=progress)
    assert pdf.read_bytes().startswith(b"%PDF") and xlsx.read_bytes().startswith(b"PK")
    assert report.totals.as_dict() == period_status(generated, QUARTER, TODAY).totals.as_dict()
    done = [d for d, _, _ in progress.steps]
    assert {t for _, t, _ in progress.steps} == {7}  # figures, 3 charts, PDF, xlsx, write
    assert done == list(range(8)) and all(text for _, _, text in progress.steps)
    assert [p.name for p in tmp_path.iterdir()] and not list(tmp_path.glob(".*.part"))


@pytest.mark.parametrize("cancel_at", range(7))
def test_cancel_at_any_step_leaves_no_new_file_and_keeps_the_old_one(
    generated: ServiceContext, tmp_path: Path, cancel_at: int
) -> None:
    pdf, xlsx = tmp_path / "通报.pdf", tmp_path / "通报.xlsx"
    pdf.write_bytes(b"the report printed last week")
    with pytest.raises(Cancelled):
        export_report(generated, QUARTER, TODAY, pdf, xlsx, progress=Recorder(cancel_at))
    assert pdf.read_bytes() == b"the report printed last week"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["通报.pdf"]  # no xlsx, no temp files


def test_write_report_exports_the_report_previewed_with_its_own_steps(
    generated: ServiceContext, tmp_path: Path
) -> None:
    report = build_report(generated, QUARTER, TODAY, notes="预览后导出")
    progress = Recorder()
    write_report(report, tmp_path / "p.pdf", progress=progress)
    assert [d for d, _, _ in progress.steps] == list(range(6)) and progress.steps[-1][1] == 5
    assert "预览后导出" in "".join(PdfReader(tmp_path / "p.pdf").pages[-1].extract_text().split())
    assert [p.name for p in tmp_path.iterdir()] == ["p.pdf"]


def test_a_cancel_after_the_files_are_in_place_is_too_late_to_matter(
    generated: ServiceContext, tmp_path: Path
) -> None:
    progress = Recorder(cancel_at=7)  # the closing "完成" step
    export_report(
        generated, QUARTER, TODAY, tmp_path / "a.pdf", tmp_path / "a.xlsx", progress=progress
    )
    assert len(progress.steps) == 8 and (tmp_path / "a.xlsx").is_file()


def test_a_missing_output_folder_is_a_clear_error_and_writes_nothing(
    generated: ServiceContext, tmp_path: Path
) -> None:
    with pytest.raises(UserError, match="文件夹不存在"):
        export_report(generated, QUARTER, TODAY, tmp_path / "通报.pdf", tmp_path / "无" / "x.xlsx")
    assert not list(tmp_path.iterdir())


def _args(workspace: Path, **more: object) -> argparse.Namespace:
    values: dict[str, object] = {"workspace": str(workspace), "database": None, "xlsx": None}
    values.update(more)
    return argparse.Namespace(**values)


def test_cli_report_writes_the_files_and_prints_the_headline(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, xlsx = tmp_path / "2026Q3.pdf", tmp_path / "2026Q3.xlsx"
    code = run(_args(demo_dir, period="2026Q3", out=str(out), xlsx=str(xlsx), as_of=TODAY))
    assert code == 0
    with open_workspace(demo_dir, backup=False) as workspace:
        t = period_status(workspace.context, QUARTER, TODAY).totals
    printed = capsys.readouterr().out
    assert f"应报 {t.due}，按时 {t.received_on_time}" in printed and str(out) in printed
    first = "".join(PdfReader(out).pages[0].extract_text().split())
    assert "青禾县2026年第3季度社会信用体系建设工作进展情况通报" in first
    assert f"共有应报事项{t.due}项" in first and xlsx.is_file()


def test_cli_report_counts_as_of_today_without_an_as_of_option(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "q.pdf"
    assert run(_args(demo_dir, period="2026年第2季度", out=str(out))) == 0
    assert f"截至 {dt.date.today().isoformat()}" in capsys.readouterr().out and out.is_file()


def test_cli_report_refuses_an_unknown_period(demo_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="无法识别的期间：2026Q7"):
        run(_args(demo_dir, period="2026Q7", out=str(tmp_path / "x.pdf")))
    assert not (tmp_path / "x.pdf").exists()
