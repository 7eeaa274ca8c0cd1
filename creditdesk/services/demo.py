"""The demonstration office (演示数据): a fictitious county's roster, plan and a year of work.

Everything is placed relative to the given day and drawn from a random generator seeded by
that day, so the same date always gives the same workspace, and the current quarter always
has submissions received, items falling due and items overdue.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from creditdesk.chinese_numerals import to_chinese
from creditdesk.model import (
    Alias,
    Assignment,
    GroupMember,
    Notice,
    NoticeItem,
    Obligation,
    ObligationRule,
    OfficeSettings,
    Plan,
    PlanNode,
    Submission,
    Unit,
    UnitGroup,
)
from creditdesk.paths import resources_dir
from creditdesk.services import audit
from creditdesk.services.calendar_store import load_calendar
from creditdesk.services.context import FixedClock
from creditdesk.services.due_rules import DueRule, default_due_rule, parse_due_rule
from creditdesk.services.errors import UserError
from creditdesk.services.obligations import apply_rule_to_row, regenerate
from creditdesk.services.periods import Period, period_containing
from creditdesk.services.progress import NO_PROGRESS, Progress
from creditdesk.services.workdays import WorkdayCalendar
from creditdesk.services.workspace import open_workspace

DEMO_USER = "演示数据"
RETURN_REASONS = ("缺少单位公章", "数据未按模板填写", "缺少佐证材料", "报送期间有误")
CHANNEL_WEIGHTS = (("email", 5), ("intranet", 3), ("paper", 2), ("im", 2), ("onsite", 1))


def _data(name: str) -> Any:
    return json.loads((resources_dir() / "demo" / name).read_text(encoding="utf-8"))


def _seeded(today: dt.date, *parts: object) -> random.Random:
    key = "|".join(str(p) for p in parts).encode("utf-8")
    return random.Random(zlib.crc32(key) ^ today.toordinal())


@dataclass
class _Names:
    units: dict[str, int]
    groups: dict[str, int]

    def resolve(self, name: str) -> tuple[int | None, int | None]:
        if name in self.groups:
            return None, self.groups[name]
        if name in self.units:
            return self.units[name], None
        raise KeyError(f"demo data names an unknown unit: {name}")


def build_demo(
    directory: Path,
    today: dt.date,
    progress: Progress = NO_PROGRESS,
    database_url: str | None = None,
) -> None:
    """Create the demo workspace in ``directory`` as it would look on ``today``.

    Args:
        directory: a new, empty folder (in shared mode the local attachment cache).
        today: the day the demo is made for.
        progress: reports the steps.
        database_url: build the demo in an empty shared PostgreSQL database instead.

    Raises:
        UserError: ``directory`` (or the shared database) already holds data.
    """
    if database_url is None and directory.exists() and any(directory.iterdir()):
        raise UserError(f"文件夹 {directory} 不是空的，演示数据只能建在新的空文件夹中。")
    clock = FixedClock(dt.datetime.combine(today, dt.time(8, 30)))
    with open_workspace(
        directory, database_url=database_url, clock=clock, user=DEMO_USER, backup=False
    ) as workspace:
        ctx = workspace.context
        with ctx.session_factory.begin() as session:
            if session.scalar(select(Unit.id).limit(1)) is not None:
                raise UserError("目标数据库已有数据，演示数据只能建在新的空数据库中。")
            progress.step(0, 5, "写入单位设置和成员单位")
            names = _roster(session)
            _settings(session)
            progress.step(1, 5, "写入工作要点")
            for year in (today.year - 1, today.year):
                _plan(session, names, year)
            session.flush()
            progress.step(2, 5, "生成应报事项")
            regenerate(session)
            calendar = load_calendar(session)
            progress.step(3, 5, "登记报送材料")
            _submissions(session, today, calendar)
            progress.step(4, 5, "登记督办通知")
            _notices(session, today, calendar)
            audit.record(session, ctx, "生成演示数据", "workspace", "", None, {"today": str(today)})
            progress.step(5, 5, "完成")
    if database_url is None:
        from creditdesk.services.demo_age import mark_demo

        mark_demo(directory, today)


def _settings(session: Session) -> None:
    row = session.get(OfficeSettings, 1) or OfficeSettings(id=1)
    for key, value in _data("office.json").items():
        setattr(row, key, value)
    session.add(row)


def _roster(session: Session) -> _Names:
    units: dict[str, int] = {}
    for position, spec in enumerate(_data("units.json")):
        unit = Unit(
            position=position,
            **{k: v for k, v in spec.items() if k != "aliases"},
        )
        unit.aliases = [Alias(name=a) for a in spec["aliases"]]
        session.add(unit)
        session.flush()
        for key in (spec["name"], spec["short_name"], *spec["aliases"]):
            units[key] = unit.id
    groups: dict[str, int] = {}
    for spec in _data("groups.json"):
        group = UnitGroup(
            name=spec["name"], description=spec["description"], all_units=spec["all_units"]
        )
        group.members = [GroupMember(unit_id=units[m]) for m in spec["members"]]
        session.add(group)
        session.flush()
        session.add_all(Alias(name=a, group_id=group.id) for a in spec["aliases"])
        groups[spec["name"]] = group.id
    return _Names(units, groups)


def _plan(session: Session, names: _Names, year: int) -> None:
    spec = _data("plan.json")
    plan = Plan(
        year=year,
        title=spec["title"].format(year=year),
        doc_number=spec["doc_number"].format(year=year),
        source_name="演示数据",
        imported_at=dt.datetime(year, 2, 20, 9, 0),
        starts_on=dt.date(year, 2, 16),  # issued on 16 February: nothing owed from before
    )
    session.add(plan)
    session.flush()
    task_number = 0
    for s_pos, section_spec in enumerate(spec["sections"]):
        section = PlanNode(
            plan_id=plan.id,
            kind="section",
            position=s_pos,
            label=section_spec["label"],
            title=section_spec["title"],
        )
        session.add(section)
        session.flush()
        for t_pos, task_spec in enumerate(section_spec["tasks"]):
            task_number += 1
            task = PlanNode(
                plan_id=plan.id,
                parent_id=section.id,
                kind="task",
                position=t_pos,
                label=f"（{to_chinese(task_number)}）",
                title=task_spec["title"],
                text=task_spec["text"],
                frequency=task_spec["frequency"],
                deadline=task_spec["deadline"],
            )
            session.add(task)
            session.flush()
            for role, key in (("lead", "lead"), ("responsible", "responsible")):
                for name in task_spec[key]:
                    unit_id, group_id = names.resolve(name)
                    session.add(
                        Assignment(node_id=task.id, unit_id=unit_id, group_id=group_id, role=role)
                    )
            rule = parse_due_rule(
                task_spec["deadline"], task_spec["frequency"]
            ) or default_due_rule(task_spec["frequency"])
            if rule is None:
                rule = DueRule("none")
            row = ObligationRule(
                node_id=task.id, frequency=task_spec["frequency"], material=task_spec["material"]
            )
            apply_rule_to_row(row, rule)
            session.add(row)


def _receipt_day(day: dt.date, calendar: WorkdayCalendar) -> dt.date:
    while not calendar.is_workday(day):
        day -= dt.timedelta(days=1)
    return day


def _submissions(session: Session, today: dt.date, calendar: WorkdayCalendar) -> None:
    horizon = today + dt.timedelta(days=25)
    rows = session.execute(
        select(Obligation, Unit.short_name, PlanNode.title, ObligationRule.material)
        .join(Unit, Unit.id == Obligation.unit_id)
        .join(PlanNode, PlanNode.id == Obligation.node_id)
        .join(ObligationRule, ObligationRule.node_id == Obligation.node_id)
        .where(Obligation.due_date <= horizon)
        .order_by(Obligation.due_date, Obligation.id)
    ).all()
    channels = [c for c, _ in CHANNEL_WEIGHTS]
    weights = [w for _, w in CHANNEL_WEIGHTS]
    for obligation, unit, task_title, material in rows:
        diligence = 0.55 + 0.4 * _seeded(today, "unit", unit).random()
        draw = _seeded(today, unit, task_title, obligation.period)
        chance = draw.random()
        received: dt.date | None = None
        if obligation.due_date < today:
            if chance < diligence:
                received = obligation.due_date - dt.timedelta(days=draw.randint(0, 6))
            elif (
                chance < diligence + (1 - diligence) * 0.5
                or (today - obligation.due_date).days > 45
            ):
                # late, and anything long overdue was chased until it came in: the demo's
                # overdue list holds weeks, not the hundreds of working days nobody chases
                late = obligation.due_date + dt.timedelta(days=draw.randint(1, 40))
                long_overdue = (today - obligation.due_date).days > 45
                received = late if late <= today else (today if long_overdue else None)
        elif chance < diligence * 0.3:
            received = today - dt.timedelta(days=draw.randint(0, 5))
        if received is None:
            continue
        received = _receipt_day(received, calendar)
        age = (today - received).days
        if age > 10:
            state = draw.choices(["accepted", "returned", "rejected"], [90, 8, 2])[0]
        else:
            state = "pending"
        period_label = Period.parse(obligation.period).label
        if state in ("returned", "rejected") and age > 20:
            # returned (退回补充) or judged 不合格, and handed in again a week later
            again = _receipt_day(received + dt.timedelta(days=7), calendar)
            session.add(
                _handed_in(
                    obligation,
                    again,
                    draw.choices(channels, weights)[0],
                    f"{unit}{period_label}{material or task_title}（补充）",
                    review_state="accepted",
                    reviewer="李静",
                    reviewed_on=again + dt.timedelta(days=2),
                )
            )
        session.add(
            _handed_in(
                obligation,
                received,
                draw.choices(channels, weights)[0],
                f"{unit}{period_label}{material or task_title}",
                review_state=state,
                return_reason=draw.choice(RETURN_REASONS) if state == "returned" else "",
                reviewer="" if state == "pending" else "李静",
                reviewed_on=None if state == "pending" else received + dt.timedelta(days=2),
            )
        )


def _handed_in(
    obligation: Obligation, on: dt.date, channel: str, title: str, **review: Any
) -> Submission:
    """A submission for an obligation, received on ``on`` and logged that morning."""
    return Submission(
        unit_id=obligation.unit_id,
        node_id=obligation.node_id,
        obligation_id=obligation.id,
        period=obligation.period,
        received_on=on,
        channel=channel,
        title=title,
        created_at=dt.datetime.combine(on, dt.time(10, 0)),
        **review,
    )


def _notices(session: Session, today: dt.date, calendar: WorkdayCalendar) -> None:
    """Notices the office sent for last quarter's overdue items (register examples)."""
    from creditdesk.services.status import OVERDUE, obligation_states

    session.flush()
    last_quarter = period_containing(today, "quarterly").previous()
    issued_on = _receipt_day(last_quarter.end + dt.timedelta(days=20), calendar)
    if issued_on >= today:
        return
    overdue = [s for s in obligation_states(session, last_quarter, issued_on) if s.state == OVERDUE]
    by_unit: dict[int, list[Any]] = {}
    for state in overdue:
        by_unit.setdefault(state.unit_id, []).append(state)
    worst = sorted(by_unit.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:3]
    prefix = session.get(OfficeSettings, 1).doc_prefix  # type: ignore[union-attr]
    for seq, (unit_id, states) in enumerate(worst, start=1):
        notice = Notice(
            year=issued_on.year,
            seq=seq,
            number=f"{prefix}〔{issued_on.year}〕{seq}号",
            unit_id=unit_id,
            level="overdue",
            state="replied" if seq == 1 else "issued",
            issued_on=issued_on,
            reply_by=calendar.add_workdays(issued_on, 5),
            issued_by="李静",
        )
        rule_materials = dict(
            session.execute(
                select(ObligationRule.node_id, ObligationRule.material).where(
                    ObligationRule.node_id.in_([s.node_id for s in states])
                )
            ).all()
        )
        notice.items = [
            NoticeItem(
                obligation_id=s.obligation_id,
                position=i,
                task_title=s.task_title,
                material=rule_materials.get(s.node_id, ""),
                period_label=Period.parse(s.period).label,
                due_date=s.due_date,
                workdays_overdue=calendar.workdays_between(s.due_date, issued_on),
            )
            for i, s in enumerate(states)
        ]
        session.add(notice)
