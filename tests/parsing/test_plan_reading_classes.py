"""Plans unlike the three samples: each class of misreading from issue 14, as pasted text.

The same fixtures are read from .docx and .pdf in ``test_plan_fixture_formats.py``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from plan_fixtures import (
    ARABIC_LEVELS,
    BODY_AND_ANNEX,
    DEADLINES,
    GROUP_PHRASES,
    LEAD_RULES,
    ONE_LINE,
    REPEATED_ATTRIBUTION,
    ROLE_WORDS,
    SILENT_LOSS,
    TRADITIONAL,
    UNIT_LISTS,
)
from plan_formats import plan_docx

from creditdesk.parsing.documents import read_document
from creditdesk.parsing.plan_model import PlanDraft, TaskDraft
from creditdesk.parsing.plan_parser import parse_plan, parse_text


def _by_label(plan: PlanDraft) -> dict[str, TaskDraft]:
    return {task.label: task for task in plan.tasks}


def test_repeated_lead_lines_are_kept_and_page_headers_dropped() -> None:
    """牵头单位：县发改局 under several tasks is attribution, the page header is furniture."""
    plan = parse_text(REPEATED_ATTRIBUTION)
    tasks = _by_label(plan)
    assert [t.label for t in plan.tasks] == ["（一）", "（二）", "（三）", "（四）", "（五）"]
    assert [tasks[k].lead_units for k in ("（一）", "（二）", "（三）", "（五）")] == [
        ["县发改局"]
    ] * 4
    assert tasks["（四）"].lead_units == ["县金融服务中心"]
    assert tasks["（二）"].responsible_units == ["县市场监管局", "县税务局"]
    assert tasks["（五）"].responsible_units == ["县委宣传部"]
    assert all("领导小组文件" not in t.text for t in plan.tasks)
    assert plan.warnings == []


def test_traditional_role_words_are_read_and_names_kept_as_written() -> None:
    """牽頭單位 / 負責 / 參加 / 協辦 give roles; 縣發改委 stays 縣發改委."""
    plan = parse_text(TRADITIONAL)
    tasks = _by_label(plan)
    assert plan.title == "南嶺縣2025年社會信用體系建設工作要點"
    assert plan.year == 2025
    assert tasks["（一）"].lead_units == ["縣發改委"]
    assert tasks["（一）"].responsible_units == ["縣市場監管局", "縣稅務局"]
    assert tasks["（二）"].lead_units == ["縣發改委"]
    assert tasks["（二）"].responsible_units == ["縣人社局", "縣住建局"]
    assert tasks["（二）"].frequency == "quarterly"
    assert tasks["（三）"].responsible_units == ["縣法院"]
    assert tasks["（三）"].supporting_units == ["縣司法局"]
    assert tasks["（四）"].responsible_units == ["縣委宣傳部"]
    assert tasks["（四）"].supporting_units == ["各鄉鎮"]
    assert tasks["（四）"].deadline == "9月底前"
    assert tasks["（二）"].title == "開展信用評價"


def test_a_plan_on_one_line_gives_its_sections_and_tasks() -> None:
    """Labels after a sentence end, a closing bracket or a space start new items."""
    plan = parse_text(ONE_LINE)
    assert plan.title == "北岭县2025年社会信用体系建设工作要点"
    assert [(s.label, s.title) for s in plan.sections] == [
        ("一、", "优化信用环境"),
        ("二、", "加强信用监管"),
    ]
    assert [(t.label, t.section, t.responsible_units) for t in plan.tasks] == [
        ("（一）", "一、", ["县发改委", "县市场监管局"]),
        ("（二）", "一、", ["县住建局", "县交通局"]),
        ("（三）", "二、", ["县市场监管局"]),
        ("（四）", "二、", ["县法院", "县税务局"]),
    ]


def test_unit_names_holding_separators_stay_whole() -> None:
    """各乡、镇人民政府 is one name; 及 joins two; X等Y keeps the group Y."""
    tasks = _by_label(parse_text(UNIT_LISTS))
    assert tasks["（一）"].responsible_units == ["各乡、镇人民政府"]
    assert tasks["（二）"].responsible_units == ["县、乡两级行业主管部门"]
    assert tasks["（三）"].responsible_units == ["县直有关部门、单位"]
    assert tasks["（四）"].responsible_units == ["县卫健委", "各乡镇卫生院"]
    assert tasks["（五）"].responsible_units == ["县市场监管局", "县税务局", "县直部门"]


def _group_phrase_units(plan: PlanDraft) -> list[tuple[str, list[str], list[str], list[str]]]:
    return [(t.label, t.lead_units, t.responsible_units, t.supporting_units) for t in plan.tasks]


def test_group_phrase_after_deng_is_kept_from_text_and_word(tmp_path: Path) -> None:
    """X等相关单位 / X、Y等有关部门 / X等成员单位 give X (and Y) plus the group as written;
    等单位 and a bare 等 only close the list."""
    expected = [
        ("（一）", [], ["县市场监管局", "相关单位"], []),
        ("（二）", [], ["县行政审批局", "县司法局", "有关部门"], []),
        ("（三）", ["县人社局"], [], ["县财政局", "成员单位"]),
        ("（四）", [], ["县委宣传部", "县教体局"], []),
        ("（五）", [], ["县司法局", "具有行政执法职能的部门"], []),
        ("（六）", [], ["县财政局", "县审计局"], []),
    ]
    text = tmp_path / "plan.txt"
    text.write_text(GROUP_PHRASES, encoding="utf-8")
    word = plan_docx(GROUP_PHRASES, tmp_path / "plan.docx", "numbered")
    assert _group_phrase_units(parse_plan(read_document(text))) == expected
    assert _group_phrase_units(parse_plan(read_document(word))) == expected


def test_stated_lead_rules_pick_the_lead() -> None:
    """列第一位的为牵头单位，以下同 holds onward; 其中X为牵头单位 names X for its task."""
    tasks = _by_label(parse_text(LEAD_RULES))
    assert (tasks["（一）"].lead_units, tasks["（一）"].responsible_units) == (
        ["县发改委"],
        ["县司法局"],
    )
    assert (tasks["（二）"].lead_units, tasks["（二）"].responsible_units) == (
        ["县市场监管局"],
        ["县商务局"],
    )
    assert (tasks["（三）"].lead_units, tasks["（三）"].responsible_units) == (
        ["县税务局"],
        ["县法院", "县发改委"],
    )


def test_deadlines_starts_and_the_plan_wide_rhythm() -> None:
    """9月底完成, 年底前, 2025年11月底前 are deadlines; 自…起 a start; 每季度末 covers the rest."""
    tasks = _by_label(parse_text(DEADLINES))
    assert [(t.deadline, t.frequency) for t in tasks.values()] == [
        ("9月底", "once"),
        ("年底前", "once"),
        ("2025年11月底前", "once"),
        (None, "quarterly"),
        ("9月底", "once"),
    ]
    assert tasks["（五）"].responsible_units == ["县住建局"]


def test_an_annex_restating_the_body_is_merged_onto_its_tasks() -> None:
    """6 body tasks + a 任务分解表 of the same 6 give 6 tasks with the table's extras."""
    plan = parse_text(BODY_AND_ANNEX)
    assert [t.label for t in plan.tasks] == [
        "（一）",
        "（二）",
        "（三）",
        "（四）",
        "（五）",
        "（六）",
    ]
    assert [s.label for s in plan.sections] == ["一、", "二、"]
    tasks = _by_label(plan)
    first = tasks["（一）"]
    assert (first.lead_units, first.responsible_units) == (["县发改局"], ["县大数据中心"])
    assert (first.deadline, first.frequency) == ("2025年9月底前", "quarterly")
    assert (tasks["（二）"].deadline, tasks["（二）"].frequency) == (None, "monthly")
    assert tasks["（五）"].frequency == "half-yearly"
    last = tasks["（六）"]
    assert (last.lead_units, last.supporting_units) == (["县发改局"], ["县法院", "县税务局"])


def test_possible_losses_are_warned_about_not_dropped() -> None:
    """A numbering gap, a task without units and a closing remark each get a warning."""
    plan = parse_text(SILENT_LOSS)
    assert plan.warnings == [
        "编号不连续：（三）之后是（五），中间的条目可能没有读到，请核对原文。",
        "任务（二）“推进信用监管”没有读到责任单位（前后任务都有），请核对。",
        "最后一项任务之后的文字没有读入任何任务：“请各单位结合实际认真抓好落实。”",
    ]
    assert _by_label(plan)["（六）"].responsible_units == ["县委宣传部"]


def test_the_cli_prints_warnings_beside_the_json(tmp_path: Path) -> None:
    """--dry-run --json keeps stdout pure JSON; the warnings go to stderr."""
    path = tmp_path / "plan.txt"
    path.write_text(SILENT_LOSS, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "creditdesk", "import-plan", str(path), "--dry-run", "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["tasks"]) == 5
    assert "注意：编号不连续：（三）之后是（五）" in result.stderr


def test_other_role_words_brackets_and_a_two_line_title() -> None:
    """主办/协办, 牵头部门/责任部门, (…:…), 【…】, [ … ], units on the line after the colon,
    县发改局（牵头） marking the lead after its name."""
    plan = parse_text(ROLE_WORDS)
    assert (plan.title, plan.year) == ("青川县2025年社会信用体系建设工作要点", 2025)
    assert [
        (t.label, t.lead_units, t.responsible_units, t.supporting_units) for t in plan.tasks
    ] == [
        ("（一）", ["县司法局"], [], ["县发改局", "县财政局"]),
        ("（二）", ["县行政审批局"], ["县市场监管局", "县税务局"], []),
        ("（三）", [], ["县人大法工委", "县司法局"], []),
        ("（四）", ["县金融服务中心"], [], []),
        ("（五）", [], ["县委宣传部"], ["县教育局"]),
        ("（六）", ["县发改局"], ["县大数据中心"], []),
        ("（七）", [], ["县法院"], ["县司法局"]),
    ]
    assert plan.warnings == []


def test_arabic_levels_with_steps_after_the_bracket() -> None:
    """1. / (1) / ① levels; a bracket before the ① steps still names the task's units."""
    plan = parse_text(ARABIC_LEVELS)
    assert [(s.label, s.title) for s in plan.sections] == [
        ("1.", "完善信用信息归集"),
        ("2.", "强化信用监管"),
    ]
    assert [
        (t.section, t.title, t.lead_units, t.responsible_units, t.supporting_units)
        for t in plan.tasks
    ] == [
        ("1.", "归集行政许可信息", [], ["县行政审批局"], []),
        ("1.", "归集行政处罚信息", [], ["县市场监管局", "县城管局"], []),
        ("2.", "开展分级分类监管", ["县发改局"], [], ["县住建局"]),
        ("2.", "推进信用修复", [], ["县法院"], []),
    ]
    assert "②开展评价" in plan.tasks[2].text
    assert (plan.tasks[3].deadline, plan.tasks[0].frequency) == ("9月底前", "monthly")


def test_the_cli_json_carries_supporting_units_from_a_docx(tmp_path: Path) -> None:
    """配合/协办 units reach the --dry-run --json contract from a Word file too (class 7)."""
    from plan_formats import plan_docx

    path = plan_docx(ROLE_WORDS, tmp_path / "plan.docx", "numbered")
    result = subprocess.run(
        [sys.executable, "-m", "creditdesk", "import-plan", str(path), "--dry-run", "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    tasks = json.loads(result.stdout)["tasks"]
    assert [t["supporting_units"] for t in tasks][:2] == [["县发改局", "县财政局"], []]
    assert tasks[4]["supporting_units"] == ["县教育局"]
