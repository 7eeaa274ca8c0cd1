"""Annex tables printed to PDF with rows that break across pages (issue 14, class 10).

An office's Word annex is printed on portrait pages: a row too tall for the rest of a page
goes on at the top of the next one, the heading row repeats there, the page number sits
between, and on a page where the row's 四级指标 and 重点工作 are one cell the border between
those columns is never drawn.  The PDF must read like the Word file it was printed from.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt
from plan_formats import convert, office

from creditdesk.parsing.documents import read_document
from creditdesk.parsing.plan_model import PlanDraft
from creditdesk.parsing.plan_parser import parse_plan

HEADER = ["类别", "项目", "指标", "工作内容", "责任单位", "完成时限"]
#: Long lists of made-up units: their row cannot fit on the rest of a page.  With the
#: shorter names, line-breaking rules (no 、 at a line's start) end lines short of the border.
MANY_UNITS = {
    "long-names": "、".join(
        f"县{a}{b}局" for a in "东西南北中上下左右前" for b in "甲乙丙丁戊己庚辛壬癸"
    ),
    "short-names": "、".join(
        f"{a}{b}局" for a in "东西南北中上下左右前" for b in "甲乙丙丁戊己庚辛壬癸"
    ),
}
MANY = "<units>"
ROWS = [
    [
        "信用基础",
        "制度建设",
        "工作机制",
        "制定年度信用工作方案并按时印发。",
        "县发改局",
        "2025年3月底前",
    ],
    ["", "", "", "召开信用工作联席会议并部署任务。", "县发改局、县司法局", "2025年6月底前"],
    # 指标 and 工作内容 in one cell spanning both columns, units long enough to break the row
    [
        "信用应用",
        "政务诚信",
        "健全守信践诺机制。全面清理政府部门在招商引资、政府采购中作出的"
        "承诺事项，逐项建立台账，督促限期兑现，严禁以机构调整等理由不履行承诺。" * 3,
        None,
        MANY,
        "持续推进",
    ],
    ["", "", "", "开展诚信示范创建活动并评选典型。", "县委宣传部、县总工会", "2025年11月底前"],
]


def _annex_plan(path: Path, repeat_heading: int, units: str) -> Path:
    """The plan with its annex; the first ``repeat_heading`` rows repeat on every page."""
    document = docx.Document()
    document.add_paragraph("东川县2025年社会信用体系建设工作要点")
    document.add_paragraph("一、夯实信用基础")
    document.add_paragraph("（一）完善信用制度。按年度推进。（责任单位：县发改局）")
    document.add_paragraph("附件")
    document.add_paragraph("东川县2025年社会信用体系建设任务分解表")
    # enough body text that the annex starts low on the first page
    for _ in range(12):
        document.add_paragraph("为推进社会信用体系建设，各单位按分工抓好落实。")
    table = document.add_table(rows=1 + len(ROWS), cols=len(HEADER))
    table.style = "Table Grid"
    for row in table.rows[:repeat_heading]:
        row._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
    for c, name in enumerate(HEADER):
        table.cell(0, c).text = name
    for r, row in enumerate(ROWS, start=1):
        for c, text in enumerate(row):
            text = units if text == MANY else text
            if text:
                table.cell(r, c).text = text
        if row[3] is None:
            table.cell(r, 2).merge(table.cell(r, 3))
    for row in table.rows:
        for cell in row.cells:
            for run in cell.paragraphs[0].runs:
                run.font.size = Pt(10.5)
    section = document.sections[0]
    footer = section.footer.paragraphs[0]
    footer.text = "- 1 -"
    document.save(str(path))
    return path


def _reading(plan: PlanDraft) -> list[tuple[object, ...]]:
    return [(t.section, t.title, t.responsible_units, t.deadline, t.frequency) for t in plan.tasks]


@pytest.fixture(scope="module")
def printed(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[tuple[int, str], tuple[Path, Path]]:
    """The plan as Word files, with and without a repeated heading row, and their PDFs."""
    office()
    folder = tmp_path_factory.mktemp("split_rows")
    keys = [(r, names) for r in (0, 1, 2) for names in MANY_UNITS]
    words = [
        _annex_plan(folder / f"分解表{r}{names}.docx", r, MANY_UNITS[names]) for r, names in keys
    ]
    pdfs = convert(words, "pdf", folder)
    return dict(zip(keys, zip(words, pdfs, strict=True), strict=True))


def _column_counts(pdf_path: Path) -> list[int]:
    import pypdfium2 as pdfium

    from creditdesk.parsing.pdf_layout import _grids, _rules

    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        return [len(g.xs) - 1 for i in range(len(pdf)) for g in _grids(*_rules(pdf[i]))]
    finally:
        pdf.close()


@pytest.mark.parametrize("names", list(MANY_UNITS))
@pytest.mark.parametrize(
    "repeat_heading", [0, 1, 2], ids=["no-heading", "heading", "heading-and-first-row"]
)
def test_split_row_reads_as_in_word(
    printed: dict[tuple[int, str], tuple[Path, Path]], repeat_heading: int, names: str
) -> None:
    """Every unit of the broken row is kept whole, no row is added or lost, the repeated
    heading and the page number between are not read as rows or text."""
    word, pdf = printed[(repeat_heading, names)]
    counts = _column_counts(pdf)
    assert len(counts) >= 2, "the table should run over at least two pages"
    if not repeat_heading:
        assert min(counts) < max(counts), "a page should hold only the spanning row"
    expected = parse_plan(read_document(word))
    got = parse_plan(read_document(pdf))
    assert _reading(got) == _reading(expected)
    long_task = next(t for t in got.tasks if "守信践诺" in t.title)
    assert long_task.responsible_units == MANY_UNITS[names].split("、")
    assert long_task.frequency == "continuous"
    assert len(got.tasks) == 1 + len(ROWS)
