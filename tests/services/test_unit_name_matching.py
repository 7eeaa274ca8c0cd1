"""A roster of official full names: certain matches need no click, the rest carry a confidence."""

from __future__ import annotations

import pytest

from creditdesk.model import OfficeSettings, Unit
from creditdesk.parsing.plan_parser import parse_text
from creditdesk.services.context import ServiceContext
from creditdesk.services.plan_import import (
    NameDecision,
    accept_suggestions,
    apply_import,
    preview_import,
    resolve_names,
)

ROSTER = (
    "宝丰县发展和改革委员会",
    "宝丰县司法局",
    "宝丰县人力资源和社会保障局",
    "宝丰县市场监督管理局",
    "中国人民银行宝丰县支行",
    "宝丰县卫生健康委员会",
    "国家税务总局宝丰县税务局",
    "宝丰县住房和城乡建设局",
    "宝丰县委文明办",
    "宝丰县水利局",
    "宝丰县公路管理局",
)
CERTAIN = {
    "县发改委": "宝丰县发展和改革委员会",
    "发展改革委": "宝丰县发展和改革委员会",
    "县司法局": "宝丰县司法局",
    "县人社局": "宝丰县人力资源和社会保障局",
    "市场监管局": "宝丰县市场监督管理局",
    "人行宝丰支行": "中国人民银行宝丰县支行",
    "县卫健委": "宝丰县卫生健康委员会",
    "县税务局": "国家税务总局宝丰县税务局",
    "县住建局": "宝丰县住房和城乡建设局",
    "县委文明办": "宝丰县委文明办",
}


@pytest.fixture
def roster(ctx: ServiceContext) -> dict[str, int]:
    with ctx.session_factory.begin() as session:
        units = [Unit(name=name, position=i) for i, name in enumerate(ROSTER)]
        session.add_all(units)
        settings = session.get(OfficeSettings, 1)
        assert settings is not None
        settings.place_name = "宝丰县"
        session.flush()
        return {u.name: u.id for u in units}


def test_place_name_and_standard_abbreviations_match_for_certain(
    ctx: ServiceContext, roster: dict[str, int]
) -> None:
    matches = resolve_names(ctx, list(CERTAIN))
    assert {name: m.target_id for name, m in matches.items()} == {
        name: roster[full] for name, full in CERTAIN.items()
    }
    assert all(m.certain for m in matches.values())


def test_a_different_kind_of_body_is_never_a_likely_suggestion(
    ctx: ServiceContext, roster: dict[str, int]
) -> None:
    """团县委 is a committee (委), 县委文明办 an office (办): not offered as likely."""
    match = resolve_names(ctx, ["团县委"])["团县委"]
    assert not match.certain
    assert "宝丰县委文明办" not in [s.name for s in match.suggestions]
    water = resolve_names(ctx, ["县水务局"])["县水务局"]
    assert water.suggestions[0].name == "宝丰县水利局"  # same head, shown with its confidence
    assert water.likely(85) is None  # but not likely enough to take without the clerk


PLAN = """宝丰县2026年社会信用体系建设工作要点

一、信用信息归集
（一）归集信息。每季度报送。（牵头单位：县发改委。责任单位：县公路局、县水务局、团县委）
"""


def test_accepting_suggestions_takes_only_those_above_the_threshold(
    ctx: ServiceContext, roster: dict[str, int]
) -> None:
    preview = preview_import(ctx, parse_text(PLAN))
    assert preview.unresolved == ["县公路局", "县水务局", "团县委"]
    decisions = accept_suggestions(preview, threshold=85)
    assert decisions == {"县公路局": NameDecision("unit", roster["宝丰县公路管理局"])}
    everything = accept_suggestions(preview, threshold=40)
    assert everything["县水务局"] == NameDecision("unit", roster["宝丰县水利局"])
    assert "团县委" not in everything
    # the clerk's own decision is kept
    own = {"县公路局": NameDecision("create")}
    assert accept_suggestions(preview, 85, own)["县公路局"] == NameDecision("create")
    result = apply_import(ctx, preview, decisions, create_units=True)
    assert result.created_units == 2  # 县水务局 and 团县委, created as the CLI asked
