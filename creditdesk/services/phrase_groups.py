"""Groups born from a plan's phrases (各成员单位, 各乡镇, 县直有关部门) during the plan review.

A plan addresses many units at once with a phrase; the review must not stop there. A phrase
meaning the whole leadership group (各成员单位, 领导小组各成员单位) stands for every active
unit without asking (:func:`all_members_group`); any other phrase can become a new group whose
members the clerk picks by category (:func:`create_group_from_phrase`), remembered for the
next plan because the group carries the phrase as its name.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from creditdesk.model import Unit, UnitGroup
from creditdesk.parsing.unit_names import is_all_members_phrase
from creditdesk.services import audit
from creditdesk.services.context import ServiceContext
from creditdesk.services.roster import UnitRow, list_units
from creditdesk.services.roster_groups import GroupDetail, create_group

ALL_MEMBERS_NAME = "各成员单位"


def all_members_group(session: Session, ctx: ServiceContext) -> int:
    """The id of a group of all active units, made (and audited) when the roster has none."""
    found = session.scalar(
        select(UnitGroup.id).where(UnitGroup.all_units).order_by(UnitGroup.id).limit(1)
    )
    if found is not None:
        return found
    group = UnitGroup(
        name=ALL_MEMBERS_NAME, description="工作要点中的“各成员单位”：全部在册单位", all_units=True
    )
    session.add(group)
    session.flush()
    audit.record(
        session, ctx, "导入时新建分组", "unit_group", group.id, None, audit.snapshot(group)
    )
    return group.id


def units_in_categories(ctx: ServiceContext, categories: Sequence[str]) -> list[UnitRow]:
    """Active units of the given categories (县直部门, 乡镇（街道）…), roster order: the members
    a new group would get, for the clerk to look over first."""
    wanted = set(categories)
    return [u for u in list_units(ctx) if u.category in wanted]


def create_group_from_phrase(
    ctx: ServiceContext,
    phrase: str,
    categories: Sequence[str] = (),
    add_unit_ids: Iterable[int] = (),
    leave_out_unit_ids: Iterable[int] = (),
) -> GroupDetail:
    """A new group named as the plan wrote it, with the active units of ``categories``.

    ``add_unit_ids`` and ``leave_out_unit_ids`` adjust the members the clerk saw; a phrase
    meaning all members makes a group of all units instead. Undo with
    :func:`~creditdesk.services.roster_groups.delete_group`.

    Raises:
        UserError: the phrase is already a unit, group or alias name.
    """
    if is_all_members_phrase(phrase):
        return create_group(ctx, phrase, "全部在册单位", all_units=True)
    members = {u.id for u in units_in_categories(ctx, categories)}
    members |= set(add_unit_ids)
    members -= set(leave_out_unit_ids)
    with ctx.session_factory() as session:
        active = set(session.scalars(select(Unit.id).where(Unit.id.in_(members), Unit.active)))
    described = "、".join(categories)
    description = f"按类别：{described}" if described else ""
    return create_group(ctx, phrase, description, member_ids=sorted(active))


def categories_for_phrase(phrase: str, categories: Sequence[str]) -> list[str]:
    """The roster categories a phrase most likely means, to tick first in the review.

    A category is proposed when it shares a two-character word with the phrase (各乡镇 →
    乡镇（街道）, 县直有关部门 → 县直部门); the clerk sees the members and can change the choice.
    """

    def words(text: str) -> set[str]:
        cleaned = "".join(c for c in text if c.isalnum())
        return {cleaned[i : i + 2] for i in range(len(cleaned) - 1)} - _FILLER_WORDS

    wanted = words(phrase)
    return [c for c in categories if words(c) & wanted]


_FILLER_WORDS = frozenset({"各有", "有关", "相关", "单位", "各单", "具有"})
"""Two-character words every phrase and category may hold: they say nothing of the kind."""
