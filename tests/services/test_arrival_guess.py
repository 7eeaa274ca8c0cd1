"""Guessing unit, task and period of an arriving file from its name (登记已收材料)."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import add_plan, add_task, add_units
from sqlalchemy import select

from creditdesk.model import Obligation
from creditdesk.services.arrival_guess import (
    GuessBook,
    OwedItem,
    TaskInfo,
    UnitNames,
    guess_arrival,
    guess_arrivals,
)
from creditdesk.services.context import ServiceContext
from creditdesk.services.due_rules import DueRule
from creditdesk.services.obligations import regenerate
from creditdesk.services.typed_dates import parse_typed_date

TODAY = dt.date(2026, 4, 20)

UNITS = (
    UnitNames(1, "宝丰县发展和改革委员会", ("宝丰县发展和改革委员会",)),
    UnitNames(2, "中国人民银行宝丰县支行", ("中国人民银行宝丰县支行",)),
    UnitNames(3, "宝丰县市场监督管理局", ("宝丰县市场监督管理局",)),
    UnitNames(4, "国家税务总局宝丰县税务局", ("国家税务总局宝丰县税务局",)),
    UnitNames(5, "宝丰县司法局", ("宝丰县司法局",)),
    UnitNames(6, "宝丰县人力资源和社会保障局", ("宝丰县人力资源和社会保障局", "县人社局")),
)
TASKS = (
    TaskInfo(10, "（一）", "推广“信易贷”融资服务", "quarterly", frozenset({2})),
    TaskInfo(11, "（二）", "做好“双公示”信息报送", "monthly", frozenset({1, 3})),
    TaskInfo(12, "（三）", "开展政务诚信评价", "half-yearly", frozenset({5})),
    TaskInfo(13, "（四）", "纳税信用信息归集", "quarterly", frozenset({4})),
    TaskInfo(14, "（五）", "推进诚信示范创建", "annual", frozenset({1, 5})),
    TaskInfo(15, "（六）", "归集社会保障领域信用信息", "quarterly", frozenset({6})),
)
OWED = (
    OwedItem(100, 10, 2, "2026Q1", dt.date(2026, 4, 8), False),
    OwedItem(101, 11, 3, "2026-03", dt.date(2026, 4, 8), False),
    OwedItem(102, 15, 6, "2026Q1", dt.date(2026, 4, 8), True),
    OwedItem(103, 15, 6, "2026Q2", dt.date(2026, 7, 8), False),
    OwedItem(104, 15, 6, "2025Q4", dt.date(2026, 1, 9), False),
    OwedItem(105, 11, 1, "2026-03", dt.date(2026, 4, 8), False),
    OwedItem(106, 12, 5, "2026H1", dt.date(2026, 7, 14), False),
    OwedItem(107, 14, 1, "2025", dt.date(2026, 1, 15), False),
)
BOOK = GuessBook(UNITS, TASKS, OWED, TODAY)


@pytest.mark.parametrize(
    ("file_name", "unit", "task", "period", "sure"),
    [
        ("人行宝丰支行3月信易贷白名单.xlsx", 2, 10, "2026Q1", True),
        ("县发改委2026年3月双公示数据.xlsx", 1, 11, "2026-03", True),
        ("宝丰县市场监管局一季度双公示.docx", 3, 11, "2026-03", False),  # quarter → month?
        ("司法局上半年政务诚信评价.docx", 5, 12, "2026H1", True),
        ("税务局纳税信用报送2026.4.8.xlsx", 4, 13, "2026Q1", False),  # dated after Q1
        ("县人社局12月社会保障信用信息.xls", 6, 15, "2025Q4", True),  # December is last year
        ("【县人社局】关于报送信用信息的函.pdf", 6, 15, "2025Q4", False),  # oldest open item
        ("宝丰县发展和改革委员会-2025年度诚信示范创建总结.doc", 1, 14, "2025", True),
    ],
)
def test_unit_task_and_period_are_read_from_varied_file_names(
    file_name: str, unit: int, task: int, period: str, sure: bool
) -> None:
    guess = guess_arrival(BOOK, file_name)
    assert (guess.unit_id, guess.node_id, guess.period.code) == (unit, task, period)
    assert guess.sure is sure


def test_the_obligation_owed_for_the_guess_is_found() -> None:
    guess = guess_arrival(BOOK, "人行宝丰支行3月信易贷白名单.xlsx")
    assert guess.obligation_id == 100
    assert guess.unit_name == "中国人民银行宝丰县支行"


def test_a_name_naming_no_unit_is_unsure_and_guesses_no_task() -> None:
    guess = guess_arrival(BOOK, "扫描件001.pdf")
    assert guess.unit_id is None and not guess.unit_sure
    assert guess.node_id is None
    assert guess.period.code == "2026Q1" and not guess.period_sure


def test_two_units_in_one_name_leave_the_unit_unsure() -> None:
    guess = guess_arrival(BOOK, "县发改委转人行宝丰支行信易贷材料.docx")
    assert guess.unit_id == 2  # the longer name wins
    assert not guess.unit_sure


def test_a_task_the_unit_does_not_owe_is_not_guessed_sure() -> None:
    guess = guess_arrival(BOOK, "县司法局双公示.docx")
    assert guess.unit_id == 5
    assert not guess.task_sure


def test_a_task_owed_for_another_period_leaves_the_period_as_named() -> None:
    """人行 owes 信易贷 for Q1 only: a file naming 2025年12月 keeps that month, unsure task."""
    guess = guess_arrival(BOOK, "人行宝丰支行2025年12月信易贷.xlsx")
    assert guess.node_id == 10 and not guess.task_sure
    assert guess.period.code == "2025-12" and guess.obligation_id is None


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("2026-4-8", dt.date(2026, 4, 8)),
        ("2026年4月8日", dt.date(2026, 4, 8)),
        ("2026.04.08", dt.date(2026, 4, 8)),
        ("2026/4/8", dt.date(2026, 4, 8)),
        ("20260408", dt.date(2026, 4, 8)),
        ("4.8", dt.date(2026, 4, 8)),
        ("4月8日", dt.date(2026, 4, 8)),
        ("12.28", dt.date(2025, 12, 28)),  # a day not yet come this year is last year's
        ("2026-2-30", None),
        ("下周一", None),
        ("4.8.1", None),
    ],
)
def test_typed_dates_read_as_the_clerk_writes_them(typed: str, day: dt.date | None) -> None:
    assert parse_typed_date(typed, TODAY) == day


def test_guesses_over_the_workspace_use_its_units_tasks_and_obligations(
    ctx: ServiceContext,
) -> None:
    with ctx.session_factory.begin() as session:
        tax, *_ = add_units(session, "国家税务总局宝丰县税务局", "宝丰县司法局", "宝丰县财政局")
        _plan, section = add_plan(session, 2025)
        task = add_task(
            session,
            section,
            "纳税信用信息归集",
            "quarterly",
            DueRule("after_period_end", n=5),
            [tax],
        )
        regenerate(session)
        q3 = session.scalar(
            select(Obligation.id).where(
                Obligation.node_id == task.id, Obligation.period == "2025Q3"
            )
        )
    (guess,) = guess_arrivals(ctx, ["县税务局2025年三季度纳税信用信息.xlsx"])
    assert (guess.unit_id, guess.node_id, guess.period.code) == (tax.id, task.id, "2025Q3")
    assert guess.obligation_id == q3 and guess.sure
