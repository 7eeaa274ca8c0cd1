"""Property: rewriting a plan the way reposts and copies do leaves its tasks and units alone.

Generated plans (sections, tasks, attribution in the usual forms) are rewritten with
half-width punctuation, in traditional characters, or onto one line; the tasks and their
units by role must stay the same (names in traditional form where the text was converted).
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from creditdesk.parsing.plan_model import PlanDraft
from creditdesk.parsing.plan_parser import parse_text

UNITS = [
    "县发改委",
    "县市场监管局",
    "县税务局",
    "县委宣传部",
    "县人社局",
    "县住建局",
    "县法院",
    "县司法局",
    "县卫健委",
    "各乡镇人民政府",
]
TOPICS = [
    "完善信用制度",
    "推进信用监管",
    "开展诚信宣传",
    "做好信用修复",
    "推进信易贷",
    "归集信用信息",
]
CN = "一二三四五六七八九十"
HALF: dict[str, str] = {"，": ",", "：": ":", "（": "(", "）": ")", "；": ";"}
TRADITIONAL = str.maketrans(
    {
        "县": "縣",
        "发": "發",
        "单": "單",
        "责": "責",
        "负": "負",
        "头": "頭",
        "牵": "牽",
        "务": "務",
        "监": "監",
        "税": "稅",
        "卫": "衛",
        "传": "傳",
        "乡": "鄉",
        "镇": "鎮",
        "场": "場",
        "门": "門",
        "进": "進",
        "开": "開",
        "归": "歸",
        "贷": "貸",
    }
)


@st.composite
def plans(draw: st.DrawFn) -> str:
    """A plan text: title, 2–3 sections of 1–3 tasks, each with an attribution bracket
    (a 责任单位 list may end with a group phrase after 等)."""
    lines = ["东川县2025年社会信用体系建设工作要点"]
    number = 0
    for s in range(draw(st.integers(2, 3))):
        lines.append(f"{CN[s]}、{draw(st.sampled_from(TOPICS))}")
        for _ in range(draw(st.integers(1, 3))):
            topic = draw(st.sampled_from(TOPICS))
            units = draw(st.lists(st.sampled_from(UNITS), min_size=1, max_size=4, unique=True))
            form = draw(st.integers(0, 2))
            if form == 0:
                bracket = f"（牵头单位：{units[0]}。责任单位：{'、'.join(units[1:]) or units[0]}）"
            elif form == 1:
                bracket = f"（{units[0]}牵头，{'、'.join(units[1:]) or '各乡镇人民政府'}负责）"
            else:
                group = draw(st.sampled_from(["", "等", "等相关单位", "等有关部门", "等成员单位"]))
                bracket = f"（责任单位：{'、'.join(units)}{group}）"
            lines.append(f"（{CN[number]}）{topic}。认真做好{topic}工作。{bracket}")
            number += 1
    return "\n".join(lines) + "\n"


def _units(plan: PlanDraft, name: Callable[[str], str] = str) -> list[tuple[str, ...]]:
    return [
        (
            t.label,
            *(name(u) for u in t.lead_units),
            "|",
            *(name(u) for u in t.responsible_units),
            "|",
            *(name(u) for u in t.supporting_units),
        )
        for t in plan.tasks
    ]


@settings(max_examples=40, deadline=None)
@given(plans())
def test_half_width_punctuation_changes_nothing(text: str) -> None:
    """（责任单位：A，B） and (责任单位:A,B) name the same units."""
    rewritten = "".join(HALF.get(ch, ch) for ch in text)
    assert _units(parse_text(rewritten)) == _units(parse_text(text))


@settings(max_examples=40, deadline=None)
@given(plans())
def test_traditional_characters_change_nothing_but_the_script(text: str) -> None:
    """A repost in traditional characters gives the same tasks, names as written."""
    rewritten = text.translate(TRADITIONAL)
    expected = _units(parse_text(text), lambda name: name.translate(TRADITIONAL))
    assert _units(parse_text(rewritten)) == expected


@settings(max_examples=40, deadline=None)
@given(plans())
def test_one_line_changes_nothing(text: str) -> None:
    """A plan copied from a web page onto one line reads like the original."""
    rewritten = " ".join(text.splitlines())
    assert _units(parse_text(rewritten)) == _units(parse_text(text))
