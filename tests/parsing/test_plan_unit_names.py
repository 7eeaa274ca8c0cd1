"""Unit-name normalisation and matching against the roster, never guessing silently."""

from __future__ import annotations

import pytest

from creditdesk.parsing.unit_names import (
    NameRecord,
    infer_place_names,
    match_unit_names,
    name_score,
    normalise_unit_name,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("县发改委", "发展和改革委员会"),
        ("发改局", "县发展改革委"),
        ("人行西平支行", "中国人民银行西平县支行"),
        ("各街道〈镇〉", "各街道（镇）"),
        ("区委办公室(档案局)", "区委办公室（档案局）"),
        ("县 市场监督管理局", "市场监管局"),
    ],
)
def test_spellings_of_one_unit_normalise_alike(a: str, b: str) -> None:
    assert normalise_unit_name(a) == normalise_unit_name(b)


def test_prefix_stripping_is_careful() -> None:
    """县委 stays 县委; 市场监管局 does not lose its 市."""
    assert normalise_unit_name("县委办") == "县委办"
    assert normalise_unit_name("县委组织部") == normalise_unit_name("组织部")  # the party's own
    assert normalise_unit_name("市场监管局") == "市场监管局"
    assert normalise_unit_name("县直有关部门") == "县直有关部门"


UNITS = [
    NameRecord(1, "县发展和改革委员会", ("县发改委",)),
    NameRecord(2, "县税务局"),
    NameRecord(3, "中国人民银行西平县支行"),
    NameRecord(4, "县水利局"),
    NameRecord(5, "县民政局"),
]
GROUPS = [
    NameRecord("members", "各成员单位", ("社会信用体系建设领导小组成员单位",)),
    NameRecord("towns", "各乡镇（街道）"),
    NameRecord("depts", "县直有关部门"),
    NameRecord("licensing", "具有行政许可和行政处罚职能的单位"),
]


def test_matching_resolves_exact_alias_normalised_and_groups() -> None:
    names = [
        "县发展和改革委员会",
        "县发改委",
        "发改局",
        "人行西平支行",
        "各社会信用体系建设领导小组成员单位",
        "各乡镇(街道)",
        "县直各有关部门",
        "具有行政许可和行政处罚职能的县直各单位",
    ]
    matches = match_unit_names(names, UNITS, GROUPS)
    assert [(m.kind, m.target_id, m.how) for m in matches] == [
        ("unit", 1, "exact"),
        ("unit", 1, "alias"),
        ("unit", 1, "normalised"),
        ("unit", 3, "normalised"),
        ("group", "members", "group"),
        ("group", "towns", "group"),
        ("group", "depts", "group"),
        ("group", "licensing", "group"),
    ]


def test_unknown_names_stay_unresolved_with_suggestions() -> None:
    (match,) = match_unit_names(["县水务局"], UNITS, GROUPS)
    assert match.kind == "unresolved" and match.target_id is None
    assert 0 < len(match.suggestions) <= 5
    assert "县水利局" in [s.name for s in match.suggestions]


def test_ambiguous_normalised_name_is_not_guessed() -> None:
    units = [NameRecord(1, "县发改委"), NameRecord(2, "区发改委")]
    (match,) = match_unit_names(["发改委"], units, [])
    assert match.kind == "unresolved"
    assert {s.id for s in match.suggestions} == {1, 2}


def test_tuples_are_accepted_as_records() -> None:
    (match,) = match_unit_names(["税务局"], [(7, "县税务局", ())], [])
    assert (match.kind, match.target_id) == ("unit", 7)


def test_scores_rest_on_the_head_noun_not_on_shared_characters() -> None:
    """A 委 and a 办 are different bodies; 水务局 is nearer 水利局 than 税务局."""
    assert name_score("团县委", "委文明办") <= 30
    assert name_score("水务局", "水利局") > name_score("水务局", "税务局")
    assert name_score("公路局", "公路管理局") >= 85


def test_the_rosters_own_place_name_is_inferred_and_stripped() -> None:
    names = ["宝丰县司法局", "宝丰县委宣传部", "国家税务总局宝丰县税务局", "县直机关工委"]
    assert infer_place_names(names) == ("宝丰",)
    assert normalise_unit_name("国家税务总局宝丰县税务局", ("宝丰",)) == "税务局"
    assert normalise_unit_name("宝丰县委宣传部", ("宝丰",)) == "宣传部"


def test_the_office_s_own_names_match_their_plan_short_forms_without_a_click() -> None:
    """Full names with the place inside, nested short forms and names without head noun."""
    roster = [
        NameRecord(1, "共青团宝丰县委员会"),
        NameRecord(2, "中共宝丰县委精神文明建设委员会办公室"),
        NameRecord(3, "宝丰县司法局"),
        NameRecord(4, "中国人民银行宝丰县支行"),
        NameRecord(5, "宝丰县妇女联合会"),
        NameRecord(6, "宝丰县天伦燃气有限公司"),
        NameRecord(7, "宝丰县卫生健康委员会"),
        NameRecord(8, "宝丰县教育体育局"),
    ]
    written = ["团县委", "县委文明办", "司法", "县人行", "妇联", "卫健", "天伦", "教育", "共青团"]
    matches = {m.name: m for m in match_unit_names(written, roster, places=("宝丰",))}
    assert {n: m.target_id for n, m in matches.items() if m.certain} == {
        "团县委": 1, "县委文明办": 2, "司法": 3, "县人行": 4, "妇联": 5, "卫健": 7, "教育": 8,
    }  # fmt: skip
    assert matches["共青团"].likely(85.0) is not None
    tianlun = matches["天伦"]  # only the firm's own word: likely, for the clerk to confirm
    assert not tianlun.certain
    assert tianlun.likely(85.0) is not None and tianlun.likely(85.0).id == 6  # type: ignore[union-attr]
