"""Progress sheets: the blank sheet a unit fills, and the filled sheet or 台账 coming back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest
from factories import add_plan, add_task, add_units
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from creditdesk.model import AuditEntry, ObligationRule, Submission
from creditdesk.parsing.progress_sheet import read_progress_workbook
from creditdesk.services.context import ServiceContext
from creditdesk.services.due_rules import DueRule
from creditdesk.services.errors import UserError
from creditdesk.services.obligations import regenerate
from creditdesk.services.progress_sheets import (
    RowKey,
    apply_progress_import,
    preview_progress_import,
    progress_tasks,
    undo_progress_import,
    write_blank_progress_sheet,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "roster"
TASKS = {
    "归集报送双公示信息": ("（一）", "行政许可和行政处罚信息", ("县发改委", "县财政局")),
    "开展信用承诺": ("（二）", "信用承诺书及公示截图", ("县发改委",)),
    "组织诚信宣传活动": ("（三）", "活动照片和简报", ("县发改委",)),
    "推进政府采购信用应用": ("（四）", "查询记录", ("县财政局",)),
}


@dataclass
class Office:
    fgw: int
    czj: int


def _office(ctx: ServiceContext) -> Office:
    """Two units owing quarterly reports on the tasks of the 台账 fixture in 2024."""
    with ctx.session_factory.begin() as session:
        units = {u.name: u for u in add_units(session, "县发改委", "县财政局")}
        _, section = add_plan(session, 2024)
        for position, (title, (label, material, owners)) in enumerate(TASKS.items()):
            task = add_task(
                session,
                section,
                title,
                "quarterly",
                DueRule("after_period_end", n=5),
                responsible=[units[o] for o in owners],
            )
            task.label, task.position = label, position
            rule = session.scalars(
                select(ObligationRule).where(ObligationRule.node_id == task.id)
            ).one()
            rule.material = material
        regenerate(session)
        return Office(units["县发改委"].id, units["县财政局"].id)


def _submissions(ctx: ServiceContext) -> list[Submission]:
    with ctx.session_factory() as session:
        return list(session.scalars(select(Submission).order_by(Submission.id)))


def _audit_count(ctx: ServiceContext) -> int:
    with ctx.session_factory() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def test_blank_sheet_lists_the_units_tasks_with_material_due_date_and_protected_labels(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    office = _office(ctx)
    out = tmp_path / "县发改委.xlsx"
    assert write_blank_progress_sheet(ctx, office.fgw, "2024Q3", out) == 3
    ws = load_workbook(out).active
    assert ws is not None
    assert ws.title == "县发改委"
    assert ws["A1"].value == "县发改委2024年第3季度社会信用体系建设工作进展情况表"
    assert [c.value for c in ws[3]][:6] == [
        "序号", "任务编号", "工作任务", "报送材料", "截止日期", "进展情况",
    ]  # fmt: skip
    rows = [[c.value for c in row][:5] for row in ws.iter_rows(min_row=4)]
    assert rows[0] == [
        1,
        "（一）",
        "归集报送双公示信息",
        "行政许可和行政处罚信息",
        "2024年10月12日",  # 5 working days: 10月12日 is a make-up working day
    ]
    assert [r[2] for r in rows] == ["归集报送双公示信息", "开展信用承诺", "组织诚信宣传活动"]
    assert ws.protection.sheet
    assert ws["C4"].protection.locked and not ws["F4"].protection.locked
    assert ws.column_dimensions["G"].hidden


def test_blank_sheet_for_a_unit_owing_nothing_says_so(ctx: ServiceContext, tmp_path: Path) -> None:
    office = _office(ctx)
    with pytest.raises(UserError, match="没有应报事项"):
        write_blank_progress_sheet(ctx, office.fgw, "2023Q3", tmp_path / "x.xlsx")


def test_filled_blank_sheet_comes_back_as_email_submissions_linked_to_obligations(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    office = _office(ctx)
    path = tmp_path / "县发改委.xlsx"
    write_blank_progress_sheet(ctx, office.fgw, "2024Q3", path)
    wb = load_workbook(path)
    ws = wb.active
    assert ws is not None
    ws["C4"] = "双公示（改了标题）"  # the hidden 事项编号 still finds the task
    ws["F4"] = "报送行政许可信息120条。"
    ws["F5"] = "完成信用承诺公示35份。"
    wb.save(path)
    preview = preview_progress_import(ctx, path, "2024Q3")
    (sheet,) = preview.sheets
    assert sheet.unit_id == office.fgw and sheet.empty_rows == 1
    assert [m.how for m in sheet.matched] == ["事项编号", "事项编号"]
    result = apply_progress_import(ctx, preview, received_on=dt.date(2024, 10, 10))
    subs = _submissions(ctx)
    assert [s.id for s in subs] == list(result.submission_ids)
    tasks = {t.obligation_id: t.title for t in progress_tasks(ctx, office.fgw, "2024Q3")}
    assert [(tasks[s.obligation_id or 0], s.notes) for s in subs] == [
        ("归集报送双公示信息", "报送行政许可信息120条。"),
        ("开展信用承诺", "完成信用承诺公示35份。"),
    ]
    assert {(s.channel, s.period, s.unit_id, s.received_on) for s in subs} == {
        ("email", "2024Q3", office.fgw, dt.date(2024, 10, 10))
    }
    assert subs[0].title == "双公示（改了标题）"


def test_taizhang_with_one_sheet_per_unit_is_matched_by_sheet_name_and_close_titles(
    ctx: ServiceContext,
) -> None:
    office = _office(ctx)
    preview = preview_progress_import(ctx, DATA / "taizhang.xlsx", "2024Q3")
    units = {s.sheet: s.unit_id for s in preview.sheets}
    assert units == {"县发改委": office.fgw, "县财政局": office.czj}
    finance = next(s for s in preview.sheets if s.unit_id == office.czj)
    hows = {m.task: m.how for m in finance.matched}
    assert hows == {"归集报送双公示信息": "近似标题", "推进政府采购信用应用": "标题"}
    assert preview.unplaced == ()
    result = apply_progress_import(ctx, preview)
    assert len(result.submission_ids) == 4  # the row left blank is not a submission


def test_importing_the_same_file_twice_logs_nothing_new(ctx: ServiceContext) -> None:
    _office(ctx)
    apply_progress_import(ctx, preview_progress_import(ctx, DATA / "taizhang.xlsx", "2024Q3"))
    again = apply_progress_import(
        ctx, preview_progress_import(ctx, DATA / "taizhang.xlsx", "2024Q3")
    )
    assert again.submission_ids == () and len(again.already_logged) == 4
    assert len(_submissions(ctx)) == 4


def test_unmatched_rows_are_returned_and_imported_only_where_the_clerk_places_them(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    office = _office(ctx)
    path = tmp_path / "台账.xlsx"
    wb = load_workbook(DATA / "taizhang.xlsx")
    wb["县发改委"].append(["4", "其他信用工作", "建立联络员工作群。"])
    wb.save(path)
    preview = preview_progress_import(ctx, path, "2024Q3")
    (row,) = preview.unplaced
    assert (row.key, row.title) == (RowKey("县发改委", 6), "其他信用工作")
    left = apply_progress_import(ctx, preview)
    assert left.left_out == (RowKey("县发改委", 6),)
    undo_progress_import(ctx, left)
    assert _submissions(ctx) == []
    promise = next(
        t for t in progress_tasks(ctx, office.fgw, "2024Q3") if t.title == "开展信用承诺"
    )
    placed = apply_progress_import(ctx, preview, {row.key: promise.obligation_id})
    assert placed.left_out == ()
    notes = [s.notes for s in _submissions(ctx) if s.obligation_id == promise.obligation_id]
    assert "建立联络员工作群。" in notes


def test_placing_a_row_on_another_units_task_is_refused_and_writes_nothing(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    office = _office(ctx)
    path = tmp_path / "台账.xlsx"
    wb = load_workbook(DATA / "taizhang.xlsx")
    wb["县发改委"].append(["4", "其他信用工作", "建立联络员工作群。"])
    wb.save(path)
    preview = preview_progress_import(ctx, path, "2024Q3")
    (row,) = preview.unplaced
    finance_task = progress_tasks(ctx, office.czj, "2024Q3")[-1]
    before = _audit_count(ctx)
    with pytest.raises(UserError, match="第6行"):
        apply_progress_import(ctx, preview, {row.key: finance_task.obligation_id})
    assert _submissions(ctx) == [] and _audit_count(ctx) == before


def test_importing_for_one_unit_ignores_other_units_sheets(ctx: ServiceContext) -> None:
    office = _office(ctx)
    preview = preview_progress_import(ctx, DATA / "taizhang.xlsx", "2024Q3", unit_id=office.czj)
    result = apply_progress_import(ctx, preview)
    assert {s.unit_id for s in _submissions(ctx)} == {office.czj}
    assert len(result.submission_ids) == 2


def test_a_workbook_without_progress_columns_is_refused_and_writes_nothing(
    ctx: ServiceContext,
) -> None:
    _office(ctx)
    before = _audit_count(ctx)
    with pytest.raises(UserError, match=r"office_roster\.xlsx.*找不到进展情况表"):
        preview_progress_import(ctx, DATA / "office_roster.xlsx", "2024Q3")
    with pytest.raises(UserError, match="Word 文档"):
        preview_progress_import(ctx, DATA / "word_renamed.xlsx", "2024Q3")
    assert _submissions(ctx) == [] and _audit_count(ctx) == before


def test_a_quarters_sheet_lists_the_monthly_items_of_its_three_months(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    """The sheet covers the work period: a monthly task appears once per month, titled so."""
    with ctx.session_factory.begin() as session:
        (unit,) = add_units(session, "县发改委")
        _, section = add_plan(session, 2024)
        add_task(
            session, section, "报送信易贷数据", "monthly", DueRule("after_period_end", n=5), [unit]
        )
        add_task(
            session, section, "季度总结", "quarterly", DueRule("after_period_end", n=5), [unit]
        )
        regenerate(session)
        unit_id = unit.id
    tasks = progress_tasks(ctx, unit_id, "2024Q1")
    assert sorted(t.title for t in tasks) == [
        "季度总结",
        "报送信易贷数据（2024年1月）",
        "报送信易贷数据（2024年2月）",
        "报送信易贷数据（2024年3月）",
    ]
    assert {t.period for t in tasks} == {"2024-01", "2024-02", "2024-03", "2024Q1"}
    out = tmp_path / "县发改委.xlsx"
    assert write_blank_progress_sheet(ctx, unit_id, "2024Q1", out) == 4


def test_a_hidden_old_task_column_gives_way_to_the_visible_one(tmp_path: Path) -> None:
    """The clerk hid an outdated 任务 column: the rows read the task the unit can see."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "县发改委"
    sheet.append(["任务", "工作任务", "进展情况"])
    sheet.append(["旧的任务写法", "开展信用承诺", "已完成承诺书公示"])
    sheet.column_dimensions["A"].hidden = True
    path = tmp_path / "台账.xlsx"
    workbook.save(path)
    (table,) = read_progress_workbook(path)
    assert [(row.title, row.progress) for row in table.rows] == [
        ("开展信用承诺", "已完成承诺书公示")
    ]
