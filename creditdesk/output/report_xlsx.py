"""The quarterly summary's tables as an .xlsx workbook, one sheet per table, ready to print.

Sheets: 汇总, 单位排名, 任务情况, 未报事项, 季度趋势 and 图表 (the PDF's three charts). Each
table has a bold filled header in row 1 (frozen, filtered — the 合计 row left out of the
filter so it stays under the rows it sums — and repeated on every printed page), the report's
title in the page header, widths fitted to the text, rates stored as numbers with a percent
format (so they sort and sum), dates as dates, and A4 fit-to-width print setup. Text is in
宋体, the face every office's Excel has.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from creditdesk.output.report_data import CLOSING, Figures, QuarterlyReport
from creditdesk.output.xlsx_cells import append_row

if TYPE_CHECKING:
    from creditdesk.output.report_charts import ReportCharts

PERCENT = "0.0%"
DATE = 'yyyy"年"m"月"d"日"'
HEADER_FILL = "DDEBF7"
TOTAL_FILL = "F2F2F2"
COUNT_HEADERS = ("应报", "按时报送", "逾期报送", "逾期未报", "未到期", "按时报送率", "报送率")
SHEETS = ("汇总", "单位排名", "任务情况", "未报事项", "季度趋势", "图表")
FONT_NAME = "宋体"


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
            font=Font(name=FONT_NAME, bold=True),
            fill=PatternFill("solid", fgColor=HEADER_FILL),
            alignment=centre,
            border=border,
        )
    ]
    for prefix, font, fill in (
        ("cd-", Font(name=FONT_NAME), PatternFill()),
        ("cd-total-", Font(name=FONT_NAME, bold=True), PatternFill("solid", fgColor=TOTAL_FILL)),
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
    def __init__(self, report: QuarterlyReport, charts: ReportCharts | None = None) -> None:
        from openpyxl import Workbook

        self.report = report
        self.charts = charts
        self.book = Workbook()
        self.book.remove(self.book.active)
        self.book.properties.title = report.title
        self.book.properties.creator = "CreditDesk"
        for style in _named_styles():
            self.book.add_named_style(style)
        from openpyxl.styles import Font

        # the workbook's default (Normal) face, for cells typed in later
        self.book._named_styles["Normal"].font = Font(name=FONT_NAME, size=11)

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
        filtered = ws.max_row - 1 if last else ws.max_row  # 合计 stays out of sorting
        ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(filtered, 1)}"
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
            ("通报表扬", r.praise_text() or "无"),
            ("通报批评", r.criticism_text() or "无"),
            ("有关要求", r.notes or CLOSING),
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
            ("单位", "任务编号", "任务", "报送期", "截止日期", "已延期", "逾期工作日"),
            [
                [
                    group.unit,
                    item.task_label,
                    item.task_title,
                    item.period_label,
                    item.due_date,
                    "是" if item.extended else "否",
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
        if self.charts is not None:
            self.chart_sheet(self.charts)
        out = io.BytesIO()
        self.book.save(out)
        return out.getvalue()

    def chart_sheet(self, charts: ReportCharts) -> None:
        """The PDF's charts, one under the other at the width of the printed page."""
        from openpyxl.drawing.image import Image

        ws = self.book.create_sheet("图表")
        row = 1
        for title, png in (
            (f"图1　{self.report.period_label}应报事项构成", charts.status),
            (f"图2　{self.report.period_label}各单位报送情况", charts.units),
            (f"图3　{self.report.year}年各季度报送情况", charts.trend),
        ):
            ws.cell(row=row, column=1, value=title).style = "cd-text"
            image = Image(io.BytesIO(png))
            scale = 640 / image.width  # pixels: about the width of an A4 page in Excel
            image.width, image.height = 640, int(image.height * scale)
            ws.add_image(image, f"A{row + 1}")
            row += 3 + int(image.height / 20)  # default rows are 20 px high
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True


def render_report_xlsx(report: QuarterlyReport, charts: ReportCharts | None = None) -> bytes:
    """The workbook's bytes; with ``charts``, a 图表 sheet holds them too."""
    return _Sheets(report, charts).build()
