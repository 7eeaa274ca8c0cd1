"""Group phrases never block the review, and the review's decisions survive a cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from creditdesk.model import GroupMember, Obligation, OfficeSettings, Unit, UnitGroup
from creditdesk.parsing.plan_parser import parse_text
from creditdesk.services.context import ServiceContext
from creditdesk.services.phrase_groups import create_group_from_phrase, units_in_categories
from creditdesk.services.plan_import import NameDecision, apply_import, preview_import
from creditdesk.services.plan_review_draft import (
    ReviewDraft,
    discard_review_draft,
    load_review_draft,
    plan_file_key,
    save_review_draft,
)

PLAN = """宝丰县2026年社会信用体系建设工作要点

一、信用信息归集
（一）归集信息。每季度报送。（牵头单位：县发改委。责任单位：县社会信用体系建设领导小组各成员单位）
（二）乡镇信用建设。每季度报送。（责任单位：各乡镇）
"""


@pytest.fixture
def roster(ctx: ServiceContext) -> dict[str, int]:
    with ctx.session_factory.begin() as session:
        units = [
            Unit(name="宝丰县发展和改革委员会", category="县直部门", position=1),
            Unit(name="宝丰县司法局", category="县直部门", position=2),
            Unit(name="城关镇人民政府", category="乡镇（街道）", position=3),
            Unit(name="周庄镇人民政府", category="乡镇（街道）", position=4),
            Unit(name="已撤并镇人民政府", category="乡镇（街道）", position=5, active=False),
        ]
        session.add_all(units)
        settings = session.get(OfficeSettings, 1)
        assert settings is not None
        settings.place_name = "宝丰县"
        session.flush()
        return {u.name: u.id for u in units}


def test_all_members_means_every_active_unit_without_asking(
    ctx: ServiceContext, roster: dict[str, int]
) -> None:
    preview = preview_import(ctx, parse_text(PLAN))
    phrase = "县社会信用体系建设领导小组各成员单位"
    assert preview.matches[phrase].how == "all_units" and phrase not in preview.unresolved
    assert preview.unresolved == ["各乡镇"]
    apply_import(ctx, preview, {"各乡镇": NameDecision("create")})
    with ctx.session_factory() as session:
        group = session.scalars(select(UnitGroup).where(UnitGroup.all_units)).one()
        owing = set(
            session.scalars(select(Obligation.unit_id).where(Obligation.period == "2026Q4"))
        )
    assert group.name == "各成员单位"
    assert {roster[n] for n in roster if n != "已撤并镇人民政府"} <= owing
    assert roster["已撤并镇人民政府"] not in owing
    # the next plan finds the group it made
    again = preview_import(ctx, parse_text(PLAN))
    assert (again.matches[phrase].kind, again.matches[phrase].target_id) == ("group", group.id)


def test_a_new_group_from_a_phrase_takes_the_active_units_of_the_chosen_categories(
    ctx: ServiceContext, roster: dict[str, int]
) -> None:
    assert [u.name for u in units_in_categories(ctx, ["乡镇（街道）"])] == [
        "城关镇人民政府",
        "周庄镇人民政府",
    ]
    group = create_group_from_phrase(
        ctx, "各乡镇", ["乡镇（街道）"], add_unit_ids=[roster["宝丰县司法局"]]
    )
    with ctx.session_factory() as session:
        members = set(
            session.scalars(select(GroupMember.unit_id).where(GroupMember.group_id == group.id))
        )
    assert members == {
        roster["城关镇人民政府"],
        roster["周庄镇人民政府"],
        roster["宝丰县司法局"],
    }
    preview = preview_import(ctx, parse_text(PLAN))
    assert preview.unresolved == []  # the phrase now names the group
    assert preview.matches["各乡镇"].target_id == group.id


def test_decisions_survive_a_cancel_as_a_draft_until_the_import(
    ctx: ServiceContext, roster: dict[str, int], tmp_path: Path
) -> None:
    plan_file = tmp_path / "工作要点.txt"
    plan_file.write_text(PLAN, encoding="utf-8")
    key = plan_file_key(plan_file)
    workspace = tmp_path / "工作区"
    assert load_review_draft(workspace, key) is None
    decided = ReviewDraft(
        {"各乡镇": NameDecision("unit", roster["城关镇人民政府"])},
        frequencies={"（二）": "monthly"},
    )
    save_review_draft(workspace, key, decided)  # the clerk cancels here
    assert load_review_draft(workspace, key) == decided  # and finds it all again
    plan_file.write_text(PLAN + "\n", encoding="utf-8")
    assert load_review_draft(workspace, plan_file_key(plan_file)) is None  # another file
    discard_review_draft(workspace, key)  # imported
    assert load_review_draft(workspace, key) is None
    with ctx.session_factory() as session:
        assert session.scalar(select(func.count(UnitGroup.id))) == 0


def test_a_phrase_proposes_the_categories_sharing_a_word_with_it() -> None:
    from creditdesk.services.phrase_groups import categories_for_phrase

    categories = ["县直部门", "乡镇（街道）", "金融机构", "企业"]
    assert categories_for_phrase("各乡镇", categories) == ["乡镇（街道）"]
    assert categories_for_phrase("县各有关部门", categories) == ["县直部门"]
    assert categories_for_phrase("具有行政许可和行政处罚职能的县直各单位", categories) == [
        "县直部门"
    ]
    assert categories_for_phrase("有关单位", categories) == []  # says nothing of the kind
