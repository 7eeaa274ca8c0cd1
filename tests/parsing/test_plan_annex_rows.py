"""Annex task-table rows: shifted rows, roles named in a remark, titles of long cells."""

from __future__ import annotations

from creditdesk.parsing.plan_parser import heading_phrase, parse_text

BODY = ["一、信用建设", "（一）做好工作。（县发改委负责）"]
HEADER = "一级指标\t二级指标\t三级指标\t四级指标\t重点工作\t责任单位\t完成时限"


def test_full_width_row_shifted_left_as_a_whole_moves_back() -> None:
    """Units and date one column early, a blank at the end: a lost leading blank."""
    text = "\n".join(
        [
            *BODY,
            "附件：",
            HEADER,
            "信用环境建设\t信用产品\t信易贷\t白名单情况\t推送白名单企业。\t区金融办\t持续推进",
            "\t“信易+”应用场景\t信易批应用情况\t开展信易+应用。\t区发改委、区金融办\t2023年11月30日\t",
        ]
    )
    plan = parse_text(text)
    assert [(s.label, s.title) for s in plan.sections if s.label.startswith("附件")] == [
        ("附件1", "信用环境建设"),
        ("附件1.1", "信用产品"),
        ("附件1.1.1", "信易贷"),
        ("附件1.1.1.1", "白名单情况"),
        ("附件1.1.2", "“信易+”应用场景"),
        ("附件1.1.2.1", "信易批应用情况"),
    ]
    last = plan.tasks[-1]
    assert (last.label, last.title, last.responsible_units, last.deadline) == (
        "附件1.1.2.1-1",
        "开展信易+应用",
        ["区发改委", "区金融办"],
        "2023年11月30日",
    )


def test_short_row_keeps_its_merged_text_cell() -> None:
    """A row that lost a cell (text spanning 四级指标 and 重点工作) sits in its 三级 section."""
    text = "\n".join(
        [
            *BODY,
            "附件：",
            HEADER,
            "信用环境建设\t政务诚信\t政府守信践诺\t保障合法权益\t保障合法权益。\t区法院\t2023年11月30日",
            "\t\t\t开展示范引领。创评典型。\t区发改委、区法院\t持续推进",
        ]
    )
    plan = parse_text(text)
    last = plan.tasks[-1]
    assert (last.label, last.section, last.title, last.frequency) == (
        "附件1.1.1-1",
        "附件1.1.1",
        "开展示范引领",
        "continuous",
    )


def test_remark_naming_the_lead_unit() -> None:
    """备注 "宣传部牵头、各成员单位每月组织开展一次": 宣传部 leads."""
    text = "\n".join(
        [
            *BODY,
            "附件",
            "序号\t一级指标\t二级指标\t三级指标\t责任单位\t备注",
            "1\t政务诚信\t宣传教育\t举办诚信宣传活动\t各乡镇、各成员单位\t宣传部牵头、各成员单位每月组织开展一次",
            "\t\t\t举办专题培训\t县发改委、宣传部\t宣传部负责、每季度报送",
            "\t\t\t举办发布会\t县发改委\t各成员单位每季度集中报送",
        ]
    )
    tasks = [t for t in parse_text(text).tasks if t.from_annex]
    assert [(t.lead_units, t.responsible_units, t.frequency) for t in tasks] == [
        (["宣传部"], ["各乡镇", "各成员单位"], "monthly"),
        ([], ["县发改委", "宣传部"], "quarterly"),
        ([], ["县发改委"], "quarterly"),
    ]


def test_title_is_the_whole_first_sentence() -> None:
    """A long first sentence is not cut at a comma; a text with no sentence end is."""
    long_sentence = (
        "对照省信用信息目录，依据主动公示型、容缺受理型、审批替代型等六种类型，"
        "梳理本领域适用信用承诺的行政管理事项清单并实行信用承诺"
    )
    assert heading_phrase(long_sentence + "。其余内容。") == long_sentence
    assert heading_phrase(long_sentence) == "对照省信用信息目录"
