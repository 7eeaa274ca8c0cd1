"""The units and groups a clerk may choose as a task's target, read without Qt."""

from __future__ import annotations

from factories import add_units

from creditdesk.model import Alias, UnitGroup
from creditdesk.services.context import ServiceContext
from creditdesk.services.target_entries import TargetEntry, target_entries


def test_active_units_in_roster_order_then_groups_by_name_with_their_other_spellings(
    ctx: ServiceContext,
) -> None:
    with ctx.session_factory.begin() as session:
        finance, court, retired = add_units(session, "青禾县财政局", "青禾县人民法院", "县粮食局")
        finance.short_name = "县财政局"
        retired.active = False
        towns = UnitGroup(name="各乡镇（街道）")
        members = UnitGroup(name="各成员单位", all_units=True)
        session.add_all([towns, members])
        session.flush()
        session.add_all(
            [Alias(name="县财政", unit_id=finance.id), Alias(name="各乡镇", group_id=towns.id)]
        )
        ids = (finance.id, court.id, towns.id, members.id)
    assert target_entries(ctx) == [
        TargetEntry("unit", ids[0], "青禾县财政局", ("县财政局", "县财政")),
        TargetEntry("unit", ids[1], "青禾县人民法院"),
        TargetEntry("group", ids[2], "各乡镇（街道）", ("各乡镇",)),
        TargetEntry("group", ids[3], "各成员单位"),
    ]


def test_an_empty_roster_offers_nothing(ctx: ServiceContext) -> None:
    assert target_entries(ctx) == []
