"""The quarterly summary (季度通报) as a PDF in the official-document layout of the notices.

A4 with the GB/T 9704 type area (top 37 mm, left 28 mm, 156 × 225 mm), the title in 22 pt
Hei, the body in 16 pt FangSong on the 22-line grid, tables in 10.5 pt (五号) that split over
pages with their header row repeated, and "— n —" page numbers 7 mm under the type area,
outside on odd and even pages for double-sided printing. Every string goes through
:meth:`FontSet.markup`, so a character missing from one face is drawn from another, and all
faces are embedded as TrueType subsets.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from creditdesk.chinese_numerals import to_chinese
from creditdesk.output import notice_pdf
from creditdesk.output.fonts import FontSet, Role
from creditdesk.output.report_charts import ReportCharts
from creditdesk.output.report_data import (
    CLOSING,
    Figures,
    QuarterlyReport,
    chinese_date,
    percent,
)

# the notices' page: one layout family for everything the office prints
PAGE_W, PAGE_H = notice_pdf.PAGE_WIDTH, notice_pdf.PAGE_HEIGHT
LEFT, TOP = notice_pdf.LEFT_MARGIN, notice_pdf.TOP_MARGIN
AREA_W, AREA_H = notice_pdf.TYPE_WIDTH, notice_pdf.TYPE_HEIGHT
BOTTOM = notice_pdf.TYPE_BOTTOM
BODY_PT = notice_pdf.BODY_SIZE  # 三号
LINE_PT = notice_pdf.LINE_PITCH  # 22 lines in the 225 mm type area
TITLE_PT = notice_pdf.TITLE_SIZE  # 二号
PAGE_NUMBER_PT = notice_pdf.PAGE_NUMBER_SIZE  # 四号
TABLE_PT = 10.5  # 五号: the summary's tables have nine columns, the notices' four
TITLE_CHARS = int(AREA_W // TITLE_PT)

GRID = (0.5, "#404040")
CELL_PAD = 3.0
CELL_TOP, CELL_BOTTOM = 2.5, 3.5
TABLE_LEADING = 1.3
HEADER_FILL = "#D9D9D9"
GROUP_FILL = "#F2F2F2"

MM = notice_pdf.MM
COUNT_HEADERS = (
    "应报",
    "按时\n报送",
    "逾期\n报送",
    "逾期\n未报",
    "未到期",
    "按时\n报送率",
    "报送率",
)
"""Column heads broken between words (按时/报送), never inside one (按时报/送)."""
COUNT_WIDTHS_MM = (13, 14, 14, 14, 14, 16, 15)


def _counts(figures: Figures) -> list[str]:
    return [
        str(figures.due),
        str(figures.received_on_time),
        str(figures.received_late),
        str(figures.overdue),
        str(figures.not_yet_due),
        percent(figures.on_time_rate),
        percent(figures.received_rate),
    ]


def title_lines(title: str) -> list[str]:
    """The title cut between words into lines of the type area (the top line the shorter)."""
    if len(title) <= TITLE_CHARS:
        return [title]
    cut = title.find("社会信用体系")
    if cut > 0 and len(title) - cut <= TITLE_CHARS and cut <= TITLE_CHARS:
        return [title[:cut], title[cut:]]
    return [title]  # no natural break: let the paragraph wrap it


class _Writer:
    """Builds the flowables of one report with one font set."""

    def __init__(self, report: QuarterlyReport, charts: ReportCharts, fonts: FontSet) -> None:
        from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
        from reportlab.lib.styles import ParagraphStyle

        self.report = report
        self.charts = charts
        self.fonts = fonts
        fang = fonts.face("fangsong").name
        hei = fonts.face("hei").name
        base = ParagraphStyle(
            "body",
            fontName=fang,
            fontSize=BODY_PT,
            leading=LINE_PT,
            firstLineIndent=2 * BODY_PT,
            alignment=TA_JUSTIFY,
            wordWrap="CJK",
        )
        self.body = base
        self.heading = ParagraphStyle(
            "heading", parent=base, fontName=hei, alignment=TA_LEFT, spaceBefore=LINE_PT / 3
        )
        self.title = ParagraphStyle(
            "title",
            parent=base,
            fontName=hei,
            fontSize=TITLE_PT,
            leading=TITLE_PT * 1.5,
            firstLineIndent=0,
            alignment=TA_CENTER,
        )
        self.subtitle = ParagraphStyle(
            "subtitle", parent=base, firstLineIndent=0, alignment=TA_CENTER
        )
        self.cell = ParagraphStyle(
            "cell",
            fontName=fang,
            fontSize=TABLE_PT,
            leading=TABLE_PT * TABLE_LEADING,
            wordWrap="CJK",
        )
        self.cell_head = ParagraphStyle(
            "cell_head", parent=self.cell, fontName=hei, alignment=TA_CENTER
        )
        self.cell_centre = ParagraphStyle("cell_centre", parent=self.cell, alignment=TA_CENTER)
        self.group = ParagraphStyle("group", parent=self.cell, fontName=hei)
        self.note = ParagraphStyle(
            "note", parent=self.cell, fontSize=TABLE_PT, leading=TABLE_PT * 1.5
        )
        self.caption_style = ParagraphStyle(
            "caption", parent=self.cell, alignment=TA_CENTER, spaceBefore=2, spaceAfter=6
        )
        self.fang, self.hei = fang, hei
        self.sections = 0
        self.figures = 0

    # ------------------------------------------------------------------ pieces

    def head_cell(self, text: str) -> Any:
        """A column head; a "\\n" in it is where its two lines break."""
        from creditdesk.output.cjk_paragraph import CJKParagraph

        marked = "<br/>".join(self.fonts.markup(part, "hei") for part in text.split("\n"))
        return CJKParagraph(marked, self.cell_head)

    def grid(self, text: str, indent: int = 2) -> Any:
        """A body paragraph on the notices' grid: 28 characters a line, justified."""
        return GridText(notice_pdf.body_lines(self.fonts, text, indent))

    def caption(self, text: str) -> Any:
        """ "图N　…" centred under a chart, in the table size."""
        self.figures += 1
        return self.para(f"图{self.figures}　{text}", self.caption_style)

    def para(self, text: str, style: Any | None = None) -> Any:
        from creditdesk.output.cjk_paragraph import CJKParagraph

        style = style or self.body
        role: Role = "hei" if style.fontName == self.hei else "fangsong"
        return CJKParagraph(self.fonts.markup(text, role), style)

    def section(self, text: str) -> list[Any]:
        """A 一、-style heading, moved to the next page when too little room is left under it."""
        from reportlab.platypus import CondPageBreak

        number = to_chinese(self.sections + 1)
        self.sections += 1
        return [CondPageBreak(3 * LINE_PT), self.para(f"{number}、{text}", self.heading)]

    def cell_text(self, text: str, width: float, style: Any) -> Any:
        """A table cell's text: a plain string when it fits on one line of ``width`` in one
        face (quick to lay out, which matters for a long missing-items list), else a
        paragraph wrapping in the cell."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        role: Role = "hei" if style.fontName == self.hei else "fangsong"
        runs = self.fonts.runs(text, role)
        if len(runs) <= 1 and stringWidth(text, style.fontName, style.fontSize) <= width:
            return text
        return self.para(text, style)

    def figure(self, png: bytes, caption: str, space: float = 3 * MM) -> Any:
        """A chart and its caption: never apart, and floated to the next page when too tall
        for this one, the text after it filling the gap."""
        from reportlab.platypus import Spacer

        from creditdesk.output.floating_figures import Figure

        return Figure([Spacer(1, space), self.chart(png), self.caption(caption)])

    def chart(self, png: bytes) -> Any:
        from reportlab.lib.utils import ImageReader
        from reportlab.platypus import Image

        reader = ImageReader(io.BytesIO(png))
        width, height = reader.getSize()
        scale = min(AREA_W / width, (AREA_H - 4 * MM) / height)
        image = Image(io.BytesIO(png), width=width * scale, height=height * scale)
        image.hAlign = "CENTER"
        return image

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[Any]],
        widths_mm: Sequence[float],
        text_columns: Sequence[int],
        group_rows: Sequence[int] = (),
        total_rows: Sequence[int] = (),
        centred: Sequence[int] = (),
    ) -> Any:
        """A grid table; ``text_columns`` wrap as paragraphs, the rest are centred figures."""
        from reportlab.lib import colors
        from reportlab.platypus import Table, TableStyle

        inner = [w * MM - 2 * CELL_PAD for w in widths_mm]
        wrapped: list[list[Any]] = [[self.head_cell(h) for h in headers]]
        for index, row in enumerate(rows, start=1):
            if index in group_rows:
                # no SPAN (re-measured at every page split of a long table): a plain string
                # runs on over the empty cells, whose dividing lines are left out below
                text = self.cell_text(str(row[0]), sum(inner), self.group)
                wrapped.append([text] + [""] * (len(headers) - 1))
                continue
            style = self.group if index in total_rows else self.cell
            wrapped.append(
                [
                    self.cell_text(
                        str(value), inner[column], self.cell_centre if column in centred else style
                    )
                    if column in text_columns
                    else str(value)
                    for column, value in enumerate(row)
                ]
            )
        width, colour = GRID
        line = colors.HexColor(colour)
        commands: list[tuple[Any, ...]] = [
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(HEADER_FILL)),
            ("FONT", (0, 0), (-1, -1), self.fang, TABLE_PT, TABLE_PT * TABLE_LEADING),
            ("ALIGN", (0, 1), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), CELL_TOP),
            ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_BOTTOM),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ]
        commands += [
            ("ALIGN", (column, 1), (column, -1), "LEFT")
            for column in text_columns
            if column not in centred
        ]
        if group_rows:
            commands += [("BOX", (0, 0), (-1, -1), width, line)]
            commands += [("LINEBELOW", (0, 0), (-1, -1), width, line)]
            first = 0
            for end in [*sorted(group_rows), len(wrapped)]:
                if end > first:
                    commands.append(("LINEAFTER", (0, first), (-2, end - 1), width, line))
                first = end + 1
        else:
            commands.append(("GRID", (0, 0), (-1, -1), width, line))
        for index in group_rows:
            commands += [
                ("NOSPLIT", (0, index), (-1, min(index + 1, len(rows)))),  # heading with a row
                ("ALIGN", (0, index), (-1, index), "LEFT"),
                ("FONT", (0, index), (-1, index), self.hei, TABLE_PT, TABLE_PT * TABLE_LEADING),
                ("BACKGROUND", (0, index), (-1, index), colors.HexColor(GROUP_FILL)),
            ]
        for index in total_rows:
            commands += [
                ("FONT", (0, index), (-1, index), self.hei, TABLE_PT, TABLE_PT * TABLE_LEADING),
                ("BACKGROUND", (0, index), (-1, index), colors.HexColor(GROUP_FILL)),
            ]
        return Table(
            wrapped,
            colWidths=[w * MM for w in widths_mm],
            rowHeights=[self.row_height(row, inner) for row in wrapped],
            repeatRows=1,
            style=TableStyle(commands),
            hAlign="CENTER",
        )

    @staticmethod
    def row_height(row: Sequence[Any], inner: Sequence[float]) -> float:
        """A row's height, measured once here: reportlab would measure every remaining row
        again at each page a long table splits over."""
        text_height = TABLE_PT * TABLE_LEADING
        for cell, width in zip(row, inner, strict=True):
            if not isinstance(cell, str):
                text_height = max(text_height, cell.wrap(width, 10_000)[1])
        return text_height + CELL_TOP + CELL_BOTTOM

    # ---------------------------------------------------------------- sections

    def story(self) -> list[Any]:
        from reportlab.platypus import KeepTogether, Spacer

        r = self.report
        story: list[Any] = [self.para(line, self.title) for line in title_lines(r.title)]
        if r.number:
            story.append(self.para(f"（{r.number}）", self.subtitle))
        story.append(Spacer(1, LINE_PT * 0.5))
        story.append(self.grid(f"{r.recipients}：", indent=0))  # 主送
        scope = f"{r.place_name}各成员单位" if r.place_name else "各成员单位"
        story.append(
            self.grid(
                f"为及时掌握社会信用体系建设年度工作推进情况，现将{r.period_label}{scope}"
                "工作材料报送情况通报如下。"
            )
        )
        story += self.overview()
        story += self.units()
        story += self.tasks()
        story += self.missing()
        story += self.trend()
        if r.notes:
            story += self.section("有关要求")
            story += [self.grid(text.strip()) for text in r.notes.splitlines() if text.strip()]
        else:
            story.append(self.grid(CLOSING))
        closing = [story.pop()]
        # the signature never splits and never stands alone: it takes the last paragraph along
        story.append(KeepTogether([*closing, *self.signature()]))
        story.append(self.imprint())
        return story

    def overview(self) -> list[Any]:
        return [
            *self.section("总体情况"),
            self.grid(self.report.headline()),
            self.figure(self.charts.status, f"{self.report.period_label}应报事项构成", 2 * MM),
        ]

    def units(self) -> list[Any]:
        from reportlab.platypus import Spacer

        r = self.report
        verdicts = [text for text in (r.praise_text(), r.criticism_text()) if text]
        story = [*self.section("各单位报送情况")]
        story += [self.grid(text) for text in verdicts or [r.ranking_text()]]
        if not r.units:
            return story
        rows = [[u.rank, u.unit, *_counts(u.figures)] for u in r.units]
        rows.append(["", "合计", *_counts(r.totals)])
        story += [
            Spacer(1, 2 * MM),
            self.table(
                ("排名", "单位", *COUNT_HEADERS),
                rows,
                (11, 45, *COUNT_WIDTHS_MM),
                text_columns=(1,),
                total_rows=(len(rows),),
            ),
            self.para(
                "注：按时报送率＝按时报送数÷（应报数－未到期数），报送率＝（按时报送数＋逾期报送数）"
                "÷（应报数－未到期数）；排名以按时报送率为先，其次为报送率。",
                self.note,
            ),
            self.figure(self.charts.units, f"{r.period_label}各单位报送情况（按时报送率由高到低）"),
        ]
        return story

    def tasks(self) -> list[Any]:
        from reportlab.platypus import Spacer

        r = self.report
        story = self.section("各项任务报送情况")
        if not r.tasks:
            return [*story, self.grid("本期没有需报送材料的任务。")]
        story.append(self.grid(f"本期共有{len(r.tasks)}项任务需要报送材料，情况如下。"))
        rows = [
            [index, f"{t.label}{t.title}", *_counts(t.figures)]
            for index, t in enumerate(r.tasks, start=1)
        ]
        rows.append(["", "合计", *_counts(r.totals)])
        story += [
            Spacer(1, 2 * MM),
            self.table(
                ("序号", "任务", *COUNT_HEADERS),
                rows,
                (10, 46, *COUNT_WIDTHS_MM),
                text_columns=(1,),
                total_rows=(len(rows),),
            ),
        ]
        return story

    def missing(self) -> list[Any]:
        from reportlab.platypus import Spacer

        r = self.report
        story = self.section("未报事项清单")
        if not r.missing:
            done = "已到期事项均已报送" if r.totals.assessed else "暂无已到期事项"
            return [*story, self.grid(f"截至{r.date_text}，本期{done}。")]
        story.append(
            self.grid(
                f"截至{r.date_text}，{len(r.missing)}个单位共有{r.missing_count}项已到期事项"
                "尚未报送，请相关单位尽快补报。"
            )
        )
        rows: list[list[Any]] = []
        groups: list[int] = []
        for group in r.missing:
            rows.append([f"{group.unit}（{len(group.items)}项）"])
            groups.append(len(rows))
            for item in group.items:
                due = chinese_date(item.due_date) + ("（延期）" if item.extended else "")
                rows.append(
                    [
                        f"{item.task_label}{item.task_title}",
                        item.period_label,
                        due,
                        item.days_overdue,
                    ]
                )
        story += [
            Spacer(1, 2 * MM),
            self.table(
                ("任务", "报送期", "截止日期", "逾期\n工作日"),
                rows,
                (80, 29, 31, 16),
                text_columns=(0, 1, 2),
                centred=(1, 2),
                group_rows=groups,
            ),
        ]
        return story

    def trend(self) -> list[Any]:
        from reportlab.platypus import Spacer

        r = self.report
        story = self.section("全年各季度情况")
        story.append(
            self.grid(
                f"{r.year}年各季度应报事项截至{r.date_text}的报送情况如下，可见全年工作推进趋势。"
            )
        )
        rows = [[line.period_label, *_counts(line.figures)] for line in r.trend]
        story += [
            Spacer(1, 2 * MM),
            self.table(("季度", *COUNT_HEADERS), rows, (36, 16, 16, 16, 16, 14, 22, 20), (0,)),
            self.figure(self.charts.trend, f"{r.year}年各季度报送情况"),
        ]
        return story

    def signature(self) -> list[Any]:
        """One empty line, then the office name and the date as on a notice (7.3.5.2)."""
        r = self.report
        lines = notice_pdf.signature_lines(self.fonts, r.office_name, r.as_of)
        return [GridText([(0.0, None), *lines], whole=True)]

    def imprint(self) -> Any:
        """版记 at the foot of the last page: 抄送 and the 印发 line between rules (4号)."""
        r = self.report
        rows = []
        if r.copy_to:
            rows.append((f"抄送：{r.copy_to.rstrip('。')}。", ""))
        rows.append((r.office_name, f"{r.date_text}印发"))
        return AtFoot(Imprint(self.fonts, rows))


class GridText:
    """Lines of text on the 22-line grid (from :func:`notice_pdf.body_lines`), as a flowable.

    Splits between lines at a page end unless ``whole`` (the signature block).
    """

    def __new__(cls, lines: Sequence[tuple[float, Any]], whole: bool = False) -> Any:
        from reportlab.platypus.flowables import Flowable

        class _GridText(Flowable):  # type: ignore[misc]  # reportlab has no type hints
            def __init__(self, lines: Sequence[tuple[float, Any]], whole: bool) -> None:
                super().__init__()
                self.lines = list(lines)
                self.whole = whole

            def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
                return AREA_W, len(self.lines) * LINE_PT

            def split(self, avail_width: float, avail_height: float) -> list[Any]:
                fit = int((avail_height + 1e-6) // LINE_PT)
                if self.whole or fit <= 0 or fit >= len(self.lines):
                    return []
                if len(self.lines) - fit == 1 and fit > 1:
                    fit -= 1  # no last line alone on the next page
                return [_GridText(self.lines[:fit], False), _GridText(self.lines[fit:], False)]

            def draw(self) -> None:
                height = len(self.lines) * LINE_PT
                ops = []
                for number, (x, line) in enumerate(self.lines):
                    if line is None:
                        continue
                    cell_bottom = height - (number + 1) * LINE_PT
                    y = cell_bottom + (LINE_PT - BODY_PT) / 2 + notice_pdf.DESCENT * BODY_PT
                    ops += line.ops(x, y)
                notice_pdf.draw_text_ops(self.canv, ops)

        return _GridText(lines, whole)


class Imprint:
    """The 版记 block: rows of (left text, right text) between full-width rules, 14 pt."""

    def __new__(cls, fonts: FontSet, rows: Sequence[tuple[str, str]]) -> Any:
        from reportlab.platypus.flowables import Flowable

        size = PAGE_NUMBER_PT
        pitch = size * 1.9

        class _Imprint(Flowable):  # type: ignore[misc]  # reportlab has no type hints
            def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
                return AREA_W, len(rows) * pitch

            def draw(self) -> None:
                from reportlab.pdfbase.pdfmetrics import stringWidth

                canvas = self.canv
                height = len(rows) * pitch
                canvas.setLineWidth(0.7)
                canvas.line(0, height, AREA_W, height)
                canvas.line(0, 0, AREA_W, 0)
                for number, (left, right) in enumerate(rows):
                    y = height - (number + 1) * pitch + (pitch - size) / 2 + 0.12 * size
                    if number:
                        canvas.setLineWidth(0.35)
                        canvas.line(0, height - number * pitch, AREA_W, height - number * pitch)
                    self._text(canvas, size, left, size, y)  # one character in
                    if right:
                        width = sum(
                            stringWidth(run, face, size)
                            for face, run in fonts.runs(right, "fangsong")
                        )
                        self._text(canvas, size, right, AREA_W - size - width, y)

            @staticmethod
            def _text(canvas: Any, size: float, text: str, x: float, y: float) -> None:
                from reportlab.pdfbase.pdfmetrics import stringWidth

                for face, run in fonts.runs(text, "fangsong"):
                    canvas.setFont(face, size)
                    canvas.drawString(x, y, run)
                    x += stringWidth(run, face, size)

        return _Imprint()


class AtFoot:
    """A flowable drawn at the bottom of the frame it lands in (the 版记's place)."""

    def __new__(cls, inner: Any) -> Any:
        from reportlab.platypus.flowables import Flowable

        class _AtFoot(Flowable):  # type: ignore[misc]  # reportlab has no type hints
            def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
                _, self.inner_height = inner.wrap(avail_width, avail_height)
                self.height = max(avail_height, self.inner_height) - 1e-3
                return avail_width, self.height

            def draw(self) -> None:
                inner.drawOn(self.canv, 0, 0)

        return _AtFoot()


def _page_number(canvas: Any, doc: Any, face: str) -> None:
    """ "— n —" 7 mm under the type area: right (1 character in) on odd pages, left on even."""
    number = f"— {doc.page} —"
    canvas.saveState()
    canvas.setFont(face, PAGE_NUMBER_PT)
    y = BOTTOM - 7 * MM - PAGE_NUMBER_PT * notice_pdf.ASCENT
    if doc.page % 2:
        canvas.drawRightString(LEFT + AREA_W - PAGE_NUMBER_PT, y, number)
    else:
        canvas.drawString(LEFT + PAGE_NUMBER_PT, y, number)
    canvas.restoreState()


def render_report_pdf(report: QuarterlyReport, charts: ReportCharts, fonts: FontSet) -> bytes:
    """The report laid out on A4 pages; fonts embedded, every character drawn."""
    from reportlab.platypus import Frame, PageTemplate

    from creditdesk.output.floating_figures import FloatingDocTemplate

    out = io.BytesIO()
    doc = FloatingDocTemplate(
        out,
        pagesize=(PAGE_W, PAGE_H),
        leftMargin=LEFT,
        rightMargin=PAGE_W - LEFT - AREA_W,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=report.title,
        author=report.office_name,
        subject=f"{report.period_label}（截至{report.date_text}）",
        creator="CreditDesk",
        invariant=True,
        initialFontName=fonts.face("fangsong").name,  # else every page names Helvetica
        initialFontSize=BODY_PT,
    )
    frame = Frame(LEFT, BOTTOM, AREA_W, AREA_H, 0, 0, 0, 0, id="type-area")
    song = fonts.face("song").name
    doc.addPageTemplates(
        [PageTemplate("page", [frame], onPage=lambda c, d: _page_number(c, d, song))]
    )
    with _binary_streams():
        doc.build(_Writer(report, charts, fonts).story())
    return out.getvalue()


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Streams compressed only, not also ASCII85-encoded: reportlab's pure-Python encoder
    takes a third of a second for the charts, and the file is a quarter smaller."""
    from reportlab import rl_config

    before = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = before
