"""Choosing what to chase: notice drafts (督办通知草稿), one per unit, with the level to send.

Three ways to choose, matching the places the clerk starts from:

* :func:`draft_overdue` — everything overdue as of a day (the notices page, the CLI), or one
  unit's overdue items (the roster or the matrix);
* :func:`draft_due_soon` — reminders (提醒) for items falling due within the warning days;
* :func:`draft_for_obligations` — the obligations the clerk ticked (matrix, home page).

The level follows the usual practice: 提醒 ``reminder`` when no listed item is overdue yet,
催报 ``overdue`` when some are, and 督办 ``supervise`` when an overdue item was already listed
in an earlier 催报 or 督办 notice that is not void (a reminder sent before the due date does not
count: the first notice after the due date is still a 催报). The clerk may change the level of
a draft with :func:`dataclasses.replace` before issuing it.

Drafts are plain data read in one short session; nothing is written until
:func:`creditdesk.services.notice_issue.issue_notices`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from creditdesk.model import (
    Notice,
    NoticeItem,
    Obligation,
    ObligationRule,
    OfficeSettings,
    Submission,
)
from creditdesk.output.letter_item import LetterItem
from creditdesk.services.calendar_store import load_calendar
from creditdesk.services.context import ServiceContext
from creditdesk.services.notice_template import Level
from creditdesk.services.overview import LOOK_AHEAD_DAYS, LOOK_BACK_DAYS
from creditdesk.services.periods import Period
from creditdesk.services.status import NOT_YET_DUE, OVERDUE, ObligationState, states_due_between

CHASED_LEVELS = ("overdue", "supervise")
"""Levels of an earlier notice that make a repeated overdue item a 督办."""


@dataclass(frozen=True)
class EarlierNotice:
    """A notice that already listed one of the draft's items."""

    number: str
    issued_on: dt.date


@dataclass(frozen=True, kw_only=True)
class DraftItem(LetterItem):
    """One obligation as the notice will list it: the letter's row and what chose the level.

    ``workdays`` counts working days overdue for an overdue item, working days left for one
    not yet due (reminders). The row's fields come first and positionally, the rest by name.
    """

    obligation_id: int
    overdue: bool
    earlier: tuple[EarlierNotice, ...] = ()
    return_reason: str = ""
    """Why the unit's material was returned (退回补充), when it was; the letter quotes it
    after the material (see :func:`with_return_reason`)."""


@dataclass(frozen=True)
class NoticeDraft:
    """A notice to one unit, not yet numbered.

    Attributes:
        unit_id, unit: the receiving unit (主送机关).
        level: reminder, overdue or supervise.
        items: the obligations listed, by due date.
        as_of: the day the states were read on (截至日期).
        earlier: earlier 催报/督办 notices that listed some of the items, oldest first.
        title, body: wording for this notice only; ``None`` takes the level's template.
    """

    unit_id: int
    unit: str
    level: Level
    items: tuple[DraftItem, ...]
    as_of: dt.date
    earlier: tuple[EarlierNotice, ...] = ()
    title: str | None = None
    body: str | None = None

    @property
    def overdue_count(self) -> int:
        return sum(1 for item in self.items if item.overdue)


def _earlier_notices(
    session: Session, obligation_ids: Iterable[int], as_of: dt.date
) -> dict[int, list[EarlierNotice]]:
    ids = sorted(set(obligation_ids))
    found: dict[int, list[EarlierNotice]] = {}
    if not ids:
        return found
    query = (
        select(NoticeItem.obligation_id, Notice.number, Notice.issued_on)
        .join(Notice, Notice.id == NoticeItem.notice_id)
        .where(
            NoticeItem.obligation_id.in_(ids),
            Notice.state != "void",
            Notice.level.in_(CHASED_LEVELS),
            Notice.issued_on <= as_of,
        )
        .order_by(Notice.issued_on, Notice.year, Notice.seq)
    )
    for obligation_id, number, issued_on in session.execute(query):
        if obligation_id is not None:
            found.setdefault(obligation_id, []).append(EarlierNotice(number, issued_on))
    return found


def return_reasons(
    session: Session, obligation_ids: Iterable[int], as_of: dt.date
) -> dict[int, str]:
    """Per obligation, the reason of its latest return (退回补充) up to ``as_of``."""
    ids = sorted(set(obligation_ids))
    if not ids:
        return {}
    rows = session.execute(
        select(Submission.obligation_id, Submission.return_reason)
        .where(
            Submission.obligation_id.in_(ids),
            Submission.review_state == "returned",
            Submission.received_on <= as_of,
            Submission.return_reason != "",
        )
        .order_by(Submission.received_on, Submission.id)
    )
    return {obligation_id: reason for obligation_id, reason in rows if obligation_id is not None}


def with_return_reason(material: str, reason: str) -> str:
    """The material as the letter lists it, quoting why it was returned: 信用承诺书（已退回补充：
    缺少公章）. Kept in the material so the register's reprint says the same."""
    if not reason:
        return material
    return f"{material}（已退回补充：{reason}）" if material else f"已退回补充：{reason}"


def _build(
    session: Session, states: Sequence[ObligationState], as_of: dt.date
) -> list[NoticeDraft]:
    """Group unreceived obligations by unit into drafts with their level."""
    states = [s for s in states if s.state in (OVERDUE, NOT_YET_DUE)]
    if not states:
        return []
    calendar = load_calendar(session)
    materials = dict(
        session.execute(
            select(ObligationRule.node_id, ObligationRule.material).where(
                ObligationRule.node_id.in_({s.node_id for s in states})
            )
        ).all()
    )
    earlier = _earlier_notices(session, (s.obligation_id for s in states), as_of)
    returned = return_reasons(session, (s.obligation_id for s in states), as_of)
    by_unit: dict[int, list[ObligationState]] = {}
    names: dict[int, str] = {}
    for state in states:
        by_unit.setdefault(state.unit_id, []).append(state)
        names[state.unit_id] = state.unit
    drafts = []
    for unit_id, unit_states in by_unit.items():
        items = []
        for s in sorted(unit_states, key=lambda s: (s.due_date, s.task_label, s.obligation_id)):
            overdue = s.state == OVERDUE
            days = (
                calendar.workdays_between(s.due_date, as_of)
                if overdue
                else calendar.workdays_between(as_of, s.due_date)
            )
            reason = returned.get(s.obligation_id, "")
            items.append(
                DraftItem(
                    obligation_id=s.obligation_id,
                    task_title=s.task_title,
                    material=with_return_reason(materials.get(s.node_id, "") or "", reason),
                    period_label=Period.parse(s.period).label,
                    due_date=s.due_date,
                    workdays=days,
                    overdue=overdue,
                    earlier=tuple(earlier.get(s.obligation_id, ())),
                    return_reason=reason,
                )
            )
        repeated = [e for item in items if item.overdue for e in item.earlier]
        level: Level
        if repeated:
            level = "supervise"
        elif any(item.overdue for item in items):
            level = "overdue"
        else:
            level = "reminder"
        cited = sorted(set(repeated), key=lambda e: (e.issued_on, e.number))
        drafts.append(
            NoticeDraft(unit_id, names[unit_id], level, tuple(items), as_of, tuple(cited))
        )
    return drafts


def draft_overdue(
    ctx: ServiceContext, as_of: dt.date, unit_id: int | None = None
) -> list[NoticeDraft]:
    """One draft per unit with obligations overdue on ``as_of`` (only ``unit_id``'s if given).

    Like the home page, items due more than :data:`LOOK_BACK_DAYS` days ago are left out.
    Units come in roster order.
    """
    first = as_of - dt.timedelta(days=LOOK_BACK_DAYS)
    last = as_of - dt.timedelta(days=1)
    with ctx.session_factory() as session:
        states = states_due_between(session, first, last, as_of, unit_id)
        return _build(session, [s for s in states if s.state == OVERDUE], as_of)


def draft_due_soon(
    ctx: ServiceContext,
    as_of: dt.date,
    unit_id: int | None = None,
    within_workdays: int | None = None,
) -> list[NoticeDraft]:
    """Reminder drafts: per unit, the unreceived items due within the warning working days.

    Args:
        within_workdays: how far ahead to look; the office's 临近提醒 setting when ``None``.
    """
    with ctx.session_factory() as session:
        if within_workdays is None:
            row = session.get(OfficeSettings, 1)
            within_workdays = row.due_soon_workdays if row else 3
        calendar = load_calendar(session)
        states = states_due_between(
            session, as_of, as_of + dt.timedelta(days=LOOK_AHEAD_DAYS), as_of, unit_id
        )
        soon = [
            s
            for s in states
            if s.state == NOT_YET_DUE
            and calendar.workdays_between(as_of, s.due_date) <= within_workdays
        ]
        return _build(session, soon, as_of)


def draft_for_obligations(
    ctx: ServiceContext, obligation_ids: Iterable[int], as_of: dt.date
) -> list[NoticeDraft]:
    """Drafts for the obligations the clerk chose; received ones are skipped.

    The level of each unit's draft follows its items: 督办 if a chosen overdue item was chased
    before, 催报 if any is overdue, 提醒 otherwise.
    """
    wanted = set(obligation_ids)
    if not wanted:
        return []
    with ctx.session_factory() as session:
        first, last = session.execute(
            select(func.min(Obligation.due_date), func.max(Obligation.due_date)).where(
                Obligation.id.in_(wanted)
            )
        ).one()
        if first is None:
            return []
        states = states_due_between(session, first, last, as_of)
        return _build(session, [s for s in states if s.obligation_id in wanted], as_of)
