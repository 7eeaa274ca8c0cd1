"""Progress sheets for many units at once: one file per unit out, many returned files in."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from factories import add_plan, add_task, add_units
from openpyxl import load_workbook
from sqlalchemy import func, select

from creditdesk.model import Attachment, AuditEntry, Submission, Unit
from creditdesk.services.attachments import stored_path
from creditdesk.services.context import ServiceContext
from creditdesk.services.due_rules import DueRule
from creditdesk.services.errors import UserError
from creditdesk.services.obligations import regenerate
from creditdesk.services.periods import Period
from creditdesk.services.progress_batch import (
    log_returned_sheets,
    preview_returned_sheets,
    send_blank_sheets,
)
from creditdesk.services.progress_sheets import undo_progress_import

Q3 = Period.parse("2024Q3")
UNITS = ("县发改委", "县财政局", "县/市场监管局", "县档案馆")
"""The third name holds a slash, which a file name cannot; the fourth owes nothing."""


def _office(ctx: ServiceContext) -> dict[str, int]:
    with ctx.session_factory.begin() as session:
        units = {u.name: u for u in add_units(session, *UNITS)}
        _, section = add_plan(session, 2024)
        owing = [units[n] for n in UNITS[:3]]
        for title in ("归集报送双公示信息", "开展信用承诺"):
            add_task(
                session, section, title, "quarterly", DueRule("after_period_end", n=5),
                responsible=owing,
            )  # fmt: skip
        regenerate(session)
        return {name: unit.id for name, unit in units.items()}


def _fill(path: Path, *answers: str) -> Path:
    wb = load_workbook(path)
    ws = wb.active
    assert ws is not None
    for row, answer in enumerate(answers, start=4):
        ws.cell(row=row, column=6, value=answer)
    wb.save(path)
    return path


def _count(ctx: ServiceContext, model: type[Submission] | type[AuditEntry]) -> int:
    with ctx.session_factory() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_sending_to_every_unit_writes_one_named_sheet_per_owing_unit(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    _office(ctx)
    steps: list[tuple[int, int]] = []

    class Recorder:
        def step(self, done: int, total: int, text: str = "") -> None:
            steps.append((done, total))

    result = send_blank_sheets(ctx, Q3, tmp_path / "out", progress=Recorder())
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == [
        "县_市场监管局2024年第3季度进展情况表.xlsx",
        "县发改委2024年第3季度进展情况表.xlsx",
        "县财政局2024年第3季度进展情况表.xlsx",
    ]
    for sent in result.written:
        ws = load_workbook(sent.path).active
        assert ws is not None
        assert ws["A2"].value.startswith(f"填报单位：{sent.unit_name}")
        assert [ws.cell(row=r, column=3).value for r in (4, 5)] == [
            "归集报送双公示信息", "开展信用承诺",
        ]  # fmt: skip
    assert result.owing_nothing == ("县档案馆",)
    assert "已为3个单位生成" in result.summary() and "县档案馆本期没有应报事项" in result.summary()
    assert steps[-1] == (4, 4)


def test_sending_to_a_selection_writes_only_those_units(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    units = _office(ctx)
    result = send_blank_sheets(ctx, Q3, tmp_path / "out", [units["县财政局"]])
    assert [s.unit_name for s in result.written] == ["县财政局"]
    assert [p.name for p in (tmp_path / "out").iterdir()] == [
        "县财政局2024年第3季度进展情况表.xlsx"
    ]


def test_many_returned_files_become_submissions_each_keeping_its_file(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    units = _office(ctx)
    sent = send_blank_sheets(ctx, Q3, tmp_path / "out")
    returned = [_fill(s.path, f"{s.unit_name}已归集", f"{s.unit_name}已承诺") for s in sent.written]
    batch = preview_returned_sheets(ctx, [tmp_path / "out"], Q3)  # the folder
    assert batch.rows == 6 and len(batch.files) == 3
    result = log_returned_sheets(ctx, batch, dt.date(2024, 10, 9))
    assert len(result.submission_ids) == 6
    with ctx.session_factory() as session:
        rows = session.execute(
            select(Unit.name, Submission.notes, Attachment.original_name, Attachment.sha256)
            .join(Submission, Submission.unit_id == Unit.id)
            .join(Attachment, Attachment.submission_id == Submission.id)
            .order_by(Submission.id)
        ).all()
    assert len(rows) == 6
    for name, notes, file_name, sha in rows:
        assert notes.startswith(name) and file_name.startswith(name.replace("/", "_"))
        assert ctx.attachments_dir is not None
        stored = stored_path(ctx.attachments_dir, sha).read_bytes()
        assert stored == next(p for p in returned if p.name == file_name).read_bytes()
    assert {r[0] for r in rows} == {"县发改委", "县财政局", "县/市场监管局"}
    assert units  # the office was built
    undo_progress_import(ctx, result)
    assert _count(ctx, Submission) == 0


def test_one_bad_file_stops_the_batch_naming_file_and_row_and_logs_nothing(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    _office(ctx)
    sent = send_blank_sheets(ctx, Q3, tmp_path / "out")
    good = [_fill(s.path, "已完成", "已完成") for s in sent.written[:2]]
    bad = sent.written[2].path
    wb = load_workbook(bad)
    ws = wb.active
    assert ws is not None
    ws.append([3, "", "自行增加的工作", "", "", "做了很多工作"])
    wb.save(bad)
    broken = tmp_path / "损坏.xlsx"
    broken.write_bytes(b"not a workbook")
    audit_before = _count(ctx, AuditEntry)
    with pytest.raises(UserError) as raised:
        preview_returned_sheets(ctx, [*good, bad, broken], Q3)
    text = str(raised.value)
    assert f"文件“{bad.name}”工作表“县市场监管局”第6行“自行增加的工作”" in text
    assert "无法读取“损坏.xlsx”" in text and "均未登记" in text
    assert _count(ctx, Submission) == 0 and _count(ctx, AuditEntry) == audit_before
