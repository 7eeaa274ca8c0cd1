"""The quarterly summary's tables as an .xlsx workbook, one sheet per table, ready to print.

Sheets: 汇总, 单位排名, 任务情况, 未报事项, 季度趋势. Each has a bold filled header in row 1
(frozen, filtered, repeated on every printed page), the report's title in the page header,
widths fitted to the text, rates stored as numbers with a percent format (so they sort and
sum), dates as dates, and A4 fit-to-width print setup.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from typing import Any

from creditdesk.output.report_data import Figures, QuarterlyReport
from creditdesk.output.xlsx_cells import append_row

PERCENT = "0.0%"
DATE = 'yyyy"年"m"月"d"日"'
HEADER_FILL = "DDEBF7"
TOTAL_FILL = "F2F2F2"
COUNT_HEADERS = ("应报", "按时报送", "逾期报送", "逾期未报", "未到期", "按时报送率", "报送率")
SHEETS = ("汇总", "单位排名", "任务情况", "未报事项", "季度趋势")


def _counts(figures: Figures) -> list[Any]:
    return [
        figures.due,
        figures.received_on_time,
        figures.received_late,
        figures.overdue,
        figures.not_yet_due,
        figures.on_time_rate,
        figures.received_rate,
    ]


def _display_width(value: Any) -> int:
    if isinstance(value, float):
        return 7
    text = str(value) if value is not None else ""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _named_styles() -> list[Any]:
    """Header, body and total-row cell styles: text, number, percent and date."""
    from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

    thin = Side(style="thin", color="A6A6A6")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    styles = [
        NamedStyle(
            "cd-header",
            font=Font(bold=True),
            fill=PatternFill("solid", fgColor=HEADER_FILL),
            alignment=centre,
            border=border,
        )
    ]
    for prefix, font, fill in (
        ("cd-", Font(), PatternFill()),
        ("cd-total-", Font(bold=True), PatternFill("solid", fgColor=TOTAL_FILL)),
    ):
        for kind, alignment, number_format in (
            ("text", left, "General"),
            ("number", centre, "General"),
            ("percent", centre, PERCENT),
            ("date", centre, DATE),
        ):
            styles.append(
                NamedStyle(
                    prefix + kind,
                    font=font,
                    fill=fill,
                    border=border,
                    alignment=alignment,
                    number_format=number_format,
                )
            )
    return styles


class _Sheets:
    def __init__(self, report: QuarterlyReport) -> None:
        from openpyxl import Workbook

        self.report = report
        self.book = Workbook()
        self.book.remove(self.book.active)
        self.book.properties.title = report.title
        self.book.properties.creator = "CreditDesk"
        for style in _named_styles():
            self.book.add_named_style(style)

    def sheet(
        self,
        name: str,
        headers: Sequence[str],
        rows: Sequence[Sequence[Any]],
        percent_columns: Sequence[int] = (),
        date_columns: Sequence[int] = (),
        wrap_columns: Sequence[int] = (),
        total_row: bool = False,
        landscape: bool = True,
    ) -> Any:
        from openpyxl.utils import get_column_letter

        ws = self.book.create_sheet(name)
        append_row(ws, headers)
        for row in rows:
            append_row(ws, row)
        for cell in ws[1]:
            cell.style = "cd-header"
        last = ws.max_row if total_row and rows else None
        # named styles: one lookup per cell instead of registering four style objects each
        for row_cells in ws.iter_rows(min_row=2):
            prefix = "cd-total-" if row_cells[0].row == last else "cd-"
            for column, cell in enumerate(row_cells):
                if column in percent_columns:
                    kind = "percent"
                elif column in date_columns:
                    kind = "date"
                elif column in wrap_columns:
                    kind = "text"
                else:
                    kind = "number"
                cell.style = prefix + kind
        for column in range(len(headers)):
            values = [headers[column], *(r[column] for r in rows if column < len(r))]
            longest = max(_display_width(v) for v in values)
            if column in date_columns:
                longest = 16
            ws.column_dimensions[get_column_letter(column + 1)].width = max(8, min(longest + 3, 60))
        ws.row_dimensions[1].height = 22
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(ws.max_row, 1)}"
        ws.print_title_rows = "1:1"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.orientation = "landscape" if landscape else "portrait"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.horizontalCentered = True
        ws.page_margins.left = ws.page_margins.right = 0.5
        ws.oddHeader.center.text = f"{self.report.title}　{name}"
        ws.oddHeader.center.size = 12
        ws.oddFooter.center.text = "第 &P 页，共 &N 页"
        return ws

    def build(self) -> bytes:
        from openpyxl.styles import Alignment

        r = self.report
        t = r.totals
        full = all(u.figures.on_time_rate == 1.0 for u in r.units if u.unit in r.best_units)
        summary = [
            ("通报标题", r.title),
            ("期数", r.number),
            ("统计期间", r.period_label),
            ("统计截至", r.as_of),
            ("应报事项", t.due),
            ("按时报送", t.received_on_time),
            ("逾期报送", t.received_late),
            ("逾期未报", t.overdue),
            ("尚未到期", t.not_yet_due),
            ("按时报送率", t.on_time_rate),
            ("报送率", t.received_rate),
            (
                "全部按时报送的单位" if full else "按时报送率较高的单位",
                "、".join(r.best_units),
            ),
            ("逾期未报较多的单位", "、".join(f"{u}（{n}项）" for u, n in r.most_overdue)),
            ("有关要求", r.notes),
        ]
        ws = self.sheet("汇总", ("项目", "内容"), summary, wrap_columns=(0, 1), landscape=False)
        for row, (label, _) in enumerate(summary, start=2):
            cell = ws.cell(row=row, column=2)
            if label in ("按时报送率", "报送率"):
                cell.style = "cd-percent"
            elif label == "统计截至":
                cell.style = "cd-date"
            cell.alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
        ws.column_dimensions["B"].width = 70

        self.sheet(
            "单位排名",
            ("排名", "单位", *COUNT_HEADERS),
            [
                *([u.rank, u.unit, *_counts(u.figures)] for u in r.units),
                [None, "合计", *_counts(t)],
            ],
            percent_columns=(7, 8),
            wrap_columns=(1,),
            total_row=True,
        )
        self.sheet(
            "任务情况",
            ("序号", "任务编号", "任务", *COUNT_HEADERS),
            [
                *(
                    [i, task.label, task.title, *_counts(task.figures)]
                    for i, task in enumerate(r.tasks, start=1)
                ),
                [None, None, "合计", *_counts(t)],
            ],
            percent_columns=(8, 9),
            wrap_columns=(2,),
            total_row=True,
        )
        self.sheet(
            "未报事项",
            ("单位", "任务编号", "任务", "报送期", "截止日期", "已延期", "逾期天数"),
            [
                [
                    group.unit,
                    item.task_label,
                    item.task_title,
                    item.period_label,
                    item.due_date,
                    "是" if item.extended else "",
                    item.days_overdue,
                ]
                for group in r.missing
                for item in group.items
            ],
            date_columns=(4,),
            wrap_columns=(0, 2),
        )
        self.sheet(
            "季度趋势",
            ("季度", *COUNT_HEADERS),
            [[line.period_label, *_counts(line.figures)] for line in r.trend],
            percent_columns=(6, 7),
        )
        out = io.BytesIO()
        self.book.save(out)
        return out.getvalue()


def render_report_xlsx(report: QuarterlyReport) -> bytes:
    """The workbook's bytes."""
    return _Sheets(report).build()
