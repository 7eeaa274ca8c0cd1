"""The register of summaries issued: `report --notes FILE --issue`, then `--reprint N`."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from creditdesk.cli import main
from creditdesk.services.context import ServiceContext
from creditdesk.services.report_register import issued_reports

NOTES = "请各单位于12月5日前补报逾期材料。\n各乡镇要明确专人负责信用信息报送。\n"


def _text(path: Path) -> str:
    return "".join("".join(p.extract_text().split()) for p in PdfReader(path).pages)


@pytest.fixture
def workspace(generated: ServiceContext, tmp_path: Path) -> Path:
    assert generated.attachments_dir is not None
    source = generated.attachments_dir.parent
    target = tmp_path / "工作区"
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("backups", "*.lock"))
    return target


def _report(workspace: Path, out: Path, *extra: str) -> int:
    return main(
        ["report", "--workspace", str(workspace), "--period", "2026Q3", "--out", str(out),
         "--as-of", "2026-11-22", *extra]
    )  # fmt: skip


def test_an_issued_summary_carries_its_number_and_notes_and_reprints_as_issued(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "要求.txt"
    notes.write_text(NOTES, encoding="utf-8-sig")
    first, second = tmp_path / "一.pdf", tmp_path / "二.pdf"
    assert _report(workspace, first, "--notes", str(notes), "--issue") == 0
    assert _report(workspace, second, "--issue") == 0
    assert "已登记：2026年第2期" in capsys.readouterr().out
    text = _text(first)
    assert "（2026年第1期）" in text and "有关要求" in text
    assert "各乡镇要明确专人负责信用信息报送。" in text
    notes.write_text("改过的要求。", encoding="utf-8")  # the register keeps what was issued
    again = tmp_path / "重印.pdf"
    assert main(["report", "--workspace", str(workspace), "--period", "2026Q3",
                 "--out", str(again), "--reprint", "1"]) == 0  # fmt: skip
    reprinted = _text(again)
    assert "（2026年第1期）" in reprinted and "各乡镇要明确专人负责信用信息报送。" in reprinted
    assert re.sub(r"—\d+—", "", reprinted) == re.sub(r"—\d+—", "", text)


def test_reprinting_a_number_never_issued_is_a_message(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _report(workspace, tmp_path / "x.pdf", "--reprint", "7") != 0
    assert "登记簿中没有2026年第7期季度通报" in capsys.readouterr().err


def test_register_lists_the_years_summaries_in_number_order(
    workspace: Path, tmp_path: Path
) -> None:
    from creditdesk.services.workspace import open_workspace

    for name in ("a", "b"):
        assert _report(workspace, tmp_path / f"{name}.pdf", "--issue") == 0
    with open_workspace(workspace, backup=False) as opened:
        entries = issued_reports(opened.context, 2026)
    assert [e.number for e in entries] == ["2026年第1期", "2026年第2期"]
    assert {e.period_code for e in entries} == {"2026Q3"}
    assert PdfReader(io.BytesIO((tmp_path / "b.pdf").read_bytes())).pages


def test_criticism_threshold_and_copy_line_come_from_the_office_settings(
    workspace: Path,
) -> None:
    import dataclasses
    import datetime as dt

    from creditdesk.services.periods import Period
    from creditdesk.services.report import build_report
    from creditdesk.services.settings import load_settings, save_settings
    from creditdesk.services.workspace import open_workspace

    with open_workspace(workspace, backup=False) as opened:
        ctx = opened.context
        settings = load_settings(ctx)
        assert settings.report_criticise_overdue == 3  # the default
        save_settings(
            ctx, dataclasses.replace(settings, report_criticise_overdue=1, report_copy_to="县委办")
        )
        report = build_report(ctx, Period.parse("2026Q3"), dt.date(2026, 11, 22))
    behind = {u.unit for u in report.units if u.figures.overdue}
    assert {unit for unit, _ in report.criticised} == behind
    assert "逾期未报事项达到1项及以上" in report.criticism_text()
    assert report.copy_to == "县委办"
