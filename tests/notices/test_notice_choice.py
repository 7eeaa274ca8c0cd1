"""Which drafts the 生成通知 dialog (and the day's batch) offers: choose_drafts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from creditdesk.services.notice_choice import (
    CHOSEN,
    ONE_UNIT,
    OVERDUE,
    DraftRequest,
    choose_drafts,
)

TODAY = dt.date(2026, 11, 22)
REMINDER_DAY = dt.date(2026, 12, 2)  # November's brief falls due 3 working days later
Office = Any  # the conftest fixture: .ctx and .units by name


def test_overdue_mode_offers_one_overdue_notice_per_unit(office: Office) -> None:
    drafts = choose_drafts(office.ctx, DraftRequest(OVERDUE, TODAY))
    assert sorted(d.unit for d in drafts) == sorted(office.units)
    assert {d.level for d in drafts} == {"overdue"}


def test_one_unit_mode_offers_that_unit_only_and_nothing_without_a_unit(office: Office) -> None:
    unit_id = office.units["青禾县教育体育局"]
    drafts = choose_drafts(office.ctx, DraftRequest(ONE_UNIT, TODAY, unit_id=unit_id))
    assert [d.unit for d in drafts] == ["青禾县教育体育局"]
    assert choose_drafts(office.ctx, DraftRequest(ONE_UNIT, TODAY)) == []


def test_reminders_follow_the_overdue_notices_when_asked(office: Office) -> None:
    without = choose_drafts(office.ctx, DraftRequest(OVERDUE, REMINDER_DAY))
    drafts = choose_drafts(office.ctx, DraftRequest(OVERDUE, REMINDER_DAY, due_soon=True))
    levels = [d.level for d in drafts]
    assert levels[: len(without)] == [d.level for d in without]
    assert levels[len(without) :] == ["reminder"] * len(office.units)


def test_chosen_mode_drafts_just_the_ticked_obligations_without_reminders(office: Office) -> None:
    unit_id = office.units["青禾县财政局"]
    (overdue,) = choose_drafts(office.ctx, DraftRequest(ONE_UNIT, TODAY, unit_id=unit_id))
    ticked = overdue.items[-1].obligation_id
    request = DraftRequest(CHOSEN, TODAY, obligation_ids=(ticked,), due_soon=True)
    drafts = choose_drafts(office.ctx, request)
    assert [d.unit for d in drafts] == ["青禾县财政局"]
    assert [i.obligation_id for d in drafts for i in d.items] == [ticked]
