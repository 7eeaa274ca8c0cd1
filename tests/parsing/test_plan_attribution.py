"""Reading 牵头/责任/配合单位 from the end of a task, in the forms plans use."""

from __future__ import annotations

import pytest

from creditdesk.parsing.attribution import parse_units, split_attribution
from creditdesk.parsing.unit_lists import split_unit_list


def _units(text: str) -> tuple[list[str], list[str], list[str]]:
    _, content = split_attribution(text)
    assert content is not None, text
    result = parse_units(content)
    return result.lead, result.responsible, result.supporting


@pytest.mark.parametrize(
    ("text", "lead", "responsible", "supporting"),
    [
        (
            "做好工作。（牵头单位：县发改委。责任单位：县税务局、县水利局）",
            ["县发改委"],
            ["县税务局", "县水利局"],
            [],
        ),
        (
            "做好工作。（责任单位：区发改委牵头，各街道〈镇〉、区政府各相关部门负责）",
            ["区发改委"],
            ["各街道〈镇〉", "区政府各相关部门"],
            [],
        ),
        ("做好工作。（县发改委、县财政局负责）", [], ["县发改委", "县财政局"], []),
        ("做好工作。（县发改委牵头，县财政局配合）", ["县发改委"], [], ["县财政局"]),
        ("做好工作。（牵头单位：县发改委；协办单位：县统计局）", ["县发改委"], [], ["县统计局"]),
        ("做好工作（责任单位：县发改委）。", [], ["县发改委"], []),
        ("做好工作。(牵头单位:县发改委,责任单位:县财政局)", ["县发改委"], ["县财政局"], []),
        (
            "做好工作。牵头单位：县发改委；配合单位：县财政局和县审计局。",
            ["县发改委"],
            [],
            ["县财政局", "县审计局"],
        ),
        ("做好工作。（县文广旅局、县教体局等负责）", [], ["县文广旅局", "县教体局"], []),
        ("做好工作。（责任单位：县直各有关部门。）", [], ["县直各有关部门"], []),
        (
            "做好工作。（责任单位：区委组织部、区人社局牵头，各街道〈镇〉、区政府各部门按职责分工负责）",
            ["区委组织部", "区人社局"],
            ["各街道〈镇〉", "区政府各部门"],
            [],
        ),
    ],
)
def test_attribution_forms(
    text: str, lead: list[str], responsible: list[str], supporting: list[str]
) -> None:
    assert _units(text) == (lead, responsible, supporting)


def test_bracket_that_names_no_unit_is_not_attribution() -> None:
    assert split_attribution("发布新闻稿（标题前加本县名字便于国家抓取）")[1] is None


def test_names_with_separators_inside_stay_whole() -> None:
    """和 inside a name, 、 inside a descriptive phrase and 等 before a group keep names whole."""
    assert split_unit_list("县自然资源和规划局、县政务服务和大数据管理局") == [
        "县自然资源和规划局",
        "县政务服务和大数据管理局",
    ]
    assert split_unit_list("具有行政强制、行政奖励、行政监督职责的单位") == [
        "具有行政强制、行政奖励、行政监督职责的单位"
    ]
    assert split_unit_list("县银保监局、人行西平县分行等社会信用体系建设领导小组成员单位") == [
        "县银保监局",
        "人行西平县分行",
        "社会信用体系建设领导小组成员单位",
    ]
    assert split_unit_list("县直各有关部门") == ["县直各有关部门"]
    assert split_unit_list("X局等单位") == ["X局"]
    assert split_unit_list("X局、Y局等部门") == ["X局", "Y局"]
    assert split_unit_list("X局、Y局等3个单位") == ["X局", "Y局"]
    assert split_unit_list("X局等相关单位") == ["X局", "相关单位"]
    assert split_unit_list("X局等其他有关部门") == ["X局", "其他有关部门"]
    assert split_unit_list("负责政府采购、招标投标等事项的县有关部门") == [
        "负责政府采购、招标投标等事项的县有关部门"
    ]
    assert split_unit_list("各个办事处（柏庄镇）、区工会、区工会") == [
        "各个办事处（柏庄镇）",
        "区工会",
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("各成员单位认定失信主体并完成修复", ["各成员单位"]),
        ("县发改委负责统筹、县财政局", ["县发改委", "县财政局"]),
        ("各行政村", ["各行政村"]),
        ("市场监管、环保、平燃", ["市场监管", "环保", "平燃"]),
        ("有失信主体的单位", ["有失信主体的单位"]),
    ],
)
def test_what_a_unit_does_is_not_part_of_its_name(text: str, names: list[str]) -> None:
    """A unit cell may say what the unit does after its name; short names stay as written."""
    assert split_unit_list(text) == names
