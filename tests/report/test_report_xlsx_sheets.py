"""The summary workbook: one sheet per table with the report's numbers, ready to print."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from creditdesk.output.report_charts import render_charts
from creditdesk.output.report_data import QuarterlyReport
from creditdesk.output.report_xlsx import SHEETS, render_report_xlsx
from creditdesk.services.context import ServiceContext
from creditdesk.services.periods import Period
from creditdesk.services.report import build_report

TODAY = dt.date(2026, 11, 22)


@pytest.fixture(scope="module")
def report(generated: ServiceContext) -> QuarterlyReport:
    return build_report(generated, Period.parse("2026Q3"), dt.date(2026, 8, 20))


def _rows(sheet) -> list[list[object]]:  # type: ignore[no-untyped-def]
    return [list(row) for row in sheet.iter_rows(min_row=2, values_only=True)]


def test_xlsx_has_one_sheet_per_table_and_one_for_the_charts(report: QuarterlyReport) -> None:
    book = load_workbook(io.BytesIO(render_report_xlsx(report, render_charts(report, dpi=60))))
    tables = ["汇总", "单位排名", "任务情况", "未报事项", "季度趋势"]
    assert book.sheetnames == list(SHEETS) == [*tables, "图表"]
    assert len(book["图表"]._images) == 3
    assert load_workbook(io.BytesIO(render_report_xlsx(report))).sheetnames == tables


def test_filter_leaves_the_total_row_out_and_text_is_in_song(report: QuarterlyReport) -> None:
    """Sorting by a column must not move 合计 among the units; offices' Excel has 宋体."""
    book = load_workbook(io.BytesIO(render_report_xlsx(report)))
    ranking = book["单位排名"]
    assert ranking.cell(row=ranking.max_row, column=2).value == "合计"
    assert ranking.auto_filter.ref == f"A1:I{ranking.max_row - 1}"
    assert {c.font.name for row in ranking.iter_rows() for c in row} == {"宋体"}


def test_notes_and_extension_columns_are_never_blank(report: QuarterlyReport) -> None:
    book = load_workbook(io.BytesIO(render_report_xlsx(report)))
    summary = {row[0].value: row[1].value for row in book["汇总"].iter_rows(min_row=2)}
    assert summary["有关要求"] and summary["通报批评"] and summary["通报表扬"]
    missing = book["未报事项"]
    extended = [row[5].value for row in missing.iter_rows(min_row=2)]
    assert extended and set(extended) <= {"是", "否"}


def test_xlsx_sheets_hold_the_same_numbers_as_the_report(report: QuarterlyReport) -> None:
    book = load_workbook(io.BytesIO(render_report_xlsx(report)))
    t = report.totals
    summary = dict((label, value) for label, value in _rows(book["汇总"]))
    assert summary["应报事项"] == t.due and summary["逾期未报"] == t.overdue
    assert summary["按时报送率"] == pytest.approx(t.on_time_rate)
    assert summary["统计截至"] == dt.datetime(2026, 8, 20)
    units = _rows(book["单位排名"])
    assert units[-1][1:7] == [
        "合计",
        t.due,
        t.received_on_time,
        t.received_late,
        t.overdue,
        t.not_yet_due,
    ]
    for row, line in zip(units, report.units, strict=False):
        f = line.figures
        assert row[:7] == [
            line.rank,
            line.unit,
            f.due,
            f.received_on_time,
            f.received_late,
            f.overdue,
            f.not_yet_due,
        ]
        assert row[7] == pytest.approx(f.on_time_rate) and row[8] == pytest.approx(f.received_rate)
    tasks = _rows(book["任务情况"])
    assert [r[2] for r in tasks[:-1]] == [task.title for task in report.tasks]
    assert sum(r[3] for r in tasks[:-1]) == t.due  # type: ignore[misc]
    missing = _rows(book["未报事项"])
    assert len(missing) == report.totals.overdue
    assert {r[0] for r in missing} == {g.unit for g in report.missing}
    trend = _rows(book["季度趋势"])
    assert trend[-1][:6] == [
        "2026年第3季度",
        t.due,
        t.received_on_time,
        t.received_late,
        t.overdue,
        t.not_yet_due,
    ]


def test_xlsx_is_styled_and_ready_to_print(report: QuarterlyReport) -> None:
    book = load_workbook(io.BytesIO(render_report_xlsx(report)))
    for sheet in book.worksheets:
        header = sheet[1]
        assert all(cell.font.bold and cell.fill.fgColor.rgb.endswith("DDEBF7") for cell in header)
        assert sheet.freeze_panes == "A2"
        assert sheet.print_title_rows == "$1:$1"
        assert int(sheet.page_setup.paperSize) == int(sheet.PAPERSIZE_A4)
        assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth == 1
        assert all((sheet.column_dimensions[c.column_letter].width or 0) >= 8 for c in header)
    ranking = book["单位排名"]
    # a rate of exactly 100% reads back from the workbook as the integer 1
    assert ranking["H2"].number_format == "0.0%" and isinstance(ranking["H2"].value, int | float)
    assert book["汇总"]["B11"].number_format == "0.0%"
    assert book["未报事项"]["E2"].number_format == 'yyyy"年"m"月"d"日"'
    assert (
        book["单位排名"].column_dimensions["B"].width >= max(len(u.unit) for u in report.units) * 2
    )
