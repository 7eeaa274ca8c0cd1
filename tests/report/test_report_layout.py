"""The summary as a document a director signs: measured from the PDF's character boxes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest

from creditdesk.output.cjk_lines import GLUED
from creditdesk.output.fonts import load_fonts
from creditdesk.output.notice_pdf import (
    CHAR_PITCH,
    LEFT_MARGIN,
    MM,
    TOP_MARGIN,
    TYPE_HEIGHT,
    TYPE_WIDTH,
)
from creditdesk.output.report_charts import render_charts
from creditdesk.output.report_data import QuarterlyReport
from creditdesk.output.report_pdf import render_report_pdf
from creditdesk.services.context import ServiceContext
from creditdesk.services.periods import Period
from creditdesk.services.report import build_report

TODAY = dt.date(2026, 11, 22)
QUARTER = Period.parse("2026Q3")
NOTE = "请各单位对照本通报，逐项核对本单位承担的工作任务，于12月5日前补报逾期未报的材料。"

Line = tuple[int, float, float, str]  # page, xMin, xMax, text (points)


def _lines(pdf: bytes, tmp_path: Path) -> list[Line]:
    """Each text line poppler finds, with its page and horizontal extent."""
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(
        ["pdftotext", "-bbox-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines: list[Line] = []
    page = 0
    for block in re.split(r"(?=<page |<line )", html):
        if block.startswith("<page "):
            page += 1
        elif block.startswith("<line "):
            x0, x1 = (float(v) for v in re.findall(r'x(?:Min|Max)="([\d.]+)"', block)[:2])
            words = re.findall(r">([^<]+)</word>", block)
            lines.append((page, x0, x1, "".join(words)))
    return lines


def _rows(pdf: bytes, tmp_path: Path) -> list[tuple[int, float, float, str]]:
    """(page, top, bottom, text) of each text line, from the top of the page in points."""
    path = tmp_path / "rows.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(
        ["pdftotext", "-bbox-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    rows = []
    page = 0
    for block in re.split(r"(?=<page |<line )", html):
        if block.startswith("<page "):
            page += 1
        elif block.startswith("<line "):
            top, bottom = (float(v) for v in re.findall(r'y(?:Min|Max)="([\d.]+)"', block)[:2])
            rows.append((page, top, bottom, " ".join(re.findall(r">([^<]+)</word>", block))))
    return rows


def _signature(lines: list[Line], report: QuarterlyReport) -> tuple[Line, Line]:
    """The office name line directly followed by the date line (not the 版记's 印发 line)."""
    pairs = [
        (a, b)
        for a, b in itertools.pairwise(lines)
        if a[3] == report.office_name and b[3] == "2026年11月22日"
    ]
    assert len(pairs) == 1
    return pairs[0]


def _cells(text: str) -> float:
    """Grid cells a line fills: a Chinese character one, a digit or Latin letter half."""
    return sum(1.0 if unicodedata.east_asian_width(c) in "WF" else 0.5 for c in text)


def _pdf(report: QuarterlyReport) -> bytes:
    return render_report_pdf(report, render_charts(report, dpi=72), load_fonts(use_system=False))


@pytest.fixture(scope="module")
def report(generated: ServiceContext) -> QuarterlyReport:
    return build_report(generated, QUARTER, TODAY)


def test_signature_and_date_share_a_page_with_the_last_paragraph(
    report: QuarterlyReport, tmp_path: Path
) -> None:
    """However long the 有关要求, the signature block never splits or stands alone."""
    for count in range(0, 24, 3):
        notes = "\n".join([NOTE] * count)
        lines = _lines(_pdf(dataclasses.replace(report, notes=notes)), tmp_path)
        name, date = _signature(lines, report)
        assert name[0] == date[0], f"{count} notes: name and date on different pages"
        before = lines[lines.index(name) - 1]
        assert before[0] == name[0] and before[3].endswith("。"), count


def test_signature_is_laid_out_as_on_the_notices(report: QuarterlyReport, tmp_path: Path) -> None:
    """7.3.5.2: name ends two characters from the margin, date starts two characters right."""
    name, date = _signature(_lines(_pdf(report), tmp_path), report)
    assert abs(name[2] - (LEFT_MARGIN + TYPE_WIDTH - 2 * CHAR_PITCH)) < 1.0
    assert abs(date[1] - (name[1] + 2 * CHAR_PITCH)) < 1.0


def test_body_lines_are_justified_to_28_characters(report: QuarterlyReport, tmp_path: Path) -> None:
    """Full lines span the 156 mm measure and hold 28 characters, fewer only where a date
    (12月5日) went down whole and the line was spaced out to the measure."""
    lines = _lines(_pdf(dataclasses.replace(report, notes=NOTE * 3)), tmp_path)
    full = [ln for ln in lines if abs(ln[1] - LEFT_MARGIN) < 1.0 and len(ln[3]) >= 20]
    full = [ln for ln in full if abs(ln[2] - (LEFT_MARGIN + TYPE_WIDTH)) < 1.0]
    assert len(full) >= 5
    body = [ln for ln in full if ln[3] in NOTE * 4]
    assert len(body) >= 3
    for line in body:
        after = lines[lines.index(line) + 1][3]
        assert abs(_cells(line[3]) - 28) <= 1 or GLUED.match(after), (line, after)
    assert sum(abs(_cells(ln[3]) - 28) <= 1 for ln in body) >= 2
    assert abs(full[0][2] / MM - 184) < 1.0


def test_summary_has_its_addressees_praise_criticism_captions_and_imprint(
    report: QuarterlyReport, tmp_path: Path
) -> None:
    copied = dataclasses.replace(report, copy_to="县委办公室，县政府办公室")
    text = "".join(ln[3] for ln in _lines(_pdf(copied), tmp_path))
    assert f"{report.recipients}：" in text
    if report.praised:
        assert "予以通报表扬" in text
    assert report.criticised and "予以通报批评" in text
    for figure in ("图1", "图2", "图3"):
        assert figure in text
    assert "抄送：县委办公室，县政府办公室。" in text
    assert text.endswith("2026年11月22日印发")


def test_only_units_at_the_threshold_are_criticised(report: QuarterlyReport) -> None:
    named = {unit for unit, _ in report.criticised}
    assert named == {u.unit for u in report.units if u.figures.overdue >= report.criticise_at}
    assert all(u.figures.overdue >= report.criticise_at for u in report.units if u.unit in named)
    praised = set(report.praised)
    assert all(u.figures.on_time_rate == 1.0 for u in report.units if u.unit in praised)


def _blank_before_charts(pdf: bytes, tmp_path: Path) -> list[float]:
    """For each chart that opens a page: how much of the page before it is left blank."""
    rows = _rows(pdf, tmp_path)
    area_bottom = TOP_MARGIN + TYPE_HEIGHT
    body = [r for r in rows if r[2] <= area_bottom + 1]  # not the page numbers
    captions = [r for r in body if re.match(r"图\d ", r[3])]
    assert len(captions) == 3
    blanks = []
    for page, top, _, _ in captions:
        above = [r for r in body if r[0] == page and r[2] <= top]
        before = [r for r in body if r[0] == page - 1]
        if before and not above:  # the chart (right above its caption) opens the page
            blanks.append((area_bottom - max(r[2] for r in before)) / TYPE_HEIGHT)
    return blanks


def test_no_page_is_left_half_empty_before_a_chart(report: QuarterlyReport, tmp_path: Path) -> None:
    """A chart too tall for the rest of a page goes to the next one, and the text after it
    fills the gap: the page before a chart that opens a page is at most 30 % blank (it was
    34 % with 21 units, 45 % in the demo office)."""
    blanks: list[float] = []
    more = [dataclasses.replace(u, unit=f"{u.unit}（二）") for u in report.units]
    for count in (13, 21, 24):  # taller unit charts, starting lower down the page
        units = (*report.units, *more)[:count]
        pdf = _pdf(dataclasses.replace(report, units=units))
        blanks += _blank_before_charts(pdf, tmp_path)
    assert blanks, "no chart opened a page: nothing was measured"
    assert max(blanks) <= 0.30, [f"{b:.0%}" for b in blanks]
