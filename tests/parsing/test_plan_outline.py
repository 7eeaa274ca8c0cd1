"""Outline levels by first appearance, and what stays inside a task's text."""

from __future__ import annotations

from creditdesk.chinese_numerals import from_chinese, to_chinese
from creditdesk.parsing.plan_parser import parse_text


def test_levels_follow_first_appearance_not_a_fixed_order() -> None:
    """Here 1. is the section level and （一） the task level — the reverse of the samples."""
    plan = parse_text(
        "1. 信息归集\n（一）归集信息。每月报送。（县发改委负责）\n"
        "（二）公示信息。（县市场监管局负责）\n"
        "2. 信用监管\n（一）分级分类。（县税务局牵头，县财政局配合）\n"
    )
    assert [(s.label, s.title) for s in plan.sections] == [("1.", "信息归集"), ("2.", "信用监管")]
    assert [(t.label, t.section) for t in plan.tasks] == [
        ("（一）", "1."),
        ("（二）", "1."),
        ("（一）", "2."),
    ]


def test_numbered_list_inside_a_task_stays_in_its_text() -> None:
    """Thirteen documents 1.《…》 under task 2. are not tasks; task 3. follows normally."""
    documents = "\n".join(f"{n}.《第{n}号文件》；" for n in range(1, 14))
    plan = parse_text(
        "一、制度建设\n1. 开展评价。（县发改委负责）\n2. 学习文件。认真学习以下文件：\n"
        f"{documents}\n（责任单位：县司法局）\n3. 做好宣传。（县委宣传部负责）\n"
    )
    assert [t.label for t in plan.tasks] == ["1.", "2.", "3."]
    second = plan.tasks[1]
    assert "13.《第13号文件》" in second.text
    assert second.responsible_units == ["县司法局"]


def test_sub_points_stay_in_their_task() -> None:
    plan = parse_text(
        "（一）加强修复。一是制定流程；二是建立专栏。\n三是加强指导。（责任单位：县发改委）\n"
        "（二）加强宣传。（责任单位：县委宣传部）\n"
    )
    assert len(plan.tasks) == 2
    assert plan.tasks[0].text.endswith("三是加强指导。（责任单位：县发改委）")


def test_nested_sections_get_unique_labels() -> None:
    plan = parse_text(
        "一、重点工作\n（一）信息归集\n1. 归集。（县发改委负责）\n"
        "（二）信用监管\n1. 监管。（县市场监管局负责）\n"
    )
    assert [s.label for s in plan.sections] == ["一、", "一（一）", "一（二）"]
    assert [t.section for t in plan.tasks] == ["一（一）", "一（二）"]


def test_page_artefacts_are_removed() -> None:
    """Lone page numbers, running headers and a sentence broken over a page are repaired."""
    plan = parse_text(
        "某县信用办\n（一）加强归集。按照要求归集数\n\n- 3 -\n某县信用办\n据。（县发改委负责）\n"
        "某县信用办\n（二）做好宣传。（县委宣传部负责）\n7\n"
    )
    assert plan.tasks[0].text == "加强归集。按照要求归集数据。（县发改委负责）"
    assert plan.tasks[1].text == "做好宣传。（县委宣传部负责）"


def test_chinese_numerals_round_trip() -> None:
    for n in (1, 9, 10, 11, 20, 21, 99, 100, 105, 1010):
        assert from_chinese(to_chinese(n)) == n
    assert to_chinese(21) == "二十一"
    assert to_chinese(105) == "一百零五"
