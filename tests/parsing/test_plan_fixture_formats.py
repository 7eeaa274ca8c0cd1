"""Every issue-14 fixture and every sample plan reads the same from each format offices send.

Each text is written as .docx (labels typed, Word automatic numbering, 标题/标题 1 heading
styles, annex as a real table with merged cells) and converted to .pdf by LibreOffice; the
tasks, units, deadlines and rhythms must equal those read from the text itself.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType
from typing import Any

import docx
import plan_fixtures
import pytest
from plan_formats import Layout, convert, plan_docx, plan_xlsx

from creditdesk.parsing.documents import read_document
from creditdesk.parsing.plan_model import PlanDraft
from creditdesk.parsing.plan_parser import parse_plan, parse_text

PLANS = Path(__file__).resolve().parents[1] / "data" / "plans"
FIXTURES = [
    "REPEATED_ATTRIBUTION",
    "TRADITIONAL",
    "ONE_LINE",
    "UNIT_LISTS",
    "GROUP_PHRASES",
    "LEAD_RULES",
    "DEADLINES",
    "BODY_AND_ANNEX",
    "SILENT_LOSS",
    "ROLE_WORDS",
    "ARABIC_LEVELS",
]
SAMPLES = ["xiping-plan", "baofeng-2022-plan", "beiguan-2023-plan"]
LAYOUTS: list[Layout] = ["typed", "numbered", "styled"]
HAS_OFFICE = bool(shutil.which("soffice") or shutil.which("libreoffice"))


def _compare_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "plan_compare", PLANS / "annotations" / "compare.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


COMPARE = _compare_module()


def reading(plan: PlanDraft) -> list[tuple[Any, ...]]:
    """What the clerk's obligations depend on: each task's place, units, deadline, rhythm."""
    return [
        (
            t.label,
            t.section,
            t.title,
            t.lead_units,
            t.responsible_units,
            t.supporting_units,
            t.deadline,
            t.frequency,
        )
        for t in plan.tasks
    ]


@pytest.fixture(scope="session")
def office_files(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str, str], Path]:
    """Every fixture and sample as .docx in each layout and, with LibreOffice, as .pdf."""
    folder = tmp_path_factory.mktemp("plans")
    files: dict[tuple[str, str, str], Path] = {}
    texts = {name: getattr(plan_fixtures, name) for name in FIXTURES}
    texts.update({name: (PLANS / f"{name}.txt").read_text("utf-8") for name in SAMPLES})
    for name, text in texts.items():
        for layout in LAYOUTS:
            files[(name, layout, "docx")] = plan_docx(
                text, folder / f"{name}.{layout}.docx", layout
            )
    if HAS_OFFICE:
        words = [PLANS / f"{name}.docx" for name in SAMPLES]
        sources = list(files.values())
        for pdf in convert(sources, "pdf", folder):
            name, layout = pdf.stem.rsplit(".", 1)
            files[(name, layout, "pdf")] = pdf
        for pdf in convert(words, "pdf", folder / "word"):
            files[(pdf.stem, "word", "pdf")] = pdf
    return files


FORMATS = [(layout, "docx") for layout in LAYOUTS] + [
    pytest.param(
        layout,
        "pdf",
        marks=pytest.mark.skipif(not HAS_OFFICE, reason="LibreOffice is not installed"),
    )
    for layout in LAYOUTS
]


@pytest.mark.parametrize(("layout", "suffix"), FORMATS)
@pytest.mark.parametrize("name", FIXTURES)
def test_fixture_reads_the_same_in_every_format(
    office_files: dict[tuple[str, str, str], Path], name: str, layout: str, suffix: str
) -> None:
    """Tasks, units, deadlines and rhythm from .docx/.pdf equal those from the text."""
    if name == "SILENT_LOSS" and layout == "numbered":
        pytest.skip("Word's automatic numbering cannot skip a number")
    expected = parse_text(getattr(plan_fixtures, name))
    got = parse_plan(read_document(office_files[(name, layout, suffix)]))
    assert reading(got) == reading(expected)
    assert (got.title, got.year) == (expected.title, expected.year)
    assert got.warnings == expected.warnings


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("name", SAMPLES)
def test_sample_docx_matches_the_hand_annotation(
    office_files: dict[tuple[str, str, str], Path], name: str, layout: str
) -> None:
    """Typed labels, Word numbering and 标题 styles all give the annotated reading."""
    found = COMPARE.differences(
        COMPARE.load_hand(name), COMPARE.draft_output(office_files[(name, layout, "docx")])
    )
    assert not found, "\n".join(found)


@pytest.mark.parametrize(("layout", "suffix"), FORMATS)
@pytest.mark.parametrize("name", SAMPLES)
def test_sample_reads_the_same_in_every_format(
    office_files: dict[tuple[str, str, str], Path], name: str, layout: str, suffix: str
) -> None:
    """Each sample's tasks, units, deadlines and rhythms from .docx/.pdf equal the .txt's."""
    expected = parse_plan(read_document(PLANS / f"{name}.txt"))
    got = parse_plan(read_document(office_files[(name, layout, suffix)]))
    assert reading(got) == reading(expected)
    assert (got.title, got.year) == (expected.title, expected.year)


@pytest.mark.skipif(not HAS_OFFICE, reason="LibreOffice is not installed")
@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("name", SAMPLES)
def test_sample_pdf_matches_the_hand_annotation(
    office_files: dict[tuple[str, str, str], Path], name: str, layout: str
) -> None:
    """A PDF printed from the Word file (annex on landscape pages) reads like the text."""
    found = COMPARE.differences(
        COMPARE.load_hand(name), COMPARE.draft_output(office_files[(name, layout, "pdf")])
    )
    assert not found, "\n".join(found)


@pytest.mark.skipif(not HAS_OFFICE, reason="LibreOffice is not installed")
@pytest.mark.parametrize("name", SAMPLES)
def test_sample_pdf_from_word(office_files: dict[tuple[str, str, str], Path], name: str) -> None:
    """The Word originals printed to PDF: rows split at page breaks are joined, even where
    the continuation page draws fewer column borders (a cell spanning two columns), and the
    heading row repeated at the top of each page is dropped."""
    found = COMPARE.differences(
        COMPARE.load_hand(name), COMPARE.draft_output(office_files[(name, "word", "pdf")])
    )
    assert not found, "\n".join(found)


def _styled_plan(path: Path, title_style: str, title: list[str], section_style: str) -> Path:
    document = docx.Document()
    document.styles["Title"].name = "标题"
    document.styles["Heading 1"].name = "标题 1"
    document.styles["Heading 2"].name = "标题 2"
    for line in title:
        document.add_paragraph(line, style=title_style)
    document.add_paragraph("为推进信用建设，制定本要点。")
    document.add_paragraph("一、夯实信用基础", style=section_style)
    document.add_paragraph("（一）完善平台。推进升级。（责任单位：县发改局）")
    document.add_paragraph("（二）推进双公示。按时报送。（责任单位：县市场监管局）")
    document.add_paragraph("二、强化信用应用", style=section_style)
    document.add_paragraph("（三）推进信易贷。扩大规模。（责任单位：县金融服务中心）")
    document.save(str(path))
    return path


@pytest.mark.parametrize(
    ("title_style", "section_style"),
    [("标题", "标题 1"), ("标题 1", "标题 1"), ("标题 1", "标题 2")],
)
def test_word_heading_styles_keep_title_and_sections_apart(
    tmp_path: Path, title_style: str, section_style: str
) -> None:
    """A title over two lines in 标题 / 标题 1 stays whole and never joins a section label."""
    path = _styled_plan(
        tmp_path / "plan.docx",
        title_style,
        ["东川县2025年社会信用体系", "建设工作要点"],
        section_style,
    )
    plan = parse_plan(read_document(path))
    assert plan.title == "东川县2025年社会信用体系建设工作要点"
    assert plan.year == 2025
    assert [(s.label, s.title) for s in plan.sections] == [
        ("一、", "夯实信用基础"),
        ("二、", "强化信用应用"),
    ]
    assert [(t.label, t.section) for t in plan.tasks] == [
        ("（一）", "一、"),
        ("（二）", "一、"),
        ("（三）", "二、"),
    ]


def test_markdown_headings_keep_title_and_sections_apart() -> None:
    """# title lines and # 一、 sections at the same level give one title and two sections."""
    plan = parse_text(
        "# 东川县2025年社会信用体系\n# 建设工作要点\n为推进工作，制定本要点。\n"
        "# 一、夯实基础\n（一）完善平台。推进。（责任单位：县发改局）\n"
        "# 二、强化应用\n（二）推进信易贷。扩大。（责任单位：县金融服务中心）\n"
    )
    assert plan.title == "东川县2025年社会信用体系建设工作要点"
    assert [s.label for s in plan.sections] == ["一、", "二、"]
    assert [(t.label, t.section) for t in plan.tasks] == [("（一）", "一、"), ("（二）", "二、")]


@pytest.mark.skipif(not HAS_OFFICE, reason="LibreOffice is not installed")
def test_doc_and_docx_made_from_text_keep_the_annex(tmp_path: Path) -> None:
    """A .doc, and a .docx LibreOffice made from the .txt, still merge their annex rows."""
    text_file = tmp_path / "东川.txt"
    text_file.write_text(plan_fixtures.BODY_AND_ANNEX, encoding="utf-8")
    sample = tmp_path / "baofeng-2022-plan.txt"
    shutil.copy(PLANS / "baofeng-2022-plan.txt", sample)
    from_text = convert([text_file, sample], "docx", tmp_path / "from_text")
    word = plan_docx(plan_fixtures.BODY_AND_ANNEX, tmp_path / "东川word.docx")
    (legacy,) = convert([word], "doc", tmp_path / "legacy")
    expected = reading(parse_text(plan_fixtures.BODY_AND_ANNEX))
    for path in (from_text[0], legacy):
        assert reading(parse_plan(read_document(path))) == expected, path.name
    found = COMPARE.differences(
        COMPARE.load_hand("baofeng-2022-plan"), COMPARE.draft_output(from_text[1])
    )
    assert not found, "\n".join(found)


def test_xlsx_title_and_year_come_from_the_merged_title_row(tmp_path: Path) -> None:
    """The title row merged across the sheet is the plan's title; the sheet name is not."""
    rows = [
        ["序号", "重点任务", "牵头单位", "责任单位", "完成时限", "报送频次"],
        ["1", "完善信用信息平台", "县发改局", "县大数据中心", "2025年9月底前", "每季度"],
        ["2", "推进双公示", "县发改局", "县市场监管局、县税务局", "持续推进", "每月"],
    ]
    path = plan_xlsx("东川县2025年社会信用体系建设任务分解表", rows, tmp_path / "台账.xlsx")
    plan = parse_plan(read_document(path))
    assert (plan.title, plan.year) == ("东川县2025年社会信用体系建设任务分解表", 2025)
    assert [(t.title, t.lead_units, t.responsible_units, t.frequency) for t in plan.tasks] == [
        ("完善信用信息平台", ["县发改局"], ["县大数据中心"], "quarterly"),
        ("推进双公示", ["县发改局"], ["县市场监管局", "县税务局"], "monthly"),
    ]


@pytest.mark.skipif(not HAS_OFFICE, reason="LibreOffice is not installed")
def test_a_table_only_pdf_gives_its_rows_as_tasks(tmp_path: Path) -> None:
    """A 分解表 printed on its own is read from its cells, not refused as having no tasks."""
    table = "\n".join(line for line in plan_fixtures.BODY_AND_ANNEX.splitlines() if "\t" in line)
    word = plan_docx(
        "东川县2025年社会信用体系建设任务分解表\n" + table + "\n", tmp_path / "表.docx"
    )
    (pdf,) = convert([word], "pdf", tmp_path)
    plan = parse_plan(read_document(pdf))
    assert plan.title == "东川县2025年社会信用体系建设任务分解表"
    assert [(t.title, t.responsible_units, t.frequency) for t in plan.tasks][:2] == [
        ("完善信用信息平台", ["县发改局", "县大数据中心"], "quarterly"),
        ("推进双公示", ["县市场监管局", "县税务局"], "monthly"),
    ]
    assert len(plan.tasks) == 6


def test_xlsx_with_other_role_columns_and_a_sequence_column(tmp_path: Path) -> None:
    """牵头部门 / 责任部门 / 协办单位 columns after a 序号 column give the three roles."""
    rows = [
        ["序号", "工作任务", "牵头部门", "责任部门", "协办单位", "完成时限", "报送要求"],
        ["1", "完善信用信息平台", "县发改局", "县大数据中心", "", "2025年9月底前", "每季度末报送"],
        ["2", "推进双公示", "县市场监管局", "县税务局、县城管局", "县司法局", "持续推进", ""],
        ["3", "开展诚信宣传", "县委宣传部", "", "各乡镇", "2025年6月底前", ""],
    ]
    path = plan_xlsx("青川县2025年社会信用体系建设任务清单", rows, tmp_path / "清单.xlsx")
    plan = parse_plan(read_document(path))
    assert (plan.title, plan.year) == ("青川县2025年社会信用体系建设任务清单", 2025)
    assert [
        (t.title, t.lead_units, t.responsible_units, t.supporting_units, t.deadline, t.frequency)
        for t in plan.tasks
    ] == [
        ("完善信用信息平台", ["县发改局"], ["县大数据中心"], [], "2025年9月底前", "quarterly"),
        (
            "推进双公示",
            ["县市场监管局"],
            ["县税务局", "县城管局"],
            ["县司法局"],
            "持续推进",
            "continuous",
        ),
        ("开展诚信宣传", ["县委宣传部"], [], ["各乡镇"], "2025年6月底前", "once"),
    ]
