"""The roster (单位) of member units: listing and searching."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from creditdesk.model import Alias, Unit
from creditdesk.services.context import ServiceContext
from creditdesk.services.text_rules import contains_any


@dataclass(frozen=True)
class UnitRow:
    """A unit as the roster table shows it."""

    id: int
    name: str
    short_name: str
    category: str
    liaison: str
    office_phone: str
    mobile: str
    email: str
    address: str
    active: bool
    aliases: list[str]
    liaison_title: str = ""


def list_units(
    ctx: ServiceContext, text: str = "", category: str | None = None, include_inactive: bool = False
) -> list[UnitRow]:
    """Units matching a search text (name, alias, liaison, phone) and category, in roster order."""
    query = select(Unit).options(selectinload(Unit.aliases)).order_by(Unit.position, Unit.name)
    if not include_inactive:
        query = query.where(Unit.active)
    if category:
        query = query.where(Unit.category == category)
    text = text.strip()
    if text:
        named = contains_any(
            text, Unit.name, Unit.short_name, Unit.liaison, Unit.office_phone, Unit.mobile
        )
        aliased = Unit.id.in_(select(Alias.unit_id).where(contains_any(text, Alias.name)))
        query = query.where(or_(named, aliased))
    with ctx.session_factory() as session:
        return [
            UnitRow(
                u.id,
                u.name,
                u.short_name,
                u.category,
                u.liaison,
                u.office_phone,
                u.mobile,
                u.email,
                u.address,
                u.active,
                [a.name for a in u.aliases],
                u.liaison_title,
            )
            for u in session.scalars(query)
        ]


def list_categories(ctx: ServiceContext) -> list[str]:
    """The categories in use, in first-seen roster order."""
    with ctx.session_factory() as session:
        rows = session.execute(select(Unit.category, Unit.position).order_by(Unit.position)).all()
    seen: dict[str, None] = {}
    for category, _ in rows:
        if category:
            seen.setdefault(category, None)
    return list(seen)
