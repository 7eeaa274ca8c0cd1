"""The summary PDF: its text holds the figures, fonts are embedded, long tables repeat headers."""

from __future__ import annotations

import datetime as dt
import io
import itertools
from typing import Any

import pytest
from pypdf import PdfReader

from creditdesk.output.cjk_lines import line_violations
from creditdesk.output.cjk_paragraph import CJKParagraph
from creditdesk.output.fonts import load_fonts
from creditdesk.output.report_charts import render_charts
from creditdesk.output.report_data import (
    Figures,
    MissingByUnit,
    MissingItem,
    QuarterlyReport,
    TaskLine,
    TrendLine,
    UnitLine,
    percent,
)
from creditdesk.output.report_pdf import render_report_pdf, title_lines
from creditdesk.services.context import ServiceContext
from creditdesk.services.periods import Period
from creditdesk.services.report import build_report

TODAY = dt.date(2026, 11, 22)
QUARTER = Period.parse("2026Q3")
RARE_UNIT = "青禾县犇淼鑫垚商贸有限公司"


def _pdf(report: QuarterlyReport) -> bytes:
    return render_report_pdf(report, render_charts(report, dpi=72), load_fonts(use_system=False))


def _pages(pdf: bytes) -> list[str]:
    """Each page's text with the line breaks and spaces removed (CJK lines wrap anywhere)."""
    reader = PdfReader(io.BytesIO(pdf))
    return ["".join(page.extract_text().split()) for page in reader.pages]


@pytest.fixture(scope="module")
def generated_pdf(generated: ServiceContext) -> tuple[QuarterlyReport, bytes]:
    report = build_report(generated, QUARTER, TODAY, notes="请逾期单位于12月5日前补报。")
    return report, _pdf(report)


def test_pdf_text_holds_the_headline_figures_and_each_units_row(
    generated_pdf: tuple[QuarterlyReport, bytes],
) -> None:
    report, pdf = generated_pdf
    text = "".join(_pages(pdf))
    t = report.totals
    assert report.title in text
    assert (
        f"共有应报事项{t.due}项，其中按时报送{t.received_on_time}项、逾期报送{t.received_late}项、"
        f"逾期未报{t.overdue}项、尚未到期{t.not_yet_due}项" in text
    )
    assert f"按时报送率{percent(t.on_time_rate)}" in text
    for line in report.units:
        f = line.figures
        row = f"{line.rank}{line.unit}{f.due}{f.received_on_time}{f.received_late}{f.overdue}"
        assert row + f"{f.not_yet_due}{percent(f.on_time_rate)}{percent(f.received_rate)}" in text
    assert "请逾期单位于12月5日前补报。" in text
    # signed and dated at the end, then the 版记's 印发 line
    assert text.endswith(
        f"{report.office_name}2026年11月22日{report.office_name}2026年11月22日印发"
    )


def test_every_font_in_the_pdf_is_embedded(generated_pdf: tuple[QuarterlyReport, bytes]) -> None:
    reader = PdfReader(io.BytesIO(generated_pdf[1]))
    seen = set()
    for page in reader.pages:
        fonts: Any = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            seen.add(str(font["/BaseFont"]))
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
    assert seen and not any("Helvetica" in name for name in seen)


def test_rare_characters_in_unit_names_are_drawn(
    generated_pdf: tuple[QuarterlyReport, bytes],
) -> None:
    _, pdf = generated_pdf
    assert RARE_UNIT in "".join(_pages(pdf))
    fonts = load_fonts(use_system=False)
    faces = {face.name: face for face in fonts.all_faces()}
    for name, run in fonts.runs(RARE_UNIT, "fangsong"):
        assert all(faces[name].covers(char) for char in run)


def test_pages_are_a4_and_numbered_with_dashes(
    generated_pdf: tuple[QuarterlyReport, bytes],
) -> None:
    reader = PdfReader(io.BytesIO(generated_pdf[1]))
    assert len(reader.pages) >= 3
    for number, page in enumerate(reader.pages, start=1):
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == (595, 842)
        assert f"—{number}—" in "".join(page.extract_text().split())


def test_text_stays_in_the_gbt_9704_type_area_with_numbers_7mm_below(
    generated_pdf: tuple[QuarterlyReport, bytes],
) -> None:
    """Type area 156 × 225 mm from 28 mm left and 37 mm top; page numbers 7 mm under it."""
    mm = 72 / 25.4
    body: list[tuple[float, float]] = []
    numbers: list[float] = []

    def visit(text: str, cm: Any, tm: Any, _font: Any, _size: Any) -> None:
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if "—" in text:
            numbers.append(y / mm)
        else:
            body.append((x / mm, y / mm))

    for page in PdfReader(io.BytesIO(generated_pdf[1])).pages:
        page.extract_text(visitor_text=visit)
    assert min(x for x, _ in body) >= 28 - 0.01 and max(x for x, _ in body) < 28 + 156
    assert min(y for _, y in body) >= 297 - 37 - 225 and max(y for _, y in body) <= 297 - 37
    assert numbers and all(abs(y - (35 - 7 - 14 * 0.88 / mm)) < 0.5 for y in numbers)


def _synthetic(units: int, missing_per_unit: int) -> QuarterlyReport:
    lines = tuple(
        UnitLine(i + 1, f"第{i + 1}号成员单位", Figures(10, 10 - i % 10, i % 10, 0, 0))
        for i in range(units)
    )
    missing = tuple(
        MissingByUnit(
            f"第{u + 1}号成员单位",
            tuple(
                MissingItem(
                    f"{k + 1}.",
                    f"第{k + 1}项重点工作",
                    "2026年7月",
                    dt.date(2026, 8, 5),
                    109,
                    False,
                )
                for k in range(missing_per_unit)
            ),
        )
        for u in range(units)
    )
    totals = Figures(10 * units, 5 * units, 5 * units, 0, 0)
    return QuarterlyReport(
        period_code="2026Q3",
        period_label="2026年第3季度",
        year=2026,
        as_of=TODAY,
        title="青禾县2026年第3季度社会信用体系建设工作进展情况通报",
        number="2026年第3期",
        office_name="青禾县社会信用体系建设领导小组办公室",
        totals=totals,
        units=lines,
        best_units=("第1号成员单位",),
        most_overdue=(),
        tasks=(TaskLine("1.", "第1项重点工作", totals),),
        missing=missing,
        trend=(TrendLine("2026Q3", "2026年第3季度", totals),),
        place_name="青禾县",
    )


def test_tables_split_over_pages_repeat_their_header_row() -> None:
    pages = _pages(_pdf(_synthetic(units=70, missing_per_unit=4)))
    unit_pages = [p for p in pages if "号成员单位10" in p and "排名" in p]
    missing_pages = [p for p in pages if "项重点工作2026年7月" in p]
    assert len(unit_pages) >= 2 and len(missing_pages) >= 3
    for page in unit_pages:
        assert "排名单位应报按时报送逾期报送逾期未报未到期按时报送率报送率" in page
    for page in missing_pages:
        assert "任务报送期截止日期逾期工作日" in page


def test_long_titles_break_before_the_subject_with_the_top_line_shorter() -> None:
    lines = title_lines("青禾县2026年第3季度社会信用体系建设工作进展情况通报")
    assert lines == ["青禾县2026年第3季度", "社会信用体系建设工作进展情况通报"]


@pytest.mark.parametrize("width_chars", range(6, 24))
def test_report_paragraphs_keep_chinese_line_breaking_rules(width_chars: int) -> None:
    """No line starts with ，。）、 or ends with （“〔, and 2026 or 70.7% is never cut."""
    from reportlab.lib.styles import ParagraphStyle

    fonts = load_fonts(use_system=False)
    text = (
        "逾期未报事项较多的单位是青禾县发展和改革委员会（2项）、青禾县财政局（1项）。"
        "截至2026年11月22日，按时报送率70.7%，报送率97.5%。“双公示”〔2024〕"
    )
    style = ParagraphStyle(
        "t", fontName=fonts.face("fangsong").name, fontSize=10, leading=14, wordWrap="CJK"
    )
    paragraph = CJKParagraph(fonts.markup(text, "fangsong"), style)
    paragraph.wrap(width_chars * 10.0, 1000)
    lines = ["".join(word.text for word in line.words) for line in paragraph.blPara.lines]
    assert "".join(lines) == text
    assert not line_violations(lines)
    for before, after in itertools.pairwise(lines):
        assert not (before[-1].isdigit() and after[0].isdigit())
