"""Word numbering, Word table merges and Excel merged cells as the readers expand them."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from creditdesk.parsing.documents import read_document
from creditdesk.parsing.docx_numbering import format_number
from creditdesk.parsing.plan_parser import parse_plan


def test_numfmt_rendering() -> None:
    assert format_number(21, "chineseCounting") == "二十一"
    assert format_number(3, "ideographTraditional") == "丙"
    assert format_number(4, "decimalEnclosedCircle") == "④"
    assert format_number(2, "chineseLegalSimplified") == "贰"
    assert format_number(12, "decimal") == "12"
    assert format_number(4, "upperRoman") == "IV"


def _numbered_docx(path: Path) -> None:
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(
        0,
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="77">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/>'
            '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
            '<w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>'
        ),
    )
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="77"><w:abstractNumId w:val="77"/></w:num>')
    )
    items = [
        (0, "信息归集"),
        (1, "归集信息。（县发改委负责）"),
        (1, "公示信息。（县市场监管局负责）"),
        (0, "信用监管"),
        (1, "分级分类。（县税务局负责）"),
    ]
    for level, text in items:
        paragraph = document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(
            parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="77"/></w:numPr>'
            )
        )
    table = document.add_table(rows=3, cols=3)
    for c, name in enumerate(["一级指标", "重点工作", "责任单位"]):
        table.cell(0, c).text = name
    table.cell(1, 0).text = "信用监管"
    table.cell(1, 1).text = "开展评价"
    table.cell(2, 1).text = "每季度报送成效"
    table.cell(1, 2).text = "县发改委"
    table.cell(1, 0).merge(table.cell(2, 0))
    table.cell(1, 2).merge(table.cell(2, 2))
    document.save(str(path))


def test_word_multilevel_numbering_restarts_and_merged_cells_repeat(tmp_path: Path) -> None:
    """Level 2 restarts under each level-1 item; a merged cell's text repeats on each row."""
    path = tmp_path / "方案.docx"
    _numbered_docx(path)
    document = read_document(path)
    texts = [p.text for p in document.paragraphs if p.text]
    assert texts[:5] == [
        "一、信息归集",
        "（一）归集信息。（县发改委负责）",
        "（二）公示信息。（县市场监管局负责）",
        "二、信用监管",
        "（一）分级分类。（县税务局负责）",
    ]
    assert document.tables[0].rows[2] == ("信用监管", "每季度报送成效", "县发改委")
    plan = parse_plan(document)
    annex = [t for t in plan.tasks if t.from_annex]
    assert [(t.label, t.responsible_units, t.frequency) for t in annex] == [
        ("表1-1", ["县发改委"], None),
        ("表1-2", ["县发改委"], "quarterly"),
    ]


def test_xlsx_task_table_with_merged_indicators(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["序号", "一级指标", "二级指标", "责任单位", "完成时限"])
    sheet.append([1, "信用制度", "制定年度方案", "县发改委、县财政局", "2024年6月30日"])
    sheet.append([None, None, "召开联席会议", "各成员单位", "每季度"])
    sheet.merge_cells("A2:A3")
    sheet.merge_cells("B2:B3")
    path = tmp_path / "台账.xlsx"
    workbook.save(str(path))
    plan = parse_plan(read_document(path))
    assert [(s.label, s.title) for s in plan.sections] == [("表1", "信用制度")]
    rows = [(t.label, t.title, t.responsible_units, t.deadline, t.frequency) for t in plan.tasks]
    assert rows == [
        ("表1-1", "制定年度方案", ["县发改委", "县财政局"], "2024年6月30日", "once"),
        ("表1-2", "召开联席会议", ["各成员单位"], "每季度", "quarterly"),
    ]
